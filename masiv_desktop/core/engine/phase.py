"""Where a run's sending stands: sending or not, waiting for the contact window, out of
pending recipients to claim for now, or halted (and why).

The run loop moves it; the send and poll sides never see it (the loop asks it before calling
them). Run thread only.
"""

from __future__ import annotations

from masiv_desktop.core.engine.types import Halt
from masiv_desktop.core.usertypes import CampaignState


class SendPhase:
    """The run loop's answer to "may the run send, claim, poll now?"."""

    def __init__(self) -> None:
        self.sending = False
        self.halt: Halt | None = None
        self.waiting = False
        """Outside the contact window: nothing is claimed or sent until it opens."""
        self.exhausted = False
        """The last claim found fewer pending recipients than it asked for."""

    @property
    def may_send(self) -> bool:
        """Requests of claimed recipients may start."""
        return self.halt is None and not self.waiting

    @property
    def may_claim(self) -> bool:
        """Pending recipients may be claimed."""
        return self.sending and self.halt is None and not self.exhausted and not self.waiting

    @property
    def may_poll(self) -> bool:
        """Statuses may be asked: a cancel stops submitting only, so the messages the gateway
        already accepted are still followed to a final status (issue 15)."""
        return self.halt is None or self.halt.state is CampaignState.CANCELLED

    @property
    def active(self) -> bool:
        """Sending, and no halt asked for."""
        return self.sending and self.halt is None
