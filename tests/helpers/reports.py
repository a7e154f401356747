"""A campaign in a real store with one recipient of every outcome, for the report tests.

Made through the store's own API (create, journal, parts book) as the engine would leave it.
The list's "Nombre" cells begin with every character a spreadsheet takes for a formula.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from masiv_desktop.core.lists.phones import PhoneProblem
from masiv_desktop.core.lists.row_reasons import RowCode, RowReason
from masiv_desktop.core.reports.data import RefusedRow, save_refused_rows
from masiv_desktop.core.reports.outcome import Outcome
from masiv_desktop.core.store import db
from masiv_desktop.core.store.campaigns import CampaignDraft, NewRecipient, Store
from masiv_desktop.core.store.journal import Journal, RecipientResult
from masiv_desktop.core.store.parts import PartsBook, PartUpdate
from masiv_desktop.core.usertypes import CampaignState, PartRule, RecipientState, Verdict

SENT_AT = datetime(2024, 6, 1, 15, 4, 5, tzinfo=UTC)
STATUS_TIME = "2024-06-01T15:10:00.000Z"
TEMPLATE = "Hola {Nombre}"
NAMES = ("=1+2", "+57 315", "-5", "@SUM(A1)", "\tTab", "\rCR", "Ana", "Íñigo", "María", "Luis")
"""One per recipient; the first six begin with =, +, -, @, tab, CR."""
OUTCOMES = (Outcome.DELIVERED_TO_HANDSET, Outcome.DELIVERED_TO_NETWORK, Outcome.DELIVERY_ERROR,
            Outcome.GENERAL_ERROR, Outcome.LENGTH_ERROR, Outcome.REJECTED, Outcome.UNCERTAIN,
            Outcome.NO_FINAL_STATUS, Outcome.IN_PROGRESS, Outcome.IN_PROGRESS)
"""Where recipient i ends (the last one is never sent)."""
_STATUS = {0: 3, 1: 2, 2: 4, 3: 5, 4: 6}
REFUSED = (RefusedRow(12, "=HYPERLINK(\"http://x\")", Verdict.INVALID.value,
                      RowReason(PhoneProblem.LETTERS)),
           RefusedRow(13, "3150000000", Verdict.DUPLICATE.value,
                      RowReason(RowCode.DUPLICATE, {"row": 2})),
           RefusedRow(14, "12", Verdict.INVALID.value, RowReason(PhoneProblem.TOO_SHORT)))


def digits(i: int) -> str:
    return f"57315000000{i}"


class _Check:
    def __init__(self, row: RefusedRow) -> None:
        self.row, self.input, self.verdict, self.reason_data = row


def make_report_campaign(database: Path, *, name: str = "Promo junio") -> int:
    db.connect(database).close()
    store = Store.open(database)
    now = SENT_AT.timestamp()
    try:
        cid = store.create_campaign(
            CampaignDraft(name, TEMPLATE, PartRule.MASIV_HTTP, originator="MASIV",
                          source_file="/home/ana/listas/junio.xlsx"),
            (NewRecipient(row_number=i + 2, digits=digits(i), parts=1 + (i == 0),
                          text=f"Hola {n}", fields={"Celular": f"315000000{i}", "Nombre": n})
             for i, n in enumerate(NAMES)), now=now - 60)
        save_refused_rows(store.conn, cid, (_Check(r) for r in REFUSED))
        store.set_state(cid, CampaignState.RUNNING, None, now=now - 30)
        _send(store, cid, now)
        store.set_state(cid, CampaignState.SENT, None, now=now + 600)
    finally:
        store.close()
    return cid


def _send(store: Store, cid: int, now: float) -> None:
    journal = Journal(store.conn, cid, template=TEMPLATE, send_at=None, first_poll_delay=30)
    claimed = journal.write([], 9, now, running_only=False)
    results = []
    for c in claimed:
        i = c.id - claimed[0].id
        if OUTCOMES[i] is Outcome.REJECTED:
            results.append(RecipientResult(c.id, RecipientState.REJECTED, error_code=1,
                                           error_text="Invalid recipient."))
        elif OUTCOMES[i] is Outcome.UNCERTAIN:
            results.append(RecipientResult(c.id, RecipientState.UNCERTAIN,
                                           error_text="=cmd|' /C calc'!A0"))
        else:
            results.append(RecipientResult(c.id, RecipientState.ACCEPTED, message_ids=tuple(
                f"id-{i}-{p}" for p in range(c.parts))))
    journal.write(results, 0, now, running_only=False)
    first = claimed[0].id
    parts = store.conn.execute("SELECT id, recipient_id FROM part WHERE campaign_id = ?",
                               (cid,)).fetchall()
    updates = []
    for pid, rid in parts:
        i = rid - first
        if i in _STATUS:
            updates.append(PartUpdate(pid, rid, _STATUS[i], STATUS_TIME, True, None, None, None))
        elif OUTCOMES[i] is Outcome.NO_FINAL_STATUS:
            updates.append(PartUpdate(pid, rid, None, None, False, "no final status", None,
                                      None))
    PartsBook(store.conn, cid).record(updates)
