"""When a commercial message may reach a person: Colombia's Ley 2300 de 2023, article 3.

The law's hours are Monday to Friday 07:00–19:00 and Saturday 08:00–15:00, never on a Sunday
or a Colombian public holiday. The hours are a setting (`contact_window`, compact text such as
"mon-fri 07:00-19:00; sat 08:00-15:00" parsed by `parse_window`); the holidays come from the
`holidays` package (`country_holidays("CO")`, movable Monday holidays included), never from a
hand-written calendar.

Time zones: the hours are the RECIPIENT's local time. `zones_for_number` gives the zones
phonenumbers knows for a number (America/Bogota for +57). A number, or a campaign, with
several zones is allowed only when the time is allowed in EVERY one of them (the most
restrictive intersection). An unknown zone falls back to America/Bogota. The holidays are
Colombia's in every zone (the law is Colombian; a stricter rule than needed abroad).

Every function takes and returns aware datetimes (any zone in, UTC out) or epoch seconds
where it says so. Pure and thread-safe; the holiday table is built once per year and cached.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
import phonenumbers
from phonenumbers import timezone as phone_timezone

BOGOTA = ZoneInfo("America/Bogota")
LAW_WINDOW_TEXT = "mon-fri 07:00-19:00; sat 08:00-15:00"
HOLIDAY_COUNTRY = "CO"
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SPEC = re.compile(r"^\s*([a-z]{3})(?:\s*-\s*([a-z]{3}))?\s+(\d{1,2}):(\d{2})\s*-\s*"
                   r"(\d{1,2}):(\d{2})\s*$")
_LOOKAHEAD_DAYS = 400
_ZONE_PREFIX = 6
Zones = Sequence[tzinfo]


class WindowError(ValueError):
    """The window text cannot be read; the message says what a valid one looks like."""


@dataclass(frozen=True)
class ContactWindow:
    """Allowed minutes of each weekday, Monday first: (start, end) minutes since midnight,
    end excluded, or None for a day without contacts. Holidays are always closed."""

    hours: tuple[tuple[int, int] | None, ...]

    def text(self) -> str:
        """The compact text `parse_window` reads (consecutive equal days grouped)."""
        pieces: list[str] = []
        day = 0
        while day < 7:
            span = self.hours[day]
            last = day
            while last + 1 < 7 and self.hours[last + 1] == span:
                last += 1
            if span is not None:
                days = DAYS[day] if last == day else f"{DAYS[day]}-{DAYS[last]}"
                pieces.append(f"{days} {_hhmm(span[0])}-{_hhmm(span[1])}")
            day = last + 1
        return "; ".join(pieces)

    def is_allowed(self, moment: datetime | float, zones: Zones = (BOGOTA,)) -> bool:
        """True when a contact at `moment` is inside the window in every zone of `zones`."""
        at = _aware(moment)
        return all(self._open_span(at.astimezone(zone)) is not None for zone in zones)

    def next_opening(self, moment: datetime | float, zones: Zones = (BOGOTA,)) -> datetime:
        """The first allowed instant at or after `moment` (UTC); `moment` itself if allowed.

        Raises WindowError when nothing opens within about a year (every day closed).
        """
        at = _aware(moment).astimezone(UTC)
        for _ in range(64):
            moved = False
            for zone in zones:
                opening = self._opening_in(at, zone)
                if opening > at:
                    at, moved = opening, True
            if not moved:
                return at
        raise WindowError("the contact window never opens in all the recipients' time zones")

    def previous_allowed(self, moment: datetime | float, zones: Zones = (BOGOTA,),
                         *, step: timedelta = timedelta(minutes=1)) -> datetime:
        """The last allowed instant at or before `moment` (UTC), on a whole `step` before
        the end of the period it falls in (18:59 for a window closing at 19:00); `moment`
        itself if allowed. A reminder moved there still arrives before its event.

        Raises WindowError when nothing was open within about a year before.
        """
        at = _aware(moment).astimezone(UTC)
        for _ in range(64):
            moved = False
            for zone in zones:
                latest = self._latest_in(at, zone, step)
                if latest < at:
                    at, moved = latest, True
            if not moved:
                return at
        raise WindowError("the contact window was never open in all the recipients' time zones")

    def window_end(self, moment: datetime | float, zones: Zones = (BOGOTA,)) -> datetime:
        """When the allowed period holding `moment` closes (UTC). Outside the window: the end
        of the next period, so `window_end(next_opening(t))` is always meaningful."""
        at = self.next_opening(moment, zones)
        return min(self._close_in(at, zone) for zone in zones)

    def fits(self, start: datetime | float, duration: timedelta | float,
             zones: Zones = (BOGOTA,)) -> bool:
        """True when a send beginning at `start` and lasting `duration` (seconds or a
        timedelta) stays inside one allowed period."""
        seconds = duration.total_seconds() if isinstance(duration, timedelta) else duration
        at = _aware(start)
        if not self.is_allowed(at, zones):
            return False
        return at.timestamp() + seconds <= self.window_end(at, zones).timestamp()

    def split_schedule(self, start: datetime | float, count: int, rate: float,
                       zones: Zones = (BOGOTA,)) -> Schedule:
        """Delivery times for `count` messages from `start` at `rate` messages per second,
        every one inside the window: what does not fit in one period moves to the next
        opening. `start` outside the window begins at the next opening."""
        if rate <= 0 or not math.isfinite(rate):
            raise ValueError(f"rate must be a positive number of messages per second: {rate}")
        slots: list[ScheduleSlot] = []
        left = count
        at = _aware(start).astimezone(UTC)
        while left > 0:
            opening = self.next_opening(at, zones)
            end = self.window_end(opening, zones)
            room = max(1, math.ceil((end - opening).total_seconds() * rate))
            n = min(left, room)
            slots.append(ScheduleSlot(opening, n, rate))
            left -= n
            at = end
        return Schedule(tuple(slots))

    # -- one zone ------------------------------------------------------------------------

    def _open_span(self, local: datetime) -> tuple[int, int] | None:
        if is_holiday(local.date()):
            return None
        span = self.hours[local.weekday()]
        minute = local.hour * 60 + local.minute + local.second / 60 + local.microsecond / 6e7
        if span is None or not span[0] <= minute < span[1]:
            return None
        return span

    def _opening_in(self, at: datetime, zone: tzinfo) -> datetime:
        local = at.astimezone(zone)
        if self._open_span(local) is not None:
            return at
        day = local.date()
        for offset in range(_LOOKAHEAD_DAYS):
            current = day + timedelta(days=offset)
            span = self.hours[current.weekday()]
            if span is None or is_holiday(current):
                continue
            opening = _local(current, span[0], zone)
            if opening > at:
                return opening
        raise WindowError("the contact window never opens: every day is closed")

    def _latest_in(self, at: datetime, zone: tzinfo, step: timedelta) -> datetime:
        local = at.astimezone(zone)
        if self._open_span(local) is not None:
            return at
        day = local.date()
        for offset in range(_LOOKAHEAD_DAYS):
            current = day - timedelta(days=offset)
            span = self.hours[current.weekday()]
            if span is None or is_holiday(current):
                continue
            close = _local(current, span[1], zone)
            if close <= at:
                return max(close - step, _local(current, span[0], zone))
        raise WindowError("the contact window never opens: every day is closed")

    def _close_in(self, at: datetime, zone: tzinfo) -> datetime:
        local = at.astimezone(zone)
        span = self.hours[local.weekday()]
        assert span is not None
        return _local(local.date(), span[1], zone)


@dataclass(frozen=True)
class ScheduleSlot:
    """`count` messages from `start` (UTC) on, one every 1/`rate` seconds, all in one period."""

    start: datetime
    count: int
    rate: float

    @property
    def end(self) -> datetime:
        """When the last message of the slot is due."""
        return self.start + timedelta(seconds=max(0, self.count - 1) / self.rate)


@dataclass(frozen=True)
class Schedule:
    """What `split_schedule` planned: shown to the user before confirming."""

    slots: tuple[ScheduleSlot, ...]

    @property
    def days(self) -> int:
        return len(self.slots)

    def time_of(self, index: int) -> datetime:
        """The delivery time of the message at position `index` (0-based, list order)."""
        for slot in self.slots:
            if index < slot.count:
                return slot.start + timedelta(seconds=index / slot.rate)
            index -= slot.count
        raise IndexError("message index beyond the schedule")


def parse_window(text: str) -> ContactWindow:
    """Read "mon-fri 07:00-19:00; sat 08:00-15:00" (days not named are closed; 24:00 ends
    a day). Raises WindowError naming the piece that cannot be read."""
    hours: list[tuple[int, int] | None] = [None] * 7
    pieces = [p for p in re.split(r"[;\n]", text.lower()) if p.strip()]
    if not pieces:
        raise WindowError(f"empty contact window; the law's is {LAW_WINDOW_TEXT!r}")
    for piece in pieces:
        match = _SPEC.match(piece)
        if match is None:
            raise WindowError(f"cannot read {piece.strip()!r}: write days and hours like "
                              f"{LAW_WINDOW_TEXT!r}")
        first, last, h1, m1, h2, m2 = match.groups()
        start, end = _minutes(h1, m1, piece), _minutes(h2, m2, piece)
        if end <= start:
            raise WindowError(f"in {piece.strip()!r} the end must be after the start")
        for day in _day_range(first, last or first, piece):
            if hours[day] is not None:
                raise WindowError(f"{DAYS[day]} appears twice in the contact window")
            hours[day] = (start, end)
    return ContactWindow(tuple(hours))


def is_holiday(day: date) -> bool:
    """True on a Colombian public holiday (movable ones on their observed Monday)."""
    return day in _holidays(day.year)


def holiday_name(day: date) -> str | None:
    return _holidays(day.year).get(day)


@lru_cache(maxsize=16)
def _holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays(HOLIDAY_COUNTRY, years=year)


@lru_cache(maxsize=4096)
def zones_for_number(digits: str) -> tuple[ZoneInfo, ...]:
    """The time zones of an international number in digits (`573001234567`); Bogotá when
    phonenumbers does not know the number's zone."""
    try:
        number = phonenumbers.parse("+" + digits)
    except phonenumbers.NumberParseException:
        return (BOGOTA,)
    names = [n for n in phone_timezone.time_zones_for_number(number) if n != "Etc/Unknown"]
    zones: list[ZoneInfo] = []
    for name in names:
        try:
            zones.append(ZoneInfo(name))
        except (ValueError, KeyError, OSError):
            continue
    return tuple(zones) or (BOGOTA,)


def zones_for_numbers(digits: Iterable[str]) -> tuple[ZoneInfo, ...]:
    """Every zone of these numbers (duplicates dropped): a campaign's window applies in all.

    Numbers are grouped by their first 6 digits (country code and area or mobile prefix,
    which is what decides the zone) so a million numbers cost a million dict lookups.
    """
    seen: set[str] = set()
    found: dict[str, ZoneInfo] = {}
    for number in digits:
        prefix = number[:_ZONE_PREFIX]
        if prefix in seen:
            continue
        seen.add(prefix)
        for zone in zones_for_number(number):
            found.setdefault(zone.key, zone)
    return tuple(found.values()) or (BOGOTA,)


def calendar_day(moment: datetime | float, zone: tzinfo = BOGOTA) -> tuple[datetime, datetime]:
    """The local calendar day holding `moment` as [start, end) in UTC (the frequency cap's
    "today")."""
    local = _aware(moment).astimezone(zone).date()
    start = _local(local, 0, zone)
    return start, _local(local + timedelta(days=1), 0, zone)


def describe_time(moment: datetime, zone: tzinfo = BOGOTA) -> str:
    """'Sat 2026-11-28 08:00 (America/Bogota)' for messages to the user."""
    local = moment.astimezone(zone)
    return f"{local:%a %Y-%m-%d %H:%M} ({getattr(zone, 'key', str(zone))})"


def _aware(moment: datetime | float) -> datetime:
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            raise ValueError("contact window times must carry a time zone")
        return moment
    return datetime.fromtimestamp(moment, UTC)


def _local(day: date, minutes: int, zone: tzinfo) -> datetime:
    """Wall-clock `minutes` after local midnight of `day` in `zone`, as UTC."""
    wall = datetime.combine(day, time()) + timedelta(minutes=minutes)
    return wall.replace(tzinfo=zone).astimezone(UTC)


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _minutes(hour: str, minute: str, piece: str) -> int:
    h, m = int(hour), int(minute)
    if m >= 60 or h > 24 or (h == 24 and m):
        raise WindowError(f"in {piece.strip()!r}, {hour}:{minute} is not a time of day")
    return h * 60 + m


def _day_range(first: str, last: str, piece: str) -> range:
    for name in (first, last):
        if name not in DAYS:
            raise WindowError(f"in {piece.strip()!r}, {name!r} is not a day; use "
                              f"{', '.join(DAYS)}")
    a, b = DAYS.index(first), DAYS.index(last)
    if b < a:
        raise WindowError(f"in {piece.strip()!r} the days run backwards")
    return range(a, b + 1)


LAW_WINDOW = parse_window(LAW_WINDOW_TEXT)
"""The law's hours (the `contact_window` setting's default)."""
