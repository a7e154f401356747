"""Neutralising text that a spreadsheet would take for a formula (CSV / formula injection).

A contact's name like `=HYPERLINK("http://evil","click")` or `+1+cmd|' /C calc'!A0` runs as a
formula when a CSV is opened in Excel or LibreOffice. OWASP's advice, followed here: a text
beginning with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so it
is shown as text. The xlsx report stores every text as a string cell (never a formula) AND
applies the same prefix, because a manager who re-saves the workbook as CSV would otherwise
re-arm the formula. The cost: such texts show the apostrophe (`'-50% hoy`).
"""

from __future__ import annotations

FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula (OWASP)."""

_STARTS = frozenset(FORMULA_STARTS)


def neutralise(text: str) -> str:
    """`text` made safe to open in a spreadsheet: prefixed with `'` when it could be a formula."""
    if text and text[0] in _STARTS:
        return "'" + text
    return text
