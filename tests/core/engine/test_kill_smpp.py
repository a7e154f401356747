"""The crash test over SMPP: `masiv resume` on an SMPP account is SIGKILLed at random moments
and resumed; the test SMSC's log shows no recipient twice and nobody is lost."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import Settings, save_settings
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import Purpose, RecipientState
from masiv_desktop.gateway.sandbox.config import SandboxConfig
from masiv_desktop.gateway.sandbox.smsc import SmppSandbox
from tests.helpers.campaigns import count_in_state, make_campaign, numbers, resume_in_subprocess

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32",
                                                   reason="SIGKILL is POSIX")]

RECIPIENTS = 3000
CONNECTIONS = 8
KILLS = 12


def _resume(home: Path, cid: int) -> subprocess.Popen[bytes]:
    return resume_in_subprocess(home, cid, "--connections", str(CONNECTIONS))


_count = count_in_state


def test_killing_the_smpp_sender_never_sends_twice_nor_loses_anyone(tmp_path: Path) -> None:
    rng = random.Random(20240502)
    home = tmp_path / "home"
    database = home / "masiv.sqlite3"
    # A real (production) account: a transactional campaign sent at any hour, so the contact
    # hours never hold it back whenever the suite runs.
    cid = make_campaign(database, numbers(RECIPIENTS), purpose=Purpose.TRANSACTIONAL,
                        window_override=True)
    claimed_at_kills = kills = 0
    with SmppSandbox(config=SandboxConfig(seed=3, latency_ms=10)) as smsc:
        host, port = smsc.address
        save_settings(app_paths(home), Settings(
            gateway_preset="production", username="demo", account_type="smpp",
            smpp_host=host, smpp_port=port))
        while kills < KILLS:
            before = _count(database, cid, "accepted")
            process = _resume(home, cid)
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
        assert kills >= KILLS - 2, f"the campaign ended after only {kills} kills"
        final = _resume(home, cid)
        _, err = final.communicate(timeout=60)
        assert final.returncode == 0, err.decode()
        sent = Counter(record.recipient for record in smsc.state.sent())

    assert max(sent.values()) == 1, [d for d, n in sent.items() if n > 1][:10]
    store = Store.open(database)
    rows = list(store.iter_recipients(cid))
    store.close()
    states = Counter(r.state for r in rows)
    assert set(states) <= {RecipientState.ACCEPTED, RecipientState.REJECTED,
                           RecipientState.UNCERTAIN}, states
    print(f"kills={kills} uncertain={claimed_at_kills} states={dict(states)}")
    assert states[RecipientState.UNCERTAIN] == claimed_at_kills
    for row in rows:
        if row.state is RecipientState.ACCEPTED:
            assert sent[row.digits] == 1, row
        elif row.state is RecipientState.REJECTED:
            assert sent[row.digits] == 0, row
    assert sorted(sent) == sorted(r.digits for r in rows
                                  if r.state is RecipientState.ACCEPTED or sent[r.digits])
