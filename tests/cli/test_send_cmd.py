"""`masiv send` end to end: a real CSV, the sandbox over HTTP, the store in a temp dir."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from masiv_desktop.cli import main
from masiv_desktop.gateway.sandbox.server import SandboxGateway


@pytest.fixture
def account(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASIV_USERNAME", "demo")
    monkeypatch.setenv("MASIV_PASSWORD", "demo")


def write_list(path: Path, n: int, *, bad: int = 0) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Nombre", "Celular"])
        for i in range(n):
            writer.writerow([f"Ana {i}", f"3{150000000 + i}"])
        for i in range(bad):
            writer.writerow([f"Malo {i}", "12"])
    return path


def test_send_prints_the_id_and_every_recipient_is_sent_once(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    sandbox.configure(status_step_s=0.05)
    source = write_list(tmp_path / "lista.csv", 300, bad=2)
    code = main(["send", str(source), "--message", "Hola {Nombre}", "--gateway",
                 sandbox.base_url, "--yes", "--until-final", "--poll-delays", "0.05,0.1"])
    out, err = capsys.readouterr()
    assert code == 0, err
    cid = int(out.strip())
    assert "Recipients: 300 of 302 rows" in err and "2 invalid" in err
    sent = sandbox.sent()
    assert len(sent) == 300 == len({r.recipient for r in sent})
    assert {r.messagedata for r in sent} >= {"Hola Ana 0", "Hola Ana 299"}
    assert main(["status", str(cid), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["state"] == "finished"
    assert status["by_state"]["accepted"] == 300
    assert set(status["by_status"]) == {str(i) for i in range(7)}
    assert sum(status["by_status"].values()) == 300


def test_doubled_braces_reach_the_phone_and_the_report_once(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Without a merge field the rendered text is still what is sent and reported."""
    source = write_list(tmp_path / "lista.csv", 3)
    assert main(["send", str(source), "--message", "Promo {{50%}} hoy", "--gateway",
                 sandbox.base_url, "--yes"]) == 0
    cid = int(capsys.readouterr().out.strip())
    assert [r.messagedata for r in sandbox.sent()] == ["Promo {50%} hoy"] * 3
    report = tmp_path / "informe.csv"
    assert main(["export", str(cid), "-o", str(report), "--language", "en"]) == 0
    text = report.read_text(encoding="utf-8-sig")
    assert text.count("Promo {50%} hoy") == 3 and "{{" not in text


def test_send_with_an_embedded_sandbox(tmp_path: Path, data_dir: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    source = write_list(tmp_path / "lista.csv", 20)
    assert main(["send", str(source), "--message", "Hola", "--sandbox", "--yes"]) == 0
    assert "sandbox" in capsys.readouterr().err


def test_without_yes_and_without_a_terminal_nothing_is_sent(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    source = write_list(tmp_path / "lista.csv", 5)
    assert main(["send", str(source), "--message", "Hola", "--gateway", sandbox.base_url]) == 1
    assert "--yes" in capsys.readouterr().err
    assert sandbox.sent() == []


def test_a_time_in_the_past_is_refused(tmp_path: Path, data_dir: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    source = write_list(tmp_path / "lista.csv", 5)
    assert main(["send", str(source), "--message", "Hola", "--at", "2020-01-01 10:00",
                 "--sandbox", "--yes"]) == 2
    assert "in the past" in capsys.readouterr().err


def test_a_scheduled_send_shows_both_times_and_carries_sendondate(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    source = write_list(tmp_path / "lista.csv", 3)
    local = (datetime.now() + timedelta(days=1)).replace(second=0, microsecond=0)
    code = main(["send", str(source), "--message", "Hola", "--at",
                 local.strftime("%Y-%m-%d %H:%M"), "--gateway", sandbox.base_url, "--yes"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "cannot cancel" in err and "gateway's zone, UTC" in err
    expected = local.astimezone().astimezone(UTC).strftime("%m/%d/%Y %H:%M:%S")
    assert {r.sendondate for r in sandbox.sent()} == {expected}
    assert main(["status", "1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["state"] == "scheduled"


@pytest.mark.parametrize(("args", "words"), [
    (["--column", "Correo"], "no column named"),
    (["--message", "Hola {Apellido}"], "Apellido"),
])
def test_problems_the_user_can_fix_are_named(tmp_path: Path, data_dir: Path, args: list[str],
                                             words: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    source = write_list(tmp_path / "lista.csv", 3)
    base = ["send", str(source), "--sandbox", "--yes"]
    if "--message" not in args:
        base += ["--message", "Hola"]
    assert main([*base, *args]) == 2
    assert words in capsys.readouterr().err


@pytest.mark.parametrize(("message", "named"), [
    ("Hola\x00 {Nombre}", "NUL (U+0000) at character 5"),
    ("Hola {Nombre}\x07", "BEL (U+0007) at character 14"),
    ("\x1b[31mOferta", "ESC (U+001B) at character 1"),
    ("Hola\rAna", "CR (U+000D) at character 5"),
    ("Hola\x7f", "DEL (U+007F) at character 5"),
    ("Hola \udcff", "U+DCFF at character 6"),
])
def test_a_control_character_is_refused_before_anything_is_sent(
        message: str, named: str, tmp_path: Path, data_dir: Path, sandbox: SandboxGateway,
        account: None, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_list(tmp_path / "lista.csv", 3)
    code = main(["send", str(source), "--message", message, "--gateway", sandbox.base_url,
                 "--yes"])
    assert code == 2
    assert named in capsys.readouterr().err
    assert sandbox.sent() == []


def test_a_windows_line_break_is_one_line_break(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None) -> None:
    source = write_list(tmp_path / "lista.csv", 1)
    message = tmp_path / "mensaje.txt"
    message.write_bytes(b"Hola {Nombre}\r\nGracias")
    assert main(["send", str(source), "--message-file", str(message), "--gateway",
                 sandbox.base_url, "--yes"]) == 0
    assert [r.messagedata for r in sandbox.sent()] == ["Hola Ana 0\nGracias"]


def test_a_byte_that_is_not_text_on_the_command_line_is_refused(
        tmp_path: Path, data_dir: Path) -> None:
    source = write_list(tmp_path / "lista.csv", 1)
    done = subprocess.run([sys.executable, "-m", "masiv_desktop.cli", "--data-dir",
                           str(data_dir), "send", str(source).encode(), "--message",
                           b"Hola \xff", "--sandbox", "--yes"], capture_output=True)
    assert done.returncode == 2, done.stderr
    assert b"U+DCFF at character 6" in done.stderr
