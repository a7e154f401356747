"""core/drafts.py: scheduling a draft before it starts, deleting a draft after "Edit…"."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from masiv_desktop.core.campaigns import (
    CampaignError,
    CampaignPlan,
    Choices,
    PlanRequest,
    plan_from_file,
)
from masiv_desktop.core.drafts import delete_draft, message_of, replace_draft, schedule_draft
from masiv_desktop.core.law.contact_rules import OutsideWindow
from masiv_desktop.core.law.scheduling import ScheduleError
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.store.campaigns import CampaignNotFound, Store
from masiv_desktop.core.usertypes import CampaignState
from tests.helpers.campaigns import make_campaign, numbers

REAL = Settings(gateway_preset="production", username="acme")


def _store(tmp_path: Path) -> tuple[Store, int]:
    database = tmp_path / "masiv.sqlite3"
    campaign_id = make_campaign(database, numbers(3))
    return Store.open(database), campaign_id


def test_a_draft_gets_a_send_time_and_loses_it(tmp_path: Path) -> None:
    store, campaign_id = _store(tmp_path)
    try:
        # A Tuesday at 10:00 in Bogotá (15:00 UTC) is inside the law's hours.
        when = datetime(2031, 3, 4, 15, 0, tzinfo=UTC)
        schedule_draft(store, campaign_id, when, REAL, now=time.time())
        assert store.campaign(campaign_id).send_at == when
        schedule_draft(store, campaign_id, None, REAL, now=time.time())
        assert store.campaign(campaign_id).send_at is None
    finally:
        store.close()


def test_past_and_out_of_hours_times_are_refused(tmp_path: Path) -> None:
    store, campaign_id = _store(tmp_path)
    try:
        with pytest.raises(ScheduleError, match="in the past"):
            schedule_draft(store, campaign_id, datetime.now(UTC) - timedelta(hours=1), REAL,
                           now=time.time())
        night = datetime(2031, 3, 4, 6, 0, tzinfo=UTC)  # 01:00 in Bogotá
        with pytest.raises(OutsideWindow):
            schedule_draft(store, campaign_id, night, REAL, now=time.time())
        schedule_draft(store, campaign_id, night, Settings(), now=time.time())  # sandbox
        assert store.campaign(campaign_id).send_at == night
    finally:
        store.close()


def test_only_drafts_change_or_go_away(tmp_path: Path) -> None:
    store, campaign_id = _store(tmp_path)
    try:
        other = make_campaign(tmp_path / "masiv.sqlite3", numbers(2))
        store.set_state(other, CampaignState.PAUSED, None, now=time.time())
        with pytest.raises(CampaignError, match="already started"):
            schedule_draft(store, other, None, REAL, now=time.time())
        assert not delete_draft(store, other)
        assert delete_draft(store, campaign_id)
        with pytest.raises(CampaignNotFound):
            store.campaign(campaign_id)
        assert store.conn.execute("SELECT COUNT(*) FROM recipient WHERE campaign_id = ?",
                                  (campaign_id,)).fetchone()[0] == 0
    finally:
        store.close()


def _plan(tmp_path: Path, message: str) -> CampaignPlan:
    source = tmp_path / "lista.csv"
    source.write_text("Nombre,Celular\nAna,3150000001\nLuis,3150000002\n", encoding="utf-8")
    return plan_from_file(PlanRequest(source, message, Settings(), column="Celular"),
                          now=time.time())


def test_an_edited_draft_takes_the_old_ones_place_and_creation_time(tmp_path: Path) -> None:
    store, old = _store(tmp_path)
    try:
        store.conn.execute("UPDATE campaign SET created_at = '2026-12-01T09:30:00.000Z' "
                           "WHERE id = ?", (old,))
        store.conn.commit()
        created = store.campaign(old).created_at
        new = replace_draft(store, old, _plan(tmp_path, "Nuevo {Nombre}"),
                            now=time.time())
        assert new != old
        assert [c.id for c in store.campaigns()] == [new]
        assert store.campaign(new).created_at == created
        assert store.campaign(new).template == "Nuevo {Nombre}"
        assert (store.campaign(new).sheet, store.campaign(new).phone_column) == (
            None, "Celular"), "the list as it was chosen, for the next edit"
    finally:
        store.close()


def test_a_draft_started_meanwhile_is_not_replaced(tmp_path: Path) -> None:
    store, old = _store(tmp_path)
    try:
        store.conn.execute("UPDATE campaign SET state = ?, created_at = "
                           "'2026-12-01T09:30:00.000Z' WHERE id = ?",
                           (CampaignState.RUNNING.value, old))
        store.conn.commit()
        new = replace_draft(store, old, _plan(tmp_path, "Nuevo"),
                            now=time.time())
        assert sorted(c.id for c in store.campaigns()) == [old, new]
        assert store.campaign(new).created_at > store.campaign(old).created_at
    finally:
        store.close()


def test_the_message_to_edit_is_the_template_without_the_appended_opt_out_line(
        tmp_path: Path) -> None:
    store, campaign_id = _store(tmp_path)
    try:
        plan = plan_from_file(PlanRequest(
            _plan(tmp_path, "x").source, "Hola {Nombre}", Settings(), column="Celular",
            choices=Choices(footer=True)), now=time.time())
        new = replace_draft(store, campaign_id, plan, now=time.time())
        draft = store.campaign(new)
    finally:
        store.close()
    assert draft.footer and draft.template != "Hola {Nombre}"
    assert message_of(draft, Settings()) == "Hola {Nombre}"
    assert message_of(draft, Settings(opt_out_footer="Otro")) == "Hola {Nombre}"
    assert message_of(replace(draft, footer=False), Settings()) == draft.template
