"""Two desktops sending one campaign on a team store (PostgreSQL) against one desktop.

A real PostgreSQL server (tests/helpers/postgres.py: a throw-away cluster), the sandbox as a
subprocess at 150 ms latency, and each desktop a `masiv resume` process of its own with 16
connections. For each case a fresh 100,000-recipient campaign: after a warm-up, the accepted
recipients are counted over a window (the whole campaign would take 15 minutes at one
desktop's ~100 messages/s), then the desktops are stopped. Budget: two desktops reach at
least 1.8× one desktop's rate. Afterwards: no recipient was sent twice.

Run: .venv/bin/python benchmarks/team_throughput.py            (about 2 min)
     .venv/bin/python benchmarks/team_throughput.py --window 60 --recipients 100000
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gateway_throughput import PASSWORD, USER, sandbox

from masiv_desktop.core.store import db
from tests.helpers.campaigns import count_in_state, make_campaign
from tests.helpers.postgres import PostgresServer

CONNECTIONS = 16


def desktop(home: Path, cid: int, url: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "MASIV_USERNAME": USER, "MASIV_PASSWORD": PASSWORD}
    return subprocess.Popen(
        [sys.executable, "-m", "masiv_desktop.cli", "--data-dir", str(home), "resume",
         str(cid), "--gateway", url, "--connections", str(CONNECTIONS)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def rate(desktops: int, recipients: int, url: str, folder: Path, warmup: float,
         window: float) -> float:
    """Accepted recipients per second of `desktops` desktops on a fresh campaign."""
    database = folder / f"case-{desktops}" / "masiv.sqlite3"
    digits = [str(573000000000 + desktops * 1_000_000 + i) for i in range(recipients)]
    cid = make_campaign(database, digits)
    runs = [desktop(folder / f"desktop-{desktops}-{i}", cid, url) for i in range(desktops)]
    time.sleep(warmup)
    before, start = count_in_state(database, cid, "accepted"), time.perf_counter()
    time.sleep(window)
    after, took = count_in_state(database, cid, "accepted"), time.perf_counter() - start
    for run in runs:
        run.send_signal(signal.SIGINT)
    for run in runs:
        run.wait(timeout=60)
    return (after - before) / took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipients", type=int, default=100_000)
    parser.add_argument("--warmup", type=float, default=8.0)
    parser.add_argument("--window", type=float, default=40.0)
    args = parser.parse_args()
    with PostgresServer() as server, tempfile.TemporaryDirectory() as tmp, \
            sandbox(150) as url:
        os.environ["MASIV_STORE_URL"] = server.create_database()
        os.environ["PGPASSWORD"] = server.password
        folder = Path(tmp)
        one = rate(1, args.recipients, url, folder, args.warmup, args.window)
        print(f"one desktop:  {one:7.1f} messages/s ({CONNECTIONS} connections, 150 ms)")
        two = rate(2, args.recipients, url, folder, args.warmup, args.window)
        print(f"two desktops: {two:7.1f} messages/s ({CONNECTIONS} connections each)")
        print(f"ratio: {two / one:.2f}× (budget: at least 1.8×)")
        with urllib.request.urlopen(f"{url}/sandbox/sent") as answer:
            sent = Counter(item["recipient"] for item in json.load(answer))
        twice = sum(1 for n in sent.values() if n > 1)
        print(f"sent: {sum(sent.values())} requests, {twice} recipients twice")
        db.use_team_store(None)


if __name__ == "__main__":
    main()
