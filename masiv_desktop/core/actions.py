"""Which of the user's actions a campaign's state allows: one rule for the desktop program's
buttons and menu and for the `masiv` commands (`start`, `delete`, `pause`, `resume`,
`cancel`, `resend-uncertain`).

`running` says that this program has a run of the campaign going (sending or polling): a
draft cannot be started twice, and a paused campaign being wound down cannot be resumed yet.
A `masiv` command has no run of its own when it asks (`running=False`); a run in another
process is refused by the engine's run lock, not here.
"""

from __future__ import annotations

from enum import StrEnum

from masiv_desktop.core.store.campaigns import CampaignCounts
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
    if state in SENDING_STATES or state in _STOPPED:
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
