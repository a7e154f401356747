"""The rows of the list the import refused (invalid, duplicate, suppressed…), for the grid's
"Refused at import" choice: they are not recipients, so they have their own small table.

The store keeps them per campaign (`core.reports.data.refused_rows`): the row, the number as
written, the verdict and the reason, an English sentence. `refused_reason` words the reason in
the user's language; until reasons are stored as codes, a sentence the catalogue does not know
(one with a row number or a detail in it) is shown as its verdict's name.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from masiv_desktop.core.labels import label
from masiv_desktop.core.reports.data import RefusedRow
from masiv_desktop.core.usertypes import Verdict
from masiv_desktop.gui.recipients.columns import fold

_Index = QModelIndex | QPersistentModelIndex
_REASON_CONTEXTS = ("RowCheck", "PhoneProblem")


def refused_reason(row: RefusedRow) -> str:
    """Why the import refused `row`, in the user's language."""
    translate = QCoreApplication.translate
    for context in _REASON_CONTEXTS:
        said = translate(context, row.reason)
        if row.reason and said != row.reason:
            return said
    if row.reason and QLocale().language() == QLocale.Language.English:
        return row.reason
    try:
        return label(Verdict(row.verdict), translate)
    except ValueError:
        return row.reason or row.verdict


class RefusedRowsModel(QAbstractTableModel):
    """Row, number as written, why; filtered by a search text (number or reason)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[RefusedRow] = ()
        self._shown: Sequence[RefusedRow] = ()
        self._text = ""

    def set_rows(self, rows: Sequence[RefusedRow]) -> None:
        self._rows = rows
        self._refilter()

    def set_filter(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._refilter()

    def total(self) -> int:
        return len(self._rows)

    def _refilter(self) -> None:
        self.beginResetModel()
        needle = fold(self._text.strip())
        self._shown = self._rows if not needle else [
            row for row in self._rows
            if needle in fold(row.input) or needle in fold(refused_reason(row))]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._shown[index.row()]
        if index.column() == 0:
            return row.row_number
        if index.column() == 1:
            return row.input
        return refused_reason(row)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Row"), self.tr("Number as written"), self.tr("Why it is not sent"))
        return titles[section] if 0 <= section < len(titles) else None
