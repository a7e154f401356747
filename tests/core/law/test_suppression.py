"""The suppression list in a real SQLite store."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from masiv_desktop.core.law import suppression
from masiv_desktop.core.lists.types import ListFileError
from masiv_desktop.core.store.db import connect
from masiv_desktop.core.usertypes import SuppressionSource
from tests.helpers.paths import LISTS

FIXTURES = LISTS


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = connect(tmp_path / "store.sqlite3")
    yield connection
    connection.close()


def test_add_normalises_keeps_the_first_entry_and_refuses_non_numbers(
        conn: sqlite3.Connection) -> None:
    result = suppression.add_numbers(conn, ["300 123 4567", "abc", "601 234 5678"],
                                     SuppressionSource.OPT_OUT, note="pidió no más")
    assert (result.added, result.skipped) == (2, 0)
    assert [r.input for r in result.refused] == ["abc"]
    again = suppression.add_numbers(conn, ["+573001234567"], SuppressionSource.COMPLAINT)
    assert (again.added, again.skipped) == (0, 1)
    entries = {e.digits: e for e in suppression.entries(conn)}
    assert entries["573001234567"].source is SuppressionSource.OPT_OUT
    assert entries["573001234567"].note == "pidió no más"
    assert entries["573001234567"].added_at.utcoffset() is not None
    assert suppression.suppressed_digits(conn) == {"573001234567", "576012345678"}


def test_import_from_a_file_records_the_import(conn: sqlite3.Connection) -> None:
    result = suppression.import_file(conn, FIXTURES / "clientes-excel-es.csv",
                                     SuppressionSource.RNE)
    assert (result.added, result.skipped) == (5, 1)
    assert [r.row for r in result.refused] == [7]
    row = conn.execute("SELECT source, file_name, added, skipped FROM suppression_import"
                       ).fetchone()
    assert row == ("rne", "clientes-excel-es.csv", 5, 1)
    assert suppression.count(conn) == 5


def test_import_by_column_and_sheet(conn: sqlite3.Connection) -> None:
    result = suppression.import_file(conn, FIXTURES / "clientes.xlsx",
                                     SuppressionSource.RNE, sheet="Otra", column="A")
    assert result.added == 1
    assert suppression.suppressed_digits(conn) == {"573009998877"}


def test_an_unreadable_file_changes_nothing(conn: sqlite3.Connection) -> None:
    with pytest.raises(ListFileError):
        suppression.import_file(conn, FIXTURES / "no-phone.xlsx", SuppressionSource.RNE)
    assert suppression.count(conn) == 0
    assert conn.execute("SELECT count(*) FROM suppression_import").fetchone()[0] == 0


def test_remove(conn: sqlite3.Connection) -> None:
    suppression.add_numbers(conn, ["3001234567"], SuppressionSource.MANUAL)
    assert suppression.remove_number(conn, "+57 300 123 4567")
    assert not suppression.remove_number(conn, "3001234567")
    assert suppression.count(conn) == 0


def test_export_is_csv_excel_opens_and_neutralises_formulas(
        conn: sqlite3.Connection, tmp_path: Path) -> None:
    suppression.add_numbers(conn, ["3001234567"], SuppressionSource.COMPLAINT,
                            note="=HYPERLINK(\"x\")")
    path = tmp_path / "lista.csv"
    assert suppression.export_csv(conn, path) == 1
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["number", "source", "added_at_utc", "note"]
    assert rows[1][:2] == ["573001234567", "complaint"]
    assert rows[1][3] == "'=HYPERLINK(\"x\")"


def test_a_large_import_is_one_query_to_check(conn: sqlite3.Connection, tmp_path: Path
                                              ) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Celular"])
    for i in range(12_000):
        workbook.active.append([3000000000 + i * 7])
    path = tmp_path / "rne.xlsx"
    workbook.save(path)
    result = suppression.import_file(conn, path, SuppressionSource.RNE)
    assert result.added + result.skipped + len(result.refused) == 12_000
    assert len(suppression.suppressed_digits(conn)) == result.added


def test_the_list_can_be_searched_by_digits(conn: sqlite3.Connection) -> None:
    suppression.add_numbers(conn, ["300 123 4567", "310 987 6543", "315 000 0001"],
                            SuppressionSource.RNE)
    assert [e.digits for e in suppression.entries(conn, search="987 65")] == ["573109876543"]
    assert suppression.count(conn, search="+57 3") == 3
    assert suppression.count(conn, search="999") == 0
    assert [e.digits for e in suppression.entries(conn, limit=2)] == [
        "573001234567", "573109876543"]
    assert suppression.count(conn, search="no digits") == 3   # nothing to look for
