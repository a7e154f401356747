"""The crash test: a sending process is SIGKILLed at random moments and resumed, again and
again; the sandbox's log of accepted sends must show no recipient twice, and every recipient
must end accepted, rejected or uncertain, uncertain only for requests in flight at a kill."""

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

RECIPIENTS = 4000
CONNECTIONS = 8
KILLS = 22


def _resume(home: Path, cid: int, url: str) -> subprocess.Popen[bytes]:
    return resume_in_subprocess(home, cid, "--gateway", url, "--connections", str(CONNECTIONS))


_count = count_in_state


def test_killing_the_sender_never_sends_twice_nor_loses_anyone(tmp_path: Path) -> None:
    rng = random.Random(20240501)
    home = tmp_path / "home"
    database = home / "masiv.sqlite3"
    digits = numbers(RECIPIENTS)
    cid = make_campaign(database, digits)
    claimed_at_kills = 0
    kills = 0
    with SandboxGateway(SandboxConfig(seed=3, latency_ms=10)) as sandbox:
        while kills < KILLS:
            before = _count(database, cid, "accepted")
            process = _resume(home, cid, sandbox.base_url)
            deadline = time.monotonic() + 20
            while _count(database, cid, "accepted") == before and process.poll() is None:
                assert time.monotonic() < deadline, "the resumed run never sent anything"
                time.sleep(0.01)
            if process.poll() is not None:
                break
            time.sleep(rng.uniform(0.0, 0.25))
            process.send_signal(signal.SIGKILL)
            process.wait()
            kills += 1
            claimed = _count(database, cid, "claimed")
            assert claimed <= CONNECTIONS, f"kill {kills} left {claimed} claimed"
            claimed_at_kills += claimed
        assert kills >= 20, f"the campaign ended after only {kills} kills; make it bigger"
        final = _resume(home, cid, sandbox.base_url)
        _, err = final.communicate(timeout=60)
        assert final.returncode == 0, err.decode()
        sent = Counter(record.recipient for record in sandbox.sent())

    assert max(sent.values()) == 1, [d for d, n in sent.items() if n > 1][:10]
    store = Store.open(database)
    rows = list(store.iter_recipients(cid))
    store.close()
    states = Counter(r.state for r in rows)
    assert set(states) <= {RecipientState.ACCEPTED, RecipientState.REJECTED,
                           RecipientState.UNCERTAIN}, states
    print(f"kills={kills} uncertain={claimed_at_kills} states={dict(states)}")
    assert states[RecipientState.UNCERTAIN] == claimed_at_kills
    assert states[RecipientState.UNCERTAIN] <= kills * CONNECTIONS
    for row in rows:
        if row.state is RecipientState.ACCEPTED:
            assert sent[row.digits] == 1, row
        elif row.state is RecipientState.REJECTED:
            assert sent[row.digits] == 0, row
    assert sorted(sent) == sorted(r.digits for r in rows
                                  if r.state is RecipientState.ACCEPTED or sent[r.digits])
