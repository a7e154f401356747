"""`masiv export ID -o FILE`: both formats, the options, and the user's mistakes."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from masiv_desktop.cli import main
from masiv_desktop.core.settings.paths import app_paths
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
