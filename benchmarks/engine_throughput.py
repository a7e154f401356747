"""Messages per second of a whole campaign run (store writes included), against the sandbox.

The sandbox runs as a subprocess (`masiv sandbox`), like a real gateway. Figures:
1. 0 ms latency, 8 connections: the engine's messages/s beside the bare `requests` loop of
   `gateway_throughput.py` with the same connections (budget: at least 80 %), measured right
   after it in the same round; `--repeat` rounds (the machine is shared), medians last.
2. 150 ms latency, 16 connections: beside the ideal 16 / 0.15 ≈ 106.7/s (budget: 90 %).
3. RSS of a 1,000,000-recipient campaign: created in the store, then a few seconds of its
   run (in a fresh process, peak RSS).
4. A 10,000-recipient campaign end to end from the CLI (`masiv send … --until-final`) with
   statuses polled to final (sandbox status step 0.2 s, short poll delays).

Run: .venv/bin/python benchmarks/engine_throughput.py   (about 2 min)
     .venv/bin/python benchmarks/engine_throughput.py --only 0ms --repeat 5
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from gateway_throughput import PASSWORD, USER, bare_sender, client_sender, measure, sandbox

from masiv_desktop.core.engine.events import EventQueue
from masiv_desktop.core.engine.run import CampaignRun, EngineOptions
from masiv_desktop.core.store.campaigns import CampaignDraft, NewRecipient, Store
from masiv_desktop.core.usertypes import CampaignState, PartRule, RecipientState
from masiv_desktop.gateway.http.client import MasivHttpClient
from masiv_desktop.gateway.http.endpoints import custom_endpoint

TEXT = "Benchmark message"


def make_campaign(database: Path, n: int) -> int:
    store = Store.open(database)
    try:
        draft = CampaignDraft(name="bench", template=TEXT, part_rule=PartRule.MASIV_HTTP)
        return store.create_campaign(
            draft, (NewRecipient(i + 2, str(573150000000 + i), 1) for i in range(n)),
            now=time.time())
    finally:
        store.close()


def run_engine(database: Path, cid: int, url: str, connections: int,
               stop_after: float | None = None) -> tuple[float, CampaignState | None]:
    """Run the campaign with a consumer draining events like the GUI; (seconds, state)."""
    client = MasivHttpClient(custom_endpoint(url), USER, PASSWORD, pool_size=connections)
    events = EventQueue()
    engine = CampaignRun(database, cid, client, EngineOptions(connections=connections),
                         events=events)
    began = time.perf_counter()
    engine.start()
    while engine.running:
        events.drain(100_000)
        engine.wait(0.05)
        if stop_after is not None and time.perf_counter() - began > stop_after:
            engine.pause()
            stop_after = None
    engine.wait()
    client.close()
    return time.perf_counter() - began, engine.final_state


def overhead(connections: int, n: int, folder: Path, repeat: int) -> None:
    """0 ms latency: each round runs a fresh campaign, then the bare loop and the client loop
    against the same fresh sandbox, so a busy neighbour skews one round, not the median."""
    ratios: list[tuple[float, float, float]] = []
    for round_ in range(repeat):
        with sandbox(0) as url:
            endpoint = custom_endpoint(url)
            database = folder / f"engine-0-{round_}.sqlite3"
            cid = make_campaign(database, n)
            seconds, state = run_engine(database, cid, url, connections)
            ours = n / seconds
            bare, _ = measure(connections, 3.0, bare_sender(endpoint.send_url))
            client = MasivHttpClient(endpoint, USER, PASSWORD, pool_size=connections)
            loop, _ = measure(connections, 3.0, client_sender(client))
            client.close()
        ratios.append((ours, ours / bare, ours / loop))
        print(f"   0 ms {connections:>3} conns  campaign of {n}: {ours:8.1f} msg/s ({state}); "
              f"bare requests loop {bare:8.1f} req/s -> {ours / bare:5.1%} (budget >= 80%); "
              f"MasivHttpClient loop {loop:8.1f} req/s -> {ours / loop:5.1%}", flush=True)
    if repeat > 1:
        rate, of_bare, of_loop = (statistics.median(column) for column in zip(*ratios, strict=True))
        print(f"   0 ms median of {repeat} rounds: {rate:8.1f} msg/s, {of_bare:5.1%} of the bare "
              f"requests loop (budget >= 80%), {of_loop:5.1%} of the MasivHttpClient loop")


def latency_hiding(latency_ms: int, connections: int, n: int, folder: Path) -> None:
    with sandbox(latency_ms) as url:
        database = folder / f"engine-{latency_ms}.sqlite3"
        cid = make_campaign(database, n)
        seconds, state = run_engine(database, cid, url, connections)
        ours = n / seconds
        ideal = connections / (latency_ms / 1000)
        print(f"{latency_ms:>4} ms {connections:>3} conns  campaign of {n}: {ours:8.1f} msg/s "
              f"({state}); ideal {ideal:6.1f}/s -> {ours / ideal:5.1%} (budget >= 90%)")


def rss_child(folder: Path) -> None:
    """In a fresh process: create 1,000,000 recipients, run 3 s, print JSON figures."""
    database = folder / "million.sqlite3"
    began = time.perf_counter()
    cid = make_campaign(database, 1_000_000)
    created_s = time.perf_counter() - began
    after_create = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with sandbox(0) as url:
        seconds, _ = run_engine(database, cid, url, 8, stop_after=3.0)
    store = Store.open(database)
    counts = store.counts(cid)
    store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"create_s": created_s, "after_create_mb": after_create, "peak_mb": peak,
                      "run_s": seconds, "accepted": counts.by_state[RecipientState.ACCEPTED],
                      "db_mb": database.stat().st_size / 1e6}))


def rss(folder: Path) -> None:
    out = subprocess.run([sys.executable, __file__, "--rss-child", str(folder)],
                         capture_output=True, text=True, check=True).stdout
    f = json.loads(out.strip().splitlines()[-1])
    print(f"1,000,000 recipients: stored in {f['create_s']:.1f} s (file {f['db_mb']:.0f} MB), "
          f"peak RSS {f['after_create_mb']:.0f} MB after creating, {f['peak_mb']:.0f} MB after "
          f"{f['run_s']:.1f} s of sending ({f['accepted']} accepted)")


def cli_end_to_end(folder: Path, n: int = 10_000) -> None:
    source = folder / "list.csv"
    with source.open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Nombre", "Celular"])
        writer.writerows([f"Cliente {i}", f"3{150000000 + i}"] for i in range(n))
    process = subprocess.Popen(
        [sys.executable, "-m", "masiv_desktop", "sandbox", "--port", "0",
         "--status-step", "0.2"], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        env = {**os.environ, "MASIV_USERNAME": "demo", "MASIV_PASSWORD": "demo"}
        home = folder / "home"
        masiv = [sys.executable, "-m", "masiv_desktop", "--data-dir", str(home)]
        began = time.perf_counter()
        sent = subprocess.run([*masiv, "send", str(source), "--message", "Hola {Nombre}",
                               "--gateway", url, "--yes", "--until-final",
                               "--poll-delays", "0.5,1,2"],
                              env=env, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - began
        cid = sent.stdout.strip()
        status = json.loads(subprocess.run([*masiv, "status", cid, "--json"], env=env,
                                           capture_output=True, text=True,
                                           check=True).stdout)
        print(f"CLI: {n} recipients sent and polled to final in {seconds:.1f} s "
              f"(exit {sent.returncode}): state {status['state']}, "
              f"by_state {_nonzero(status['by_state'])}, by_status "
              f"{_nonzero(status['by_status'])}, open parts {status['open_parts']}")
    finally:
        process.terminate()
        process.wait(timeout=10)


def _nonzero(counts: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in counts.items() if v}


PARTS = ("0ms", "150ms", "rss", "cli")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=PARTS, action="append",
                        help="run only this part (repeatable); default: all")
    parser.add_argument("--repeat", type=int, default=3,
                        help="rounds of the 0 ms comparison (default 3; medians printed)")
    args = parser.parse_args(argv)
    parts = args.only or PARTS
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if "0ms" in parts:
            overhead(8, 8000, folder, max(1, args.repeat))
        if "150ms" in parts:
            latency_hiding(150, 16, 1200, folder)
        if "rss" in parts:
            rss(folder)
        if "cli" in parts:
            cli_end_to_end(folder)
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--rss-child":
        rss_child(Path(sys.argv[2]))
        sys.exit(0)
    threading.excepthook = lambda args: print(f"thread failed: {args.exc_value}",
                                              file=sys.stderr)
    sys.exit(main(sys.argv[1:]))
