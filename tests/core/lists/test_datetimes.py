"""A send-time cell read as a date and time: Excel cells and serials, text day-first (Spanish)
or month-first, 12-hour clocks written the Colombian way, and what is refused."""

from __future__ import annotations

from datetime import datetime

import pytest

from masiv_desktop.core.lists.cells import DateCell, DateTimeCell, NumberCell, TimeCell
from masiv_desktop.core.lists.datetimes import TimeProblem, read_datetime

NINE_DEC = datetime(2026, 12, 9, 10, 0)


@pytest.mark.parametrize("text", [
    "2026-12-09 10:00", "2026-12-09T10:00", "2026-12-09 10:00:00", "09/12/2026 10:00",
    "9/12/2026 10:00", "9/12/2026 10:00 a. m.", "9/12/2026 10:00 a.m.", "9/12/2026 10:00 AM",
    "09-12-2026 10:00", "09.12.2026 10.00", "9/12/26 10:00", " 9/12/2026\u00a010:00 ",
])
def test_text_forms_people_type_are_read_day_first(text: str) -> None:
    assert read_datetime(text) == NINE_DEC


def test_month_first_when_asked_and_iso_is_always_year_month_day() -> None:
    assert read_datetime("12/9/2026 10:00", day_first=False) == NINE_DEC
    assert read_datetime("2026-12-09 10:00", day_first=False) == NINE_DEC
    assert read_datetime("12/9/2026 10:00") == datetime(2026, 9, 12, 10, 0)


@pytest.mark.parametrize(("text", "hour"), [
    ("9/12/2026 12:00 a. m.", 0), ("9/12/2026 12:15 p. m.", 12), ("9/12/2026 3:30 p. m.", 15),
    ("9/12/2026 11:59 pm", 23), ("9/12/2026 23:00", 23)])
def test_twelve_hour_clocks(text: str, hour: int) -> None:
    moment = read_datetime(text)
    assert isinstance(moment, datetime) and moment.hour == hour


def test_excel_cells_and_serials() -> None:
    assert read_datetime(DateTimeCell("2026-12-09 10:00:00")) == NINE_DEC
    assert read_datetime(NumberCell("46365.41666666667")) == NINE_DEC
    assert read_datetime(DateCell("2026-12-09")) is TimeProblem.NO_TIME
    assert read_datetime(NumberCell("46365")) is TimeProblem.NO_TIME
    assert read_datetime(NumberCell("3001234567")) is TimeProblem.UNREADABLE
    assert read_datetime(TimeCell("10:00:00")) is TimeProblem.UNREADABLE


@pytest.mark.parametrize(("text", "problem"), [
    ("", TimeProblem.EMPTY), ("   ", TimeProblem.EMPTY),
    ("31/02/2026 10:00", TimeProblem.UNREADABLE), ("9/12/2026 25:00", TimeProblem.UNREADABLE),
    ("9/12/2026 13:00 p. m.", TimeProblem.UNREADABLE), ("mañana a las 9", TimeProblem.UNREADABLE),
    ("9/12/2026", TimeProblem.NO_TIME), ("2026-12-09", TimeProblem.NO_TIME),
    ("31/02/2026", TimeProblem.UNREADABLE)])
def test_what_is_not_a_send_time_says_why(text: str, problem: TimeProblem) -> None:
    assert read_datetime(text) is problem
