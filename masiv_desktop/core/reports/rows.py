"""The columns of the recipients and refused-rows tables, and each row's values.

Shared by the xlsx and the CSV writers so both say the same thing. Every text that came from
outside (the list's cells, the message, the gateway's ids and errors) is neutralised here
(`cell_safety`). Values are `str` (text), `int` (counts and codes) or `Moment` (a store time,
which each writer renders its own way), or None for an empty cell.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from enum import Enum
from functools import partial
from typing import NewType

from masiv_desktop.core.reports.cell_safety import neutralise
from masiv_desktop.core.reports.data import RecipientLine, RefusedRow, ReportFigures
from masiv_desktop.core.reports.labels import Word, word
from masiv_desktop.core.reports.outcome import Outcome, outcome
from masiv_desktop.core.store.campaigns import cells_in_order
from masiv_desktop.core.usertypes import RecipientState, Verdict
from masiv_desktop.gateway.codes import GatewayStatus

Moment = NewType("Moment", str)
"""A time as the store keeps it: ISO 8601 UTC text such as `2024-05-01T13:45:00.123Z`."""

Value = str | int | Moment | None


class Kind(Enum):
    TEXT = "text"
    NUMBER = "number"
    TIME = "time"


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
        seconds = self.offset(time.time())
        sign = "+" if seconds >= 0 else "-"
        minutes = int(abs(seconds)) // 60
        return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


class RecipientTable:
    """The recipients table of one campaign in one language.

    `time_note` is added to the time columns' headers (which zone the writer uses).
    """

    def __init__(self, figures: ReportFigures, language: str, time_note: str) -> None:
        self.template = figures.campaign.template
        self.list_columns = figures.list_columns
        w = partial(word, language=language)
        self.columns: tuple[ReportColumn, ...] = (
            ReportColumn(w(Word.ROW), Kind.NUMBER, 7),
            ReportColumn(w(Word.NUMBER), Kind.TEXT, 15),
            *(ReportColumn(neutralise(name), Kind.TEXT, 18) for name in self.list_columns),
            ReportColumn(w(Word.FINAL_TEXT), Kind.TEXT, 50),
            ReportColumn(w(Word.PARTS), Kind.NUMBER, 8),
            ReportColumn(w(Word.STATE), Kind.TEXT, 13),
            ReportColumn(w(Word.RESULT), Kind.TEXT, 26),
            ReportColumn(w(Word.GATEWAY_STATUS), Kind.TEXT, 22),
            ReportColumn(w(Word.STATUS_CODE), Kind.NUMBER, 10),
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

    def values(self, line: RecipientLine) -> list[Value]:
        cells: list[Value] = [line.row_number, line.digits]
        if self.list_columns:
            cells.extend(neutralise(cell)
                         for cell in cells_in_order(line.fields, self.list_columns))
        status = line.status
        cells += [
            neutralise(self.template if line.text is None else line.text), line.parts,
            self._states[line.state],
            self._outcomes[outcome(line.state, status, bool(line.polled))],
            self._statuses.get(status, str(status)), status,
            Moment(line.sent_at) if line.sent_at else None,
            Moment(line.status_time) if line.status_time else None,
            neutralise(line.message_ids) if line.message_ids else None,
            line.error_code,
            neutralise(line.error_text) if line.error_text else None,
        ]
        return cells


class RefusedTable:
    """The refused-rows table: row, input, verdict, reason."""

    def __init__(self, language: str) -> None:
        self.columns: tuple[ReportColumn, ...] = (
            ReportColumn(word(Word.ROW, language), Kind.NUMBER, 7),
            ReportColumn(word(Word.INPUT, language), Kind.TEXT, 24),
            ReportColumn(word(Word.VERDICT, language), Kind.TEXT, 24),
            ReportColumn(word(Word.REASON, language), Kind.TEXT, 80),
        )
        self._verdicts = {v.value: word(v, language) for v in Verdict}

    def values(self, row: RefusedRow) -> list[Value]:
        return [row.row_number, neutralise(row.input),
                self._verdicts.get(row.verdict, neutralise(row.verdict)), neutralise(row.reason)]
