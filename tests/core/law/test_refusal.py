"""Why a send time is refused: the numbers abroad that close the window at a time legal in
Bogotá (Spain late at night, Los Angeles before dawn), a Colombian holiday named in Spanish
and English, and leaving the closed numbers out of a planned campaign."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from masiv_desktop.core.campaigns import Choices, PlanRequest, plan_from_file
from masiv_desktop.core.law import contact_rules
from masiv_desktop.core.law.contact_window import BOGOTA, LAW_WINDOW
from masiv_desktop.core.law.refusal import (
    ClosedBecause,
    NumberGroup,
    closed_numbers,
    country_name,
    explain_refusal,
    group_numbers,
    holiday_name,
)
from masiv_desktop.core.lists.check import check_list
from masiv_desktop.core.settings.settings import DEFAULTS
from masiv_desktop.core.usertypes import Verdict
from tests.core.law.test_contact_rules import write_list

COLOMBIA = ["3150000001", "3150000002", "3150000003", "3150000004", "3150000005"]
SPAIN = ["+34612345671", "+34612345672", "+34612345673"]
NEW_YORK = ["+12125550101", "+12125550102"]
LOS_ANGELES = ["+13105550101"]
WEDNESDAY_18 = datetime(2026, 12, 2, 18, 0, tzinfo=BOGOTA)
WEDNESDAY_08 = datetime(2026, 12, 2, 8, 0, tzinfo=BOGOTA)
IMMACULATE_CONCEPTION = datetime(2026, 12, 8, 10, 0, tzinfo=BOGOTA)
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=BOGOTA).timestamp()
REAL = DEFAULTS.with_changes(gateway_preset="production")


def digits(numbers: list[str]) -> list[str]:
    return [n.lstrip("+") if n.startswith("+") else "57" + n for n in numbers]


def groups(*lists: list[str]) -> tuple[NumberGroup, ...]:
    return group_numbers(d for numbers in lists for d in digits(numbers))


def test_numbers_are_counted_by_country_and_zone() -> None:
    found = groups(COLOMBIA, SPAIN, NEW_YORK, LOS_ANGELES)
    assert [(g.region, g.count) for g in found] == [("CO", 5), ("ES", 3), ("US", 2), ("US", 1)]
    assert found[0].zones == ("America/Bogota",)
    assert found[1].zones[0] == "Europe/Madrid" and "Atlantic/Canary" in found[1].zones
    assert found[3].zones == ("America/Los_Angeles",)


def test_spain_closes_an_evening_time_that_bogota_allows() -> None:
    refusal = explain_refusal(LAW_WINDOW, WEDNESDAY_18, groups(COLOMBIA, SPAIN, NEW_YORK))
    assert refusal is not None
    [spain] = refusal.closed
    assert (spain.region, spain.calling_code, spain.count) == ("ES", 34, 3)
    assert spain.because is ClosedBecause.OUTSIDE_HOURS
    assert spain.hours == (7 * 60, 19 * 60)
    assert spain.zone == "Europe/Madrid"   # the mainland's, not the Canaries' (23:00)
    assert spain.local == datetime(2026, 12, 3, 0, 0, tzinfo=ZoneInfo("Europe/Madrid"))
    assert refusal.allowed_count == 7 and refusal.closed_count == 3
    assert refusal.can_leave_out
    assert refusal.next_allowed == datetime(2026, 12, 3, 7, 0, tzinfo=BOGOTA)
    assert refusal.describe()[0].startswith("3 numbers in Spain (+34): local time ")
    assert "outside the allowed hours (07:00-19:00)" in refusal.describe()[0]


def test_los_angeles_closes_an_early_time_that_bogota_allows() -> None:
    refusal = explain_refusal(LAW_WINDOW, WEDNESDAY_08,
                              groups(COLOMBIA, SPAIN, NEW_YORK, LOS_ANGELES))
    assert refusal is not None
    [usa] = refusal.closed
    assert (usa.region, usa.zone, usa.count) == ("US", "America/Los_Angeles", 1)
    assert usa.local == datetime(2026, 12, 2, 5, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert refusal.allowed_count == 10


def test_an_allowed_time_needs_no_explanation() -> None:
    assert explain_refusal(LAW_WINDOW, datetime(2026, 12, 2, 11, 0, tzinfo=BOGOTA),
                           groups(COLOMBIA, SPAIN, NEW_YORK, LOS_ANGELES)) is None


def test_a_colombian_holiday_is_named_in_spanish_and_english() -> None:
    refusal = explain_refusal(LAW_WINDOW, IMMACULATE_CONCEPTION, groups(COLOMBIA))
    assert refusal is not None
    [colombia] = refusal.closed
    assert colombia.because is ClosedBecause.HOLIDAY
    assert colombia.holiday == date(2026, 12, 8)
    assert holiday_name(date(2026, 12, 8), "es") == "La Inmaculada Concepción"
    assert holiday_name(date(2026, 12, 8), "en") == "Immaculate Conception"
    assert holiday_name(date(2026, 12, 9), "es") is None
    assert not refusal.can_leave_out   # nobody would be left to send to
    assert "Immaculate Conception, a public holiday in Colombia" in refusal.describe()[0]


def test_a_sunday_is_a_closed_day() -> None:
    refusal = explain_refusal(LAW_WINDOW, datetime(2026, 12, 6, 10, 0, tzinfo=BOGOTA),
                              groups(COLOMBIA))
    assert refusal is not None and refusal.closed[0].because is ClosedBecause.CLOSED_DAY
    assert refusal.closed[0].hours is None


def test_country_names_in_both_languages() -> None:
    assert (country_name("ES", "es"), country_name("ES", "en")) == ("España", "Spain")
    assert country_name("US", "es") == "Estados Unidos"
    assert country_name("", "es") == ""


def test_closed_numbers_tells_them_apart() -> None:
    closed = closed_numbers(LAW_WINDOW, WEDNESDAY_18)
    assert [closed(d) for d in digits(["3150000001", "+34612345671", "+12125550101"])] == [
        False, True, False]


def _list(tmp_path: Path) -> Path:
    return write_list(tmp_path / "mixed.csv", COLOMBIA + SPAIN + NEW_YORK)


def test_the_plan_refuses_the_time_naming_the_numbers_abroad(tmp_path: Path) -> None:
    with pytest.raises(contact_rules.OutsideWindow) as caught:
        plan_from_file(PlanRequest(_list(tmp_path), "Hola", REAL, send_at=WEDNESDAY_18),
                       now=NOW)
    assert caught.value.refusal is not None
    assert caught.value.refusal.closed[0].region == "ES"
    assert "3 numbers in Spain (+34)" in str(caught.value)


def test_the_plan_leaves_the_closed_numbers_out_as_refused_rows(tmp_path: Path) -> None:
    plan = plan_from_file(PlanRequest(_list(tmp_path), "Hola", REAL, send_at=WEDNESDAY_18,
                                      choices=Choices(skip_outside_window=True)), now=NOW)
    assert len(plan.recipients) == 7
    assert not any(r.digits.startswith("34") for r in plan.recipients)
    left_out = [r for r in plan.refused_rows if r.verdict is Verdict.OUTSIDE_WINDOW]
    assert [r.input for r in left_out] == SPAIN
    assert "Outside the hours allowed in its country" in left_out[0].text
    assert plan.summary.outside_window == 3 and plan.summary.ok == 7
    assert plan.refused == 3


def test_leaving_out_everyone_still_refuses_the_time(tmp_path: Path) -> None:
    source = write_list(tmp_path / "co.csv", COLOMBIA)
    with pytest.raises(contact_rules.OutsideWindow) as caught:
        plan_from_file(PlanRequest(source, "Hola", REAL, send_at=IMMACULATE_CONCEPTION,
                                   choices=Choices(skip_outside_window=True)), now=NOW)
    assert "Immaculate Conception" in str(caught.value)


def test_the_checked_list_leaves_out_the_same_numbers(tmp_path: Path) -> None:
    checked = check_list(_list(tmp_path), sheet=None, column=None, region="CO")
    closed = closed_numbers(LAW_WINDOW, WEDNESDAY_18)
    assert len(checked.kept(left_out=closed)) == 7
    refused = checked.refused(left_out=closed)
    assert [(r.input, r.verdict) for r in refused] == [(n, Verdict.OUTSIDE_WINDOW)
                                                       for n in SPAIN]
