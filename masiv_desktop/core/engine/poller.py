"""What one status answer means for one part: final, poll again (when), or give up.

Pure decisions (no I/O, time passed in) so the schedule can be tested with any clock. The
engine's run loop asks the gateway and records these decisions through `PartsBook`.
Rules (DESIGN.md, "Statuses"): statuses 3-6 are final; 2 is polled for `network_grace` more
and then kept as final (handset receipts are optional); a part not final after `window`
is left with "no final status"; an unknown id (2000) is recorded and not asked again.
"""

from __future__ import annotations

from dataclasses import dataclass

from masiv_desktop.core.store.parts import DuePart, PartUpdate
from masiv_desktop.gateway.codes import GatewayStatus, Reaction, error_info
from masiv_desktop.gateway.outcomes import StatusReport

NO_FINAL_STATUS = "no final status"
UNKNOWN_ID = "unknown id"


@dataclass(frozen=True)
class PollPolicy:
    """Seconds between polls of one part (the last repeats), the window, the grace for 2."""

    delays: tuple[float, ...] = (30, 60, 120, 300, 600, 1200, 1800, 3600)
    window: float = 72 * 3600.0
    network_grace: float = 6 * 3600.0

    def delay(self, polls_done: int) -> float:
        """Wait before the next poll once `polls_done` polls were made (the first: delays[0])."""
        return self.delays[min(polls_done, len(self.delays) - 1)]


@dataclass(frozen=True)
class PollDecision:
    update: PartUpdate
    account_problem: str | None = None
    """Set when the answer concerns the whole account: the engine stops polling and says so."""


def decide_poll(part: DuePart, report: StatusReport, now: float,
                policy: PollPolicy) -> PollDecision:
    """Turn one getMessage answer into the part's new record."""
    status_time = (None if report.status_time is None
                   else report.status_time.strftime("%Y-%m-%dT%H:%M:%S.000Z"))
    if report.status is not None:
        return PollDecision(_with_status(part, report.status, status_time, now, policy))
    if report.error_code is not None and not report.transient:
        reaction = error_info(report.error_code).reaction
        if reaction is Reaction.UNKNOWN_ID:
            return PollDecision(PartUpdate(part.id, part.recipient_id, None, None, False,
                                           UNKNOWN_ID, None, part.network_at))
        if reaction in (Reaction.STOP_ACCOUNT, Reaction.STOP_DEFECT):
            return PollDecision(_again(part, None, now, policy),
                                account_problem=error_info(report.error_code).meaning)
    return PollDecision(_again(part, None, now, policy))


def _with_status(part: DuePart, status: GatewayStatus, status_time: str | None, now: float,
                 policy: PollPolicy) -> PartUpdate:
    if status.is_final:
        return PartUpdate(part.id, part.recipient_id, int(status), status_time, True, None,
                          None, part.network_at)
    network_at = part.network_at
    if status is GatewayStatus.DELIVERED_TO_NETWORK:
        network_at = network_at if network_at is not None else now
        if now - network_at >= policy.network_grace:
            return PartUpdate(part.id, part.recipient_id, int(status), status_time, True, None,
                              None, network_at)
    update = _again(part, status_time, now, policy, network_at=network_at)
    return PartUpdate(update.part_id, update.recipient_id, int(status), status_time,
                      update.final, update.note, update.next_poll_at, update.network_at)


def _again(part: DuePart, status_time: str | None, now: float, policy: PollPolicy, *,
           network_at: float | None = None) -> PartUpdate:
    network_at = part.network_at if network_at is None else network_at
    window_end = part.poll_from + policy.window
    if now >= window_end:
        return PartUpdate(part.id, part.recipient_id, None, status_time, False, NO_FINAL_STATUS,
                          None, network_at)
    limit = window_end if network_at is None else min(window_end, network_at
                                                       + policy.network_grace)
    next_at = min(now + policy.delay(part.polls + 1), max(limit, now))
    return PartUpdate(part.id, part.recipient_id, None, status_time, False, None, next_at,
                      network_at)
