"""Where each recipient ended, as the delivery report counts it: one category per recipient.

The journal state says whether the message went out; the gateway status (the least-advanced
part, DESIGN.md "Statuses") says what became of it. A recipient accepted by the gateway whose
status is not final and whose parts are no longer polled has "no final status"; while a part
is still polled it is "in progress" (unless it already reached the network).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from masiv_desktop.core.usertypes import RecipientState


class Outcome(StrEnum):
    DELIVERED_TO_HANDSET = "delivered_to_handset"
    DELIVERED_TO_NETWORK = "delivered_to_network"
    DELIVERY_ERROR = "delivery_error"
    GENERAL_ERROR = "general_error"
    LENGTH_ERROR = "length_error"
    REJECTED = "rejected"
    """Refused by the gateway when sent (an error code), never delivered."""
    UNCERTAIN = "uncertain"
    """The request may have reached the gateway; nobody knows."""
    NO_FINAL_STATUS = "no_final_status"
    IN_PROGRESS = "in_progress"
    """Not sent yet, being sent, or accepted and still polled."""
    CANCELLED = "cancelled"


ALWAYS_SHOWN: tuple[Outcome, ...] = tuple(Outcome)[:8]
"""The categories every summary lists; IN_PROGRESS and CANCELLED appear when not zero."""

_BY_STATUS = {2: Outcome.DELIVERED_TO_NETWORK, 3: Outcome.DELIVERED_TO_HANDSET,
              4: Outcome.DELIVERY_ERROR, 5: Outcome.GENERAL_ERROR, 6: Outcome.LENGTH_ERROR}
_BY_STATE = {RecipientState.PENDING.value: Outcome.IN_PROGRESS,
             RecipientState.CLAIMED.value: Outcome.IN_PROGRESS,
             RecipientState.REJECTED.value: Outcome.REJECTED,
             RecipientState.UNCERTAIN.value: Outcome.UNCERTAIN,
             RecipientState.CANCELLED.value: Outcome.CANCELLED}


def outcome(state: str, status: int | None, polled: bool) -> Outcome:
    """The category of one recipient: its stored state, status, and whether a part is polled."""
    if state != RecipientState.ACCEPTED.value:
        return _BY_STATE[state]
    if status is not None and status in _BY_STATUS:
        return _BY_STATUS[status]
    return Outcome.IN_PROGRESS if polled else Outcome.NO_FINAL_STATUS


DELIVERED: frozenset[Outcome] = frozenset({Outcome.DELIVERED_TO_HANDSET,
                                           Outcome.DELIVERED_TO_NETWORK})
_NOT_ATTEMPTED = frozenset({Outcome.IN_PROGRESS, Outcome.CANCELLED})


def delivery_rate(counts: Mapping[Outcome, int]) -> float | None:
    """Delivered (to the handset or the network) over the recipients whose sending is over
    (cancelled and still pending ones left out), 0..1; None before any is over. The GUI's
    report view shows it beside the same counts the report's summary lists."""
    over = sum(n for outcome_, n in counts.items() if outcome_ not in _NOT_ATTEMPTED)
    if over <= 0:
        return None
    return sum(counts.get(o, 0) for o in DELIVERED) / over
