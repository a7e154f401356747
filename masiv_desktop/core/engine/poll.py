"""The run's poll side: ask getMessage for the parts that are due, and record what comes back.

`Polls` owns the polling state of a run (polls in flight, the next check, the one-pass
cursor, whether polling stopped) and the receipt hints (`receipts.py`); `core/engine/poller.py`
holds the decisions. It tells the run loop, in a `PollReply`, what it must do (count a closed
part, tell the user); finishing the campaign stays with the loop. Everything here runs on
the run thread, except `PollRequest`, which runs on a sender thread and only talks back
through the answer queue.
"""

from __future__ import annotations

import logging
import math
import queue
from dataclasses import dataclass

from masiv_desktop.core.engine.events import EventQueue, RecipientChanged
from masiv_desktop.core.engine.poller import decide_poll
from masiv_desktop.core.engine.ratelimit import TokenBucket
from masiv_desktop.core.engine.receipts import ReceiptHints
from masiv_desktop.core.engine.types import Answer, EngineOptions, PollAnswer, PollMode
from masiv_desktop.core.engine.workers import Workers
from masiv_desktop.core.reasons import Reason, ReasonKind
from masiv_desktop.core.store.parts import DuePart, PartsBook, PartUpdate
from masiv_desktop.core.usertypes import RecipientState
from masiv_desktop.gateway.outcomes import StatusReport
from masiv_desktop.gateway.transport import Transport

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PollRequest:
    """One getMessage on a sender thread, its answer back on `answers`. Immutable."""

    campaign_id: int
    transport: Transport
    answers: queue.SimpleQueue[Answer]

    def __call__(self, part: DuePart) -> None:
        """Never raises: a failed query is a transient report (asked again later)."""
        try:
            report = self.transport.get_message(part.message_id)
        except Exception as exc:
            log.exception("campaign %s: asking the status of %s failed", self.campaign_id,
                          part.message_id)
            report = StatusReport(part.message_id, None, transient=True,
                                  error_text=type(exc).__name__)
        self.answers.put(PollAnswer(part, report))


@dataclass(frozen=True)
class PollReply:
    """What one poll answer asks of the run loop."""

    part_closed: bool = False
    """The part will not be polled again (final, unknown id, or its window is over)."""
    notice: Reason | None = None
    """A warning for the user."""


_CLOSED = PollReply(part_closed=True)
_OPEN = PollReply()


class Polls:
    """The polls of one run. The caller decides whether polling may go on now (a halt, or
    sends waiting: sends come first); this decides which parts and how many."""

    def __init__(self, options: EngineOptions, parts: PartsBook,
                 pool: Workers, bucket: TokenBucket, request: PollRequest,
                 events: EventQueue) -> None:
        self._options = options
        self._parts = parts
        self._pool = pool
        self._bucket = bucket
        self._request = request
        self._events = events
        self._receipts = ReceiptHints(parts)
        self._in_flight: set[int] = set()
        self._updates: list[PartUpdate] = []
        self._next_check = 0.0
        self._once_after = 0
        self._once_done = False
        self.stopped = False

    @property
    def busy(self) -> bool:
        """Polls are in flight or answers wait to be written."""
        return bool(self._in_flight or self._updates)

    def stop(self) -> bool:
        """No more polls in this run; True when this call stopped them."""
        stopping, self.stopped = not self.stopped, True
        return stopping

    def next_due(self) -> float | None:
        """When the next open part is due (None: no part is open)."""
        return self._parts.next_due()

    def done(self) -> bool:
        """With sending over: whether the run's poll mode has nothing left to do."""
        mode = self._options.poll
        if mode is PollMode.UNTIL_FINAL:
            return self._parts.next_due() is None
        if mode is PollMode.ONCE:
            return self._once_done
        return True

    def dispatch(self, now: float, connections: int) -> None:
        """Start the polls that are due in `connections` (those sending leaves free)."""
        mode = self._options.poll
        if mode is PollMode.NONE or self.stopped:
            return
        free = connections - len(self._in_flight)
        one_pass = mode is PollMode.ONCE or (self._options.poll_all_first
                                             and not self._once_done)
        if free <= 0 or (not one_pass and now < self._next_check):
            return
        due = self._one_pass(now, free) if one_pass else self._due(now, free)
        for part in due:
            if not self._bucket.try_take(1.0):
                if one_pass:
                    self._once_after = part.id - 1
                    self._once_done = False
                return
            self._in_flight.add(part.id)
            self._pool.submit(self._request, part)

    def _one_pass(self, now: float, free: int) -> list[DuePart]:
        due = self._parts.startable(now, self._once_after, free)
        if due:
            self._once_after = due[-1].id
        self._once_done = not due
        return due

    def _due(self, now: float, free: int) -> list[DuePart]:
        due = self._parts.due(now, free, self._in_flight)
        if not due:
            next_due = self._parts.next_due()
            self._next_check = min(next_due or math.inf, now + 1.0)
        return due

    def answer(self, answer: PollAnswer, now: float) -> PollReply:
        """One poll answer: queue its update; stop polling on account trouble."""
        self._in_flight.discard(answer.part.id)
        self._receipts.polled(answer.part.message_id,
                              has_status=answer.report.status is not None)
        decision = decide_poll(answer.part, answer.report, now, self._options.poll_policy)
        _log_backwards(answer)
        self._updates.append(decision.update)
        closed = decision.update.next_poll_at is None
        if decision.account_problem and self.stop():
            return PollReply(closed, Reason(ReasonKind.POLLING_STOPPED,
                                            {"code": answer.report.error_code}))
        return _CLOSED if closed else _OPEN

    def hint(self, message_id: str, now: float) -> None:
        """A receipt came for `message_id`: poll its part soon."""
        self._receipts.received(message_id, now)

    def record(self, now: float, *, parts_written: bool) -> bool:
        """Write the queued updates, then make hinted parts due (`parts_written`: the turn
        wrote new parts). True when some part just became final."""
        closed = self._write_updates()
        if self._receipts.apply(now, parts_written=parts_written):
            self._next_check = 0.0
        return closed

    def _write_updates(self) -> bool:
        if not self._updates:
            return False
        updates, self._updates = self._updates, []
        self._parts.record(updates)
        if self._options.recipient_events:
            statuses = self._parts.recipient_status_times([u.recipient_id for u in updates])
            for rid, (status, moment) in statuses.items():
                self._events.put(RecipientChanged(self._request.campaign_id, rid,
                                                  RecipientState.ACCEPTED, status,
                                                  status_time=moment))
        return any(u.next_poll_at is None for u in updates)


def _log_backwards(answer: PollAnswer) -> None:
    """A status behind the part's own (the store keeps the part's): an anomaly worth a line."""
    old, new = answer.part.status, answer.report.status
    if old is not None and new is not None and min(int(new), 3) < min(old, 3):
        log.warning("anomaly: message %s went back from status %s to %s; %s is kept",
                    answer.part.message_id, old, int(new), old)
