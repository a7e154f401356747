"""`masiv export ID -o FILE`: both formats, the options, and the user's mistakes."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from masiv_desktop.cli import main
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.gateway.sandbox.server import SandboxGateway
from tests.helpers.reports import digits, make_report_campaign


@pytest.fixture
def cid(data_dir: Path) -> int:
    return make_report_campaign(app_paths(data_dir).database)


def test_export_xlsx_prints_the_path(cid: int, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "informe.xlsx"
    assert main(["export", str(cid), "-o", str(target), "--language", "en"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == str(target)
    assert "10 recipients and 3 refused rows" in err
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Summary", "Recipients", "Refused rows"]
    assert wb["Recipients"]["B2"].value == digits(0)


@pytest.mark.parametrize("delimiter", [";", ","])
def test_export_csv_with_a_delimiter(cid: int, tmp_path: Path, delimiter: str,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "informe.csv"
    assert main(["export", str(cid), "-o", str(target), "--delimiter", delimiter,
                 "--language", "es"]) == 0
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=delimiter))
    assert rows[0][:2] == ["Fila", "Número"] and len(rows) == 11


def test_language_follows_the_setting(cid: int, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings", "set", "language", "es"]) == 0
    target = tmp_path / "informe.xlsx"
    assert main(["export", str(cid), "-o", str(target)]) == 0
    assert openpyxl.load_workbook(target).sheetnames[0] == "Resumen"


def test_mistakes_exit_2_with_a_clear_message(cid: int, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(cid + 5), "-o", str(tmp_path / "r.xlsx")]) == 2
    assert f"no campaign {cid + 5}" in capsys.readouterr().err
    assert main(["export", str(cid), "-o", str(tmp_path / "r.txt")]) == 2
    assert "r.txt: a report is an .xlsx or a .csv file" in capsys.readouterr().err
    assert main(["export", str(cid), "-o", str(tmp_path / "no" / "r.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_a_spanish_report_words_every_refusal_and_keeps_the_lists_types(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A real xlsx list sent through the sandbox: the report in Spanish gives a Spanish
    reason for a duplicate, a fixed line, an empty phone cell and an invalid number, and the
    list's number and date cells stay a number and a date; the phone stays plain text."""
    monkeypatch.setenv("MASIV_USERNAME", "demo")
    monkeypatch.setenv("MASIV_PASSWORD", "demo")
    source = tmp_path / "cartera.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Nombre", "Celular", "Saldo", "Vence"])
    ws.append(["Ana", "+57 316 304 8521", 430000, datetime(2024, 5, 1)])
    ws.append(["Ana otra vez", "3163048521", 1500.5, datetime(2024, 5, 2, 13, 30)])
    ws.append(["Oficina", "6014567890", 10, datetime(2024, 5, 3)])
    ws.append(["Sin número", None, 20, datetime(2024, 5, 4)])
    ws.append(["Corto", "12", 30, datetime(2024, 5, 5)])
    ws.append(["Luis", 3001234567, 0, "mañana"])
    wb.save(source)
    assert main(["send", str(source), "--message", "Hola {Nombre}, debe {Saldo}",
                 "--gateway", sandbox.base_url, "--yes"]) == 0
    cid = int(capsys.readouterr().out.strip())
    target = tmp_path / "r.xlsx"
    assert main(["export", str(cid), "-o", str(target), "--language", "es"]) == 0
    report = openpyxl.load_workbook(target)
    refused = {row[0]: row[1:] for row in report["Filas rechazadas"].iter_rows(
        min_row=2, values_only=True)}
    assert refused == {
        3: ("3163048521", "Duplicado",
            "Mismo número que la fila 2; solo se conserva el primero."),
        4: ("6014567890", "No es un celular",
            "No es un celular (línea fija): un SMS a ese número suele fallar."),
        5: (None, "Vacío", "La celda del teléfono está vacía."),
        6: ("12", "Número inválido", "Demasiado corto para ser un número de teléfono."),
    }
    sheet = report["Destinatarios"]
    header = [cell.value for cell in sheet[1]]
    ana, luis = sheet[2], sheet[3]
    phone, balance, due = (header.index(name) for name in ("Celular", "Saldo", "Vence"))
    assert ana[phone].value == "+57 316 304 8521" and ana[phone].data_type == "s"
    assert ana[balance].value == 430000 and ana[balance].data_type == "n"
    assert ana[due].is_date and ana[due].value == datetime(2024, 5, 1)
    assert luis[phone].value == "3001234567" and luis[phone].data_type == "s"
    assert luis[due].value == "mañana"
