"""The sandbox's state file: a restarted (or killed) sandbox still knows what it accepted."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import requests

from masiv_desktop.cli import main
from masiv_desktop.gateway.codes import ErrorCode, GatewayStatus
from masiv_desktop.gateway.sandbox.server import SandboxConfig, SandboxGateway, SandboxUser
from masiv_desktop.gateway.sandbox.state import (
    MAGIC_PREFIX,
    FakeClock,
    SandboxState,
    final_status_for,
)
from masiv_desktop.gateway.sandbox.store import KEEP_DAYS, SandboxStoreError
from tests.helpers.sandbox import LOGIN, SEND, call, error_code, get_message, message_ids, send

STEP_S = 2.0


def _config(state_file: Path, seed: int = 1, **changes: object) -> SandboxConfig:
    return SandboxConfig(seed=seed, status_step_s=STEP_S, state_file=str(state_file),
                         **changes)  # type: ignore[arg-type]


def _timeline(gateway: SandboxGateway, clock: FakeClock, ids: list[str]
              ) -> list[list[tuple[str | None, str | None]]]:
    """(status, date) of every id at 0, 1, …, 7 steps after the clock's start."""
    seen = []
    for _ in range(8):
        roots = [get_message(gateway.base_url, i) for i in ids]
        seen.append([(r.findtext("data/status"), r.findtext("data/date")) for r in roots])
        clock.advance(STEP_S)
    return seen


def _send_mix(base_url: str) -> list[str]:
    """Ordinary, stuck, forced-final, scheduled and two-block messages; their ids."""
    ids = message_ids(send(base_url, recipient="573151234567"))
    ids += message_ids(send(base_url, recipient=MAGIC_PREFIX + "0"))
    ids += message_ids(send(base_url, recipient=MAGIC_PREFIX + "4"))
    ids += message_ids(send(base_url, recipient=MAGIC_PREFIX + "2"))
    ids += message_ids(send(base_url, recipient="573157654321",
                            sendondate="11/14/2023 22:13:30"))
    ids += message_ids(send(base_url, recipient="573159999999", text="x" * 200,
                            longMessage="true"))
    assert len(ids) == 7
    return ids


def test_a_new_sandbox_on_the_same_file_knows_every_message(tmp_path: Path) -> None:
    state_file = tmp_path / "sandbox.sqlite3"
    first_clock = FakeClock()
    with SandboxGateway(_config(state_file), clock=first_clock) as first:
        ids = _send_mix(first.base_url)
        expected = _timeline(first, first_clock, ids)
    ordinary = [str(int(final_status_for(1, r))) for r in ("573151234567", "573159999999")]
    assert [s for s, _ in expected[-1]] == [ordinary[0], "1", "4", "2", "2",
                                            ordinary[1], ordinary[1]]
    scheduled = [moment[4][0] for moment in expected]
    assert scheduled == ["0"] * 6 + ["1", "2"], "sendondate is 10 s after the clock's start"
    second_clock = FakeClock()
    with SandboxGateway(_config(state_file, seed=99), clock=second_clock) as second:
        assert _timeline(second, second_clock, ids) == expected
        new_ids = message_ids(send(second.base_url))
    assert int(new_ids[0]) > max(map(int, ids)), "a restarted sandbox never reuses an id"


def test_credits_persist_and_stored_credits_win(tmp_path: Path) -> None:
    state_file = tmp_path / "sandbox.sqlite3"
    users = (SandboxUser("demo", "demo"), SandboxUser("ana", "pw", credits=10))
    with SandboxGateway(_config(state_file, users=users)) as first:
        answer = call(first.base_url, SEND, {"action": "sendmessage", "username": "ana",
                                              "password": "pw", "recipient": "573151234567",
                                              "messagedata": "y" * 400, "longMessage": "true"})
        assert len(message_ids(ET.fromstring(answer.content))) == 3
        first.set_credits("demo", 42)
        assert first.credits("ana") == 7
    more = (*users, SandboxUser("luis", "pw", credits=5))
    with SandboxGateway(_config(state_file, users=more)) as second:
        assert (second.credits("ana"), second.credits("demo"), second.credits("luis")) == \
            (7, 42, 5)


def test_the_sent_log_persists(tmp_path: Path) -> None:
    state_file = tmp_path / "sandbox.sqlite3"
    with SandboxGateway(_config(state_file)) as first:
        send(first.base_url, text="uno", originator="ACME")
        send(first.base_url, recipient="573150000001", text="dos",
             sendondate="01/02/2030 08:00:00")
        logged = requests.get(first.base_url + "/sandbox/sent", timeout=10).json()
    assert [r["messagedata"] for r in logged] == ["uno", "dos"]
    with SandboxGateway(_config(state_file)) as second:
        assert requests.get(second.base_url + "/sandbox/sent", timeout=10).json() == logged
        send(second.base_url, text="tres")
        assert [r.messagedata for r in second.sent()] == ["uno", "dos", "tres"]


def test_a_killed_sandbox_process_keeps_the_message_it_answered(tmp_path: Path) -> None:
    state_file = tmp_path / "state" / "sandbox.sqlite3"
    process = subprocess.Popen(
        [sys.executable, "-m", "masiv_desktop", "--data-dir", str(tmp_path), "sandbox",
         "--port", "0", "--status-step", "0.2", "--state", str(state_file)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:"), process.stderr
        [message_id] = message_ids(send(base_url, recipient=MAGIC_PREFIX + "4"))
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=20)
    assert process.returncode == -signal.SIGKILL
    with SandboxGateway(SandboxConfig(state_file=str(state_file))) as reopened:
        root = get_message(reopened.base_url, message_id)
        assert error_code(root) is None, ET.tostring(root)
        assert root.findtext("data/messageid") == message_id
        assert [r.recipient for r in reopened.sent()] == [MAGIC_PREFIX + "4"]
        assert reopened.credits("demo") == 1_000_000 - 1


def test_two_sandboxes_on_one_file_share_it_without_reusing_ids(tmp_path: Path) -> None:
    state_file = tmp_path / "sandbox.sqlite3"
    clock = FakeClock()
    with SandboxGateway(_config(state_file), clock=clock) as one, \
            SandboxGateway(_config(state_file), clock=clock) as other:
        [first] = message_ids(send(one.base_url))
        [second] = message_ids(send(other.base_url))
        assert first != second
        for gateway in (one, other):
            for message_id in (first, second):
                assert error_code(get_message(gateway.base_url, message_id)) is None
        assert len(one.sent()) == 2


def test_an_unknown_id_is_still_2000(tmp_path: Path) -> None:
    with SandboxGateway(_config(tmp_path / "s.sqlite3")) as gateway:
        for unknown in ("0", "abc", "99999999999999999999999", "-5", "1,1"):
            root = get_message(gateway.base_url, unknown)
            assert error_code(root) == ErrorCode.INVALID_ID, unknown


def test_messages_older_than_the_keep_window_are_forgotten(tmp_path: Path) -> None:
    state_file = tmp_path / "sandbox.sqlite3"
    clock = FakeClock()
    old = SandboxState(_config(state_file), clock)
    [kept_block] = old.send("demo", "demo", "573151234567", "hola").blocks
    clock.advance((KEEP_DAYS - 1) * 86400.0)
    [recent_block] = old.send("demo", "demo", "573151234568", "hola").blocks
    old.close()
    clock.advance(2 * 86400.0)
    reopened = SandboxState(_config(state_file), clock)
    with pytest.raises(Exception, match="2000"):
        reopened.get_message("demo", "demo", kept_block.message_id)
    status = reopened.get_message("demo", "demo", recent_block.message_id)
    assert status.status is GatewayStatus.DELIVERED_TO_HANDSET
    assert [r.recipient for r in reopened.sent()] == ["573151234568"]
    reopened.close()


def test_a_file_that_is_not_a_database_is_set_aside(tmp_path: Path) -> None:
    state_file = tmp_path / "sandbox.sqlite3"
    state_file.write_bytes(b"this is not SQLite" * 100)
    with SandboxGateway(_config(state_file)) as gateway:
        assert message_ids(send(gateway.base_url))
    assert (tmp_path / "sandbox.sqlite3.broken").read_bytes().startswith(b"this is not")


def test_a_file_from_a_newer_version_is_refused_by_name(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    state_file = tmp_path / "sandbox.sqlite3"
    with sqlite3.connect(state_file) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(SandboxStoreError, match="newer"):
        SandboxState(_config(state_file))
    assert main(["--data-dir", str(tmp_path), "sandbox", "--state", str(state_file)]) == 2
    assert str(state_file) in capsys.readouterr().err


def test_refusals_charge_and_record_nothing_in_the_file(tmp_path: Path) -> None:
    state_file = tmp_path / "sandbox.sqlite3"
    with SandboxGateway(_config(state_file)) as gateway:
        assert error_code(send(gateway.base_url, recipient="12")) == ErrorCode.INVALID_RECIPIENT
        bad = call(gateway.base_url, SEND, {"action": "sendmessage", **LOGIN,
                                            "recipient": "573151234567",
                                            "messagedata": "z" * 161})
        assert error_code(ET.fromstring(bad.content)) == ErrorCode.MESSAGE_TOO_LONG
    with SandboxGateway(_config(state_file)) as reopened:
        assert reopened.sent() == []
        assert reopened.credits("demo") == 1_000_000
