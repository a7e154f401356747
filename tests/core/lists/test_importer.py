"""Reading lists from real files: every format, numbers as stored, headers, sheets, errors."""

from __future__ import annotations

import datetime as dt
import io
import threading
import zipfile
from pathlib import Path

import openpyxl
import pytest

from masiv_desktop.core.lists.importer import list_sheets, open_list, read_table
from masiv_desktop.core.lists.types import (
    MAX_CELL,
    ImportCancelled,
    ListFileError,
    ListProblem,
)
from tests.helpers.hostile_files import expanding_workbook
from tests.helpers.paths import LISTS

FIXTURES = LISTS
PHONES = ["3001234567", "+57 310 987 6543", "573157654321", "0057 320 111 2233",
          "601 234 5678", "12345", "3001234567"]
NAMES = ["Ana María Gómez", "José Núñez", "Íñigo Peña", "Sofía Ruiz", "Fijo Oficina",
         "Mal Número", "Repetida"]


@pytest.mark.parametrize("name", [
    "clientes.xlsx", "clientes.xls", "clientes.ods", "clientes-excel-es.csv",
    "clientes-utf8-bom.csv", "clientes.tsv", "clientes-unicode.txt", "clientes-pipe.txt",
])
def test_every_format_gives_the_same_list(name: str) -> None:
    table = read_table(FIXTURES / name)
    assert [c.name for c in table.columns] == ["Nombre", "Celular", "Ciudad", "Saldo"]
    assert [c.letter for c in table.columns] == ["A", "B", "C", "D"]
    assert table.header_row == 1
    assert [row.row_number for row in table.rows] == list(range(2, 9))
    assert [row.cells[1] for row in table.rows] == PHONES
    assert [row.cells[0] for row in table.rows] == NAMES
    assert table.rows[1].cells[2] == "Medellín"


def test_sheets_are_listed_and_the_first_with_data_is_the_default(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = "Portada"
    data = workbook.create_sheet("Datos")
    data.append(["Celular"])
    data.append([3001234567])
    path = tmp_path / "two.xlsx"
    workbook.save(path)
    sheets = list_sheets(path)
    assert [(s.name, s.has_data) for s in sheets] == [("Portada", False), ("Datos", True)]
    assert open_list(path).sheet == "Datos"
    assert open_list(path, "datos").sheet == "Datos"


def test_a_named_sheet_is_read(tmp_path: Path) -> None:
    table = read_table(FIXTURES / "clientes.xlsx", "Otra")
    assert [c.name for c in table.columns] == ["Teléfono", "Nombre"]
    assert table.rows[0].cells == ("3009998877", "Otra hoja")


def test_an_unknown_sheet_names_the_sheets_there_are() -> None:
    with pytest.raises(ListFileError) as error:
        open_list(FIXTURES / "clientes.xlsx", "Hoja1")
    message = str(error.value)
    assert "clientes.xlsx" in message and '"Hoja1"' in message and '"Clientes"' in message
    assert error.value.kind is ListProblem.UNKNOWN_SHEET
    assert error.value.wanted == "Hoja1" and "Clientes" in error.value.names


def test_a_csv_has_one_sheet_named_after_the_file() -> None:
    sheets = list_sheets(FIXTURES / "clientes.tsv")
    assert [s.name for s in sheets] == ["clientes"]
    assert open_list(FIXTURES / "clientes.tsv", "clientes").sheet is None
    with pytest.raises(ListFileError, match="no sheet") as error:
        open_list(FIXTURES / "clientes.tsv", "Hoja1")
    assert error.value.kind is ListProblem.TEXT_HAS_NO_SHEETS and error.value.wanted == "Hoja1"


def _xlsx(tmp_path: Path, rows: list[list[object]], name: str = "t.xlsx") -> Path:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    path = tmp_path / name
    workbook.save(path)
    return path


def test_numeric_cells_become_their_exact_digits(tmp_path: Path) -> None:
    path = _xlsx(tmp_path, [["Celular", "Otro"], [3001234567, 1500.5],
                            [573001234567, 123456789012345], [573001234567.0, 2**60],
                            [3.001234567e9, 0.1]])
    cells = [row.cells for row in read_table(path).rows]
    assert cells == [("3001234567", "1500.5"), ("573001234567", "123456789012345"),
                     ("573001234567", "1.152921504606847e+18"), ("3001234567", "0.1")]


def test_numeric_cell_shown_in_scientific_format_keeps_its_digits(tmp_path: Path) -> None:
    path = _xlsx(tmp_path, [["Celular"], [573001234567]])
    workbook = openpyxl.load_workbook(path)
    workbook.active["A2"].number_format = "0.00E+00"
    workbook.save(path)
    assert read_table(path).rows[0].cells == ("573001234567",)


def test_text_cells_dates_booleans_and_empty_cells(tmp_path: Path) -> None:
    path = _xlsx(tmp_path, [["Celular", "Fecha", "Hora", "Activo", "Nota"],
                            ["5.73E+11", dt.date(2026, 1, 31), dt.datetime(2026, 1, 31, 8, 5),
                             True, None],
                            ["  3001234567  ", None, None, False, "x"]])
    rows = read_table(path).rows
    assert rows[0].cells == ("5.73E+11", "2026-01-31", "2026-01-31 08:05:00", "TRUE", "")
    assert rows[1].cells == ("3001234567", "", "", "FALSE", "x")


def test_formulas_give_their_cached_values(tmp_path: Path) -> None:
    path = _xlsx(tmp_path, [["Celular"], ["=3000000000+1234567"]])
    # openpyxl writes no cached value; put one in the sheet XML as Excel does on save.
    patched = tmp_path / "cached.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                assert "<v></v>" in text or "<v />" in text
                data = text.replace("<v></v>", "<v>3001234567</v>").replace(
                    "<v />", "<v>3001234567</v>").encode()
            target.writestr(item, data)
    assert read_table(patched).rows[0].cells == ("3001234567",)


def test_decimals_in_an_xls_stay_exact() -> None:
    assert read_table(FIXTURES / "clientes.xls").rows[0].cells[3] == "150000.5"


def test_rows_keep_the_spreadsheets_numbers_and_skip_empty_rows(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["C5"] = "Celular"
    sheet["D5"] = "Nombre"
    sheet["C6"] = 3001234567
    sheet["D9"] = "Sin número"
    sheet["C12"] = "3109876543"
    sheet.merge_cells("D12:E12")
    sheet["D12"] = "Combinada"
    path = tmp_path / "offset.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.header_row == 5
    assert [(c.letter, c.name) for c in table.columns] == [
        ("C", "Celular"), ("D", "Nombre")]
    assert [(r.row_number, r.cells) for r in table.rows] == [
        (6, ("3001234567", "")), (9, ("", "Sin número")), (12, ("3109876543", "Combinada"))]


def test_a_first_row_that_looks_like_data_is_not_a_header(tmp_path: Path) -> None:
    table = read_table(FIXTURES / "headerless.csv")
    assert table.header_row is None
    assert [c.name for c in table.columns] == ["Column A", "Column B"]
    assert table.rows[0].row_number == 1
    path = _xlsx(tmp_path, [[3001234567, "Ana"], [3109876543, "Luis"]])
    assert read_table(path).rows[0] == (1, ("3001234567", "Ana"))


def test_empty_and_duplicate_header_cells_get_names(tmp_path: Path) -> None:
    path = _xlsx(tmp_path, [["Nombre", None, "nombre", "Celular"],
                            ["Ana", "x", "y", 3001234567, "extra"]])
    names = [c.name for c in read_table(path).columns]
    assert names == ["Nombre", "Column B", "nombre (2)", "Celular", "Column E"]


def test_trailing_empty_columns_are_dropped_and_short_rows_padded(tmp_path: Path) -> None:
    path = _xlsx(tmp_path, [["Celular", "Nombre", None, None], ["3001234567"],
                            ["3109876543", "Luis", None, ""]])
    table = read_table(path)
    assert len(table.columns) == 2
    assert [r.cells for r in table.rows] == [("3001234567", ""), ("3109876543", "Luis")]


def test_progress_and_cancel(tmp_path: Path) -> None:
    path = _xlsx(tmp_path, [["Celular"]] + [[3000000000 + i] for i in range(25_000)])
    seen: list[int] = []
    rows = read_table(path, progress=seen.append).rows
    assert len(rows) == 25_000
    assert seen == [10_000, 20_000, 25_000]
    stop = threading.Event()
    reader = open_list(path)
    with pytest.raises(ImportCancelled):
        for index, _ in enumerate(reader.rows(cancel=stop.is_set)):
            if index == 2000:
                stop.set()


def test_rows_can_be_read_only_once() -> None:
    reader = open_list(FIXTURES / "clientes.xlsx")
    assert len(list(reader.rows())) == 7
    with pytest.raises(RuntimeError):
        list(reader.rows())


@pytest.mark.parametrize(("name", "words", "kind"), [
    ("protected.xlsx", "protected with a password", ListProblem.PASSWORD_PROTECTED),
    ("corrupt.xlsx", "damaged", ListProblem.CORRUPT),
    ("empty.xlsx", "empty (0 bytes)", ListProblem.EMPTY_FILE),
    ("empty.csv", "empty (0 bytes)", ListProblem.EMPTY_FILE),
    ("binary.csv", "binary data", ListProblem.BINARY_AS_TEXT),
    ("blank-sheet.xlsx", "has no data", ListProblem.ALL_SHEETS_EMPTY),
])
def test_broken_files_get_a_clear_error_naming_the_file(name: str, words: str,
                                                        kind: ListProblem) -> None:
    with pytest.raises(ListFileError) as error:
        open_list(FIXTURES / name)
    assert f'"{name}"' in str(error.value)
    assert words in str(error.value)
    assert error.value.kind is kind


def test_an_empty_named_sheet_and_a_folder_have_their_kinds(tmp_path: Path) -> None:
    with pytest.raises(ListFileError) as error:
        open_list(FIXTURES / "blank-sheet.xlsx", list_sheets(FIXTURES / "blank-sheet.xlsx")[0].name)
    assert error.value.kind is ListProblem.EMPTY_SHEET and error.value.sheet
    folder = tmp_path / "carpeta.xlsx"
    folder.mkdir()
    with pytest.raises(ListFileError) as error:
        open_list(folder)
    assert error.value.kind is ListProblem.IS_A_FOLDER
    (tmp_path / "nul.xlsx").write_bytes(b"ab\0cd" * 10)
    with pytest.raises(ListFileError) as error:
        open_list(tmp_path / "nul.xlsx")
    assert error.value.kind is ListProblem.NOT_A_SPREADSHEET


def test_missing_file_unknown_extension_and_fake_xls(tmp_path: Path) -> None:
    with pytest.raises(ListFileError, match="does not exist") as error:
        open_list(tmp_path / "nada.xlsx")
    assert error.value.kind is ListProblem.NOT_FOUND
    (tmp_path / "lista.pdf").write_bytes(b"%PDF-1.4 ...")
    with pytest.raises(ListFileError, match=r"\(\.pdf\)") as error:
        open_list(tmp_path / "lista.pdf")
    assert error.value.kind is ListProblem.UNKNOWN_EXTENSION and error.value.detail == ".pdf"
    (tmp_path / "crm.xls").write_text("<html><table><tr><td>1</td></tr></table></html>")
    with pytest.raises(ListFileError, match="web page") as error:
        open_list(tmp_path / "crm.xls")
    assert error.value.kind is ListProblem.MARKUP_AS_SPREADSHEET
    (tmp_path / "zip.xlsx").write_bytes(_zip())
    with pytest.raises(ListFileError, match="ZIP archive") as error:
        open_list(tmp_path / "zip.xlsx")
    assert error.value.kind is ListProblem.ZIP_NOT_SPREADSHEET


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hola")
    return buffer.getvalue()


def test_files_with_the_wrong_extension_are_read_by_content(tmp_path: Path) -> None:
    renamed = tmp_path / "clientes.csv"
    renamed.write_bytes((FIXTURES / "clientes.xlsx").read_bytes())
    assert [r.cells[1] for r in read_table(renamed).rows] == PHONES
    xls_as_xlsx = tmp_path / "viejo.xlsx"
    xls_as_xlsx.write_bytes((FIXTURES / "clientes.xls").read_bytes())
    assert [r.cells[1] for r in read_table(xls_as_xlsx).rows] == PHONES
    tsv_as_xls = tmp_path / "crm.xls"
    tsv_as_xls.write_bytes((FIXTURES / "clientes.tsv").read_bytes())
    assert [r.cells[1] for r in read_table(tsv_as_xls).rows] == PHONES


def test_a_workbook_that_expands_like_a_bomb_is_refused_unread(tmp_path: Path) -> None:
    bomb = expanding_workbook(tmp_path / "lista.xlsx", cell_mib=20)
    with pytest.raises(ListFileError, match=r"lista\.xlsx") as error:
        open_list(bomb)
    assert error.value.kind is ListProblem.EXPANDS_TOO_MUCH


def test_a_workbook_cell_never_comes_out_longer_than_excel_allows(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Celular", "Nombre"])
    workbook.active.append(["3001234567", "x" * 40_000])
    workbook.save(tmp_path / "larga.xlsx")
    rows = list(open_list(tmp_path / "larga.xlsx").rows())
    assert len(rows[0].cells[1]) == MAX_CELL


def test_a_text_cell_longer_than_excel_allows_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "larga.csv"
    path.write_text("Celular,Nombre\n3001234567," + "x" * 40_000 + "\n", encoding="utf-8")
    with pytest.raises(ListFileError) as error:
        list(open_list(path).rows())
    assert (error.value.kind, error.value.row) == (ListProblem.CELL_TOO_LONG, 2)
