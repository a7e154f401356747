"""Why a row of a list is not sent, as data: a code and its arguments, worded when shown.

`RowReason("duplicate", {"row": 2})` is what the store keeps for a refused row (store
migration 10: `refused_row.reason_code`, `reason_args`); the report, the CLI and the GUI
word it in their language with `describe_row` and a `Translate` (`core.words`). Codes are the
`PhoneProblem` values (with `{"kind": …}` for a number that is not a mobile) and the verdicts
that need no phone problem (duplicate, suppressed, contacted today, empty cell, left out
outside the contact window). A sentence
stored by an older version that migration 10 did not recognise is kept as `TEXT` and shown
as it is.
Qt-free; pure functions.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from enum import StrEnum
from typing import Any, NamedTuple

from masiv_desktop.core.lists.phones import KIND_WORDS_BY_CODE, PhoneProblem, explain
from masiv_desktop.core.usertypes import Verdict
from masiv_desktop.core.words import QT_TRANSLATE_NOOP, Translate, english, fill


class RowCode(StrEnum):
    """The codes that are not a `PhoneProblem`. Stored values: never rename one."""

    DUPLICATE = "duplicate"
    """args: row (the first row with the same number)."""
    SUPPRESSED = "suppressed"
    CONTACTED_TODAY = "contacted_today"
    EMPTY_CELL = "empty_cell"
    OUTSIDE_WINDOW = "outside_window"
    """Left out by the user's choice: outside the hours allowed in its country."""
    CONTACTED_ON_DAY = "contacted_on_day"
    """Another campaign's commercial message reaches the number on the row's own day;
    args: day (ISO date)."""
    SEND_TIME_EMPTY = "send_time_empty"
    """The row's send-time cell is empty; args: column, value (like the next three)."""
    SEND_TIME_UNREADABLE = "send_time_unreadable"
    SEND_TIME_NO_TIME = "send_time_no_time"
    SEND_TIME_PAST = "send_time_past"
    """args also: at (the time with the offset, the user's local time)."""
    TEXT = "text"
    """A sentence stored by an older version, shown as it is; args: text."""


class RowReason(NamedTuple):
    code: str
    """A `RowCode` or `PhoneProblem` value."""
    args: Mapping[str, Any] = {}

    def to_json(self) -> str:
        """The stored form of `args` (keys sorted)."""
        return json.dumps(dict(self.args), sort_keys=True, ensure_ascii=False)

    @classmethod
    def stored(cls, code: str, args: str) -> RowReason:
        """The reason a stored row holds; a code this version does not know (written by a
        newer one) is shown through its text, if any."""
        values = json.loads(args or "{}")
        if code in _KNOWN:
            return cls(code, values)
        return cls(RowCode.TEXT, {"text": values.get("text", code)})


_KNOWN = frozenset(RowCode) | frozenset(PhoneProblem)

_TEXTS: dict[str, str] = {
    RowCode.DUPLICATE: QT_TRANSLATE_NOOP("RowCheck",
                                         "Same number as row %1; only the first is kept."),
    RowCode.SUPPRESSED: QT_TRANSLATE_NOOP(
        "RowCheck", "On the suppression list (opt-out, RNE or complaint): it will not be sent."),
    RowCode.CONTACTED_TODAY: QT_TRANSLATE_NOOP(
        "RowCheck", "Already sent a commercial message today by another campaign (Ley 2300: "
        "one contact a day); kept only if you allow a second contact."),
    RowCode.EMPTY_CELL: QT_TRANSLATE_NOOP("RowCheck", "The phone cell is empty."),
    RowCode.CONTACTED_ON_DAY: QT_TRANSLATE_NOOP(
        "RowCheck", "Another campaign's commercial message reaches this number on %1, the day "
        "of this row's send time (Ley 2300: one contact a day); kept only if you allow a "
        "second contact."),
    RowCode.SEND_TIME_EMPTY: QT_TRANSLATE_NOOP(
        "RowCheck", "The send time in column %1 is empty: this row has no time to be sent."),
    RowCode.SEND_TIME_UNREADABLE: QT_TRANSLATE_NOOP(
        "RowCheck", "The send time in column %1 (\"%2\") is not a date and time such as "
        "2026-12-09 10:00 or 09/12/2026 10:00."),
    RowCode.SEND_TIME_NO_TIME: QT_TRANSLATE_NOOP(
        "RowCheck", "The send time in column %1 (\"%2\") has a date but no time of day."),
    RowCode.SEND_TIME_PAST: QT_TRANSLATE_NOOP(
        "RowCheck", "The send time %3 (column %1, \"%2\", with the shift) has already "
        "passed; it is not sent now."),
    RowCode.OUTSIDE_WINDOW: QT_TRANSLATE_NOOP(
        "RowCheck", "Outside the hours allowed in its country at the scheduled time (Ley 2300); "
        "left out of this campaign by your choice."),
}
_BY_VERDICT = {Verdict.DUPLICATE: RowCode.DUPLICATE, Verdict.SUPPRESSED: RowCode.SUPPRESSED,
               Verdict.CONTACTED_TODAY: RowCode.CONTACTED_TODAY,
               Verdict.EMPTY: RowCode.EMPTY_CELL, Verdict.OUTSIDE_WINDOW: RowCode.OUTSIDE_WINDOW}
_KIND_CODES = {word: code for code, word in KIND_WORDS_BY_CODE.items()}


def row_reason(verdict: Verdict, problem: PhoneProblem | None = None, *,
               duplicate_of: int | None = None, kind: str = "",
               args: Mapping[str, Any] | None = None) -> RowReason | None:
    """The reason of a row with this verdict (None for a valid mobile). `kind` is the
    English word of a NOT_MOBILE number's kind (`PhoneCheck.detail`); `args` the send-time
    problem (`Verdict.SEND_TIME`: code, column, value, at) or a contact's day."""
    if verdict is Verdict.SEND_TIME and args:
        return RowReason(str(args.get("code")),
                         {k: v for k, v in args.items() if k != "code"})
    if verdict is Verdict.CONTACTED_TODAY and args and "day" in args:
        return RowReason(RowCode.CONTACTED_ON_DAY, {"day": args["day"]})
    code = _BY_VERDICT.get(verdict)
    if code is RowCode.DUPLICATE:
        return RowReason(code, {"row": duplicate_of})
    if code is not None:
        return RowReason(code)
    if problem is None:
        return None
    if problem is PhoneProblem.NOT_MOBILE and kind:
        return RowReason(problem, {"kind": _KIND_CODES.get(kind, kind)})
    return RowReason(problem)


def describe_row(reason: RowReason, translate: Translate = english) -> str:
    """`reason` in the language of `translate` (English by default: the CLI)."""
    code, args = reason.code, reason.args
    if code == RowCode.TEXT:
        return str(args.get("text", ""))
    if code in _TEXTS:
        text = translate("RowCheck", _TEXTS[code])
        if code == RowCode.DUPLICATE:
            return fill(text, args.get("row", ""))
        if code == RowCode.CONTACTED_ON_DAY:
            return fill(text, args.get("day", ""))
        return fill(text, args.get("column", ""), args.get("value", ""), args.get("at", ""))
    kind = str(args.get("kind", ""))
    return explain(PhoneProblem(code), KIND_WORDS_BY_CODE.get(kind, kind), translate)
