"""`masiv send FILE --at-column COLUMN --offset -1d`: each message handed to the gateway with
its own `sendondate` (the gateway's MM/DD/YYYY hh:mm:ss, UTC by default), commercial rows
kept out of Sundays, refused rows with their reason, the report's send-time columns and the
cancel warning with what waits at the gateway."""

from __future__ import annotations

import csv
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from masiv_desktop.cli import main
from masiv_desktop.core.law.contact_window import is_holiday
from masiv_desktop.gateway.sandbox.server import SandboxGateway


@pytest.fixture
def bogota_computer(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's zone is Bogotá (UTC-5, no DST) for the test."""
    monkeypatch.setenv("TZ", "America/Bogota")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def account(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASIV_USERNAME", "demo")
    monkeypatch.setenv("MASIV_PASSWORD", "demo")


def next_weekday(weekday: int, weeks: int = 2) -> datetime:
    """A day `weeks` weeks ahead with `weekday` (0 Monday), at 10:00, never a holiday."""
    day = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0) \
        + timedelta(weeks=weeks)
    day += timedelta(days=(weekday - day.weekday()) % 7)
    while is_holiday(day.date()) or is_holiday((day - timedelta(days=1)).date()) \
            or is_holiday((day - timedelta(days=2)).date()):
        day += timedelta(weeks=1)
    return day


def citas(path: Path) -> tuple[Path, datetime, datetime]:
    monday = next_weekday(0)
    thursday = monday + timedelta(days=3)
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Nombre", "Celular", "Cita"])
    ws.append(["Ana", "3150000001", monday])
    ws.append(["Beto", "3150000002", thursday.strftime("%d/%m/%Y %I:%M ") + "a. m."])
    ws.append(["Caro", "3150000003", "01/01/2020 10:00"])
    ws.append(["Dani", "3150000004", ""])
    wb.save(path)
    return path, monday, thursday


def gateway_form(local: datetime) -> str:
    """`sendondate` for a naive local time of this computer, in UTC (the default zone)."""
    return local.astimezone(UTC).strftime("%m/%d/%Y %H:%M:%S")


def test_transactional_rows_get_their_own_time_minus_a_day(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        bogota_computer: None, capsys: pytest.CaptureFixture[str]) -> None:
    source, monday, thursday = citas(tmp_path / "citas.xlsx")
    assert main(["send", str(source), "--message", "Recuerde su cita {Nombre}", "--purpose",
                 "transactional", "--at-column", "Cita", "--offset=-1d", "--gateway",
                 sandbox.base_url, "--yes"]) == 0
    out, err = capsys.readouterr()
    sent = {r.recipient: r.sendondate for r in sandbox.sent()}
    assert sent == {"573150000001": gateway_form(monday - timedelta(days=1)),
                    "573150000002": gateway_form(thursday - timedelta(days=1))}
    assert "15:00:00" in sent["573150000001"], "10:00 in Bogotá is 15:00 UTC"
    assert "Refused: 2 rows whose send time" in err
    cid = out.strip()
    report = tmp_path / "r.csv"
    assert main(["export", cid, "-o", str(report), "--language", "en"]) == 0
    with report.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["Send time (UTC)"].startswith(
        (monday - timedelta(days=1) + timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M"))
    assert rows[0]["Send time (UTC-05:00)"] == \
        (monday - timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S")
    assert main(["cancel", cid]) == 0
    assert "cannot cancel messages already submitted for a later time: 2 messages wait " \
        "there until" in capsys.readouterr().out


def test_a_commercial_row_on_a_sunday_is_never_handed_over_for_sunday(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        bogota_computer: None, capsys: pytest.CaptureFixture[str]) -> None:
    source, monday, thursday = citas(tmp_path / "citas.xlsx")
    assert main(["send", str(source), "--message", "Recuerde su cita {Nombre}",
                 "--at-column", "cita", "--offset", "-1d", "--gateway", sandbox.base_url,
                 "--yes"]) == 0
    err = capsys.readouterr().err
    sent = {r.recipient: r.sendondate for r in sandbox.sent()}
    saturday_end = (monday - timedelta(days=2)).replace(hour=14, minute=59)
    assert sent == {"573150000001": gateway_form(saturday_end),
                    "573150000002": gateway_form(thursday - timedelta(days=1))}
    assert "1 commercial message outside the contact hours (Ley 2300) moved earlier" in err


def test_at_and_at_column_are_one_or_the_other(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, _, _ = citas(tmp_path / "citas.xlsx")
    with pytest.raises(SystemExit):
        main(["send", str(source), "--message", "x", "--at", "2030-01-01 10:00",
              "--at-column", "Cita"])
    assert main(["send", str(source), "--message", "x", "--offset", "-1d", "--yes"]) == 2
    assert "--offset goes with --at-column" in capsys.readouterr().err
    assert main(["send", str(source), "--message", "x", "--at-column", "Hora",
                 "--yes"]) == 2
    assert "no column named \"Hora\"" in capsys.readouterr().err
