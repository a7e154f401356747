"""Status anomalies are visible, never applied: a status that goes backwards is not written
over a later one, and a message id the gateway gave to two recipients is logged and counted
in the report's summary."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from openpyxl import load_workbook

from masiv_desktop.core.reports.export import ReportOptions, export_report
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.store.journal import Journal, RecipientResult
from masiv_desktop.core.store.parts import PartsBook, PartUpdate
from masiv_desktop.core.usertypes import CampaignState, RecipientState
from tests.helpers.campaigns import make_campaign, numbers

NOW = 1_700_000_000.0


def _accepted(database: Path, ids: list[tuple[str, ...]]) -> tuple[Store, int]:
    cid = make_campaign(database, numbers(len(ids)))
    store = Store.open(database)
    store.set_state(cid, CampaignState.RUNNING, None, now=NOW)
    journal = Journal(store.conn, cid, template="Hola", send_at=None, first_poll_delay=30)
    claimed = journal.write([], len(ids), NOW)
    journal.write([RecipientResult(item.id, RecipientState.ACCEPTED, message_ids)
                   for item, message_ids in zip(claimed, ids, strict=True)], 0, NOW)
    return store, cid


def _update(part_id: int, recipient_id: int, status: int, final: bool) -> PartUpdate:
    return PartUpdate(part_id, recipient_id, status, None, final, None,
                      None if final else NOW + 60, None)


def _statuses(store: Store, cid: int) -> list[int | None]:
    return [row[0] for row in store.conn.execute(
        "SELECT status FROM part WHERE campaign_id = ? ORDER BY id", (cid,))]


@pytest.mark.parametrize(("first", "then", "kept"), [
    (2, 0, 2),  # delivered to the network, then "ready to send"
    (3, 1, 3),  # delivered to the handset (final), then "sending"
    (3, 4, 3),  # a final status is never replaced by another
    (1, 2, 2),  # forwards is written
    (2, 3, 3),
])
def test_a_status_never_goes_backwards(tmp_path: Path, first: int, then: int,
                                       kept: int) -> None:
    store, cid = _accepted(tmp_path / "s.sqlite3", [("900",)])
    book = PartsBook(store.conn, cid)
    (part_id, recipient_id), = store.conn.execute(
        "SELECT id, recipient_id FROM part WHERE campaign_id = ?", (cid,)).fetchall()
    book.record([_update(part_id, recipient_id, first, first >= 3)])
    book.record([_update(part_id, recipient_id, then, then >= 3)])
    assert _statuses(store, cid) == [kept]
    assert store.conn.execute("SELECT status FROM recipient WHERE id = ?",
                              (recipient_id,)).fetchone()[0] == kept
    store.close()


def test_an_id_given_to_two_recipients_is_logged_and_in_the_report(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    database = tmp_path / "s.sqlite3"
    with caplog.at_level(logging.WARNING, logger="masiv_desktop.core.store.journal"):
        store, cid = _accepted(database, [("700",), ("700",), ("701", "702")])
    store.close()
    assert any("message id 700 to 2 recipients" in r.getMessage() for r in caplog.records)
    report = tmp_path / "r.xlsx"
    export_report(database, cid, report, ReportOptions(language="en"))
    summary = [[c.value for c in row] for row in load_workbook(report)["Summary"].iter_rows()]
    assert ["Message ids the gateway gave to more than one recipient (anomaly)", 1] in [
        row[:2] for row in summary]
