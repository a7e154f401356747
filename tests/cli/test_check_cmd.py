"""`masiv check` on real files: the summary, the JSON rows, the errors."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from masiv_desktop.cli import main
from tests.helpers.hostile_files import expanding_workbook
from tests.helpers.paths import LISTS, SAMPLES

FIXTURES = LISTS
SAMPLE = SAMPLES


def _check_json(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str
                ) -> dict[str, object]:
    assert main(["--data-dir", str(data_dir), "check", *args, "--json"]) == 0
    document: dict[str, object] = json.loads(capsys.readouterr().out)
    return document


def test_every_verdict_in_json(tmp_path: Path, data_dir: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Lista"
    sheet.append(["Nombre", "Celular"])
    for name, phone in [("ok", 3001234567), ("dup", "+57 300 123 4567"), ("vacío", None),
                        ("fijo", "601 234 5678"), ("sci", "5.73E+11"), ("corto", "12345"),
                        ("letras", "300abc4567"), ("dos", "3001234567 / 3109876543"),
                        ("país", "+999 1234567"), ("largo", "1234567890123456789"),
                        ("excluido", "3157654321"), ("numérico", 573001234568)]:
        sheet.append([name, phone])
    path = tmp_path / "lista.xlsx"
    workbook.save(path)
    assert main(["--data-dir", str(data_dir), "suppress", "add", "315 765 4321"]) == 0
    capsys.readouterr()
    document = _check_json(capsys, data_dir, str(path), "--sheet", "Lista", "--column",
                           "celular", "--region", "co")
    rows = document["rows"]
    assert isinstance(rows, list)
    got = [(r["row"], r["verdict"], r["code"], r["digits"], r["duplicate_of"]) for r in rows]
    assert got == [
        (2, "ok", None, "573001234567", None),
        (3, "duplicate", "duplicate", "573001234567", 2),
        (4, "empty", None, None, None),
        (5, "not_mobile", "not_mobile", "576012345678", None),
        (6, "invalid", "scientific_notation", None, None),
        (7, "invalid", "too_short", None, None),
        (8, "invalid", "letters", None, None),
        (9, "invalid", "two_numbers", None, None),
        (10, "invalid", "unknown_country", None, None),
        (11, "invalid", "too_long", None, None),
        (12, "suppressed", "suppressed", "573157654321", None),
        (13, "ok", None, "573001234568", None),
    ]
    assert rows[0]["input"] == "3001234567" and rows[0]["reason"] is None
    assert "Text" in rows[4]["reason"]
    assert document["summary"] == {
        "rows": 12, "ok": 2, "not_mobile": 1, "invalid": 6,
        "invalid_by_reason": {"scientific_notation": 1, "too_short": 1, "letters": 1,
                              "two_numbers": 1, "unknown_country": 1, "too_long": 1},
        "empty": 1, "duplicates": 1, "suppressed": 1, "contacted_today": 0,
        "outside_window": 0, "send_time": 0}


def test_empty_phone_cells_are_reported(data_dir: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huecos.csv"
    path.write_text("Nombre;Celular\nAna;\nLuis;3001234567\n", encoding="utf-8")
    document = _check_json(capsys, data_dir, str(path))
    assert [(r["row"], r["verdict"]) for r in document["rows"]] == [  # type: ignore[attr-defined]
        (2, "empty"), (3, "ok")]


def test_text_summary_of_the_sample_list(data_dir: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "check",
                 str(SAMPLE / "clientes-ejemplo.xlsx")]) == 0
    out = capsys.readouterr().out
    assert 'phone column "Celular" (B)' in out
    assert "Rows:" in out and "Duplicates:" in out
    assert "row 22: 3001234 — invalid" in out


def test_the_sample_csv_matches_the_sample_xlsx(data_dir: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    xlsx = _check_json(capsys, data_dir, str(SAMPLE / "clientes-ejemplo.xlsx"))
    csv = _check_json(capsys, data_dir, str(SAMPLE / "clientes-ejemplo.csv"))
    assert xlsx["summary"] == csv["summary"]
    assert xlsx["summary"]["rows"] == 50  # type: ignore[index]


@pytest.mark.parametrize(("args", "words"), [
    (["protected.xlsx"], "password"),
    (["no-phone.xlsx"], "no column that looks like phone numbers"),
    (["clientes.xlsx", "--sheet", "Nada"], 'no sheet named "Nada"'),
    (["clientes.xlsx", "--column", "Fax"], 'no column named "Fax"'),
    (["binary.csv"], "binary"),
])
def test_errors_exit_2_with_the_file_named(args: list[str], words: str, data_dir: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "check", str(FIXTURES / args[0]),
                 *args[1:]]) == 2
    err = capsys.readouterr().err
    assert args[0] in err and words in err


def test_unknown_region(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "check", str(FIXTURES / "clientes.xlsx"),
                 "--region", "XX"]) == 2
    assert "region" in capsys.readouterr().err


def test_through_the_installed_command(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "masiv_desktop.cli", "--data-dir", str(tmp_path), "check",
         str(FIXTURES / "clientes.ods"), "--json"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["summary"]["ok"] == 4


def test_rows_that_are_not_utf8_are_named(tmp_path: Path, data_dir: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mezcla.csv"
    path.write_bytes("Celular;Nombre\n3001234567;José\n".encode()
                     + "3109876543;Muñoz\n".encode("cp1252"))
    document = _check_json(capsys, data_dir, str(path))
    assert document["rows_read_as_windows_1252"] == [3]
    assert main(["--data-dir", str(data_dir), "check", str(path)]) == 0
    assert "row(s) 3 are not" in capsys.readouterr().out


def test_a_workbook_expanding_to_a_gibibyte_is_refused_in_seconds_in_little_memory(
        tmp_path: Path, data_dir: Path) -> None:
    bomb = expanding_workbook(tmp_path / "bomba.xlsx", cell_mib=1024)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    script = ("import resource, sys\nfrom masiv_desktop.cli import main\n"
              "code = main(sys.argv[1:])\n"
              "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
              "sys.exit(code)\n")
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", script, "--data-dir", str(data_dir), "check",
                           str(bomb)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert time.monotonic() - started < 15
    assert "bomba.xlsx" in done.stderr and "1,024 MB" in done.stderr
    peak_kib = int(done.stderr.strip().splitlines()[-1])
    assert peak_kib < 1024 * 1024


def test_a_long_phone_cell_is_never_printed_whole(tmp_path: Path, data_dir: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "larga.csv"
    path.write_text("Celular,Nombre\n" + "9" * 30_000 + ",Ana\n3001234567,Eva\n",
                    encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "9" * 59 + "…" in out and "9" * 61 not in out
