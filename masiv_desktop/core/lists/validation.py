"""Rows → one verdict each: valid, not a mobile, invalid, empty, duplicate, suppressed,
already contacted today.

A number is a duplicate when an earlier row has the same digits (the first one stays and
later ones point at its row). A suppressed number is refused whatever its position, so a
suppressed duplicate counts as suppressed. A number in `contacted` (sent a commercial message
today by an earlier campaign, `contact_rules.contacted_today`) is "contacted today" unless it
is suppressed; its later duplicates are duplicates. Streaming: feed rows to `ListValidator.check`
as they are read; the suppression list is one set loaded before (see
`suppression.suppressed_digits`). Not thread-safe; one validator per import.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from masiv_desktop.core.lists import phones
from masiv_desktop.core.lists.phones import PhoneProblem
from masiv_desktop.core.lists.row_reasons import RowReason, describe_row, row_reason
from masiv_desktop.core.lists.types import SourceRow
from masiv_desktop.core.usertypes import Verdict
from masiv_desktop.core.words import Translate, english


class RowCheck(NamedTuple):
    """The verdict on one row; `row` is the spreadsheet's own row number.

    A NamedTuple (immutable, and cheap to build a million of) rather than a dataclass.
    """

    row: int
    input: str
    digits: str | None
    verdict: Verdict
    reason: PhoneProblem | None = None
    duplicate_of: int | None = None
    detail: str = ""
    args: Mapping[str, Any] | None = None
    """More about the verdict where it needs it: a send-time problem's code, column and
    cell (`Verdict.SEND_TIME`), the day of a contact (`CONTACTED_TODAY` on a row's own day)."""

    @property
    def text(self) -> str:
        """Why this row is not sent, in English (`masiv check`); `explain_row` words it in
        another language."""
        return explain_row(self)

    @property
    def reason_data(self) -> RowReason | None:
        """Why this row is not sent, as the store keeps it (None for a valid mobile)."""
        return row_reason(self.verdict, self.reason, duplicate_of=self.duplicate_of,
                          kind=self.detail, args=self.args)

    @property
    def sendable(self) -> bool:
        """OK rows; NOT_MOBILE rows too if the user chooses to keep them."""
        return self.verdict in (Verdict.OK, Verdict.NOT_MOBILE)


def explain_row(check: RowCheck, translate: Translate = english) -> str:
    """Why `check`'s row is refused or warned about, in the language of `translate`; empty
    for a valid mobile."""
    reason = check.reason_data
    return "" if reason is None else describe_row(reason, translate)


@dataclass(frozen=True)
class Summary:
    rows: int
    ok: int
    not_mobile: int
    invalid: int
    empty: int
    duplicates: int
    suppressed: int
    invalid_by_reason: dict[PhoneProblem, int] = field(default_factory=dict)
    contacted_today: int = 0
    outside_window: int = 0
    """Left out because the scheduled time is outside the window in their zone."""
    send_time: int = 0
    """Refused because their own send time is empty, unreadable or past."""

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form used by `masiv check --json`."""
        return {"rows": self.rows, "ok": self.ok, "not_mobile": self.not_mobile,
                "invalid": self.invalid,
                "invalid_by_reason": {str(k): v for k, v in self.invalid_by_reason.items()},
                "empty": self.empty, "duplicates": self.duplicates,
                "suppressed": self.suppressed, "contacted_today": self.contacted_today,
                "outside_window": self.outside_window, "send_time": self.send_time}

    def without(self, left_out: Collection[RowCheck]) -> Summary:
        """The summary once `left_out` (rows counted under their own verdict) are moved to
        `outside_window`."""
        if not left_out:
            return self
        moved = Counter(check.verdict for check in left_out)
        return replace(self, ok=self.ok - moved[Verdict.OK],
                       not_mobile=self.not_mobile - moved[Verdict.NOT_MOBILE],
                       contacted_today=self.contacted_today - moved[Verdict.CONTACTED_TODAY],
                       outside_window=self.outside_window + len(left_out))

    def reclassified(self, changed: Collection[tuple[Verdict, Verdict]]) -> Summary:
        """The summary once rows counted under a first verdict (OK, not mobile, contacted
        today) are refused under a second (contacted on their own day, no send time)."""
        if not changed:
            return self
        before = Counter(old for old, _ in changed)
        after = Counter(new for _, new in changed)
        delta = {v: after[v] - before[v] for v in Verdict}
        return replace(self, ok=self.ok + delta[Verdict.OK],
                       not_mobile=self.not_mobile + delta[Verdict.NOT_MOBILE],
                       contacted_today=self.contacted_today + delta[Verdict.CONTACTED_TODAY],
                       send_time=self.send_time + delta[Verdict.SEND_TIME])


@dataclass(frozen=True)
class ValidationResult:
    checks: list[RowCheck]
    summary: Summary


class ListValidator:
    """Checks rows one at a time, remembering digits seen for duplicates."""

    def __init__(self, region: str = phones.DEFAULT_REGION,
                 suppressed: Collection[str] = frozenset(),
                 contacted: Collection[str] = frozenset()) -> None:
        self.region = region
        self._normalize = phones.checker(region)
        self._suppressed = suppressed
        self._contacted = contacted
        self._first_row: dict[str, int] = {}
        self._verdicts: Counter[Verdict] = Counter()
        self._reasons: Counter[PhoneProblem] = Counter()

    def check(self, row: int, raw: str) -> RowCheck:
        """The verdict on one cell of row `row` (rows must come in file order)."""
        phone = self._normalize(raw)
        digits = phone.digits
        if digits is None:
            result = RowCheck(row, raw, None, phone.verdict, phone.reason, None, phone.detail)
        elif digits in self._suppressed:
            result = RowCheck(row, raw, digits, Verdict.SUPPRESSED)
        elif digits in self._first_row:
            result = RowCheck(row, raw, digits, Verdict.DUPLICATE,
                              duplicate_of=self._first_row[digits])
        elif digits in self._contacted:
            self._first_row[digits] = row
            result = RowCheck(row, raw, digits, Verdict.CONTACTED_TODAY)
        else:
            self._first_row[digits] = row
            result = RowCheck(row, raw, digits, phone.verdict, phone.reason, None, phone.detail)
        self._verdicts[result.verdict] += 1
        if result.verdict is Verdict.INVALID and result.reason is not None:
            self._reasons[result.reason] += 1
        return result

    def summary(self) -> Summary:
        counts = self._verdicts
        return Summary(
            rows=sum(counts.values()), ok=counts[Verdict.OK],
            not_mobile=counts[Verdict.NOT_MOBILE], invalid=counts[Verdict.INVALID],
            empty=counts[Verdict.EMPTY], duplicates=counts[Verdict.DUPLICATE],
            suppressed=counts[Verdict.SUPPRESSED],
            invalid_by_reason=dict(self._reasons.most_common()),
            contacted_today=counts[Verdict.CONTACTED_TODAY])


def validate_rows(rows: Iterable[SourceRow], column: int, *,
                  region: str = phones.DEFAULT_REGION,
                  suppressed: Collection[str] = frozenset(),
                  contacted: Collection[str] = frozenset()) -> ValidationResult:
    """Check the cell at index `column` of every row; all verdicts in memory, in row order."""
    validator = ListValidator(region, suppressed, contacted)
    check = validator.check
    checks = [check(number, cells[column]) for number, cells in rows]
    return ValidationResult(checks, validator.summary())
