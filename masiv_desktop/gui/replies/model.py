"""The rows of the Replies window: time, number, text, campaign, opt-out.

The window shows at most `dialog.SHOWN` replies at a time (the search narrows them in the
store), so a plain list of `StoredReply` is enough here."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from masiv_desktop.core.store.replies import StoredReply

_Index = QModelIndex | QPersistentModelIndex
TIME, NUMBER, TEXT, CAMPAIGN, OPT_OUT = range(5)


class RepliesModel(QAbstractTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.replies: Sequence[StoredReply] = ()

    def set_replies(self, replies: Sequence[StoredReply]) -> None:
        self.beginResetModel()
        self.replies = replies
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.replies)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        reply = self.replies[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TEXT:
            return reply.text or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == TIME:
            moment = QDateTime.fromSecsSinceEpoch(int(reply.received_at.timestamp()))
            return QLocale().toString(moment, "ddd " + QLocale().dateTimeFormat(
                QLocale.FormatType.ShortFormat))
        if column == NUMBER:
            return f"+{reply.digits}" if reply.digits.isdigit() else reply.digits
        if column == TEXT:
            return " ".join(reply.text.split())
        if column == CAMPAIGN:
            if reply.campaign_id is None:
                return "—"
            return f"{reply.campaign_id} · {reply.campaign_name or ''}".rstrip(" ·")
        return self.tr("Yes") if reply.opt_out else self.tr("No")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Received"), self.tr("Number"), self.tr("Reply"), self.tr("Campaign"),
                self.tr("Opt-out"))[section]
