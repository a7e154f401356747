"""The run thread's loop: claim → send → record, polls in the gaps, pause/cancel, progress.

Everything here runs on the run thread. This module holds the turn itself, starting, halting
(pause/cancel/stop, the contact window), claiming and recording; the state has owners, each
with one job: `Sends` (send.py: the claimed recipients in `SendQueue` and the gateway's
`GatewayHealth`), `Polls` (poll.py), `Tally` (counts and progress) and `SendPhase` (whether
the run may send). The send and poll sides return replies (`SendReply`, `PollReply`, a
`Halt`) that the loop applies; their requests run on the sender threads and only talk back
through the answer queue. See `run.py` for the guarantees; `sender.py` and `poller.py` hold
the decisions.
"""

from __future__ import annotations

import logging
import queue
from collections.abc import Callable

from masiv_desktop.core.engine.events import (
    EngineNotice,
    EventQueue,
    RecipientChanged,
    StateChanged,
)
from masiv_desktop.core.engine.phase import SendPhase
from masiv_desktop.core.engine.poll import PollRequest, Polls
from masiv_desktop.core.engine.ratelimit import TokenBucket
from masiv_desktop.core.engine.receipts import listen
from masiv_desktop.core.engine.send import SendRequest, Sends
from masiv_desktop.core.engine.tally import Tally
from masiv_desktop.core.engine.types import (
    Answer,
    EngineOptions,
    Halt,
    PollAnswer,
    PollMode,
    ReceiptHint,
    SendAnswer,
)
from masiv_desktop.core.engine.window import DeliveryTimes, WindowGate
from masiv_desktop.core.engine.workers import Workers
from masiv_desktop.core.reasons import Reason, ReasonKind, describe
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.store.journal import Journal
from masiv_desktop.core.store.parts import PartsBook
from masiv_desktop.core.usertypes import CampaignState, RecipientState, Severity
from masiv_desktop.gateway.transport import Transport

log = logging.getLogger(__name__)

_IDLE_WAIT = 0.05
_RECOVERY_EVERY_S = 2.0
"""How often a run with nothing left to claim looks for a gone desktop's claims."""
_NOT_SENDABLE = frozenset({CampaignState.CANCELLED})
_FINAL_STATES = frozenset({CampaignState.CANCELLED})
"""States no run writes over: the user's cancel is the last word on sending."""
_NOT_SCHEDULED = frozenset(CampaignState) - {CampaignState.SCHEDULED}


class RunLoop:
    """One run of one campaign on the calling thread; see `CampaignRun` for the public side."""

    def __init__(self, campaign_id: int, store: Store, transport: Transport,
                 options: EngineOptions, *, events: EventQueue, clock: Callable[[], float],
                 answers: queue.SimpleQueue[Answer],
                 take_request: Callable[[], tuple[CampaignState, Reason | None] | None],
                 holder: str | None = None) -> None:
        self.id = campaign_id
        self.store = store
        self.transport = transport
        self.options = options
        self.events = events
        self.clock = clock
        self.answers = answers
        self.take_request = take_request
        campaign = store.campaign(campaign_id)
        send_at = campaign.send_at.timestamp() if campaign.send_at else None
        send_on = campaign.send_at if send_at and send_at > clock() else None
        self.send_at = send_at
        self.scheduled = campaign.state is CampaignState.SCHEDULED
        """The stored state is SCHEDULED: it becomes SENT once `send_at` passes."""
        self.gate = WindowGate.for_campaign(
            store.conn, campaign, options.contact_window if options.enforce_window else None,
            sending_now=send_on is None and not campaign.per_row)
        delivery = DeliveryTimes.for_campaign(store.conn, campaign, options.contact_window,
                                              send_on)
        self.journal = Journal(store.conn, campaign_id, template=campaign.template,
                               send_at=send_at, first_poll_delay=options.poll_policy.delay(0),
                               holder=holder)
        self.tally = Tally(campaign_id, campaign.recipients, clock, options.progress_interval)
        self.phase = SendPhase()
        self.next_control = 0.0
        self._next_recovery = 0.0
        bucket = TokenBucket(options.rate, clock)
        self.pool = Workers(options.connections, f"campaign-{campaign_id}-gateway")
        self.sends = Sends(options, SendRequest(campaign_id, transport, answers,
                                                campaign.originator or None,
                                                campaign.long_message, delivery),
                           self.pool, bucket, clock, observed=self.tally.rate)
        self.polls = Polls(options, PartsBook(store.conn, campaign_id), self.pool, bucket,
                           PollRequest(campaign_id, transport, answers), events)

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
            self.notice(Severity.WARNING,
                        Reason(ReasonKind.RECOVERED_UNCERTAIN, {"count": recovered}))
        counts = self.store.counts(self.id)
        self.tally.load(counts.by_state, counts.open_parts)
        self.phase.sending = self.options.send and self._begin_sending(now)

    def _turn(self) -> None:
        self._collect(self._wait_time())
        now = self.clock()
        self._control(now)
        self._check_schedule(now)
        self._check_window(now)
        self._write(now)
        if self.phase.may_send:
            self.sends.dispatch(now)
        if self.phase.may_poll and not (self.phase.sending and self.sends.busy(now)):
            self.polls.dispatch(now, self.options.connections - self.sends.queue.in_flight)
        self._progress(now)
        self.sends.health.tick()

    def _finished(self) -> bool:
        if self.sends.queue.in_flight or self.sends.queue.unrecorded or self.polls.busy:
            return False
        if not self.phase.may_poll or self.polls.stopped:
            return True
        if self.phase.sending:
            return False
        return self.polls.done()

    def _wait_time(self) -> float:
        if self.phase.halt is None:
            return self.sends.wait_time(self.clock(), _IDLE_WAIT)
        return _IDLE_WAIT

    def _collect(self, timeout: float) -> None:
        try:
            answer = self.answers.get(timeout=timeout) if timeout > 0 else \
                self.answers.get_nowait()
        except queue.Empty:
            return
        while True:
            if isinstance(answer, SendAnswer):
                self._on_send(answer)
            elif isinstance(answer, PollAnswer):
                self._on_poll(answer)
            elif isinstance(answer, ReceiptHint):
                self.polls.hint(answer.message_id, self.clock())
            try:
                answer = self.answers.get_nowait()
            except queue.Empty:
                return

    def _on_send(self, answer: SendAnswer) -> None:
        halt = self.phase.halt
        reply = self.sends.answer(answer, self.clock(), None if halt is None else halt.state)
        if reply.settled_parts is not None:
            self.tally.settled(reply.settled_parts)
        if reply.halt is not None:
            self.stop_sending(reply.halt)
        if reply.notice is not None:
            self.notice(reply.level, reply.notice)

    def _on_poll(self, answer: PollAnswer) -> None:
        reply = self.polls.answer(answer, self.clock())
        if reply.part_closed:
            self.tally.part_closed()
        if reply.notice is not None:
            self.notice(Severity.WARNING, reply.notice)

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
        self.store.set_state(self.id, CampaignState.RUNNING, None, now=now,
                             message=f"Sending {verb}.")
        self.events.put(StateChanged(self.id, CampaignState.RUNNING))
        return True

    def _settle(self, now: float) -> None:
        """Every recipient is accepted, rejected, uncertain or cancelled. A campaign
        cancelled meanwhile (here or by another process) stays cancelled."""
        self.phase.sending = False
        state = self._settled_state(now)
        s = self.store.counts(self.id).by_state
        if self.store.set_state(self.id, state, None, now=now, unless=_FINAL_STATES, message=(
                f"Every recipient is settled: {s[RecipientState.ACCEPTED]} accepted, "
                f"{s[RecipientState.REJECTED]} rejected, {s[RecipientState.UNCERTAIN]} "
                "uncertain.")):
            self.scheduled = state is CampaignState.SCHEDULED
            self.events.put(StateChanged(self.id, state))
        else:
            self.stop_sending(Halt(CampaignState.CANCELLED, None, write=False))

    def _settled_state(self, now: float) -> CampaignState:
        """Finished when no message awaits a status; scheduled while the gateway holds the
        accepted ones for a later time; sent otherwise."""
        if self.polls.next_due() is None:
            return CampaignState.FINISHED
        if self.send_at is not None and now < self.send_at:
            return CampaignState.SCHEDULED
        return CampaignState.SENT

    def _check_schedule(self, now: float) -> None:
        """A scheduled campaign whose send time passed is sent (unless the user cancelled
        it meanwhile: the write is conditional on the stored state)."""
        if not self.scheduled or self.send_at is None or now < self.send_at:
            return
        self.scheduled = False
        if self.store.set_state(self.id, CampaignState.SENT, None, now=now,
                                unless=_NOT_SCHEDULED,
                                message="The scheduled time passed: the gateway is sending."):
            self.events.put(StateChanged(self.id, CampaignState.SENT))

    def _finish_polled(self, now: float) -> None:
        """A sent campaign whose last part just became final is finished."""
        if self.polls.next_due() is None \
                and self.store.campaign_state(self.id) is CampaignState.SENT:
            self.store.set_state(self.id, CampaignState.FINISHED, None, now=now,
                                 message="Every message has a final status.")
            self.events.put(StateChanged(self.id, CampaignState.FINISHED))

    def stop_sending(self, halt: Halt) -> None:
        """Stop sending now: claimed-but-unsent recipients go back (or are cancelled)."""
        if self.phase.halt is not None:
            return
        self.phase.halt = halt
        state, reason = halt.state, halt.reason
        if halt.defect:
            log.error("campaign %s: defect: %s", self.id, describe(reason) if reason else "")
        cancelled = state is CampaignState.CANCELLED
        self.sends.queue.give_back(RecipientState.CANCELLED if cancelled
                                   else RecipientState.PENDING)
        if halt.write and self.phase.sending:
            now = self.clock()
            self._write(now)
            if cancelled:
                self.store.cancel(self.id, now=now)
            else:
                self.store.set_state(self.id, state, reason, now=now, unless=_FINAL_STATES)
        if cancelled:
            self.phase.sending = False
            self.tally.load(self.store.counts(self.id).by_state)
        self.events.put(StateChanged(self.id, state, reason))
        if reason is not None:
            level = Severity.INFO if state is CampaignState.PAUSED and not halt.defect \
                else Severity.WARNING
            self.notice(level, reason)

    def _control(self, now: float) -> None:
        request = self.take_request()
        if request is not None:
            if request[0] is not CampaignState.CANCELLED:
                self.polls.stop()
            if self.phase.sending:
                self.stop_sending(Halt(*request))
        if now < self.next_control or not self.phase.active:
            return
        self.next_control = now + self.options.control_interval
        campaign = self.store.campaign(self.id)
        expected = CampaignState.WAITING_WINDOW if self.phase.waiting else CampaignState.RUNNING
        if campaign.state is not expected:
            self.stop_sending(Halt(campaign.state, campaign.reason, write=False))

    def _check_window(self, now: float) -> None:
        """Ley 2300: outside the contact window a commercial run gives its claimed recipients
        back and waits (polls go on); at the next opening it sends again by itself."""
        if not self.gate.active or not self.phase.active:
            return
        opening = self.gate.closed_until(now)
        if opening is not None and not self.phase.waiting:
            self.phase.waiting = True
            self.sends.queue.give_back(RecipientState.PENDING)
            reason = self.gate.waiting_reason(opening)
            self._write(now)
            self.store.set_state(self.id, CampaignState.WAITING_WINDOW, reason, now=now,
                                 unless=_FINAL_STATES)
            self.events.put(StateChanged(self.id, CampaignState.WAITING_WINDOW, reason))
        elif opening is None and self.phase.waiting:
            self.phase.waiting = False
            self.phase.exhausted = False
            self.store.set_state(self.id, CampaignState.RUNNING, None, now=now,
                                 unless=_FINAL_STATES,
                                 message="The contact window opened: sending resumed.")
            self.events.put(StateChanged(self.id, CampaignState.RUNNING))
            self.notice(Severity.INFO, Reason(ReasonKind.WINDOW_OPENED))

    # -- claiming and recording (sending: send.py; polling: poll.py) -------------

    def _write(self, now: float) -> None:
        """Record the answers and claim the next recipients in one transaction, then write
        the polls' updates; settle the campaign when nothing is left to send."""
        claim = self.sends.claimable(now) if self.phase.may_claim else 0
        results = self.sends.queue.take_results()
        claimed = self.journal.write(results, claim, now)
        if claim and len(claimed) < claim:
            self.phase.exhausted = True
        self.sends.queue.claimed(claimed)
        self.tally.moved(RecipientState.PENDING, RecipientState.CLAIMED, len(claimed))
        for result in results:
            self.tally.moved(RecipientState.CLAIMED, result.state)
            if self.options.recipient_events:
                self.events.put(RecipientChanged(self.id, result.recipient_id, result.state,
                                                 error_code=result.error_code,
                                                 error_text=result.error_text,
                                                 reason=result.reason))
        if self.polls.record(now, parts_written=bool(results)) and not self.phase.sending:
            self._finish_polled(now)
        if self.phase.active and self.phase.exhausted and self.sends.queue.idle:
            if self.journal.pending_left() == 0:
                self._settle(now)
            else:
                self.phase.exhausted = False
                self._recover_others(now)

    def _recover_others(self, now: float) -> None:
        """On a team store the rest may be claims of another desktop's run: while it lives
        they are its to record; once it is gone they become uncertain here, as at a start."""
        if self.journal.holder is None or now < self._next_recovery:
            return
        self._next_recovery = now + _RECOVERY_EVERY_S
        recovered = self.journal.recover_claimed(now)
        if recovered:
            counts = self.store.counts(self.id)
            self.tally.load(counts.by_state, counts.open_parts)
            self.notice(Severity.WARNING,
                        Reason(ReasonKind.RECOVERED_UNCERTAIN, {"count": recovered}))

    # -- telling the user ----------------------------------------------------------------

    def _progress(self, now: float, *, force: bool = False) -> None:
        progress = self.tally.progress(now, sending=self.phase.sending, force=force)
        if progress is not None:
            self.events.put(progress)

    def notice(self, level: Severity, reason: Reason) -> None:
        self.events.put(EngineNotice(self.id, level, reason))
