"""core/overview.py: the campaigns list with progress and one campaign's figures."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from masiv_desktop.core.overview import campaign_details, campaign_progress
from masiv_desktop.core.reports.data import open_snapshot
from masiv_desktop.core.reports.outcome import Outcome
from masiv_desktop.core.store.campaigns import CampaignNotFound, Store
from masiv_desktop.core.usertypes import CampaignState
from tests.helpers.campaigns import make_campaign, numbers


def test_progress_counts_the_recipients_no_longer_waiting(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    first = make_campaign(database, numbers(4))
    second = make_campaign(database, numbers(3))
    store = Store.open(database)
    try:
        store.conn.execute("UPDATE recipient SET state = 'accepted' WHERE campaign_id = ? "
                           "AND id IN (SELECT id FROM recipient WHERE campaign_id = ? LIMIT 2)",
                           (first, first))
        store.conn.execute("UPDATE recipient SET state = 'claimed' WHERE campaign_id = ?",
                           (second,))
        store.conn.commit()
        store.cancel(second, now=time.time())
        lines = campaign_progress(store)
    finally:
        store.close()
    assert [(line.campaign_id, line.done, line.recipients) for line in lines] == [
        (first, 2, 4), (second, 0, 3)]
    assert lines[1].state is CampaignState.CANCELLED
    assert lines[0].as_json()["done"] == 2
    assert (lines[0].cancelled, lines[1].as_json()["cancelled"]) == (0, 0)


def test_cancelled_recipients_are_counted_beside_the_sent_ones(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    cid = make_campaign(database, numbers(5))
    store = Store.open(database)
    try:
        store.conn.execute("UPDATE recipient SET state = 'accepted' WHERE campaign_id = ? "
                           "AND id IN (SELECT id FROM recipient WHERE campaign_id = ? LIMIT 2)",
                           (cid, cid))
        store.conn.commit()
        store.cancel(cid, now=time.time())
        [line] = campaign_progress(store)
    finally:
        store.close()
    assert (line.done, line.cancelled, line.recipients) == (2, 3, 5)
    assert line.as_json()["cancelled"] == 3


def test_details_read_one_snapshot(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    cid = make_campaign(database, numbers(5))
    store = Store(open_snapshot(database))
    try:
        details = campaign_details(store, cid)
        with pytest.raises(CampaignNotFound):
            campaign_details(store, cid + 1)
    finally:
        store.close()
    assert details.campaign.id == cid and details.counts.recipients == 5
    assert details.figures.by_outcome[Outcome.IN_PROGRESS] == 5
    assert details.figures.refused_rows == 0
