"""Which column holds the phone numbers, and finding a column by the name a user typed.

The phone column is suggested from its header (celular, móvil, teléfono, phone, mobile,
número, whatsapp…; case and accents ignored), and when no header says so, from its content:
the column whose sampled cells are most often valid numbers. Every other column stays
available under its header name for merge fields.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from pathlib import Path

from masiv_desktop.core.lists import phones
from masiv_desktop.core.lists.types import ListFileError, ListProblem, SheetColumn, SourceRow
from masiv_desktop.core.usertypes import Verdict

PHONE_HEADER_WORDS: tuple[str, ...] = (
    "celular", "movil", "mobile", "whatsapp", "cel", "telefono", "phone", "tel", "numero",
    "number",
)
"""In order of preference: a "Celular" column beats a "Teléfono" column."""

_CONTENT_MINIMUM = 0.5
_SAMPLE_ROWS = 200


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name: "Teléfono Móvil" → "telefono movil"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.replace("_", " ").replace(".", " ").split())


def find_column(columns: Sequence[SheetColumn], wanted: str, *, path: Path | str,
                sheet: str | None = None) -> SheetColumn:
    """The column the user named: by header (case and accents ignored) or by letter ("B").

    Raises ListFileError listing the columns there are.
    """
    key = fold(wanted)
    for column in columns:
        if fold(column.name) == key:
            return column
    for column in columns:
        if column.letter == wanted.strip().upper():
            return column
    listed = ", ".join(f'"{column.name}" ({column.letter})' for column in columns)
    raise ListFileError(path, f"has no column named \"{wanted}\"; its columns are: {listed}",
                        sheet=sheet, column=wanted, kind=ListProblem.UNKNOWN_COLUMN,
                        names=tuple(column.name for column in columns))


def suggest_phone_column(columns: Sequence[SheetColumn], sample: Sequence[SourceRow],
                         region: str = phones.DEFAULT_REGION) -> SheetColumn | None:
    """The likeliest phone column, or None when neither headers nor content point to one."""
    ratios = {column.index: _phone_ratio(sample, column.index, region) for column in columns}
    by_header = [(rank, column) for column in columns
                 if (rank := _header_rank(column.name)) is not None]
    if by_header:
        def preference(item: tuple[int, SheetColumn]) -> tuple[bool, int, float]:
            rank, column = item
            return ratios[column.index] >= _CONTENT_MINIMUM, -rank, ratios[column.index]
        return max(by_header, key=preference)[1]
    best = max(columns, key=lambda column: ratios[column.index], default=None)
    if best is not None and ratios[best.index] >= _CONTENT_MINIMUM:
        return best
    return None


def choose_phone_column(columns: Sequence[SheetColumn], sample: Sequence[SourceRow], *,
                        path: Path | str, sheet: str | None = None, wanted: str | None = None,
                        region: str = phones.DEFAULT_REGION) -> SheetColumn:
    """The column the user named, else the suggestion; ListFileError when there is none."""
    if wanted:
        return find_column(columns, wanted, path=path, sheet=sheet)
    column = suggest_phone_column(columns, sample, region)
    if column is None:
        names = ", ".join(f'"{column.name}"' for column in columns)
        raise ListFileError(path, f"has no column that looks like phone numbers (columns: "
                            f"{names}); name the column, e.g. --column Celular", sheet=sheet,
                            kind=ListProblem.NO_PHONE_COLUMN,
                            names=tuple(column.name for column in columns))
    return column


def _header_rank(name: str) -> int | None:
    words = fold(name).split()
    for rank, keyword in enumerate(PHONE_HEADER_WORDS):
        if any(word == keyword or (len(keyword) > 4 and word.startswith(keyword))
               for word in words):
            return rank
    return None


def _phone_ratio(sample: Sequence[SourceRow], index: int, region: str) -> float:
    filled = [row.cells[index] for row in sample[:_SAMPLE_ROWS] if row.cells[index]]
    if not filled:
        return 0.0
    good = sum(1 for cell in filled
               if phones.normalize(cell, region).verdict in (Verdict.OK, Verdict.NOT_MOBILE))
    return good / len(filled)
