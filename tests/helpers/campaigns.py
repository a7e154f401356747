"""Helpers for the store and engine tests: a campaign in a real SQLite file, a real client."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from masiv_desktop.core.engine.events import EventQueue
from masiv_desktop.core.engine.poller import PollPolicy
from masiv_desktop.core.engine.run import CampaignRun, EngineOptions
from masiv_desktop.core.store import db
from masiv_desktop.core.store.campaigns import CampaignDraft, NewRecipient, Store
from masiv_desktop.core.usertypes import CampaignState, PartRule, Purpose
from masiv_desktop.gateway.http.client import MasivHttpClient, custom_endpoint
from masiv_desktop.gateway.outcomes import SendOutcome, StatusReport

FAST = EngineOptions(
    connections=4,
    poll_policy=PollPolicy(delays=(0.05, 0.1, 0.2), window=30.0, network_grace=0.5),
    unreachable_delays=(0.05, 0.05, 0.05),
    gateway_retry_delays=(0.05, 0.05),
    busy_delays=(0.05, 0.1),
    control_interval=0.1,
)


def numbers(n: int, start: int = 573150000000) -> list[str]:
    return [str(start + i) for i in range(n)]


def make_campaign(database: Path, digits: Iterable[str], *, text: str = "Hola",
                  send_at: datetime | None = None, long_message: bool = False,
                  parts: int = 1, purpose: Purpose = Purpose.COMMERCIAL,
                  window_override: bool = False) -> int:
    store = Store.open(database)
    try:
        draft = CampaignDraft(name="Prueba", template=text, part_rule=PartRule.MASIV_HTTP,
                              long_message=long_message, send_at=send_at, purpose=purpose,
                              window_override=window_override)
        recipients = (NewRecipient(row_number=i + 2, digits=d, parts=parts)
                      for i, d in enumerate(digits))
        return store.create_campaign(draft, recipients, now=time.time())
    finally:
        store.close()


def client(base_url: str, user: str = "demo", password: str = "demo", *,
           read_timeout: float = 5.0) -> MasivHttpClient:
    return MasivHttpClient(custom_endpoint(base_url), user, password,
                           connect_timeout=1.0, read_timeout=read_timeout)


class CountingTransport:
    """A real client that also counts its requests (the sandbox logs only accepted sends)."""

    def __init__(self, inner: MasivHttpClient) -> None:
        self.inner = inner
        self.sends = 0
        self.polls = 0
        self._lock = threading.Lock()

    def send_message(self, recipient: str, text: str, *, originator: str | None = None,
                     long_message: bool = False, send_on: datetime | None = None) -> SendOutcome:
        with self._lock:
            self.sends += 1
        return self.inner.send_message(recipient, text, originator=originator,
                                       long_message=long_message, send_on=send_on)

    def get_message(self, message_id: str) -> StatusReport:
        with self._lock:
            self.polls += 1
        return self.inner.get_message(message_id)

    def close(self) -> None:
        self.inner.close()


def run(database: Path, campaign_id: int, transport: object,
        options: EngineOptions = FAST, events: EventQueue | None = None,
        timeout: float = 30.0) -> CampaignState | None:
    engine = CampaignRun(database, campaign_id, transport, options,  # type: ignore[arg-type]
                         events=events)
    engine.start()
    assert engine.wait(timeout), "the run did not end"
    return engine.final_state


def resume_in_subprocess(home: Path, campaign_id: int, *extra: str
                         ) -> subprocess.Popen[bytes]:
    """`masiv resume ID EXTRA…` as the demo account, in its own process (for kill tests)."""
    env = {**os.environ, "MASIV_USERNAME": "demo", "MASIV_PASSWORD": "demo"}
    return subprocess.Popen(
        [sys.executable, "-m", "masiv_desktop.cli", "--data-dir", str(home), "resume",
         str(campaign_id), *extra],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def count_in_state(database: Path, campaign_id: int, state: str) -> int:
    """Recipients of a campaign in one state, read with a connection of its own."""
    conn = db.connect(database)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM recipient WHERE campaign_id = ? AND "
                                "state = ?", (campaign_id, state)).fetchone()[0])
    finally:
        conn.close()
