"""Finding the phone column by header or content, and a column by the name a user typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from masiv_desktop.core.lists.columns import (
    choose_phone_column,
    find_column,
    fold,
    suggest_phone_column,
)
from masiv_desktop.core.lists.types import (
    ListFileError,
    ListProblem,
    SheetColumn,
    SourceRow,
    column_letter,
)


def _columns(*names: str) -> list[SheetColumn]:
    return [SheetColumn(i, column_letter(i), name) for i, name in enumerate(names)]


def _rows(*rows: tuple[str, ...]) -> list[SourceRow]:
    return [SourceRow(i + 2, row) for i, row in enumerate(rows)]


def test_fold_ignores_case_accents_and_spacing() -> None:
    assert fold("  Teléfono   MÓVIL ") == "telefono movil"
    assert fold("Número_de.Celular") == "numero de celular"


@pytest.mark.parametrize("header", ["Celular", "CELULAR", "Móvil", "movil", "Teléfono",
                                    "telefono", "Phone", "Mobile", "Número", "WhatsApp",
                                    "Tel.", "Teléfono celular", "Celulares"])
def test_phone_headers_are_recognised(header: str) -> None:
    columns = _columns("Nombre", header, "Ciudad")
    rows = _rows(("Ana", "", "Cali"))
    assert suggest_phone_column(columns, rows) == columns[1]


def test_celular_beats_telefono_and_content_beats_a_document_number() -> None:
    columns = _columns("Teléfono", "Celular")
    rows = _rows(("601 234 5678", "3001234567"))
    assert suggest_phone_column(columns, rows) == columns[1]
    columns = _columns("Número de documento", "Número de contacto")
    rows = _rows(("1020304050", "3001234567"), ("79876543", "3109876543"))
    assert suggest_phone_column(columns, rows) == columns[1]


def test_without_a_telling_header_the_content_decides() -> None:
    columns = _columns("Column A", "Column B", "Column C")
    rows = _rows(("Ana", "3001234567", "10"), ("Luis", "+57 310 987 6543", "20"))
    assert suggest_phone_column(columns, rows) == columns[1]


def test_no_phone_column() -> None:
    columns = _columns("Nombre", "Ciudad")
    rows = _rows(("Ana", "Cali"))
    assert suggest_phone_column(columns, rows) is None
    with pytest.raises(ListFileError) as error:
        choose_phone_column(columns, rows, path=Path("lista.xlsx"), sheet="Hoja1")
    assert "lista.xlsx" in str(error.value) and "phone" in str(error.value)
    assert error.value.kind is ListProblem.NO_PHONE_COLUMN
    assert error.value.names == tuple(column.name for column in columns)


def test_a_column_by_name_or_letter() -> None:
    columns = _columns("Nombre", "Teléfono Móvil")
    assert find_column(columns, "telefono movil", path="x.csv") == columns[1]
    assert find_column(columns, "b", path="x.csv") == columns[1]
    with pytest.raises(ListFileError) as error:
        find_column(columns, "Celular", path="x.csv")
    assert '"Celular"' in str(error.value) and '"Teléfono Móvil" (B)' in str(error.value)
    assert error.value.kind is ListProblem.UNKNOWN_COLUMN and error.value.column == "Celular"
    assert "Teléfono Móvil" in error.value.names
