"""Why a send time is refused: which recipients close the contact window, where, and why.

A campaign may go out only at a time allowed in every recipient's zone (`contact_window`).
When one is refused, "outside the allowed hours" alone leaves the user guessing, above all
when the time is fine in Bogotá and the list holds a few numbers from Spain or the United
States. `explain_refusal` answers with data: for each country and zone where the time is
closed, how many numbers, their local time, and whether it is a holiday (named by
`holiday_name`), a day without contacts (Sunday by law) or outside that day's hours, plus how
many numbers the time is allowed for, so a front end can offer to leave the others out.

The numbers are summarised once into `NumberGroup`s (country and zones, with a count; a
million numbers make a few groups), so explaining a time costs nothing on the GUI thread.
Front ends word the data (the GUI in the user's language, `WindowRefusal.describe` in English
for the CLI); `country_name` gives a country's name in Spanish or English from phonenumbers.
Qt-free, pure and thread-safe.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo

import holidays
import phonenumbers
from phonenumbers import geocoder

from masiv_desktop.core.law.contact_window import (
    BOGOTA,
    HOLIDAY_COUNTRY,
    ContactWindow,
    is_holiday,
    zones_for_number,
)

_PREFIX = 6
"""Digits that decide a number's country and zone (country code and area or mobile prefix),
as in `contact_window.zones_for_numbers`."""


class ClosedBecause(StrEnum):
    """Why the window is closed at a local time."""

    HOLIDAY = "holiday"
    """A Colombian public holiday (the law's calendar applies in every zone)."""
    CLOSED_DAY = "closed_day"
    """A weekday without contact hours (Sunday by law)."""
    OUTSIDE_HOURS = "outside_hours"
    """Before the day's opening or after its close."""


@dataclass(frozen=True)
class NumberGroup:
    """Numbers of one country with the same time zones."""

    region: str
    """ISO 3166 region code of the numbers ("ES", "US"); "" when phonenumbers cannot tell."""
    zones: tuple[str, ...]
    """Their zone names (a number with several zones must be allowed in all)."""
    count: int


@dataclass(frozen=True)
class ClosedPlace:
    """Numbers of one country and zone for which the time is not allowed."""

    region: str
    zone: str
    count: int
    local: datetime
    """The send time on the recipients' clock (aware, in `zone`)."""
    because: ClosedBecause
    hours: tuple[int, int] | None
    """That day's allowed minutes since midnight (start, end), None on a closed day."""

    @property
    def calling_code(self) -> int | None:
        """The country's calling code (34 for Spain), None for an unknown country."""
        if not self.region:
            return None
        return phonenumbers.country_code_for_region(self.region) or None

    @property
    def holiday(self) -> date | None:
        """The local date when it is a holiday there."""
        return self.local.date() if self.because is ClosedBecause.HOLIDAY else None


@dataclass(frozen=True)
class WindowRefusal:
    """A send time refused by the contact window, explained (see the module docstring)."""

    when: datetime
    next_allowed: datetime
    """The first time allowed for every recipient (UTC)."""
    closed: tuple[ClosedPlace, ...]
    """Where the time is closed, most numbers first."""
    allowed_count: int
    """Numbers for which the time is allowed."""

    @property
    def closed_count(self) -> int:
        """Numbers for which the time is not allowed (those leaving out would drop)."""
        return sum(place.count for place in self.closed)

    @property
    def can_leave_out(self) -> bool:
        """True when leaving the closed numbers out keeps someone to send to."""
        return self.allowed_count > 0 and bool(self.closed)

    def describe(self) -> list[str]:
        """One English line per place, for the CLI and the exception's message."""
        return [describe_place(place) for place in self.closed]


def group_numbers(digits: Iterable[str]) -> tuple[NumberGroup, ...]:
    """Count numbers (international digits, `573001234567`) by country and time zones.
    One dict lookup per number after the first of each prefix; run it off the GUI thread
    for a large list."""
    return group_counted((number, 1) for number in digits)


def group_counted(numbers: Iterable[tuple[str, int]]) -> tuple[NumberGroup, ...]:
    """`group_numbers` for (digits, how many numbers it stands for) pairs: one number per
    6-digit prefix and its count, as a store query gives them for a stored campaign."""
    seen: dict[str, tuple[str, tuple[str, ...]]] = {}
    counts: Counter[tuple[str, tuple[str, ...]]] = Counter()
    for number, count in numbers:
        prefix = number[:_PREFIX]
        key = seen.get(prefix)
        if key is None:
            key = seen[prefix] = _place_of(number)
        counts[key] += count
    return tuple(NumberGroup(region, zones, count)
                 for (region, zones), count in counts.most_common())


def zones_of(groups: Sequence[NumberGroup]) -> tuple[tzinfo, ...]:
    """Every zone of the groups, for the contact window's checks (Bogotá when empty)."""
    names = dict.fromkeys(zone for group in groups for zone in group.zones)
    return tuple(ZoneInfo(name) for name in names) or (BOGOTA,)


def explain_refusal(window: ContactWindow, when: datetime,
                    groups: Sequence[NumberGroup]) -> WindowRefusal | None:
    """None when `when` is allowed for every group; else where and why it is not. Raises
    `WindowError` when the window never opens (every day closed)."""
    closed: Counter[tuple[str, str]] = Counter()
    allowed = 0
    for group in groups or (NumberGroup("CO", (BOGOTA.key,), 0),):
        zone = _first_closed(window, when, group.zones)
        if zone is None:
            allowed += group.count
        else:
            closed[(group.region, zone)] += group.count
    if not closed:
        return None
    places = tuple(_place(window, when, region, zone, count)
                   for (region, zone), count in closed.most_common())
    return WindowRefusal(when, window.next_opening(when, zones_of(groups)), places, allowed)


def closed_numbers(window: ContactWindow, when: datetime) -> Callable[[str], bool]:
    """A test `digits -> bool`: True for a number whose zone is closed at `when` (what
    leaving them out drops). Cached by prefix, so a million numbers cost a million lookups."""
    seen: dict[str, bool] = {}

    def closed(digits: str) -> bool:
        prefix = digits[:_PREFIX]
        found = seen.get(prefix)
        if found is None:
            _, zones = _place_of(digits)
            found = seen[prefix] = _first_closed(window, when, zones) is not None
        return found

    return closed


def holiday_name(day: date, language: str = "en") -> str | None:
    """The name of the Colombian holiday on `day` in "es" or "en" (None on other days)."""
    return _named_holidays(day.year, "es" if language == "es" else "en_US").get(day)


def country_name(region: str, language: str = "en") -> str:
    """A country's name in "es" or "en" from phonenumbers' geocoder data ("España",
    "Spain"); the region code when it has none."""
    return _country_name(region, "es" if language == "es" else "en") or region


def describe_place(place: ClosedPlace) -> str:
    """'3 numbers in Spain (+34): local time Thu 2026-12-03 00:00, outside the allowed hours
    (07:00-19:00)' (English)."""
    where = country_name(place.region) if place.region else "an unknown country"
    code = f" (+{place.calling_code})" if place.calling_code else ""
    noun = "number" if place.count == 1 else "numbers"
    return (f"{place.count:,} {noun} in {where}{code}: local time "
            f"{place.local:%a %Y-%m-%d %H:%M} ({place.zone}), {_why(place)}")


def _why(place: ClosedPlace) -> str:
    match place.because:
        case ClosedBecause.HOLIDAY:
            name = holiday_name(place.local.date()) or "a holiday"
            return f"{place.local:%d %b}: {name}, a public holiday in Colombia"
        case ClosedBecause.CLOSED_DAY:
            return f"no commercial contacts on a {place.local:%A}"
        case _:
            start, end = place.hours or (0, 0)
            return f"outside the allowed hours ({_hhmm(start)}-{_hhmm(end)})"


def _place(window: ContactWindow, when: datetime, region: str, zone: str,
           count: int) -> ClosedPlace:
    local = when.astimezone(ZoneInfo(zone))
    span = window.hours[local.weekday()]
    if is_holiday(local.date()):
        because = ClosedBecause.HOLIDAY
    elif span is None:
        because = ClosedBecause.CLOSED_DAY
    else:
        because = ClosedBecause.OUTSIDE_HOURS
    return ClosedPlace(region, zone, count, local, because, span)


def _first_closed(window: ContactWindow, when: datetime,
                  zones: Sequence[str]) -> str | None:
    for name in zones or (BOGOTA.key,):
        if not window.is_allowed(when, (ZoneInfo(name),)):
            return name
    return None


def _main_zone_first(region: str, zones: tuple[str, ...]) -> tuple[str, ...]:
    """`zones` with the country's main zone first (the first one tzdata's zone.tab lists for
    it: Madrid for Spain, not the Canaries), so a closed time is explained in the zone most
    of its people live in."""
    main = _main_zones().get(region)
    return (main, *(z for z in zones if z != main)) if main in zones else zones


@lru_cache(maxsize=1)
def _main_zones() -> dict[str, str]:
    try:
        table = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}
    found: dict[str, str] = {}
    for line in table.splitlines():
        fields = line.split("\t")
        if len(fields) >= 3 and not line.startswith("#"):
            found.setdefault(fields[0], fields[2])
    return found


def _place_of(digits: str) -> tuple[str, tuple[str, ...]]:
    """(region code, zone names) of one number."""
    zones = tuple(zone.key for zone in zones_for_number(digits))
    try:
        region = phonenumbers.region_code_for_number(phonenumbers.parse("+" + digits))
    except phonenumbers.NumberParseException:
        region = None
    if region in (None, "ZZ", "001"):
        region = ""
    return region or "", _main_zone_first(region or "", zones)


@lru_cache(maxsize=32)
def _named_holidays(year: int, language: str) -> holidays.HolidayBase:
    return holidays.country_holidays(HOLIDAY_COUNTRY, years=year, language=language)


@lru_cache(maxsize=256)
def _country_name(region: str, language: str) -> str:
    example = phonenumbers.example_number(region) if region else None
    if example is None:
        return ""
    return str(geocoder.country_name_for_number(example, language))


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
