"""Message parts and their polling schedule, the store side (DESIGN.md, "Statuses").

Each accepted recipient has one part per acceptreport, each with its own gateway id. A part
is polled while `next_poll_at` is set; the time is stored, so polling resumes where it left
off after a restart. A recipient's `status` is its least-advanced part (NULL while any part
has no status yet), kept up to date here so counts by status need no join.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from masiv_desktop.core.store.campaigns import parse_utc, utc_text
from masiv_desktop.core.store.db import Connection


def _ts(text: str | None) -> float | None:
    return None if text is None else parse_utc(text).timestamp()


@dataclass(frozen=True)
class DuePart:
    """A part whose status should be asked for now."""

    id: int
    recipient_id: int
    message_id: str
    polls: int
    status: int | None
    poll_from: float
    """Epoch seconds: the send (or scheduled delivery) time the polling window counts from."""
    network_at: float | None
    """When status 2 (delivered to network) was first seen, if it was."""


@dataclass(frozen=True)
class PartUpdate:
    """What one poll taught us. `next_poll_at` None ends this part's polling."""

    part_id: int
    recipient_id: int
    status: int | None
    status_time: str | None
    final: bool
    note: str | None
    next_poll_at: float | None
    network_at: float | None


_DUE_COLUMNS = "id, recipient_id, message_id, polls, status, poll_from, network_at"


def _due(row: tuple[int, int, str, int, int | None, str, str | None]) -> DuePart:
    pid, rid, message_id, polls, status, poll_from, network_at = row
    return DuePart(pid, rid, message_id, polls, status, parse_utc(poll_from).timestamp(),
                   _ts(network_at))


class PartsBook:
    """The poll queue of one campaign, over one connection (the engine's writer)."""

    def __init__(self, conn: Connection, campaign_id: int) -> None:
        self.conn = conn
        self.campaign_id = campaign_id

    def due(self, now: float, limit: int, exclude: Collection[int] = ()) -> list[DuePart]:
        """Parts whose next poll time has come, earliest first, minus those in `exclude`."""
        rows = self.conn.execute(
            f"SELECT {_DUE_COLUMNS} FROM part WHERE campaign_id = ? AND next_poll_at IS NOT NULL "
            "AND next_poll_at <= ? ORDER BY next_poll_at LIMIT ?",
            (self.campaign_id, utc_text(now), limit + len(exclude))).fetchall()
        return [_due(row) for row in rows if row[0] not in exclude][:limit]

    def startable(self, now: float, after_id: int, limit: int) -> list[DuePart]:
        """Open parts whose send time has passed, by id: one explicit pass ('masiv poll')."""
        rows = self.conn.execute(
            f"SELECT {_DUE_COLUMNS} FROM part WHERE campaign_id = ? AND next_poll_at IS NOT NULL "
            "AND poll_from <= ? AND id > ? ORDER BY id LIMIT ?",
            (self.campaign_id, utc_text(now), after_id, limit)).fetchall()
        return [_due(row) for row in rows]

    def poll_now(self, message_ids: Collection[str], now: float) -> set[str]:
        """Make this campaign's open parts with these gateway ids due at `now` (a receipt
        came in); returns the ids found. Parts not recorded yet or no longer polled are not."""
        found: dict[int, str] = {}
        ids = list(message_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found.update(self.conn.execute(
                "SELECT id, message_id FROM part WHERE next_poll_at IS NOT NULL "
                f"AND message_id IN ({','.join('?' * len(chunk))}) AND campaign_id = ?",
                (*chunk, self.campaign_id)).fetchall())
        if found:
            with self.conn:
                self.conn.executemany("UPDATE part SET next_poll_at = ? WHERE id = ?",
                                      [(utc_text(now), pid) for pid in found])
        return set(found.values())

    def next_due(self) -> float | None:
        """Epoch seconds of the earliest scheduled poll, or None when no part is open."""
        row = self.conn.execute(
            "SELECT MIN(next_poll_at) FROM part WHERE campaign_id = ? "
            "AND next_poll_at IS NOT NULL", (self.campaign_id,)).fetchone()
        return _ts(row[0])

    def open_count(self) -> int:
        return int(self.conn.execute(
            "SELECT COUNT(*) FROM part WHERE campaign_id = ? AND next_poll_at IS NOT NULL",
            (self.campaign_id,)).fetchone()[0])

    def record(self, updates: Sequence[PartUpdate]) -> None:
        """Write poll results and refresh their recipients' least-advanced status, atomically.

        A status never goes backwards: one behind the part's (delivered, then pending; a final
        one, then anything) is not written, whichever path brought it (a poll, a receipt)."""
        if not updates:
            return
        with self.conn:
            self.conn.executemany(
                "UPDATE part SET status = CASE WHEN CAST(?1 AS INTEGER) IS NULL OR "
                "(status IS NOT NULL AND "
                "(status >= 3 OR CASE WHEN ?1 < 3 THEN ?1 ELSE 3 END < status)) THEN status "
                "ELSE ?1 END, "
                "status_time = COALESCE(?2, status_time), final = ?3, note = ?4, "
                "polls = polls + 1, next_poll_at = ?5, network_at = ?6 WHERE id = ?7",
                [(u.status, u.status_time, int(u.final), u.note,
                  None if u.next_poll_at is None else utc_text(u.next_poll_at),
                  None if u.network_at is None else utc_text(u.network_at), u.part_id)
                 for u in updates])
            self.conn.executemany(
                "UPDATE recipient SET status = (SELECT CASE WHEN COUNT(p.status) = COUNT(*) "
                "THEN MIN(p.status) END FROM part p WHERE p.recipient_id = recipient.id) "
                "WHERE id = ?", [(rid,) for rid in {u.recipient_id for u in updates}])

    def recipient_status_times(self, recipient_ids: Sequence[int]
                               ) -> dict[int, tuple[int | None, datetime | None]]:
        """Current least-advanced status of some recipients and the gateway's time of that
        part's status (aware UTC), for change events."""
        marks = ",".join("?" * len(recipient_ids))
        return {int(rid): (status, None if moment is None else parse_utc(moment))
                for rid, status, moment in self.conn.execute(
                    "SELECT r.id, r.status, (SELECT p.status_time FROM part p "
                    "WHERE p.recipient_id = r.id ORDER BY COALESCE(p.status, -1), "
                    f"p.status_time DESC LIMIT 1) FROM recipient r WHERE r.id IN ({marks})",
                    tuple(recipient_ids))}

    def recipient_status(self, recipient_ids: Sequence[int]) -> dict[int, int | None]:
        """Current least-advanced status of some recipients (for change events)."""
        marks = ",".join("?" * len(recipient_ids))
        return {int(rid): status for rid, status in self.conn.execute(
            f"SELECT id, status FROM recipient WHERE id IN ({marks})", tuple(recipient_ids))}
