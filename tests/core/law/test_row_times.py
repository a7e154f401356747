"""Each row its own send time: the shift on the wall clock (Bogotá without DST, Madrid with
it), past times refused, commercial rows moved into the contact window (earlier when the
period before is still ahead, else later), transactional rows kept, the daily cap per day."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from masiv_desktop.core.law.contact_window import BOGOTA, LAW_WINDOW
from masiv_desktop.core.law.row_times import (
    PAST,
    Move,
    RowTime,
    RowTimer,
    SendColumn,
    listed_time,
    offset_text,
    parse_offset,
    row_time,
)
from masiv_desktop.core.law.scheduling import ScheduleError
from masiv_desktop.core.lists.validation import RowCheck
from masiv_desktop.core.usertypes import Verdict

MADRID = ZoneInfo("Europe/Madrid")


def bogota(*args: int) -> datetime:
    return datetime(*args, tzinfo=BOGOTA)  # type: ignore[misc]


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


NOW = bogota(2027, 2, 1, 9, 0).timestamp()
"""Monday 1 February 2027, 09:00 in Bogotá."""


@pytest.mark.parametrize(("text", "minutes"), [
    ("-1d", -1440), ("-2h", -120), ("+30m", 30), ("30", 30), ("- 90 min", -90), ("0", 0),
    ("+1D", 1440)])
def test_offsets(text: str, minutes: int) -> None:
    assert parse_offset(text) == minutes
    assert parse_offset(offset_text(minutes)) == minutes


@pytest.mark.parametrize("text", ["", "1 semana", "-1.5h", "ayer", "-400d"])
def test_offsets_that_cannot_be_read(text: str) -> None:
    with pytest.raises(ScheduleError):
        parse_offset(text)


def test_a_day_before_in_bogota_is_the_same_hour_the_day_before() -> None:
    listed = listed_time(datetime(2027, 2, 8, 10, 0), -1440, BOGOTA)
    assert listed.astimezone(UTC) == utc(2027, 2, 7, 15, 0)
    assert listed_time(datetime(2027, 2, 8, 10, 0), -120, BOGOTA) == bogota(2027, 2, 8, 8, 0)


def test_a_day_before_across_a_dst_change_keeps_the_wall_clock() -> None:
    sunday = listed_time(datetime(2027, 3, 28, 10, 0), -1440, MADRID)
    assert sunday.astimezone(UTC) == utc(2027, 3, 27, 9, 0), "10:00 CET on Saturday"
    monday = listed_time(datetime(2027, 3, 29, 10, 0), -1440, MADRID)
    assert monday.astimezone(UTC) == utc(2027, 3, 28, 8, 0), "10:00 CEST on Sunday"
    skipped = listed_time(datetime(2027, 3, 28, 2, 30), 0, MADRID)
    assert skipped.astimezone(UTC) == utc(2027, 3, 28, 1, 30), "02:30 does not exist: 03:30"


def test_a_time_already_past_is_refused() -> None:
    assert row_time(bogota(2027, 2, 1, 8, 59), now=NOW, window=None) is None
    assert row_time(bogota(2027, 2, 1, 9, 0), now=NOW, window=None) is None
    assert row_time(bogota(2027, 2, 1, 9, 1), now=NOW, window=None) == RowTime(
        utc(2027, 2, 1, 14, 1), utc(2027, 2, 1, 14, 1))


def test_a_commercial_sunday_moves_to_the_end_of_saturday() -> None:
    found = row_time(bogota(2027, 2, 7, 10, 0), now=NOW, window=LAW_WINDOW)
    assert found is not None and found.moved is Move.EARLIER
    assert found.at == bogota(2027, 2, 6, 14, 59)
    assert found.listed == bogota(2027, 2, 7, 10, 0)


def test_a_weekday_evening_moves_to_the_end_of_that_day_and_a_weekday_time_stays() -> None:
    evening = row_time(bogota(2027, 2, 3, 20, 30), now=NOW, window=LAW_WINDOW)
    assert evening is not None and evening.at == bogota(2027, 2, 3, 18, 59)
    kept = row_time(bogota(2027, 2, 3, 10, 0), now=NOW, window=LAW_WINDOW)
    assert kept is not None and kept.moved is None and kept.at == bogota(2027, 2, 3, 10, 0)
    first = row_time(bogota(2027, 2, 3, 7, 0), now=NOW, window=LAW_WINDOW)
    assert first is not None and first.moved is None


def test_a_holiday_moves_back_past_the_weekend() -> None:
    reyes = row_time(bogota(2027, 1, 11, 10, 0), now=bogota(2027, 1, 4, 9, 0).timestamp(),
                     window=LAW_WINDOW)
    assert reyes is not None and reyes.at == bogota(2027, 1, 9, 14, 59)


def test_when_the_period_before_has_passed_the_row_moves_to_the_next_opening() -> None:
    sunday_noon = bogota(2027, 2, 7, 12, 0).timestamp()
    found = row_time(bogota(2027, 2, 8, 6, 30), now=sunday_noon, window=LAW_WINDOW)
    assert found is not None and found.moved is Move.LATER
    assert found.at == bogota(2027, 2, 8, 7, 0)


def test_transactional_rows_keep_their_time() -> None:
    found = row_time(bogota(2027, 2, 7, 10, 0), now=NOW, window=None)
    assert found is not None and found.moved is None and found.at == bogota(2027, 2, 7, 10, 0)


def test_a_number_abroad_is_moved_in_its_own_zone() -> None:
    found = row_time(datetime(2027, 3, 28, 10, 0, tzinfo=MADRID), now=NOW, window=LAW_WINDOW,
                     zones=(MADRID,))
    assert found is not None and found.at == datetime(2027, 3, 27, 14, 59, tzinfo=MADRID)
    both = LAW_WINDOW.previous_allowed(bogota(2027, 2, 3, 14, 0), (BOGOTA, MADRID))
    assert both == utc(2027, 2, 3, 17, 59), "18:59 in Madrid, 12:59 in Bogotá"


def check(row: int, digits: str = "573150000001") -> RowCheck:
    return RowCheck(row, digits, digits, Verdict.OK)


def test_the_timer_refuses_with_the_column_and_the_cell_and_counts_the_cap_per_day() -> None:
    rule = SendColumn("Cita", -1440, zone=BOGOTA)
    contacted = {date(2027, 2, 3): frozenset({"573150000002"})}
    timer = RowTimer(rule, "Cita", now=NOW, window=LAW_WINDOW, contacted=contacted)
    empty = timer.time_of(check(2), "")
    assert isinstance(empty, RowCheck) and empty.verdict is Verdict.SEND_TIME
    assert empty.reason_data is not None and empty.reason_data.code == "send_time_empty"
    past = timer.time_of(check(3), "01/02/2027 08:00")
    assert isinstance(past, RowCheck) and past.args is not None
    assert past.args["code"] == PAST and past.args["at"] == "2027-01-31 08:00"
    assert "2027-01-31 08:00" in past.text and "Cita" in past.text
    held = timer.time_of(check(4, "573150000002"), "04/02/2027 10:00")
    assert isinstance(held, RowCheck) and held.verdict is Verdict.CONTACTED_TODAY
    assert "2027-02-03" in held.text
    other_day = timer.time_of(check(5, "573150000002"), "05/02/2027 10:00")
    assert isinstance(other_day, RowTime)
    moved = timer.time_of(check(6), "08/02/2027 10:00")
    assert isinstance(moved, RowTime) and moved.moved is Move.EARLIER
    summary = timer.summary()
    assert summary is not None
    assert summary.earliest == bogota(2027, 2, 4, 10, 0)
    assert summary.latest == bogota(2027, 2, 6, 14, 59)
    assert summary.per_day == ((date(2027, 2, 4), 1), (date(2027, 2, 6), 1))
    assert (summary.moved_earlier, summary.moved_later) == (1, 0)
    assert summary.refused == {"send_time_empty": 1, PAST: 1}
    text = "\n".join(summary.describe())
    assert "1 commercial message outside" in text and "Sat 2027-02-06: 1 message" in text
