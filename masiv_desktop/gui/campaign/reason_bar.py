"""The campaign page's message bar, fed by the campaign: why it paused, stopped or waits (with
"Resume" where that helps), the engine's notices, and the hint on a draft.

A notice that repeats the reason already shown is not shown again; an error the page showed
(a failed start) stays until something replaces it. "The gateway is not answering" is shown
at the first connect failure and taken away when the engine says it answers again (a pause
as unreachable replaces it with its reason).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from masiv_desktop.core.engine.events import EngineNotice, StateChanged
from masiv_desktop.core.reasons import Reason, ReasonKind
from masiv_desktop.core.store.campaigns import Campaign
from masiv_desktop.core.usertypes import CampaignState, Severity
from masiv_desktop.gui.campaign.message_bar import MessageBar
from masiv_desktop.gui.labels import reason_text

_REASON_LEVEL = {CampaignState.PAUSED: Severity.WARNING, CampaignState.STOPPED: Severity.ERROR,
                 CampaignState.WAITING_WINDOW: Severity.INFO}


class ReasonBar(MessageBar):
    """Words the campaign's state, reason and notices in the bar; `resume` is the page's
    Resume, offered beside the reason of a paused or stopped campaign."""

    def __init__(self, resume: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._resume = resume
        self._reason: Reason | None = None

    def show_campaign(self, campaign: Campaign) -> None:
        """The bar for the campaign as read from the store."""
        if campaign.state in _REASON_LEVEL and campaign.reason:
            self.show_reason(campaign.state, campaign.reason)
        elif campaign.state is CampaignState.DRAFT:
            self.show_message(self.tr(
                "This campaign has not been sent. Check the message and the recipients, then "
                "press Send…"), Severity.INFO)
        elif self.severity is not Severity.ERROR:
            self.clear()

    def show_state(self, event: StateChanged) -> None:
        """The bar for a run's change of state: its reason, or nothing once it runs again."""
        if event.reason:
            self.show_reason(event.state, event.reason)
        elif event.state is CampaignState.RUNNING:
            self._reason = None
            self.clear()

    def show_reason(self, state: CampaignState, reason: Reason) -> None:
        can_resume = state in (CampaignState.PAUSED, CampaignState.STOPPED)
        self._reason = reason
        self.show_message(reason_text(reason), _REASON_LEVEL.get(state, Severity.INFO),
                          self.tr("Resume") if can_resume else "",
                          self._resume if can_resume else None)

    def show_notice(self, notice: EngineNotice) -> None:
        """The engine's notice, unless it repeats the reason on show; the end of an outage
        only takes its notice away."""
        if notice.reason.kind is ReasonKind.GATEWAY_ANSWERING_AGAIN:
            outage = reason_text(Reason(ReasonKind.GATEWAY_NOT_ANSWERING))
            if self.isVisible() and self.text.text() == outage:
                self.clear()
        elif not (notice.reason == self._reason and self.isVisible()):
            self.show_message(reason_text(notice.reason), notice.level)
