"""Replies received while a campaign runs (SMPP): kept in the store, a "stop" honoured at once.

An SMPP transport hands each mobile-originated message to its `reply_listener` on its reader
thread (`gateway/smpp/transport.py`). `listen` installs one for the run's lifetime that opens
its own connection to the store for each reply (the store's rule: one connection per thread;
the reader thread changes when the session reconnects, and replies are rare), keeps the reply
and, when its words mean "stop", puts the number on the suppression list in the same
transaction (`core.law.replies.keep_reply`). The SMSC gets its deliver_sm_resp only after
the commit: a reply that could not be stored is answered "try later" and comes again.

Only while a session is bound does the SMSC deliver replies: outside a run (the program
closed, or open with no campaign running) they wait at the SMSC, which delivers them at the
next bind, or gives up after its own validity period (docs/smpp.md).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from masiv_desktop.core.law.opt_out import StopWords
from masiv_desktop.core.law.replies import keep_reply
from masiv_desktop.core.store import db

log = logging.getLogger(__name__)

ReplyListener = Callable[[str, str, datetime], bool]


def reply_keeper(database: Path, stop_words: StopWords, *, region: str) -> ReplyListener:
    """A `reply_listener` for an SMPP transport that keeps each reply in `database`; it
    returns False (the SMSC sends the reply again later) when the store cannot take it."""
    def keep(source: str, text: str, received_at: datetime) -> bool:
        try:
            conn = db.connect(database)
        except db.DatabaseError as exc:
            log.warning("a reply could not be kept now (%s); the gateway sends it again", exc)
            return False
        try:
            kept = keep_reply(conn, source, text, received_at.timestamp(), stop_words,
                              region=region)
        except sqlite3.Error as exc:
            log.warning("a reply could not be kept now (%s); the gateway sends it again", exc)
            return False
        finally:
            conn.close()
        log.info("reply %d kept (campaign %s, opt-out: %s)", kept.id, kept.campaign_id,
                 kept.opt_out)
        return True

    return keep


def listen(transport: object, database: Path, stop_words: StopWords, *,
           region: str) -> Callable[[], None]:
    """When `transport` takes replies (`reply_listener`) and none is set yet, keep them in
    `database` until the returned undo is called. A listener already set (another run on
    the same transport) is left alone: it keeps them already."""
    if not hasattr(transport, "reply_listener") or transport.reply_listener is not None:
        return lambda: None
    keeper = reply_keeper(database, stop_words, region=region)
    transport.reply_listener = keeper

    def undo() -> None:
        if getattr(transport, "reply_listener", None) is keeper:
            transport.reply_listener = None

    return undo
