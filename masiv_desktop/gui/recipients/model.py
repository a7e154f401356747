"""The live grid's table model: a million recipients, a thousand status changes a second.

Why not `QSortFilterProxyModel`: it keeps a mapping per source row and, with dynamic sorting,
re-sorts on every `dataChanged`; on a million rows that blocks the GUI thread for seconds
(`benchmarks/grid_updates.py --proxy` measures it). This model filters and sorts itself with
index arrays (`recipients.columns.compute_view`), computed on a worker thread for big grids.

How updates are announced (`apply_changes`, GUI thread, one batch per engine-bridge tick):
- one `dataChanged` per contiguous range of visible rows; when a batch touches more than
  `MAX_RANGES` separate ranges, a single `dataChanged` spanning them all (a view repaints only
  what is on screen, so this costs less than hundreds of signals and keeps scroll and
  selection, which a reset would lose);
- rows hidden by the filter are not announced;
- if a change can move rows in or out of the filter or within the sort, the view is
  recomputed after `refresh_delay_ms` (at most one recomputation at a time) and swapped in
  with `layoutChanged`, keeping the selection.
`reset` is used only when a new campaign's recipients are loaded.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from masiv_desktop.core.usertypes import RecipientState, Severity
from masiv_desktop.core.words import QT_TRANSLATE_NOOP
from masiv_desktop.gateway.codes import GatewayStatus
from masiv_desktop.gui import style
from masiv_desktop.gui.labels import gateway_status_label, recipient_state_label
from masiv_desktop.gui.ops import OpContext, OpHandle, run_op
from masiv_desktop.gui.recipients.columns import (
    NO_STATUS,
    NO_TIME,
    STATES,
    GridColumn,
    RecipientChange,
    RecipientColumns,
    View,
    ViewSpec,
    compute_view,
)
from masiv_desktop.gui.throttle import Throttle

log = logging.getLogger(__name__)

MAX_RANGES = 64
SYNC_LIMIT = 50_000
"""Up to this many rows, filtering and sorting run on the GUI thread (a few ms)."""
RecipientIdRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
_MUTABLE_FIRST, _MUTABLE_LAST = GridColumn.PARTS, GridColumn.ERROR
_FAILURES: dict[int, str] = {
    GatewayStatus.DELIVERY_ERROR: QT_TRANSLATE_NOOP(
        "RecipientsModel", "The message could not be delivered to the phone (gateway status 4: "
        "delivery error)."),
    GatewayStatus.GENERAL_ERROR: QT_TRANSLATE_NOOP(
        "RecipientsModel", "The gateway reported a general error for this message (gateway "
        "status 5)."),
    GatewayStatus.LENGTH_ERROR: QT_TRANSLATE_NOOP(
        "RecipientsModel", "The gateway reported a length error for this message (gateway "
        "status 6)."),
}
"""Why a message the gateway accepted did not arrive, by its final status (the Error
column's words when the store has no error of its own for the recipient)."""
_FAILED = frozenset(_FAILURES)


def _state_colors() -> dict[RecipientState, QColor]:
    """The state and error columns' text colours, readable on the grid's base."""
    return {RecipientState.REJECTED: style.accent(Severity.ERROR),
            RecipientState.UNCERTAIN: style.accent(Severity.WARNING),
            RecipientState.CANCELLED: style.muted()}


class RecipientsModel(QAbstractTableModel):
    """The recipients of one campaign. Lives on the GUI thread; every method is called there."""

    countsChanged = Signal()
    """After a load or a batch of changes: `counts()` has new figures."""
    viewChanged = Signal()
    """After a new filter or sort order (or its recomputation) was swapped in."""
    dataChangedRanges = Signal(int)
    """How many `dataChanged` signals the last batch emitted (for tests and benchmarks)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = RecipientColumns()
        self._view: View | None = None
        self._spec = ViewSpec()
        self._counts = [0] * len(STATES)
        self._name_header = ""
        self._pending: OpHandle[View | None] | None = None
        self._generation = 0
        self._locale = QLocale()
        self._state_colors = _state_colors()
        self._refresh_throttle = Throttle(self._recompute, 500, self)

    @property
    def refresh_delay_ms(self) -> int:
        """How long after a change that moves rows the view is recomputed (changes meanwhile
        fold into that recomputation)."""
        return self._refresh_throttle.interval_ms

    @refresh_delay_ms.setter
    def refresh_delay_ms(self, value: int) -> None:
        self._refresh_throttle.interval_ms = value

    # --- loading and updating --------------------------------------------------------

    def load(self, columns: RecipientColumns, name_header: str = "") -> None:
        """Show these recipients (built off-thread with `build_columns`); resets the view."""
        self.beginResetModel()
        self._columns = columns
        self._view = None
        self._name_header = name_header
        self._generation += 1
        counts = [0] * len(STATES)
        for code, count in enumerate(_histogram(columns.states.tobytes(), len(STATES))):
            counts[code] = count
        self._counts = counts
        self.endResetModel()
        self.countsChanged.emit()
        if not self._spec.is_identity:
            self._recompute()

    def apply_changes(self, changes: Iterable[RecipientChange]) -> None:
        """Apply one batch of changes and announce them (see the module docstring)."""
        columns, counts = self._columns, self._counts
        changed: list[int] = []
        stale, watch = False, not self._spec.is_identity
        for change in changes:
            row = columns.row_of(change.recipient_id)
            if row is None:
                log.debug("change for recipient %s, not in this grid", change.recipient_id)
                continue
            if change.state is not None:
                counts[columns.states[row]] -= 1
                columns.apply(change, row)
                counts[columns.states[row]] += 1
            else:
                columns.apply(change, row)
            changed.append(row)
            stale = stale or (watch and self._spec.depends_on(change))
        if not changed:
            return
        self._announce(changed)
        self.countsChanged.emit()
        if stale:
            self._refresh_throttle()

    def _announce(self, source_rows: list[int]) -> None:
        view = self._view
        if view is None:
            rows = sorted(set(source_rows))
        else:
            rows = sorted({p for p in map(view.view_row, source_rows) if p >= 0})
        if not rows:
            self.dataChangedRanges.emit(0)
            return
        ranges = _contiguous(rows)
        if len(ranges) > MAX_RANGES:
            ranges = [(rows[0], rows[-1])]
        for first, last in ranges:
            self.dataChanged.emit(self.index(first, _MUTABLE_FIRST),
                                  self.index(last, _MUTABLE_LAST))
        self.dataChangedRanges.emit(len(ranges))

    # --- filter and sort -------------------------------------------------------------

    @property
    def spec(self) -> ViewSpec:
        return self._spec

    def set_filter(self, states: Iterable[RecipientState] | None = None, text: str = "") -> None:
        """Show only these states (None: all) whose number or name contains `text`."""
        chosen = None if states is None else frozenset(states)
        self.set_spec(replace(self._spec, states=chosen, text=text))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt's sort entry point (header clicks); column -1 restores the load order."""
        self.set_spec(replace(self._spec, sort_column=None if column < 0 else GridColumn(column),
                              descending=order == Qt.SortOrder.DescendingOrder))

    def set_spec(self, spec: ViewSpec) -> None:
        if spec != self._spec:
            self._spec = spec
            self._recompute()

    @property
    def busy(self) -> bool:
        """True while a filter or sort is being computed on a worker thread."""
        return self._pending is not None

    def _recompute(self) -> None:
        self._refresh_throttle.cancel()
        self._generation += 1
        generation, spec, columns = self._generation, self._spec, self._columns
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None
        if len(columns) <= SYNC_LIMIT:
            self._swap_in(compute_view(columns, spec), generation)
            return

        def work(ctx: OpContext) -> View | None:
            return compute_view(columns, spec, ctx.check_cancelled)

        def done(view: View | None) -> None:
            if generation == self._generation:
                self._pending = None
                self._swap_in(view, generation)

        self._pending = run_op(work, on_success=done, parent=self)

    def _swap_in(self, view: View | None, generation: int) -> None:
        if generation != self._generation:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        sources = [self._source_row(index.row()) for index in old]
        self._view = view
        new = [self._view_index(source, index.column()) for source, index in zip(
            sources, old, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
        self.viewChanged.emit()

    def _view_index(self, source_row: int, column: int) -> QModelIndex:
        row = source_row if self._view is None else self._view.view_row(source_row)
        return self.index(row, column) if row >= 0 else QModelIndex()

    # --- reading ---------------------------------------------------------------------

    @property
    def has_send_times(self) -> bool:
        """Some recipient has its own send time (the view shows that column)."""
        return self._columns.has_send_times

    def counts(self) -> dict[RecipientState, int]:
        """Recipients per state over the whole campaign (not just the filtered rows)."""
        return dict(zip(STATES, self._counts, strict=True))

    def source_row(self, view_row: int) -> int:
        return self._source_row(view_row)

    def _source_row(self, view_row: int) -> int:
        return view_row if self._view is None else self._view.order[view_row]

    def recipient_id(self, view_row: int) -> int:
        return int(self._columns.ids[self._source_row(view_row)])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._columns) if self._view is None else len(self._view.order)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(GridColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self._source_row(index.row()), GridColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (GridColumn.ROW, GridColumn.PARTS):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole \
                and column in (GridColumn.STATE, GridColumn.ERROR):
            if column is GridColumn.ERROR and self._columns.statuses[row] in _FAILED:
                return self._state_colors[RecipientState.REJECTED]
            return self._state_colors.get(STATES[self._columns.states[row]])
        if role == Qt.ItemDataRole.ToolTipRole and column is GridColumn.ERROR:
            return self._error(row) or None
        if role == RecipientIdRole:
            return int(self._columns.ids[row])
        return None

    def _display(self, row: int, column: GridColumn) -> str | int | None:
        c = self._columns
        if column is GridColumn.ROW:
            return int(c.row_numbers[row])
        if column is GridColumn.NUMBER:
            return c.numbers[row]
        if column is GridColumn.NAME:
            return c.names[row]
        if column is GridColumn.PARTS:
            return int(c.parts[row])
        if column is GridColumn.STATE:
            return recipient_state_label(STATES[c.states[row]])
        if column is GridColumn.STATUS:
            status = c.statuses[row]
            return "" if status == NO_STATUS else gateway_status_label(GatewayStatus(status))
        if column is GridColumn.STATUS_TIME:
            seconds = c.status_times[row]
            if seconds == NO_TIME:
                return ""
            moment = QDateTime.fromMSecsSinceEpoch(int(seconds * 1000))
            day = self._locale.toString(moment.date(), QLocale.FormatType.ShortFormat)
            return f"{day} {moment.time().toString('HH:mm:ss')}"
        if column is GridColumn.SEND_TIME:
            return self._send_time(c.send_times[row])
        return self._error(row)

    def _send_time(self, seconds: float) -> str:
        """A recipient's own send time in the user's zone, with its weekday: "lun 8/02/27
        10:00" (people check a reminder's day)."""
        if seconds == NO_TIME:
            return ""
        moment = QDateTime.fromMSecsSinceEpoch(int(seconds * 1000))
        day = self._locale.toString(moment.date(), QLocale.FormatType.ShortFormat)
        weekday = self._locale.dayName(moment.date().dayOfWeek(), QLocale.FormatType.ShortFormat)
        return f"{weekday} {day} {moment.time().toString('HH:mm')}"

    def _error(self, row: int) -> str:
        """The recipient's error as stored (a refusal, an uncertain send), else `_FAILURES`'
        words for a failed final status: getMessage gives no other reason, and the store
        keeps no error for an accepted recipient."""
        c = self._columns
        text = c.error_texts[c.errors[row]]
        if text or c.statuses[row] not in _FAILED:
            return text
        return self.tr(_FAILURES[c.statuses[row]])

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            GridColumn.ROW: self.tr("Row"), GridColumn.NUMBER: self.tr("Number"),
            GridColumn.NAME: self._name_header or self.tr("Name"),
            GridColumn.PARTS: self.tr("Parts"),
            GridColumn.STATE: self.tr("State"), GridColumn.STATUS: self.tr("Gateway status"),
            GridColumn.SEND_TIME: self.tr("Send time"),
            GridColumn.STATUS_TIME: self.tr("Status time"), GridColumn.ERROR: self.tr("Error"),
        }
        return titles.get(GridColumn(section)) if 0 <= section < len(GridColumn) else None


def _contiguous(rows: Sequence[int]) -> list[tuple[int, int]]:
    """[1, 2, 3, 7, 8] -> [(1, 3), (7, 8)]; `rows` sorted and without duplicates."""
    ranges: list[tuple[int, int]] = []
    start = prev = rows[0]
    for row in rows[1:]:
        if row != prev + 1:
            ranges.append((start, prev))
            start = row
        prev = row
    ranges.append((start, prev))
    return ranges


def _histogram(codes: bytes, size: int) -> list[int]:
    return [codes.count(bytes([code])) for code in range(size)]

