"""The suppression list: numbers never to message (opt-outs, Colombia's RNE, complaints).

Stored in the program's database (tables `suppression` and `suppression_import`, migration 1),
one entry per number in gateway digits (`573001234567`) with its source, the UTC time it was
added and a note. Adding a number already listed keeps the first entry (its source and date
are the evidence). Every import checks recipients against `suppressed_digits()`, one query.
Functions take an open connection (`core.db.connect`) and commit their own change.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from masiv_desktop.core.lists import phones
from masiv_desktop.core.lists.columns import choose_phone_column
from masiv_desktop.core.lists.importer import open_list
from masiv_desktop.core.lists.types import CancelCheck, ProgressCallback
from masiv_desktop.core.store.db import Connection
from masiv_desktop.core.usertypes import SuppressionSource

_BATCH = 5000


@dataclass(frozen=True)
class SuppressionEntry:
    digits: str
    source: SuppressionSource
    added_at: dt.datetime
    """UTC."""
    note: str = ""


@dataclass(frozen=True)
class Refused:
    """An input that is not a phone number, so it was not added."""

    row: int | None
    input: str
    reason: str


@dataclass(frozen=True)
class AddResult:
    added: int
    skipped: int
    """Already on the list (the earlier entry is kept)."""
    refused: list[Refused] = field(default_factory=list)


def add_numbers(conn: Connection, numbers: Iterable[str], source: SuppressionSource, *,
                note: str = "", region: str = phones.DEFAULT_REGION) -> AddResult:
    """Normalise and add numbers typed by the user; fixed lines are accepted too."""
    refused: list[Refused] = []
    digits = []
    for raw in numbers:
        check = phones.normalize(raw, region)
        if check.digits is None:
            refused.append(Refused(None, raw, check.text or "empty"))
        else:
            digits.append(check.digits)
    added, skipped = _insert(conn, digits, source, note)
    return AddResult(added, skipped, refused)


def add_digits(conn: Connection, digits: Iterable[str], source: SuppressionSource, *,
               note: str = "", commit: bool = True) -> tuple[int, int]:
    """Add numbers already in gateway digits (a reply's sender); returns (added, already on
    the list). `commit=False` leaves the change in the caller's transaction."""
    return _insert(conn, digits, source, note, commit=commit)


def import_file(conn: Connection, path: Path, source: SuppressionSource, *,
                sheet: str | None = None, column: str | None = None,
                region: str = phones.DEFAULT_REGION, note: str = "",
                progress: ProgressCallback | None = None,
                cancel: CancelCheck | None = None) -> AddResult:
    """Add every number of a list file (any format the importer reads) and record the import.

    Raises ListFileError for an unreadable file or a missing column; ImportCancelled leaves
    the list unchanged (one transaction).
    """
    reader = open_list(path, sheet)
    phone = choose_phone_column(reader.columns, reader.preview, path=path, sheet=reader.sheet,
                                wanted=column, region=region)
    refused: list[Refused] = []
    normalize: Callable[[str, str], phones.PhoneCheck] = phones.normalize

    def digits() -> Iterator[str]:
        for number, cells in reader.rows(progress=progress, cancel=cancel):
            check = normalize(cells[phone.index], region)
            if check.digits is not None:
                yield check.digits
            elif check.reason is not None:
                refused.append(Refused(number, cells[phone.index], check.text))

    with conn:
        added, skipped = _insert(conn, digits(), source, note or f"from {path.name}", commit=False)
        conn.execute(
            "INSERT INTO suppression_import (source, file_name, imported_at, added, skipped)"
            " VALUES (?, ?, ?, ?, ?)", (str(source), path.name, _now(), added, skipped))
    return AddResult(added, skipped, refused)


def remove_number(conn: Connection, number: str,
                  region: str = phones.DEFAULT_REGION) -> bool:
    """Take a number off the list; False when it was not on it (or is not a number)."""
    check = phones.normalize(number, region)
    candidates = {number.strip().lstrip("+")}
    if check.digits is not None:
        candidates.add(check.digits)
    with conn:
        removed = sum(conn.execute("DELETE FROM suppression WHERE digits = ?", (digits,)).rowcount
                      for digits in candidates)
    return removed > 0


def suppressed_digits(conn: Connection, *,
                      skip: Iterable[SuppressionSource] = ()) -> frozenset[str]:
    """Every suppressed number, for checking an import in memory (one query).

    `skip` leaves out some sources: a transactional campaign skips RNE, which only bars
    commercial messages (Ley 2300; docs/contact-rules.md).
    """
    skipped = [str(source) for source in skip]
    if not skipped:
        return frozenset(row[0] for row in conn.execute("SELECT digits FROM suppression"))
    marks = ", ".join("?" * len(skipped))
    return frozenset(row[0] for row in conn.execute(
        f"SELECT digits FROM suppression WHERE source NOT IN ({marks})", skipped))


def last_rne_import(conn: Connection) -> dt.datetime | None:
    """When the RNE (Registro de Números Excluidos) was last imported (UTC), or None."""
    row = conn.execute("SELECT MAX(imported_at) FROM suppression_import WHERE source = ?",
                       (str(SuppressionSource.RNE),)).fetchone()
    return None if row[0] is None else dt.datetime.fromisoformat(row[0])


def entries(conn: Connection, *, search: str = "",
            limit: int | None = None) -> Iterator[SuppressionEntry]:
    """The list in number order; `search` keeps the numbers holding its digits ("300 12"
    finds 573001234567), `limit` stops after that many."""
    where, args = _search(search)
    sql = f"SELECT digits, source, added_at, note FROM suppression{where} ORDER BY digits"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    for digits, source, added_at, note in conn.execute(sql, args):
        yield SuppressionEntry(digits, SuppressionSource(source),
                               dt.datetime.fromisoformat(added_at), note)


def count(conn: Connection, *, search: str = "") -> int:
    """How many numbers are on the list (holding `search`'s digits, when given)."""
    where, args = _search(search)
    return int(conn.execute(f"SELECT count(*) FROM suppression{where}", args).fetchone()[0])


def _search(text: str) -> tuple[str, tuple[str, ...]]:
    digits = "".join(ch for ch in text if ch.isdigit())
    return (" WHERE instr(digits, ?) > 0", (digits,)) if digits else ("", ())


def export_csv(conn: Connection, path: Path) -> int:
    """Write the list as UTF-8 CSV with BOM (Excel opens it right); returns the rows written.

    Notes starting with = + - @ tab or CR are prefixed with ' so no spreadsheet runs them.
    """
    written = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["number", "source", "added_at_utc", "note"])
        for entry in entries(conn):
            writer.writerow([entry.digits, entry.source.value,
                             entry.added_at.isoformat(timespec="seconds"), _safe(entry.note)])
            written += 1
    return written


def _insert(conn: Connection, digits: Iterable[str], source: SuppressionSource,
            note: str, *, commit: bool = True) -> tuple[int, int]:
    now = _now()
    added = total = 0
    batch: list[tuple[str, str, str, str]] = []

    def flush() -> int:
        before = conn.total_changes
        conn.executemany("INSERT OR IGNORE INTO suppression (digits, source, added_at, note)"
                         " VALUES (?, ?, ?, ?)", batch)
        batch.clear()
        return conn.total_changes - before

    for number in digits:
        total += 1
        batch.append((number, str(source), now, note))
        if len(batch) >= _BATCH:
            added += flush()
    added += flush()
    if commit:
        conn.commit()
    return added, total - added


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _safe(text: str) -> str:
    return "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text
