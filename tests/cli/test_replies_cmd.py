"""`masiv replies` and `masiv suppress import --source reply`: the opt-out loop from the
command line, over the built-in SMPP sandbox and from a replies file of the Masiv platform."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from masiv_desktop.cli import main

STOPS, THANKS, SILENT = "573000000101", "573000000102", "573150000000"


def write_list(path: Path, *numbers: str) -> Path:
    path.write_text("Nombre,Celular\n" + "".join(f"Cliente {i},{number}\n"
                                                 for i, number in enumerate(numbers)),
                    encoding="utf-8")
    return path


def write_replies(path: Path, rows: list[tuple[object, ...]], *,
                  header: tuple[str, ...] = ("Fecha", "Celular", "Mensaje")) -> Path:
    wb = openpyxl.Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.title = "Respuestas"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    wb.save(path)
    return path


def test_over_the_smpp_sandbox_a_stop_reply_suppresses_and_the_report_counts_it(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings", "set", "account_type", "smpp"]) == 0
    capsys.readouterr()
    source = write_list(tmp_path / "lista.csv", STOPS, THANKS, SILENT)
    assert main(["send", str(source), "--message", "Hola", "--sandbox", "--yes",
                 "--until-final", "--poll-delays", "0.5,1"]) == 0
    cid = int(capsys.readouterr().out.strip())
    assert main(["replies", "--json"]) == 0
    listed = {r["number"]: r for r in json.loads(capsys.readouterr().out)}
    assert {n: (r["text"], r["opt_out"], r["campaign_id"]) for n, r in listed.items()} == {
        STOPS: ("SALIR por favor", True, cid), THANKS: ("Gracias", False, cid)}
    assert main(["check", str(source), "--json"]) == 0
    verdicts = {row["input"]: row["verdict"] for row in json.loads(
        capsys.readouterr().out)["rows"]}
    assert verdicts[STOPS] == "suppressed" and verdicts[THANKS] != "suppressed"
    target = tmp_path / "informe.xlsx"
    assert main(["export", str(cid), "-o", str(target), "--language", "en"]) == 0
    summary = {row[0]: row[1] for row in openpyxl.load_workbook(target)["Summary"].iter_rows(
        values_only=True) if row and row[0]}
    assert (summary["Replies received"], summary["Opt-outs by reply"]) == (2, 1)


def test_a_replies_file_keeps_every_reply_and_suppresses_only_the_stop_ones(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_replies(tmp_path / "replies.xlsx", [
        ("2025-03-07 09:15:00", "3001234567", "SALIR por favor"),
        ("2025-03-07 09:16:00", "573001234568", "Gracias, muy amable"),
        ("2025-03-07 09:17:00", "+57 300 123 4569", "no más"),
        ("2025-03-07 09:18:00", "sin número", "BAJA"),
    ], header=("Fecha", "Celular", "Mensaje"))
    assert main(["suppress", "import", str(path), "--source", "reply"]) == 0
    out, err = capsys.readouterr()
    assert 'numbers in "Celular", replies in "Mensaje"' in out
    assert "Replies kept 3" in out and "asking to stop 2" in out
    assert "added to the suppression list 2" in out and "not numbers 1" in out
    assert "sin número" in err
    assert main(["suppress", "list", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert sorted((e["number"], e["source"]) for e in entries) == [
        ("573001234567", "reply"), ("573001234569", "reply")]
    assert main(["replies", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["number"], r["opt_out"], r["origin"]) for r in listed] == [
        ("573001234569", True, "file"), ("573001234568", False, "file"),
        ("573001234567", True, "file")]
    assert main(["suppress", "import", str(path), "--source", "reply"]) == 0
    assert "Replies kept 0 (already imported 3)" in capsys.readouterr().out


def test_without_a_text_header_the_longest_texts_are_the_replies(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_replies(tmp_path / "export.xlsx", [
        ("3001234567", "A", "Por favor no me escriban más, STOP"),
        ("3001234568", "B", "Ok"),
    ], header=("Móvil", "Campaña", "Contenido recibido"))
    assert main(["suppress", "import", str(path), "--source", "reply"]) == 0
    assert 'replies in "Contenido recibido"' in capsys.readouterr().out
    path = write_replies(tmp_path / "solo.xlsx", [("3001234567",)], header=("Celular",))
    assert main(["suppress", "import", str(path), "--source", "reply"]) == 2
    assert "no column with the replies' text" in capsys.readouterr().err


def test_replies_export_to_excel_and_filter_by_campaign(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "replies.csv"
    path.write_text("Fecha;Celular;Mensaje\n2025-03-07 09:15:00;3001234567;=SALIR()\n"
                    "2025-03-07 09:16:00;3001234568;Gracias\n", encoding="utf-8")
    assert main(["suppress", "import", str(path), "--source", "reply"]) == 0
    target = tmp_path / "respuestas.xlsx"
    assert main(["replies", "--xlsx", str(target), "--language", "es"]) == 0
    assert "Wrote 2 replies" in capsys.readouterr().out
    rows = list(openpyxl.load_workbook(target)["Respuestas"].iter_rows(values_only=True))
    assert rows[0][1:] == ("Número", "Respuesta", "Campaña", "Baja")
    assert [row[1:3] for row in rows[1:]] == [("573001234568", "Gracias"),
                                             ("573001234567", "'=SALIR()")]
    assert main(["replies", "--campaign", "7"]) == 0
    assert "0 replies, 0 opted out." in capsys.readouterr().out
