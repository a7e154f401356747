"""Requests per second of the sandbox on one connection, in memory and with a state file.

The sandbox runs as a subprocess (`masiv sandbox`, then `masiv sandbox --state FILE`), the
client is one `requests.Session` (one keep-alive connection). For each mode it sends
ordinary messages for a fixed window, then asks getMessage for the ids it got, and prints
requests/s of both. With a state file every accepted send is committed (SQLite, WAL) before
the answer is written, and every getMessage of an id reads the file.

Run: .venv/bin/python benchmarks/sandbox_state_file.py [--window 3] [--memory-only]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests
from sandbox_process import sandbox_process

SEND = "/SmsHandlers/sendhandler.ashx"
REPORT = "/SmsHandlers/Reporthandler.ashx"
LOGIN = {"username": "bench", "password": "bench-password"}


@contextmanager
def sandbox(state_file: Path | None) -> Iterator[str]:
    """A `masiv sandbox` subprocess; yields its base URL."""
    extra = ["--state", str(state_file)] if state_file is not None else []
    with sandbox_process("--user", "bench:bench-password:1000000000", *extra) as base_url:
        yield base_url


def run(base_url: str, window_s: float) -> tuple[float, float, int]:
    """(sends/s, getMessage/s, messages sent) on one Session."""
    session = requests.Session()
    send = {"action": "sendmessage", **LOGIN, "messagedata": "Benchmark message"}
    ids: list[str] = []
    session.get(base_url + SEND, params={**send, "recipient": "573150000000"}, timeout=10)
    began = time.perf_counter()
    deadline = began + window_s
    while time.perf_counter() < deadline:
        answer = session.get(base_url + SEND, timeout=10,
                             params={**send, "recipient": f"5731{len(ids):08d}"})
        start = answer.text.find("<messageid>")
        if answer.status_code != 200 or start < 0:
            raise RuntimeError(f"send failed: {answer.status_code} {answer.text[:200]}")
        ids.append(answer.text[start + 11:answer.text.index("<", start + 11)])
    sends_per_s = len(ids) / (time.perf_counter() - began)
    began = time.perf_counter()
    for message_id in ids:
        answer = session.get(base_url + REPORT, timeout=10, params={
            "action": "getMessage", **LOGIN, "messageId": message_id})
        if "<status>" not in answer.text:
            raise RuntimeError(f"getMessage failed: {answer.text[:200]}")
    polls_per_s = len(ids) / (time.perf_counter() - began)
    session.close()
    return sends_per_s, polls_per_s, len(ids)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", type=float, default=3.0, help="seconds of sending per mode")
    parser.add_argument("--memory-only", action="store_true",
                        help="only the in-memory sandbox (for versions without --state)")
    args = parser.parse_args()
    print(f"{'mode':<12} {'sends/s':>9} {'getMessage/s':>13} {'messages':>9}")
    with tempfile.TemporaryDirectory() as folder:
        modes: list[tuple[str, Path | None]] = [("memory", None)]
        if not args.memory_only:
            modes.append(("state file", Path(folder) / "sandbox.sqlite3"))
        for name, state_file in modes:
            with sandbox(state_file) as base_url:
                sends, polls, count = run(base_url, args.window)
            print(f"{name:<12} {sends:>9.0f} {polls:>13.0f} {count:>9}")


if __name__ == "__main__":
    main()
