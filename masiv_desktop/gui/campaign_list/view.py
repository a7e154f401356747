"""The campaigns list widget: a flat, sortable tree view with a progress bar per campaign, a
context menu with the campaign's actions and the Delete key."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from masiv_desktop.gui.campaign_list.model import CampaignColumn, ProgressRole


class RoomyDelegate(QStyledItemDelegate):
    """Rows a little taller than the default, easier to read and to click."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + 10)


class ProgressDelegate(RoomyDelegate):
    """Paints the progress column as a thin bar with the percentage beside it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        fraction = index.model().data(index, ProgressRole)
        if not isinstance(fraction, float):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                            option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = (QPalette.ColorRole.HighlightedText if selected
                     else QPalette.ColorRole.Text)
        text = f"{fraction * 100:.0f} %"
        text_width = option.fontMetrics.horizontalAdvance("100 %") + 8
        rect = option.rect.adjusted(6, 0, -6, 0)
        bar = QRect(rect.left(), rect.center().y() - 3, rect.width() - text_width, 6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = option.palette.color(QPalette.ColorRole.Mid)
        track.setAlpha(90)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 3, 3)
        if fraction > 0:
            done = QRect(bar.left(), bar.top(), max(6, round(bar.width() * fraction)),
                         bar.height())
            painter.setBrush(option.palette.color(
                QPalette.ColorRole.Light if selected else QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(done, 3, 3)
        painter.setPen(option.palette.color(text_role))
        painter.drawText(QRect(bar.right() + 4, rect.top(), text_width - 4, rect.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()


class CampaignsView(QTreeView):
    deleteRequested = Signal()
    """The Delete key (Backspace on macOS) on the selected campaign."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.menu_actions: Sequence[QAction | None] = ()
        """The context menu's actions (the window's own, so they follow the same state);
        None is a separator."""
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAllColumnsShowFocus(True)
        self.setItemDelegate(RoomyDelegate(self))
        self.setItemDelegateForColumn(CampaignColumn.PROGRESS, ProgressDelegate(self))

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CampaignColumn.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (CampaignColumn.STATE, CampaignColumn.CREATED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CampaignColumn.PROGRESS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(CampaignColumn.PROGRESS, 120)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid() or not self.menu_actions:
            return
        self.setCurrentIndex(index)
        menu = QMenu(self)
        for action in self.menu_actions:
            if action is None:
                menu.addSeparator()
            elif action.isVisible():
                menu.addAction(action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        delete = event.matches(QKeySequence.StandardKey.Delete) or (
            event.key() == Qt.Key.Key_Backspace and sys.platform == "darwin")
        if delete and self.currentIndex().isValid():
            self.deleteRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
