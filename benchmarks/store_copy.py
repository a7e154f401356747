"""How fast `masiv store copy` moves a desktop's history into a team store (prints figures).

    PYTHONPATH=. .venv/bin/python benchmarks/store_copy.py [--rows 100000 1000000]

Budget: 100,000 recipients in seconds, not minutes. The campaign is made in a temp SQLite
file through the store's own API (benchmarks/report_speed.py: sent, polled, refused rows),
then copied twice into a throw-away PostgreSQL server (tests/helpers/postgres.py) as two
desktops would: into an empty store, then again as a second desktop's file (ids shifted
past the first's). The second copy of the same file, which adds nothing, is timed too.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from contextlib import closing
from pathlib import Path

from report_speed import make_campaign

from masiv_desktop.core.store import copy, db, postgres
from tests.helpers.postgres import PostgresServer


def rows_in(path: Path) -> int:
    with closing(db.connect_file(path)) as conn:
        return sum(int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
                   for table in ("campaign", "recipient", "part", "campaign_event",
                                 "refused_row"))


def timed_copy(path: Path, url: str, desktop: str) -> tuple[float, copy.CopyResult]:
    with closing(copy.open_source(path)) as source, \
            closing(postgres.connect(url)) as target:
        start = time.perf_counter()
        result = copy.copy_store(source, target, desktop=desktop)
        return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000])
    args = parser.parse_args()
    with PostgresServer() as server:
        os.environ["PGPASSWORD"] = server.password
        for rows in args.rows:
            url = server.create_database()
            with tempfile.TemporaryDirectory() as tmp:
                database = Path(tmp) / "masiv.sqlite3"
                db.connect_file(database).close()
                start = time.perf_counter()
                make_campaign(database, rows)
                with closing(db.connect_file(database)) as conn, conn:
                    # No creator recorded: each "desktop" below claims the campaign as its own.
                    conn.execute("UPDATE campaign SET created_by = NULL")
                total = rows_in(database)
                print(f"{rows:>9,} recipients ({total:,} rows with parts, events, refused rows):"
                      f" made in {time.perf_counter() - start:.1f} s (setup, not timed)")
                for label, desktop in (("empty store", "ana@equipo-1"),
                                       ("second desktop", "luis@equipo-2"),
                                       ("same file again", "luis@equipo-2")):
                    seconds, result = timed_copy(database, url, desktop)
                    written = (result.campaigns + result.recipients + result.parts
                               + result.events + result.refused_rows)
                    print(f"  {label:<16} {seconds:6.2f} s  {result.recipients / seconds:>9,.0f} "
                          f"recipients/s  {written / seconds:>9,.0f} rows/s written  "
                          f"(campaigns added {result.campaigns}, skipped "
                          f"{result.campaigns_already_there})")
            server.drop_database(url)


if __name__ == "__main__":
    main()
