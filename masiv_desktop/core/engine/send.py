"""The run's send side: hand claimed recipients to the sender threads, and turn each answer
into a recorded result, a retry, a slow-down or a halt.

`Sends` owns the claimed recipients (`SendQueue`) and what the gateway's answers taught
(`GatewayHealth`); it plays the table of `core/engine/sender.py` out over time and tells the
run loop, in a `SendReply`, what it must do about the campaign (count, halt, tell the user).
Everything here runs on the run thread, except `SendRequest`, which runs on a sender thread
and only talks back through the answer queue.
"""

from __future__ import annotations

import logging
import math
import queue
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from masiv_desktop.core.engine.health import GatewayHealth
from masiv_desktop.core.engine.ratelimit import AdaptiveRate, TokenBucket
from masiv_desktop.core.engine.sender import UNREACHABLE_REASON, SendDecision, Step, decide_send
from masiv_desktop.core.engine.sendqueue import SendQueue
from masiv_desktop.core.engine.types import Answer, EngineOptions, Halt, SendAnswer
from masiv_desktop.core.engine.window import DeliveryTimes
from masiv_desktop.core.engine.workers import Workers
from masiv_desktop.core.reasons import Reason, ReasonKind
from masiv_desktop.core.store.journal import Claimed, RecipientResult
from masiv_desktop.core.usertypes import CampaignState, RecipientState, Severity
from masiv_desktop.gateway.codes import error_info
from masiv_desktop.gateway.errors import GatewayInputError
from masiv_desktop.gateway.outcomes import SendOutcome, SendResult
from masiv_desktop.gateway.transport import Transport

log = logging.getLogger(__name__)

_RECIPIENT_PARAMETERS = frozenset({"recipient", "text"})


@dataclass(frozen=True)
class SendRequest:
    """One send on a sender thread, its answer back on `answers`. Immutable, so every
    sender thread shares it."""

    campaign_id: int
    transport: Transport
    answers: queue.SimpleQueue[Answer]
    originator: str | None
    long_message: bool
    delivery: DeliveryTimes

    def send_on(self, item: Claimed) -> datetime | None:
        """The recipient's own send time, else the campaign's (or its split's)."""
        if item.send_at is not None:
            return datetime.fromtimestamp(item.send_at, UTC)
        return self.delivery.send_on_for(item.id)

    def __call__(self, item: Claimed) -> None:
        """Never raises: a failure of ours is an uncertain answer (it may have gone out)."""
        try:
            answer = SendAnswer(item, self.transport.send_message(
                item.digits, item.text, originator=self.originator,
                long_message=self.long_message, send_on=self.send_on(item)))
        except GatewayInputError as exc:
            answer = SendAnswer(item, SendOutcome(SendResult.REFUSED, error_text=str(exc)),
                                input_error=exc)
        except Exception as exc:
            log.exception("campaign %s: sending to recipient %s failed", self.campaign_id,
                          item.id)
            answer = SendAnswer(item, SendOutcome(SendResult.UNCERTAIN),
                                internal_error=type(exc).__name__)
        self.answers.put(answer)


@dataclass(frozen=True)
class SendReply:
    """What one answer asks of the run loop; the recipient's own result is already queued."""

    settled_parts: int | None = None
    """Set when the answer settled its recipient: the parts it opened for polling."""
    halt: Halt | None = None
    notice: Reason | None = None
    """Something to tell the user, at `level`."""
    level: Severity = Severity.INFO


_WAIT = SendReply()
SEND_TIME_PASSED = Reason(ReasonKind.SEND_TIME_PASSED)
NOT_ANSWERING = Reason(ReasonKind.GATEWAY_NOT_ANSWERING)
"""Said at the first connect failure, so an offline send does not sit on "0 of 47" in
silence while the unreachable delays run out."""
ANSWERING_AGAIN = Reason(ReasonKind.GATEWAY_ANSWERING_AGAIN)


class Sends:
    """The claimed recipients of a run on their way to the gateway and back. The caller
    decides whether sending may go on (halt, contact window); this decides how much."""

    def __init__(self, options: EngineOptions, request: SendRequest, pool: Workers,
                 bucket: TokenBucket, clock: Callable[[], float], *,
                 observed: Callable[[], float]) -> None:
        """`observed` gives the messages per second settled lately (for slowing down)."""
        self.queue = SendQueue()
        self.health = GatewayHealth(options, AdaptiveRate(bucket, options.rate, clock))
        self._bucket = bucket
        self._pool = pool
        self._request = request
        self._counts_parts = options.rate_counts_parts
        self._observed = observed
        self._not_answering = False
        """`NOT_ANSWERING` was said and nothing has ended it yet."""

    def cost_of(self, item: Claimed) -> float:
        """Tokens one request takes: its parts where the gateway throttles parts."""
        return float(item.parts) if self._counts_parts else 1.0

    def busy(self, now: float) -> bool:
        """Sends are waiting (or held): polls must leave the connections and tokens alone."""
        return self.queue.waiting or self.health.holding(now)

    def claimable(self, now: float) -> int:
        """How many pending recipients to claim now: the free part of the window, as far
        as the rate's tokens go; none during a hold."""
        if self.health.holding(now):
            return 0
        free = self.queue.free(self.health.window())
        tokens = self._bucket.available()
        return max(0, free if math.isinf(tokens) else min(free, int(tokens)))

    def wait_time(self, now: float, longest: float) -> float:
        """How long the run may wait for answers before the next request is due."""
        head = self.queue.head()
        if head is None or self.queue.in_flight >= self.health.window():
            return longest
        return min(longest, self._bucket.wait_time(self.cost_of(head)),
                   self.health.hold_left(now))

    def dispatch(self, now: float) -> None:
        """Start as many requests as the window, the hold and the rate allow (retries first)."""
        if self.health.holding(now):
            return
        sending, window = self.queue, self.health.window()
        while sending.in_flight < window:
            item = sending.take(now)
            if item is None:
                return
            if item.send_at is not None and item.send_at <= now:
                self.queue.record(RecipientResult(item.id, RecipientState.REJECTED,
                                                  reason=SEND_TIME_PASSED))
                continue
            if not self._bucket.try_take(self.cost_of(item)):
                sending.put_back(item)
                return
            sending.started()
            self._pool.submit(self._request, item)

    def answer(self, answer: SendAnswer, now: float, halted: CampaignState | None
               ) -> SendReply:
        """One send answer: settle, retry, slow down or halt. `halted` is the state the run
        is halting to, if it is: a recipient to retry then goes back instead."""
        self.queue.answered()
        decision = _input_decision(answer.input_error) if answer.input_error \
            else decide_send(answer.outcome)
        item = answer.item
        if decision.step is Step.HALT:
            self.queue.record(RecipientResult(item.id, RecipientState.PENDING))
            return SendReply(halt=Halt(decision.campaign_state or CampaignState.STOPPED,
                                       decision.reason, defect=decision.defect))
        if decision.step is Step.SETTLE:
            if answer.internal_error:
                decision = replace(decision, reason=Reason(
                    ReasonKind.INTERNAL_SEND_ERROR, {"error": answer.internal_error}))
            return self._settle(item, answer.outcome, decision)
        if halted is not None:
            back = RecipientState.CANCELLED if halted is CampaignState.CANCELLED \
                else RecipientState.PENDING
            self.queue.record(RecipientResult(item.id, back))
            return _WAIT
        return _RETRIES[decision.step](self, item, answer.outcome, now)

    def _settle(self, item: Claimed, outcome: SendOutcome, decision: SendDecision
                ) -> SendReply:
        state = decision.state or RecipientState.UNCERTAIN
        self.health.settled(known=state is not RecipientState.UNCERTAIN)
        reply = SendReply(settled_parts=len(outcome.parts), notice=self._answering_again())
        if state is RecipientState.ACCEPTED:
            self.queue.record(RecipientResult(item.id, state, outcome.message_ids))
            return reply
        code = outcome.error_code
        text = outcome.error_text or (error_info(code).meaning if code is not None else "")
        self.queue.record(RecipientResult(item.id, state, outcome.message_ids,
                                          error_code=code, error_text=text,
                                          reason=decision.reason))
        return reply

    def _answering_again(self) -> Reason | None:
        """`ANSWERING_AGAIN` once after `NOT_ANSWERING`: an answer settled a recipient."""
        if not self._not_answering:
            return None
        self._not_answering = False
        return ANSWERING_AGAIN

    def _retry_gateway(self, item: Claimed, outcome: SendOutcome, now: float) -> SendReply:
        when = self.health.gateway_retry(item.id, now)
        if when is None:
            return self._settle(item, outcome, SendDecision(Step.SETTLE, RecipientState.REJECTED))
        self.queue.retry_at(when, item)
        return _WAIT

    def _retry_unreachable(self, item: Claimed, outcome: SendOutcome, now: float) -> SendReply:
        if not self.health.unreachable(now):
            self.queue.record(RecipientResult(item.id, RecipientState.PENDING))
            log.warning("campaign %s: gateway unreachable: %s", self._request.campaign_id,
                        outcome.error_text)
            self._not_answering = False
            return SendReply(halt=Halt(CampaignState.PAUSED, UNREACHABLE_REASON))
        self.queue.put_back(item)
        if self._not_answering:
            return _WAIT
        self._not_answering = True
        log.info("campaign %s: gateway not answering, retrying: %s", self._request.campaign_id,
                 outcome.error_text)
        return SendReply(notice=NOT_ANSWERING, level=Severity.WARNING)

    def _slow_down(self, item: Claimed, outcome: SendOutcome, now: float) -> SendReply:
        rate = self.health.pushed_back(now, outcome.retry_after, self._observed())
        self.queue.put_back(item)
        return SendReply(notice=Reason(ReasonKind.SLOWING_DOWN, {"rate": round(rate, 1)}))


def _input_decision(error: GatewayInputError) -> SendDecision:
    """A request we refused to send: the recipient's fault, or the campaign's settings."""
    if error.parameter in _RECIPIENT_PARAMETERS:
        return SendDecision(Step.SETTLE, RecipientState.REJECTED)
    return SendDecision(Step.HALT, campaign_state=CampaignState.STOPPED,
                        reason=Reason(ReasonKind.SETTING_REFUSED,
                                      {"setting": error.parameter, "problem": str(error)}))


_RETRIES: dict[Step, Callable[[Sends, Claimed, SendOutcome, float], SendReply]] = {
    Step.RETRY_GATEWAY: Sends._retry_gateway,
    Step.RETRY_UNREACHABLE: Sends._retry_unreachable,
    Step.SLOW_DOWN: Sends._slow_down,
}
