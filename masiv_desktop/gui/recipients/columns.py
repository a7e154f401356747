"""The live grid's data, stored by column in compact arrays; filtering and sorting by index arrays.

A million recipients cost about 60 bytes each here (instead of several hundred as Python
objects): the texts that never change after import (number, name) are packed into one UTF-8
buffer with an offsets array; what the engine changes (state, gateway status, time, error,
parts) lives in `array` columns of small ints, errors as indexes into a table of interned texts.

Nothing here touches Qt, so `build_columns` and `compute_view` may run on a worker thread
(`gui.ops`). `compute_view` reads a snapshot of the columns while the GUI thread may keep
writing them; the model recomputes when a change affects the filter or the sort.
"""

from __future__ import annotations

import bisect
import itertools
import math
import operator
import re
import threading
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import IntEnum

from masiv_desktop.core.usertypes import RecipientState
from masiv_desktop.gateway.codes import GatewayStatus

STATES: tuple[RecipientState, ...] = tuple(RecipientState)
STATE_CODE: dict[RecipientState, int] = {state: i for i, state in enumerate(STATES)}
NO_STATUS = -1
NO_TIME = 0.0


class GridColumn(IntEnum):
    ROW = 0
    NUMBER = 1
    NAME = 2
    PARTS = 3
    STATE = 4
    STATUS = 5
    SEND_TIME = 6
    """Each row its own send time (hidden for campaigns with one time for all)."""
    STATUS_TIME = 7
    ERROR = 8


@dataclass(frozen=True, slots=True)
class GridRow:
    """One recipient as the store has it, for loading the grid."""

    recipient_id: int
    row_number: int
    """The row in the user's spreadsheet (1-based, header included), as the user sees it."""
    number: str
    name: str
    """The name column, or the first field of the row when there is no name."""
    parts: int
    state: RecipientState
    status: GatewayStatus | None = None
    """The least-advanced part's gateway status; None before the first poll."""
    status_time: float | None = None
    """When that status was reported, in seconds since the epoch (UTC)."""
    error: str = ""
    send_at: float | None = None
    """The recipient's own send time, in seconds since the epoch (UTC)."""


@dataclass(frozen=True, slots=True)
class RecipientChange:
    """What changed for one recipient; None means unchanged. `error=""` clears the error."""

    recipient_id: int
    state: RecipientState | None = None
    status: GatewayStatus | None = None
    status_time: float | None = None
    error: str | None = None
    parts: int | None = None

    def then(self, later: RecipientChange) -> RecipientChange:
        """Both changes as one: the later one's values win where it has them."""
        return RecipientChange(
            self.recipient_id,
            later.state if later.state is not None else self.state,
            later.status if later.status is not None else self.status,
            later.status_time if later.status_time is not None else self.status_time,
            later.error if later.error is not None else self.error,
            later.parts if later.parts is not None else self.parts,
        )


class PackedStrings:
    """Immutable strings in one UTF-8 buffer: about 9 bytes of overhead each instead of ~57."""

    def __init__(self, data: bytes, offsets: array[int]) -> None:
        self._data = data
        self._offsets = offsets

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, i: int) -> str:
        return self._data[self._offsets[i]:self._offsets[i + 1] - 1].decode("utf-8")

    def all(self) -> list[str]:
        """Every string, decoded at C speed (the buffer holds a NUL after each one)."""
        return self._data[:-1].decode("utf-8").split("\0") if len(self) else []

    def __iter__(self) -> Iterator[str]:
        for i in range(len(self)):
            yield self[i]

    def nbytes(self) -> int:
        return len(self._data) + self._offsets.itemsize * len(self._offsets)


class _PackedBuilder:
    def __init__(self) -> None:
        self.data = bytearray()
        self.offsets = array("Q", [0])

    def add(self, text: str) -> None:
        self.data += text.replace("\0", "").encode("utf-8") + b"\0"
        self.offsets.append(len(self.data))

    def build(self) -> PackedStrings:
        return PackedStrings(bytes(self.data), self.offsets)


class RecipientColumns:
    """The grid's columns. Built off the GUI thread, then owned by the model (GUI thread)."""

    def __init__(self) -> None:
        self.ids = array("q")
        self.row_numbers = array("I")
        self.parts = array("H")
        self.states = array("B")
        self.statuses = array("b")
        self.status_times = array("d")
        self.send_times = array("d")
        self.errors = array("H")
        self.error_texts: list[str] = [""]
        self._error_codes: dict[str, int] = {"": 0}
        self.numbers = PackedStrings(b"", array("Q", [0]))
        self.names = PackedStrings(b"", array("Q", [0]))
        self._ids_sorted = True
        self._id_rows: dict[int, int] | None = None
        self._search: str | None = None
        self._search_lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def has_send_times(self) -> bool:
        """Some recipient has its own send time (the grid shows that column)."""
        return any(self.send_times)

    def error_code(self, text: str) -> int:
        code = self._error_codes.get(text)
        if code is None:
            code = self._error_codes[text] = len(self.error_texts)
            self.error_texts.append(text)
        return code

    def row_of(self, recipient_id: int) -> int | None:
        """The source row of a recipient, or None if it is not in this grid. O(log n)."""
        if self._id_rows is not None:
            return self._id_rows.get(recipient_id)
        i = bisect.bisect_left(self.ids, recipient_id)
        if i < len(self.ids) and self.ids[i] == recipient_id:
            return i
        return None

    def apply(self, change: RecipientChange, row: int) -> None:
        """Write one change into row `row` (GUI thread)."""
        if change.state is not None:
            self.states[row] = STATE_CODE[change.state]
        if change.status is not None:
            self.statuses[row] = int(change.status)
        if change.status_time is not None:
            self.status_times[row] = change.status_time
        if change.error is not None:
            self.errors[row] = self.error_code(change.error)
        if change.parts is not None:
            self.parts[row] = change.parts

    def search_index(self) -> str:
        """Number and name of every row, folded (lower case, no accents), NUL-separated.

        Built on first use (a second per million rows) and kept: about 30 bytes a row.
        """
        with self._search_lock:
            if self._search is None:
                texts = list(map(" ".join, zip(self.numbers.all(), self.names.all(),
                                               strict=True)))
                self._search = "\0".join(fold_many(texts))
            return self._search


def fold(text: str) -> str:
    """Lower case without accents: "José" and "jose" match."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


def fold_many(texts: Sequence[str]) -> list[str]:
    """`fold` of each text, at C speed: one normalisation per chunk of joined texts."""
    folded: list[str] = []
    for start in range(0, len(texts), 65_536):
        folded.extend(fold("\0".join(texts[start:start + 65_536])).split("\0"))
    return folded


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def build_columns(rows: Iterable[GridRow]) -> RecipientColumns:
    """Pack recipients into columns; O(n), about 1.5 s per million rows: run it off-thread."""
    columns = RecipientColumns()
    numbers, names = _PackedBuilder(), _PackedBuilder()
    previous = -math.inf
    for row in rows:
        columns.ids.append(row.recipient_id)
        if row.recipient_id <= previous:
            columns._ids_sorted = False
        previous = row.recipient_id
        columns.row_numbers.append(row.row_number)
        numbers.add(row.number)
        names.add(row.name)
        columns.parts.append(row.parts)
        columns.states.append(STATE_CODE[row.state])
        columns.statuses.append(NO_STATUS if row.status is None else int(row.status))
        columns.status_times.append(NO_TIME if row.status_time is None else row.status_time)
        columns.send_times.append(NO_TIME if row.send_at is None else row.send_at)
        columns.errors.append(columns.error_code(row.error))
    columns.numbers, columns.names = numbers.build(), names.build()
    if not columns._ids_sorted:
        columns._id_rows = {rid: i for i, rid in enumerate(columns.ids)}
    return columns


@dataclass(frozen=True)
class ViewSpec:
    """Which rows the grid shows and in what order."""

    states: frozenset[RecipientState] | None = None
    """None shows every state."""
    text: str = ""
    """Shown rows have this in their number or name (case and accents ignored)."""
    sort_column: GridColumn | None = None
    descending: bool = False

    @property
    def is_identity(self) -> bool:
        return self.states is None and not self.text.strip() and self.sort_column is None

    def depends_on(self, change: RecipientChange) -> bool:
        """Whether this change may move its row in, out of or within the view."""
        changed = {GridColumn.STATE: change.state, GridColumn.STATUS: change.status,
                   GridColumn.STATUS_TIME: change.status_time, GridColumn.ERROR: change.error,
                   GridColumn.PARTS: change.parts}
        if self.states is not None and change.state is not None:
            return True
        return self.sort_column is not None and changed.get(self.sort_column) is not None


@dataclass(frozen=True)
class View:
    """Which source row each view row shows (`order`), and the way back (`view_row`)."""

    spec: ViewSpec
    order: array[int]
    position: array[int] | None
    """source row -> view row (-1: hidden); None when `order` is ascending (a filter without
    a sort), where a binary search finds it and building the inverse is not worth its time."""

    def view_row(self, source_row: int) -> int:
        """The view row showing `source_row`, or -1 when the view hides it."""
        if self.position is not None:
            return self.position[source_row]
        i = bisect.bisect_left(self.order, source_row)
        return i if i < len(self.order) and self.order[i] == source_row else -1


def compute_view(columns: RecipientColumns, spec: ViewSpec,
                 check_cancelled: Callable[[], None] = lambda: None) -> View | None:
    """The rows `spec` shows, in order; None for every row in load order. Off-thread friendly."""
    if spec.is_identity:
        return None
    n = len(columns)
    rows: Sequence[int] = range(n)
    if spec.states is not None:
        wanted = bytes(1 if s in spec.states else 0 for s in STATES) + bytes(256 - len(STATES))
        mask = columns.states.tobytes().translate(wanted)
        rows = array("I", itertools.compress(range(n), mask))
    check_cancelled()
    if spec.text.strip():
        rows = _matching(columns, fold(spec.text.strip()), rows, check_cancelled)
    check_cancelled()
    if spec.sort_column is not None:
        rows = _sorted(columns, rows, spec.sort_column, check_cancelled)
        if spec.descending:
            rows = rows[::-1]
    order = rows if isinstance(rows, array) else array("I", rows)
    if spec.sort_column is None:
        return View(spec, order, None)
    position = array("i", [-1]) * n
    for view_row, source_row in enumerate(order):
        position[source_row] = view_row
    return View(spec, order, position)


def _matching(columns: RecipientColumns, needle: str, rows: Sequence[int],
              check_cancelled: Callable[[], None]) -> array[int]:
    texts = columns.search_index().split("\0")
    check_cancelled()
    hits = map(operator.contains, texts, itertools.repeat(needle))
    if isinstance(rows, range):
        return array("I", itertools.compress(rows, hits))
    return array("I", (r for r in rows if needle in texts[r]))


def _sorted(columns: RecipientColumns, rows: Sequence[int], column: GridColumn,
            check_cancelled: Callable[[], None]) -> array[int]:
    small: dict[GridColumn, array[int]] = {
        GridColumn.STATE: columns.states, GridColumn.STATUS: columns.statuses,
        GridColumn.PARTS: columns.parts}
    if column in small:
        return _bucket_sorted(small[column], rows, lambda value: value)
    if column is GridColumn.ERROR:
        texts = columns.error_texts
        ranks = {code: rank for rank, code in enumerate(
            sorted(range(len(texts)), key=lambda c: fold(texts[c])))}
        return _bucket_sorted(columns.errors, rows, ranks.__getitem__)
    key: Callable[[int], object]
    if column is GridColumn.ROW:
        key = columns.row_numbers.__getitem__
    elif column is GridColumn.STATUS_TIME:
        key = columns.status_times.__getitem__
    elif column is GridColumn.SEND_TIME:
        key = columns.send_times.__getitem__
    else:
        texts_column = columns.numbers if column is GridColumn.NUMBER else columns.names
        every = texts_column.all()
        if column is GridColumn.NAME:
            every = fold_many(every)
        keys = every if isinstance(rows, range) else [every[r] for r in rows]
        check_cancelled()
        positions = sorted(range(len(keys)), key=keys.__getitem__)
        return array("I", (rows[p] for p in positions))
    return array("I", sorted(rows, key=key))


def _bucket_sorted(values: array[int], rows: Sequence[int],
                   rank: Callable[[int], int]) -> array[int]:
    """A stable sort for columns with few distinct values, at C speed (`itertools.compress`)."""
    selected = values if isinstance(rows, range) else array(values.typecode,
                                                           (values[r] for r in rows))
    out = array("I")
    for value in sorted(set(selected), key=rank):
        out.extend(itertools.compress(rows, map(value.__eq__, selected)))
    return out
