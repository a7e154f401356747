from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from masiv_desktop.core.law.scheduling import (
    ScheduleError,
    check_future,
    describe,
    gateway_zone,
    parse_local_time,
)

BOGOTA = ZoneInfo("America/Bogota")


def test_local_time_is_read_in_the_users_zone() -> None:
    when = parse_local_time("2031-03-01 09:30", zone=BOGOTA)
    assert when.astimezone(UTC) == datetime(2031, 3, 1, 14, 30, tzinfo=UTC)


def test_default_zone_is_the_computers() -> None:
    when = parse_local_time("2031-03-01 09:30")
    assert when.tzinfo is not None
    assert when.replace(tzinfo=None) == datetime(2031, 3, 1, 9, 30)


@pytest.mark.parametrize("text", ["2031-13-01 09:30", "01/03/2031 09:30", "mañana", ""])
def test_bad_times_say_what_to_type(text: str) -> None:
    with pytest.raises(ScheduleError, match="YYYY-MM-DD HH:MM"):
        parse_local_time(text)


def test_a_time_in_the_past_is_refused() -> None:
    when = datetime(2020, 1, 1, 8, 0, tzinfo=UTC)
    with pytest.raises(ScheduleError, match="in the past"):
        check_future(when, now=when.timestamp() + 1)
    check_future(when, now=when.timestamp() - 60)


def test_both_times_are_shown_with_the_gateway_zone() -> None:
    when = parse_local_time("2031-03-01 09:30", zone=BOGOTA)
    view = describe(when, "UTC", local_zone=BOGOTA)
    assert (view.local, view.gateway, view.zone) == ("Sat 2031-03-01 09:30",
                                                     "Sat 2031-03-01 14:30", "UTC")
    assert view.sendondate == "03/01/2031 14:30:00"
    assert describe(when, "America/Bogota").sendondate == "03/01/2031 09:30:00"


def test_the_gateway_form_is_shown_only_labelled() -> None:
    """8 December at noon UTC: 12/08 would read as 12 August to a Colombian."""
    view = describe(datetime(2026, 12, 8, 12, 0, tzinfo=UTC), "UTC", local_zone=BOGOTA)
    text = view.describe()
    assert text.startswith("Tue 2026-12-08 07:00 your time (Tue 2026-12-08 12:00 in the "
                           "gateway's zone, UTC;")
    assert "sendondate 12/08/2026 12:00:00, the gateway's MM/DD/YYYY form" in text


def test_an_unknown_gateway_zone_names_the_setting() -> None:
    with pytest.raises(ScheduleError, match="gateway_timezone"):
        gateway_zone("Mars/Olympus")
