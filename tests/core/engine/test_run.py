"""The engine against the sandbox over real HTTP: every row of the outcome policy."""

from __future__ import annotations

import socket
from collections import Counter
from pathlib import Path

import pytest
import requests

from masiv_desktop.core.engine.events import EngineNotice, EventQueue, Progress, StateChanged
from masiv_desktop.core.reasons import ReasonKind, describe
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import CampaignState, RecipientState, Severity
from masiv_desktop.gateway.http.answers import parse_send_response
from masiv_desktop.gateway.http.client import custom_endpoint
from masiv_desktop.gateway.outcomes import SendOutcome, SendResult
from masiv_desktop.gateway.sandbox.server import SandboxGateway
from masiv_desktop.gateway.sandbox.state import MAGIC_PREFIX
from tests.helpers.campaigns import FAST, CountingTransport, client, make_campaign, numbers, run

R = RecipientState


def counts(database: Path, cid: int) -> dict[RecipientState, int]:
    store = Store.open(database)
    try:
        return store.counts(cid).by_state
    finally:
        store.close()


def campaign(database: Path, cid: int) -> tuple[CampaignState, str]:
    """The campaign's state and its reason as the CLI words it."""
    store = Store.open(database)
    try:
        c = store.campaign(cid)
        return c.state, describe(c.reason) if c.reason else ""
    finally:
        store.close()


def sent_counter(sandbox: SandboxGateway) -> Counter[str]:
    return Counter(r.recipient for r in sandbox.sent())


def test_a_campaign_is_sent_once_to_every_recipient(tmp_path: Path,
                                                     sandbox: SandboxGateway) -> None:
    database = tmp_path / "store.sqlite3"
    digits = numbers(200)
    cid = make_campaign(database, digits)
    events = EventQueue()
    state = run(database, cid, client(sandbox.base_url), events=events)
    assert state is CampaignState.SENT
    assert sorted(r.recipient for r in sandbox.sent()) == digits
    assert counts(database, cid)[R.ACCEPTED] == 200
    drained = events.drain(100_000)
    assert StateChanged(cid, CampaignState.SENT) in drained
    last = [e for e in drained if isinstance(e, Progress)][-1]
    assert last.by_state[R.ACCEPTED] == 200


def test_invalid_recipients_are_rejected_and_the_campaign_goes_on(
        tmp_path: Path, sandbox: SandboxGateway) -> None:
    database = tmp_path / "store.sqlite3"
    cid = make_campaign(database, [*numbers(20), MAGIC_PREFIX + "1", "1234"])
    assert run(database, cid, client(sandbox.base_url)) is CampaignState.SENT
    store = Store.open(database)
    rows = {r.digits: r for r in store.iter_recipients(cid)}
    store.close()
    assert rows[MAGIC_PREFIX + "1"].state is R.REJECTED
    assert rows[MAGIC_PREFIX + "1"].error_code == 1
    assert rows["1234"].state is R.REJECTED
    assert counts(database, cid)[R.ACCEPTED] == 20


def test_a_message_too_long_without_long_messages_is_rejected_not_sent(
        tmp_path: Path, sandbox: SandboxGateway) -> None:
    database = tmp_path / "store.sqlite3"
    cid = make_campaign(database, numbers(3), text="x" * 170)
    assert run(database, cid, client(sandbox.base_url)) is CampaignState.FINISHED
    assert counts(database, cid)[R.REJECTED] == 3
    assert sandbox.sent() == []


def test_wrong_credentials_stop_after_exactly_one_request(tmp_path: Path,
                                                          sandbox: SandboxGateway) -> None:
    database = tmp_path / "store.sqlite3"
    cid = make_campaign(database, numbers(500))
    transport = CountingTransport(client(sandbox.base_url, password="wrong"))
    assert run(database, cid, transport) is CampaignState.STOPPED
    assert transport.sends == 1
    _state, reason = campaign(database, cid)
    assert "1157" in reason and "account" in reason
    assert counts(database, cid)[R.PENDING] == 500


def test_an_account_without_package_stops(tmp_path: Path, sandbox: SandboxGateway) -> None:
    sandbox.add_user("nopkg", "secret", has_package=False)
    database = tmp_path / "store.sqlite3"
    cid = make_campaign(database, numbers(50))
    transport = CountingTransport(client(sandbox.base_url, "nopkg", "secret"))
    assert run(database, cid, transport) is CampaignState.STOPPED
    assert transport.sends == 1
    assert "1156" in campaign(database, cid)[1]


def test_no_credits_pauses_then_resume_after_top_up_sends_the_rest_once(
        tmp_path: Path, sandbox: SandboxGateway) -> None:
    sandbox.set_credits("demo", 60)
    database = tmp_path / "store.sqlite3"
    digits = numbers(150)
    cid = make_campaign(database, digits)
    assert run(database, cid, client(sandbox.base_url)) is CampaignState.PAUSED
    _state, reason = campaign(database, cid)
    assert "1159" in reason and "Top it up" in reason
    by_state = counts(database, cid)
    assert by_state[R.ACCEPTED] == 60 and by_state[R.PENDING] == 90
    sandbox.set_credits("demo", 1000)
    assert run(database, cid, client(sandbox.base_url)) is CampaignState.SENT
    sent = sent_counter(sandbox)
    assert sorted(sent) == digits and set(sent.values()) == {1}


class BrokenRequests:
    """Our own defect, played for real: requests without the `action` parameter (1158)."""

    def __init__(self, base_url: str) -> None:
        self.url = custom_endpoint(base_url).send_url
        self.sends = 0

    def send_message(self, recipient: str, text: str, **_: object) -> SendOutcome:
        self.sends += 1
        answer = requests.get(self.url, params={"username": "demo", "password": "demo",
                                                "recipient": recipient, "messagedata": text},
                              timeout=5)
        return parse_send_response(answer.content, http_status=answer.status_code)

    def get_message(self, message_id: str) -> object:
        raise AssertionError("no polls expected")

    def close(self) -> None:
        pass


@pytest.mark.error_logs_expected
def test_a_defect_of_ours_stops_and_is_logged(tmp_path: Path, sandbox: SandboxGateway,
                                              caplog: object) -> None:
    database = tmp_path / "store.sqlite3"
    cid = make_campaign(database, numbers(30))
    transport = BrokenRequests(sandbox.base_url)
    assert run(database, cid, transport) is CampaignState.STOPPED
    assert transport.sends == 1
    assert "1158" in campaign(database, cid)[1] and "defect" in campaign(database, cid)[1]
    assert counts(database, cid)[R.PENDING] == 30
    assert "defect" in caplog.text  # type: ignore[attr-defined]


def test_gateway_exception_is_retried_then_rejected(tmp_path: Path,
                                                    sandbox: SandboxGateway) -> None:
    database = tmp_path / "store.sqlite3"
    cid = make_campaign(database, [*numbers(10), MAGIC_PREFIX + "7"])
    transport = CountingTransport(client(sandbox.base_url))
    assert run(database, cid, transport) is CampaignState.SENT
    assert transport.sends == 10 + 1 + len(FAST.gateway_retry_delays)
    store = Store.open(database)
    rows = {r.digits: r for r in store.iter_recipients(cid)}
    store.close()
    assert rows[MAGIC_PREFIX + "7"].state is R.REJECTED
    assert rows[MAGIC_PREFIX + "7"].error_code == 8734


def test_occasional_gateway_exceptions_are_retried_to_success(
        tmp_path: Path, sandbox: SandboxGateway) -> None:
    sandbox.configure(gateway_exception_rate=0.2)
    database = tmp_path / "store.sqlite3"
    digits = numbers(100)
    cid = make_campaign(database, digits)
    run(database, cid, client(sandbox.base_url))
    sent = sent_counter(sandbox)
    assert set(sent.values()) == {1}
    by_state = counts(database, cid)
    assert by_state[R.ACCEPTED] == len(sent)
    assert by_state[R.ACCEPTED] + by_state[R.REJECTED] == 100


def test_an_unreachable_gateway_is_retried_then_pauses(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    database = tmp_path / "store.sqlite3"
    cid = make_campaign(database, numbers(20))
    transport = CountingTransport(client(f"http://127.0.0.1:{port}"))
    events = EventQueue()
    assert run(database, cid, transport, events=events) is CampaignState.PAUSED
    assert transport.sends == len(FAST.unreachable_delays) + 1
    said = [(e.level, e.reason.kind) for e in events.drain(10_000)
            if isinstance(e, EngineNotice)]
    assert said[0] == (Severity.WARNING, ReasonKind.GATEWAY_NOT_ANSWERING), \
        "said at the first failure, before the retries run out"
    assert [kind for _level, kind in said].count(ReasonKind.GATEWAY_NOT_ANSWERING) == 1
    assert said[-1][1] is ReasonKind.GATEWAY_UNREACHABLE
    assert "cannot be reached" in campaign(database, cid)[1]
    assert counts(database, cid)[R.PENDING] == 20


def test_push_back_lowers_the_rate_and_nothing_is_lost(tmp_path: Path,
                                                       sandbox: SandboxGateway) -> None:
    sandbox.configure(rate_limit=100.0)
    database = tmp_path / "store.sqlite3"
    digits = numbers(300)
    cid = make_campaign(database, digits)
    events = EventQueue()
    assert run(database, cid, client(sandbox.base_url), events=events) is CampaignState.SENT
    sent = sent_counter(sandbox)
    assert sorted(sent) == digits and set(sent.values()) == {1}
    assert any(isinstance(e, EngineNotice) and e.reason.kind is ReasonKind.SLOWING_DOWN
               for e in events.drain(100_000))


def test_maybe_sent_becomes_uncertain_and_is_never_retried(tmp_path: Path,
                                                           sandbox: SandboxGateway) -> None:
    database = tmp_path / "store.sqlite3"
    dropped, malformed = MAGIC_PREFIX + "8", MAGIC_PREFIX + "9"
    cid = make_campaign(database, [*numbers(10), dropped, malformed])
    transport = CountingTransport(client(sandbox.base_url))
    assert run(database, cid, transport) is CampaignState.SENT
    assert transport.sends == 12
    by_state = counts(database, cid)
    assert by_state[R.UNCERTAIN] == 2 and by_state[R.ACCEPTED] == 10
    assert set(sent_counter(sandbox).values()) == {1}


def test_server_errors_are_uncertain(tmp_path: Path, sandbox: SandboxGateway) -> None:
    sandbox.configure(error_5xx_rate=1.0)
    database = tmp_path / "store.sqlite3"
    cid = make_campaign(database, numbers(5))
    transport = CountingTransport(client(sandbox.base_url))
    assert run(database, cid, transport) is CampaignState.FINISHED
    assert transport.sends == 5
    assert counts(database, cid)[R.UNCERTAIN] == 5


class _LastBlockRefused(CountingTransport):
    """The real client, but the gateway's answer for one number loses its last block to
    error 1159, as a gateway that runs out of credits mid-message would answer."""

    def __init__(self, inner: object, victim: str) -> None:
        super().__init__(inner)  # type: ignore[arg-type]
        self.victim = victim

    def send_message(self, recipient: str, text: str, **kw: object) -> SendOutcome:
        outcome = super().send_message(recipient, text, **kw)  # type: ignore[arg-type]
        if recipient != self.victim:
            return outcome
        return SendOutcome(SendResult.REFUSED, outcome.parts[:-1], error_code=1159,
                           error_text="Insufficient credits")


def test_a_partly_accepted_message_keeps_its_parts_and_is_never_sent_again(
        tmp_path: Path, sandbox: SandboxGateway) -> None:
    database = tmp_path / "store.sqlite3"
    digits = numbers(5)
    cid = make_campaign(database, digits, text="x" * 320, long_message=True, parts=2)
    transport = _LastBlockRefused(client(sandbox.base_url), digits[2])
    state = run(database, cid, transport)
    assert state is CampaignState.SENT
    assert counts(database, cid)[R.REJECTED] == 1
    run(database, cid, transport)
    assert sent_counter(sandbox)[digits[2]] == 1
    store = Store.open(database)
    try:
        rows = store.conn.execute(
            "SELECT r.digits, r.error_code, count(p.id) FROM recipient r "
            "LEFT JOIN part p ON p.recipient_id = r.id WHERE r.campaign_id = ? "
            "GROUP BY r.id ORDER BY r.id", (cid,)).fetchall()
    finally:
        store.close()
    assert (digits[2], 1159, 1) in rows
    assert all(n == 2 for d, _, n in rows if d != digits[2])
