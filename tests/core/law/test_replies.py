"""Keeping a reply: the campaign it answers, and a stop reply on the suppression list at once."""

from __future__ import annotations

import time
from contextlib import closing
from pathlib import Path

from masiv_desktop.core.law import suppression
from masiv_desktop.core.law.opt_out import DEFAULT_STOP_WORDS
from masiv_desktop.core.law.replies import keep_reply, sender_digits
from masiv_desktop.core.store import db
from masiv_desktop.core.store import replies as stored
from masiv_desktop.core.store.campaigns import utc_text
from masiv_desktop.core.usertypes import SuppressionSource
from tests.helpers.campaigns import make_campaign

NUMBER = "573001234567"


def sent(database: Path, numbers: list[str], at: float) -> int:
    """A campaign whose messages to `numbers` were accepted at `at`."""
    cid = make_campaign(database, numbers)
    with closing(db.connect(database)) as conn, conn:
        conn.execute("UPDATE recipient SET state = 'accepted', sent_at = ? WHERE campaign_id = ?",
                     (utc_text(at), cid))
    return cid


def test_a_stop_reply_suppresses_its_sender_and_names_the_latest_campaign(
        tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    now = time.time()
    sent(database, [NUMBER], now - 5 * 86400)
    latest = sent(database, [NUMBER, "573001234568"], now - 3600)
    sent(database, ["573001234568"], now - 60)
    with closing(db.connect(database)) as conn:
        kept = keep_reply(conn, "3001234567", "Salir por favor", now, DEFAULT_STOP_WORDS)
        assert (kept.digits, kept.campaign_id, kept.opt_out) == (NUMBER, latest, True)
        entry = next(suppression.entries(conn))
        assert (entry.digits, entry.source, entry.note) == \
            (NUMBER, SuppressionSource.REPLY, "Salir por favor")
        assert stored.counts_for(conn, latest) == stored.ReplyCounts(1, 1)


def test_a_reply_that_does_not_say_stop_is_kept_only(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    with closing(db.connect(database)) as conn:
        kept = keep_reply(conn, "+573001234567", "Gracias", time.time(), DEFAULT_STOP_WORDS)
        assert not kept.opt_out and kept.campaign_id is None
        assert suppression.count(conn) == 0
        assert [r.text for r in stored.replies(conn)] == ["Gracias"]


def test_a_campaign_older_than_thirty_days_or_after_the_reply_is_not_the_answered_one(
        tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    now = time.time()
    sent(database, [NUMBER], now - 31 * 86400)
    sent(database, [NUMBER], now + 60)
    with closing(db.connect(database)) as conn:
        assert keep_reply(conn, NUMBER, "BAJA", now, DEFAULT_STOP_WORDS).campaign_id is None


def test_an_international_sender_without_plus_is_read_as_international() -> None:
    assert sender_digits("14155552671", "CO") == "14155552671"
    assert sender_digits("3001234567", "CO") == NUMBER
    assert sender_digits("Movistar", "CO") is None


def test_a_sender_that_is_no_number_is_kept_but_not_suppressed(tmp_path: Path) -> None:
    with closing(db.connect(tmp_path / "masiv.sqlite3")) as conn:
        kept = keep_reply(conn, "INFO", "STOP", time.time(), DEFAULT_STOP_WORDS)
        assert (kept.digits, kept.opt_out) == ("INFO", False)
        assert suppression.count(conn) == 0
