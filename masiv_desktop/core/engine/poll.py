"""The run loop's poll side: ask getMessage for the parts that are due, and record what
comes back (and finish a sent campaign when its last part is final).

Split from `loop.py` so the polling rules read on their own (`core/engine/poller.py` holds the
decisions). Everything here runs on the run thread and works on the `RunLoop`'s state,
except `poll_job`, which runs on a sender thread and only talks back through the answer queue.
"""

from __future__ import annotations

import logging
import math
import queue
from collections import deque
from collections.abc import Callable
from functools import partial
from typing import Protocol

from masiv_desktop.core.engine.events import EventQueue, RecipientChanged, StateChanged
from masiv_desktop.core.engine.poller import decide_poll
from masiv_desktop.core.engine.ratelimit import TokenBucket
from masiv_desktop.core.engine.receipts import ReceiptHints
from masiv_desktop.core.engine.types import Answer, EngineOptions, PollAnswer, PollMode
from masiv_desktop.core.engine.workers import Workers
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.store.journal import Claimed
from masiv_desktop.core.store.parts import DuePart, PartsBook, PartUpdate
from masiv_desktop.core.usertypes import CampaignState, RecipientState, Severity
from masiv_desktop.gateway.outcomes import StatusReport
from masiv_desktop.gateway.transport import Transport

log = logging.getLogger(__name__)


class PollingLoop(Protocol):
    """What the poll side reads and changes of the run loop (`loop.RunLoop`), declared here
    so this module does not import the loop that calls it."""

    id: int
    store: Store
    transport: Transport
    options: EngineOptions
    events: EventQueue
    clock: Callable[[], float]
    answers: queue.SimpleQueue[Answer]
    parts: PartsBook
    receipts: ReceiptHints
    pool: Workers
    bucket: TokenBucket
    ready: deque[Claimed]
    retry: list[tuple[float, int, Claimed]]
    updates: list[PartUpdate]
    halt: tuple[CampaignState, str] | None
    sending: bool
    stop_polling: bool
    in_flight: int
    polls_in_flight: set[int]
    hold_until: float
    next_poll_check: float
    once_after: int
    once_done: bool
    open_parts: int

    def notice(self, level: Severity, text: str) -> None: ...


def dispatch_polls(loop: PollingLoop, now: float) -> None:
    """Start the polls that are due, in the connections sending leaves free."""
    mode = loop.options.poll
    if mode is PollMode.NONE or loop.stop_polling or loop.halt is not None:
        return
    if loop.sending and (loop.ready or loop.retry or now < loop.hold_until):
        return
    free = loop.options.connections - loop.in_flight - len(loop.polls_in_flight)
    one_pass = mode is PollMode.ONCE or (loop.options.poll_all_first and not loop.once_done)
    if free <= 0 or (not one_pass and now < loop.next_poll_check):
        return
    if one_pass:
        due = loop.parts.startable(now, loop.once_after, free)
        if due:
            loop.once_after = due[-1].id
        loop.once_done = not due
    else:
        due = loop.parts.due(now, free, loop.polls_in_flight)
        if not due:
            next_due = loop.parts.next_due()
            loop.next_poll_check = min(next_due or math.inf, now + 1.0)
    for part in due:
        if not loop.bucket.try_take(1.0):
            if one_pass:
                loop.once_after = part.id - 1
                loop.once_done = False
            return
        loop.polls_in_flight.add(part.id)
        loop.pool.submit(partial(poll_job, loop), part)


def poll_job(loop: PollingLoop, part: DuePart) -> None:
    """On a sender thread: one getMessage, its answer back to the run thread."""
    try:
        report = loop.transport.get_message(part.message_id)
    except Exception as exc:
        log.exception("campaign %s: asking the status of %s failed", loop.id,
                      part.message_id)
        report = StatusReport(part.message_id, None, transient=True,
                              error_text=type(exc).__name__)
    loop.answers.put(PollAnswer(part, report))


def on_poll(loop: PollingLoop, answer: PollAnswer) -> None:
    """One poll answer, on the run thread: queue its update; stop polling on account trouble."""
    loop.polls_in_flight.discard(answer.part.id)
    loop.receipts.polled(answer.part.message_id, has_status=answer.report.status is not None)
    decision = decide_poll(answer.part, answer.report, loop.clock(),
                           loop.options.poll_policy)
    loop.updates.append(decision.update)
    if decision.update.next_poll_at is None:
        loop.open_parts -= 1
    if decision.account_problem and not loop.stop_polling:
        loop.stop_polling = True
        loop.notice(Severity.WARNING, "Status polling stopped: "
                     f"{decision.account_problem} Check the account, then poll again.")


def record_polls(loop: PollingLoop, now: float) -> None:
    """Write the queued poll updates; a sent campaign whose last part is final is finished."""
    if not loop.updates:
        return
    updates, loop.updates = loop.updates, []
    loop.parts.record(updates)
    if loop.options.recipient_events:
        statuses = loop.parts.recipient_status_times([u.recipient_id for u in updates])
        for rid, (status, moment) in statuses.items():
            loop.events.put(RecipientChanged(loop.id, rid, RecipientState.ACCEPTED, status,
                                             status_time=moment))
    if not loop.sending and any(u.next_poll_at is None for u in updates) \
            and loop.parts.next_due() is None \
            and loop.store.campaign_state(loop.id) is CampaignState.SENT:
        loop.store.set_state(loop.id, CampaignState.FINISHED, "", now=now,
                             message="Every message has a final status.")
        loop.events.put(StateChanged(loop.id, CampaignState.FINISHED))
