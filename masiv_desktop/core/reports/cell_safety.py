"""Neutralising text that a spreadsheet would take for a formula (CSV / formula injection).

A contact's name like `=HYPERLINK("http://evil","click")` or `+1+cmd|' /C calc'!A0` runs as a
formula when a CSV is opened in Excel or LibreOffice. OWASP's advice, followed for the CSV
(`neutralise`): a text beginning with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
leading apostrophe, so it is shown as text.

The xlsx report writes every text as a string cell, which Excel never evaluates, so a phone
written "+57 316 304 8521" or a "-5" shows as it is there, without an apostrophe. Only a text
that would run if the workbook were re-saved as CSV and opened again keeps the apostrophe
(`neutralise_formula`): one beginning with `=`, `@`, a tab or a carriage return, or a `+` /
`-` followed by a function name, a DDE call (`|`) or a sheet reference (`!`).
"""

from __future__ import annotations

import re

FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula (OWASP)."""

_STARTS = frozenset(FORMULA_STARTS)
_ALWAYS_RUN = frozenset(("=", "@", "\t", "\r"))
_RUNS_AFTER_SIGN = re.compile(r"[^\W\d_]|[|!]")
"""A letter (a function's name), a DDE pipe or a sheet reference after a leading + or -."""


def neutralise(text: str) -> str:
    """`text` made safe to open in a spreadsheet: prefixed with `'` when it could be a formula."""
    if text and text[0] in _STARTS:
        return "'" + text
    return text


def neutralise_formula(text: str) -> str:
    """`text` for an xlsx string cell: prefixed with `'` only when it would run as a formula
    once re-typed or re-saved as CSV; numbers, phones and signs stay as they are."""
    if not text:
        return text
    first = text[0]
    if first in _ALWAYS_RUN or (first in "+-" and _RUNS_AFTER_SIGN.search(text, 1)):
        return "'" + text
    return text
