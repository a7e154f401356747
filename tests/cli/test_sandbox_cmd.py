"""`masiv sandbox`: URL on the first line, serves, stops cleanly on SIGTERM / Ctrl-C."""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from masiv_desktop.cli.sandbox_cmd import build_config, parse_user
from masiv_desktop.gateway.sandbox.server import SandboxUser

PARAMS = {"action": "sendmessage", "recipient": "573151234567", "messagedata": "Hola"}


def _start(tmp_path: Path, *args: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "masiv_desktop", "--data-dir", str(tmp_path), "sandbox",
         "--port", "0", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_prints_the_url_first_serves_and_exits_0(tmp_path: Path,
                                                 stop_signal: signal.Signals) -> None:
    process, url = _start(tmp_path, "--user", "ana:s3cr:et:2", "--seed", "4")
    try:
        assert url.startswith("http://127.0.0.1:")
        answer = requests.get(url + "/SmsHandlers/sendhandler.ashx", timeout=10,
                              params={**PARAMS, "username": "ana", "password": "s3cr:et"})
        assert "<statuscode>0</statuscode>" in answer.text
        demo = requests.post(url + "/Smsv3/sendhandler.ashx", timeout=10,
                             data={**PARAMS, "username": "demo", "password": "demo"})
        assert "<statuscode>0</statuscode>" in demo.text
        assert len(requests.get(url + "/sandbox/sent", timeout=10).json()) == 2
    finally:
        process.send_signal(stop_signal)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert "s3cr" not in out + err


def test_a_busy_port_is_a_clear_error(tmp_path: Path) -> None:
    process, url = _start(tmp_path)
    try:
        port = url.rsplit(":", 1)[1]
        second = subprocess.run(
            [sys.executable, "-m", "masiv_desktop", "--data-dir", str(tmp_path), "sandbox",
             "--port", port], capture_output=True, text=True, timeout=20)
        assert second.returncode == 1
        assert f"cannot listen on 127.0.0.1:{port}" in second.stderr
    finally:
        process.terminate()
        process.communicate(timeout=20)


def test_user_option_parsing() -> None:
    assert parse_user("ana:pw") == SandboxUser("ana", "pw")
    assert parse_user("ana:pw:50") == SandboxUser("ana", "pw", 50)
    assert parse_user("ana:p:w") == SandboxUser("ana", "p:w")
    for bad in ("ana", "ana:", ":pw"):
        with pytest.raises(argparse.ArgumentTypeError):
            parse_user(bad)


def test_options_become_the_config() -> None:
    from masiv_desktop.cli import build_parser
    args = build_parser().parse_args([
        "sandbox", "--latency-ms", "150", "--seed", "9", "--error-5xx-rate", "0.1",
        "--drop-rate", "0.2", "--malformed-rate", "0.3", "--exception-rate", "0.4",
        "--rate-limit", "50", "--status-step", "0.5", "--user", "demo:other:7"])
    config = build_config(args)
    assert (config.latency_ms, config.seed, config.error_5xx_rate, config.drop_rate,
            config.malformed_rate, config.gateway_exception_rate, config.rate_limit,
            config.status_step_s) == (150, 9, 0.1, 0.2, 0.3, 0.4, 50, 0.5)
    assert config.users == (SandboxUser("demo", "other", 7),)
