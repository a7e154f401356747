"""A team store that stops answering in the middle of a run: the campaign pauses with that
reason (written once the server answers again), and resuming it sends nobody twice."""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

import psycopg
import pytest

from masiv_desktop.core.engine.events import EngineNotice, EventQueue
from masiv_desktop.core.engine.run import CampaignRun
from masiv_desktop.core.reasons import Reason, ReasonKind
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import CampaignState, RecipientState
from masiv_desktop.gateway.sandbox.server import SandboxGateway
from tests.helpers.campaigns import FAST, client, count_in_state, make_campaign, numbers, run

RECIPIENTS = 600


def cut_every_connection(url: str, password: str) -> int:
    """What a restarting server or a dropped network does to the program's connections."""
    with psycopg.connect(url, password=password, autocommit=True) as admin:
        return len(admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
            "current_database() AND application_name = 'Masiv Desktop'").fetchall())


@pytest.mark.error_logs_expected
def test_a_server_that_stops_answering_pauses_the_campaign_and_nothing_is_sent_twice(
        tmp_path: Path, postgres_url: str, postgres_server: object, sandbox: SandboxGateway,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASIV_STORE_URL", postgres_url)
    database = tmp_path / "unused.sqlite3"
    cid = make_campaign(database, numbers(RECIPIENTS))
    sandbox.configure(latency_ms=20)
    events = EventQueue()
    engine = CampaignRun(database, cid, client(sandbox.base_url), FAST, events=events)
    engine.start()
    sending = threading.Event()
    while not sending.wait(0.02):
        if count_in_state(database, cid, "accepted") > 50:
            sending.set()
    password = postgres_server.password  # type: ignore[attr-defined]
    assert cut_every_connection(postgres_url, password) >= 1
    assert engine.wait(30)
    assert engine.final_state is CampaignState.PAUSED
    unreachable = Reason(ReasonKind.TEAM_STORE_UNREACHABLE)
    assert unreachable in [e.reason for e in events.drain(100_000)
                           if isinstance(e, EngineNotice)]
    store = Store.open(database)
    try:
        assert store.campaign(cid).reason == unreachable
    finally:
        store.close()
    assert run(database, cid, client(sandbox.base_url), timeout=90) is not CampaignState.PAUSED
    sent = Counter(record.recipient for record in sandbox.sent())
    assert max(sent.values()) == 1
    store = Store.open(database)
    try:
        states = Counter(r.state for r in store.iter_recipients(cid))
    finally:
        store.close()
    assert states[RecipientState.ACCEPTED] + states[RecipientState.UNCERTAIN] == RECIPIENTS
    assert states[RecipientState.UNCERTAIN] <= FAST.connections, "only those in flight"
    assert len(sent) - states[RecipientState.UNCERTAIN] <= states[RecipientState.ACCEPTED]
