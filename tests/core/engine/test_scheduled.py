"""A campaign handed to the gateway for a later time is SCHEDULED until that time, polled only
from then on, then SENT and FINISHED (issue 15, item 3). Sandbox and engine on a fake clock."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from masiv_desktop.core import actions
from masiv_desktop.core.engine.poller import PollPolicy
from masiv_desktop.core.engine.run import CampaignRun, PollMode
from masiv_desktop.core.startup import StartupRun, runs_at_start
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import CampaignState
from masiv_desktop.gateway.sandbox.server import SandboxGateway
from masiv_desktop.gateway.sandbox.state import FakeClock
from tests.helpers.campaigns import FAST, CountingTransport, client, make_campaign, numbers

HOUR = 3600.0
OPTIONS = replace(FAST, poll=PollMode.UNTIL_FINAL,
                  poll_policy=PollPolicy(delays=(1.0, 2.0), window=10 * HOUR, network_grace=1.0))


def state_of(database: Path, cid: int) -> CampaignState:
    store = Store.open(database)
    try:
        return store.campaign_state(cid)
    finally:
        store.close()


def wait_for(condition: object, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def scheduled_campaign(tmp_path: Path, clock: FakeClock) -> tuple[Path, int]:
    database = tmp_path / "store.sqlite3"
    when = datetime.fromtimestamp(clock() + HOUR, UTC).replace(microsecond=0)
    return database, make_campaign(database, numbers(6), send_at=when)


def test_scheduled_until_the_send_time_then_sent_then_finished(
        tmp_path: Path, sandbox_with_clock: SandboxGateway, fake_clock: FakeClock) -> None:
    database, cid = scheduled_campaign(tmp_path, fake_clock)
    transport = CountingTransport(client(sandbox_with_clock.base_url))
    engine = CampaignRun(database, cid, transport, OPTIONS, clock=fake_clock).start()
    try:
        wait_for(lambda: state_of(database, cid) is CampaignState.SCHEDULED)
        assert len(sandbox_with_clock.sent()) == 6
        fake_clock.advance(HOUR / 2)
        time.sleep(0.3)
        assert state_of(database, cid) is CampaignState.SCHEDULED
        assert transport.polls == 0, "polled before the send time"
        fake_clock.advance(HOUR / 2 + 1)
        wait_for(lambda: state_of(database, cid) is not CampaignState.SCHEDULED)
        for _ in range(40):
            if not engine.running:
                break
            fake_clock.advance(5.0)
            time.sleep(0.05)
        assert engine.wait(10)
    finally:
        engine.cancel()
        engine.wait(5)
    assert engine.final_state is CampaignState.FINISHED
    assert transport.polls > 0


def test_a_run_that_ends_before_the_send_time_leaves_it_scheduled_and_startup_polls_it(
        tmp_path: Path, sandbox_with_clock: SandboxGateway, fake_clock: FakeClock) -> None:
    database, cid = scheduled_campaign(tmp_path, fake_clock)
    engine = CampaignRun(database, cid, client(sandbox_with_clock.base_url),
                         replace(OPTIONS, poll=PollMode.WHILE_SENDING), clock=fake_clock)
    assert engine.run() is CampaignState.SCHEDULED
    store = Store.open(database)
    try:
        assert runs_at_start(store) == [StartupRun(cid, False)]
        assert actions.Action.CANCEL in actions.allowed_actions(CampaignState.SCHEDULED)
        result = actions.cancel(store, cid, now=fake_clock())
        assert result.done is actions.Done.CANCELLED and result.still_scheduled
        assert store.campaign_state(cid) is CampaignState.CANCELLED
    finally:
        store.close()


def test_a_scheduled_campaign_cancelled_while_polled_stays_cancelled(
        tmp_path: Path, sandbox_with_clock: SandboxGateway, fake_clock: FakeClock) -> None:
    database, cid = scheduled_campaign(tmp_path, fake_clock)
    engine = CampaignRun(database, cid, client(sandbox_with_clock.base_url),
                         replace(OPTIONS, poll=PollMode.WHILE_SENDING), clock=fake_clock)
    assert engine.run() is CampaignState.SCHEDULED
    poller = CampaignRun(database, cid, client(sandbox_with_clock.base_url),
                         replace(OPTIONS, send=False), clock=fake_clock).start()
    try:
        store = Store.open(database)
        actions.cancel(store, cid, now=fake_clock())
        store.close()
        fake_clock.advance(HOUR + 1)
        for _ in range(40):
            if not poller.running:
                break
            fake_clock.advance(5.0)
            time.sleep(0.05)
        assert poller.wait(10)
    finally:
        poller.pause()
        poller.wait(5)
    assert state_of(database, cid) is CampaignState.CANCELLED
