"""The CSV export read back with the csv module, in both delimiters."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

from masiv_desktop.core.reports.cell_safety import FORMULA_STARTS, neutralise
from masiv_desktop.core.reports.csv_file import csv_time, default_delimiter
from masiv_desktop.core.reports.export import (
    ReportError,
    ReportFormat,
    ReportOptions,
    export_report,
)
from tests.helpers.reports import NAMES, OUTCOMES, digits, make_report_campaign


@pytest.fixture
def campaign(tmp_path: Path) -> tuple[Path, int]:
    database = tmp_path / "masiv.sqlite3"
    return database, make_report_campaign(database)


def read(path: Path, delimiter: str) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=delimiter))


@pytest.mark.parametrize("delimiter", [";", ","])
def test_both_delimiters_read_back(campaign: tuple[Path, int], tmp_path: Path,
                                   delimiter: str) -> None:
    database, cid = campaign
    path = tmp_path / "r.csv"
    result = export_report(database, cid, path, ReportOptions(language="en",
                                                              delimiter=delimiter))
    assert result.format is ReportFormat.CSV and result.recipients == 10
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\xef\xbb\xbf") == 1
    rows = read(path, delimiter)
    assert rows[0] == ["Row", "Number", "Celular", "Nombre", "Final text", "Parts", "State",
                       "Result", "Gateway status", "Status code", "Sent at (UTC)",
                       "Status time (UTC)", "Message ids", "Error code", "Error"]
    assert len(rows) == 11 and all(len(r) == 15 for r in rows)
    first = rows[1]
    assert first[:4] == ["2", digits(0), "3150000000", "'=1+2"]
    assert first[4:10] == ["Hola =1+2", "2", "Accepted", "Delivered to the phone",
                           "Delivered to the phone", "3"]
    assert first[10:13] == ["2024-06-01T15:04:05+00:00", "2024-06-01T15:10:00+00:00",
                            "id-0-0 id-0-1"]
    assert datetime.fromisoformat(first[10]).utcoffset() is not None
    assert [r[3] for r in rows[1:]] == [neutralise(n) for n in NAMES]
    assert len(OUTCOMES) == len(rows) - 1
    assert rows[7][13:] == ["", "'=cmd|' /C calc'!A0"]
    assert rows[6][13:] == ["1", "Invalid recipient."]
    assert rows[10][6:11] == ["Waiting", "Pending or in progress", "", "", ""]


def test_each_formula_character_is_neutralised(campaign: tuple[Path, int],
                                               tmp_path: Path) -> None:
    database, cid = campaign
    path = tmp_path / "r.csv"
    export_report(database, cid, path, ReportOptions(language="es", delimiter=";"))
    names = [r[3] for r in read(path, ";")[1:]]
    for start in FORMULA_STARTS:
        hostile = next(n for n in NAMES if n.startswith(start))
        assert "'" + hostile in names
    assert not any(cell[:1] in FORMULA_STARTS for row in read(path, ";") for cell in row)


def test_spanish_headers_and_words(campaign: tuple[Path, int], tmp_path: Path) -> None:
    database, cid = campaign
    path = tmp_path / "r.csv"
    export_report(database, cid, path, ReportOptions(language="es", delimiter=";"))
    rows = read(path, ";")
    assert rows[0][:2] == ["Fila", "Número"] and rows[0][10] == "Enviado (UTC)"
    assert rows[1][6:8] == ["Aceptado", "Entregado al teléfono"]


def test_default_delimiter_follows_the_decimal_separator() -> None:
    assert default_delimiter("es_CO.UTF-8") == ";"
    assert default_delimiter("Spanish_Colombia") == ";"
    assert default_delimiter("de_DE") == ";"
    assert default_delimiter("es_MX.UTF-8") == ","
    assert default_delimiter("en_US.UTF-8") == ","
    assert default_delimiter("") == ","


def test_a_bad_delimiter_is_refused(campaign: tuple[Path, int], tmp_path: Path) -> None:
    database, cid = campaign
    with pytest.raises(ReportError, match="delimiter"):
        export_report(database, cid, tmp_path / "r.csv", ReportOptions(delimiter="|"))


def test_csv_time_is_iso_utc() -> None:
    assert csv_time("2024-05-01T13:45:00.123Z") == "2024-05-01T13:45:00+00:00"
