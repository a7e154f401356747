"""The user's actions on a campaign: which its state allows (one rule for the desktop
program's buttons and menu and for the `masiv` commands `start`, `delete`, `pause`,
`resume`, `cancel`, `resend-uncertain`), and pausing, cancelling and resending uncertain
recipients in the store. What an action did is returned as data (`ActionResult`); the CLI
and the GUI word it, each naming its own way to go on.

`running` says that this program has a run of the campaign going (sending or polling): a
draft cannot be started twice, and a paused campaign being wound down cannot be resumed yet.
A `masiv` command has no run of its own when it asks (`running=False`); a run in another
process is refused by the engine's run lock, not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from masiv_desktop.core.reasons import Reason, ReasonKind
from masiv_desktop.core.store.campaigns import CampaignCounts, Store
from masiv_desktop.core.usertypes import CampaignState, RecipientState

SENDING_STATES = frozenset({CampaignState.RUNNING, CampaignState.WAITING_WINDOW})
"""A run is (or should be) sending: it can be paused, not resumed."""
_STOPPED = frozenset({CampaignState.PAUSED, CampaignState.STOPPED})


class Action(StrEnum):
    """What the user can do to a campaign; the value is the `masiv` command's name."""

    SEND = "start"
    """A draft: set its send time and start it."""
    EDIT = "edit"
    """A draft: open its list and message again (a new draft replaces it)."""
    DELETE = "delete"
    PAUSE = "pause"
    RESUME = "resume"
    CANCEL = "cancel"
    RESEND_UNCERTAIN = "resend-uncertain"


def allowed_actions(state: CampaignState, counts: CampaignCounts | None = None, *,
                    running: bool = False) -> frozenset[Action]:
    """The actions `state` allows. `counts` (None: not known yet) tells whether any
    recipient is uncertain; `running`: this program has a run of the campaign going."""
    if state is CampaignState.DRAFT:
        return frozenset() if running else frozenset({Action.SEND, Action.EDIT, Action.DELETE})
    allowed: set[Action] = set()
    if state in SENDING_STATES:
        allowed.add(Action.PAUSE)
    if state in _STOPPED and not running:
        allowed.add(Action.RESUME)
    if state in SENDING_STATES or state in _STOPPED or state is CampaignState.SCHEDULED:
        allowed.add(Action.CANCEL)
    uncertain = counts.by_state.get(RecipientState.UNCERTAIN, 0) if counts else 0
    if uncertain and state is not CampaignState.CANCELLED and state not in SENDING_STATES:
        allowed.add(Action.RESEND_UNCERTAIN)
    return frozenset(allowed)


def resume_allowed(state: CampaignState, counts: CampaignCounts) -> bool:
    """Whether `masiv resume` may run a campaign: what the program's Resume and Send allow,
    and what only a command can find (no run of it is going in this process): a campaign
    still marked as sending whose process was killed, and recipients put back to pending by
    `resend-uncertain` once it was sent. A cancelled or completed one has nothing to send."""
    if allowed_actions(state, counts) & {Action.RESUME, Action.SEND}:
        return True
    if state is CampaignState.CANCELLED:
        return False
    return state in SENDING_STATES or counts.by_state.get(RecipientState.PENDING, 0) > 0


class Done(StrEnum):
    """What a pause, cancel or resend did (or why it did nothing)."""

    PAUSED = "paused"
    ALREADY_PAUSED = "already_paused"
    NOT_PAUSED = "not_paused"
    """The state allows no pause (a draft, a stopped or finished campaign)."""
    CANCELLED = "cancelled"
    NOT_CANCELLED = "not_cancelled"
    RESENT = "resent"
    NO_UNCERTAIN = "no_uncertain"


@dataclass(frozen=True)
class ActionResult:
    done: Done
    campaign_id: int
    state: CampaignState
    """The campaign's state before the action."""
    count: int = 0
    """Recipients cancelled, or put back to be sent again."""
    still_scheduled: bool = False
    """Messages already handed to the gateway for a later time: they cannot be recalled."""


class ActionRefused(ValueError):
    """The action is refused in the campaign's state (a resend while it is sending or once
    it is cancelled); nothing changed. Front ends word it from `state`."""

    def __init__(self, action: Action, campaign_id: int, state: CampaignState) -> None:
        super().__init__(f"Campaign {campaign_id} is {state.value}: cannot {action.value}.")
        self.action = action
        self.campaign_id = campaign_id
        self.state = state


_BY_THE_USER = Reason(ReasonKind.PAUSED_BY_USER)


def pause(store: Store, campaign_id: int, *, now: float, reason: Reason = _BY_THE_USER
          ) -> ActionResult:
    """Ask a sending campaign to pause; a run in any process stops sending within a second.
    Any other state is left alone. `reason` is stored with the state (the desktop program's
    `startup.CLOSED_REASON` makes it continue at the next start)."""
    campaign = store.campaign(campaign_id)
    if Action.PAUSE not in allowed_actions(campaign.state):
        done = Done.ALREADY_PAUSED if campaign.state is CampaignState.PAUSED \
            else Done.NOT_PAUSED
        return ActionResult(done, campaign_id, campaign.state)
    store.set_state(campaign_id, CampaignState.PAUSED, reason, now=now)
    return ActionResult(Done.PAUSED, campaign_id, campaign.state)


def cancel(store: Store, campaign_id: int, *, now: float) -> ActionResult:
    """Cancel what is not sent yet; messages already scheduled at the gateway stay so
    (`still_scheduled`): a SCHEDULED campaign can be cancelled, the front ends say that
    the gateway still delivers what it holds. A draft is deleted instead, never cancelled."""
    campaign = store.campaign(campaign_id)
    scheduled = campaign.submitted and campaign.send_at is not None \
        and campaign.send_at.timestamp() > now
    if Action.CANCEL not in allowed_actions(campaign.state):
        return ActionResult(Done.NOT_CANCELLED, campaign_id, campaign.state,
                            still_scheduled=scheduled)
    dropped = store.cancel(campaign_id, now=now)
    return ActionResult(Done.CANCELLED, campaign_id, campaign.state, dropped, scheduled)


def resend_uncertain(store: Store, campaign_id: int, *, now: float) -> ActionResult:
    """The explicit action: uncertain recipients go back to pending (they may get the
    message twice). Refused (`ActionRefused`) while the campaign is sending or once it is
    cancelled."""
    campaign = store.campaign(campaign_id)
    counts = store.counts(campaign_id)
    if Action.RESEND_UNCERTAIN not in allowed_actions(campaign.state, counts):
        if campaign.state is CampaignState.CANCELLED or campaign.state in SENDING_STATES:
            raise ActionRefused(Action.RESEND_UNCERTAIN, campaign_id, campaign.state)
        return ActionResult(Done.NO_UNCERTAIN, campaign_id, campaign.state)
    moved = store.resend_uncertain(campaign_id, now=now)
    return ActionResult(Done.RESENT, campaign_id, campaign.state, moved)
