"""A list the program cannot read, said in the user's language.

`core.lists.types.ListFileError` carries an English sentence for the CLI and a `kind` with the
values it talks about; this module rebuilds the sentence through `tr()` from those. A kind it
does not know (`OTHER`) keeps the core's English sentence, so nothing is ever lost.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from masiv_desktop.core.lists.types import MAX_ROWS, ListFileError, ListProblem
from masiv_desktop.gui.i18n.translators import tr_fmt

translate = QCoreApplication.translate
_NAMES_SHOWN = 12


def _sentences() -> dict[ListProblem, str]:
    """%1 is the file name, %2 the sheet/column/extension/reason, %3 the names there are."""
    p = ListProblem
    return {
        p.NOT_FOUND: translate(
            "ListErrors",
            'The file "%1" does not exist (it may have been moved or deleted).'),
        p.IS_A_FOLDER: translate(
            "ListErrors",
            '"%1" is a folder, not a file.'),
        p.CANNOT_OPEN: translate(
            "ListErrors",
            'The file "%1" cannot be opened (%2). Close it in Excel if it is open, and try '
            'again.'),
        p.EMPTY_FILE: translate(
            "ListErrors",
            'The file "%1" is empty (0 bytes).'),
        p.UNKNOWN_EXTENSION: translate(
            "ListErrors",
            'The file "%1" is of a kind the program does not read (%2). Save the list as '
            '.xlsx, .xls, .ods, .csv or .txt.'),
        p.MARKUP_AS_SPREADSHEET: translate(
            "ListErrors",
            'The file "%1" is a web page or XML file with a spreadsheet name. Open it in '
            'Excel and save it as .xlsx.'),
        p.NOT_A_SPREADSHEET: translate(
            "ListErrors",
            'The file "%1" is not a valid spreadsheet: it may be damaged or another kind '
            'of file renamed. Open it in Excel and save it again.'),
        p.ZIP_NOT_SPREADSHEET: translate(
            "ListErrors",
            'The file "%1" is a ZIP archive, not a spreadsheet.'),
        p.CORRUPT: translate(
            "ListErrors",
            'The file "%1" is damaged or was not completely saved. Open it in Excel and '
            'save it again.'),
        p.CORRUPT_SHEET: translate(
            "ListErrors",
            'The sheet "%2" of "%1" cannot be read; it may be damaged. Open the file in '
            'Excel and save it again.'),
        p.PASSWORD_PROTECTED: translate(
            "ListErrors",
            'The file "%1" is protected with a password. Remove the password in Excel '
            '(File > Info > Protect Workbook) and save it again.'),
        p.BINARY_AS_TEXT: translate(
            "ListErrors",
            'The file "%1" is not a text list (it holds binary data). If it is a '
            'spreadsheet, give it its real extension (.xlsx, .xls, .ods).'),
        p.MALFORMED_TEXT: translate(
            "ListErrors",
            'The file "%1" is not a well-formed text list (row %2).'),
        p.BAD_ENCODING: translate(
            "ListErrors",
            'The file "%1" is not valid text from row %2 on. Save it again from Excel as '
            '"CSV UTF-8".'),
        p.EMPTY_SHEET: translate(
            "ListErrors",
            'The sheet "%2" of "%1" is empty.'),
        p.ALL_SHEETS_EMPTY: translate(
            "ListErrors",
            'The file "%1" has no data: every sheet is empty.'),
        p.UNKNOWN_SHEET: translate(
            "ListErrors",
            'The file "%1" has no sheet named "%2". Its sheets are: %3.'),
        p.TEXT_HAS_NO_SHEETS: translate(
            "ListErrors",
            'The file "%1" is a text file: it has no sheet "%2".'),
        p.UNKNOWN_COLUMN: translate(
            "ListErrors",
            'The file "%1" has no column named "%2". Its columns are: %3.'),
        p.NO_PHONE_COLUMN: translate(
            "ListErrors",
            'No column of "%1" looks like mobile numbers (its columns are: %3). Choose the '
            'phone column by hand.'),
        p.NO_TEXT_COLUMN: translate(
            "ListErrors",
            'No column of "%1" holds the replies\' text (its columns are: %3). Name the '
            'column with the text "Mensaje" or "Respuesta".'),
        p.EXPANDS_TOO_MUCH: translate(
            "ListErrors",
            'The file "%1" would take %2 MB once opened, far more than any list of contacts: '
            'it may be damaged. Open it in Excel and save the contacts in a new file.'),
        p.TOO_MANY_ROWS: translate(
            "ListErrors",
            'The file "%1" has more rows than a spreadsheet can hold (%2): it may be damaged. '
            'Open it in Excel and save it again.'),
        p.CELL_TOO_LONG: translate(
            "ListErrors",
            'The file "%1" has a cell longer than a spreadsheet cell can be (%2, more than '
            '32,767 characters). Correct that cell and try again.'),
    }


def list_error_text(error: ListFileError) -> str:
    """The error as one sentence in the user's language, naming the file (and the sheet,
    column or row it is about). Call it on the GUI thread, after the translators are in."""
    sentence = _sentences().get(error.kind)
    if sentence is None:
        return str(error)
    second = {
        ListProblem.CANNOT_OPEN: error.detail or "",
        ListProblem.UNKNOWN_EXTENSION: error.detail or translate("ListErrors", "no extension"),
        ListProblem.CORRUPT_SHEET: error.sheet or "",
        ListProblem.MALFORMED_TEXT: str(error.row or ""),
        ListProblem.BAD_ENCODING: str(error.row or ""),
        ListProblem.EMPTY_SHEET: error.sheet or "",
        ListProblem.UNKNOWN_SHEET: error.wanted or "",
        ListProblem.TEXT_HAS_NO_SHEETS: error.wanted or "",
        ListProblem.UNKNOWN_COLUMN: error.column or "",
        ListProblem.EXPANDS_TOO_MUCH: QLocale().toString(int(error.detail or 0)),
        ListProblem.TOO_MANY_ROWS: QLocale().toString(MAX_ROWS),
        ListProblem.CELL_TOO_LONG: _cell_place(error),
    }.get(error.kind, "")
    shown = [f'"{name}"' for name in error.names[:_NAMES_SHOWN]]
    if len(error.names) > _NAMES_SHOWN:
        shown.append("…")
    text = tr_fmt(sentence, error.path.name, second, ", ".join(shown))
    if error.sheet and error.kind in (ListProblem.UNKNOWN_COLUMN, ListProblem.NO_PHONE_COLUMN,
                                      ListProblem.NO_TEXT_COLUMN):
        text += " " + tr_fmt(translate("ListErrors", '(Sheet "%1".)'), error.sheet)
    return text


def _cell_place(error: ListFileError) -> str:
    if error.row is None:
        return translate("ListErrors", "a cell")
    if error.column:
        return tr_fmt(translate("ListErrors", "row %1, column %2"), error.row, error.column)
    return tr_fmt(translate("ListErrors", "row %1"), error.row)
