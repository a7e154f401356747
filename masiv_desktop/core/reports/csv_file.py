"""The CSV export of a campaign's recipients, for other systems (a CRM, a data warehouse).

UTF-8 with a BOM (so Excel reads the accents right), one header row, `;` or `,` between
fields, quoting by the `csv` module (QUOTE_MINIMAL, CRLF line ends as RFC 4180). Times are
ISO 8601 in UTC with an explicit offset (`2024-05-01T13:45:00+00:00`): one zone for every row,
whatever the machine that reads it. Texts that could run as formulas are neutralised.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from typing import TextIO

from masiv_desktop.core.reports.data import RecipientLine
from masiv_desktop.core.reports.labels import system_locale_name
from masiv_desktop.core.reports.rows import Kind, RecipientTable, Value

DELIMITERS: tuple[str, ...] = (";", ",")

_COMMA_DECIMAL_LANGUAGES = frozenset({
    "es", "pt", "fr", "de", "it", "nl", "ru", "pl", "tr", "sv", "da", "nb", "nn", "fi", "cs",
    "sk", "hu", "ro", "el", "uk", "ca", "gl", "eu", "id", "vi", "hr", "sl", "sr", "bg", "lt",
    "lv", "et", "spanish", "portuguese", "french", "german", "italian", "dutch", "russian",
    "polish", "turkish", "swedish", "danish", "norwegian", "finnish", "czech", "catalan"})
_POINT_DECIMAL_TERRITORIES = frozenset({
    "mx", "gt", "hn", "sv", "ni", "pa", "do", "pr", "us", "ph", "ch", "li",
    "mexico", "guatemala", "honduras", "el salvador", "nicaragua", "panama",
    "dominican republic", "puerto rico", "united states", "switzerland"})


def default_delimiter(locale_name: str | None = None) -> str:
    """`;` where the locale writes decimals with a comma (Excel then splits on `;`), else `,`.

    Decided from the locale's name (`es_CO.UTF-8`, Windows' `Spanish_Colombia`) without
    calling `setlocale`, which would change the whole process and is not thread-safe.
    """
    name = (system_locale_name() if locale_name is None else locale_name).split(".")[0]
    language, _, territory = name.replace("-", "_").lower().partition("_")
    if language in _COMMA_DECIMAL_LANGUAGES and territory not in _POINT_DECIMAL_TERRITORIES:
        return ";"
    return ","


def csv_time(moment: str) -> str:
    """A store time (`2024-05-01T13:45:00.123Z`) as ISO 8601 UTC to the second, with offset."""
    return moment[:19] + "+00:00"


def write_csv(out: TextIO, table: RecipientTable, batches: Iterable[list[RecipientLine]],
              delimiter: str, tick: Callable[[int], None]) -> int:
    """Write the header and every recipient to `out` (opened with encoding "utf-8-sig",
    newline=""); `tick(n)` after each batch of n rows. Returns the number of rows."""
    writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL,
                        lineterminator="\r\n")
    writer.writerow([c.header for c in table.columns])
    times = [i for i, c in enumerate(table.columns) if c.kind is Kind.TIME]
    done = 0
    values = table.values
    for batch in batches:
        rows: list[list[Value]] = []
        for line in batch:
            cells = values(line)
            for i in times:
                moment = cells[i]
                if moment is not None:
                    cells[i] = csv_time(str(moment))
            rows.append(cells)
        writer.writerows(rows)
        done += len(batch)
        tick(len(batch))
    return done
