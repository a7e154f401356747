"""`masiv send` / `masiv check` with the Colombian contact rules: purpose, the daily cap across
two campaigns, not-mobile rows, the opt-out line in the parts, the RNE warning."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from masiv_desktop.cli import main
from masiv_desktop.gateway.sandbox.server import SandboxGateway


@pytest.fixture
def account(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASIV_USERNAME", "demo")
    monkeypatch.setenv("MASIV_PASSWORD", "demo")


def write_list(path: Path, numbers: list[str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Nombre", "Celular"])
        writer.writerows([f"Ana {i}", n] for i, n in enumerate(numbers))
    return path


def mobiles(n: int, start: int = 3150000000) -> list[str]:
    return [str(start + i) for i in range(n)]


def test_a_second_commercial_campaign_today_holds_back_the_first_one_s_recipients(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    first = write_list(tmp_path / "a.csv", mobiles(3))
    assert main(["send", str(first), "--message", "Hola", "--gateway", sandbox.base_url,
                 "--yes"]) == 0
    err = capsys.readouterr().err
    assert "Purpose: commercial" in err and "RNE" in err
    second = write_list(tmp_path / "b.csv", mobiles(5))
    assert main(["send", str(second), "--message", "Hola", "--gateway", sandbox.base_url,
                 "--yes"]) == 0
    out, err = capsys.readouterr()
    assert "3 already contacted today" in err and "--allow-second-contact" in err
    assert len(sandbox.sent()) == 3 + 2
    cid = int(out.strip())
    assert main(["status", str(cid), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["purpose"] == "commercial" and status["recipients"] == 2
    assert main(["check", str(second), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["summary"]["contacted_today"] == 5
    assert main(["send", str(second), "--message", "Hola", "--gateway", sandbox.base_url,
                 "--yes", "--allow-second-contact"]) == 0
    assert len(sandbox.sent()) == 5 + 5


def test_transactional_campaigns_are_not_capped_and_carry_no_footer(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    source = write_list(tmp_path / "a.csv", mobiles(2))
    for _ in range(2):
        assert main(["send", str(source), "--message", "Tu código es 1234", "--gateway",
                     sandbox.base_url, "--yes", "--purpose", "transactional",
                     "--opt-out-footer"]) == 0
    err = capsys.readouterr().err
    assert "Purpose: transactional" in err and "RNE" not in err
    assert len(sandbox.sent()) == 4
    assert {r.messagedata for r in sandbox.sent()} == {"Tu código es 1234"}


def test_the_opt_out_line_is_sent_and_counted(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    source = write_list(tmp_path / "a.csv", mobiles(2))
    assert main(["send", str(source), "--message", "x" * 150, "--gateway", sandbox.base_url,
                 "--yes", "--opt-out-footer"]) == 0
    err = capsys.readouterr().err
    assert "Parts: 4 in all (up to 2 per message" in err
    assert "Responda SALIR" in err
    assert {r.messagedata for r in sandbox.sent()} == {
        "x" * 150 + "\nResponda SALIR para no recibir más mensajes"}


def test_ignoring_the_window_is_for_transactional_campaigns_only(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_list(tmp_path / "a.csv", mobiles(2))
    assert main(["send", str(source), "--message", "Hola", "--sandbox", "--yes",
                 "--ignore-window"]) == 2
    assert "Only transactional" in capsys.readouterr().err


def test_not_mobile_numbers_are_kept_only_when_asked(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    source = write_list(tmp_path / "a.csv", [*mobiles(1), "6012345678"])
    assert main(["send", str(source), "--message", "Hola", "--gateway", sandbox.base_url,
                 "--yes", "--purpose", "transactional"]) == 0
    assert "--keep-not-mobile" in capsys.readouterr().err
    assert len(sandbox.sent()) == 1
    assert main(["send", str(source), "--message", "Hola", "--gateway", sandbox.base_url,
                 "--yes", "--purpose", "transactional", "--keep-not-mobile"]) == 0
    assert {r.recipient for r in sandbox.sent()} == {"573150000000", "576012345678"}


def test_a_fresh_rne_import_silences_the_warning(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_list(tmp_path / "a.csv", mobiles(2))
    assert main(["check", str(source)]) == 0
    assert "never been imported" in capsys.readouterr().err
    rne = tmp_path / "rne.txt"
    rne.write_text("3150000001\n", encoding="utf-8")
    assert main(["suppress", "import", str(rne), "--source", "rne"]) == 0
    capsys.readouterr()
    assert main(["check", str(source)]) == 0
    out, err = capsys.readouterr()
    assert "RNE" not in err
    assert "Suppressed:" in out and "Already contacted today:" in out


def _weekday_evening_in_bogota() -> str:
    """18:00 in Bogotá on the next working day at least two days ahead, in this computer's
    zone as `--at` reads it: allowed in Colombia, past 19:00 in Spain."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from masiv_desktop.core.law.contact_window import is_holiday

    day = datetime.now(ZoneInfo("America/Bogota")).date() + timedelta(days=2)
    while day.weekday() >= 5 or is_holiday(day):
        day += timedelta(days=1)
    evening = datetime(day.year, day.month, day.day, 18, 0, tzinfo=ZoneInfo("America/Bogota"))
    return evening.astimezone().strftime("%Y-%m-%d %H:%M")


def test_a_time_refused_by_numbers_abroad_names_them_and_they_can_be_left_out(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_list(tmp_path / "a.csv", [*mobiles(4), "+34612345671", "+34612345672"])
    assert main(["settings", "set", "gateway_preset", "production"]) == 0
    at = _weekday_evening_in_bogota()
    assert main(["send", str(source), "--message", "Hola", "--at", at, "--draft",
                 "--yes"]) == 2
    err = capsys.readouterr().err
    assert "outside the hours allowed" in err
    assert "2 numbers in Spain (+34): local time" in err
    # 00:00 there, the next day: outside the hours, or the day itself is closed (8 December)
    assert "outside the allowed hours (" in err or "a public holiday" in err
    assert "--skip-outside-window leaves those 2 numbers out" in err
    assert main(["send", str(source), "--message", "Hola", "--at", at, "--draft", "--yes",
                 "--skip-outside-window"]) == 0
    out, err = capsys.readouterr()
    assert "Left out: 2 numbers" in err
    assert main(["status", out.strip(), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["recipients"] == 4
