"""Verdicts per row: duplicates keep the first, suppression wins, counts add up."""

from __future__ import annotations

import random

from masiv_desktop.core.lists.phones import PhoneProblem
from masiv_desktop.core.lists.types import SourceRow
from masiv_desktop.core.lists.validation import ListValidator, validate_rows
from masiv_desktop.core.usertypes import Verdict


def test_one_verdict_per_row_in_order() -> None:
    rows = [SourceRow(n, (raw, "x")) for n, raw in [
        (2, "3001234567"), (3, "+57 300 123 4567"), (5, ""), (6, "5.73E+11"),
        (7, "601 234 5678"), (8, "3109876543"), (9, "12345"), (10, "3001234567")]]
    result = validate_rows(rows, 0, suppressed=frozenset({"573109876543"}))
    got = [(c.row, c.verdict, c.duplicate_of) for c in result.checks]
    assert got == [(2, Verdict.OK, None), (3, Verdict.DUPLICATE, 2), (5, Verdict.EMPTY, None),
                   (6, Verdict.INVALID, None), (7, Verdict.NOT_MOBILE, None),
                   (8, Verdict.SUPPRESSED, None), (9, Verdict.INVALID, None),
                   (10, Verdict.DUPLICATE, 2)]
    assert result.checks[1].digits == "573001234567"
    assert "row 2" in result.checks[1].text
    assert "suppression" in result.checks[5].text
    summary = result.summary
    assert (summary.rows, summary.ok, summary.not_mobile, summary.invalid, summary.empty,
            summary.duplicates, summary.suppressed) == (8, 1, 1, 2, 1, 2, 1)
    assert summary.invalid_by_reason == {PhoneProblem.SCIENTIFIC_NOTATION: 1,
                                         PhoneProblem.TOO_SHORT: 1}


def test_a_fixed_line_seen_twice_is_a_duplicate_too() -> None:
    validator = ListValidator()
    assert validator.check(2, "601 234 5678").verdict is Verdict.NOT_MOBILE
    assert validator.check(3, "6012345678").verdict is Verdict.DUPLICATE


def test_a_suppressed_number_stays_suppressed_when_repeated() -> None:
    validator = ListValidator(suppressed={"573001234567"})
    assert [validator.check(n, "3001234567").verdict for n in (2, 3)] == [
        Verdict.SUPPRESSED, Verdict.SUPPRESSED]


def test_summary_counts_add_up_on_a_messy_list() -> None:
    rng = random.Random(3)
    shapes = ["3001234567", "", "abc", "5.73E+11", "+57 310 {}", "601 234 5678", "300{}"]
    rows = [SourceRow(i + 2, (rng.choice(shapes).format(rng.randrange(10**7)),))
            for i in range(3000)]
    result = validate_rows(rows, 0)
    s = result.summary
    assert s.rows == 3000 == len(result.checks)
    assert s.ok + s.not_mobile + s.invalid + s.empty + s.duplicates + s.suppressed == 3000
    assert sum(s.invalid_by_reason.values()) == s.invalid
    assert s.as_dict()["rows"] == 3000
