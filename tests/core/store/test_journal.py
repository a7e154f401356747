"""The send journal (`core/store/journal.py`) over real SQLite files: claims are committed
before a request can go out, results are recorded with their parts, and what a dead run left
claimed is recovered as uncertain, never claimed again."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from masiv_desktop.core.engine.run import CampaignRun
from masiv_desktop.core.reasons import Reason, ReasonKind
from masiv_desktop.core.store import db
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.store.journal import Claimed, Journal, RecipientResult
from masiv_desktop.core.store.parts import PartsBook
from masiv_desktop.core.usertypes import CampaignState, RecipientState
from masiv_desktop.gateway.outcomes import AcceptedPart, SendOutcome, SendResult, StatusReport
from tests.helpers.campaigns import FAST, count_in_state, make_campaign, numbers

R = RecipientState
NOW = 1_700_000_000.0


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite3"


@pytest.fixture
def store(database: Path) -> Iterator[Store]:
    s = Store.open(database)
    yield s
    s.close()


def _running(store: Store, database: Path, n: int = 5, *, send_at: float | None = None
             ) -> tuple[int, Journal]:
    cid = make_campaign(database, numbers(n))
    store.set_state(cid, CampaignState.RUNNING, None, now=NOW)
    return cid, Journal(store.conn, cid, template="Hola", send_at=send_at,
                        first_poll_delay=30)


def _states(database: Path, cid: int) -> dict[int, str]:
    conn = db.connect(database)
    try:
        return dict(conn.execute("SELECT id, state FROM recipient WHERE campaign_id = ? "
                                 "ORDER BY id", (cid,)).fetchall())
    finally:
        conn.close()


class ObservingTransport:
    """Before answering, reads its recipient's state through a connection of its own: what
    a crash at that instant would leave."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.seen: list[str] = []
        self._lock = threading.Lock()

    def send_message(self, recipient: str, text: str, *, originator: str | None = None,
                     long_message: bool = False, send_on: datetime | None = None) -> SendOutcome:
        conn = db.connect(self.database)
        try:
            state = conn.execute("SELECT state FROM recipient WHERE digits = ?",
                                 (recipient,)).fetchone()[0]
        finally:
            conn.close()
        with self._lock:
            self.seen.append(state)
        return SendOutcome(SendResult.ACCEPTED, (AcceptedPart(f"id-{recipient}"),))

    def get_message(self, message_id: str) -> StatusReport:
        return StatusReport(message_id, None, transient=True)

    def close(self) -> None:
        pass


def test_every_request_goes_out_with_its_claim_already_committed(database: Path) -> None:
    cid = make_campaign(database, numbers(40))
    transport = ObservingTransport(database)
    engine = CampaignRun(database, cid, transport, FAST)  # type: ignore[arg-type]
    assert engine.run() is CampaignState.SENT
    assert transport.seen == ["claimed"] * 40
    assert count_in_state(database, cid, "accepted") == 40


def test_a_claim_takes_pending_recipients_in_order_and_counts_the_attempt(
        store: Store, database: Path) -> None:
    cid, journal = _running(store, database)
    first = journal.write([], 2, NOW)
    second = journal.write([], 2, NOW)
    assert [c.id for c in first + second] == sorted(c.id for c in first + second)
    assert first[0] == Claimed(first[0].id, numbers(1)[0], "Hola", 1)
    assert list(_states(database, cid).values()) == ["claimed"] * 4 + ["pending"]
    attempts = store.conn.execute("SELECT attempts FROM recipient WHERE campaign_id = ? "
                                  "ORDER BY id", (cid,)).fetchall()
    assert [a for (a,) in attempts] == [1, 1, 1, 1, 0]


def test_results_are_recorded_with_parts_to_poll_from_the_send_time(
        store: Store, database: Path) -> None:
    later = NOW + 3600
    cid, journal = _running(store, database, send_at=later)
    a, b, c, d = journal.write([], 4, NOW)
    assert not store.campaign(cid).submitted
    journal.write([RecipientResult(a.id, R.ACCEPTED, ("m1", "m2")),
                   RecipientResult(b.id, R.REJECTED, error_code=1, error_text="bad number"),
                   RecipientResult(c.id, R.UNCERTAIN, error_text="read timeout"),
                   RecipientResult(d.id, R.CANCELLED)], 0, NOW)
    rows = {r.id: r for r in store.iter_recipients(cid)}
    assert [rows[x.id].state for x in (a, b, c, d)] == [R.ACCEPTED, R.REJECTED, R.UNCERTAIN,
                                                        R.CANCELLED]
    assert (rows[b.id].error_code, rows[b.id].error_text) == (1, "bad number")
    assert store.campaign(cid).submitted
    assert store.counts(cid).open_parts == 2
    assert PartsBook(store.conn, cid).next_due() == later + 30
    assert journal.pending_left() == 1


def test_a_given_back_recipient_is_claimed_again(store: Store, database: Path) -> None:
    cid, journal = _running(store, database, n=1)
    [item] = journal.write([], 1, NOW)
    assert journal.pending_left() == 1
    again = journal.write([RecipientResult(item.id, R.PENDING)], 1, NOW)
    assert [c.id for c in again] == [item.id]
    assert not store.campaign(cid).submitted


def test_claimed_but_unrecorded_recipients_are_recovered_as_uncertain(database: Path) -> None:
    crashed = Store.open(database)
    cid, journal = _running(crashed, database)
    claimed = journal.write([], 3, NOW)
    journal.write([RecipientResult(claimed[0].id, R.ACCEPTED, ("m1",))], 0, NOW)
    crashed.conn.close()  # the process dies: no result for the two others

    store = Store.open(database)
    try:
        journal = Journal(store.conn, cid, template="Hola", send_at=None, first_poll_delay=30)
        assert journal.recover_claimed(NOW + 60) == 2
        assert journal.recover_claimed(NOW + 61) == 0
        rows = {r.id: r for r in store.iter_recipients(cid)}
        for item in claimed[1:]:
            assert rows[item.id].state is R.UNCERTAIN
            assert rows[item.id].reason == Reason(ReasonKind.INTERRUPTED_WHILE_SENDING)
            assert rows[item.id].error_text is None
        next_claims = journal.write([], 10, NOW + 60)
        assert {c.id for c in next_claims}.isdisjoint(c.id for c in claimed)
        assert len(next_claims) == 2
        kinds = [k for (k,) in store.conn.execute(
            "SELECT kind FROM campaign_event WHERE campaign_id = ?", (cid,))]
        assert kinds.count("recovered") == 1
    finally:
        store.close()


def test_nothing_is_claimed_unless_the_stored_campaign_is_running(
        store: Store, database: Path) -> None:
    cid, journal = _running(store, database)
    other = db.connect(database)
    try:
        with other:
            other.execute("UPDATE campaign SET state = 'paused' WHERE id = ?", (cid,))
    finally:
        other.close()
    assert journal.write([], 3, NOW) == []
    assert [c.id for c in journal.write([], 1, NOW, running_only=False)]
