"""Messages per second of a whole campaign over SMPP beside HTTP, on the same run.

One `masiv sandbox --smpp-port 0` subprocess serves both sides (same accounts, same rules).
Figures, each with 8 engine connections (sender threads) and a fresh campaign:
1. HTTP: a 10,000-recipient campaign through `MasivHttpClient` (send phase, messages/s).
2. SMPP: the same through `SmppTransport` (window 10), messages/s.
3. SMPP without the engine: 8 threads calling `send_message` in a loop (the protocol's and
   the test SMSC's own limit, for comparison).
4. SMPP end to end: 10,000 recipients sent and polled until every part has the final status
   its receipt brought (status step 0.2 s, poll delays 0.5/1/2 s), with the number of
   RecipientChanged events that carried a status (what the grid receives).

Run: .venv/bin/python benchmarks/smpp_throughput.py   (about a minute)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from masiv_desktop.core.engine.events import EventQueue, RecipientChanged
from masiv_desktop.core.engine.poller import PollPolicy
from masiv_desktop.core.engine.run import CampaignRun, EngineOptions
from masiv_desktop.core.engine.types import PollMode
from masiv_desktop.core.store.campaigns import CampaignDraft, NewRecipient, Store
from masiv_desktop.core.usertypes import PartRule
from masiv_desktop.gateway.http.client import MasivHttpClient
from masiv_desktop.gateway.http.endpoints import custom_endpoint
from masiv_desktop.gateway.smpp.transport import SmppAccount, SmppTransport
from masiv_desktop.gateway.transport import Transport

RECIPIENTS = 10_000
CONNECTIONS = 8
TEXT = "Benchmark message"


def start_sandbox() -> tuple[subprocess.Popen[str], str, tuple[str, int]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "masiv_desktop.cli", "sandbox", "--smpp-port", "0",
         "--status-step", "0.2"], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    url = process.stdout.readline().strip()
    host, port = process.stdout.readline().strip().removeprefix("smpp://").rsplit(":", 1)
    return process, url, (host, int(port))


def make_campaign(database: Path, n: int, start: int) -> int:
    store = Store.open(database)
    try:
        draft = CampaignDraft(name="bench", template=TEXT, part_rule=PartRule.MASIV_HTTP)
        return store.create_campaign(
            draft, (NewRecipient(i + 2, str(start + i), 1) for i in range(n)), now=time.time())
    finally:
        store.close()


def run_campaign(transport: Transport, start: int, options: EngineOptions
                 ) -> tuple[float, int, str]:
    """(seconds, RecipientChanged events with a status, final state) of one whole run."""
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "masiv.sqlite3"
        cid = make_campaign(database, RECIPIENTS, start)
        events = EventQueue(max_recipient_events=10 * RECIPIENTS)
        engine = CampaignRun(database, cid, transport, options, events=events)
        with_status = 0
        began = time.perf_counter()
        engine.start()
        while engine.running:
            events.wait(0.1)
            with_status += sum(1 for e in events.drain(100_000)
                               if isinstance(e, RecipientChanged) and e.status is not None)
        elapsed = time.perf_counter() - began
        with_status += sum(1 for e in events.drain(10**6)
                           if isinstance(e, RecipientChanged) and e.status is not None)
        return elapsed, with_status, str(engine.final_state)


def bare_smpp(address: tuple[str, int], seconds: float = 4.0) -> float:
    client = SmppTransport(SmppAccount(*address, system_id="demo"), "demo")
    counts = [0] * CONNECTIONS
    stop = time.perf_counter() + seconds

    def loop(k: int) -> None:
        n = 0
        while time.perf_counter() < stop:
            client.send_message(str(574000000000 + k * 1_000_000 + n), TEXT)
            n += 1
        counts[k] = n

    threads = [threading.Thread(target=loop, args=(k,)) for k in range(CONNECTIONS)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    client.close()
    return sum(counts) / (time.perf_counter() - began)


def main() -> None:
    process, url, address = start_sandbox()
    try:
        send_only = EngineOptions(connections=CONNECTIONS, poll=PollMode.NONE)
        http = MasivHttpClient(custom_endpoint(url), "demo", "demo", pool_size=CONNECTIONS)
        seconds, _, state = run_campaign(http, 573100000000, send_only)
        http.close()
        print(f"HTTP  campaign {RECIPIENTS:,} recipients, {CONNECTIONS} connections: "
              f"{RECIPIENTS / seconds:7.0f} messages/s ({seconds:.1f} s, {state})")
        smpp = SmppTransport(SmppAccount(*address, system_id="demo", window=10), "demo")
        seconds, _, state = run_campaign(smpp, 573200000000, send_only)
        print(f"SMPP  campaign {RECIPIENTS:,} recipients, {CONNECTIONS} threads, window 10: "
              f"{RECIPIENTS / seconds:7.0f} messages/s ({seconds:.1f} s, {state})")
        print(f"SMPP  bare transport, {CONNECTIONS} threads, no engine: "
              f"{bare_smpp(address):7.0f} messages/s")
        until_final = EngineOptions(connections=CONNECTIONS, poll=PollMode.UNTIL_FINAL,
                                    poll_policy=PollPolicy(delays=(0.5, 1.0, 2.0),
                                                           window=300.0, network_grace=1.0))
        seconds, with_status, state = run_campaign(smpp, 573300000000, until_final)
        smpp.close()
        print(f"SMPP  end to end with receipts: {RECIPIENTS:,} recipients final in "
              f"{seconds:.1f} s; {with_status:,} grid events carried a status ({state})")
    finally:
        process.terminate()
        process.wait(timeout=10)


if __name__ == "__main__":
    main()
