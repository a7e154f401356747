"""The crash test on a team store: two desktops send one campaign at once, and either is
SIGKILLed at random moments and started again, over and over. The sandbox's log must show no
recipient twice; every recipient ends accepted, rejected or uncertain, uncertain only for the
requests a killed desktop had in flight; the other desktop never loses its own claims."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import RecipientState
from masiv_desktop.gateway.sandbox.server import SandboxConfig, SandboxGateway
from tests.helpers.campaigns import count_in_state, make_campaign, numbers, resume_in_subprocess

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32",
                                                   reason="SIGKILL is POSIX")]

RECIPIENTS = 8000
CONNECTIONS = 8
KILLS = 20
STARTUP_S = 1.5
"""A desktop is killed only once it has been sending a while (the program starts in ~1 s)."""


def _resume(home: Path, cid: int, url: str) -> subprocess.Popen[bytes]:
    return resume_in_subprocess(home, cid, "--gateway", url, "--connections", str(CONNECTIONS))


def test_killing_either_desktop_never_sends_twice_nor_loses_anyone(
        tmp_path: Path, postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASIV_STORE_URL", postgres_url)
    rng = random.Random(20261203)
    homes = [tmp_path / "A", tmp_path / "B"]
    database = homes[0] / "masiv.sqlite3"
    digits = numbers(RECIPIENTS)
    cid = make_campaign(database, digits)
    kills = 0
    with SandboxGateway(SandboxConfig(seed=5, latency_ms=10)) as sandbox:
        running = [_resume(home, cid, sandbox.base_url) for home in homes]
        started = [time.monotonic()] * 2
        while kills < KILLS:
            time.sleep(rng.uniform(0.05, 0.3))
            victim = rng.randrange(2)
            if time.monotonic() - started[victim] < STARTUP_S:
                continue  # still starting: a kill then would prove nothing
            if running[victim].poll() is not None:
                break
            running[victim].send_signal(signal.SIGKILL)
            running[victim].wait()
            kills += 1
            assert count_in_state(database, cid, "claimed") <= 2 * CONNECTIONS
            running[victim] = _resume(homes[victim], cid, sandbox.base_url)
            started[victim] = time.monotonic()
        assert kills >= KILLS, f"the campaign ended after only {kills} kills; make it bigger"
        for process in running:
            _, err = process.communicate(timeout=120)
            assert process.returncode == 0, err.decode()
        sent = Counter(record.recipient for record in sandbox.sent())

    assert max(sent.values()) == 1, [d for d, n in sent.items() if n > 1][:10]
    store = Store.open(database)
    rows = list(store.iter_recipients(cid))
    store.close()
    states = Counter(r.state for r in rows)
    print(f"kills={kills} states={dict(states)}")
    assert set(states) <= {RecipientState.ACCEPTED, RecipientState.REJECTED,
                           RecipientState.UNCERTAIN}, states
    assert 0 < states[RecipientState.UNCERTAIN] <= kills * CONNECTIONS
    for row in rows:
        if row.state is RecipientState.ACCEPTED:
            assert sent[row.digits] == 1, row
        elif row.state is RecipientState.REJECTED:
            assert sent[row.digits] == 0, row
