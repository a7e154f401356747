"""What the contact rules cost on a 100,000-recipient campaign.

1. `contacted_today` over a store holding 100,000 commercial recipients accepted today (plus
   200,000 from earlier days): the frequency cap's one query.
2. `zones_for_numbers` over 100,000 numbers (the window's zones of a campaign).
3. Validation of 100,000 rows with and without the contacted-today set.
4. The engine's gate asked 1,000,000 times (it is asked every turn of the run loop).
5. `split_schedule` of 1,000,000 messages at 50/s and `time_of` for each of them.

Run: .venv/bin/python benchmarks/contact_rules_speed.py   (about 10 s)
"""

from __future__ import annotations

import tempfile
import time
from contextlib import closing
from datetime import datetime
from pathlib import Path

from masiv_desktop.core.engine.window import WindowGate
from masiv_desktop.core.law import contact_rules
from masiv_desktop.core.law.contact_window import BOGOTA, LAW_WINDOW, zones_for_numbers
from masiv_desktop.core.lists.validation import ListValidator
from masiv_desktop.core.store import db
from masiv_desktop.core.store.campaigns import CampaignDraft, NewRecipient, Store, utc_text
from masiv_desktop.core.usertypes import PartRule

N = 100_000
NOW = datetime(2026, 11, 25, 15, 0, tzinfo=BOGOTA).timestamp()


def numbers(n: int, start: int = 3000000000) -> list[str]:
    return [f"57{start + i * 7}" for i in range(n)]


def fill(database: Path) -> None:
    with closing(Store.open(database)) as store:
        for day in (2, 1, 0):
            draft = CampaignDraft(name=f"day -{day}", template="Hola",
                                  part_rule=PartRule.MASIV_HTTP)
            cid = store.create_campaign(
                draft, (NewRecipient(i, d, 1) for i, d in enumerate(numbers(N))),
                now=NOW - day * 86400)
            stamp = utc_text(NOW - day * 86400)
            with store.conn:
                store.conn.execute("UPDATE recipient SET state = 'accepted', sent_at = ? "
                                   "WHERE campaign_id = ?", (stamp, cid))


def timed(label: str, fn: object) -> object:
    start = time.perf_counter()
    result = fn()  # type: ignore[operator]
    print(f"{label:<58} {1000 * (time.perf_counter() - start):8.1f} ms")
    return result


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "masiv.sqlite3"
        fill(database)
        with closing(db.connect(database)) as conn:
            found = timed("contacted_today (100,000 today of 300,000 stored)",
                          lambda: contact_rules.contacted_today(conn, NOW))
            assert len(found) == N  # type: ignore[arg-type]
    digits = numbers(N)
    timed("zones_for_numbers (100,000 numbers)", lambda: zones_for_numbers(digits))
    rows = [d[2:] for d in digits]

    def validate(contacted: frozenset[str]) -> None:
        validator = ListValidator("CO", frozenset(), contacted)
        for row, raw in enumerate(rows):
            validator.check(row, raw)

    timed("validate 100,000 rows, no contacted set", lambda: validate(frozenset()))
    timed("validate 100,000 rows, all contacted today", lambda: validate(frozenset(digits)))
    gate = WindowGate(LAW_WINDOW)
    timed("WindowGate.closed_until x 1,000,000 (open, cached)",
          lambda: [gate.closed_until(NOW + i * 0.001) for i in range(1_000_000)])
    schedule = timed("split_schedule 1,000,000 messages at 50/s",
                     lambda: LAW_WINDOW.split_schedule(NOW, 1_000_000, 50.0))
    timed("time_of for each of the 1,000,000",
          lambda: [schedule.time_of(i) for i in range(1_000_000)])  # type: ignore[attr-defined]
    print(f"  ({schedule.days} periods)")  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
