"""One pass over a recipient list for the new-campaign flow: every row's verdict, and the
cells of the rows that may be sent, kept in memory for the message preview and totals.

`plan_from_file` does the same reading for the CLI and for the final plan; this module
exists so the GUI can show the validation summary, let the user choose to keep "not mobile"
or "already contacted today" rows without reading the file again, and render previews of
real recipients while the message is typed. Qt-free; run `check_list` on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from masiv_desktop.core.lists.columns import choose_phone_column
from masiv_desktop.core.lists.importer import open_list
from masiv_desktop.core.lists.types import CancelCheck, ImportCancelled, SheetColumn
from masiv_desktop.core.lists.validation import ListValidator, RowCheck, Summary
from masiv_desktop.core.usertypes import Verdict

_OPTIONAL = frozenset({Verdict.NOT_MOBILE, Verdict.CONTACTED_TODAY})
"""Verdicts the user may choose to send to (`Choices.keep_not_mobile`,
`Choices.allow_second_contact`); OK rows are always sent."""


class Candidate(NamedTuple):
    """A row that is sent by default (OK) or by the user's choice: its cells are kept."""

    row: int
    digits: str
    verdict: Verdict
    cells: tuple[str, ...]


@dataclass(frozen=True)
class CheckedList:
    """What `check_list` found; `kept()` and `refused()` apply the user's choices."""

    path: Path
    sheet: str | None
    column: SheetColumn
    headers: tuple[str, ...]
    summary: Summary
    candidates: tuple[Candidate, ...]
    always_refused: tuple[RowCheck, ...]
    """Invalid, empty, duplicate and suppressed rows, in file order."""
    optional_checks: tuple[RowCheck, ...]
    """The checks of the candidates that are not OK (not mobile, contacted today)."""
    legacy_rows: tuple[int, ...] = ()
    """Rows of a UTF-8 text list that were not UTF-8 and were read as Windows-1252."""

    def kept(self, *, keep_not_mobile: bool = False, allow_second_contact: bool = False,
             left_out: Callable[[str], bool] | None = None) -> list[Candidate]:
        """The recipients, in file order, as `plan_from_file` keeps them for these choices;
        `left_out(digits)` True drops a number (the contact window's
        `refusal.closed_numbers` when the user leaves numbers abroad out)."""
        wanted = _wanted(keep_not_mobile, allow_second_contact)
        return [c for c in self.candidates if c.verdict in wanted
                and (left_out is None or not left_out(c.digits))]

    def refused(self, *, keep_not_mobile: bool = False, allow_second_contact: bool = False,
                left_out: Callable[[str], bool] | None = None) -> list[RowCheck]:
        """Every row not sent for these choices, in file order (the numbers `left_out`
        drops as `Verdict.OUTSIDE_WINDOW`)."""
        wanted = _wanted(keep_not_mobile, allow_second_contact)
        rows = [*self.always_refused, *(c for c in self.optional_checks
                                        if c.verdict not in wanted)]
        if left_out is not None:
            index = self.column.index
            rows += [RowCheck(c.row, c.cells[index], c.digits, Verdict.OUTSIDE_WINDOW)
                     for c in self.candidates if c.verdict in wanted and left_out(c.digits)]
        rows.sort(key=lambda check: check.row)
        return rows


def _wanted(keep_not_mobile: bool, allow_second_contact: bool) -> frozenset[Verdict]:
    wanted = {Verdict.OK}
    if keep_not_mobile:
        wanted.add(Verdict.NOT_MOBILE)
    if allow_second_contact:
        wanted.add(Verdict.CONTACTED_TODAY)
    return frozenset(wanted)


def check_list(path: Path, *, sheet: str | None, column: str | None, region: str,
               suppressed: Collection[str] = frozenset(),
               contacted: Collection[str] = frozenset(),
               progress: Callable[[int], None] | None = None,
               cancel: CancelCheck | None = None) -> CheckedList:
    """Read and check every row of `path` (sheet, phone column by name or letter; None:
    guessed). Raises ListFileError naming the file/sheet/column, ImportCancelled when
    `cancel()` turns True. `progress(rows_done)` is called every few thousand rows."""
    reader = open_list(path, sheet)
    chosen = choose_phone_column(reader.columns, reader.preview, path=path, sheet=reader.sheet,
                                 wanted=column, region=region)
    if cancel is not None and cancel():
        raise ImportCancelled(f"Reading {path.name} was cancelled")
    validator = ListValidator(region, suppressed, contacted)
    candidates: list[Candidate] = []
    refused: list[RowCheck] = []
    optional: list[RowCheck] = []
    index = chosen.index
    for number, cells in reader.rows(progress=progress, cancel=cancel):
        check = validator.check(number, cells[index])
        if check.digits and (check.verdict is Verdict.OK or check.verdict in _OPTIONAL):
            candidates.append(Candidate(number, check.digits, check.verdict, cells))
            if check.verdict is not Verdict.OK:
                optional.append(check)
        else:
            refused.append(check)
    return CheckedList(path=path, sheet=reader.sheet, column=chosen,
                       headers=tuple(c.name for c in reader.columns),
                       summary=validator.summary(), candidates=tuple(candidates),
                       always_refused=tuple(refused), optional_checks=tuple(optional),
                       legacy_rows=tuple(reader.legacy_rows))
