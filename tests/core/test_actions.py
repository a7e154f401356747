"""core/actions.py: which actions each campaign state allows, for the buttons and the CLI,
and when a campaign may be deleted (never while the gateway may still deliver one of its
messages)."""

from __future__ import annotations

from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from masiv_desktop.core.actions import (
    Action,
    ActionRefused,
    ActionResult,
    DeleteBlock,
    DeleteRefused,
    Done,
    allowed_actions,
    cancel,
    delete_campaign,
    delete_refusal,
    pause,
    resend_uncertain,
    resume_allowed,
)
from masiv_desktop.core.engine.runlock import run_lock
from masiv_desktop.core.law import suppression
from masiv_desktop.core.store import db
from masiv_desktop.core.store.campaigns import CampaignCounts, CampaignNotFound, Store, utc_text
from masiv_desktop.core.usertypes import CampaignState, RecipientState, SuppressionSource
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
    (S.SENT, {A.DELETE}),
    (S.FINISHED, {A.DELETE}),
    (S.CANCELLED, {A.DELETE}),
])
def test_each_state_allows_its_actions(state: CampaignState, expected: set[Action]) -> None:
    assert allowed_actions(state, counts(accepted=3)) == expected
    assert allowed_actions(state) == expected


@pytest.mark.parametrize(("state", "expected"), [
    (S.DRAFT, set()),
    (S.RUNNING, {A.PAUSE, A.CANCEL}),
    (S.PAUSED, {A.CANCEL}),
    (S.STOPPED, {A.CANCEL}),
    (S.SENT, set()),
    (S.FINISHED, set()),
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


NOON = datetime(2026, 5, 20, 12, 0, tzinfo=ZoneInfo("America/Bogota")).timestamp()
"""`now` of the deletion tests: noon in Colombia, whose calendar day the frequency cap uses."""
DAY = 86_400.0


def sent(database: Path, cid: int, state: CampaignState, *, sent_at: float = NOON - DAY,
         status: int = 3, followed: bool = False, purpose: str = "commercial",
         send_at: float | None = None) -> None:
    """Make campaign `cid` one that was sent: every recipient accepted at `sent_at` with one
    part of gateway `status` (`followed`: still polled)."""
    with closing(db.connect(database)) as conn, conn:
        conn.execute("UPDATE campaign SET state = ?, submitted = 1, purpose = ?, send_at = ? "
                     "WHERE id = ?", (state.value, purpose,
                                      None if send_at is None else utc_text(send_at), cid))
        conn.execute("UPDATE recipient SET state = 'accepted', sent_at = ? WHERE campaign_id = ?",
                     (utc_text(sent_at), cid))
        conn.execute("INSERT INTO part (recipient_id, campaign_id, message_id, status, final, "
                     "poll_from, next_poll_at) SELECT id, campaign_id, 'm' || id, ?, ?, ?, ? "
                     "FROM recipient WHERE campaign_id = ?",
                     (status, int(status >= 3), utc_text(sent_at),
                      utc_text(NOON + 60) if followed else None, cid))


B = DeleteBlock


@pytest.mark.parametrize(("state", "changes", "block"), [
    (S.DRAFT, None, None),
    (S.RUNNING, {}, B.SENDING),
    (S.WAITING_WINDOW, {}, B.SENDING),
    (S.PAUSED, {}, B.NOT_SENT),
    (S.STOPPED, {}, B.NOT_SENT),
    (S.SCHEDULED, {"send_at": NOON + DAY, "status": 0, "followed": True}, B.SCHEDULED),
    (S.CANCELLED, {"send_at": NOON + DAY, "status": 0, "followed": True}, B.SCHEDULED),
    (S.SENT, {"status": 1, "followed": True}, B.PENDING),
    (S.CANCELLED, {"status": 0, "followed": True}, B.PENDING),
    (S.SENT, {"status": 2, "followed": True}, None),
    (S.FINISHED, {}, None),
    (S.CANCELLED, {}, None),
    (S.FINISHED, {"status": 0}, None),
    (S.FINISHED, {"sent_at": NOON - 3600}, B.CONTACTED_TODAY),
    (S.FINISHED, {"sent_at": NOON - DAY, "send_at": NOON - 3600}, B.CONTACTED_TODAY),
    (S.FINISHED, {"sent_at": NOON - 3600, "purpose": "transactional"}, None),
])
def test_what_may_be_deleted_never_loses_a_message(
        tmp_path: Path, state: CampaignState, changes: dict[str, Any] | None,
        block: DeleteBlock | None) -> None:
    database = tmp_path / "masiv.sqlite3"
    cid = make_campaign(database, numbers(3))
    if changes is not None:
        sent(database, cid, state, **changes)
    with closing(Store.open(database)) as store:
        refusal = delete_refusal(store, cid, now=NOON)
        assert (refusal and refusal.block) == block
        if block is B.SCHEDULED:
            assert refusal and refusal.until and refusal.until.timestamp() == NOON + DAY
        if block is B.PENDING:
            assert refusal and refusal.count == 3
        if block is not None:
            with pytest.raises(DeleteRefused):
                delete_campaign(store, cid, now=NOON)
            assert store.campaign(cid).state is state


def test_a_run_in_progress_blocks_deleting(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    draft, done = make_campaign(database, numbers(2)), make_campaign(database, numbers(2))
    sent(database, done, S.FINISHED)
    with closing(Store.open(database)) as store:
        assert delete_refusal(store, draft, now=NOON, running=True).block is B.IN_USE  # type: ignore[union-attr]
        assert delete_refusal(store, done, now=NOON, running=True).block is B.IN_USE  # type: ignore[union-attr]
        with run_lock(database, done), pytest.raises(DeleteRefused) as refused:
            delete_campaign(store, done, now=NOON)
        assert refused.value.block is B.IN_USE
        assert store.campaign(done).state is S.FINISHED


def test_deleting_removes_the_campaign_and_its_rows_and_nothing_else(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    gone, kept = make_campaign(database, numbers(3)), make_campaign(database, numbers(2))
    for cid in (gone, kept):
        sent(database, cid, S.FINISHED)
    with closing(Store.open(database)) as store:
        suppression.add_numbers(store.conn, ["3150000000"], SuppressionSource.OPT_OUT)
        assert delete_campaign(store, gone, now=NOON).name == "Prueba"
        with pytest.raises(CampaignNotFound):
            store.campaign(gone)
        assert [c.id for c in store.campaigns()] == [kept]
        for table in ("recipient", "part", "campaign_event"):
            left = dict(store.conn.execute(f"SELECT campaign_id, COUNT(*) FROM {table} "
                                           "GROUP BY campaign_id").fetchall())
            assert gone not in left and left[kept] > 0, table
        assert suppression.suppressed_digits(store.conn) == frozenset({"573150000000"})


def test_the_store_deletes_only_from_the_state_that_was_checked(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    cid = make_campaign(database, numbers(2))
    with closing(Store.open(database)) as store:
        assert not store.delete_campaign(cid, state=S.FINISHED)
        assert store.campaign(cid).recipients == 2
        assert store.delete_campaign(cid, state=S.DRAFT)
        assert store.campaigns() == []
