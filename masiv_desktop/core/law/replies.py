"""Keeping a reply and honouring it: a reply that says "stop" puts its sender on the
suppression list at once, in the same transaction that stores it, so the next campaign
refuses the number (source `reply`, the reply's own words as the note).

Used by the engine for replies received over SMPP (on the transport's reader thread, with a
connection of its own) and by the import of a replies file (`core/replies.py`). The campaign a
reply answers is the store's decision (`core.store.replies.answered_campaign`).
"""

from __future__ import annotations

from dataclasses import dataclass

from masiv_desktop.core.law import suppression
from masiv_desktop.core.law.opt_out import StopWords
from masiv_desktop.core.lists import phones
from masiv_desktop.core.store import replies
from masiv_desktop.core.store.db import Connection
from masiv_desktop.core.usertypes import ReplyOrigin, SuppressionSource

NOTE_CHARS = 100
"""The suppression entry's note holds the reply's first characters."""


@dataclass(frozen=True)
class KeptReply:
    id: int
    digits: str
    """The sender in gateway digits (its own text when it is not a phone number)."""
    campaign_id: int | None
    opt_out: bool
    """The reply said "stop" and the number is on the suppression list."""


def sender_digits(source: str, region: str = phones.DEFAULT_REGION) -> str | None:
    """A reply's sender as the suppression list keeps numbers (`573001234567`), or None when
    it is not a phone number. SMPP gives international numbers without "+": they are read
    as such when the national reading fails."""
    check = phones.normalize(source, region)
    if check.digits is None and source.strip().isdigit():
        check = phones.normalize("+" + source.strip(), region)
    return check.digits


def keep_reply(conn: Connection, source: str, text: str, received_at: float,
               stop_words: StopWords, *, origin: ReplyOrigin = ReplyOrigin.SMPP,
               region: str = phones.DEFAULT_REGION) -> KeptReply:
    """Store one reply (`received_at` in epoch seconds) and, when it says "stop", suppress its
    sender; one transaction, committed here (`record_reply` inside the caller's)."""
    with conn:
        return record_reply(conn, source, text, received_at, stop_words, origin=origin,
                            region=region)


def record_reply(conn: Connection, source: str, text: str, received_at: float,
                 stop_words: StopWords, *, origin: ReplyOrigin = ReplyOrigin.SMPP,
                 region: str = phones.DEFAULT_REGION) -> KeptReply:
    """`keep_reply` inside the caller's transaction (not committed). A sender that is not a
    phone number is kept as written and cannot be suppressed."""
    digits = sender_digits(source, region)
    stops = digits is not None and stop_words.stops(text)
    campaign_id = None if digits is None else \
        replies.answered_campaign(conn, digits, received_at)
    reply_id = replies.add_reply(conn, digits or source.strip(), text, received_at,
                                 campaign_id=campaign_id, opt_out=stops, origin=origin)
    if stops and digits is not None:
        suppression.add_digits(conn, [digits], SuppressionSource.REPLY,
                               note=" ".join(text.split())[:NOTE_CHARS], commit=False)
    return KeptReply(reply_id, digits or source.strip(), campaign_id, stops)
