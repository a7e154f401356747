"""core/actions.py: which actions each campaign state allows, for the buttons and the CLI."""

from __future__ import annotations

import pytest

from masiv_desktop.core.actions import Action, allowed_actions, resume_allowed
from masiv_desktop.core.store.campaigns import CampaignCounts
from masiv_desktop.core.usertypes import CampaignState, RecipientState

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
