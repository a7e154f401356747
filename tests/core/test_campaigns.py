"""Campaign use cases on real files: a list's own columns kept for every campaign."""

from __future__ import annotations

import json
import time
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from masiv_desktop.core.actions import pause
from masiv_desktop.core.campaigns import (
    Choices,
    PlanRequest,
    create_campaign,
    plan_campaign,
    plan_from_file,
)
from masiv_desktop.core.law import suppression
from masiv_desktop.core.reasons import Reason, ReasonKind
from masiv_desktop.core.reports.export import ReportOptions, export_report
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.startup import CLOSED_REASON
from masiv_desktop.core.store import db
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.store.grid_rows import grid_rows
from masiv_desktop.core.usertypes import CampaignState, Purpose, SuppressionSource
from tests.helpers.campaigns import make_campaign, numbers

HEADERS = ("Nombre", "Celular", "Ciudad")
ROWS = (("Ana Pérez", "3150000001", "Cali"), ("+Luis", "3150000002", ""),
        ("Marta", "12", "Pasto"))


def write_list(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(HEADERS)
    for row in ROWS:
        ws.append(row)
    wb.save(path)
    return path


def make(tmp_path: Path, message: str) -> tuple[Path, int]:
    database = tmp_path / "masiv.sqlite3"
    request = PlanRequest(write_list(tmp_path / "lista.xlsx"), message, Settings())
    plan = plan_from_file(request, now=time.time())
    assert plan.headers == HEADERS
    store = Store(db.connect(database))
    try:
        return database, create_campaign(store, plan, now=time.time())
    finally:
        store.close()


def test_a_campaign_without_merge_fields_keeps_the_lists_columns(tmp_path: Path) -> None:
    database, cid = make(tmp_path, "Promo de junio")
    store = Store.open(database)
    try:
        assert store.campaign(cid).headers == HEADERS
        rows = store.recipients(cid)
        assert [r.fields for r in rows] == [dict(zip(HEADERS, r, strict=True))
                                            for r in ROWS[:2]]
        assert rows[0].text == "Promo de junio"
        grid = [row for batch in grid_rows(store.conn, cid) for row in batch]
    finally:
        store.close()
    assert [json.loads(row.fields or "") for row in grid] == [
        dict(zip(HEADERS, r, strict=True)) for r in ROWS[:2]]


def test_the_reports_recipients_sheet_shows_the_lists_columns(tmp_path: Path) -> None:
    database, cid = make(tmp_path, "Promo de junio")
    target = tmp_path / "informe.xlsx"
    export_report(database, cid, target, ReportOptions(language="en"))
    rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_name("Recipients").to_python()
    assert rows[0][:6] == ["Row", "Number", *HEADERS, "Final text"]
    assert rows[1][:6] == [2, "573150000001", "Ana Pérez", "3150000001", "Cali",
                           "Promo de junio"]
    assert rows[2][2:5] == ["'+Luis", "3150000002", ""]


def test_merge_fields_still_render_with_the_cells_kept(tmp_path: Path) -> None:
    database, cid = make(tmp_path, "Hola {Nombre} de {Ciudad|Colombia}")
    store = Store.open(database)
    try:
        rows = store.recipients(cid)
    finally:
        store.close()
    assert [r.text for r in rows] == ["Hola Ana Pérez de Cali", "Hola +Luis de Colombia"]
    assert rows[1].fields["Nombre"] == "+Luis"


@pytest.mark.parametrize(("purpose", "setting", "chosen", "expected"), [
    (Purpose.COMMERCIAL, False, None, False),
    (Purpose.COMMERCIAL, True, None, True),
    (Purpose.COMMERCIAL, True, False, False),
    (Purpose.COMMERCIAL, False, True, True),
    (Purpose.TRANSACTIONAL, True, None, False),
    (Purpose.TRANSACTIONAL, True, True, False),
])
def test_the_opt_out_footer_rule(purpose: Purpose, setting: bool, chosen: bool | None,
                                 expected: bool) -> None:
    settings = Settings().with_changes(append_opt_out_footer=setting)
    choices = Choices(purpose=purpose, footer=chosen)
    assert choices.footer_on(settings) is expected
    assert choices.footer_text(settings) == (settings.opt_out_footer if expected else "")


def test_plan_campaign_applies_the_stores_suppression_list(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "masiv.sqlite3")
    try:
        suppression.add_numbers(store.conn, ["3150000001"], SuppressionSource.OPT_OUT)
        request = PlanRequest(write_list(tmp_path / "lista.xlsx"), "Hola", Settings())
        plan = plan_campaign(store, request, now=time.time())
        unchecked = plan_from_file(request, now=time.time())
    finally:
        store.close()
    assert [r.digits for r in plan.recipients] == ["573150000002"]
    assert plan.summary.suppressed == 1
    assert len(unchecked.recipients) == 2


def test_pause_keeps_the_reason_it_is_given_and_touches_only_a_sending_campaign(
        tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    sending, stopped = make_campaign(database, numbers(2)), make_campaign(database, numbers(2))
    store = Store.open(database)
    try:
        store.set_state(sending, CampaignState.RUNNING, None, now=0)
        account = Reason(ReasonKind.GATEWAY_ERROR, {"code": 1157})
        store.set_state(stopped, CampaignState.STOPPED, account, now=0)
        for cid in (sending, stopped):
            pause(store, cid, now=1, reason=CLOSED_REASON)
        assert store.campaign(sending).state is CampaignState.PAUSED
        assert store.campaign(sending).reason == CLOSED_REASON
        assert store.campaign(stopped).state is CampaignState.STOPPED
        assert store.campaign(stopped).reason == account
    finally:
        store.close()


def test_a_scheduled_campaign_reads_as_sent_once_its_time_has_passed(tmp_path: Path) -> None:
    """The program may be closed when the gateway's time comes: what people read follows the
    clock, the stored state stays the engine's until a run writes it."""
    from datetime import UTC, datetime

    from masiv_desktop.core.campaigns import status
    from masiv_desktop.core.overview import campaign_details, campaign_progress
    from masiv_desktop.core.store.campaigns import Store

    database = tmp_path / "masiv.sqlite3"
    at = datetime(2026, 12, 9, 15, 0, tzinfo=UTC)
    cid = make_campaign(database, numbers(2), send_at=at)
    with closing(Store.open(database)) as store:
        store.set_state(cid, CampaignState.SCHEDULED, None, now=at.timestamp() - 3600)
        before, after = at.timestamp() - 1, at.timestamp() + 1
        assert status(store, cid, now=before).campaign.state is CampaignState.SCHEDULED
        assert status(store, cid, now=after).campaign.state is CampaignState.SENT
        assert campaign_progress(store, now=after)[0].state is CampaignState.SENT
        assert campaign_details(store, cid, now=after).campaign.state is CampaignState.SENT
        assert store.campaign(cid).state is CampaignState.SCHEDULED
