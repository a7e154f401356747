"""A list that cannot be read, said in the user's language from `ListFileError.kind`."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from masiv_desktop.core.lists.columns import find_column
from masiv_desktop.core.lists.importer import open_list
from masiv_desktop.core.lists.types import ListFileError, ListProblem, SheetColumn
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.list_errors import _sentences, list_error_text
from tests.helpers.hostile_files import expanding_workbook
from tests.helpers.paths import LISTS

LISTS = LISTS


def _error(path: Path, sheet: str | None = None) -> ListFileError:
    with pytest.raises(ListFileError) as error:
        open_list(path, sheet)
    return error.value


def test_every_kind_but_other_has_a_sentence() -> None:
    assert set(_sentences()) == set(ListProblem) - {ListProblem.OTHER}


def test_english_sentences_name_the_file_and_what_is_wrong() -> None:
    assert list_error_text(_error(LISTS / "corrupt.xlsx")) == (
        'The file "corrupt.xlsx" is damaged or was not completely saved. Open it in Excel '
        "and save it again.")
    text = list_error_text(_error(LISTS / "clientes.xlsx", "Hoja1"))
    assert 'no sheet named "Hoja1"' in text and '"Clientes"' in text
    with pytest.raises(ListFileError) as error:
        find_column([SheetColumn(0, "A", "Nombre"), SheetColumn(1, "B", "Móvil")], "Celular",
                    path="x.csv", sheet="Datos")
    assert list_error_text(error.value) == (
        'The file "x.csv" has no column named "Celular". Its columns are: "Nombre", "Móvil". '
        '(Sheet "Datos".)')


def test_an_unclassified_error_keeps_the_cores_sentence() -> None:
    error = ListFileError("lista.xlsx", "is odd", row=4)
    assert error.kind is ListProblem.OTHER
    assert list_error_text(error) == str(error) == '"lista.xlsx", row 4: is odd'


@pytest.mark.parametrize(("name", "words"), [
    ("corrupt.xlsx", 'El archivo "corrupt.xlsx" está dañado'),
    ("protected.xlsx", "protegido con contraseña"),
    ("empty.csv", 'El archivo "empty.csv" está vacío (0 bytes).'),
    ("binary.csv", "no es una lista de texto"),
    ("blank-sheet.xlsx", "todas sus hojas están vacías"),
])
def test_spanish_sentences(qapp: QApplication, name: str, words: str) -> None:
    error = _error(LISTS / name)
    install_translators(qapp, "es")
    try:
        assert words in list_error_text(error)
    finally:
        install_translators(qapp, "en")


def test_hostile_files_are_explained_in_spanish(qapp: QApplication, tmp_path: Path) -> None:
    bomb = _error(expanding_workbook(tmp_path / "bomba.xlsx", cell_mib=20))
    text_file = tmp_path / "larga.csv"
    text_file.write_text("Celular,Nombre\n3001234567," + "x" * 40_000 + "\n", encoding="utf-8")
    with pytest.raises(ListFileError) as long_cell:
        list(open_list(text_file).rows())
    install_translators(qapp, "es")
    try:
        assert list_error_text(bomb).startswith('El archivo "bomba.xlsx" ocuparía 20 MB')
        assert "(fila 2, más de 32.767 caracteres)" in list_error_text(long_cell.value)
    finally:
        install_translators(qapp, "en")
