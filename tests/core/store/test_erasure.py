"""Deleted personal data leaves the files; the retention setting forgets old campaigns'
recipients and keeps their counts."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.startup import forget_old_personal_data
from masiv_desktop.core.store import db
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.store.erasure import scrub, secure
from masiv_desktop.core.usertypes import CampaignState
from tests.helpers.campaigns import make_campaign

DIGITS = [f"5731600{i:05d}" for i in range(300)]


def _files(database: Path) -> bytes:
    return b"".join(path.read_bytes() for path in database.parent.glob("masiv.sqlite3*"))


@pytest.mark.sqlite_only
def test_without_the_scrub_old_numbers_stay_in_the_log(tmp_path: Path) -> None:
    """The proof that the scrub matters: a row rewritten in place keeps its old bytes in the
    write-ahead log until a checkpoint."""
    database = tmp_path / "masiv.sqlite3"
    cid = make_campaign(database, DIGITS)
    conn = db.connect(database)
    with conn:
        conn.execute("UPDATE recipient SET digits = '' WHERE campaign_id = ?", (cid,))
    assert b"573160000042" in _files(database)
    assert scrub(conn)
    assert b"573160000042" not in _files(database)
    conn.close()


@pytest.mark.sqlite_only
def test_a_deletion_leaves_no_number(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    cid = make_campaign(database, DIGITS)
    conn = db.connect(database)
    secure(conn)
    with conn:
        conn.execute("DELETE FROM recipient WHERE campaign_id = ?", (cid,))
    assert scrub(conn)
    conn.close()
    assert b"573160000042" not in _files(database)


def test_retention_forgets_old_campaigns_and_keeps_their_counts(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    old, recent = make_campaign(database, DIGITS[:100]), make_campaign(database, DIGITS[100:])
    store = Store.open(database)
    try:
        now = time.time()
        for cid, ended in ((old, now - 40 * 86_400), (recent, now - 86_400)):
            with store.conn:
                store.conn.execute("UPDATE recipient SET state = 'accepted', status = 0 "
                                   "WHERE campaign_id = ?", (cid,))
            store.set_state(cid, CampaignState.FINISHED, None, now=ended)
        before = store.counts(old)
        assert forget_old_personal_data(store, Settings(), now=now) == 0
        assert forget_old_personal_data(store, Settings(personal_data_days=30), now=now) == 100
        assert store.counts(old) == before
        assert {r.digits for r in store.iter_recipients(old)} == {""}
        assert len({r.digits for r in store.iter_recipients(recent)}) == 200
    finally:
        store.close()
    if not db.team_store():  # a server's files are its own
        assert b"573160000042" not in _files(database)
        assert b"573160000142" in _files(database)
