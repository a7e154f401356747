"""A campaign whose rows each have their own send time: every message is handed over at once
with its own `sendondate`, each part is polled only from its own time, and a row whose time
passed before it could be handed over is not sent late (sandbox and engine on a fake clock)."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from masiv_desktop.core import actions
from masiv_desktop.core.engine.poller import PollPolicy
from masiv_desktop.core.engine.run import CampaignRun, PollMode
from masiv_desktop.core.reasons import ReasonKind
from masiv_desktop.core.store.campaigns import CampaignDraft, NewRecipient, Store
from masiv_desktop.core.usertypes import CampaignState, PartRule, RecipientState
from masiv_desktop.gateway.sandbox.server import SandboxGateway
from masiv_desktop.gateway.sandbox.state import FakeClock
from tests.helpers.campaigns import FAST, CountingTransport, client, numbers

HOUR = 3600.0
OPTIONS = replace(FAST, poll=PollMode.UNTIL_FINAL,
                  poll_policy=PollPolicy(delays=(1.0, 2.0), window=10 * HOUR, network_grace=1.0))


def per_row_campaign(database: Path, times: list[float]) -> int:
    store = Store.open(database)
    try:
        draft = CampaignDraft(name="Citas", template="Recuerde su cita",
                              part_rule=PartRule.MASIV_HTTP, send_column="Cita",
                              send_offset=-1440,
                              send_at=datetime.fromtimestamp(max(times), UTC))
        recipients = [NewRecipient(row_number=i + 2, digits=d, parts=1, send_at=t)
                      for i, (d, t) in enumerate(zip(numbers(len(times)), times, strict=True))]
        return store.create_campaign(draft, recipients, now=time.time())
    finally:
        store.close()


def sendondate(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).strftime("%m/%d/%Y %H:%M:%S")


def test_each_message_carries_its_own_sendondate_and_is_polled_from_its_own_time(
        tmp_path: Path, sandbox_with_clock: SandboxGateway, fake_clock: FakeClock) -> None:
    database = tmp_path / "store.sqlite3"
    start = fake_clock()
    times = [start + HOUR, start + 3 * HOUR, start + 26 * HOUR]
    cid = per_row_campaign(database, times)
    transport = CountingTransport(client(sandbox_with_clock.base_url))
    engine = CampaignRun(database, cid, transport, replace(OPTIONS, poll=PollMode.WHILE_SENDING),
                         clock=fake_clock)
    assert engine.run() is CampaignState.SCHEDULED
    sent = {r.recipient: r.sendondate for r in sandbox_with_clock.sent()}
    assert sent == dict(zip(numbers(3), map(sendondate, times), strict=True))
    assert transport.polls == 0
    store = Store.open(database)
    try:
        polls_from = [row[0] for row in store.conn.execute(
            "SELECT poll_from FROM part WHERE campaign_id = ? ORDER BY recipient_id", (cid,))]
        assert [datetime.fromisoformat(p).timestamp() for p in polls_from] == times
        waiting = actions.waiting_at_gateway(store, store.campaign(cid), now=fake_clock())
        assert waiting == actions.AtGateway(3, datetime.fromtimestamp(times[-1], UTC))
        later = actions.waiting_at_gateway(store, store.campaign(cid), now=times[1])
        assert later is not None and later.count == 1
        result = actions.cancel(store, cid, now=fake_clock())
        assert result.at_gateway == waiting and result.still_scheduled
    finally:
        store.close()


def test_a_row_whose_time_passed_before_it_was_handed_over_is_not_sent_late(
        tmp_path: Path, sandbox_with_clock: SandboxGateway, fake_clock: FakeClock) -> None:
    database = tmp_path / "store.sqlite3"
    start = fake_clock()
    cid = per_row_campaign(database, [start + HOUR, start + 2 * HOUR])
    fake_clock.advance(1.5 * HOUR)
    engine = CampaignRun(database, cid, client(sandbox_with_clock.base_url),
                         replace(OPTIONS, poll=PollMode.WHILE_SENDING), clock=fake_clock)
    engine.run()
    assert [r.recipient for r in sandbox_with_clock.sent()] == numbers(2)[1:]
    store = Store.open(database)
    try:
        first, second = store.recipients(cid)
        assert first.state is RecipientState.REJECTED
        assert first.reason is not None and first.reason.kind is ReasonKind.SEND_TIME_PASSED
        assert second.state is RecipientState.ACCEPTED
        assert second.send_at == datetime.fromtimestamp(start + 2 * HOUR, UTC)
    finally:
        store.close()
