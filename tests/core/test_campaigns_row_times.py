"""Planning and storing a campaign whose rows each have their own send time: the times kept
per recipient, the refused rows and the summary, the daily cap counted on each row's own
day across campaigns (`contact_rules.contacts_by_day`), and the choices that exclude each
other."""

from __future__ import annotations

from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest

from masiv_desktop.core.campaigns import (
    CampaignError,
    NoSendTimes,
    PlanRequest,
    create_campaign,
    plan_campaign,
    plan_from_file,
)
from masiv_desktop.core.law import contact_rules
from masiv_desktop.core.law.contact_window import BOGOTA
from masiv_desktop.core.law.row_times import SendColumn
from masiv_desktop.core.reports import data as report_data
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import RecipientState, Verdict

NOW = datetime(2027, 2, 1, 9, 0, tzinfo=BOGOTA).timestamp()
"""Monday 1 February 2027, 09:00 in Bogotá."""
RULE = SendColumn("Cita", -1440, zone=BOGOTA)


def write_list(path: Path, rows: list[tuple[str, object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Celular", "Cita"])
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


ROWS: list[tuple[str, object]] = [
    ("3150000001", datetime(2027, 2, 4, 10, 0)),    # Thursday: Wednesday 10:00
    ("3150000002", "08/02/2027 10:00"),             # Monday: Sunday → Saturday 14:59
    ("3150000003", "31/01/2027 10:00"),             # past
    ("3150000004", "el jueves"),                    # unreadable
    ("12", "08/02/2027 10:00"),                     # not a number: its own verdict
]


def test_each_recipient_keeps_its_own_time_and_the_refused_rows_say_why(
        tmp_path: Path) -> None:
    request = PlanRequest(write_list(tmp_path / "citas.xlsx", ROWS), "Recuerde su cita",
                          Settings(), send_column=RULE)
    plan = plan_from_file(request, now=NOW)
    assert [(r.digits, r.send_at) for r in plan.recipients] == [
        ("573150000001", datetime(2027, 2, 3, 10, 0, tzinfo=BOGOTA).timestamp()),
        ("573150000002", datetime(2027, 2, 6, 14, 59, tzinfo=BOGOTA).timestamp())]
    assert plan.send_at is None and plan.schedule is None and plan.now_advice is None
    assert plan.summary.ok == 2 and plan.summary.send_time == 2 and plan.summary.invalid == 1
    refused = {r.row: r for r in plan.refused_rows}
    assert refused[4].verdict is Verdict.SEND_TIME and "already passed" in refused[4].text
    assert "el jueves" in refused[5].text and "Cita" in refused[5].text
    times = plan.row_times
    assert times is not None and times.moved_earlier == 1
    assert times.per_day == ((date(2027, 2, 3), 1), (date(2027, 2, 6), 1))
    with closing(Store.open(tmp_path / "masiv.sqlite3")) as store:
        cid = create_campaign(store, plan, now=NOW)
        campaign = store.campaign(cid)
        assert campaign.per_row and campaign.send_column == "Cita"
        assert campaign.send_offset == -1440
        assert campaign.send_at == datetime(2027, 2, 6, 19, 59, tzinfo=UTC)
        assert [r.send_at for r in store.recipients(cid)] == [
            datetime(2027, 2, 3, 15, 0, tzinfo=UTC), datetime(2027, 2, 6, 19, 59, tzinfo=UTC)]
        stored = [row.reason.code for batch in report_data.refused_rows(store.conn, cid)
                  for row in batch]
        assert "send_time_past" in stored and "send_time_unreadable" in stored
        figures = report_data.figures(store.conn, cid)
        assert figures.send_span == (datetime(2027, 2, 3, 15, 0, tzinfo=UTC),
                                     datetime(2027, 2, 6, 19, 59, tzinfo=UTC))


def test_a_row_counts_on_its_own_day_not_the_day_it_was_handed_over(tmp_path: Path) -> None:
    first = write_list(tmp_path / "a.xlsx", [("3150000001", "04/02/2027 10:00")])
    with closing(Store.open(tmp_path / "masiv.sqlite3")) as store:
        plan = plan_campaign(store, PlanRequest(first, "Hola", Settings(), send_column=RULE),
                             now=NOW)
        cid = create_campaign(store, plan, now=NOW)
        with store.conn:
            store.conn.execute("UPDATE recipient SET state = 'accepted', sent_at = ? "
                               "WHERE campaign_id = ?", ("2027-02-01T14:00:00.000Z", cid))
        assert contact_rules.contacted_today(store.conn, NOW) == frozenset()
        wednesday = datetime(2027, 2, 3, 12, 0, tzinfo=BOGOTA).timestamp()
        assert contact_rules.contacted_today(store.conn, wednesday) == {"573150000001"}
        by_day = dict(contact_rules.contacts_by_day(store.conn, NOW))
        assert by_day[date(2027, 2, 3)] == {"573150000001"}
        assert by_day[date(2027, 2, 1)] == frozenset()


def test_the_same_day_is_held_back_and_another_day_is_not(tmp_path: Path) -> None:
    first = write_list(tmp_path / "a.xlsx", [("3150000001", "04/02/2027 10:00")])
    second = write_list(tmp_path / "b.xlsx", [("3150000001", "04/02/2027 11:00"),
                                              ("3150000002", "04/02/2027 10:00")])
    third = write_list(tmp_path / "c.xlsx", [("3150000001", "05/02/2027 10:00")])
    with closing(Store.open(tmp_path / "masiv.sqlite3")) as store:
        cid = create_campaign(store, plan_campaign(
            store, PlanRequest(first, "Hola", Settings(), send_column=RULE), now=NOW), now=NOW)
        with store.conn:
            store.conn.execute("UPDATE recipient SET state = ? WHERE campaign_id = ?",
                               (RecipientState.ACCEPTED.value, cid))
        held = plan_campaign(store, PlanRequest(second, "Hola", Settings(), send_column=RULE),
                             now=NOW)
        assert [r.digits for r in held.recipients] == ["573150000002"]
        assert held.summary.contacted_today == 1
        assert "2027-02-03" in held.refused_rows[0].text
        other_day = plan_campaign(store, PlanRequest(third, "Hola", Settings(),
                                                     send_column=RULE), now=NOW)
        assert [r.digits for r in other_day.recipients] == ["573150000001"]


def test_one_time_or_a_column_and_a_list_without_any_future_time(tmp_path: Path) -> None:
    path = write_list(tmp_path / "citas.xlsx", [("3150000001", "31/01/2027 10:00")])
    with pytest.raises(CampaignError, match="not both"):
        plan_from_file(PlanRequest(path, "Hola", Settings(), send_column=RULE,
                                   send_at=datetime(2027, 2, 2, 10, 0, tzinfo=BOGOTA)),
                       now=NOW)
    with pytest.raises(NoSendTimes, match="Cita"):
        plan_from_file(PlanRequest(path, "Hola", Settings(), send_column=RULE), now=NOW)


def test_a_draft_with_row_times_keeps_them_and_refuses_one_time_for_all(tmp_path: Path) -> None:
    from masiv_desktop.core.drafts import schedule_draft

    path = write_list(tmp_path / "citas.xlsx", ROWS[:2])
    with closing(Store.open(tmp_path / "masiv.sqlite3")) as store:
        cid = create_campaign(store, plan_from_file(
            PlanRequest(path, "Hola", Settings(), send_column=RULE), now=NOW), now=NOW)
        before = store.campaign(cid).send_at
        with pytest.raises(CampaignError, match="its own send time"):
            schedule_draft(store, cid, datetime(2027, 2, 2, 10, 0, tzinfo=BOGOTA), Settings(),
                           now=NOW)
        schedule_draft(store, cid, None, Settings(), now=NOW)
        assert store.campaign(cid).send_at == before
        assert all(r.send_at is not None for r in store.recipients(cid))
