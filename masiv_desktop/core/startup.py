"""What the desktop program does with the store when it starts and quits, Qt-free.

- `runs_at_start`: campaigns that were sending when the program stopped (crash, power cut,
  or closed with "Pause and close") continue by themselves; sent and scheduled campaigns
  (polled from their send time on, when they become sent), and cancelled
  ones whose accepted messages still await a final status, keep being polled. A campaign
  the user paused stays paused.
- `create_sample_campaign`: the first run's draft from the sample list, so a new user can
  try a whole campaign on the sandbox without preparing anything.

- `forget_old_personal_data`: the retention setting, applied at every start.

All of them touch the store: call them off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from masiv_desktop.core.campaigns import Choices, PlanRequest, create_campaign, plan_campaign
from masiv_desktop.core.reasons import Reason, ReasonKind
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.store.erasure import forget_finished
from masiv_desktop.core.usertypes import CampaignState, Purpose

CLOSED_REASON = Reason(ReasonKind.PAUSED_ON_CLOSE)
"""The stored reason of a campaign paused by closing the program: it resumes at the next start."""

SAMPLE_MESSAGE = ("Hola {Nombre}, esta semana tiene 20% de descuento en nuestra tienda de "
                  "{Ciudad}. ¡Lo esperamos!")
"""The first run's message: a plain commercial offer (the sample list's people, merge fields
the editor can show). Spanish whatever the program's language: the recipients are Colombian."""


@dataclass(frozen=True)
class StartupRun:
    campaign_id: int
    send: bool
    """True: continue sending (and poll); False: only poll the statuses of a sent campaign."""


def runs_at_start(store: Store) -> list[StartupRun]:
    """The campaigns to run when the program opens, oldest first (see the module doc)."""
    runs: list[StartupRun] = []
    for campaign in sorted(store.campaigns(), key=lambda c: c.id):
        resume = campaign.state in (CampaignState.RUNNING, CampaignState.WAITING_WINDOW) or (
            campaign.state is CampaignState.PAUSED and campaign.reason == CLOSED_REASON)
        if resume:
            runs.append(StartupRun(campaign.id, send=True))
        elif campaign.state in (CampaignState.SENT, CampaignState.SCHEDULED) or (
                campaign.state is CampaignState.CANCELLED and store.open_parts(campaign.id)):
            runs.append(StartupRun(campaign.id, send=False))
    return runs


def is_first_run(store: Store, settings: Settings) -> bool:
    """No account set up (the sandbox) and no campaign yet."""
    return settings.uses_sandbox and not store.campaigns()


def create_sample_campaign(store: Store, settings: Settings, sample: Path, name: str, *,
                           now: float) -> int:
    """Store the sample list as a DRAFT commercial campaign with `SAMPLE_MESSAGE`.

    Commercial, because that is what marketing staff send; on the sandbox the contact hours
    are shown but not enforced, so the demo sends at any hour."""
    request = PlanRequest(sample, SAMPLE_MESSAGE, settings, name=name,
                          choices=Choices(purpose=Purpose.COMMERCIAL, footer=False))
    plan = plan_campaign(store, request, now=now)
    return create_campaign(store, plan, now=now)


def forget_old_personal_data(store: Store, settings: Settings, *, now: float) -> int:
    """The retention setting (`personal_data_days`, 0 = off): recipients of campaigns that
    ended longer ago lose their numbers, names and texts; counts and statuses stay. Returns
    how many were forgotten."""
    if settings.personal_data_days <= 0:
        return 0
    return forget_finished(store.conn, now - settings.personal_data_days * 86_400)
