"""The user's actions on a campaign: which its state allows (one rule for the desktop
program's buttons and menu and for the `masiv` commands `start`, `delete`, `pause`,
`resume`, `cancel`, `resend-uncertain`), and pausing, cancelling, resending uncertain
recipients and deleting in the store. What an action did is returned as data
(`ActionResult`); the CLI and the GUI word it, each naming its own way to go on.

`running` says that this program has a run of the campaign going (sending or polling): a
draft cannot be started twice, and a paused campaign being wound down cannot be resumed yet.
A `masiv` command has no run of its own when it asks (`running=False`); a run in another
process is refused by the engine's run lock, not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from masiv_desktop.core.engine.runlock import CampaignBusy, RunLock, lock_folder
from masiv_desktop.core.law.contact_window import calendar_day
from masiv_desktop.core.reasons import Reason, ReasonKind
from masiv_desktop.core.store import db, team
from masiv_desktop.core.store.campaigns import (
    Campaign,
    CampaignCounts,
    Store,
    parse_utc,
    utc_text,
)
from masiv_desktop.core.store.erasure import scrub, secure
from masiv_desktop.core.usertypes import CampaignState, Purpose, RecipientState

SENDING_STATES = frozenset({CampaignState.RUNNING, CampaignState.WAITING_WINDOW})
"""A run is (or should be) sending: it can be paused, not resumed."""
_STOPPED = frozenset({CampaignState.PAUSED, CampaignState.STOPPED})
_DONE = frozenset({CampaignState.SENT, CampaignState.FINISHED, CampaignState.CANCELLED})
"""Nothing more will be submitted: such a campaign may be deleted once the gateway has
nothing of it left to deliver (`delete_refusal`)."""


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
    if state in _DONE and not running:
        allowed.add(Action.DELETE)
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
    at_gateway: AtGateway | None = None
    """How many of those wait at the gateway, and until when (`waiting_at_gateway`)."""


@dataclass(frozen=True)
class AtGateway:
    """Messages handed to the gateway for a later time: no API recalls them."""

    count: int
    until: datetime
    """The last of their send times (aware UTC)."""


def waiting_at_gateway(store: Store, campaign: Campaign, *, now: float) -> AtGateway | None:
    """The accepted messages whose send time (each recipient's own, or the campaign's) is
    still to come: what a cancel cannot stop. None when there are none."""
    if campaign.per_row:
        count, until = store.conn.execute(
            "SELECT COUNT(*), MAX(send_at) FROM recipient WHERE campaign_id = ? AND state = "
            "'accepted' AND send_at > ?", (campaign.id, utc_text(now))).fetchone()
        return AtGateway(int(count), parse_utc(until)) if count else None
    if not campaign.submitted or campaign.send_at is None or campaign.send_at.timestamp() <= now:
        return None
    accepted = store.counts(campaign.id).by_state[RecipientState.ACCEPTED]
    return AtGateway(accepted, campaign.send_at) if accepted else None


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
    waiting = waiting_at_gateway(store, campaign, now=now)
    if Action.CANCEL not in allowed_actions(campaign.state):
        return ActionResult(Done.NOT_CANCELLED, campaign_id, campaign.state,
                            still_scheduled=waiting is not None, at_gateway=waiting)
    dropped = store.cancel(campaign_id, now=now)
    return ActionResult(Done.CANCELLED, campaign_id, campaign.state, dropped,
                        waiting is not None, waiting)


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


class DeleteBlock(StrEnum):
    """Why a campaign cannot be deleted now; each front end words it and names its own way
    on. Deleting never loses track of a message: while the gateway may still deliver one, or
    the one-contact-a-day rule still counts it, the campaign stays."""

    SENDING = "sending"
    """It is sending (or waiting for the contact window): pause it and cancel it first."""
    NOT_SENT = "not_sent"
    """Paused or stopped with recipients not sent: cancel it first (or resume it and delete
    it once it is finished)."""
    SCHEDULED = "scheduled"
    """The gateway holds its messages until `until` and cannot recall them: it can be
    deleted after that time, once their statuses are known."""
    PENDING = "pending"
    """`count` messages the gateway accepted have no status beyond "waiting" or "sending"
    yet: wait until it is finished."""
    IN_USE = "in_use"
    """A run (this program's, another window's or a command's) is sending it or following
    its statuses right now."""
    CONTACTED_TODAY = "contacted_today"
    """A commercial campaign that reached people today: they count for today's one contact
    a day (Ley 2300), which would forget them. It can be deleted tomorrow."""


class DeleteRefused(ActionRefused):
    """The campaign cannot be deleted now (`block` says why); nothing changed."""

    def __init__(self, campaign: Campaign, block: DeleteBlock, *, until: datetime | None = None,
                 count: int = 0) -> None:
        super().__init__(Action.DELETE, campaign.id, campaign.state)
        self.args = (f"Campaign {campaign.id} cannot be deleted now: {block.value}.",)
        self.campaign = campaign
        self.block = block
        self.until = until
        """The gateway's send time (SCHEDULED), aware UTC."""
        self.count = count
        """Messages still waiting at the gateway (PENDING)."""


def delete_refusal(store: Store, campaign_id: int, *, now: float,
                   running: bool = False) -> DeleteRefused | None:
    """Why `campaign_id` cannot be deleted at `now`, or None when it can. A draft always can
    (unless this program is starting it: `running`); a campaign once every message it handed
    to the gateway was delivered or failed, or its following ended. Raises CampaignNotFound."""
    campaign = store.campaign(campaign_id)
    state = campaign.state
    if state is CampaignState.DRAFT:
        return DeleteRefused(campaign, DeleteBlock.IN_USE) if running else None
    if state in SENDING_STATES:
        return DeleteRefused(campaign, DeleteBlock.SENDING)
    if state in _STOPPED:
        return DeleteRefused(campaign, DeleteBlock.NOT_SENT)
    if campaign.submitted and campaign.send_at is not None \
            and campaign.send_at.timestamp() > now:
        return DeleteRefused(campaign, DeleteBlock.SCHEDULED, until=campaign.send_at)
    waiting = _waiting_at_gateway(store, campaign_id)
    if waiting:
        return DeleteRefused(campaign, DeleteBlock.PENDING, count=waiting)
    if running:
        return DeleteRefused(campaign, DeleteBlock.IN_USE)
    if campaign.purpose is Purpose.COMMERCIAL and _contacted_on_day_of(store, campaign, now):
        return DeleteRefused(campaign, DeleteBlock.CONTACTED_TODAY)
    return None


def delete_campaign(store: Store, campaign_id: int, *, now: float) -> Campaign:
    """Delete a campaign with its recipients, parts, refused rows and event log, when
    `delete_refusal` allows it, and scrub the files so its numbers are gone from the disk
    (seconds on a big store: off the GUI thread); returns what was deleted. Raises
    `DeleteRefused` (nothing changed) or CampaignNotFound. Holds the campaign's run lock
    meanwhile, so no run (of this or another process) is using it; the exclusion list keeps
    every entry."""
    lock = run_lock_of(store, campaign_id)
    try:
        lock.acquire()
    except CampaignBusy:
        raise DeleteRefused(store.campaign(campaign_id), DeleteBlock.IN_USE) from None
    try:
        refusal = delete_refusal(store, campaign_id, now=now)
        if refusal is not None:
            raise refusal
        campaign = store.campaign(campaign_id)
        secure(store.conn)
        if not store.delete_campaign(campaign_id, state=campaign.state):
            raise delete_refusal(store, campaign_id, now=now) \
                or DeleteRefused(campaign, DeleteBlock.IN_USE)
        scrub(store.conn)
        return campaign
    finally:
        lock.release()


class _TeamLock:
    """In a team store a campaign is in use while any desktop holds a lease on it."""

    def __init__(self, store: Store, campaign_id: int) -> None:
        self.store, self.campaign_id = store, campaign_id

    def acquire(self) -> None:
        if team.leased(self.store.conn, self.campaign_id):
            raise CampaignBusy(self.campaign_id)

    def release(self) -> None:
        pass


def run_lock_of(store: Store, campaign_id: int) -> RunLock | _TeamLock:
    """What tells whether a run (of any window, command or desktop) uses the campaign."""
    if db.is_file(store.conn):
        database = Path(store.conn.execute("PRAGMA database_list").fetchone()[2])
        return RunLock(lock_folder(database), campaign_id)
    return _TeamLock(store, campaign_id)


def _waiting_at_gateway(store: Store, campaign_id: int) -> int:
    """Parts the gateway accepted that are still followed and not yet delivered to the
    operator (no status, "ready to send" or "sending"): it may still deliver them."""
    return int(store.conn.execute(
        "SELECT COUNT(*) FROM part WHERE campaign_id = ? AND next_poll_at IS NOT NULL "
        "AND final = 0 AND (status IS NULL OR status < 2)", (campaign_id,)).fetchone()[0])


def _contacted_on_day_of(store: Store, campaign: Campaign, now: float) -> bool:
    """Whether the campaign's messages count for the calendar day of `now` in the frequency
    cap (`contact_rules.contacted_today`'s rule, for one campaign)."""
    start, end = (utc_text(moment.timestamp()) for moment in calendar_day(now))
    if campaign.send_at is not None:
        at = utc_text(campaign.send_at.timestamp())
        if at >= end:
            return False
        if at >= start:
            return store.conn.execute(
                "SELECT 1 FROM recipient WHERE campaign_id = ? AND state = 'accepted' LIMIT 1",
                (campaign.id,)).fetchone() is not None
    return store.conn.execute(
        "SELECT 1 FROM recipient WHERE campaign_id = ? AND state = 'accepted' AND sent_at >= ? "
        "AND sent_at < ? LIMIT 1", (campaign.id, start, end)).fetchone() is not None
