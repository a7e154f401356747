"""How long a campaign takes when the gateway pushes back for a while (issue 15, item 8).

The sandbox's rate-limit knob is set to one request every 2 s, so the engine's requests are
answered 503 + Retry-After 2; after `--pushbacks` such answers the knob is cleared and the
gateway is healthy again. Printed: the seconds to send the whole campaign, the seconds after
the gateway became healthy, and the same campaign on a gateway that never pushes back. A
rate that creeps back by 10 % a second took 415 s for 2,000 messages after 40 push-backs
(here: 25 s after the gateway healed, unlimited rate). The budget after the gateway healed:
the healthy run + the last 2 s hold + the 4 s ramp back to the configured rate + 2 s.

The sandbox runs in this process (its knob is changed mid-run), so the figures include its
share of the GIL, for both runs alike.

Run: .venv/bin/python benchmarks/push_back_recovery.py   (under a minute)
     .venv/bin/python benchmarks/push_back_recovery.py --messages 2000 --rate 300
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from masiv_desktop.core.engine.events import EventQueue
from masiv_desktop.core.engine.run import CampaignRun, EngineOptions
from masiv_desktop.core.store.campaigns import CampaignDraft, NewRecipient, Store
from masiv_desktop.core.usertypes import CampaignState, PartRule
from masiv_desktop.gateway.http.client import MasivHttpClient, custom_endpoint
from masiv_desktop.gateway.outcomes import SendOutcome, StatusReport
from masiv_desktop.gateway.sandbox.config import SandboxConfig
from masiv_desktop.gateway.sandbox.server import SandboxGateway

USER, PASSWORD = "demo", "demo"


class PushBackCounter:
    """A real client that clears the sandbox's rate limit after `limit` answers 503."""

    def __init__(self, inner: MasivHttpClient, sandbox: SandboxGateway, limit: int) -> None:
        self.inner = inner
        self.sandbox = sandbox
        self.limit = limit
        self.pushbacks = 0
        self.healthy_at: float | None = None if limit else time.perf_counter()
        self._lock = threading.Lock()

    def send_message(self, recipient: str, text: str, *, originator: str | None = None,
                     long_message: bool = False, send_on: datetime | None = None) -> SendOutcome:
        outcome = self.inner.send_message(recipient, text, originator=originator,
                                          long_message=long_message, send_on=send_on)
        if outcome.http_status == 503:
            with self._lock:
                self.pushbacks += 1
                if self.pushbacks == self.limit:
                    self.sandbox.configure(rate_limit=None)
                    self.healthy_at = time.perf_counter()
        return outcome

    def get_message(self, message_id: str) -> StatusReport:
        return self.inner.get_message(message_id)

    def close(self) -> None:
        self.inner.close()


@dataclass(frozen=True)
class Figures:
    seconds: float
    after_healthy: float
    pushbacks: int
    state: CampaignState | None


def one_run(folder: Path, messages: int, rate: float | None, pushbacks: int) -> Figures:
    database = folder / f"push-back-{pushbacks}-{time.monotonic_ns()}.sqlite3"
    store = Store.open(database)
    try:
        draft = CampaignDraft(name="bench", template="Benchmark", part_rule=PartRule.MASIV_HTTP)
        cid = store.create_campaign(draft, (NewRecipient(i + 2, str(573150000000 + i), 1)
                                            for i in range(messages)), now=time.time())
    finally:
        store.close()
    config = SandboxConfig(rate_limit=0.5 if pushbacks else None)
    with SandboxGateway(config) as sandbox:
        client = MasivHttpClient(custom_endpoint(sandbox.base_url), USER, PASSWORD,
                                 pool_size=8)
        transport = PushBackCounter(client, sandbox, pushbacks)
        events = EventQueue()
        engine = CampaignRun(database, cid, transport, EngineOptions(connections=8, rate=rate),
                             events=events)
        began = time.perf_counter()
        engine.start()
        while engine.running:
            events.drain(100_000)
            engine.wait(0.05)
        ended = time.perf_counter()
        transport.close()
    healthy_at = transport.healthy_at or ended
    return Figures(ended - began, ended - healthy_at, transport.pushbacks, engine.final_state)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--pushbacks", type=int, default=40)
    parser.add_argument("--rate", type=float, default=None,
                        help="the configured messages per second (default: unlimited)")
    args = parser.parse_args()
    shown = f"{args.rate:g}/s" if args.rate else "unlimited"
    with tempfile.TemporaryDirectory() as folder:
        healthy = one_run(Path(folder), args.messages, args.rate, 0)
        pushed = one_run(Path(folder), args.messages, args.rate, args.pushbacks)
    print(f"{args.messages} messages, rate {shown}, 8 connections")
    print(f"  healthy gateway:            {healthy.seconds:6.1f} s ({healthy.state})")
    print(f"  after {pushed.pushbacks:>3} x 503 + Retry-After 2: {pushed.seconds:6.1f} s "
          f"({pushed.state}), of which {pushed.after_healthy:5.1f} s after the gateway was "
          f"healthy again (budget: the healthy run + 8 s)")


if __name__ == "__main__":
    main()
