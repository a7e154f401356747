"""What the user reads about campaigns: the list with each one's progress, and one campaign's
figures. The desktop program's campaigns list and page show them; `masiv campaigns` and
`masiv status` print them.

Both only read the store; call them off the GUI thread. `campaign_details` wants a store
inside one read transaction (the GUI's `run_store_op(..., snapshot=True)`, the CLI's
`Store(open_snapshot(...))`) so its three readings agree while a run writes.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from masiv_desktop.core.actions import AtGateway, waiting_at_gateway
from masiv_desktop.core.reports import data as report_data
from masiv_desktop.core.reports.data import ReportFigures
from masiv_desktop.core.store.campaigns import Campaign, CampaignCounts, Store
from masiv_desktop.core.store.team import sending_from, sending_now
from masiv_desktop.core.usertypes import CampaignState, RecipientState

SENT = (RecipientState.ACCEPTED, RecipientState.REJECTED, RecipientState.UNCERTAIN)
"""Recipients whose message went to the gateway (or may have): a campaign's progress counts
these. Cancelled ones are counted beside them, never among them (issue 15)."""


def sent_count(by_state: Mapping[RecipientState, int]) -> int:
    """How many recipients of `by_state` count as sent (`SENT`)."""
    return sum(by_state.get(state, 0) for state in SENT)


@dataclass(frozen=True)
class CampaignProgress:
    """One line of the campaigns list."""

    campaign_id: int
    name: str
    state: CampaignState
    done: int
    """Recipients sent (accepted, rejected, uncertain): cancelled ones are not."""
    recipients: int
    created_at: datetime
    purpose: str
    cancelled: int = 0
    """Recipients never sent because the user cancelled the campaign."""
    send_at: datetime | None = None
    """When the gateway delivers (aware UTC); None: at once. A SCHEDULED campaign shows it."""
    created_by: str | None = None
    """The desktop that created it ("user@computer"), None when not kept."""
    sending_from: tuple[str, ...] = ()
    """The desktops sending it now (team store only)."""

    def as_json(self) -> dict[str, Any]:
        return {"id": self.campaign_id, "name": self.name, "state": self.state.value,
                "recipients": self.recipients, "done": self.done, "cancelled": self.cancelled,
                "created_at": self.created_at.isoformat(), "purpose": self.purpose,
                "send_at": self.send_at.isoformat() if self.send_at else None,
                "created_by": self.created_by, "sending_from": list(self.sending_from)}


def campaign_progress(store: Store, now: float | None = None) -> list[CampaignProgress]:
    """Every campaign, oldest first, with how many recipients are sent and cancelled, in the
    state it has at `now` (default: the clock's; `Campaign.as_of`)."""
    moment = time.time() if now is None else now
    lines = []
    sending = sending_now(store.conn)
    for stored in store.campaigns():
        campaign = stored.as_of(moment)
        by_state = store.counts(campaign.id).by_state
        lines.append(CampaignProgress(campaign.id, campaign.name, campaign.state,
                                      sent_count(by_state), campaign.recipients,
                                      campaign.created_at, campaign.purpose.value,
                                      by_state.get(RecipientState.CANCELLED, 0),
                                      campaign.send_at, campaign.created_by,
                                      tuple(sending.get(campaign.id, ()))))
    return lines


@dataclass(frozen=True)
class CampaignDetails:
    """One campaign's page: the campaign, its counts and its report figures."""

    campaign: Campaign
    counts: CampaignCounts
    figures: ReportFigures
    at_gateway: AtGateway | None = None
    """Messages handed to the gateway for a later time (a cancel cannot recall them)."""
    sending_from: tuple[str, ...] = ()
    """The desktops ("user@computer") sending it now, on a team store (`team.sending_from`)."""


def campaign_details(store: Store, campaign_id: int, now: float | None = None
                     ) -> CampaignDetails:
    """The campaign's figures (see the module doc for the snapshot), in the state it has at
    `now` (`Campaign.as_of`). Raises CampaignNotFound."""
    figures = report_data.figures(store.conn, campaign_id)
    moment = time.time() if now is None else now
    campaign = figures.campaign.as_of(moment)
    return CampaignDetails(campaign, store.counts(campaign_id),
                           replace(figures, campaign=campaign),
                           waiting_at_gateway(store, figures.campaign, now=moment),
                           tuple(sending_from(store.conn, campaign_id)))
