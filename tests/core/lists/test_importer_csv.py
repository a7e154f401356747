"""Text lists: encodings, delimiters, quotes and the record numbers Excel would show."""

from __future__ import annotations

from pathlib import Path

import pytest

from masiv_desktop.core.lists.csvfile import detect_format
from masiv_desktop.core.lists.importer import open_list, read_table
from masiv_desktop.core.lists.types import ListFileError, ListProblem
from tests.helpers.paths import LISTS

FIXTURES = LISTS


@pytest.mark.parametrize(("name", "encoding", "delimiter"), [
    ("clientes-excel-es.csv", "cp1252", ";"),
    ("clientes-utf8-bom.csv", "utf-8-sig", ","),
    ("clientes.tsv", "utf-8", "\t"),
    ("clientes-unicode.txt", "utf-16", "\t"),
    ("clientes-pipe.txt", "utf-8", "|"),
])
def test_encoding_and_delimiter_are_detected(name: str, encoding: str, delimiter: str) -> None:
    found = detect_format(FIXTURES / name)
    assert (found.encoding, found.delimiter) == (encoding, delimiter)


def test_spanish_decimal_commas_do_not_fool_the_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "saldos.csv"
    path.write_text("Nombre;Celular;Saldo\nAna;3001234567;1.500,50\nLuis;3109876543;20,00\n",
                    encoding="cp1252")
    assert [r.cells for r in read_table(path).rows] == [
        ("Ana", "3001234567", "1.500,50"), ("Luis", "3109876543", "20,00")]


def test_quoted_delimiters_are_respected(tmp_path: Path) -> None:
    path = tmp_path / "quoted.csv"
    path.write_text('Nombre,Celular\n"Pérez; Juan",3001234567\n"Ruiz; Eva",3109876543\n',
                    encoding="utf-8")
    assert detect_format(path).delimiter == ","


def test_embedded_newlines_keep_one_record_and_excel_row_numbers() -> None:
    table = read_table(FIXTURES / "multiline.csv")
    assert [(r.row_number, r.cells) for r in table.rows] == [
        (2, ("Ana", "Calle 1\r\nApto 2", "3001234567")),
        (4, ("Luis", "Cra 5", "3109876543"))]


def test_utf16_without_bom_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes("Celular\tNombre\r\n3001234567\tÑandú\r\n".encode("utf-16-le"))
    assert read_table(path).rows[0].cells == ("3001234567", "Ñandú")


def test_cp1252_byte_far_into_a_utf8_looking_file(tmp_path: Path) -> None:
    lines = ["Celular,Nombre"] + [f"30012{i:05d},Ana" for i in range(8000)] + ["3109876543,José"]
    path = tmp_path / "late.csv"
    path.write_bytes("\n".join(lines).encode("cp1252"))
    assert detect_format(path).encoding == "cp1252"
    assert read_table(path).rows[-1].cells == ("3109876543", "José")


def test_a_one_column_list(tmp_path: Path) -> None:
    path = tmp_path / "numeros.txt"
    path.write_text("300 123 4567\n310 987 6543\n", encoding="utf-8")
    table = read_table(path)
    assert [r.cells for r in table.rows] == [("300 123 4567",), ("310 987 6543",)]


def test_a_malformed_record_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(b"Celular,Nombre\n3001234567,Ana\n" + b"x" * 200 + b"\x00" * 1 + b"\n")
    with pytest.raises(ListFileError, match=r"nul\.csv") as error:
        read_table(path)
    assert error.value.kind is ListProblem.BINARY_AS_TEXT


def test_leading_empty_columns_are_skipped_but_keep_their_letters(tmp_path: Path) -> None:
    path = tmp_path / "margen.csv"
    rows = [",,Celular,Nombre"] + [f",,30012{i:05d},N{i}" for i in range(1500)]
    path.write_text("\n".join(rows), encoding="utf-8")
    table = read_table(path)
    assert [(c.letter, c.name) for c in table.columns] == [("C", "Celular"), ("D", "Nombre")]
    assert table.rows[0].cells == ("3001200000", "N0")
    assert table.rows[-1].cells == ("3001201499", "N1499")
    assert len(table.rows) == 1500


def test_one_cp1252_row_does_not_garble_a_utf8_list(tmp_path: Path) -> None:
    path = tmp_path / "mezcla.csv"
    path.write_bytes("Celular;Nombre\n3001234567;José\n".encode()
                     + "3109876543;Muñoz\n".encode("cp1252")
                     + '3151112233;"Ana\nMaría"\n'.encode()
                     + "3162223344;Peña\n".encode("cp1252"))
    assert detect_format(path).encoding == "utf-8+cp1252"
    reader = open_list(path)
    rows = [(number, cells) for number, cells in reader.rows()]
    assert rows == [(2, ("3001234567", "José")), (3, ("3109876543", "Muñoz")),
                    (4, ("3151112233", "Ana\nMaría")), (5, ("3162223344", "Peña"))]
    assert reader.legacy_rows == [3, 5]


def test_a_cp1252_list_names_no_row(tmp_path: Path) -> None:
    path = tmp_path / "ansi.csv"
    path.write_bytes("Celular;Nombre\n3001234567;José\n3109876543;Muñoz\n".encode("cp1252"))
    reader = open_list(path)
    assert [cells[1] for _, cells in reader.rows()] == ["José", "Muñoz"]
    assert reader.legacy_rows == []
