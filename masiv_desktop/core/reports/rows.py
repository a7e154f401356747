"""The columns of the recipients and refused-rows tables, and each row's values.

Shared by the xlsx and the CSV writers so both say the same thing. Every text that came from
outside (the list's cells, the message, the gateway's ids and errors) goes through the
writer's guard (`cell_safety`: `neutralise` for the CSV, `neutralise_formula` for the xlsx's
string cells). Values are `str` (text), `int` (counts and codes) or `Moment` (a store time,
which each writer renders its own way), or None for an empty cell; a `Kind.CELL` column (the
list's own, in the xlsx) also holds the list's numbers and dates as they were.
"""

from __future__ import annotations

import time as clock
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from enum import Enum
from functools import partial
from typing import NewType

from masiv_desktop.core.lists.cells import cell_value
from masiv_desktop.core.lists.row_reasons import describe_row
from masiv_desktop.core.reasons import Reason, recipient_problem
from masiv_desktop.core.reports.cell_safety import neutralise
from masiv_desktop.core.reports.data import RecipientLine, RefusedRow, ReportFigures
from masiv_desktop.core.reports.labels import Word, word
from masiv_desktop.core.reports.outcome import Outcome, outcome
from masiv_desktop.core.store.campaigns import cells_in_order
from masiv_desktop.core.usertypes import RecipientState, Verdict
from masiv_desktop.core.words import words_for
from masiv_desktop.gateway.codes import GatewayStatus

Moment = NewType("Moment", str)
"""A time as the store keeps it: ISO 8601 UTC text such as `2024-05-01T13:45:00.123Z`."""

Value = str | int | float | Moment | datetime | date | time | None

Guard = Callable[[str], str]
"""What a writer does to a text from outside before writing it (`cell_safety`)."""


class Kind(Enum):
    TEXT = "text"
    NUMBER = "number"
    TIME = "time"
    CELL = "cell"
    """A list's own cell: text, a number, or a naive date / datetime / time."""


@dataclass(frozen=True)
class ReportColumn:
    header: str
    kind: Kind
    width: float
    """In Excel's character units."""


def epoch(moment: str) -> float:
    """A store time as epoch seconds."""
    return datetime.fromisoformat(moment).timestamp()


class LocalTime:
    """The user's zone for the report: a `tzinfo`, or None for the system's own zone.

    Offsets are cached per hour, so converting a million times costs one lookup each.
    """

    def __init__(self, zone: tzinfo | None = None) -> None:
        self.zone = zone
        self._offsets: dict[int, float] = {}

    def offset(self, ts: float) -> float:
        """Seconds east of UTC at epoch `ts` in this zone."""
        hour = int(ts // 3600)
        found = self._offsets.get(hour)
        if found is None:
            moment = datetime.fromtimestamp(hour * 3600, UTC).astimezone(self.zone)
            delta = moment.utcoffset()
            found = self._offsets[hour] = delta.total_seconds() if delta else 0.0
        return found

    def text(self, moment: datetime) -> str:
        return moment.astimezone(self.zone).strftime("%Y-%m-%d %H:%M:%S")

    def label(self) -> str:
        """How the zone is named in headers: its IANA key, or the UTC offset right now."""
        key = getattr(self.zone, "key", None)
        if isinstance(key, str):
            return key
        seconds = self.offset(clock.time())
        sign = "+" if seconds >= 0 else "-"
        minutes = int(abs(seconds)) // 60
        return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


class RecipientTable:
    """The recipients table of one campaign in one language.

    `time_note` is added to the time columns' headers (which zone the writer uses); `guard`
    is the writer's for texts from outside; `typed` gives the list's cells as the numbers and
    dates they were (`Kind.CELL`, the xlsx) rather than their text (the CSV).
    """

    def __init__(self, figures: ReportFigures, language: str, time_note: str, *,
                 guard: Guard = neutralise, typed: bool = False,
                 other_zone: LocalTime | None = None) -> None:
        """`other_zone`: the zone of the second send-time column (a text one) of a campaign
        whose rows each have their own time; None: UTC (the first is in `time_note`'s)."""
        self.template = figures.campaign.template
        self.per_row = figures.campaign.per_row
        self.other_zone = other_zone
        self.list_columns = figures.list_columns
        self.guard = guard
        self.typed = typed
        w = partial(word, language=language)
        cell_kind = Kind.CELL if typed else Kind.TEXT
        self.columns: tuple[ReportColumn, ...] = (
            ReportColumn(w(Word.ROW), Kind.NUMBER, 7),
            ReportColumn(w(Word.NUMBER), Kind.TEXT, 15),
            *(ReportColumn(guard(name), cell_kind, 18) for name in self.list_columns),
            ReportColumn(w(Word.FINAL_TEXT), Kind.TEXT, 50),
            ReportColumn(w(Word.PARTS), Kind.NUMBER, 8),
            ReportColumn(w(Word.STATE), Kind.TEXT, 13),
            ReportColumn(w(Word.RESULT), Kind.TEXT, 26),
            ReportColumn(w(Word.GATEWAY_STATUS), Kind.TEXT, 22),
            ReportColumn(w(Word.STATUS_CODE), Kind.NUMBER, 10),
            *((ReportColumn(f"{w(Word.SEND_TIME)} ({time_note})", Kind.TIME, 20),
               ReportColumn(f"{w(Word.SEND_TIME)} ({other_zone.label() if other_zone else 'UTC'})",
                            Kind.TEXT, 20)) if self.per_row else ()),
            ReportColumn(f"{w(Word.SENT_AT)} ({time_note})", Kind.TIME, 20),
            ReportColumn(f"{w(Word.STATUS_TIME)} ({time_note})", Kind.TIME, 20),
            ReportColumn(w(Word.MESSAGE_IDS), Kind.TEXT, 38),
            ReportColumn(w(Word.ERROR_CODE), Kind.NUMBER, 10),
            ReportColumn(w(Word.ERROR_TEXT), Kind.TEXT, 40),
        )
        self._states = {s.value: w(s) for s in RecipientState}
        self._statuses: dict[int | None, str] = {int(s): w(s) for s in GatewayStatus}
        self._statuses[None] = ""
        self._outcomes = {o: w(o) for o in Outcome}
        self._translate = words_for(language)

    def values(self, line: RecipientLine) -> list[Value]:
        guard = self.guard
        cells: list[Value] = [line.row_number, line.digits]
        if self.list_columns:
            stored = cells_in_order(line.fields, self.list_columns)
            if self.typed:
                cells.extend(guard(cell) if type(cell) is str else cell_value(cell)
                             for cell in stored)
            else:
                cells.extend(map(guard, stored))
        status = line.status
        cells += [
            guard(self.template if line.text is None else line.text), line.parts,
            self._states[line.state],
            self._outcomes[outcome(line.state, status, bool(line.polled))],
            self._statuses.get(status, str(status)), status,
            *(self._send_time(line.send_at) if self.per_row else ()),
            Moment(line.sent_at) if line.sent_at else None,
            Moment(line.status_time) if line.status_time else None,
            guard(line.message_ids) if line.message_ids else None,
            line.error_code,
            guard(self._problem(line)) if line.error_text or line.error_reason else None,
        ]
        return cells

    def _send_time(self, moment: str | None) -> tuple[Value, Value]:
        """The recipient's own send time: in the writer's zone, and as text in the other."""
        if moment is None:
            return None, None
        at = datetime.fromisoformat(moment)
        other = self.other_zone.text(at) if self.other_zone else \
            at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
        return Moment(moment), other

    def _problem(self, line: RecipientLine) -> str:
        reason = Reason.stored(line.error_reason or "", line.error_args or "{}")
        return recipient_problem(reason, line.error_text, self._translate)


class RefusedTable:
    """The refused-rows table: row, input, verdict, reason (worded in `language`)."""

    def __init__(self, language: str, guard: Guard = neutralise) -> None:
        self.columns: tuple[ReportColumn, ...] = (
            ReportColumn(word(Word.ROW, language), Kind.NUMBER, 7),
            ReportColumn(word(Word.INPUT, language), Kind.TEXT, 24),
            ReportColumn(word(Word.VERDICT, language), Kind.TEXT, 24),
            ReportColumn(word(Word.REASON, language), Kind.TEXT, 80),
        )
        self.guard = guard
        self._verdicts = {v.value: word(v, language) for v in Verdict}
        self._translate = words_for(language)

    def values(self, row: RefusedRow) -> list[Value]:
        guard = self.guard
        return [row.row_number, guard(row.input),
                self._verdicts.get(row.verdict, guard(row.verdict)),
                guard(describe_row(row.reason, self._translate))]
