"""The run thread's loop: claim → send → record, polls in the gaps, pause/cancel, progress.

Everything here runs on the run thread. This module holds the turn itself, starting, halting
(pause/cancel/stop, the contact window), claiming and recording, and progress; the send side
(answers, retries) is in `send.py` and the poll side in `poll.py`, whose jobs run on the
sender threads and only talk back through the answer queue; each declares what it needs of
`RunLoop` as a Protocol. See `run.py` for the guarantees; `sender.py` and `poller.py` hold
the decisions.
"""

from __future__ import annotations

import logging
import math
import queue
from collections import deque
from collections.abc import Callable

from masiv_desktop.core.engine.events import (
    EventQueue,
    Notice,
    Progress,
    RecipientChanged,
    StateChanged,
)
from masiv_desktop.core.engine.poll import dispatch_polls, on_poll, record_polls
from masiv_desktop.core.engine.ratelimit import AdaptiveRate, RateMeter, TokenBucket
from masiv_desktop.core.engine.receipts import ReceiptHints, listen
from masiv_desktop.core.engine.send import dispatch, on_send
from masiv_desktop.core.engine.types import (
    Answer,
    EngineOptions,
    PollAnswer,
    PollMode,
    ReceiptHint,
    SendAnswer,
)
from masiv_desktop.core.engine.window import DeliveryTimes, WindowGate
from masiv_desktop.core.engine.workers import Workers
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.store.journal import Claimed, Journal, RecipientResult
from masiv_desktop.core.store.parts import PartsBook, PartUpdate
from masiv_desktop.core.usertypes import CampaignState, RecipientState, Severity
from masiv_desktop.gateway.transport import Transport

log = logging.getLogger(__name__)

_IDLE_WAIT = 0.05
_NOT_SENDABLE = frozenset({CampaignState.CANCELLED})


class RunLoop:
    """One run of one campaign on the calling thread; see `CampaignRun` for the public side."""

    def __init__(self, campaign_id: int, store: Store, transport: Transport,
                 options: EngineOptions, *, events: EventQueue, clock: Callable[[], float],
                 answers: queue.SimpleQueue[Answer],
                 take_request: Callable[[], tuple[CampaignState, str] | None]) -> None:
        self.id = campaign_id
        self.store = store
        self.transport = transport
        self.options = options
        self.events = events
        self.clock = clock
        self.answers = answers
        self.take_request = take_request
        campaign = store.campaign(campaign_id)
        now = clock()
        self.send_at = campaign.send_at.timestamp() if campaign.send_at else None
        self.send_on = campaign.send_at if self.send_at and self.send_at > now else None
        self.originator = campaign.originator or None
        self.gate = WindowGate.for_campaign(
            store.conn, campaign, options.contact_window if options.enforce_window else None,
            sending_now=self.send_on is None)
        self.delivery = DeliveryTimes.for_campaign(store.conn, campaign, options.contact_window,
                                                   self.send_on)
        self.waiting = False
        self.long_message = campaign.long_message
        self.journal = Journal(store.conn, campaign_id, template=campaign.template,
                               send_at=self.send_at,
                               first_poll_delay=options.poll_policy.delay(0))
        self.parts = PartsBook(store.conn, campaign_id)
        self.receipts = ReceiptHints(self.parts)
        self.bucket = TokenBucket(options.rate, clock)
        self.adaptive = AdaptiveRate(self.bucket, options.rate, clock)
        self.meter = RateMeter(clock)
        self.ready: deque[Claimed] = deque()
        self.retry: list[tuple[float, int, Claimed]] = []
        self.results: list[RecipientResult] = []
        self.updates: list[PartUpdate] = []
        self.in_flight = 0
        self.polls_in_flight: set[int] = set()
        self.halt: tuple[CampaignState, str] | None = None
        self.stop_polling = False
        self.sending = False
        self.exhausted = False
        self.probing = True
        self.hold_until = 0.0
        self.unreachable = 0
        self.busy = 0
        self.gateway_tries: dict[int, int] = {}
        self.next_control = 0.0
        self.next_progress = 0.0
        self.next_poll_check = 0.0
        self.once_after = 0
        self.once_done = False
        self.by_state: dict[RecipientState, int] = {}
        self.total = campaign.recipients
        self.open_parts = 0
        self.pool = Workers(options.connections, f"campaign-{campaign_id}-gateway")

    # -- the loop ------------------------------------------------------------------------

    def run(self) -> CampaignState:
        stop_listening = listen(self.transport, self.answers) \
            if self.options.poll is not PollMode.NONE else None
        try:
            self._start()
            while not self._finished():
                self._turn()
            self._progress(self.clock(), force=True)
        finally:
            if stop_listening is not None:
                stop_listening()
            self.pool.shutdown()
        return self.store.campaign_state(self.id)

    def _start(self) -> None:
        now = self.clock()
        recovered = self.journal.recover_claimed(now)
        if recovered:
            self.notice(Severity.WARNING, f"{recovered} recipients were being sent when "
                         "the program stopped: they are marked uncertain (they may have "
                         "received the message) and will not be resent automatically.")
        counts = self.store.counts(self.id)
        self.by_state = dict(counts.by_state)
        self.open_parts = counts.open_parts
        self.sending = self.options.send and self._begin_sending(now)

    def _turn(self) -> None:
        self._collect(self._wait_time())
        now = self.clock()
        self._control(now)
        self._check_window(now)
        self._write(now)
        dispatch(self, now)
        dispatch_polls(self, now)
        self._progress(now)
        self.adaptive.tick()

    def _finished(self) -> bool:
        if self.in_flight or self.polls_in_flight or self.results or self.updates:
            return False
        if self.halt is not None or self.stop_polling:
            return True
        if self.sending:
            return False
        mode = self.options.poll
        if mode is PollMode.UNTIL_FINAL:
            return self.parts.next_due() is None
        if mode is PollMode.ONCE:
            return self.once_done
        return True

    def _wait_time(self) -> float:
        if self.halt is None and self.ready and self.in_flight < self.window_size():
            return min(_IDLE_WAIT, self.bucket.wait_time(self.cost_of(self.ready[0])),
                       max(0.0, self.hold_until - self.clock()))
        return _IDLE_WAIT

    def _collect(self, timeout: float) -> None:
        try:
            answer = self.answers.get(timeout=timeout) if timeout > 0 else \
                self.answers.get_nowait()
        except queue.Empty:
            return
        while True:
            if isinstance(answer, SendAnswer):
                on_send(self, answer)
            elif isinstance(answer, PollAnswer):
                on_poll(self, answer)
            elif isinstance(answer, ReceiptHint):
                self.receipts.received(answer.message_id, self.clock())
            try:
                answer = self.answers.get_nowait()
            except queue.Empty:
                return

    # -- starting, halting, finishing ----------------------------------------------------

    def _begin_sending(self, now: float) -> bool:
        state = self.store.campaign_state(self.id)
        if state in _NOT_SENDABLE:
            return False
        if self.journal.pending_left() == 0:
            if state in (CampaignState.DRAFT, CampaignState.RUNNING, CampaignState.PAUSED,
                         CampaignState.STOPPED):
                self._settle(now)
            return False
        verb = "started" if state is CampaignState.DRAFT else "resumed"
        self.store.set_state(self.id, CampaignState.RUNNING, "", now=now,
                             message=f"Sending {verb}.")
        self.events.put(StateChanged(self.id, CampaignState.RUNNING))
        return True

    def _settle(self, now: float) -> None:
        """Every recipient is accepted, rejected, uncertain or cancelled."""
        self.sending = False
        state = CampaignState.SENT if self.parts.next_due() is not None \
            else CampaignState.FINISHED
        s = self.store.counts(self.id).by_state
        self.store.set_state(self.id, state, "", now=now, message=(
            f"Every recipient is settled: {s[RecipientState.ACCEPTED]} accepted, "
            f"{s[RecipientState.REJECTED]} rejected, {s[RecipientState.UNCERTAIN]} uncertain."))
        self.events.put(StateChanged(self.id, state))

    def stop_sending(self, state: CampaignState, reason: str, *, write: bool = True,
              defect: bool = False) -> None:
        """Stop sending now: claimed-but-unsent recipients go back (or are cancelled)."""
        if self.halt is not None:
            return
        self.halt = (state, reason)
        if defect:
            log.error("campaign %s: defect: %s", self.id, reason)
        back = RecipientState.CANCELLED if state is CampaignState.CANCELLED \
            else RecipientState.PENDING
        for item in [*self.ready, *(entry[2] for entry in self.retry)]:
            self.results.append(RecipientResult(item.id, back))
        self.ready.clear()
        self.retry.clear()
        if write and self.sending:
            now = self.clock()
            self._write(now)
            if state is CampaignState.CANCELLED:
                self.store.cancel(self.id, now=now)
            else:
                self.store.set_state(self.id, state, reason, now=now)
        if state is CampaignState.CANCELLED:
            self._recount()
        self.events.put(StateChanged(self.id, state, reason))
        if reason:
            level = Severity.INFO if state is CampaignState.PAUSED and not defect \
                else Severity.WARNING
            self.notice(level, reason)

    def _control(self, now: float) -> None:
        request = self.take_request()
        if request is not None:
            self.stop_polling = True
            if self.sending:
                self.stop_sending(*request)
        if now < self.next_control or not self.sending or self.halt is not None:
            return
        self.next_control = now + self.options.control_interval
        campaign = self.store.campaign(self.id)
        expected = CampaignState.WAITING_WINDOW if self.waiting else CampaignState.RUNNING
        if campaign.state is not expected:
            self.stop_sending(campaign.state, campaign.reason, write=False)

    def _check_window(self, now: float) -> None:
        """Ley 2300: outside the contact window a commercial run gives its claimed recipients
        back and waits (polls go on); at the next opening it sends again by itself."""
        if not self.gate.active or not self.sending or self.halt is not None:
            return
        opening = self.gate.closed_until(now)
        if opening is not None and not self.waiting:
            self.waiting = True
            for item in [*self.ready, *(entry[2] for entry in self.retry)]:
                self.results.append(RecipientResult(item.id, RecipientState.PENDING))
            self.ready.clear()
            self.retry.clear()
            reason = self.gate.waiting_reason(opening)
            self._write(now)
            self.store.set_state(self.id, CampaignState.WAITING_WINDOW, reason, now=now)
            self.events.put(StateChanged(self.id, CampaignState.WAITING_WINDOW, reason))
        elif opening is None and self.waiting:
            self.waiting = False
            self.exhausted = False
            self.store.set_state(self.id, CampaignState.RUNNING, "", now=now,
                                 message="The contact window opened: sending resumed.")
            self.events.put(StateChanged(self.id, CampaignState.RUNNING))
            self.notice(Severity.INFO, "The contact window opened: sending resumed.")

    def _recount(self) -> None:
        self.by_state = dict(self.store.counts(self.id).by_state)

    # -- claiming and recording (sending: send.py; polling: poll.py) -------------

    def window_size(self) -> int:
        return 1 if self.probing else self.options.connections

    def cost_of(self, item: Claimed) -> float:
        return float(item.parts) if self.options.rate_counts_parts else 1.0

    def _write(self, now: float) -> None:
        claim = 0
        if self.sending and self.halt is None and not self.exhausted and not self.waiting \
                and now >= self.hold_until:
            free = self.window_size() - self.in_flight - len(self.ready) - len(self.retry)
            tokens = self.bucket.available()
            claim = max(0, free if math.isinf(tokens) else min(free, int(tokens)))
        results, self.results = self.results, []
        claimed = self.journal.write(results, claim, now)
        if claim and len(claimed) < claim:
            self.exhausted = True
        self.ready.extend(claimed)
        self._count(RecipientState.PENDING, RecipientState.CLAIMED, len(claimed))
        for result in results:
            self._count(RecipientState.CLAIMED, result.state, 1)
            if self.options.recipient_events:
                self.events.put(RecipientChanged(self.id, result.recipient_id, result.state,
                                                 error_code=result.error_code))
        record_polls(self, now)
        if self.receipts.apply(now, parts_written=bool(results)):
            self.next_poll_check = 0.0
        if self.sending and self.halt is None and self.exhausted and not self.in_flight \
                and not self.ready and not self.retry:
            if self.journal.pending_left() == 0:
                self._settle(now)
            else:
                self.exhausted = False

    def _count(self, old: RecipientState, new: RecipientState, n: int) -> None:
        if n:
            self.by_state[old] = self.by_state.get(old, 0) - n
            self.by_state[new] = self.by_state.get(new, 0) + n

    # -- telling the user ----------------------------------------------------------------

    def _progress(self, now: float, *, force: bool = False) -> None:
        if now < self.next_progress and not force:
            return
        self.next_progress = now + self.options.progress_interval
        rate = self.meter.rate()
        left = self.by_state.get(RecipientState.PENDING, 0) + \
            self.by_state.get(RecipientState.CLAIMED, 0)
        eta = left / rate if rate > 0 and self.sending else None
        self.events.put(Progress(self.id, self.total, dict(self.by_state), rate, eta,
                                 self.open_parts))

    def notice(self, level: Severity, text: str) -> None:
        self.events.put(Notice(self.id, level, text))

