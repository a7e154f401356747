"""Receipt hints on a real store: a part made due at once, the races, the listener's undo."""

from __future__ import annotations

import queue
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from masiv_desktop.core.engine.receipts import HINT_TTL, ReceiptHints, listen
from masiv_desktop.core.engine.types import ReceiptHint
from masiv_desktop.core.store.campaigns import CampaignDraft, NewRecipient, Store
from masiv_desktop.core.store.journal import Journal, RecipientResult
from masiv_desktop.core.store.parts import PartsBook
from masiv_desktop.core.usertypes import CampaignState, PartRule, RecipientState

NOW = 1_700_000_000.0


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "store.sqlite3")
    yield s
    s.close()


def _accepted(store: Store, message_ids: list[str]) -> tuple[int, PartsBook]:
    cid = store.create_campaign(CampaignDraft("x", "Hola", PartRule.SMPP_LATIN1),
                                (NewRecipient(i + 2, f"57315000000{i}", 1)
                                 for i in range(len(message_ids))), now=NOW)
    store.set_state(cid, CampaignState.RUNNING, None, now=NOW)
    journal = Journal(store.conn, cid, template="Hola", send_at=None, first_poll_delay=600)
    claimed = journal.write([], len(message_ids), NOW)
    journal.write([RecipientResult(c.id, RecipientState.ACCEPTED, (mid,))
                   for c, mid in zip(claimed, message_ids, strict=True)], 0, NOW)
    return cid, PartsBook(store.conn, cid)


def test_a_hinted_part_is_due_now_and_others_keep_their_schedule(store: Store) -> None:
    _, parts = _accepted(store, ["a", "b"])
    hints = ReceiptHints(parts)
    assert parts.due(NOW + 5, 10) == []
    hints.received("a", NOW + 5)
    assert hints.apply(NOW + 5, parts_written=False)
    assert [p.message_id for p in parts.due(NOW + 5, 10)] == ["a"]
    assert not hints.apply(NOW + 6, parts_written=False)


def test_a_receipt_before_its_part_is_recorded_waits_for_the_next_write(store: Store) -> None:
    cid, parts = _accepted(store, ["a"])
    hints = ReceiptHints(parts)
    hints.received("late", NOW + 1)
    assert not hints.apply(NOW + 1, parts_written=False)
    with store.conn:
        store.conn.execute("UPDATE part SET message_id = 'late' WHERE campaign_id = ?", (cid,))
    assert not hints.apply(NOW + 2, parts_written=False)
    assert hints.apply(NOW + 2, parts_written=True)
    assert [p.message_id for p in parts.due(NOW + 2, 10)] == ["late"]


def test_a_poll_in_flight_without_the_receipt_makes_it_due_again(store: Store) -> None:
    _, parts = _accepted(store, ["a"])
    hints = ReceiptHints(parts)
    hints.received("a", NOW + 1)
    hints.apply(NOW + 1, parts_written=False)
    hints.polled("a", has_status=False)
    assert hints.apply(NOW + 2, parts_written=False)
    hints.polled("a", has_status=True)
    hints.polled("a", has_status=False)
    assert not hints.apply(NOW + 3, parts_written=False)


def test_a_hint_for_no_part_of_this_campaign_expires(store: Store) -> None:
    _, parts = _accepted(store, ["a"])
    hints = ReceiptHints(parts)
    hints.received("elsewhere", NOW)
    hints.apply(NOW, parts_written=False)
    assert not hints.apply(NOW + HINT_TTL + 1, parts_written=True)
    assert hints._expires == {} and hints._not_found == set()


class _Receipt:
    def __init__(self, message_id: str) -> None:
        self.message_id = message_id


class _Transport:
    receipt_listener: Any = None


def test_listen_chains_an_earlier_listener_and_undoes() -> None:
    transport = _Transport()
    earlier: list[str] = []
    transport.receipt_listener = lambda r: earlier.append(r.message_id)
    answers: queue.SimpleQueue[Any] = queue.SimpleQueue()
    undo = listen(transport, answers)
    transport.receipt_listener(_Receipt("m1"))
    assert answers.get_nowait() == ReceiptHint("m1") and earlier == ["m1"]
    undo()
    transport.receipt_listener(_Receipt("m2"))
    assert answers.empty() and earlier == ["m1", "m2"]
    listen(object(), answers)()
