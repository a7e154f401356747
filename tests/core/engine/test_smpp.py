"""A whole campaign over SMPP: the engine sends through the SMPP transport to the test SMSC,
receipts come back as deliver_sm and reach the grid as RecipientChanged events."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

from masiv_desktop.core.engine.events import EventQueue, RecipientChanged
from masiv_desktop.core.engine.poller import PollPolicy
from masiv_desktop.core.engine.types import PollMode
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import CampaignState, RecipientState
from masiv_desktop.gateway.codes import GatewayStatus
from masiv_desktop.gateway.sandbox.config import SandboxConfig
from masiv_desktop.gateway.sandbox.smsc import SmppSandbox
from masiv_desktop.gateway.sandbox.state import final_status_for
from masiv_desktop.gateway.smpp.transport import SmppAccount, SmppTransport
from tests.helpers.campaigns import FAST, make_campaign, numbers, run

RECIPIENTS = 10_000


def test_ten_thousand_recipients_end_to_end_with_receipts_reaching_the_grid(
        tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    digits = numbers(RECIPIENTS)
    cid = make_campaign(database, digits)
    events = EventQueue(max_recipient_events=10 * RECIPIENTS)
    options = replace(FAST, connections=8, poll=PollMode.UNTIL_FINAL, poll_policy=PollPolicy(
        delays=(0.3, 0.5, 1.0), window=120.0, network_grace=0.5))
    with SmppSandbox(config=SandboxConfig(seed=5, status_step_s=0.05)) as smsc:
        client = SmppTransport(SmppAccount(*smsc.address, system_id="demo"), "demo")
        try:
            state = run(database, cid, client, options, events, timeout=240)
        finally:
            client.close()
        sent = Counter(r.recipient for r in smsc.state.sent())
    assert state is CampaignState.FINISHED
    assert len(sent) == RECIPIENTS and max(sent.values()) == 1
    store = Store.open(database)
    rows = {r.id: r for r in store.iter_recipients(cid)}
    store.close()
    assert Counter(r.state for r in rows.values()) == {RecipientState.ACCEPTED: RECIPIENTS}
    grid: dict[int, int | None] = {}
    for event in events.drain(100 * RECIPIENTS):
        if isinstance(event, RecipientChanged) and event.campaign_id == cid:
            grid[event.recipient_id] = event.status
    assert len(grid) == RECIPIENTS
    expected = {rid: int(final_status_for(5, row.digits)) for rid, row in rows.items()}
    assert grid == expected
    assert set(grid.values()) >= {int(GatewayStatus.DELIVERED_TO_HANDSET),
                                  int(GatewayStatus.DELIVERY_ERROR)}


def test_a_receipt_reaches_the_grid_before_the_first_scheduled_poll(tmp_path: Path) -> None:
    """The first poll is 10 minutes after sending and the run must end with every status
    final within the wait: only the receipt hint can do that. The status still comes
    through the poller (get_message), with the receipt's time, in one poll (a status 2 is
    kept as final after the short grace, by a second)."""
    database = tmp_path / "masiv.sqlite3"
    digits = numbers(30)
    cid = make_campaign(database, digits)
    events = EventQueue()
    options = replace(FAST, connections=4, poll=PollMode.UNTIL_FINAL, poll_policy=PollPolicy(
        delays=(600.0, 1200.0), window=3 * 3600.0, network_grace=0.5))
    with SmppSandbox(config=SandboxConfig(seed=9, status_step_s=0.05)) as smsc:
        client = SmppTransport(SmppAccount(*smsc.address, system_id="demo"), "demo")
        try:
            state = run(database, cid, client, options, events, timeout=60)
            assert client.receipt_listener is None
        finally:
            client.close()
    assert state is CampaignState.FINISHED
    store = Store.open(database)
    rows = {r.id: r for r in store.iter_recipients(cid)}
    polls = dict(store.conn.execute(
        "SELECT r.id, p.polls FROM part p JOIN recipient r ON r.id = p.recipient_id "
        "WHERE p.campaign_id = ?", (cid,)).fetchall())
    store.close()
    changed = {e.recipient_id: e for e in events.drain(10_000)
               if isinstance(e, RecipientChanged) and e.status is not None}
    assert {rid: e.status for rid, e in changed.items()} == {
        rid: int(final_status_for(9, row.digits)) for rid, row in rows.items()}
    assert all(e.status_time is not None and e.status_time == rows[rid].status_time
               for rid, e in changed.items())
    assert {polls[rid] for rid, row in rows.items() if row.status != 2} == {1}
