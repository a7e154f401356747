"""How fast a campaign's delivery report is written, xlsx and CSV (prints figures).

    .venv/bin/python benchmarks/report_speed.py [--rows 100000 1000000] [--keep DIR]

Budget (issue 7): 100,000 recipients under 5 s, 1,000,000 under 60 s, streaming (peak RSS
stays flat). The campaign is made in a temp store through the store's own API: created with
merge-field cells, sent (journal), polled (parts book) to a realistic mix of outcomes, plus
refused rows (2% of the list).
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import threading
import time
from pathlib import Path

import psutil

from masiv_desktop.core.lists.cells import DateCell, NumberCell
from masiv_desktop.core.lists.phones import PhoneProblem
from masiv_desktop.core.lists.row_reasons import RowReason
from masiv_desktop.core.reports.data import RefusedRow, save_refused_rows
from masiv_desktop.core.reports.export import ReportOptions, export_report
from masiv_desktop.core.store import db
from masiv_desktop.core.store.campaigns import CampaignDraft, NewRecipient, Store, encode_cells
from masiv_desktop.core.store.journal import Journal, RecipientResult
from masiv_desktop.core.store.parts import PartsBook, PartUpdate
from masiv_desktop.core.usertypes import CampaignState, PartRule, RecipientState, Verdict

TEMPLATE = "Hola {Nombre}, tu saldo es ${Saldo}. Paga antes del {Fecha} en www.ejemplo.co"
NAMES = ("Ana María", "Luis", "Íñigo", "Valentina", "Andrés Felipe", "Sofía", "=cmd")
STATUS_BY_TENTH = (3, 3, 3, 3, 3, 3, 2, 4, 5, None)
HEADERS = ("Telefono", "Nombre", "Saldo", "Fecha")
"""The list's columns: text, text, a number and a date, as a workbook gives them."""


class _Refused:
    def __init__(self, row: RefusedRow) -> None:
        self.row, self.input, self.verdict, self.reason_data = row


def make_campaign(database: Path, rows: int) -> int:
    now = time.time()
    store = Store.open(database)
    recipients = (NewRecipient(
        row_number=i + 2, digits=f"57300{i:07d}", parts=1 + (i % 7 == 0),
        text=f"Hola {NAMES[i % 7]}, tu saldo es ${i * 13 % 99999}. Paga antes del 30/06",
        cells=encode_cells((f"300{i:07d}", NAMES[i % 7], NumberCell(i * 13 % 99999),
                            DateCell("2025-06-30")))) for i in range(rows))
    cid = store.create_campaign(CampaignDraft("Benchmark", TEMPLATE, PartRule.MASIV_HTTP,
                                              originator="MASIV", headers=HEADERS),
                                recipients, now=now)
    save_refused_rows(store.conn, cid, (_Refused(RefusedRow(
        rows + 2 + i, "5.73E+11", Verdict.INVALID.value,
        RowReason(PhoneProblem.SCIENTIFIC_NOTATION))) for i in range(rows // 50)))
    store.set_state(cid, CampaignState.RUNNING, None, now=now)
    journal = Journal(store.conn, cid, template=TEMPLATE, send_at=None, first_poll_delay=30)
    claimed = journal.write([], 20_000, now, running_only=False)
    while claimed:
        results = []
        for c in claimed:
            if c.id % 50 == 0:
                results.append(RecipientResult(c.id, RecipientState.REJECTED, error_code=1,
                                               error_text="Invalid recipient."))
            elif c.id % 97 == 0:
                results.append(RecipientResult(c.id, RecipientState.UNCERTAIN,
                                               error_text="Read timeout."))
            else:
                results.append(RecipientResult(c.id, RecipientState.ACCEPTED, message_ids=tuple(
                    f"{c.id:08x}-4a1b-9c2d-{p:04d}-5e6f7a8b9c0d" for p in range(c.parts))))
        claimed = journal.write(results, 20_000, now, running_only=False)
    book = PartsBook(store.conn, cid)
    cursor = store.conn.execute("SELECT id, recipient_id FROM part WHERE campaign_id = ?",
                                (cid,))
    while batch := cursor.fetchmany(20_000):
        book.record([PartUpdate(pid, rid, STATUS_BY_TENTH[rid % 10],
                                "2025-06-01T15:04:05.000Z", True, None, None, None)
                     for pid, rid in batch])
    store.set_state(cid, CampaignState.FINISHED, None, now=now)
    store.close()
    return cid


class PeakRss:
    """Samples this process's RSS every 50 ms (ru_maxrss never goes down between runs)."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(0.05):
            self.peak = max(self.peak, me.memory_info().rss)

    def __enter__(self) -> PeakRss:
        self.peak = psutil.Process().memory_info().rss
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--keep", type=Path, help="write the reports in this folder")
    args = parser.parse_args()
    for rows in args.rows:
        with tempfile.TemporaryDirectory() as tmp:
            database = Path(tmp) / "masiv.sqlite3"
            db.connect(database).close()
            start = time.perf_counter()
            cid = make_campaign(database, rows)
            print(f"{rows:>9,} recipients: campaign made in {time.perf_counter() - start:.1f} s "
                  "(setup, not timed below)")
            out = args.keep or Path(tmp)
            for suffix in ("xlsx", "csv"):
                target = out / f"report-{rows}.{suffix}"
                with PeakRss() as rss:
                    cpu = time.process_time()
                    result = export_report(database, cid, target,
                                           ReportOptions(language="es", delimiter=";"))
                    cpu = time.process_time() - cpu
                print(f"{rows:>9,} recipients  {suffix:4s}  {result.seconds:6.2f} s wall  "
                      f"{cpu:6.2f} s CPU  peak RSS {rss.peak / 2**20:5.0f} MB  "
                      f"file {target.stat().st_size / 2**20:6.1f} MB")
    print(f"max RSS of the whole run (setup included): "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
