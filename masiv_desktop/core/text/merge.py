"""Merge fields: each recipient's final text from a template and the list's columns.

Syntax (docs/message-text.md): `{Nombre}` takes the cell of the column whose header matches
`Nombre` ignoring case, accents and surrounding spaces; `{Nombre|cliente}` uses `cliente`
when the cell is empty (`{Nombre|}` allows an empty cell); `{{` and `}}` write a literal
brace. Cells are used without their surrounding spaces. An unknown placeholder is a
`TemplateError` before anything is sent; an empty cell without a default is a
`MissingValuesError` naming every row concerned, never a hole in the SMS.

Rows are sequences of cells in header order (tuples from the importer): indexing a tuple
with `operator.itemgetter` is several times faster than a dict per row, which matters at
1,000,000 recipients. `rows_from_mappings` adapts dict rows.
"""

from __future__ import annotations

import contextlib
import difflib
import gc
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter

from masiv_desktop.core.text.forbidden import forbidden_characters
from masiv_desktop.core.text.measure import Counting, Measure, counting_with, measure
from masiv_desktop.core.usertypes import Encoding, PartRule

Row = Sequence[object]
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_CACHE_LIMIT = 200_000
_ROWS_SHOWN = 10


class TemplateError(ValueError):
    """The message template cannot be used; `problems` holds one sentence per problem."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class MissingValues:
    header: str
    rows: tuple[int, ...]
    """Row numbers as the user sees them (see `render_campaign`'s `row_numbers`)."""


class MissingValuesError(TemplateError):
    """Some recipients have an empty cell for a field without a default."""

    def __init__(self, missing: Sequence[MissingValues]) -> None:
        self.missing = tuple(missing)
        super().__init__([_missing_sentence(m) for m in self.missing])


def _missing_sentence(missing: MissingValues) -> str:
    rows = ", ".join(str(r) for r in missing.rows[:_ROWS_SHOWN])
    more = len(missing.rows) - _ROWS_SHOWN
    if more > 0:
        rows += f" and {more} more"
    return (f'The column "{missing.header}" is empty in row{"s" if len(missing.rows) > 1 else ""}'
            f" {rows}: fill it in, or give a default such as {{{missing.header}|cliente}}.")


def header_key(name: str) -> str:
    """How headers and placeholders are compared: no accents, no case, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


@dataclass(frozen=True)
class Field:
    placeholder: str
    """As written in the template, braces included."""
    column: int
    """Index of the matched header: the cell's index in each row."""
    header: str
    default: str | None
    """Used when the cell is empty; None means the cell is required."""


@dataclass(frozen=True)
class Template:
    """A parsed template: literal texts around the fields (`len(literals) == len(fields)+1`)."""

    source: str
    literals: tuple[str, ...]
    fields: tuple[Field, ...]

    @property
    def has_fields(self) -> bool:
        return bool(self.fields)

    def values(self, row: Row) -> list[str | None]:
        """The cells of `row` for each field, stripped, defaults applied; None when missing."""
        out: list[str | None] = []
        for field in self.fields:
            cell = row[field.column] if field.column < len(row) else None
            value = "" if cell is None else str(cell).strip()
            out.append(value if value else field.default)
        return out

    def render(self, row: Row, row_number: int = 1) -> str:
        """One recipient's text (not yet NFC); MissingValuesError if a required cell is empty."""
        values = self.values(row)
        missing = [MissingValues(f.header, (row_number,))
                   for f, v in zip(self.fields, values, strict=True) if v is None]
        if missing:
            raise MissingValuesError(missing)
        return self._join([v or "" for v in values])

    def _join(self, values: Sequence[str]) -> str:
        pieces = [self.literals[0]]
        for value, literal in zip(values, self.literals[1:], strict=True):
            pieces += (value, literal)
        return "".join(pieces)

    def format_string(self) -> str:
        """The template as a `str.format` string with positional fields, for fast rendering."""
        escaped = [lit.replace("{", "{{").replace("}", "}}") for lit in self.literals]
        return escaped[0] + "".join(f"{{{i}}}{lit}" for i, lit in enumerate(escaped[1:]))


def parse_template(template: str, headers: Sequence[str | None]) -> Template:
    """Parse `template` against the list's headers; TemplateError lists every problem.

    Unknown placeholders come with the closest header as a suggestion.
    """
    keys: dict[str, list[int]] = {}
    for index, header in enumerate(headers):
        if header is not None and header_key(str(header)):
            keys.setdefault(header_key(str(header)), []).append(index)
    literals: list[str] = []
    fields: list[Field] = []
    problems: list[str] = []
    current: list[str] = []
    position = 0
    for match in _TOKEN.finditer(template):
        current.append(template[position:match.start()])
        position = match.end()
        token = match.group()
        if token in ("{{", "}}"):
            current.append(token[0])
        elif token == "{":
            problems.append(f"The {{ at character {match.start() + 1} is never closed: "
                            "write {{ for a literal {.")
        elif token == "}":
            problems.append(f"The }} at character {match.start() + 1} closes nothing: "
                            "write }} for a literal }.")
        else:
            field = _field(token, match.group(1), headers, keys, problems)
            if field is not None:
                literals.append("".join(current))
                current = []
                fields.append(field)
    current.append(template[position:])
    literals.append("".join(current))
    problems += [f"The message holds {found.describe()}, which no SMS can carry: delete it."
                 for found in forbidden_characters(template)]
    if problems:
        raise TemplateError(problems)
    return Template(template, tuple(literals), tuple(fields))


def _field(placeholder: str, inside: str, headers: Sequence[str | None],
           keys: Mapping[str, list[int]], problems: list[str]) -> Field | None:
    name, bar, default = inside.partition("|")
    key = header_key(name)
    if not key:
        problems.append(f"{placeholder} names no column: write {{Column name}}.")
        return None
    columns = keys.get(key)
    if columns is None:
        problems.append(_unknown_sentence(placeholder, key, headers, keys))
        return None
    if len(columns) > 1:
        names = " and ".join(f'"{headers[i]}"' for i in columns)
        problems.append(f"{placeholder} matches several columns ({names}): "
                        "rename one of them in the list.")
        return None
    return Field(placeholder, columns[0], str(headers[columns[0]]).strip(),
                 default.strip() if bar else None)


def _unknown_sentence(placeholder: str, key: str, headers: Sequence[str | None],
                      keys: Mapping[str, list[int]]) -> str:
    sentence = f"{placeholder} matches no column of the list."
    close = difflib.get_close_matches(key, list(keys), n=1, cutoff=0.6)
    if close:
        sentence += f" Did you mean {{{str(headers[keys[close[0]][0]]).strip()}}}?"
    elif keys:
        shown = ", ".join(f"{{{str(headers[cols[0]]).strip()}}}"
                          for cols in list(keys.values())[:8])
        sentence += f" The columns are: {shown}."
    else:
        sentence += " The list has no column headers."
    return sentence


def rows_from_mappings(headers: Sequence[str], rows: Iterable[Mapping[str, object]]
                       ) -> Iterator[tuple[object, ...]]:
    """Adapt dict rows to the tuples `render_campaign` takes (cells in header order)."""
    for row in rows:
        yield tuple(row.get(h) for h in headers)


@dataclass(frozen=True)
class RenderResult:
    """Each recipient's final text and parts, in row order, and the campaign's totals."""

    texts: tuple[str, ...]
    """Final NFC texts, what the engine must send (empty when `keep_texts` was False)."""
    parts: tuple[int, ...]
    messages: int
    total_parts: int
    min_parts: int
    max_parts: int
    usual_parts: int
    """The most common part count (the smaller one on a tie)."""
    longer_rows: tuple[int, ...]
    """Indexes (0-based, in row order) of recipients needing more parts than `usual_parts`."""
    unicode_rows: tuple[int, ...]
    """Indexes of recipients whose text needs UCS-2 (a name with `á`, an emoji…)."""
    too_long_rows: tuple[int, ...]
    """Indexes the gateway would refuse with 1160 because long messages are off."""
    fixed_text: str | None = None
    """The one final NFC text every recipient gets when the template has no field (`{{` and
    `}}` already written as `{` and `}`), kept even when `keep_texts` is False; else None."""

    @property
    def average_parts(self) -> float:
        return self.total_parts / self.messages if self.messages else 0.0

    def histogram(self) -> dict[int, int]:
        """Part count → number of recipients."""
        return dict(sorted(Counter(self.parts).items()))


class _Totals:
    """Accumulates per-recipient figures in one pass."""

    def __init__(self, keep_texts: bool) -> None:
        self.keep_texts = keep_texts
        self.texts: list[str] = []
        self.parts: list[int] = []
        self.unicode: list[int] = []
        self.too_long: list[int] = []

    def result(self, fixed_text: str | None = None) -> RenderResult:
        parts = self.parts
        counts = Counter(parts)
        usual = min(counts, key=lambda p: (-counts[p], p)) if counts else 0
        longer = tuple(i for i, p in enumerate(parts) if p > usual) if len(counts) > 1 else ()
        return RenderResult(
            texts=tuple(self.texts), parts=tuple(parts), messages=len(parts),
            total_parts=sum(parts), min_parts=min(counts, default=0),
            max_parts=max(counts, default=0), usual_parts=usual, longer_rows=longer,
            unicode_rows=tuple(self.unicode), too_long_rows=tuple(self.too_long),
            fixed_text=fixed_text)


def render_campaign(template: Template | str, headers: Sequence[str | None],
                    rows: Iterable[Row], rule: PartRule = PartRule.MASIV_HTTP,
                    long_message: bool = True, *, row_numbers: Sequence[int] | None = None,
                    keep_texts: bool = True) -> RenderResult:
    """Render every recipient's text and count its parts; raise on any empty required cell.

    `rows` are sequences of cells in header order. `row_numbers[i]` is the number the user
    sees for row i in error messages (default i + 1; pass the spreadsheet row numbers).
    Every row is rendered before a MissingValuesError is raised, so it names all the rows.
    Pure CPU work (about a second per 1,000,000 short messages): run it off the GUI thread.
    """
    if isinstance(template, str):
        template = parse_template(template, headers)
    rule = PartRule(rule)
    totals = _Totals(keep_texts)
    if not template.has_fields:
        figures = measure(template.literals[0], rule, long_message)
        count = sum(1 for _row in rows)
        totals.parts = [figures.parts] * count
        totals.texts = [figures.text] * count if keep_texts else []
        everyone = list(range(count))
        totals.unicode = everyone if figures.encoding is Encoding.UCS2 else []
        totals.too_long = everyone if figures.exceeds_single_limit else []
        return totals.result(figures.text)
    with _collector_paused():
        missing = _render_rows(template, rows, rule, long_message, totals)
    if missing:
        raise MissingValuesError(
            [MissingValues(template.fields[f].header,
                           tuple(row_numbers[i] if row_numbers else i + 1 for i in indexes))
             for f, indexes in sorted(missing.items())])
    return totals.result()


def _render_rows(template: Template, rows: Iterable[Row], rule: PartRule, long_message: bool,
                 totals: _Totals) -> dict[int, list[int]]:
    """The hot loop; returns field index → row indexes whose required cell is empty.

    When the literal text allows it and a row's values are plain (see `counting_with`),
    the parts follow from the length alone; other texts are measured, cached by text.
    """
    fmt = template.format_string().format
    columns = [f.column for f in template.fields]
    cells: Callable[[Row], tuple[object, ...]] = (
        itemgetter(*columns) if len(columns) > 1 else (lambda row: (row[columns[0]],)))
    defaults = [f.default for f in template.fields]
    accepts, encoding, fixed_units, single, per_part, exact = (
        counting_with("".join(template.literals), rule) or _NO_SHORTCUT)
    measured = _Measurer(rule, long_message)
    missing: dict[int, list[int]] = {}
    add_text = totals.texts.append if totals.keep_texts else _ignore
    add_parts = totals.parts.append
    ucs2 = Encoding.UCS2
    strip = str.strip
    join = "".join
    for index, row in enumerate(rows):
        try:
            values = list(map(strip, cells(row)))  # type: ignore[arg-type]
        except (IndexError, TypeError):
            values = [v or "" for v in template.values(row)]
        if not all(values):
            values = _fill(values, defaults, index, missing)
        text = fmt(*values)
        if accepts(joined := join(values)):
            counted = fixed_units + len(joined)
            if counted <= single or exact:
                add_text(text)
                if counted <= single:
                    add_parts(1 if counted else 0)
                else:
                    add_parts(-(-counted // per_part))
                    if not long_message:
                        totals.too_long.append(index)
                if encoding is ucs2:
                    totals.unicode.append(index)
                continue
        figures = measured(text)
        add_text(figures.text)
        add_parts(figures.parts)
        if figures.encoding is ucs2:
            totals.unicode.append(index)
        if figures.exceeds_single_limit:
            totals.too_long.append(index)
    return missing


_NO_SHORTCUT = Counting(lambda _text: None, Encoding.UCS2, 0, 0, 1, False)


class _Measurer:
    """`measure` with a bounded cache by text."""

    def __init__(self, rule: PartRule, long_message: bool) -> None:
        self.rule = rule
        self.long_message = long_message
        self.cache: dict[str, Measure] = {}

    def __call__(self, text: str) -> Measure:
        figures = self.cache.get(text)
        if figures is None:
            if len(self.cache) >= _CACHE_LIMIT:
                self.cache.clear()
            figures = self.cache[text] = measure(text, self.rule, self.long_message)
        return figures


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector: a million small lists would trigger it
    hundreds of times over the growing result (about 15% of the time). Nothing here
    makes reference cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _ignore(_text: str) -> None:
    pass


def _fill(values: list[str], defaults: Sequence[str | None], index: int,
          missing: dict[int, list[int]]) -> list[str]:
    out = []
    for field, (value, default) in enumerate(zip(values, defaults, strict=True)):
        if not value:
            if default is None:
                missing.setdefault(field, []).append(index)
            value = default or ""
        out.append(value)
    return out
