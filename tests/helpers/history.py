"""A desktop's history in a real SQLite file, made through the product's own API: a sent
campaign (accepted, rejected, uncertain recipients, polled parts, refused rows), a draft with
the list's cells, replies, a suppression list and its import history. For the tests of
`masiv store copy` (core/store/copy.py)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from masiv_desktop.core.law import suppression
from masiv_desktop.core.lists.phones import PhoneProblem
from masiv_desktop.core.lists.row_reasons import RowReason
from masiv_desktop.core.reports.data import RefusedRow, save_refused_rows
from masiv_desktop.core.store import db
from masiv_desktop.core.store.campaigns import CampaignDraft, NewRecipient, Store, encode_cells
from masiv_desktop.core.store.journal import Journal, RecipientResult
from masiv_desktop.core.store.parts import PartsBook, PartUpdate
from masiv_desktop.core.store.replies import add_reply
from masiv_desktop.core.usertypes import (
    CampaignState,
    PartRule,
    RecipientState,
    ReplyOrigin,
    SuppressionSource,
    Verdict,
)

TABLES = ("campaign", "recipient", "part", "campaign_event", "refused_row", "reply",
          "suppression", "suppression_import")


@dataclass(frozen=True)
class History:
    path: Path
    sent: int
    """The campaign that was sent and polled."""
    draft: int
    running: int
    """A campaign left running, one recipient claimed."""


class _Refused:
    def __init__(self, row: RefusedRow) -> None:
        self.row, self.input, self.verdict, self.reason_data = row


def make_history(folder: Path, *, now: float, prefix: str = "57315", recipients: int = 20,
                 shared_number: str = "3009998877") -> History:
    """A desktop's store in `folder`/masiv.sqlite3; `now` (epoch seconds) is its creation
    time, so two desktops made with different `now` hold different campaigns. Numbers start
    with `prefix`; `shared_number` goes on the suppression list of every history."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "masiv.sqlite3"
    store = Store(db.connect_file(path))
    try:
        conn = store.conn
        sent = store.create_campaign(
            CampaignDraft("Promo junio", "Hola {Nombre}", PartRule.MASIV_HTTP, originator="MASIV",
                          headers=("Celular", "Nombre")),
            (NewRecipient(i + 2, f"{prefix}{i:07d}", 1 + (i % 5 == 0), text=f"Hola Ana {i}",
                          cells=encode_cells((f"{prefix}{i:07d}", f"Ana {i}")))
             for i in range(recipients)), now=now)
        save_refused_rows(conn, sent, [_Refused(RefusedRow(
            recipients + 2 + i, "5.73E+11", Verdict.INVALID.value,
            RowReason(PhoneProblem.SCIENTIFIC_NOTATION))) for i in range(3)])
        store.set_state(sent, CampaignState.RUNNING, None, now=now + 1)
        journal = Journal(conn, sent, template="Hola {Nombre}", send_at=None,
                          first_poll_delay=30)
        claimed = journal.write([], recipients, now + 2, running_only=False)
        results = []
        for c in claimed:
            if c.id % 7 == 0:
                results.append(RecipientResult(c.id, RecipientState.REJECTED, error_code=1,
                                               error_text="Invalid recipient."))
            elif c.id % 9 == 0:
                results.append(RecipientResult(c.id, RecipientState.UNCERTAIN,
                                               error_text="Read timeout."))
            else:
                results.append(RecipientResult(c.id, RecipientState.ACCEPTED, message_ids=tuple(
                    f"{prefix}-{c.id}-{p}" for p in range(c.parts))))
        journal.write(results, 0, now + 3, running_only=False)
        book = PartsBook(conn, sent)
        parts = conn.execute("SELECT id, recipient_id FROM part WHERE campaign_id = ?",
                             (sent,)).fetchall()
        book.record([PartUpdate(pid, rid, (3, 5, 2)[rid % 3], "2026-06-01T15:04:05.000Z",
                                rid % 3 != 2, None, None if rid % 3 != 2 else now + 60, None)
                     for pid, rid in parts])
        store.set_state(sent, CampaignState.SENT, None, now=now + 4)

        draft = store.create_campaign(
            CampaignDraft("Borrador julio", "Hola", PartRule.MASIV_HTTP),
            (NewRecipient(i + 2, f"{prefix}5{i:06d}", 1) for i in range(5)), now=now + 5)
        conn.execute("UPDATE campaign SET created_by = NULL WHERE id = ?", (draft,))
        conn.commit()

        running = store.create_campaign(
            CampaignDraft("Recordatorio", "Pague hoy", PartRule.MASIV_HTTP),
            (NewRecipient(i + 2, f"{prefix}6{i:06d}", 1) for i in range(4)), now=now + 6)
        store.set_state(running, CampaignState.RUNNING, None, now=now + 7)
        Journal(conn, running, template="Pague hoy", send_at=None,
                first_poll_delay=30).write([], 1, now + 8)

        add_reply(conn, f"{prefix}0000001", "Gracias", now + 100, campaign_id=sent,
                  opt_out=False, origin=ReplyOrigin.SMPP)
        add_reply(conn, f"{prefix}0000002", "SALIR", now + 101, campaign_id=sent,
                  opt_out=True, origin=ReplyOrigin.SMPP)
        add_reply(conn, "573001112233", "¿Quién es?", now + 102, campaign_id=None,
                  opt_out=False, origin=ReplyOrigin.FILE)
        conn.commit()

        suppression.add_numbers(conn, [f"{prefix}0000002", shared_number],
                                SuppressionSource.MANUAL, note=f"desktop {prefix}")
        listed = folder / "bajas.csv"
        with listed.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(["Celular"])
            writer.writerows([f"3{prefix[-2:]}77700{i:02d}"] for i in range(6))
        suppression.import_file(conn, listed, SuppressionSource.OPT_OUT)
    finally:
        store.close()
    return History(path, sent, draft, running)


def table_counts(conn: db.Connection) -> dict[str, int]:
    """Rows in each of the store's tables."""
    return {table: int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
            for table in TABLES}
