"""The engine's options and the answers its sender threads hand back to the run thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from masiv_desktop.core.engine.poller import PollPolicy
from masiv_desktop.core.law.contact_window import ContactWindow
from masiv_desktop.core.law.opt_out import DEFAULT_STOP_WORDS, StopWords
from masiv_desktop.core.reasons import Reason
from masiv_desktop.core.store.journal import Claimed
from masiv_desktop.core.store.parts import DuePart
from masiv_desktop.core.usertypes import CampaignState
from masiv_desktop.gateway.errors import GatewayInputError
from masiv_desktop.gateway.outcomes import SendOutcome, StatusReport


class PollMode(StrEnum):
    NONE = "none"
    WHILE_SENDING = "while_sending"
    """Poll due parts when no send is waiting; the run ends once every recipient is settled."""
    UNTIL_FINAL = "until_final"
    """Keep running until every part has a final status or its window is over."""
    ONCE = "once"
    """Ask once for every open part whose send time has passed, then end."""


@dataclass(frozen=True)
class EngineOptions:
    """How a run behaves. Delays are in seconds; tests shorten them."""

    connections: int = 8
    rate: float | None = None
    """Messages (or parts, see below) per second; None = as fast as the gateway answers."""
    rate_counts_parts: bool = True
    """Count a 3-part message as 3 against `rate` (gateways bill and throttle parts)."""
    send: bool = True
    poll: PollMode = PollMode.WHILE_SENDING
    poll_policy: PollPolicy = field(default_factory=PollPolicy)
    poll_all_first: bool = False
    """Start with one pass over every open part, whatever its schedule (an explicit poll)."""
    unreachable_delays: tuple[float, ...] = (0.5, 1, 2, 4, 8)
    """Waits after "could not connect"; one more failure after the last pauses the campaign."""
    gateway_retry_delays: tuple[float, ...] = (1, 4, 15)
    """Waits before resending after error 8734 (one retry each); then the recipient is rejected."""
    busy_delays: tuple[float, ...] = (1, 2, 4, 8, 15, 30)
    """Waits after HTTP 429/503 when the gateway gave no Retry-After."""
    control_interval: float = 0.5
    """How often the run re-reads the campaign's stored state (pause/cancel from elsewhere)."""
    progress_interval: float = 0.25
    recipient_events: bool = True
    contact_window: ContactWindow | None = None
    """Ley 2300 hours (None: no window, as in older tests): a campaign sent now waits outside
    them unless it is transactional with `window_override` (core/engine/window.py); a split
    scheduled campaign takes each message's delivery time from them."""
    enforce_window: bool = True
    """False for gateways that contact nobody (sandboxes): the run does not wait."""
    stop_words: StopWords = DEFAULT_STOP_WORDS
    """Replies received during the run (SMPP) that hold one of these opt their sender out
    (the `opt_out_words` setting; core/engine/replies.py)."""
    region: str = "CO"
    """The country a reply's national number is read in (the `region` setting)."""


@dataclass(frozen=True)
class Halt:
    """A request to stop sending, returned by the side that saw why (the send side, a
    pause or cancel, a state written by another process); the run loop applies it."""

    state: CampaignState
    reason: Reason | None
    defect: bool = False
    """The answer means our request was malformed: log it as a defect of the program."""
    write: bool = True
    """Store `state` and `reason`; False when they were read from the store."""


@dataclass(frozen=True)
class SendAnswer:
    item: Claimed
    outcome: SendOutcome
    input_error: GatewayInputError | None = None
    internal_error: str | None = None
    """Sending failed inside the program: the exception's type (the message may be out)."""


@dataclass(frozen=True)
class PollAnswer:
    part: DuePart
    report: StatusReport


class Wake:
    """Put on the answer queue to wake the run loop at once (pause, cancel)."""


@dataclass(frozen=True)
class ReceiptHint:
    """The transport kept a receipt for this gateway id: poll that part now
    (`core/engine/receipts.py`)."""

    message_id: str


Answer = SendAnswer | PollAnswer | Wake | ReceiptHint
