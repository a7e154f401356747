"""The campaign store: campaigns, their recipients, and each campaign's event log.

One `Store` wraps one SQLite connection (core/store/db.py), so one `Store` per thread. While a
campaign runs, its engine thread is the only writer of its recipients and parts (through
`core/store/journal.py` and `core/store/parts.py`); other threads and processes read, and may change
a campaign's state (pause, cancel), which the engine notices within a second.

Every time is stored as fixed-width ISO 8601 UTC text (`utc_text`), so text order is time
order and an index on it works.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path

from masiv_desktop.core.lists.cells import from_stored, stored_value
from masiv_desktop.core.reasons import Reason, describe
from masiv_desktop.core.store import db
from masiv_desktop.core.store.db import Connection
from masiv_desktop.core.store.team import desktop_name
from masiv_desktop.core.usertypes import CampaignState, PartRule, Purpose, RecipientState


def utc_text(ts: float) -> str:
    """Epoch seconds as the store's time text: `2024-05-01T13:45:00.123Z`."""
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds")[:-6] + "Z"


def parse_utc(text: str) -> datetime:
    """The store's time text as an aware UTC datetime."""
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def _opt_time(text: str | None) -> datetime | None:
    return None if text is None else parse_utc(text)


def encode_cells(cells: Sequence[str]) -> str:
    """A recipient's cells as the store keeps them: a compact JSON array, in the order of
    its campaign's headers (`CampaignDraft.headers`), each cell by its type (text, number,
    date: `core.lists.cells.stored_value`)."""
    values = cells if all(type(cell) is str for cell in cells) else \
        [stored_value(cell) for cell in cells]
    return json.dumps(list(values), ensure_ascii=False, separators=(",", ":"))


def _encode_headers(headers: Sequence[str]) -> str:
    return json.dumps([str(name) for name in headers], ensure_ascii=False,
                      separators=(",", ":"))


def cells_in_order(stored: str | None, headers: Sequence[str]) -> list[str]:
    """A recipient's stored cells, one per header ("" where there is none): their text,
    typed as the list had them (`core.lists.cells`: `cell_value` gives the number or date).

    Accepts both forms the store has held: a JSON array in the headers' order (schema 5 on)
    and, for campaigns stored before, a JSON object from header to cell.
    """
    if not stored:
        return [""] * len(headers)
    value = json.loads(stored)
    if isinstance(value, dict):
        return [from_stored(value.get(name, "")) for name in headers]
    cells = [cell if type(cell) is str else from_stored(cell) for cell in value[:len(headers)]]
    cells.extend([""] * (len(headers) - len(cells)))
    return cells


class CampaignNotFound(LookupError):
    def __init__(self, campaign_id: int) -> None:
        super().__init__(f"There is no campaign {campaign_id}.")
        self.campaign_id = campaign_id


@dataclass(frozen=True)
class CampaignDraft:
    """What the user chose for a new campaign. `send_at` is aware (any zone) or None (now)."""

    name: str
    template: str
    part_rule: PartRule
    originator: str = ""
    long_message: bool = False
    purpose: Purpose = Purpose.COMMERCIAL
    send_at: datetime | None = None
    source_file: str = ""
    window_override: bool = False
    """Transactional only: send outside the contact window (docs/contact-rules.md)."""
    schedule_rate: float | None = None
    """Scheduled sends: spread delivery times at this many per second inside the window."""
    headers: tuple[str, ...] = ()
    """The list's column headers, the order of every recipient's `cells` (empty: taken from
    the first recipient's `fields`, or none kept)."""
    allow_second_contact: bool = False
    """The user released the daily cap (recipients contacted today were kept)."""
    keep_not_mobile: bool = False
    """The user kept numbers that do not look like mobiles."""
    footer: bool = False
    """The opt-out line was appended to the message."""
    contact_window: str = ""
    """The contact window's text (settings' syntax) when the campaign was made."""
    rne_imported_at: datetime | None = None
    """The RNE's last import when the campaign was made (aware), None: never imported."""
    sheet: str | None = None
    """The sheet the list was read from (None: a CSV, or the only sheet)."""
    phone_column: str = ""
    """The header of the phone column ('' when not known)."""
    send_column: str | None = None
    """Each row its own send time, from this column (`send_at` is then the latest)."""
    send_offset: int = 0
    """The shift applied to the column's times, in minutes (negative: before)."""


@dataclass(frozen=True)
class NewRecipient:
    """One recipient to store. `text` None means the campaign's template as it is.

    The list's cells: `cells` (from `encode_cells`, in the order of the draft's headers) is
    the compact form planning uses; `fields` (header → cell) is accepted as well.
    """

    row_number: int
    digits: str
    parts: int
    text: str | None = None
    fields: Mapping[str, str] | None = None
    cells: str | None = None
    send_at: float | None = None
    """The row's own send time (epoch seconds), None: the campaign's."""


@dataclass(frozen=True)
class Campaign:
    id: int
    name: str
    template: str
    originator: str
    long_message: bool
    part_rule: PartRule
    purpose: Purpose
    send_at: datetime | None
    """When the gateway should deliver (aware UTC), or None for now."""
    state: CampaignState
    reason: Reason | None
    """Why the campaign is paused, stopped or waiting (None otherwise): data, worded by the
    front end that shows it (`core.reasons.describe`)."""
    source_file: str
    recipients: int
    parts: int
    submitted: bool
    """True once any message went to the gateway: scheduled ones can no longer be cancelled."""
    created_at: datetime
    started_at: datetime | None
    sent_at: datetime | None
    finished_at: datetime | None
    window_override: bool = False
    """The user let this transactional campaign send outside the contact window."""
    schedule_rate: float | None = None
    """Scheduled sends spread at this many per second inside the window (None: all at once)."""
    headers: tuple[str, ...] = ()
    """The list's column headers, kept for the report and the grid (empty: none kept)."""
    allow_second_contact: bool | None = None
    """The user released the daily cap. None (like the next four): stored before the rules
    were recorded (schema 6)."""
    keep_not_mobile: bool | None = None
    footer: bool | None = None
    """The opt-out line was appended."""
    contact_window: str | None = None
    """The contact window's text when the campaign was made ('' when not given)."""
    rne_imported_at: datetime | None = None
    """The RNE's last import when the campaign was made; None: never (or not recorded)."""
    sheet: str | None = None
    """The sheet the list was read from (None: a CSV, the only sheet, or not recorded)."""
    phone_column: str | None = None
    """The header of the phone column (None: not recorded, schema 9)."""
    send_column: str | None = None
    """Each row its own send time, read from this column (`send_at` is the latest of them;
    `StoredRecipient.send_at` each one's). None: one time for the whole campaign."""
    send_offset: int = 0
    """The shift of the column's times, in minutes (negative: before)."""
    created_by: str | None = None
    """The desktop that created it, "user@computer" (`team.desktop_name`; None: created
    before it was kept, schema 13)."""

    @property
    def per_row(self) -> bool:
        """Each recipient has its own send time."""
        return self.send_column is not None

    @property
    def rules_recorded(self) -> bool:
        """False for campaigns stored before the contact rules' choices were kept."""
        return self.footer is not None

    def as_of(self, now: float) -> Campaign:
        """The campaign as a person should see it at `now`: one scheduled at the gateway
        whose send time has passed is sent, even if no run was there to write it (the
        program was closed then); the stored state is the engine's and stays as it is."""
        if self.state is CampaignState.SCHEDULED and self.send_at is not None \
                and self.send_at.timestamp() <= now:
            return replace(self, state=CampaignState.SENT)
        return self


@dataclass(frozen=True)
class CampaignCounts:
    """Recipients by journal state and by gateway status (their least-advanced part)."""

    recipients: int
    by_state: dict[RecipientState, int]
    by_status: dict[int, int]
    """Gateway status code (0-6) → accepted recipients showing it; unknown ones are absent."""
    open_parts: int
    """Parts still polled for a status."""


@dataclass(frozen=True)
class StoredRecipient:
    id: int
    row_number: int
    digits: str
    text: str
    parts: int
    state: RecipientState
    status: int | None
    error_code: int | None
    error_text: str | None
    sent_at: datetime | None
    fields: Mapping[str, str] = field(default_factory=dict)
    """The list's own cells by header (empty when the campaign kept none)."""
    status_time: datetime | None = None
    """The gateway's time of the least-advanced part's status (aware UTC), if any."""
    reason: Reason | None = None
    """The program's reason for the error, beside the gateway's words in `error_text`."""
    send_at: datetime | None = None
    """The recipient's own send time (aware UTC); None: the campaign's."""


@dataclass(frozen=True)
class CampaignEvent:
    at: datetime
    kind: str
    message: str


_CAMPAIGN_COLUMNS = ("id, name, template, originator, long_message, part_rule, purpose, send_at, "
                     "state, reason_code, reason_args, source_file, recipients, parts, submitted, "
                     "created_at, started_at, sent_at, finished_at, window_override, "
                     "schedule_rate, headers, allow_second_contact, keep_not_mobile, footer, "
                     "contact_window, rne_imported_at, sheet, phone_column, send_column, "
                     "send_offset, created_by")
_INSERT_CHUNK = 5000


def _campaign(row: tuple[object, ...]) -> Campaign:
    (cid, name, template, originator, long_message, part_rule, purpose, send_at, state,
     reason_code, reason_args, source_file, recipients, parts, submitted, created_at, started_at,
     sent_at, finished_at, window_override, schedule_rate, headers, allow_second_contact,
     keep_not_mobile, footer, contact_window, rne_imported_at, sheet, phone_column,
     send_column, send_offset, created_by) = row
    return Campaign(
        id=int(cid),  # type: ignore[call-overload]
        name=str(name), template=str(template), originator=str(originator),
        long_message=bool(long_message), part_rule=PartRule(str(part_rule)),
        purpose=Purpose(str(purpose)), send_at=_opt_time(send_at),  # type: ignore[arg-type]
        state=CampaignState(str(state)),
        reason=Reason.stored(str(reason_code), str(reason_args)), source_file=str(source_file),
        recipients=int(recipients), parts=int(parts),  # type: ignore[call-overload]
        submitted=bool(submitted), created_at=parse_utc(str(created_at)),
        started_at=_opt_time(started_at),  # type: ignore[arg-type]
        sent_at=_opt_time(sent_at),  # type: ignore[arg-type]
        finished_at=_opt_time(finished_at),  # type: ignore[arg-type]
        window_override=bool(window_override),
        schedule_rate=None if schedule_rate is None else float(schedule_rate),  # type: ignore[arg-type]
        headers=tuple(json.loads(str(headers))) if headers else (),
        allow_second_contact=_opt_bool(allow_second_contact),
        keep_not_mobile=_opt_bool(keep_not_mobile), footer=_opt_bool(footer),
        contact_window=None if contact_window is None else str(contact_window),
        rne_imported_at=_opt_time(rne_imported_at),  # type: ignore[arg-type]
        sheet=None if sheet is None else str(sheet),
        phone_column=None if phone_column is None else str(phone_column),
        send_column=None if send_column is None else str(send_column),
        send_offset=int(send_offset or 0),  # type: ignore[call-overload]
        created_by=None if created_by is None else str(created_by),
    )


def _opt_bool(value: object) -> bool | None:
    return None if value is None else bool(value)


def _stored_cells(recipient: NewRecipient, headers: Sequence[str] | None) -> str | None:
    if recipient.cells is not None:
        return recipient.cells
    if recipient.fields and headers:
        return encode_cells([str(recipient.fields.get(name, "")) for name in headers])
    return None


class Store:
    """Campaign-level reads and changes. Not thread-safe: one `Store` per thread."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    @classmethod
    def open(cls, path: Path) -> Store:
        return cls(db.connect(path))

    def close(self) -> None:
        self.conn.close()

    # -- campaigns -----------------------------------------------------------------------

    def create_campaign(self, draft: CampaignDraft, recipients: Iterable[NewRecipient],
                        *, now: float) -> int:
        """Store a campaign in DRAFT with all its recipients (pending), in one transaction.

        `recipients` may be a generator: it is consumed in chunks, so a million rows never
        sit in memory at once. Either everything is stored or nothing is.
        """
        send_at = (None if draft.send_at is None
                   else utc_text(draft.send_at.astimezone(UTC).timestamp()))
        headers: tuple[str, ...] | None = draft.headers or None
        with self.conn:
            cur = self.conn.execute(
                "INSERT INTO campaign (name, template, originator, long_message, part_rule, "
                "purpose, send_at, state, source_file, created_at, window_override, "
                "schedule_rate, allow_second_contact, keep_not_mobile, footer, "
                "contact_window, rne_imported_at, sheet, phone_column, send_column, "
                "send_offset, created_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "RETURNING id",
                (draft.name, draft.template, draft.originator, int(draft.long_message),
                 draft.part_rule.value, draft.purpose.value, send_at,
                 CampaignState.DRAFT.value, draft.source_file, utc_text(now),
                 int(draft.window_override), draft.schedule_rate,
                 int(draft.allow_second_contact), int(draft.keep_not_mobile),
                 int(draft.footer), draft.contact_window,
                 None if draft.rne_imported_at is None
                 else utc_text(draft.rne_imported_at.timestamp()),
                 draft.sheet, draft.phone_column, draft.send_column,
                 draft.send_offset if draft.send_column is not None else None,
                 desktop_name()))
            campaign_id = int(cur.fetchone()[0])
            total = parts = 0
            rows = iter(recipients)
            while chunk := list(islice(rows, _INSERT_CHUNK)):
                if headers is None:
                    headers = next((tuple(r.fields) for r in chunk if r.fields), None)
                self.conn.executemany(
                    "INSERT INTO recipient (campaign_id, row_number, digits, text, fields, "
                    "parts, state, send_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)",
                    [(campaign_id, r.row_number, r.digits, r.text, _stored_cells(r, headers),
                      r.parts, None if r.send_at is None else utc_text(r.send_at))
                     for r in chunk])
                total += len(chunk)
                parts += sum(r.parts for r in chunk)
            self.conn.execute("UPDATE campaign SET recipients = ?, parts = ?, headers = ? "
                              "WHERE id = ?", (total, parts, _encode_headers(headers)
                                               if headers else None, campaign_id))
            self._log(campaign_id, "created", f"Campaign created with {total} recipients.", now)
        return campaign_id

    def campaign(self, campaign_id: int) -> Campaign:
        row = self.conn.execute(f"SELECT {_CAMPAIGN_COLUMNS} FROM campaign WHERE id = ?",
                                (campaign_id,)).fetchone()
        if row is None:
            raise CampaignNotFound(campaign_id)
        return _campaign(row)

    def campaigns(self) -> list[Campaign]:
        rows = self.conn.execute(f"SELECT {_CAMPAIGN_COLUMNS} FROM campaign ORDER BY id")
        return [_campaign(row) for row in rows]

    def campaign_state(self, campaign_id: int) -> CampaignState:
        """The stored state alone: cheap enough for the engine to ask every half second."""
        row = self.conn.execute("SELECT state FROM campaign WHERE id = ?",
                                (campaign_id,)).fetchone()
        if row is None:
            raise CampaignNotFound(campaign_id)
        return CampaignState(row[0])

    def set_state(self, campaign_id: int, state: CampaignState, reason: Reason | None, *,
                  now: float, message: str | None = None,
                  unless: frozenset[CampaignState] = frozenset()) -> bool:
        """Change the state and log why, in one transaction. Stamps start/sent/finish times.
        A campaign whose stored state is in `unless` is left alone (the check and the write
        are one statement, so a cancel written by another process is never overwritten);
        returns whether the state was written."""
        stamp = {CampaignState.RUNNING: "started_at", CampaignState.SENT: "sent_at",
                 CampaignState.FINISHED: "finished_at"}.get(state)
        kept = sorted(s.value for s in unless)
        with self.conn:
            written = self.conn.execute(
                "UPDATE campaign SET state = ?, reason_code = ?, reason_args = ? WHERE id = ? "
                f"AND state NOT IN ({', '.join('?' * len(kept))})",
                (state.value, reason.kind.value if reason else "",
                 reason.to_json() if reason else "{}", campaign_id, *kept)).rowcount > 0
            if not written:
                return False
            if stamp is not None:
                self.conn.execute(f"UPDATE campaign SET {stamp} = COALESCE({stamp}, ?) "
                                  "WHERE id = ?", (utc_text(now), campaign_id))
            self._log(campaign_id, state.value,
                      message or (describe(reason) if reason else f"Campaign {state.value}."),
                      now)
        return True

    def cancel(self, campaign_id: int, *, now: float) -> int:
        """Cancel: every pending recipient becomes cancelled; returns how many.

        Claimed ones are left to the running engine (it cancels those it has not sent).
        """
        with self.conn:
            cur = self.conn.execute(
                "UPDATE recipient SET state = 'cancelled' WHERE campaign_id = ? "
                "AND state = 'pending'", (campaign_id,))
            self.conn.execute("UPDATE campaign SET state = 'cancelled', reason_code = '', "
                              "reason_args = '{}' WHERE id = ?", (campaign_id,))
            self._log(campaign_id, "cancelled",
                      f"Cancelled by the user; {cur.rowcount} recipients will not be sent.", now)
        return cur.rowcount

    def resend_uncertain(self, campaign_id: int, *, now: float) -> int:
        """The user's explicit choice: uncertain recipients go back to pending, logged."""
        with self.conn:
            cur = self.conn.execute(
                "UPDATE recipient SET state = 'pending', error_text = NULL, error_reason = NULL, "
                "error_args = NULL WHERE campaign_id = ? AND state = 'uncertain'", (campaign_id,))
            self._log(campaign_id, "resend_uncertain",
                      f"The user chose to send again {cur.rowcount} recipients whose first "
                      "request may have reached the gateway (they may get the message twice).",
                      now)
        return cur.rowcount

    def delete_campaign(self, campaign_id: int, *, state: CampaignState) -> bool:
        """Remove a campaign, its recipients, their parts, its refused rows, the replies
        that answer it and its event log in one transaction, if its stored state is still
        `state` (the caller checked that this state may go: `core.actions.delete_campaign`);
        False, nothing changed, otherwise. The suppression list is not the campaign's and
        stays as it is."""
        with self.conn:
            # The guard is the transaction's first statement and a write: it takes the write
            # lock, so no other connection can change the state before the rows go.
            if not self.conn.execute("UPDATE campaign SET state = state WHERE id = ? AND "
                                     "state = ?", (campaign_id, state.value)).rowcount:
                return False
            self.conn.execute("DELETE FROM part WHERE recipient_id IN (SELECT id FROM "
                              "recipient WHERE campaign_id = ?)", (campaign_id,))
            for table in ("recipient", "refused_row", "campaign_event", "reply"):
                self.conn.execute(f"DELETE FROM {table} WHERE campaign_id = ?", (campaign_id,))
            self.conn.execute("DELETE FROM campaign WHERE id = ?", (campaign_id,))
        return True

    # -- reading -------------------------------------------------------------------------

    def counts(self, campaign_id: int) -> CampaignCounts:
        total = self.campaign(campaign_id).recipients
        by_state = {state: 0 for state in RecipientState}
        for state, n in self.conn.execute(
                "SELECT state, COUNT(*) FROM recipient WHERE campaign_id = ? GROUP BY state",
                (campaign_id,)):
            by_state[RecipientState(state)] = int(n)
        by_status = {int(status): int(n) for status, n in self.conn.execute(
            "SELECT status, COUNT(*) FROM recipient WHERE campaign_id = ? AND state = 'accepted' "
            "AND status IS NOT NULL GROUP BY status", (campaign_id,))}
        return CampaignCounts(total, by_state, by_status, self.open_parts(campaign_id))

    def open_parts(self, campaign_id: int) -> int:
        """Parts still polled for a status."""
        return int(self.conn.execute(
            "SELECT COUNT(*) FROM part WHERE campaign_id = ? AND next_poll_at IS NOT NULL",
            (campaign_id,)).fetchone()[0])

    def recipients(self, campaign_id: int, *, after_id: int = 0,
                   limit: int = 1000) -> list[StoredRecipient]:
        """One page of recipients in spreadsheet order (`after_id` = last id of the page),
        with the list's cells and the status time of each one's least-advanced part."""
        campaign = self.campaign(campaign_id)
        template, headers = campaign.template, campaign.headers
        rows = self.conn.execute(
            "SELECT r.id, r.row_number, r.digits, r.text, r.parts, r.state, r.status, "
            "r.error_code, r.error_text, r.sent_at, r.fields, (SELECT p.status_time FROM part p "
            "WHERE p.recipient_id = r.id ORDER BY COALESCE(p.status, -1), p.status_time DESC "
            "LIMIT 1), r.error_reason, r.error_args, r.send_at FROM recipient r "
            "WHERE r.campaign_id = ? "
            "AND r.id > ? ORDER BY r.id LIMIT ?", (campaign_id, after_id, limit))
        return [StoredRecipient(rid, row_number, digits, template if text is None else text, parts,
                             RecipientState(state), status, code, error, _opt_time(sent_at),
                             dict(zip(headers, cells_in_order(cells, headers), strict=True))
                             if cells else {}, _opt_time(status_time),
                             Reason.stored(reason or "", reason_args or "{}"), _opt_time(send_at))
                for rid, row_number, digits, text, parts, state, status, code, error, sent_at,
                cells, status_time, reason, reason_args, send_at in rows]

    def iter_recipients(self, campaign_id: int, page: int = 5000) -> Iterator[StoredRecipient]:
        after = 0
        while batch := self.recipients(campaign_id, after_id=after, limit=page):
            yield from batch
            after = batch[-1].id

    def events(self, campaign_id: int) -> list[CampaignEvent]:
        return [CampaignEvent(parse_utc(at), kind, message) for at, kind, message in
                self.conn.execute("SELECT at, kind, message FROM campaign_event "
                                  "WHERE campaign_id = ? ORDER BY id", (campaign_id,))]

    def log_event(self, campaign_id: int, kind: str, message: str, *, now: float) -> None:
        with self.conn:
            self._log(campaign_id, kind, message, now)

    def _log(self, campaign_id: int, kind: str, message: str, now: float) -> None:
        self.conn.execute("INSERT INTO campaign_event (campaign_id, at, kind, message) "
                          "VALUES (?, ?, ?, ?)", (campaign_id, utc_text(now), kind, message))
