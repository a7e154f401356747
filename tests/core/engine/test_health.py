"""How a run recovers after the gateway pushed back: the sandbox's rate-limit knob answers
503 + Retry-After, then is cleared; the rest of the campaign must go at full speed within
seconds (issue 15: creeping back by 10 % a second made 2,000 messages take 415 s)."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from masiv_desktop.core.engine.run import CampaignRun
from masiv_desktop.core.usertypes import CampaignState
from masiv_desktop.gateway.http.client import MasivHttpClient
from masiv_desktop.gateway.outcomes import SendOutcome, StatusReport
from masiv_desktop.gateway.sandbox.server import SandboxGateway
from tests.helpers.campaigns import FAST, client, make_campaign, numbers


class HealsAfter:
    """A real client that clears the sandbox's rate limit after `limit` answers 503."""

    def __init__(self, inner: MasivHttpClient, sandbox: SandboxGateway, limit: int) -> None:
        self.inner = inner
        self.sandbox = sandbox
        self.limit = limit
        self.pushbacks = 0
        self.retry_after: set[float | None] = set()
        self.healthy_at: float | None = None
        self._lock = threading.Lock()

    def send_message(self, recipient: str, text: str, *, originator: str | None = None,
                     long_message: bool = False, send_on: datetime | None = None) -> SendOutcome:
        outcome = self.inner.send_message(recipient, text, originator=originator,
                                          long_message=long_message, send_on=send_on)
        if outcome.http_status == 503:
            with self._lock:
                self.pushbacks += 1
                self.retry_after.add(outcome.retry_after)
                if self.pushbacks == self.limit:
                    self.sandbox.configure(rate_limit=None)
                    self.healthy_at = time.monotonic()
        return outcome

    def get_message(self, message_id: str) -> StatusReport:
        return self.inner.get_message(message_id)

    def close(self) -> None:
        self.inner.close()


@pytest.mark.timing
def test_after_503_and_retry_after_the_rate_is_back_within_seconds(
        tmp_path: Path, sandbox: SandboxGateway) -> None:
    sandbox.configure(rate_limit=0.5)
    database = tmp_path / "store.sqlite3"
    cid = make_campaign(database, numbers(1000))
    transport = HealsAfter(client(sandbox.base_url), sandbox, limit=8)
    engine = CampaignRun(database, cid, transport,  # type: ignore[arg-type]
                         replace(FAST, connections=8, rate=None))
    engine.start()
    assert engine.wait(90), "the run did not end"
    ended = time.monotonic()
    assert engine.final_state is CampaignState.SENT
    assert transport.pushbacks >= 8 and transport.retry_after == {2.0}
    assert transport.healthy_at is not None
    assert len(sandbox.sent()) == 1000
    after_healthy = ended - transport.healthy_at
    assert after_healthy < 12, f"{after_healthy:.1f} s after the gateway was healthy again"
