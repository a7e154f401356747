"""The live grid with its filter by state, its search box and how many rows are shown.

The filter and the search are the model's own (`RecipientsModel.set_filter`), computed off
the GUI thread for big campaigns; the search waits for a pause in the typing. The last
choice of the filter, "Refused at import", shows the list's rows that never became
recipients (`recipients.refused`) in a table of their own, searched the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QStyleOptionFrame,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from masiv_desktop.core.reports.data import RefusedRow
from masiv_desktop.core.usertypes import RecipientState
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.recipients.model import RecipientsModel
from masiv_desktop.gui.recipients.refused import RefusedRowsModel
from masiv_desktop.gui.recipients.view import RecipientsView
from masiv_desktop.gui.throttle import Throttle

FILTERS: tuple[frozenset[RecipientState] | None, ...] = (
    None,
    frozenset({RecipientState.PENDING, RecipientState.CLAIMED}),
    frozenset({RecipientState.ACCEPTED}),
    frozenset({RecipientState.REJECTED}),
    frozenset({RecipientState.UNCERTAIN}),
    frozenset({RecipientState.CANCELLED}),
)
REFUSED = len(FILTERS)
"""The filter's index of "Refused at import" (after the states)."""
SEARCH_DELAY_MS = 250


class RecipientsPanel(QWidget):
    def __init__(self, model: RecipientsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter = QComboBox(self)
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for _ in range(REFUSED + 1):
            self.filter.addItem("")
        self.filter.currentIndexChanged.connect(self._apply)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_later)
        self.shown = QLabel(self)
        self.view = RecipientsView(self)
        self.view.setModel(model)
        self.refused = RefusedRowsModel(self)
        self.refused_view = _refused_view(self.refused, self)
        self.tables = QStackedWidget(self)
        self.tables.addWidget(self.view)
        self.tables.addWidget(self.refused_view)
        self._search_throttle = Throttle(self._apply, SEARCH_DELAY_MS, self)
        top = QHBoxLayout()
        self.filter_label = QLabel(self)
        self.filter_label.setBuddy(self.filter)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        top.addSpacing(12)
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        top.addWidget(self.shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tables, 1)
        model.countsChanged.connect(self._show_counts)
        model.viewChanged.connect(self._show_counts)
        model.modelReset.connect(self._show_counts)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("Show:"))
        self.search.setPlaceholderText(self.tr("Search a number or a name"))
        self.filter.setAccessibleName(self.tr("Show the recipients"))
        self.search.setAccessibleName(self.tr("Search the recipients"))
        self.search.setAccessibleDescription(self.tr(
            "Shows only the rows whose number or name contains what you type"))
        self.view.setAccessibleName(self.tr("Recipients"))
        self.view.setAccessibleDescription(self.tr(
            "One row per recipient with its number, its status and the gateway's answer"))
        self.refused_view.setAccessibleName(self.tr("Rows refused at import"))
        self.search.setMinimumWidth(_width_for_placeholder(self.search))
        self._show_counts()

    def set_state_filter(self, index: int) -> None:
        """Choose one of `FILTERS` (0 = all recipients), or `REFUSED`."""
        self.filter.setCurrentIndex(index)

    def set_refused(self, rows: Sequence[RefusedRow]) -> None:
        """The rows of the list the import refused, for "Refused at import"."""
        self.refused.set_rows(rows)
        self._show_counts()

    def show_new_campaign(self) -> None:
        """Another campaign is shown: back to its first row and first column."""
        self.set_refused(())
        for view in (self.view, self.refused_view):
            view.horizontalScrollBar().setValue(0)
            view.verticalScrollBar().setValue(0)

    def _search_later(self) -> None:
        self._search_throttle()

    def _apply(self) -> None:
        self._search_throttle.cancel()
        index, text = self.filter.currentIndex(), self.search.text().strip()
        if index == REFUSED:
            self.tables.setCurrentWidget(self.refused_view)
            self.refused.set_filter(text)
            self._show_counts()
            return
        self.tables.setCurrentWidget(self.view)
        self.model.set_filter(FILTERS[index], text)

    def _show_counts(self) -> None:
        counts = self.model.counts()
        total = sum(counts.values())
        names = (self.tr("All recipients"), self.tr("Waiting to be sent"), self.tr("Accepted"),
                 self.tr("Rejected"), self.tr("Uncertain"), self.tr("Cancelled"))
        locale = QLocale()
        for index, (states, name) in enumerate(zip(FILTERS, names, strict=True)):
            count = total if states is None else sum(counts[s] for s in states)
            self.filter.setItemText(index, f"{name} ({locale.toString(count)})")
        refused_name = self.tr("Refused at import")
        self.filter.setItemText(REFUSED,
                                f"{refused_name} ({locale.toString(self.refused.total())})")
        shown, of = self.model.rowCount(), total
        if self.filter.currentIndex() == REFUSED:
            shown, of = self.refused.rowCount(), self.refused.total()
        self.shown.setText(tr_fmt(self.tr("%1 of %2 shown"), locale.toString(shown),
                                  locale.toString(of)))


def _refused_view(model: RefusedRowsModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.resizeSection(1, 170)
    header.setStretchLastSection(True)
    return view


def _width_for_placeholder(box: QLineEdit) -> int:
    """Wide enough to read the whole placeholder beside the clear button."""
    option = QStyleOptionFrame()
    box.initStyleOption(option)
    style = box.style()
    frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, box)
    clear_button = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, option, box) + 8
    margins = box.textMargins()
    text = box.fontMetrics().horizontalAdvance(box.placeholderText())
    return text + 2 * frame + margins.left() + margins.right() + 2 * 2 + clear_button + 4
