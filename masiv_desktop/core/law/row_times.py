"""Each row its own send time: a column of the list says when its message goes, shifted by an
offset ("1 día antes", "2 horas antes"), in the user's zone (docs/row-times.md).

Per row: the cell is read (`core.lists.datetimes`), the offset applied on the wall clock
("1 day before 10:00" is 10:00 the day before, across a DST change too; a wall time that a
DST change skips is read after the change, an ambiguous one as the first), and the result
refused when it is not in the future. A commercial row whose time falls outside the contact
window (in the recipient's zones) moves to the previous allowed time when that is still in
the future (a reminder must not arrive after its event), else to the next opening;
transactional rows keep their time. Every time is in UTC out.

The one-contact-a-day rule is counted per row on its own Colombian calendar day
(`contact_rules.contacts_by_day`). Pure, Qt-free; `RowTimer` is not thread-safe (one per plan).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum

from masiv_desktop.core.law.contact_window import BOGOTA, ContactWindow, zones_for_number
from masiv_desktop.core.law.scheduling import ScheduleError
from masiv_desktop.core.lists.datetimes import TimeProblem, read_datetime
from masiv_desktop.core.lists.validation import RowCheck
from masiv_desktop.core.usertypes import Verdict

_OFFSET = re.compile(r"^\s*([+-])?\s*(\d{1,6})\s*(m|min|h|d)?\s*$", re.IGNORECASE)
_UNIT_MINUTES = {"m": 1, "min": 1, "h": 60, "d": 1440}
MAX_OFFSET_MINUTES = 366 * 1440
PAST = "send_time_past"
"""The refused row's code when its time (after the offset) is not in the future."""


class Move(StrEnum):
    """How a commercial row's time was moved into the contact window."""

    EARLIER = "earlier"
    """To the previous allowed time (the end of the period before)."""
    LATER = "later"
    """To the next opening (the previous allowed time had passed)."""


def parse_offset(text: str) -> int:
    """'-1d', '-2h', '+30m', '90' (minutes) → minutes; raises ScheduleError saying what to
    type."""
    match = _OFFSET.match(text or "")
    if match is None:
        raise ScheduleError(f"The offset {text!r} is not a number of minutes, hours or days "
                            "like -1d, -2h or +30m (minus: before the listed time).")
    sign, number, unit = match.groups()
    minutes = int(number) * _UNIT_MINUTES[(unit or "m").lower()]
    if minutes > MAX_OFFSET_MINUTES:
        raise ScheduleError(f"The offset {text!r} is more than a year.")
    return -minutes if sign == "-" else minutes


def offset_text(minutes: int) -> str:
    """The shortest text `parse_offset` reads back: -1d, -2h, +30m, 0."""
    if minutes == 0:
        return "0"
    sign, size = ("-" if minutes < 0 else "+"), abs(minutes)
    for unit, per in (("d", 1440), ("h", 60)):
        if size % per == 0:
            return f"{sign}{size // per}{unit}"
    return f"{sign}{size}m"


@dataclass(frozen=True)
class SendColumn:
    """The user's choice: the column holding each row's time, and the shift from it."""

    column: str
    """The column's header (or letter), as `columns.find_column` reads it."""
    offset_minutes: int = 0
    """Negative: before the listed time (a reminder the day before is -1440)."""
    zone: tzinfo | None = None
    """The zone the list's times are read in; None: this computer's (with its DST rules)."""
    day_first: bool = True
    """Text such as 09/12/2026 is 9 December (False: 12 September)."""


@dataclass(frozen=True)
class RowTime:
    at: datetime
    """When the message is due (UTC)."""
    listed: datetime
    """The list's time with the offset (UTC): `at` unless the window moved it."""
    moved: Move | None = None


def row_time(listed: datetime, *, now: float, window: ContactWindow | None,
             zones: tuple[tzinfo, ...] = (BOGOTA,)) -> RowTime | None:
    """The row's send time from its listed (aware) time; None when that is not in the
    future. `window` None: the time is kept (transactional rows)."""
    listed = listed.astimezone(UTC)
    if listed.timestamp() <= now:
        return None
    if window is None or window.is_allowed(listed, zones):
        return RowTime(listed, listed)
    earlier = window.previous_allowed(listed, zones)
    if earlier.timestamp() > now:
        return RowTime(earlier, listed, Move.EARLIER)
    return RowTime(window.next_opening(listed, zones), listed, Move.LATER)


def listed_time(naive: datetime, offset_minutes: int, zone: tzinfo | None) -> datetime:
    """The list's wall-clock time shifted by the offset on the wall clock, in `zone`
    (None: this computer's zone, DST included)."""
    wall = naive + timedelta(minutes=offset_minutes)
    if zone is None:
        return wall.astimezone()
    return wall.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)


def zone_name(zone: tzinfo | None) -> str:
    """'America/Bogota', or "this computer's zone" when no name is known."""
    name = getattr(zone, "key", None)
    if name:
        return str(name)
    local = datetime.now().astimezone().tzname()
    return f"this computer's zone, {local}" if zone is None else str(zone)


@dataclass(frozen=True)
class RowTimes:
    """What the user reads before confirming: the span, the days, what moved, what was
    refused. Times UTC; days in the user's zone."""

    column: str
    offset_minutes: int
    zone: tzinfo | None
    """The user's zone (None: this computer's)."""
    earliest: datetime
    latest: datetime
    per_day: tuple[tuple[date, int], ...]
    moved_earlier: int = 0
    moved_later: int = 0
    refused: Mapping[str, int] = field(default_factory=dict)
    """Refused rows by code (`TimeProblem` values and `PAST`)."""

    @property
    def moved(self) -> int:
        return self.moved_earlier + self.moved_later

    def describe(self) -> list[str]:
        """Lines for the CLI's confirmation (English)."""
        shift = "" if not self.offset_minutes else f", shifted {offset_text(self.offset_minutes)}"
        lines = [f"When: each row's own time, from column \"{self.column}\"{shift} "
                 f"(your time, {zone_name(self.zone)})",
                 f"  earliest {self.earliest.astimezone(self.zone):%a %Y-%m-%d %H:%M}, "
                 f"latest {self.latest.astimezone(self.zone):%a %Y-%m-%d %H:%M}"]
        lines += [f"  {day:%a %Y-%m-%d}: {_messages(count)}" for day, count in self.per_day]
        if self.moved_earlier:
            lines.append(f"  {_messages(self.moved_earlier, 'commercial')} outside the contact "
                         "hours (Ley 2300) moved earlier, to the end of the allowed period "
                         "before their time")
        if self.moved_later:
            lines.append(f"  {_messages(self.moved_later, 'commercial')} outside the contact "
                         "hours moved later, to the next opening (the period before had "
                         "passed)")
        return lines


class RowTimer:
    """Gives each kept row of a list its send time, or the reason it is refused."""

    def __init__(self, rule: SendColumn, column: str, *, now: float,
                 window: ContactWindow | None,
                 contacted: Mapping[date, frozenset[str]] | None = None) -> None:
        """`window` None: times are kept (transactional). `contacted`: numbers with a
        commercial contact on each Colombian day (None: the cap does not apply)."""
        self.rule = rule
        self.column = column
        self.zone = rule.zone
        self.now = now
        self.window = window
        self.contacted = contacted
        self.times: list[RowTime] = []
        self.refused: Counter[str] = Counter()

    def time_of(self, check: RowCheck, cell: str) -> RowTime | RowCheck:
        """The row's time, or `check` turned into the refused row that says why."""
        naive = read_datetime(cell, day_first=self.rule.day_first)
        if isinstance(naive, TimeProblem):
            return self._refuse(check, naive.value, cell)
        listed = listed_time(naive, self.rule.offset_minutes, self.zone)
        zones = zones_for_number(check.digits) if check.digits else (BOGOTA,)
        found = row_time(listed, now=self.now, window=self.window, zones=zones)
        if found is None:
            return self._refuse(check, PAST, cell, at=f"{listed:%Y-%m-%d %H:%M}")
        if self.contacted is not None and check.digits:
            day = found.at.astimezone(BOGOTA).date()
            if check.digits in self.contacted.get(day, frozenset()):
                return check._replace(verdict=Verdict.CONTACTED_TODAY,
                                      args={"day": day.isoformat()})
        self.times.append(found)
        return found

    def _refuse(self, check: RowCheck, code: str, cell: str, **more: str) -> RowCheck:
        self.refused[code] += 1
        return check._replace(verdict=Verdict.SEND_TIME,
                              args={"code": code, "column": self.column, "value": str(cell),
                                    **more})

    def summary(self) -> RowTimes | None:
        """The span and the moves of the rows timed so far (None: none)."""
        return summarize(self.times, self.rule, self.column, self.zone, self.refused)


def summarize(times: Iterable[RowTime], rule: SendColumn, column: str, zone: tzinfo | None,
              refused: Mapping[str, int] | None = None) -> RowTimes | None:
    """`RowTimes` for these rows' times (None when there are none)."""
    items = list(times)
    if not items:
        return None
    days = Counter(t.at.astimezone(zone).date() for t in items)
    moves = Counter(t.moved for t in items)
    return RowTimes(column, rule.offset_minutes, zone, min(t.at for t in items),
                    max(t.at for t in items), tuple(sorted(days.items())),
                    moves[Move.EARLIER], moves[Move.LATER], dict(refused or {}))


def _messages(count: int, kind: str = "") -> str:
    noun = "message" if count == 1 else "messages"
    return f"{count:,} {kind + ' ' if kind else ''}{noun}"
