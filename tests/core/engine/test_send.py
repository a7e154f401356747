"""The send side on its own (`core/engine/send.py`): requests go out through real sender
threads to a scripted transport, answers come back on the queue, and each answer becomes a
result, a retry, a hold, a slow-down or a halt; then one run over real SQLite."""

from __future__ import annotations

import queue
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from masiv_desktop.core.engine.ratelimit import TokenBucket
from masiv_desktop.core.engine.send import (
    ANSWERING_AGAIN,
    NOT_ANSWERING,
    SendReply,
    SendRequest,
    Sends,
)
from masiv_desktop.core.engine.sender import UNREACHABLE_REASON
from masiv_desktop.core.engine.types import Answer, EngineOptions, Halt, SendAnswer
from masiv_desktop.core.engine.window import DeliveryTimes
from masiv_desktop.core.engine.workers import Workers
from masiv_desktop.core.reasons import Reason, ReasonKind, describe, recipient_problem
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.store.journal import Claimed, RecipientResult
from masiv_desktop.core.usertypes import CampaignState, RecipientState, Severity
from masiv_desktop.gateway.errors import GatewayInputError
from masiv_desktop.gateway.outcomes import AcceptedPart, SendOutcome, SendResult, StatusReport
from tests.helpers.campaigns import FAST, make_campaign, numbers, run

R = RecipientState
ACCEPTED = SendOutcome(SendResult.ACCEPTED, (AcceptedPart("m1"),))
NOT_SENT = SendOutcome(SendResult.NOT_SENT, error_text="connection refused")


def refused(code: int) -> SendOutcome:
    return SendOutcome(SendResult.REFUSED, error_code=code)


class ScriptedTransport:
    """Answers each number from its script (then accepts), and counts every request."""

    def __init__(self, script: dict[str, list[SendOutcome | Exception]] | None = None) -> None:
        self.script = {k: list(v) for k, v in (script or {}).items()}
        self.sends: Counter[str] = Counter()
        self._lock = threading.Lock()

    def send_message(self, recipient: str, text: str, *, originator: str | None = None,
                     long_message: bool = False, send_on: datetime | None = None) -> SendOutcome:
        with self._lock:
            self.sends[recipient] += 1
            steps = self.script.get(recipient)
            step = steps.pop(0) if steps else None
        if isinstance(step, Exception):
            raise step
        return step or SendOutcome(SendResult.ACCEPTED,
                                   (AcceptedPart(f"id-{recipient}-{self.sends[recipient]}"),))

    def get_message(self, message_id: str) -> StatusReport:
        return StatusReport(message_id, None, transient=True)

    def close(self) -> None:
        pass


@dataclass
class Clock:
    now: float = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Harness:
    sends: Sends
    transport: ScriptedTransport
    answers: queue.SimpleQueue[Answer]
    clock: Clock

    def claim(self, *digits: str) -> list[Claimed]:
        items = [Claimed(i + 1, d, "Hola", 1) for i, d in enumerate(digits)]
        self.sends.queue.claimed(items)
        return items

    def send_and_answer(self, halted: CampaignState | None = None) -> SendReply:
        """Dispatch at the clock's time and apply the one answer that comes back."""
        self.sends.dispatch(self.clock.now)
        answer = self.answers.get(timeout=5)
        assert isinstance(answer, SendAnswer)
        return self.sends.answer(answer, self.clock.now, halted)


OPTIONS = EngineOptions(connections=4, gateway_retry_delays=(1, 4),
                        unreachable_delays=(0.5, 2), busy_delays=(1, 3))


Make = Callable[..., Harness]


@pytest.fixture
def make() -> Iterator[Make]:
    pools: list[Workers] = []

    def build(script: dict[str, list[SendOutcome | Exception]] | None = None,
              options: EngineOptions = OPTIONS) -> Harness:
        clock = Clock()
        transport = ScriptedTransport(script)
        answers: queue.SimpleQueue[Answer] = queue.SimpleQueue()
        pool = Workers(2, "test-send")
        pools.append(pool)
        request = SendRequest(7, transport, answers, None, False, DeliveryTimes(None, 0, None))
        sends = Sends(options, request, pool, TokenBucket(options.rate, clock), clock,
                      observed=lambda: 10.0)
        return Harness(sends, transport, answers, clock)

    yield build
    for pool in pools:
        pool.shutdown()


def test_an_accepted_answer_is_queued_for_recording_and_ends_the_probe(make: Make) -> None:
    h = make()
    h.claim("5731", "5732", "5733")
    h.sends.dispatch(h.clock.now)
    assert h.sends.queue.in_flight == 1, "the first request of a run goes alone"
    answer = h.answers.get(timeout=5)
    reply = h.sends.answer(answer, h.clock.now, None)
    assert reply == SendReply(settled_parts=1)
    assert h.sends.queue.take_results() == [RecipientResult(1, R.ACCEPTED, ("id-5731-1",))]
    h.sends.dispatch(h.clock.now)
    assert h.sends.queue.in_flight == 2, "after the probe the whole window is used"


def test_an_uncertain_probe_keeps_probing(make: Make) -> None:
    h = make({"5731": [SendOutcome(SendResult.UNCERTAIN, error_text="read timeout")]})
    h.claim("5731", "5732")
    assert h.send_and_answer() == SendReply(settled_parts=0)
    assert h.sends.queue.take_results()[0].state is R.UNCERTAIN
    assert h.sends.health.window() == 1


def test_a_gateway_exception_is_retried_with_backoff_then_rejected(make: Make) -> None:
    h = make({"5731": [refused(8734)] * 3})
    h.claim("5731")
    start = h.clock.now
    assert h.send_and_answer() == SendReply()
    assert not h.sends.queue.take_results() and h.sends.queue.waiting
    h.sends.dispatch(start + 0.9)
    assert h.sends.queue.in_flight == 0, "retried only after the first delay"
    h.clock.now = start + 1
    assert h.send_and_answer() == SendReply()
    h.clock.now = start + 5
    reply = h.send_and_answer()
    assert reply == SendReply(settled_parts=0)
    [result] = h.sends.queue.take_results()
    assert (result.state, result.error_code) == (R.REJECTED, 8734)
    assert h.transport.sends["5731"] == 3


def test_unreachable_holds_all_sending_then_pauses_after_repeated_failures(make: Make) -> None:
    h = make({"5731": [NOT_SENT] * 3})
    h.claim("5731", "5732")
    assert h.send_and_answer() == SendReply(notice=NOT_ANSWERING, level=Severity.WARNING)
    assert h.sends.health.holding(h.clock.now) and h.sends.claimable(h.clock.now) == 0
    h.sends.dispatch(h.clock.now + 0.4)
    assert h.sends.queue.in_flight == 0
    h.clock.now += 0.5
    assert h.send_and_answer() == SendReply()
    h.clock.now += 2
    reply = h.send_and_answer()
    assert reply == SendReply(halt=Halt(CampaignState.PAUSED, UNREACHABLE_REASON))
    assert h.sends.queue.take_results() == [RecipientResult(1, R.PENDING)]
    assert h.transport.sends == Counter({"5731": 3}), "nobody else was tried while held"


def test_the_first_connect_failure_says_at_once_that_the_gateway_is_not_answering(
        make: Make) -> None:
    h = make({"5731": [NOT_SENT, NOT_SENT]})
    h.claim("5731")
    first = h.send_and_answer()
    assert (first.notice, first.level) == (NOT_ANSWERING, Severity.WARNING)
    assert describe(NOT_ANSWERING).startswith("The gateway is not answering (no connection). "
                                              "Retrying")
    h.clock.now += 0.5
    assert h.send_and_answer() == SendReply(), "said once, not at every retry"
    h.clock.now += 2
    back = h.send_and_answer()
    assert back == SendReply(settled_parts=1, notice=ANSWERING_AGAIN)
    assert describe(ANSWERING_AGAIN) == "The gateway answers again; sending continues."


def test_the_not_answering_notice_ends_when_the_campaign_pauses_unreachable(
        make: Make) -> None:
    h = make({"5731": [NOT_SENT] * 3})
    h.claim("5731")
    assert h.send_and_answer().notice == NOT_ANSWERING
    h.clock.now += 0.5
    h.send_and_answer()
    h.clock.now += 2
    paused = h.send_and_answer()
    assert paused == SendReply(halt=Halt(CampaignState.PAUSED, UNREACHABLE_REASON)), \
        "the pause's reason replaces the notice"


def test_a_success_resets_the_unreachable_count(make: Make) -> None:
    h = make({"5731": [NOT_SENT, NOT_SENT], "5732": [NOT_SENT, NOT_SENT]})
    h.claim("5731", "5732")
    for _ in range(2):
        h.send_and_answer()
        h.clock.now += 2
    assert h.send_and_answer().settled_parts == 1
    for _ in range(2):
        assert h.send_and_answer().halt is None
        h.clock.now += 2
    assert h.transport.sends == Counter({"5731": 3, "5732": 2})


def test_push_back_honours_retry_after_and_lowers_the_rate(make: Make) -> None:
    h = make({"5731": [SendOutcome(SendResult.RETRY_LATER, retry_after=7.0, http_status=429)]})
    h.claim("5731")
    reply = h.send_and_answer()
    assert reply.notice == Reason(ReasonKind.SLOWING_DOWN, {"rate": 5.0})
    assert describe(reply.notice) == ("The gateway asked to slow down; sending at about 5 per "
                                      "second for a while.")
    assert h.sends.health.holding(h.clock.now + 6.9)
    assert not h.sends.health.holding(h.clock.now + 7.0)
    assert h.sends.queue.head() is not None, "the recipient waits to be sent again"
    h.clock.now += 7
    assert h.send_and_answer().settled_parts == 1
    assert h.transport.sends["5731"] == 2


def test_push_back_without_retry_after_waits_the_busy_delays(make: Make) -> None:
    busy = SendOutcome(SendResult.RETRY_LATER, http_status=503)
    h = make({"5731": [busy, busy]})
    h.claim("5731")
    h.send_and_answer()
    assert h.sends.health.hold_until == h.clock.now + 1
    h.clock.now += 1
    h.send_and_answer()
    assert h.sends.health.hold_until == h.clock.now + 3


@pytest.mark.parametrize(("code", "state", "advice"), [
    (1157, CampaignState.STOPPED, "Check the user name and password in the settings"),
    (1159, CampaignState.PAUSED, "Top it up, then resume."),
])
def test_an_account_answer_halts_with_the_recipient_back_to_pending(
        make: Make, code: int, state: CampaignState, advice: str) -> None:
    h = make({"5731": [refused(code)]})
    h.claim("5731", "5732")
    reply = h.send_and_answer()
    assert reply.halt is not None and reply.halt.state is state and not reply.halt.defect
    assert reply.halt.reason == Reason(ReasonKind.GATEWAY_ERROR, {"code": code})
    assert f"error {code}" in describe(reply.halt.reason)
    assert advice in describe(reply.halt.reason)
    assert h.sends.queue.take_results() == [RecipientResult(1, R.PENDING)]


def test_an_input_error_of_a_recipient_rejects_it(make: Make) -> None:
    h = make({"5731": [GatewayInputError("text", "The message text is empty.")]})
    h.claim("5731")
    assert h.send_and_answer() == SendReply(settled_parts=0)
    [result] = h.sends.queue.take_results()
    assert (result.state, result.error_text) == (R.REJECTED, "The message text is empty.")


def test_an_input_error_of_the_settings_stops_the_campaign(make: Make) -> None:
    h = make({"5731": [GatewayInputError("originator", "The originator is empty.")]})
    h.claim("5731")
    reply = h.send_and_answer()
    assert reply.halt == Halt(CampaignState.STOPPED, Reason(
        ReasonKind.SETTING_REFUSED, {"setting": "originator",
                                     "problem": "The originator is empty."}))
    assert h.sends.queue.take_results() == [RecipientResult(1, R.PENDING)]


@pytest.mark.error_logs_expected
def test_an_internal_failure_while_sending_is_uncertain_never_retried(make: Make) -> None:
    h = make({"5731": [RuntimeError("boom")]})
    h.claim("5731")
    assert h.send_and_answer() == SendReply(settled_parts=0)
    [result] = h.sends.queue.take_results()
    assert result.state is R.UNCERTAIN
    assert result.reason == Reason(ReasonKind.INTERNAL_SEND_ERROR, {"error": "RuntimeError"})
    assert "RuntimeError" in recipient_problem(result.reason, result.error_text)
    assert not h.sends.queue.waiting


@pytest.mark.parametrize(("halted", "back"), [(CampaignState.CANCELLED, R.CANCELLED),
                                              (CampaignState.PAUSED, R.PENDING)])
def test_a_retry_answered_after_a_halt_goes_back_instead(
        make: Make, halted: CampaignState, back: RecipientState) -> None:
    h = make({"5731": [refused(8734)]})
    h.claim("5731")
    assert h.send_and_answer(halted) == SendReply()
    assert h.sends.queue.take_results() == [RecipientResult(1, back)]
    assert h.sends.queue.idle


def test_give_back_returns_every_recipient_not_in_flight(make: Make) -> None:
    h = make({"5731": [refused(8734)]})
    h.claim("5731", "5732", "5733")
    h.send_and_answer()
    h.sends.queue.give_back(R.PENDING)
    assert sorted(r.recipient_id for r in h.sends.queue.take_results()) == [1, 2, 3]
    assert h.sends.queue.idle


def test_a_run_halted_by_no_credits_leaves_the_recipient_pending_in_the_store(
        tmp_path: Path) -> None:
    database = tmp_path / "store.sqlite3"
    digits = numbers(6)
    cid = make_campaign(database, digits)
    transport = ScriptedTransport({digits[3]: [refused(1159)]})
    assert run(database, cid, transport, FAST) is CampaignState.PAUSED
    store = Store.open(database)
    try:
        rows = {r.digits: r.state for r in store.iter_recipients(cid)}
        assert store.campaign(cid).reason == Reason(ReasonKind.GATEWAY_ERROR, {"code": 1159})
    finally:
        store.close()
    assert rows[digits[3]] is R.PENDING
    assert max(transport.sends.values()) == 1
    assert all(rows[d] is R.ACCEPTED for d in transport.sends if d != digits[3])
    assert all(rows[d] is R.PENDING for d in digits if d not in transport.sends)
