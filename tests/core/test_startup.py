"""core/startup.py: which campaigns run when the program opens; the first run's draft."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from masiv_desktop.core.reasons import Reason, ReasonKind, waiting_window
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.startup import (
    CLOSED_REASON,
    SAMPLE_MESSAGE,
    StartupRun,
    create_sample_campaign,
    is_first_run,
    runs_at_start,
)
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import CampaignState, Purpose, RecipientState
from tests.helpers.campaigns import make_campaign, numbers
from tests.helpers.paths import SAMPLES

SAMPLE = SAMPLES / "clientes-ejemplo.xlsx"


def test_sending_and_closed_campaigns_resume_sent_ones_are_polled(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    ids = [make_campaign(database, numbers(2)) for _ in range(7)]
    store = Store.open(database)
    try:
        now = time.time()
        store.set_state(ids[1], CampaignState.RUNNING, None, now=now)
        store.set_state(ids[2], CampaignState.PAUSED, Reason(ReasonKind.PAUSED_BY_USER), now=now)
        store.set_state(ids[3], CampaignState.PAUSED, CLOSED_REASON, now=now)
        store.set_state(ids[4], CampaignState.SENT, None, now=now)
        store.set_state(ids[5], CampaignState.WAITING_WINDOW, waiting_window(
            datetime.now(UTC), "America/Bogota"), now=now)
        store.set_state(ids[6], CampaignState.FINISHED, None, now=now)
        assert runs_at_start(store) == [StartupRun(ids[1], True), StartupRun(ids[3], True),
                                        StartupRun(ids[4], False), StartupRun(ids[5], True)]
    finally:
        store.close()


def test_a_cancelled_campaign_with_messages_awaiting_a_status_is_polled(
        tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    waiting, done = (make_campaign(database, numbers(2)) for _ in range(2))
    store = Store.open(database)
    try:
        now = time.time()
        for cid in (waiting, done):
            rid = store.conn.execute("SELECT id FROM recipient WHERE campaign_id = ? LIMIT 1",
                                     (cid,)).fetchone()[0]
            store.conn.execute("UPDATE recipient SET state = 'accepted' WHERE id = ?", (rid,))
            due = None if cid == done else "2026-12-02T00:00:00Z"
            store.conn.execute(
                "INSERT INTO part (campaign_id, recipient_id, message_id, poll_from, "
                "next_poll_at) VALUES (?, ?, ?, ?, ?)", (cid, rid, f"m{cid}", "2026", due))
            store.conn.commit()
            store.cancel(cid, now=now)
        assert runs_at_start(store) == [StartupRun(waiting, False)]
    finally:
        store.close()


def test_first_run_creates_a_commercial_draft_from_the_sample(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "masiv.sqlite3")
    try:
        settings = Settings()
        assert is_first_run(store, settings)
        assert not is_first_run(store, settings.with_changes(gateway_preset="production"))
        campaign_id = create_sample_campaign(store, settings, SAMPLE, "Campaña de ejemplo",
                                             now=time.time())
        campaign = store.campaign(campaign_id)
        assert campaign.state is CampaignState.DRAFT
        assert campaign.purpose is Purpose.COMMERCIAL
        assert campaign.template == SAMPLE_MESSAGE
        assert campaign.name == "Campaña de ejemplo"
        assert campaign.recipients >= 40
        counts = store.counts(campaign_id).by_state
        assert counts[RecipientState.PENDING] == campaign.recipients
        first = next(store.iter_recipients(campaign_id))
        assert first.text.startswith("Hola Felipe Muñoz, esta semana")
        assert not is_first_run(store, settings)
    finally:
        store.close()
