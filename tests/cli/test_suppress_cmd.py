"""`masiv suppress add|import|list|export|remove` against a real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from masiv_desktop.cli import main
from tests.helpers.paths import LISTS

FIXTURES = LISTS


def _run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "suppress", *args])


def test_add_list_remove(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(data_dir, "add", "300 123 4567", "+57 310 987 6543", "--source", "complaint",
                "--note", "queja 12") == 0
    assert "Added 2" in capsys.readouterr().out
    assert _run(data_dir, "add", "nope") == 1
    assert "Not added" in capsys.readouterr().err
    assert _run(data_dir, "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(e["number"], e["source"], e["note"]) for e in listed] == [
        ("573001234567", "complaint", "queja 12"), ("573109876543", "complaint", "queja 12")]
    assert _run(data_dir, "list", "--json", "--search", "987") == 0
    assert [e["number"] for e in json.loads(capsys.readouterr().out)] == ["573109876543"]
    assert _run(data_dir, "remove", "3001234567") == 0
    assert _run(data_dir, "remove", "3001234567") == 1
    capsys.readouterr()
    assert _run(data_dir, "list") == 0
    assert "1 numbers." in capsys.readouterr().out


def test_import_then_export(data_dir: Path, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(data_dir, "import", str(FIXTURES / "clientes.tsv"), "--source", "rne") == 0
    assert "added 5; already on the list 1; not numbers 1" in capsys.readouterr().out
    out = tmp_path / "export.csv"
    assert _run(data_dir, "export", str(out)) == 0
    assert out.read_text(encoding="utf-8-sig").count("\n") == 6


def test_import_error_exits_2(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(data_dir, "import", str(FIXTURES / "empty.csv")) == 2
    assert "empty.csv" in capsys.readouterr().err


def test_suppressed_numbers_are_refused_by_check(data_dir: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(data_dir, "add", "3001234567") == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "check", str(FIXTURES / "clientes.xlsx"),
                 "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert summary["suppressed"] == 2 and summary["duplicates"] == 0
