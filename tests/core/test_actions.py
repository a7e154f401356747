"""core/actions.py: which actions each campaign state allows, for the buttons and the CLI."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from masiv_desktop.core.actions import (
    Action,
    ActionRefused,
    ActionResult,
    Done,
    allowed_actions,
    cancel,
    pause,
    resend_uncertain,
    resume_allowed,
)
from masiv_desktop.core.store.campaigns import CampaignCounts, Store
from masiv_desktop.core.usertypes import CampaignState, RecipientState
from tests.helpers.campaigns import make_campaign, numbers

S = CampaignState
A = Action


def counts(**by_state: int) -> CampaignCounts:
    states = {state: by_state.get(state.value, 0) for state in RecipientState}
    return CampaignCounts(sum(states.values()), states, {}, 0)


@pytest.mark.parametrize(("state", "expected"), [
    (S.DRAFT, {A.SEND, A.EDIT, A.DELETE}),
    (S.RUNNING, {A.PAUSE, A.CANCEL}),
    (S.WAITING_WINDOW, {A.PAUSE, A.CANCEL}),
    (S.PAUSED, {A.RESUME, A.CANCEL}),
    (S.STOPPED, {A.RESUME, A.CANCEL}),
    (S.SENT, set()),
    (S.FINISHED, set()),
    (S.CANCELLED, set()),
])
def test_each_state_allows_its_actions(state: CampaignState, expected: set[Action]) -> None:
    assert allowed_actions(state, counts(accepted=3)) == expected
    assert allowed_actions(state) == expected


@pytest.mark.parametrize(("state", "expected"), [
    (S.DRAFT, set()),
    (S.RUNNING, {A.PAUSE, A.CANCEL}),
    (S.PAUSED, {A.CANCEL}),
    (S.STOPPED, {A.CANCEL}),
])
def test_a_run_going_here_blocks_starting_and_resuming(state: CampaignState,
                                                       expected: set[Action]) -> None:
    assert allowed_actions(state, running=True) == expected


@pytest.mark.parametrize(("state", "resend"), [
    (S.PAUSED, True), (S.STOPPED, True), (S.SENT, True), (S.FINISHED, True),
    (S.RUNNING, False), (S.WAITING_WINDOW, False), (S.CANCELLED, False),
])
def test_uncertain_recipients_can_be_resent_unless_sending_or_cancelled(
        state: CampaignState, resend: bool) -> None:
    assert (A.RESEND_UNCERTAIN in allowed_actions(state, counts(uncertain=2))) is resend
    assert (A.RESEND_UNCERTAIN in allowed_actions(state, counts(uncertain=2),
                                                  running=True)) is resend
    assert A.RESEND_UNCERTAIN not in allowed_actions(state, counts(accepted=2))


@pytest.mark.parametrize(("state", "left", "expected"), [
    (S.DRAFT, counts(pending=2), True),
    (S.PAUSED, counts(pending=2), True),
    (S.STOPPED, counts(accepted=2), True),
    (S.RUNNING, counts(claimed=1, pending=1), True),
    (S.WAITING_WINDOW, counts(pending=1), True),
    (S.SENT, counts(pending=1, accepted=1), True),
    (S.FINISHED, counts(pending=1, accepted=1), True),
    (S.SENT, counts(accepted=2), False),
    (S.FINISHED, counts(accepted=2), False),
    (S.CANCELLED, counts(pending=1, cancelled=1), False),
])
def test_resume_from_a_command(state: CampaignState, left: CampaignCounts,
                               expected: bool) -> None:
    assert resume_allowed(state, left) is expected


def test_what_an_action_did_is_data(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    cid = make_campaign(database, numbers(4))
    with closing(Store.open(database)) as store:
        assert pause(store, cid, now=1) == ActionResult(Done.NOT_PAUSED, cid, S.DRAFT)
        store.set_state(cid, S.RUNNING, None, now=1)
        assert pause(store, cid, now=2) == ActionResult(Done.PAUSED, cid, S.RUNNING)
        assert pause(store, cid, now=3) == ActionResult(Done.ALREADY_PAUSED, cid, S.PAUSED)
        assert resend_uncertain(store, cid, now=4).done is Done.NO_UNCERTAIN
        assert cancel(store, cid, now=5) == ActionResult(Done.CANCELLED, cid, S.PAUSED, 4)
        with pytest.raises(ActionRefused) as refused:
            store.conn.execute("UPDATE recipient SET state = 'uncertain' WHERE campaign_id = ?",
                               (cid,))
            store.conn.commit()
            resend_uncertain(store, cid, now=6)
        assert refused.value.state is S.CANCELLED
