"""The reply table: searching, counting per campaign, and leaving with its campaign's
personal data (deleting a campaign, the retention setting)."""

from __future__ import annotations

import time
from contextlib import closing
from pathlib import Path

from masiv_desktop.core.store import db
from masiv_desktop.core.store import replies as stored
from masiv_desktop.core.store.campaigns import Store, utc_text
from masiv_desktop.core.store.erasure import forget_finished
from masiv_desktop.core.usertypes import CampaignState, ReplyOrigin
from tests.helpers.campaigns import make_campaign


def _campaign_with_replies(database: Path, now: float) -> int:
    cid = make_campaign(database, ["573001234567", "573001234568"])
    with closing(db.connect(database)) as conn, conn:
        conn.execute("UPDATE recipient SET state = 'accepted', sent_at = ? WHERE campaign_id = ?",
                     (utc_text(now - 3600), cid))
        for digits, text, opt_out in (("573001234567", "SALIR", True),
                                      ("573001234568", "Gracias 100%", False)):
            stored.add_reply(conn, digits, text, now, campaign_id=stored.answered_campaign(
                conn, digits, now), opt_out=opt_out, origin=ReplyOrigin.SMPP)
        stored.add_reply(conn, "573009999999", "Hola", now - 10, campaign_id=None,
                         opt_out=False, origin=ReplyOrigin.FILE)
    return cid


def test_search_by_digits_words_and_campaign_name(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    now = time.time()
    cid = _campaign_with_replies(database, now)
    with closing(db.connect(database)) as conn:
        def found(search: str, campaign: int | None = None) -> list[str]:
            return [r.text for r in stored.replies(conn, search=search, campaign_id=campaign)]

        assert found("") == ["Gracias 100%", "SALIR", "Hola"]
        assert found("4568") == ["Gracias 100%"]
        assert found("+573001234567") == ["SALIR"]
        assert found("salir") == ["SALIR"]
        assert found("100%") == ["Gracias 100%"]
        assert found("10%") == []
        assert found("prueba") == ["Gracias 100%", "SALIR"]
        assert found("", cid) == ["Gracias 100%", "SALIR"]
        assert stored.count(conn, search="prueba") == 2
        assert stored.counts_for(conn, cid) == stored.ReplyCounts(2, 1)
        assert stored.replies(conn, limit=1)[0].campaign_name == "Prueba"


def test_deleting_a_campaign_deletes_the_replies_that_answer_it(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    cid = _campaign_with_replies(database, time.time())
    with closing(Store.open(database)) as store:
        assert store.delete_campaign(cid, state=CampaignState.DRAFT)
        assert [r.text for r in stored.replies(store.conn)] == ["Hola"]


def test_retention_forgets_the_replies_of_old_campaigns_but_keeps_their_count(
        tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    now = time.time()
    cid = _campaign_with_replies(database, now)
    with closing(Store.open(database)) as store:
        store.set_state(cid, CampaignState.FINISHED, None, now=now - 100 * 86400)
        store.conn.execute("UPDATE campaign SET finished_at = ? WHERE id = ?",
                           (utc_text(now - 100 * 86400), cid))
        store.conn.commit()
        forget_finished(store.conn, now - 30 * 86400)
        kept = {(r.digits, r.text) for r in stored.replies(store.conn)}
        assert kept == {("", ""), ("573009999999", "Hola")}
        assert stored.counts_for(store.conn, cid) == stored.ReplyCounts(2, 1)
