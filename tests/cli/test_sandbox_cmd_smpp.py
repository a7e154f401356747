"""`masiv sandbox --smpp-port`: one process, an HTTP and an SMPP side on the same accounts and
the same sent log."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import urllib.request

from masiv_desktop.gateway.outcomes import SendResult
from masiv_desktop.gateway.smpp.transport import SmppAccount, SmppTransport


def test_the_smpp_side_shares_the_sent_log() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "masiv_desktop.cli", "sandbox", "--smpp-port", "0",
         "--user", "ana:clave1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        smpp_url = process.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:") and smpp_url.startswith("smpp://")
        host, port = smpp_url.removeprefix("smpp://").rsplit(":", 1)
        client = SmppTransport(SmppAccount(host, int(port), system_id="ana"), "clave1")
        try:
            outcome = client.send_message("573001234567", "Hola por SMPP")
        finally:
            client.close()
        assert outcome.result is SendResult.ACCEPTED
        with urllib.request.urlopen(base_url + "/sandbox/sent", timeout=5) as answer:
            sent = json.load(answer)
        assert [(r["recipient"], r["messagedata"], r["username"]) for r in sent] == \
            [("573001234567", "Hola por SMPP", "ana")]
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=10)
    assert process.returncode == 0


def test_a_busy_smpp_port_is_reported() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "masiv_desktop.cli", "sandbox", "--smpp-port", str(port)],
            capture_output=True, text=True, timeout=30)
    assert done.returncode == 1 and "SMPP" in done.stderr
