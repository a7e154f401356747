"""The contact rules on a planned campaign: the frequency cap across two campaigns, the RNE,
the opt-out footer in the parts, purposes, scheduling inside the window, refused rows kept."""

from __future__ import annotations

import csv
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from masiv_desktop.core.campaigns import (
    CampaignError,
    CampaignPlan,
    Choices,
    PlanRequest,
    contact_checks,
    create_campaign,
    plan_from_file,
    reaches_people,
)
from masiv_desktop.core.engine.run import CampaignRun, EngineOptions, PollMode
from masiv_desktop.core.law import contact_rules, suppression
from masiv_desktop.core.law.contact_window import BOGOTA, LAW_WINDOW
from masiv_desktop.core.law.scheduling import ScheduleError
from masiv_desktop.core.reports import data as report_data
from masiv_desktop.core.settings.settings import DEFAULTS, Settings, SettingsError
from masiv_desktop.core.store import db
from masiv_desktop.core.store.campaigns import CampaignDraft, NewRecipient, Store, utc_text
from masiv_desktop.core.text.measure import measure
from masiv_desktop.core.usertypes import PartRule, Purpose, SuppressionSource, Verdict
from masiv_desktop.gateway.sandbox.server import SandboxGateway
from masiv_desktop.gateway.sandbox.state import FakeClock
from tests.helpers.campaigns import client

WEDNESDAY_10 = datetime(2026, 11, 25, 10, 0, tzinfo=BOGOTA).timestamp()
REAL = DEFAULTS.with_changes(gateway_preset="production")


def write_list(path: Path, numbers: list[str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Nombre", "Celular"])
        writer.writerows([f"Ana {i}", n] for i, n in enumerate(numbers))
    return path


def mobiles(n: int, start: int = 3150000000) -> list[str]:
    return [str(start + i) for i in range(n)]


def plan_of(source: Path, message: str, settings: Settings, *, now: float,
            **fields: Any) -> CampaignPlan:
    return plan_from_file(PlanRequest(source, message, settings, **fields), now=now)


def send_campaign(database: Path, source: Path, sandbox: SandboxGateway, now: float,
                  purpose: Purpose = Purpose.COMMERCIAL) -> int:
    """Plan, store and send a campaign with the engine on a clock stopped at `now`."""
    with closing(db.connect(database)) as conn:
        checks = contact_checks(conn, purpose, now=now)
    plan = plan_of(source, "Hola {Nombre}", DEFAULTS, now=now,
                          choices=Choices(purpose=purpose), checks=checks)
    with closing(Store.open(database)) as store:
        cid = create_campaign(store, plan, now=now)
    transport = client(sandbox.base_url)
    try:
        run = CampaignRun(database, cid, transport, EngineOptions(connections=2,
                                                                  poll=PollMode.NONE),
                          clock=FakeClock(now))
        assert run.run() is not None
    finally:
        transport.close()
    return cid


def test_the_frequency_cap_holds_back_yesterday_s_recipients_only_today(
        tmp_path: Path, sandbox: SandboxGateway) -> None:
    database = tmp_path / "masiv.sqlite3"
    send_campaign(database, write_list(tmp_path / "a.csv", mobiles(5)), sandbox, WEDNESDAY_10)
    second = write_list(tmp_path / "b.csv", mobiles(8))
    with closing(db.connect(database)) as conn:
        later = contact_checks(conn, Purpose.COMMERCIAL, now=WEDNESDAY_10 + 8 * 3600)
        tomorrow = contact_checks(conn, Purpose.COMMERCIAL, now=WEDNESDAY_10 + 24 * 3600)
        transactional = contact_checks(conn, Purpose.TRANSACTIONAL, now=WEDNESDAY_10)
    assert later.contacted == {f"57{n}" for n in mobiles(5)}
    assert tomorrow.contacted == frozenset() and transactional.contacted == frozenset()
    plan = plan_of(second, "Hola", DEFAULTS, now=WEDNESDAY_10, checks=later)
    assert plan.summary.contacted_today == 5 and len(plan.recipients) == 3
    assert {r.verdict for r in plan.refused_rows} == {Verdict.CONTACTED_TODAY}
    released = plan_of(second, "Hola", DEFAULTS, now=WEDNESDAY_10, checks=later,
                              choices=Choices(allow_second_contact=True))
    assert len(released.recipients) == 8 and released.summary.contacted_today == 5


def test_a_transactional_campaign_does_not_count_as_a_contact(
        tmp_path: Path, sandbox: SandboxGateway) -> None:
    database = tmp_path / "masiv.sqlite3"
    send_campaign(database, write_list(tmp_path / "a.csv", mobiles(3)), sandbox, WEDNESDAY_10,
                  Purpose.TRANSACTIONAL)
    with closing(db.connect(database)) as conn:
        assert contact_rules.contacted_today(conn, WEDNESDAY_10) == frozenset()


def test_the_rne_bars_commercial_campaigns_only_and_warns_when_stale(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    source = write_list(tmp_path / "a.csv", mobiles(4))
    rne = tmp_path / "rne.txt"
    rne.write_text("3150000000\n573150000001\n", encoding="utf-8")
    with closing(db.connect(database)) as conn:
        assert contact_rules.rne_warning(conn, WEDNESDAY_10) == contact_rules.RneWarning(None)
        suppression.import_file(conn, rne, SuppressionSource.RNE)
        last = suppression.last_rne_import(conn)
        assert last is not None
        now = last.timestamp()
        assert contact_rules.rne_warning(conn, now + 29 * 86400) is None
        assert contact_rules.rne_warning(conn, now + 31 * 86400) == contact_rules.RneWarning(
            last, 31)
        commercial = contact_checks(conn, Purpose.COMMERCIAL, now=now)
        transactional = contact_checks(conn, Purpose.TRANSACTIONAL, now=now)
    assert transactional.rne_warning is None
    assert len(plan_of(source, "Hola", DEFAULTS, now=now,
                              checks=commercial).recipients) == 2
    assert len(plan_of(source, "Hola", DEFAULTS, now=now, checks=transactional,
                              choices=Choices(purpose=Purpose.TRANSACTIONAL)).recipients) == 4


def test_the_opt_out_footer_is_counted_in_the_parts(tmp_path: Path) -> None:
    source = write_list(tmp_path / "a.csv", mobiles(2))
    message = "x" * 150
    footer = DEFAULTS.opt_out_footer
    plain = plan_of(source, message, DEFAULTS, now=WEDNESDAY_10)
    added = plan_of(source, message, DEFAULTS.with_changes(append_opt_out_footer=True),
                           now=WEDNESDAY_10)
    assert plain.total_parts == 2 and plain.footer == ""
    assert added.footer == footer and added.template == f"{message}\n{footer}"
    assert added.total_parts == 2 * measure(f"{message}\n{footer}").parts == 4
    chosen = plan_of(source, "Hola {Nombre}", DEFAULTS, now=WEDNESDAY_10,
                            choices=Choices(footer=True))
    assert chosen.recipients[0].text == f"Hola Ana 0\n{footer}"
    transactional = plan_of(source, message, DEFAULTS.with_changes(
        append_opt_out_footer=True), now=WEDNESDAY_10,
        choices=Choices(purpose=Purpose.TRANSACTIONAL))
    assert transactional.footer == "" and transactional.total_parts == 2


def test_a_footer_with_braces_stays_literal(tmp_path: Path) -> None:
    source = write_list(tmp_path / "a.csv", mobiles(1))
    settings = DEFAULTS.with_changes(opt_out_footer="Responde {SALIR}")
    plan = plan_of(source, "Hola", settings, now=WEDNESDAY_10,
                          choices=Choices(footer=True))
    assert plan.template.endswith("{{SALIR}}")


def test_a_send_time_outside_the_window_is_refused_with_the_next_allowed_one(
        tmp_path: Path) -> None:
    source = write_list(tmp_path / "a.csv", mobiles(3))
    sunday = datetime(2026, 11, 29, 10, 0, tzinfo=BOGOTA)
    with pytest.raises(contact_rules.OutsideWindow) as caught:
        plan_of(source, "Hola", REAL, send_at=sunday, now=WEDNESDAY_10)
    assert caught.value.next_allowed == datetime(2026, 11, 30, 7, 0, tzinfo=BOGOTA)
    assert "Mon 2026-11-30 07:00" in str(caught.value)
    released = plan_of(source, "Hola", REAL, send_at=sunday, now=WEDNESDAY_10,
                              choices=Choices(purpose=Purpose.TRANSACTIONAL,
                                              window_override=True))
    assert released.send_at == sunday
    with pytest.raises(contact_rules.OutsideWindow):
        plan_of(source, "Hola", REAL, send_at=sunday, now=WEDNESDAY_10,
                       choices=Choices(purpose=Purpose.TRANSACTIONAL))
    with pytest.raises(ScheduleError, match="Only transactional"):
        plan_of(source, "Hola", REAL, now=WEDNESDAY_10,
                       choices=Choices(window_override=True))
    rehearsal = plan_of(source, "Hola", DEFAULTS, send_at=sunday, now=WEDNESDAY_10)
    assert rehearsal.window_note is not None and "contacts nobody" in rehearsal.window_note


def test_a_scheduled_campaign_too_long_for_one_period_is_split(tmp_path: Path) -> None:
    source = write_list(tmp_path / "a.csv", mobiles(30))
    friday = datetime(2026, 11, 27, 18, 59, tzinfo=BOGOTA)
    slow = REAL.with_changes(rate_per_second=0.25)
    plan = plan_of(source, "Hola", slow, send_at=friday, now=WEDNESDAY_10)
    assert plan.schedule is not None
    assert [(s.start, s.count) for s in plan.schedule.slots] == [
        (friday, 15), (datetime(2026, 11, 28, 8, 0, tzinfo=BOGOTA), 15)]
    database = tmp_path / "masiv.sqlite3"
    with closing(Store.open(database)) as store:
        cid = create_campaign(store, plan, now=WEDNESDAY_10)
        assert store.campaign(cid).schedule_rate == 0.25
    assert plan_of(source, "Hola", REAL, send_at=friday - timedelta(hours=1),
                          now=WEDNESDAY_10).schedule is None


def test_sending_now_says_when_the_window_closes(tmp_path: Path) -> None:
    source = write_list(tmp_path / "a.csv", mobiles(10))
    slow = REAL.with_changes(rate_per_second=0.01)   # 100 s a message
    friday = datetime(2026, 11, 27, 18, 50, tzinfo=BOGOTA).timestamp()
    plan = plan_of(source, "Hola", slow, now=friday)
    advice = plan.now_advice
    assert advice is not None and advice.allowed_now and not advice.fits
    assert advice.fitting == 6
    text = advice.describe(10) or ""
    assert "Fri 2026-11-27 19:00" in text and "about 4 of 10" in text
    night = plan_of(source, "Hola", REAL, now=friday + 3600)
    assert night.now_advice is not None and not night.now_advice.allowed_now
    assert "Sat 2026-11-28 08:00" in (night.now_advice.describe(10) or "")
    morning = plan_of(source, "Hola", REAL, now=WEDNESDAY_10)
    assert morning.now_advice is not None and morning.now_advice.describe(10) is None


def test_throughput_estimate() -> None:
    assert contact_rules.throughput(rate=None, connections=8, rate_counts_parts=True,
                                    average_parts=1) == 8 * contact_rules.DEFAULT_PER_CONNECTION
    assert contact_rules.throughput(rate=10, connections=8, rate_counts_parts=True,
                                    average_parts=2) == 5
    assert contact_rules.throughput(rate=10, connections=8, rate_counts_parts=False,
                                    average_parts=2) == 10


def test_not_mobile_rows_are_kept_only_when_chosen_and_refused_rows_are_stored(
        tmp_path: Path) -> None:
    source = write_list(tmp_path / "a.csv", [*mobiles(2), "6012345678", "12"])
    plan = plan_of(source, "Hola", DEFAULTS, now=WEDNESDAY_10)
    assert len(plan.recipients) == 2
    assert [r.verdict for r in plan.refused_rows] == [Verdict.NOT_MOBILE, Verdict.INVALID]
    kept = plan_of(source, "Hola", DEFAULTS, now=WEDNESDAY_10,
                          choices=Choices(keep_not_mobile=True))
    assert len(kept.recipients) == 3
    database = tmp_path / "masiv.sqlite3"
    with closing(Store.open(database)) as store:
        cid = create_campaign(store, plan, now=WEDNESDAY_10)
        assert store.campaign(cid).purpose is Purpose.COMMERCIAL
        rows = [r for batch in report_data.refused_rows(store.conn, cid) for r in batch]
    assert [(r.row_number, r.input, r.verdict) for r in rows] == [
        (4, "6012345678", "not_mobile"), (5, "12", "invalid")]


def test_only_an_empty_list_is_an_error(tmp_path: Path) -> None:
    source = write_list(tmp_path / "a.csv", ["12"])
    with pytest.raises(CampaignError):
        plan_of(source, "Hola", DEFAULTS, now=WEDNESDAY_10)


def test_sandboxes_contact_nobody() -> None:
    assert not reaches_people(DEFAULTS)
    assert not reaches_people(DEFAULTS.with_changes(gateway_preset="custom",
                                                    gateway_url="http://127.0.0.1:8080"))
    assert reaches_people(REAL)
    assert reaches_people(DEFAULTS.with_changes(gateway_preset="custom",
                                                gateway_url="https://sms.example.com"))


def test_settings_hold_the_window_and_footer() -> None:
    settings = Settings()
    assert settings.window == LAW_WINDOW and not settings.append_opt_out_footer
    changed = settings.set_from_text("contact_window", "Mon-Fri 08:00-18:00")
    assert changed.window.hours[5] is None
    with pytest.raises(SettingsError, match="contact_window"):
        settings.set_from_text("contact_window", "siempre")
    with pytest.raises(SettingsError, match="opt_out_footer"):
        settings.set_from_text("opt_out_footer", "")


def test_a_scheduled_campaign_counts_on_its_delivery_day(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    tomorrow = datetime(2026, 11, 26, 10, 0, tzinfo=BOGOTA)
    with closing(Store.open(database)) as store:
        cid = store.create_campaign(
            CampaignDraft("Mañana", "Hola", PartRule.MASIV_HTTP, send_at=tomorrow),
            [NewRecipient(2, "573150000000", 1)], now=WEDNESDAY_10)
        with store.conn:
            store.conn.execute("UPDATE recipient SET state = 'accepted', sent_at = ? "
                               "WHERE campaign_id = ?", (utc_text(WEDNESDAY_10), cid))
        assert contact_rules.contacted_today(store.conn, WEDNESDAY_10) == frozenset()
        assert contact_rules.contacted_today(store.conn, tomorrow.timestamp()) == {
            "573150000000"}
