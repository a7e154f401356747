"""The replies people sent to a campaign's messages (table `reply`, migration 11).

A reply is kept with the number it came from (gateway digits, `573001234567`; the sender's
own text when it is not a phone number), its text, when it was received (UTC), the campaign
it answers and whether it opted the number out. Which campaign a reply answers is decided
once, when it is stored (`answered_campaign`): the latest campaign whose message to that
number was accepted before the reply, within `ANSWER_WINDOW_S`. The decision about "stop"
and the suppression list belong to `core/law/replies.py`; this module only reads and writes
rows. Functions take an open connection of the calling thread (one connection per thread)
and leave the transaction to the caller, except where they say so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from masiv_desktop.core.store.campaigns import parse_utc, utc_text
from masiv_desktop.core.store.db import Connection
from masiv_desktop.core.usertypes import ReplyOrigin

ANSWER_WINDOW_S = 30 * 86_400.0
"""A reply answers a campaign that reached its number at most this long before it."""


@dataclass(frozen=True)
class StoredReply:
    id: int
    digits: str
    text: str
    received_at: datetime
    """Aware UTC."""
    campaign_id: int | None
    """The campaign it answers; None when no campaign reached the number in the window."""
    campaign_name: str | None
    opt_out: bool
    """Its words meant "stop": the number went on the suppression list."""
    origin: ReplyOrigin


@dataclass(frozen=True)
class ReplyCounts:
    """A campaign's replies: all of them, and those that opted out."""

    replies: int
    opt_outs: int


def answered_campaign(conn: Connection, digits: str, received_at: float, *,
                      window: float = ANSWER_WINDOW_S) -> int | None:
    """The campaign a reply from `digits` at `received_at` (epoch seconds) answers: the latest
    one whose message to that number was accepted before it, within `window`; None if none."""
    row = conn.execute(
        "SELECT campaign_id FROM recipient WHERE digits = ? AND sent_at IS NOT NULL AND "
        "sent_at BETWEEN ? AND ? ORDER BY sent_at DESC, id DESC LIMIT 1",
        (digits, utc_text(received_at - window), utc_text(received_at))).fetchone()
    return None if row is None else int(row[0])


def add_reply(conn: Connection, digits: str, text: str, received_at: float, *,
              campaign_id: int | None, opt_out: bool, origin: ReplyOrigin) -> int:
    """Insert one reply (inside the caller's transaction); returns its id."""
    cursor = conn.execute(
        "INSERT INTO reply (digits, text, received_at, campaign_id, opt_out, origin) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        (digits, text, utc_text(received_at), campaign_id, int(opt_out), origin.value))
    return int(cursor.fetchone()[0])


def is_known(conn: Connection, digits: str, text: str, origin: ReplyOrigin) -> bool:
    """True when a reply with this number and text from `origin` is already kept (the same
    export imported twice)."""
    return conn.execute("SELECT 1 FROM reply WHERE digits = ? AND text = ? AND origin = ? "
                        "LIMIT 1", (digits, text, origin.value)).fetchone() is not None


def _where(search: str, campaign_id: int | None) -> tuple[str, list[object]]:
    clauses: list[str] = []
    args: list[object] = []
    if campaign_id is not None:
        clauses.append("r.campaign_id = ?")
        args.append(campaign_id)
    for word in search.split():
        digits = "".join(ch for ch in word if ch.isdigit())
        if digits and digits == word.lstrip("+"):
            clauses.append("instr(r.digits, ?) > 0")
            args.append(digits)
        else:
            clauses.append("(r.text LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\')")
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace(
                "_", "\\_") + "%"
            args.extend([pattern, pattern])
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def replies(conn: Connection, *, search: str = "", campaign_id: int | None = None,
            limit: int | None = None) -> list[StoredReply]:
    """Replies, newest first. `search`: every word must match; a word of digits is looked
    for in the number, any other in the text or the campaign's name (letter case ignored for
    plain letters). `campaign_id` keeps one campaign's replies."""
    where, args = _where(search, campaign_id)
    sql = ("SELECT r.id, r.digits, r.text, r.received_at, r.campaign_id, c.name, r.opt_out, "
           f"r.origin FROM reply r LEFT JOIN campaign c ON c.id = r.campaign_id{where} "
           "ORDER BY r.received_at DESC, r.id DESC")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [StoredReply(int(rid), digits, text, parse_utc(received), campaign, name,
                        bool(opt_out), ReplyOrigin(origin))
            for rid, digits, text, received, campaign, name, opt_out, origin
            in conn.execute(sql, args)]


def count(conn: Connection, *, search: str = "", campaign_id: int | None = None) -> int:
    """How many replies `replies` would list without a limit."""
    where, args = _where(search, campaign_id)
    return int(conn.execute("SELECT COUNT(*) FROM reply r LEFT JOIN campaign c ON "
                            f"c.id = r.campaign_id{where}", args).fetchone()[0])


def counts_for(conn: Connection, campaign_id: int) -> ReplyCounts:
    """The replies that answer a campaign, and how many of them opted out (its report)."""
    total, opted = conn.execute(
        "SELECT COUNT(*), COALESCE(SUM(opt_out), 0) FROM reply WHERE campaign_id = ?",
        (campaign_id,)).fetchone()
    return ReplyCounts(int(total), int(opted))
