"""Pause, resume, cancel (from this process and another), restart safety, resend uncertain,
scheduled sends and status polling, against the sandbox over real HTTP."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from masiv_desktop.core.engine.events import EventQueue, RecipientChanged
from masiv_desktop.core.engine.poller import NO_FINAL_STATUS, UNKNOWN_ID, PollPolicy
from masiv_desktop.core.engine.run import CampaignRun, PollMode
from masiv_desktop.core.engine.runlock import CampaignBusy, RunLock
from masiv_desktop.core.reasons import Reason, ReasonKind
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import CampaignState, RecipientState
from masiv_desktop.gateway.http.client import MasivHttpClient, custom_endpoint
from masiv_desktop.gateway.sandbox.server import SandboxConfig, SandboxGateway
from masiv_desktop.gateway.sandbox.state import MAGIC_PREFIX
from tests.helpers.campaigns import FAST, CountingTransport, client, make_campaign, numbers, run

R = RecipientState


def by_state(database: Path, cid: int) -> dict[RecipientState, int]:
    store = Store.open(database)
    try:
        return store.counts(cid).by_state
    finally:
        store.close()


def wait_for_accepted(database: Path, cid: int, n: int) -> None:
    deadline = time.monotonic() + 20
    while by_state(database, cid)[R.ACCEPTED] < n:
        assert time.monotonic() < deadline
        time.sleep(0.02)


def test_pause_then_resume_sends_everyone_once(tmp_path: Path, sandbox: SandboxGateway) -> None:
    sandbox.configure(latency_ms=20)
    database = tmp_path / "store.sqlite3"
    digits = numbers(300)
    cid = make_campaign(database, digits)
    engine = CampaignRun(database, cid, client(sandbox.base_url), FAST).start()
    wait_for_accepted(database, cid, 20)
    engine.pause()
    assert engine.wait(5)
    assert engine.final_state is CampaignState.PAUSED
    paused = by_state(database, cid)
    assert paused[R.PENDING] > 0 and paused[R.CLAIMED] == 0
    assert run(database, cid, client(sandbox.base_url)) is CampaignState.SENT
    sent = Counter(r.recipient for r in sandbox.sent())
    assert sorted(sent) == digits and set(sent.values()) == {1}


def test_cancel_leaves_the_rest_cancelled(tmp_path: Path, sandbox: SandboxGateway) -> None:
    sandbox.configure(latency_ms=20)
    database = tmp_path / "store.sqlite3"
    cid = make_campaign(database, numbers(300))
    engine = CampaignRun(database, cid, client(sandbox.base_url), FAST).start()
    wait_for_accepted(database, cid, 20)
    engine.cancel()
    assert engine.wait(5)
    counts = by_state(database, cid)
    assert counts[R.CANCELLED] > 0 and counts[R.PENDING] == counts[R.CLAIMED] == 0
    assert counts[R.ACCEPTED] == len(sandbox.sent())
    assert run(database, cid, client(sandbox.base_url)) is CampaignState.CANCELLED
    assert counts[R.ACCEPTED] == len(sandbox.sent())


def cancel_in_store(database: Path, cid: int) -> None:
    """A cancel written by another process (`masiv cancel`, the desktop program)."""
    store = Store.open(database)
    try:
        store.cancel(cid, now=time.time())
    finally:
        store.close()


def test_a_cancelled_run_keeps_polling_its_accepted_messages_and_stays_cancelled(
        tmp_path: Path, sandbox: SandboxGateway) -> None:
    sandbox.configure(latency_ms=20)
    database = tmp_path / "store.sqlite3"
    cid = make_campaign(database, numbers(300))
    options = replace(FAST, poll=PollMode.UNTIL_FINAL)
    engine = CampaignRun(database, cid, client(sandbox.base_url), options).start()
    wait_for_accepted(database, cid, 20)
    engine.cancel()
    assert engine.wait(20)
    assert engine.final_state is CampaignState.CANCELLED
    store = Store.open(database)
    try:
        counts = store.counts(cid)
        assert store.campaign_state(cid) is CampaignState.CANCELLED
    finally:
        store.close()
    assert counts.by_state[R.CANCELLED] > 0 and counts.open_parts == 0
    assert sum(counts.by_status.values()) == counts.by_state[R.ACCEPTED] == len(sandbox.sent())


def test_a_cancel_from_another_process_is_never_written_over_by_sent(
        tmp_path: Path, sandbox: SandboxGateway) -> None:
    """The race of issue 15: the run found nothing left to claim (the cancel took every
    pending recipient) and settled the campaign as sent before it re-read the state."""
    sandbox.configure(latency_ms=20)
    database = tmp_path / "store.sqlite3"
    cid = make_campaign(database, numbers(300))
    options = replace(FAST, poll=PollMode.UNTIL_FINAL, control_interval=60.0)
    engine = CampaignRun(database, cid, client(sandbox.base_url), options).start()
    wait_for_accepted(database, cid, 20)
    cancel_in_store(database, cid)
    assert engine.wait(20)
    assert engine.final_state is CampaignState.CANCELLED
    counts = by_state(database, cid)
    assert counts[R.CANCELLED] > 0 and counts[R.PENDING] == counts[R.CLAIMED] == 0


def test_polling_a_cancelled_campaign_keeps_it_cancelled(tmp_path: Path,
                                                        sandbox: SandboxGateway) -> None:
    sandbox.configure(latency_ms=20)
    database = tmp_path / "store.sqlite3"
    cid = make_campaign(database, numbers(200))
    engine = CampaignRun(database, cid, client(sandbox.base_url),
                         replace(FAST, poll=PollMode.NONE)).start()
    wait_for_accepted(database, cid, 20)
    engine.cancel()
    assert engine.wait(5)
    store = Store.open(database)
    assert store.counts(cid).open_parts > 0
    store.close()
    time.sleep(0.7)
    assert run(database, cid, client(sandbox.base_url),
               replace(FAST, send=False, poll=PollMode.UNTIL_FINAL)) is CampaignState.CANCELLED
    store = Store.open(database)
    try:
        assert store.counts(cid).open_parts == 0
        assert store.campaign_state(cid) is CampaignState.CANCELLED
    finally:
        store.close()


def test_a_pause_written_by_another_process_is_noticed(tmp_path: Path,
                                                       sandbox: SandboxGateway) -> None:
    sandbox.configure(latency_ms=20)
    database = tmp_path / "store.sqlite3"
    cid = make_campaign(database, numbers(300))
    engine = CampaignRun(database, cid, client(sandbox.base_url), FAST).start()
    wait_for_accepted(database, cid, 20)
    other = Store.open(database)
    other.set_state(cid, CampaignState.PAUSED, Reason(ReasonKind.PAUSED_BY_USER),
                    now=time.time())
    other.close()
    assert engine.wait(5)
    assert engine.final_state is CampaignState.PAUSED
    assert by_state(database, cid)[R.CLAIMED] == 0


@pytest.mark.sqlite_only  # a team store lets several desktops send it
def test_a_second_run_of_the_same_campaign_is_refused(tmp_path: Path) -> None:
    database = tmp_path / "store.sqlite3"
    cid = make_campaign(database, numbers(3))
    with RunLock(tmp_path / "locks", cid):
        engine = CampaignRun(database, cid, client("http://127.0.0.1:9"), FAST)
        try:
            engine.start()
        except CampaignBusy as exc:
            assert "another" in str(exc)
        else:
            raise AssertionError("a second run started")


def test_claimed_recipients_found_at_start_become_uncertain_and_are_not_sent(
        tmp_path: Path, sandbox: SandboxGateway) -> None:
    database = tmp_path / "store.sqlite3"
    digits = numbers(30)
    cid = make_campaign(database, digits)
    store = Store.open(database)
    with store.conn:
        store.conn.execute("UPDATE recipient SET state = 'claimed' WHERE id IN "
                           "(SELECT id FROM recipient ORDER BY id LIMIT 4)")
    store.close()
    assert run(database, cid, client(sandbox.base_url)) is CampaignState.SENT
    assert by_state(database, cid)[R.UNCERTAIN] == 4
    assert sorted(r.recipient for r in sandbox.sent()) == digits[4:]
    store = Store.open(database)
    assert any(e.kind == "recovered" for e in store.events(cid))
    assert store.resend_uncertain(cid, now=time.time()) == 4
    assert any(e.kind == "resend_uncertain" for e in store.events(cid))
    store.close()
    assert run(database, cid, client(sandbox.base_url)) is CampaignState.SENT
    assert sorted(r.recipient for r in sandbox.sent()) == digits


def test_a_scheduled_campaign_carries_sendondate_in_the_gateway_zone_and_is_not_polled_early(
        tmp_path: Path) -> None:
    zone = "America/Bogota"
    when = (datetime.now(UTC) + timedelta(hours=2)).replace(second=0, microsecond=0)
    with SandboxGateway(SandboxConfig(seed=1, timezone=zone, status_step_s=0.05)) as sandbox:
        transport = CountingTransport(MasivHttpClient(
            custom_endpoint(sandbox.base_url), "demo", "demo", gateway_zone=ZoneInfo(zone)))
        database = tmp_path / "store.sqlite3"
        cid = make_campaign(database, numbers(5), send_at=when)
        options = replace(FAST, poll=PollMode.ONCE)
        run(database, cid, transport, options)
        expected = when.astimezone(ZoneInfo(zone)).strftime("%m/%d/%Y %H:%M:%S")
        assert {r.sendondate for r in sandbox.sent()} == {expected}
        assert transport.polls == 0
        store = Store.open(database)
        polls_from = {row[0] for row in store.conn.execute("SELECT MIN(next_poll_at) FROM part")}
        store.close()
        assert min(polls_from) > when.strftime("%Y-%m-%dT%H:%M")


def test_statuses_are_polled_to_final(tmp_path: Path, sandbox: SandboxGateway) -> None:
    sandbox.configure(status_step_s=0.05)
    database = tmp_path / "store.sqlite3"
    magic = [MAGIC_PREFIX + d for d in "023456"]
    cid = make_campaign(database, [*numbers(20), *magic])
    options = replace(FAST, poll=PollMode.UNTIL_FINAL, poll_policy=PollPolicy(
        delays=(0.05, 0.1), window=2.0, network_grace=0.4))
    events = EventQueue()
    assert run(database, cid, client(sandbox.base_url), options, events) \
        is CampaignState.FINISHED
    store = Store.open(database)
    rows = {r.digits: r for r in store.iter_recipients(cid)}
    notes = dict(store.conn.execute(
        "SELECT r.digits, p.note FROM part p JOIN recipient r ON r.id = p.recipient_id"))
    counts = store.counts(cid)
    store.close()
    assert rows[MAGIC_PREFIX + "3"].status == 3
    assert rows[MAGIC_PREFIX + "4"].status == 4
    assert rows[MAGIC_PREFIX + "5"].status == 5
    assert rows[MAGIC_PREFIX + "6"].status == 6
    assert rows[MAGIC_PREFIX + "2"].status == 2
    assert rows[MAGIC_PREFIX + "0"].status == 1
    assert notes[MAGIC_PREFIX + "0"] == NO_FINAL_STATUS
    assert counts.open_parts == 0
    assert sum(counts.by_status.values()) == 26
    delivered = [e for e in events.drain(10_000)
                 if isinstance(e, RecipientChanged) and e.status == 3]
    assert delivered
    assert delivered[-1].status_time is not None
    assert delivered[-1].status_time == rows[MAGIC_PREFIX + "3"].status_time


def test_an_unknown_message_id_is_recorded_and_not_asked_again(
        tmp_path: Path, sandbox: SandboxGateway) -> None:
    database = tmp_path / "store.sqlite3"
    cid = make_campaign(database, numbers(1))
    store = Store.open(database)
    with store.conn:
        rid = store.conn.execute("SELECT id FROM recipient").fetchone()[0]
        store.conn.execute("UPDATE recipient SET state = 'accepted' WHERE id = ?", (rid,))
        store.conn.execute("INSERT INTO part (recipient_id, campaign_id, message_id, poll_from, "
                           "next_poll_at) VALUES (?, ?, '999999999', '2020-01-01T00:00:00.000Z',"
                           " '2020-01-01T00:00:00.000Z')", (rid, cid))
    store.close()
    transport = CountingTransport(client(sandbox.base_url))
    options = replace(FAST, poll=PollMode.UNTIL_FINAL, poll_policy=PollPolicy(window=1e9))
    run(database, cid, transport, options)
    assert transport.polls == 1
    store = Store.open(database)
    assert store.conn.execute("SELECT note, next_poll_at FROM part").fetchone() == \
        (UNKNOWN_ID, None)
    store.close()


def test_multi_part_messages_get_one_part_each(tmp_path: Path, sandbox: SandboxGateway) -> None:
    database = tmp_path / "store.sqlite3"
    cid = make_campaign(database, numbers(5), text="a" * 400, long_message=True, parts=3)
    assert run(database, cid, client(sandbox.base_url)) is CampaignState.SENT
    store = Store.open(database)
    parts = store.conn.execute("SELECT COUNT(*), COUNT(DISTINCT message_id) FROM part").fetchone()
    store.close()
    assert parts == (15, 15)
