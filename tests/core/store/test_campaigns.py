"""The store on a real SQLite file: campaigns, recipients, the journal, parts, events."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from masiv_desktop.core.store import db
from masiv_desktop.core.store.campaigns import (
    CampaignDraft,
    CampaignNotFound,
    NewRecipient,
    Store,
    cells_in_order,
    encode_cells,
    parse_utc,
    utc_text,
)
from masiv_desktop.core.store.journal import Journal, RecipientResult
from masiv_desktop.core.store.parts import PartsBook, PartUpdate
from masiv_desktop.core.usertypes import CampaignState, PartRule, RecipientState

R = RecipientState
NOW = 1_700_000_000.0


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "store.sqlite3")
    yield s
    s.close()


def _draft(**changes: object) -> CampaignDraft:
    return CampaignDraft(name="Promo", template="Hola", part_rule=PartRule.MASIV_HTTP,
                         **changes)  # type: ignore[arg-type]


def _recipients(n: int) -> Iterator[NewRecipient]:
    for i in range(n):
        yield NewRecipient(row_number=i + 2, digits=f"57315{i:07d}", parts=1)


def test_times_are_fixed_width_utc_text() -> None:
    assert utc_text(NOW) == "2023-11-14T22:13:20.000Z"
    assert parse_utc(utc_text(NOW + 0.5)).timestamp() == NOW + 0.5


def test_a_campaign_and_its_recipients_are_stored_together(store: Store) -> None:
    when = datetime(2030, 1, 2, 3, 4, tzinfo=UTC)
    cid = store.create_campaign(_draft(send_at=when), _recipients(12_000), now=NOW)
    campaign = store.campaign(cid)
    assert (campaign.state, campaign.recipients, campaign.send_at) == \
        (CampaignState.DRAFT, 12_000, when)
    assert store.counts(cid).by_state[R.PENDING] == 12_000
    first = store.recipients(cid, limit=2)
    assert [r.row_number for r in first] == [2, 3] and first[0].text == "Hola"
    assert [e.kind for e in store.events(cid)] == ["created"]


def test_a_failure_midway_stores_nothing(store: Store) -> None:
    def broken() -> Iterator[NewRecipient]:
        yield from _recipients(7000)
        raise OSError("disk gone")
    with pytest.raises(OSError):
        store.create_campaign(_draft(), broken(), now=NOW)
    assert store.campaigns() == []
    assert store.conn.execute("SELECT COUNT(*) FROM recipient").fetchone()[0] == 0


def test_merged_texts_and_fields_are_kept_per_recipient(store: Store) -> None:
    cid = store.create_campaign(_draft(), [NewRecipient(2, "573150000001", 1, "Hola Ana",
                                                        {"Nombre": "Ana"})], now=NOW)
    assert store.recipients(cid)[0].text == "Hola Ana"
    assert store.recipients(cid)[0].fields == {"Nombre": "Ana"}
    assert store.campaign(cid).headers == ("Nombre",)


def test_the_lists_cells_are_kept_once_per_header(store: Store) -> None:
    headers = ("Celular", "Nombre", "Ciudad")
    cid = store.create_campaign(_draft(headers=headers), [
        NewRecipient(2, "573150000001", 1, cells=encode_cells(["3150000001", "Ana", "Cali"])),
        NewRecipient(3, "573150000002", 1, cells=encode_cells(["3150000002", "Íñigo"])),
        NewRecipient(4, "573150000003", 1)], now=NOW)
    assert store.campaign(cid).headers == headers
    stored = [row[0] for row in store.conn.execute(
        "SELECT fields FROM recipient WHERE campaign_id = ? ORDER BY id", (cid,))]
    assert stored == ['["3150000001","Ana","Cali"]', '["3150000002","Íñigo"]', None]
    rows = store.recipients(cid)
    assert rows[0].fields == {"Celular": "3150000001", "Nombre": "Ana", "Ciudad": "Cali"}
    assert rows[1].fields == {"Celular": "3150000002", "Nombre": "Íñigo", "Ciudad": ""}
    assert rows[2].fields == {}
    assert store.campaign(store.create_campaign(_draft(), _recipients(1), now=NOW)).headers \
        == ()


def test_cells_are_read_in_both_stored_forms() -> None:
    headers = ("Celular", "Nombre")
    assert cells_in_order('["315","Ana","extra"]', headers) == ["315", "Ana"]
    assert cells_in_order('{"Nombre": "Ana", "Otra": "x"}', headers) == ["", "Ana"]
    assert cells_in_order(None, headers) == ["", ""]


def test_an_unknown_campaign_is_named(store: Store) -> None:
    with pytest.raises(CampaignNotFound, match="no campaign 42"):
        store.campaign(42)


def test_claims_are_committed_in_order_and_only_while_running(tmp_path: Path,
                                                              store: Store) -> None:
    cid = store.create_campaign(_draft(), _recipients(10), now=NOW)
    journal = Journal(store.conn, cid, template="Hola", send_at=None, first_poll_delay=30)
    assert journal.write([], 3, NOW) == []
    store.set_state(cid, CampaignState.RUNNING, None, now=NOW)
    claimed = journal.write([], 3, NOW)
    assert [c.digits for c in claimed] == ["573150000000", "573150000001", "573150000002"]
    other = db.connect(tmp_path / "store.sqlite3")
    assert other.execute("SELECT COUNT(*) FROM recipient WHERE state = 'claimed'"
                         ).fetchone()[0] == 3
    other.close()
    journal.write([RecipientResult(claimed[0].id, R.ACCEPTED, ("m1", "m2")),
                   RecipientResult(claimed[1].id, R.REJECTED, error_code=1, error_text="bad"),
                   RecipientResult(claimed[2].id, R.PENDING)], 0, NOW)
    counts = store.counts(cid)
    assert counts.by_state[R.ACCEPTED] == 1 and counts.by_state[R.REJECTED] == 1
    assert counts.by_state[R.PENDING] == 8 and counts.open_parts == 2
    assert store.campaign(cid).submitted
    parts = PartsBook(store.conn, cid)
    assert parts.next_due() == NOW + 30


def test_recover_claimed_marks_uncertain_and_logs(store: Store) -> None:
    cid = store.create_campaign(_draft(), _recipients(5), now=NOW)
    store.set_state(cid, CampaignState.RUNNING, None, now=NOW)
    journal = Journal(store.conn, cid, template="Hola", send_at=None, first_poll_delay=30)
    journal.write([], 2, NOW)
    assert journal.recover_claimed(NOW) == 2
    assert store.counts(cid).by_state[R.UNCERTAIN] == 2
    assert store.events(cid)[-1].kind == "recovered"
    assert store.resend_uncertain(cid, now=NOW) == 2
    assert store.counts(cid).by_state[R.PENDING] == 5


def test_polls_start_after_the_scheduled_time(store: Store) -> None:
    later = NOW + 3600
    cid = store.create_campaign(_draft(), _recipients(1), now=NOW)
    store.set_state(cid, CampaignState.RUNNING, None, now=NOW)
    journal = Journal(store.conn, cid, template="Hola", send_at=later, first_poll_delay=30)
    claimed = journal.write([], 1, NOW)
    journal.write([RecipientResult(claimed[0].id, R.ACCEPTED, ("m1",))], 0, NOW)
    parts = PartsBook(store.conn, cid)
    assert parts.next_due() == later + 30
    assert parts.due(NOW + 60, 10) == []
    assert [p.message_id for p in parts.due(later + 30, 10)] == ["m1"]


def test_a_recipient_shows_its_least_advanced_part(store: Store) -> None:
    cid = store.create_campaign(_draft(), _recipients(1), now=NOW)
    store.set_state(cid, CampaignState.RUNNING, None, now=NOW)
    journal = Journal(store.conn, cid, template="Hola", send_at=None, first_poll_delay=0)
    claimed = journal.write([], 1, NOW)
    journal.write([RecipientResult(claimed[0].id, R.ACCEPTED, ("a", "b"))], 0, NOW)
    parts = PartsBook(store.conn, cid)
    a, b = parts.due(NOW, 10)
    parts.record([PartUpdate(a.id, a.recipient_id, 3, None, True, None, None, None)])
    assert store.recipients(cid)[0].status is None
    parts.record([PartUpdate(b.id, b.recipient_id, 2, None, False, None, NOW + 60, NOW)])
    assert store.recipients(cid)[0].status == 2
    assert store.recipients(cid)[0].status_time is None
    assert store.counts(cid).by_status == {2: 1} and store.counts(cid).open_parts == 1


def test_cancel_drops_pending_only(store: Store) -> None:
    cid = store.create_campaign(_draft(), _recipients(4), now=time.time())
    store.set_state(cid, CampaignState.RUNNING, None, now=NOW)
    Journal(store.conn, cid, template="Hola", send_at=None, first_poll_delay=0).write([], 1, NOW)
    assert store.cancel(cid, now=NOW) == 3
    counts = store.counts(cid).by_state
    assert counts[R.CANCELLED] == 3 and counts[R.CLAIMED] == 1
    assert store.campaign(cid).state is CampaignState.CANCELLED


def test_the_status_time_is_the_least_advanced_parts(store: Store) -> None:
    cid = store.create_campaign(_draft(), _recipients(1), now=NOW)
    store.set_state(cid, CampaignState.RUNNING, None, now=NOW)
    journal = Journal(store.conn, cid, template="Hola", send_at=None, first_poll_delay=0)
    claimed = journal.write([], 1, NOW)
    journal.write([RecipientResult(claimed[0].id, R.ACCEPTED, ("a", "b"))], 0, NOW)
    parts = PartsBook(store.conn, cid)
    a, b = parts.due(NOW, 10)
    parts.record([PartUpdate(a.id, a.recipient_id, 3, "2024-06-01T15:12:00.000Z", True, None,
                             None, None),
                  PartUpdate(b.id, b.recipient_id, 2, "2024-06-01T15:10:00.000Z", False, None,
                             NOW + 60, NOW)])
    row = store.recipients(cid)[0]
    assert (row.status, row.status_time) == (2, datetime(2024, 6, 1, 15, 10, tzinfo=UTC))
    assert parts.recipient_status_times([row.id]) == {row.id: (2, row.status_time)}
