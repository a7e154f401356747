"""SMPP delivery receipts: reading a deliver_sm receipt, and the book that keeps them.

Over SMPP the gateway pushes receipts (deliver_sm with esm_class 0x04) instead of being asked.
A receipt names its part by `receipted_message_id` (TLV) or by the `id:` of the standard text
`id:… sub:… dlvrd:… submit date:… done date:… stat:DELIVRD err:… text:…`, and says how it
ended by `message_state` (TLV) or `stat:`. Both map to the getMessage status model:

| stat / message_state | status |
|---|---|
| DELIVRD / 2 DELIVERED | 3 delivered to handset |
| ACCEPTD / 6 ACCEPTED | 2 delivered to network |
| ENROUTE / 1 ENROUTE | 1 sending |
| UNDELIV / 5, REJECTD / 8, EXPIRED / 3 | 4 delivery error |
| DELETED / 4, UNKNOWN / 7, anything else | 5 general error |

`ReceiptBook` keeps every receipt received (SQLite: a file in the data folder, or memory), so
the transport's `get_message` answers from it whenever the engine's poller asks. The SMPP
transport answers deliver_sm_resp only after the receipt is in the book: a receipt the
program did not keep is one the gateway was never told it delivered. Receipts sent while the
program is closed are lost to us (most SMSCs keep them for the next bind, none promises it).
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from enum import IntEnum
from pathlib import Path
from typing import Any

from masiv_desktop.gateway.codes import GatewayStatus
from masiv_desktop.gateway.smpp.deliver import Delivery

log = logging.getLogger(__name__)

KEEP_DAYS = 45
"""Receipts older than this are dropped when the book opens (the polling window is <= 31 d)."""


class MessageState(IntEnum):
    """The `message_state` TLV (SMPP 3.4, 5.2.28)."""

    ENROUTE = 1
    DELIVERED = 2
    EXPIRED = 3
    DELETED = 4
    UNDELIVERABLE = 5
    ACCEPTED = 6
    UNKNOWN = 7
    REJECTED = 8


STAT_STATUS: dict[str, GatewayStatus] = {
    "DELIVRD": GatewayStatus.DELIVERED_TO_HANDSET,
    "ACCEPTD": GatewayStatus.DELIVERED_TO_NETWORK,
    "ENROUTE": GatewayStatus.SENDING,
    "UNDELIV": GatewayStatus.DELIVERY_ERROR,
    "REJECTD": GatewayStatus.DELIVERY_ERROR,
    "EXPIRED": GatewayStatus.DELIVERY_ERROR,
    "DELETED": GatewayStatus.GENERAL_ERROR,
    "UNKNOWN": GatewayStatus.GENERAL_ERROR,
}
"""The receipt text's `stat:` word → the getMessage status (module docstring)."""

STATE_STAT: dict[int, str] = {
    MessageState.ENROUTE: "ENROUTE", MessageState.DELIVERED: "DELIVRD",
    MessageState.EXPIRED: "EXPIRED", MessageState.DELETED: "DELETED",
    MessageState.UNDELIVERABLE: "UNDELIV", MessageState.ACCEPTED: "ACCEPTD",
    MessageState.UNKNOWN: "UNKNOWN", MessageState.REJECTED: "REJECTD",
}
STAT_STATE: dict[str, MessageState] = {stat: MessageState(n) for n, stat in STATE_STAT.items()}

STATUS_STAT: dict[GatewayStatus, str] = {
    GatewayStatus.SENDING: "ENROUTE",
    GatewayStatus.DELIVERED_TO_NETWORK: "ACCEPTD",
    GatewayStatus.DELIVERED_TO_HANDSET: "DELIVRD",
    GatewayStatus.DELIVERY_ERROR: "UNDELIV",
    GatewayStatus.GENERAL_ERROR: "UNKNOWN",
    GatewayStatus.LENGTH_ERROR: "REJECTD",
}
"""What a test SMSC reports for each final status (a length error reads back as 4)."""

_FIELD = re.compile(r"(id|sub|dlvrd|submit date|done date|stat|err):(\S*)", re.IGNORECASE)
_DATE_FORMATS = {12: "%y%m%d%H%M%S", 10: "%y%m%d%H%M"}


@dataclass(frozen=True)
class Receipt:
    message_id: str
    status: GatewayStatus
    stat: str
    """The receipt's own word (DELIVRD, UNDELIV, …), kept for the user."""
    error: str = ""
    """The receipt's `err:` (network-specific), empty when none."""
    done_at: datetime | None = None
    """When the final state was reached, aware UTC; None when the receipt did not say."""


def status_of(stat: str) -> GatewayStatus:
    return STAT_STATUS.get(stat.upper(), GatewayStatus.GENERAL_ERROR)


def parse_receipt_text(text: str) -> dict[str, str]:
    """The `key:value` fields of a standard receipt text, keys lower case."""
    fields: dict[str, str] = {}
    for key, value in _FIELD.findall(text.split(" text:", 1)[0]):
        fields.setdefault(key.lower(), value)
    return fields


def _done_at(text: str, zone: tzinfo) -> datetime | None:
    """`YYMMDDhhmm` or `YYMMDDhhmmss` (by length: strptime alone would read 10 digits both
    ways) in `zone`, as aware UTC; None when it is neither."""
    fmt = _DATE_FORMATS.get(len(text))
    if fmt is None or not text.isdigit():
        return None
    try:
        return datetime.strptime(text, fmt).replace(tzinfo=zone).astimezone(UTC)
    except ValueError:
        return None


def read_receipt(delivery: Delivery, zone: tzinfo = UTC,
                 known: Callable[[str], bool] | None = None) -> Receipt | None:
    """The receipt a deliver_sm carries, or None when it is not a receipt (a mobile-originated
    message) or names no message. `message_state` wins over `stat:`; `done date` is read in
    `zone`; the text is decoded by its data_coding (UCS-2 receipts exist).

    The part is named twice, by the `receipted_message_id` TLV and by the text's `id:`, and
    SMSCs get either wrong (a TLV cut short, a TLV in another form than the submit_sm_resp
    id). `known(id)` says whether an id is one we sent: the first candidate it knows wins
    (TLV, then text). When it knows none, the TLV wins, unless the text's id is the TLV with
    characters added at its end (a TLV that lost its tail)."""
    if not delivery.is_receipt:
        return None
    fields = parse_receipt_text(delivery.text())
    message_id = _choose_id(delivery.receipted_message_id, fields.get("id", ""), known)
    if not message_id:
        return None
    state = delivery.message_state
    stat = STATE_STAT.get(state, "") if state is not None else ""
    stat = stat or fields.get("stat", "UNKNOWN").upper()
    return Receipt(message_id, status_of(stat), stat, fields.get("err", ""),
                   _done_at(fields.get("done date", ""), zone))


def _choose_id(tlv: str, text_id: str, known: Callable[[str], bool] | None) -> str:
    candidates = [c for c in dict.fromkeys((tlv, text_id)) if c]
    if known is not None and len(candidates) > 1:
        for candidate in candidates:
            if known(candidate):
                return candidate
    if tlv and text_id.startswith(tlv):
        return text_id
    return tlv or text_id


def receipt_text(message_id: str, stat: str, submitted: datetime, done: datetime,
                 text: str = "", err: str = "000") -> str:
    """The standard receipt text (SMPP 3.4 appendix B), dates as YYMMDDhhmm in UTC."""
    delivered = "001" if stat == "DELIVRD" else "000"
    return (f"id:{message_id} sub:001 dlvrd:{delivered} "
            f"submit date:{submitted.astimezone(UTC):%y%m%d%H%M} "
            f"done date:{done.astimezone(UTC):%y%m%d%H%M} stat:{stat} err:{err} "
            f"text:{text[:20]}")


_SCHEMA = """
CREATE TABLE IF NOT EXISTS receipt (
    account     TEXT NOT NULL,
    message_id  TEXT NOT NULL,
    status      INTEGER NOT NULL,
    stat        TEXT NOT NULL,
    error       TEXT NOT NULL,
    done_at     TEXT,
    received    REAL NOT NULL,
    PRIMARY KEY (account, message_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sent (
    account     TEXT NOT NULL,
    message_id  TEXT NOT NULL,
    sent        REAL NOT NULL,
    PRIMARY KEY (account, message_id)
) WITHOUT ROWID;
"""


class ReceiptBook:
    """The receipts of one account, by message id. Thread-safe (one lock, short calls).

    `path` None keeps them in memory: they are then lost when the program ends, and the
    engine's parts wait out their polling window ("no final status").
    """

    def __init__(self, path: Path | None, account: str, *,
                 clock: Any = time.time) -> None:
        self.path = path
        self.account = account
        self._clock = clock
        self._lock = threading.Lock()
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(":memory:" if path is None else str(path),
                                     check_same_thread=False, isolation_level=None,
                                     timeout=10.0)
        with self._lock:
            if path is not None:
                self._conn.execute("PRAGMA journal_mode=WAL")
                self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.executescript(_SCHEMA)
            oldest = clock() - KEEP_DAYS * 86400.0
            self._conn.execute("DELETE FROM receipt WHERE received < ?", (oldest,))
            self._conn.execute("DELETE FROM sent WHERE sent < ?", (oldest,))

    def note_sent(self, message_id: str) -> None:
        """Remember an id the SMSC gave a part (`knows`), so a receipt naming its part in two
        ways is matched to the one we sent. A failure is logged, never raised: it only costs
        that choice."""
        with self._lock:
            try:
                self._conn.execute("INSERT OR IGNORE INTO sent VALUES (?, ?, ?)",
                                   (self.account, message_id, self._clock()))
            except sqlite3.Error:
                log.warning("could not note the sent id %s", message_id, exc_info=True)

    def knows(self, message_id: str) -> bool:
        """Whether `note_sent` was told this id (in this or an earlier run, within
        KEEP_DAYS). One primary-key lookup."""
        with self._lock:
            try:
                return self._conn.execute(
                    "SELECT 1 FROM sent WHERE account = ? AND message_id = ?",
                    (self.account, message_id)).fetchone() is not None
            except sqlite3.Error:
                return False

    def add(self, receipt: Receipt) -> bool:
        """Keep a receipt; a later, less advanced one never replaces a final one. False when
        it could not be kept (the book is closed, the disk failed): do not acknowledge it."""
        done = receipt.done_at.isoformat() if receipt.done_at else None
        with self._lock:
            try:
                self._execute_add(receipt, done)
            except sqlite3.Error:
                log.warning("could not keep the receipt of %s", receipt.message_id,
                            exc_info=True)
                return False
        return True

    def _execute_add(self, receipt: Receipt, done: str | None) -> None:
        self._conn.execute(
            "INSERT INTO receipt VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (account, message_id) DO UPDATE SET status = excluded.status, "
            "stat = excluded.stat, error = excluded.error, done_at = excluded.done_at, "
            "received = excluded.received WHERE receipt.status < 3 "
            "OR excluded.status >= 3",
            (self.account, receipt.message_id, int(receipt.status), receipt.stat,
             receipt.error, done, self._clock()))

    def get(self, message_id: str) -> Receipt | None:
        """The receipt of a part by its exact id (no guessing across number bases: a wrong
        match would show another message's status)."""
        with self._lock:
            row = self._conn.execute(
                "SELECT status, stat, error, done_at FROM receipt WHERE account = ? "
                "AND message_id = ?", (self.account, message_id)).fetchone()
        if row is None:
            return None
        done = datetime.fromisoformat(row[3]) if row[3] else None
        return Receipt(message_id, GatewayStatus(row[0]), row[1], row[2], done)

    def count(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT COUNT(*) FROM receipt WHERE account = ?",
                                          (self.account,)).fetchone()[0])

    def close(self) -> None:
        """Idempotent; later `add` calls answer False, `get` raises `sqlite3.Error`."""
        with self._lock:
            self._conn.close()
