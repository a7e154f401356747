"""The Ley 2300 contact window: its edges, Sundays, movable holidays, zones, the split."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from masiv_desktop.core.law.contact_window import (
    BOGOTA,
    LAW_WINDOW,
    LAW_WINDOW_TEXT,
    WindowError,
    calendar_day,
    holiday_name,
    is_holiday,
    parse_window,
    zones_for_number,
    zones_for_numbers,
)

W = LAW_WINDOW


def bogota(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=BOGOTA)


@pytest.mark.parametrize(("moment", "allowed"), [
    (bogota(2026, 11, 25, 6, 59, 59), False),   # Wednesday
    (bogota(2026, 11, 25, 7, 0), True),
    (bogota(2026, 11, 25, 18, 59, 59), True),
    (bogota(2026, 11, 25, 19, 0), False),
    (bogota(2026, 11, 28, 7, 59), False),       # Saturday
    (bogota(2026, 11, 28, 8, 0), True),
    (bogota(2026, 11, 28, 14, 59), True),
    (bogota(2026, 11, 28, 15, 0), False),
    (bogota(2026, 11, 29, 10, 0), False),       # Sunday
    (bogota(2026, 1, 12, 10, 0), False),        # Reyes Magos, moved to Monday 12 January 2026
    (bogota(2027, 1, 11, 10, 0), False),        # … and to Monday 11 January 2027
    (bogota(2026, 1, 6, 10, 0), True),          # the 6th itself is a working Tuesday
    (bogota(2026, 3, 23, 10, 0), False),        # San José, Monday 23 March 2026
    (bogota(2027, 5, 1, 10, 0), False),         # Labour Day on a Saturday
])
def test_the_law_s_hours_at_their_edges(moment: datetime, allowed: bool) -> None:
    assert W.is_allowed(moment) is allowed
    assert W.is_allowed(moment.timestamp()) is allowed


def test_movable_holidays_come_from_the_holidays_package() -> None:
    assert is_holiday(date(2026, 1, 12)) and is_holiday(date(2027, 1, 11))
    assert not is_holiday(date(2026, 1, 6)) and not is_holiday(date(2027, 1, 6))
    assert is_holiday(date(2026, 6, 8))   # Corpus Christi (observed)
    assert is_holiday(date(2027, 5, 31))
    assert holiday_name(date(2026, 1, 12)) is not None


def test_the_window_is_read_in_the_recipient_s_zone() -> None:
    # 19:30 in Bogotá is 00:30 UTC the next day: closed whatever the computer's zone.
    assert not W.is_allowed(datetime(2026, 11, 26, 0, 30, tzinfo=UTC))
    assert W.is_allowed(datetime(2026, 11, 25, 23, 30, tzinfo=UTC))
    madrid = ZoneInfo("Europe/Madrid")
    at = datetime(2026, 11, 25, 13, 0, tzinfo=UTC)   # 14:00 Madrid, 08:00 Bogotá
    assert W.is_allowed(at, (madrid,)) and W.is_allowed(at, (BOGOTA,))
    late = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)  # 20:00 Madrid, 14:00 Bogotá
    assert not W.is_allowed(late, (madrid, BOGOTA))


def test_next_opening_skips_nights_sundays_and_holidays() -> None:
    assert W.next_opening(bogota(2026, 11, 27, 19, 0)) == bogota(2026, 11, 28, 8, 0)
    assert W.next_opening(bogota(2026, 11, 28, 15, 0)) == bogota(2026, 11, 30, 7, 0)
    assert W.next_opening(bogota(2026, 1, 10, 15, 0)) == bogota(2026, 1, 13, 7, 0)
    inside = bogota(2026, 11, 25, 10, 0)
    assert W.next_opening(inside) == inside


def test_next_opening_of_several_zones_is_open_in_all() -> None:
    madrid = ZoneInfo("Europe/Madrid")
    # Madrid closes at 19:00 = 13:00 Bogotá; Bogotá opens at 07:00 = 13:00 Madrid.
    opening = W.next_opening(bogota(2026, 11, 25, 5, 0), (madrid, BOGOTA))
    assert opening == bogota(2026, 11, 25, 7, 0)
    assert W.window_end(opening, (madrid, BOGOTA)) == bogota(2026, 11, 25, 13, 0)


def test_window_end_and_fits() -> None:
    assert W.window_end(bogota(2026, 11, 27, 18, 50)) == bogota(2026, 11, 27, 19, 0)
    assert W.window_end(bogota(2026, 11, 27, 20, 0)) == bogota(2026, 11, 28, 15, 0)
    assert W.fits(bogota(2026, 11, 27, 18, 50), timedelta(minutes=10))
    assert not W.fits(bogota(2026, 11, 27, 18, 50), 601)
    assert not W.fits(bogota(2026, 11, 29, 10, 0), 1)


def test_split_schedule_keeps_every_message_inside_the_window() -> None:
    schedule = W.split_schedule(bogota(2026, 11, 27, 18, 50), 5000, 2.0)
    assert [s.start for s in schedule.slots] == [bogota(2026, 11, 27, 18, 50),
                                                 bogota(2026, 11, 28, 8, 0)]
    assert [s.count for s in schedule.slots] == [1200, 3800]
    assert schedule.time_of(0) == bogota(2026, 11, 27, 18, 50)
    assert schedule.time_of(1199) < bogota(2026, 11, 27, 19, 0)
    assert schedule.time_of(1200) == bogota(2026, 11, 28, 8, 0)
    for index in range(0, 5000, 97):
        assert W.is_allowed(schedule.time_of(index))
    with pytest.raises(IndexError):
        schedule.time_of(5000)


def test_a_long_split_skips_sunday_and_a_holiday() -> None:
    # Saturday 10 January 2026 at 14:00, 1 message a minute: Sunday and Monday 12 are closed.
    schedule = W.split_schedule(bogota(2026, 1, 10, 14, 0), 120, 1 / 60)
    assert [(s.start, s.count) for s in schedule.slots] == [
        (bogota(2026, 1, 10, 14, 0), 60), (bogota(2026, 1, 13, 7, 0), 60)]


def test_parse_window_round_trips_and_names_the_problem() -> None:
    assert parse_window(LAW_WINDOW_TEXT) == W
    assert W.text() == LAW_WINDOW_TEXT
    custom = parse_window("Mon 08:00-12:00; tue-thu 09:30-17:00\nsat 09:00-24:00")
    assert custom.text() == "mon 08:00-12:00; tue-thu 09:30-17:00; sat 09:00-24:00"
    assert custom.hours[4] is None
    for bad, words in [("", "empty"), ("mon 7-19", "cannot read"),
                       ("mon 19:00-07:00", "after the start"), ("fri-mon 07:00-19:00",
                                                                "backwards"),
                       ("mon 07:00-19:00; mon 08:00-09:00", "twice"),
                       ("lun 07:00-19:00", "not a day"), ("mon 07:00-25:00", "not a time")]:
        with pytest.raises(WindowError, match=words):
            parse_window(bad)


def test_zones_of_numbers() -> None:
    assert zones_for_number("573001234567") == (BOGOTA,)
    assert zones_for_number("12125551234") == (ZoneInfo("America/New_York"),)
    assert zones_for_number("999") == (BOGOTA,)
    assert zones_for_numbers(["573001234567", "573151234567"]) == (BOGOTA,)
    assert len(zones_for_numbers(["573001234567", "12125551234"])) == 2


def test_calendar_day_is_the_colombian_day() -> None:
    start, end = calendar_day(datetime(2026, 11, 26, 3, 0, tzinfo=UTC))  # 22:00 the 25th
    assert start == bogota(2026, 11, 25) and end == bogota(2026, 11, 26)
