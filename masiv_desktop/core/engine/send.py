"""The run loop's send side: hand claimed recipients to the sender threads, and turn each
answer into a recorded result, a retry, a slow-down or a halt.

Split from `loop.py` so the outcome handling (the table in `core/engine/sender.py`, played out
over time) reads on its own. Everything here runs on the run thread and works on the
`RunLoop`'s state, except `send_job`, which runs on a sender thread and only talks back
through the answer queue.
"""

from __future__ import annotations

import heapq
import logging
import queue
from collections import deque
from collections.abc import Callable
from functools import partial
from typing import Protocol

from masiv_desktop.core.engine.ratelimit import AdaptiveRate, RateMeter, TokenBucket
from masiv_desktop.core.engine.sender import UNREACHABLE_REASON, SendDecision, Step, decide_send
from masiv_desktop.core.engine.types import Answer, EngineOptions, SendAnswer
from masiv_desktop.core.engine.window import DeliveryTimes
from masiv_desktop.core.engine.workers import Workers
from masiv_desktop.core.store.journal import Claimed, RecipientResult
from masiv_desktop.core.usertypes import CampaignState, RecipientState, Severity
from masiv_desktop.gateway.codes import error_info
from masiv_desktop.gateway.errors import GatewayInputError
from masiv_desktop.gateway.outcomes import SendOutcome, SendResult
from masiv_desktop.gateway.transport import Transport

log = logging.getLogger(__name__)

_RECIPIENT_PARAMETERS = frozenset({"recipient", "text"})


class SendingLoop(Protocol):
    """What the send side reads and changes of the run loop (`loop.RunLoop`), declared here
    so this module does not import the loop that calls it."""

    id: int
    transport: Transport
    options: EngineOptions
    clock: Callable[[], float]
    answers: queue.SimpleQueue[Answer]
    originator: str | None
    long_message: bool
    delivery: DeliveryTimes
    pool: Workers
    bucket: TokenBucket
    adaptive: AdaptiveRate
    meter: RateMeter
    ready: deque[Claimed]
    retry: list[tuple[float, int, Claimed]]
    results: list[RecipientResult]
    halt: tuple[CampaignState, str] | None
    waiting: bool
    in_flight: int
    hold_until: float
    probing: bool
    unreachable: int
    busy: int
    open_parts: int
    gateway_tries: dict[int, int]

    def stop_sending(self, state: CampaignState, reason: str, *, write: bool = True,
                     defect: bool = False) -> None: ...

    def notice(self, level: Severity, text: str) -> None: ...

    def window_size(self) -> int: ...

    def cost_of(self, item: Claimed) -> float: ...


def dispatch(loop: SendingLoop, now: float) -> None:
    """Start as many requests as the window, the hold and the rate allow (retries first)."""
    while loop.halt is None and not loop.waiting and loop.in_flight < loop.window_size() \
            and now >= loop.hold_until:
        if loop.retry and loop.retry[0][0] <= now:
            item = heapq.heappop(loop.retry)[2]
        elif loop.ready:
            item = loop.ready.popleft()
        else:
            return
        if not loop.bucket.try_take(loop.cost_of(item)):
            loop.ready.appendleft(item)
            return
        loop.in_flight += 1
        loop.pool.submit(partial(send_job, loop), item)


def send_job(loop: SendingLoop, item: Claimed) -> None:
    """On a sender thread: one request, its answer back to the run thread. Never raises."""
    try:
        answer = SendAnswer(item, loop.transport.send_message(
            item.digits, item.text, originator=loop.originator,
            long_message=loop.long_message, send_on=loop.delivery.send_on_for(item.id)))
    except GatewayInputError as exc:
        answer = SendAnswer(item, SendOutcome(SendResult.REFUSED, error_text=str(exc)),
                            input_error=exc)
    except Exception as exc:
        log.exception("campaign %s: sending to recipient %s failed", loop.id, item.id)
        answer = SendAnswer(item, SendOutcome(
            SendResult.UNCERTAIN, error_text=f"Internal error while sending "
            f"({type(exc).__name__}); the message may have gone out."))
    loop.answers.put(answer)


def on_send(loop: SendingLoop, answer: SendAnswer) -> None:
    """One send answer, on the run thread: settle, retry, slow down or halt."""
    loop.in_flight -= 1
    decision = _input_decision(answer.input_error) if answer.input_error \
        else decide_send(answer.outcome)
    item, outcome = answer.item, answer.outcome
    now = loop.clock()
    if decision.step is Step.HALT:
        loop.results.append(RecipientResult(item.id, RecipientState.PENDING))
        loop.stop_sending(decision.campaign_state or CampaignState.STOPPED, decision.reason,
                   defect=decision.defect)
    elif decision.step is Step.SETTLE:
        _settle_one(loop, item, outcome, decision)
    elif loop.halt is not None:
        back = RecipientState.CANCELLED if loop.halt[0] is CampaignState.CANCELLED \
            else RecipientState.PENDING
        loop.results.append(RecipientResult(item.id, back))
    else:
        _RETRIES[decision.step](loop, item, outcome, now)


def _settle_one(loop: SendingLoop, item: Claimed, outcome: SendOutcome,
                decision: SendDecision) -> None:
    state = decision.state or RecipientState.UNCERTAIN
    if state is not RecipientState.UNCERTAIN:
        loop.probing = False
    loop.unreachable = loop.busy = 0
    loop.meter.add(1)
    if state is RecipientState.ACCEPTED:
        loop.open_parts += len(outcome.parts)
        loop.results.append(RecipientResult(item.id, state, outcome.message_ids))
        return
    code = outcome.error_code
    text = outcome.error_text or (error_info(code).meaning if code is not None else "")
    if decision.reason:
        text = f"{decision.reason}: {text}" if text else decision.reason
    loop.open_parts += len(outcome.parts)
    loop.results.append(RecipientResult(item.id, state, outcome.message_ids,
                                        error_code=code, error_text=text))


def _retry_gateway(loop: SendingLoop, item: Claimed, outcome: SendOutcome, now: float) -> None:
    loop.probing = False
    tries = loop.gateway_tries.get(item.id, 0)
    delays = loop.options.gateway_retry_delays
    if tries >= len(delays):
        loop.gateway_tries.pop(item.id, None)
        _settle_one(loop, item, outcome, SendDecision(Step.SETTLE, RecipientState.REJECTED))
        return
    loop.gateway_tries[item.id] = tries + 1
    heapq.heappush(loop.retry, (now + delays[tries], item.id, item))


def _retry_unreachable(loop: SendingLoop, item: Claimed, outcome: SendOutcome, now: float) -> None:
    loop.unreachable += 1
    delays = loop.options.unreachable_delays
    if loop.unreachable > len(delays):
        loop.results.append(RecipientResult(item.id, RecipientState.PENDING))
        log.warning("campaign %s: gateway unreachable: %s", loop.id, outcome.error_text)
        loop.stop_sending(CampaignState.PAUSED, UNREACHABLE_REASON)
        return
    loop.hold_until = max(loop.hold_until, now + delays[loop.unreachable - 1])
    loop.ready.appendleft(item)


def _slow_down(loop: SendingLoop, item: Claimed, outcome: SendOutcome, now: float) -> None:
    loop.busy += 1
    delays = loop.options.busy_delays
    wait = outcome.retry_after or delays[min(loop.busy, len(delays)) - 1]
    rate = loop.adaptive.slow_down(loop.meter.rate())
    loop.hold_until = max(loop.hold_until, now + wait)
    loop.ready.appendleft(item)
    loop.notice(Severity.INFO, f"The gateway asked to slow down; sending at about "
                 f"{rate:.0f} per second for a while.")


def _input_decision(error: GatewayInputError) -> SendDecision:
    """A request we refused to send: the recipient's fault, or the campaign's settings."""
    if error.parameter in _RECIPIENT_PARAMETERS:
        return SendDecision(Step.SETTLE, RecipientState.REJECTED)
    return SendDecision(Step.HALT, campaign_state=CampaignState.STOPPED,
                        reason=f"{error} Fix it in the settings, then resume.")


_RETRIES: dict[Step, Callable[[SendingLoop, Claimed, SendOutcome, float], None]] = {
    Step.RETRY_GATEWAY: _retry_gateway,
    Step.RETRY_UNREACHABLE: _retry_unreachable,
    Step.SLOW_DOWN: _slow_down,
}
