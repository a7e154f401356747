"""The send journal: claim → send → record, the store side (DESIGN.md, "Sending").

A recipient is marked "claimed" in a committed transaction BEFORE its request goes out, and
its outcome is written as soon as it comes back. So after a crash every recipient is either
pending (never sent), settled (outcome known) or claimed (maybe sent): `recover_claimed` turns
the last into "uncertain", which nothing resends without the user's say-so.

Used only by the engine's writer thread, which owns the campaign's run lock.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from masiv_desktop.core.reasons import Reason, ReasonKind
from masiv_desktop.core.store import team
from masiv_desktop.core.store.campaigns import parse_utc, utc_text
from masiv_desktop.core.store.db import Connection
from masiv_desktop.core.usertypes import RecipientState

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Claimed:
    """A recipient taken for sending: everything the request needs."""

    id: int
    digits: str
    text: str
    parts: int
    send_at: float | None = None
    """The recipient's own send time (epoch seconds), None: the campaign's."""


@dataclass(frozen=True)
class RecipientResult:
    """The outcome to record for one claimed recipient.

    `state` PENDING gives the recipient back (never sent, or refused for an account-wide
    reason); CANCELLED drops it because the user cancelled before it went out.
    """

    recipient_id: int
    state: RecipientState
    message_ids: tuple[str, ...] = ()
    error_code: int | None = None
    error_text: str = ""
    """The gateway's (or the transport's) own words, as they came."""
    reason: Reason | None = None
    """The program's reason, worded by whoever shows it (`reasons.recipient_problem`)."""


INTERRUPTED = Reason(ReasonKind.INTERRUPTED_WHILE_SENDING)


class Journal:
    """Claims and records for one campaign, over the writer's connection."""

    def __init__(self, conn: Connection, campaign_id: int, *, template: str,
                 send_at: float | None, first_poll_delay: float,
                 holder: str | None = None) -> None:
        """`holder`: the run's lease in a team store, kept on each claim (None: the
        desktop's own file, where one run at a time holds the campaign)."""
        self.conn = conn
        self.holder = holder
        self.campaign_id = campaign_id
        self.template = template
        self.send_at = send_at
        self.first_poll_delay = first_poll_delay
        self._submitted = False
        self._own_times: dict[int, float] = {}
        """Claimed recipients with their own send time: their parts are polled from it."""

    def recover_claimed(self, now: float) -> int:
        """Start-up rule: claimed recipients of a run that died become uncertain (logged).
        In a team store only the claims of runs whose lease is gone: another desktop's
        live run is still recording its own."""
        alive = ("" if self.holder is None else
                 f" AND (claimed_by IS NULL OR claimed_by NOT IN ({team.LIVE}))")
        with self.conn:
            cur = self.conn.execute(
                "UPDATE recipient SET state = 'uncertain', error_text = NULL, error_reason = ?, "
                "error_args = ? WHERE campaign_id = ? AND state = 'claimed'" + alive,
                (INTERRUPTED.kind.value, INTERRUPTED.to_json(), self.campaign_id))
            if cur.rowcount:
                self.conn.execute(
                    "UPDATE campaign SET submitted = 1 WHERE id = ?", (self.campaign_id,))
                self.conn.execute(
                    "INSERT INTO campaign_event (campaign_id, at, kind, message) "
                    "VALUES (?, ?, 'recovered', ?)",
                    (self.campaign_id, utc_text(now),
                     f"{cur.rowcount} recipients were being sent when the program stopped; "
                     "they are marked uncertain and will not be resent automatically."))
        return cur.rowcount

    def write(self, results: Sequence[RecipientResult], claim: int, now: float,
              *, running_only: bool = True) -> list[Claimed]:
        """Record `results` and claim up to `claim` pending recipients, in one transaction.

        The claim happens only while the stored campaign state is still "running" (another
        process may have paused or cancelled it) unless `running_only` is False. Returns the
        newly claimed recipients in spreadsheet order.
        """
        if not results and claim <= 0:
            return []
        with self.conn:
            if results:
                self._record(results, now)
            if claim <= 0:
                return []
            # In a team store other desktops claim from the same campaign: rows one of them
            # is taking are skipped, not waited for, nor taken twice.
            rows = self.conn.execute(
                "UPDATE recipient SET state = 'claimed', attempts = attempts + 1, "
                "claimed_by = ?4 WHERE id IN "
                "(SELECT id FROM recipient WHERE campaign_id = ?1 AND state = 'pending' "
                "AND (?3 = 1 OR (SELECT state FROM campaign WHERE id = ?1) = 'running') "
                "ORDER BY id LIMIT ?2" + ("" if self.holder is None else
                                          " FOR UPDATE SKIP LOCKED") +
                ") RETURNING id, digits, text, parts, send_at",
                (self.campaign_id, claim, int(not running_only), self.holder)).fetchall()
        rows.sort()
        claimed = [Claimed(rid, digits, self.template if text is None else text, parts,
                           None if send_at is None else parse_utc(send_at).timestamp())
                   for rid, digits, text, parts, send_at in rows]
        self._own_times.update((c.id, c.send_at) for c in claimed if c.send_at is not None)
        return claimed

    def _record(self, results: Sequence[RecipientResult], now: float) -> None:
        stamp = utc_text(now)
        poll_from = max(now, self.send_at or now)
        plain = [(r.state.value, r.error_code, r.error_text or None,
                  r.reason.kind.value if r.reason else None,
                  r.reason.to_json() if r.reason else None, r.recipient_id)
                 for r in results if r.state is not RecipientState.ACCEPTED]
        accepted = [r for r in results if r.state is RecipientState.ACCEPTED]
        if plain:
            self.conn.executemany(
                "UPDATE recipient SET state = ?, error_code = ?, error_text = ?, "
                "error_reason = ?, error_args = ? WHERE id = ?", plain)
        if accepted:
            self.conn.executemany(
                "UPDATE recipient SET state = 'accepted', error_code = NULL, error_text = NULL, "
                "error_reason = NULL, error_args = NULL, sent_at = ? WHERE id = ?",
                [(stamp, r.recipient_id) for r in accepted])
        # Parts of every answer that carried ids, partly refused long messages included:
        # those blocks are billed and delivered, so they are polled like any other; a
        # recipient with its own send time is polled from that time.
        first_poll = (utc_text(poll_from), utc_text(poll_from + self.first_poll_delay))
        own = self._own_times
        parts = [(r.recipient_id, self.campaign_id, message_id,
                  *(first_poll if r.recipient_id not in own
                    else self._first_poll(max(now, own[r.recipient_id]))))
                 for r in results for message_id in r.message_ids]
        for r in results:
            own.pop(r.recipient_id, None)
        if parts:
            self.conn.executemany(
                "INSERT INTO part (recipient_id, campaign_id, message_id, poll_from, "
                "next_poll_at) VALUES (?, ?, ?, ?, ?)", parts)
            self._log_shared_ids(sorted({part[2] for part in parts}))
        if not self._submitted and (accepted or parts or any(
                r.state is RecipientState.UNCERTAIN for r in results)):
            self.conn.execute("UPDATE campaign SET submitted = 1 WHERE id = ?",
                              (self.campaign_id,))
            self._submitted = True

    def _first_poll(self, poll_from: float) -> tuple[str, str]:
        return utc_text(poll_from), utc_text(poll_from + self.first_poll_delay)

    def _log_shared_ids(self, message_ids: Sequence[str]) -> None:
        """The gateway gave one id to two recipients: their statuses cannot be told apart.
        Logged here among the parts still open (the index of receipts makes it cheap); the
        report's summary counts them all (`reports.data.shared_message_ids`)."""
        for start in range(0, len(message_ids), 500):
            chunk = message_ids[start:start + 500]
            for message_id, recipients in self.conn.execute(
                    "SELECT message_id, COUNT(DISTINCT recipient_id) FROM part "
                    f"WHERE message_id IN ({','.join('?' * len(chunk))}) "
                    "AND next_poll_at IS NOT NULL AND campaign_id = ? "
                    "GROUP BY message_id HAVING COUNT(DISTINCT recipient_id) > 1",
                    (*chunk, self.campaign_id)):
                log.warning("campaign %s: anomaly: the gateway gave message id %s to %s "
                            "recipients", self.campaign_id, message_id, recipients)

    def pending_left(self) -> int:
        """Recipients still to send (pending or claimed): 0 means the campaign is sent."""
        row = self.conn.execute(
            "SELECT COUNT(*) FROM recipient WHERE campaign_id = ? AND state IN "
            "('pending', 'claimed')", (self.campaign_id,)).fetchone()
        return int(row[0])
