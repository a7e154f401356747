"""Reading text lists (csv, txt, tsv) as Excel writes them on Spanish-locale Windows.

Encoding: a byte-order mark decides (UTF-8, UTF-16 as Excel's "Unicode text" writes it,
UTF-32); otherwise a file that is valid UTF-8 throughout is UTF-8, and one with no UTF-8 letter
at all is Windows-1252, what Excel's "CSV" writes on Spanish Windows. A UTF-8 file with some
lines that are not (rows pasted from an older file) is read line by line: UTF-8 where it is,
Windows-1252 for each line that is not, and those rows are named (`MixedText.legacy_rows`),
so one bad row never turns every "José" of the file into "JosÃ©". Delimiter: the one among
`,` `;` tab `|` that splits a sample of records (parsed with quotes respected) into the same
number of fields most consistently; Excel in Spanish locales writes `;`.

Row numbers are record numbers counting the header as 1 (blank lines count), which is what
Excel shows when it opens the file; a quoted field with line breaks stays one record.
The file is read as a stream: memory stays flat whatever its size.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from masiv_desktop.core.lists.types import MAX_CELL, ListFileError, ListProblem

log = logging.getLogger(__name__)

DELIMITERS = (",", ";", "\t", "|")
_SAMPLE_BYTES = 64 * 1024
_SAMPLE_RECORDS = 200
_CHUNK = 1024 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

RawRow = tuple[int, list[str]]


@dataclass(frozen=True)
class TextFormat:
    """How a text list is written: its encoding and its field delimiter."""

    encoding: str
    delimiter: str


MIXED = "utf-8+cp1252"
"""UTF-8 with some lines in Windows-1252: decoded line by line."""


class LegacyRows(list[int]):
    """Record numbers of a mixed file that were read as Windows-1252, filled while reading."""


def detect_format(path: Path, *, prefer_tab: bool = False) -> TextFormat:
    """Encoding and delimiter of a text list; raises ListFileError for empty or binary files.

    Reads the whole file once when there is no BOM (to be sure it is UTF-8): about 20 ms per
    50 MB.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(_SAMPLE_BYTES)
    except OSError as exc:
        raise ListFileError(path, f"cannot be opened ({exc.strerror})",
                            kind=ListProblem.CANNOT_OPEN, detail=exc.strerror) from exc
    if not head:
        raise ListFileError(path, "is empty (0 bytes)", kind=ListProblem.EMPTY_FILE)
    encoding = _encoding(path, head)
    sample = _decode_sample(head, encoding)
    if _looks_binary(sample):
        raise ListFileError(path, "is not a text list (it holds binary data); if it is a "
                            "spreadsheet, give it its real extension (.xlsx, .xls, .ods)",
                            kind=ListProblem.BINARY_AS_TEXT)
    if len(head) == _SAMPLE_BYTES:
        cut = sample.rfind("\n")
        sample = sample[:cut] if cut > 0 else sample
    return TextFormat(encoding, _delimiter(sample, prefer_tab=prefer_tab))


def iter_raw_rows(path: Path, text_format: TextFormat,
                  legacy_rows: LegacyRows | None = None) -> Iterator[RawRow]:
    """Non-empty records as (record number, stripped cells with trailing empties trimmed).

    For a mixed file, the records read as Windows-1252 are appended to `legacy_rows`."""
    if text_format.encoding == MIXED:
        yield from _mixed_rows(path, text_format, LegacyRows() if legacy_rows is None
                               else legacy_rows)
        return
    errors = "replace" if text_format.encoding == "cp1252" else "strict"
    csv.field_size_limit(MAX_CELL)
    number = 0
    try:
        with path.open(encoding=text_format.encoding, errors=errors, newline="") as handle:
            reader = csv.reader(handle, delimiter=text_format.delimiter)
            for number, record in enumerate(reader, start=1):
                cells = _trimmed(record)
                if cells:
                    yield number, cells
    except csv.Error as exc:
        raise _malformed(path, number + 1, exc) from exc
    except UnicodeDecodeError as exc:
        raise ListFileError(path, f"is not valid {text_format.encoding} text; save it again as "
                            "CSV UTF-8 from Excel", row=number + 1, kind=ListProblem.BAD_ENCODING,
                            detail=text_format.encoding) from exc


def _mixed_rows(path: Path, text_format: TextFormat, legacy: LegacyRows) -> Iterator[RawRow]:
    csv.field_size_limit(MAX_CELL)
    bad_lines: list[int] = []

    def lines(handle: BinaryIO) -> Iterator[str]:
        for line_number, raw in enumerate(handle, start=1):
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                bad_lines.append(line_number)
                yield raw.decode("cp1252", errors="replace")

    number = 0
    try:
        with path.open("rb") as handle:
            reader = csv.reader(lines(handle), delimiter=text_format.delimiter)
            for number, record in enumerate(reader, start=1):
                if bad_lines:  # the reader reads no further than the record's last line
                    legacy.append(number)
                    bad_lines.clear()
                cells = _trimmed(record)
                if cells:
                    yield number, cells
    except csv.Error as exc:
        raise _malformed(path, number + 1, exc) from exc


def _malformed(path: Path, row: int, exc: csv.Error) -> ListFileError:
    if "field limit" in str(exc):
        return ListFileError(path, f"a cell holds more than {MAX_CELL:,} characters, the most "
                             "a spreadsheet cell holds", row=row,
                             kind=ListProblem.CELL_TOO_LONG, detail=str(MAX_CELL))
    return ListFileError(path, f"is not a well-formed text list ({exc})", row=row,
                         kind=ListProblem.MALFORMED_TEXT, detail=str(exc))


def _trimmed(record: list[str]) -> list[str]:
    cells = [cell.strip() for cell in record]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def estimate_rows(path: Path, text_format: TextFormat) -> int:
    """Records in the file, estimated from its size and the first 64 KB."""
    with path.open("rb") as handle:
        head = handle.read(_SAMPLE_BYTES)
    lines = head.count(b"\n") or 1
    size = path.stat().st_size
    return max(1, round(lines * size / max(len(head), 1)))


def _encoding(path: Path, head: bytes) -> str:
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    if b"\0" in head:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > len(odd) * 0.4 and even.count(0) < len(even) * 0.1:
            return "utf-16-le"
        if even.count(0) > len(even) * 0.4 and odd.count(0) < len(odd) * 0.1:
            return "utf-16-be"
        raise ListFileError(path, "is not a text list (it holds binary data); if it is a "
                            "spreadsheet, give it its real extension (.xlsx, .xls, .ods)",
                            kind=ListProblem.BINARY_AS_TEXT)
    if _is_utf8(path):
        return "utf-8"
    return MIXED if _has_utf8_letters(path) else "cp1252"


def _is_utf8(path: Path) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as handle:
        try:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def _has_utf8_letters(path: Path) -> bool:
    """Whether some line with non-ASCII bytes is valid UTF-8: then the file was written as
    UTF-8 and its other lines are the exceptions."""
    with path.open("rb") as handle:
        for raw in handle:
            if raw.isascii():
                continue
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                continue
            return True
    return False


def _decode_sample(head: bytes, encoding: str) -> str:
    decoder = codecs.getincrementaldecoder("utf-8" if encoding == MIXED else encoding)(
        errors="replace")
    return str(decoder.decode(head, final=False))


def _looks_binary(sample: str) -> bool:
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\r\n\f") or ch == "\x7f")
    return controls > max(2, len(sample) // 100) or "\ufffd" * 4 in sample


def _delimiter(sample: str, *, prefer_tab: bool) -> str:
    """The delimiter that gives the most consistent field count (> 1) over the sample."""
    order = ("\t", *[d for d in DELIMITERS if d != "\t"]) if prefer_tab else DELIMITERS
    scored = [(*_score(sample, delimiter), -rank, delimiter)
              for rank, delimiter in enumerate(order)]
    splitting = [entry for entry in scored if entry[1] > 1]
    return max(splitting)[3] if splitting else order[0]


def _score(sample: str, delimiter: str) -> tuple[float, int]:
    """(share of records with the most common field count, that field count)."""
    counts: dict[int, int] = {}
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    try:
        for index, record in enumerate(reader):
            if index >= _SAMPLE_RECORDS:
                break
            if any(cell.strip() for cell in record):
                counts[len(record)] = counts.get(len(record), 0) + 1
    except csv.Error:
        return 0.0, 0
    if not counts:
        return 0.0, 0
    fields, hits = max(counts.items(), key=lambda item: (item[1], item[0]))
    return hits / sum(counts.values()), fields
