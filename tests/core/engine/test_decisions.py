"""The outcome table and the poll rules as pure decisions (no gateway needed)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from masiv_desktop.core.engine.poller import NO_FINAL_STATUS, UNKNOWN_ID, PollPolicy, decide_poll
from masiv_desktop.core.engine.sender import Step, decide_send
from masiv_desktop.core.store.parts import DuePart
from masiv_desktop.core.usertypes import CampaignState, RecipientState
from masiv_desktop.gateway.codes import GatewayStatus
from masiv_desktop.gateway.outcomes import AcceptedPart, SendOutcome, SendResult, StatusReport


@pytest.mark.parametrize(("outcome", "step", "state", "campaign"), [
    (SendOutcome(SendResult.ACCEPTED, (AcceptedPart("1"),)), Step.SETTLE, RecipientState.ACCEPTED,
     None),
    (SendOutcome(SendResult.REFUSED, error_code=1), Step.SETTLE, RecipientState.REJECTED, None),
    (SendOutcome(SendResult.REFUSED, error_code=1160), Step.SETTLE, RecipientState.REJECTED,
     None),
    (SendOutcome(SendResult.REFUSED, error_code=31), Step.SETTLE, RecipientState.REJECTED, None),
    (SendOutcome(SendResult.REFUSED, error_code=1157), Step.HALT, None, CampaignState.STOPPED),
    (SendOutcome(SendResult.REFUSED, error_code=1156), Step.HALT, None, CampaignState.STOPPED),
    (SendOutcome(SendResult.REFUSED, error_code=1159), Step.HALT, None, CampaignState.PAUSED),
    (SendOutcome(SendResult.REFUSED, error_code=1164), Step.HALT, None, CampaignState.STOPPED),
    (SendOutcome(SendResult.REFUSED, error_code=1158), Step.HALT, None, CampaignState.STOPPED),
    (SendOutcome(SendResult.REFUSED, error_code=8734), Step.RETRY_GATEWAY, None, None),
    (SendOutcome(SendResult.NOT_SENT), Step.RETRY_UNREACHABLE, None, None),
    (SendOutcome(SendResult.RETRY_LATER, http_status=429), Step.SLOW_DOWN, None, None),
    (SendOutcome(SendResult.UNCERTAIN), Step.SETTLE, RecipientState.UNCERTAIN, None),
])
def test_every_row_of_the_outcome_policy(outcome: SendOutcome, step: Step,
                                         state: RecipientState | None,
                                         campaign: CampaignState | None) -> None:
    decision = decide_send(outcome)
    assert (decision.step, decision.state, decision.campaign_state) == (step, state, campaign)


def test_defects_are_flagged() -> None:
    assert decide_send(SendOutcome(SendResult.REFUSED, error_code=1164)).defect
    assert not decide_send(SendOutcome(SendResult.REFUSED, error_code=1157)).defect


POLICY = PollPolicy(delays=(30, 60, 120), window=3600, network_grace=600)
PART = DuePart(1, 7, "m", polls=0, status=None, poll_from=1000.0, network_at=None)


def report(status: GatewayStatus | None, **kw: object) -> StatusReport:
    return StatusReport("m", status, datetime(2024, 1, 1, tzinfo=UTC), **kw)  # type: ignore[arg-type]


def test_final_statuses_end_polling() -> None:
    update = decide_poll(PART, report(GatewayStatus.DELIVERED_TO_HANDSET), 1100, POLICY).update
    assert (update.status, update.final, update.next_poll_at) == (3, True, None)


def test_backoff_grows_per_part() -> None:
    first = decide_poll(PART, report(GatewayStatus.SENDING), 1030, POLICY).update
    assert first.next_poll_at == 1030 + 60
    later = DuePart(1, 7, "m", polls=5, status=1, poll_from=1000.0, network_at=None)
    assert decide_poll(later, report(GatewayStatus.SENDING), 2000, POLICY).update.next_poll_at \
        == 2000 + 120


def test_delivered_to_network_is_kept_as_final_after_the_grace() -> None:
    seen = decide_poll(PART, report(GatewayStatus.DELIVERED_TO_NETWORK), 1100, POLICY).update
    assert not seen.final and seen.network_at == 1100
    again = DuePart(1, 7, "m", polls=1, status=2, poll_from=1000.0, network_at=1100)
    done = decide_poll(again, report(GatewayStatus.DELIVERED_TO_NETWORK), 1700, POLICY).update
    assert done.final and done.status == 2 and done.next_poll_at is None


def test_the_window_ends_with_no_final_status() -> None:
    update = decide_poll(PART, report(GatewayStatus.SENDING), 1000 + 3600, POLICY).update
    assert (update.note, update.next_poll_at) == (NO_FINAL_STATUS, None)
    near = decide_poll(PART, report(GatewayStatus.SENDING), 1000 + 3590, POLICY).update
    assert near.next_poll_at == 1000 + 3600


def test_unknown_id_is_recorded_once() -> None:
    update = decide_poll(PART, report(None, error_code=2000), 1100, POLICY).update
    assert (update.note, update.next_poll_at) == (UNKNOWN_ID, None)


def test_a_failed_query_is_asked_again_and_account_problems_are_raised() -> None:
    assert decide_poll(PART, report(None, transient=True), 1100, POLICY).update.next_poll_at
    decision = decide_poll(PART, report(None, error_code=1157), 1100, POLICY)
    assert decision.account_problem and decision.update.next_poll_at


@pytest.mark.parametrize("code", [1, 1159, 1157, 8734])
def test_a_partly_accepted_long_message_is_settled_whatever_the_refused_block_says(
        code: int) -> None:
    outcome = SendOutcome(SendResult.REFUSED, (AcceptedPart("11"), AcceptedPart("12")),
                          error_code=code, error_text="refused block")
    decision = decide_send(outcome)
    assert (decision.step, decision.state) == (Step.SETTLE, RecipientState.REJECTED)
