"""Why a row is refused, as a code and its arguments, worded in the reader's language."""

from __future__ import annotations

import pytest

from masiv_desktop.core.lists.phones import KIND_WORDS_BY_CODE, PhoneProblem
from masiv_desktop.core.lists.row_reasons import RowCode, RowReason, describe_row, row_reason
from masiv_desktop.core.lists.validation import ListValidator, explain_row
from masiv_desktop.core.usertypes import Verdict
from masiv_desktop.core.words import words_for

SPANISH = words_for("es")


def test_every_refused_row_of_a_list_has_a_code_and_a_spanish_sentence() -> None:
    validator = ListValidator(suppressed={"573001112233"}, contacted={"573004445566"})
    cells = ["3163048521", "316 304 8521", "6014567890", "", "12", "5.73E+11", "3001112233",
             "3004445566", "abc"]
    checks = [validator.check(row, cell) for row, cell in enumerate(cells, 2)]
    reasons = [check.reason_data for check in checks]
    assert reasons == [
        None, RowReason(RowCode.DUPLICATE, {"row": 2}),
        RowReason(PhoneProblem.NOT_MOBILE, {"kind": "fixed_line"}),
        RowReason(RowCode.EMPTY_CELL), RowReason(PhoneProblem.TOO_SHORT),
        RowReason(PhoneProblem.SCIENTIFIC_NOTATION), RowReason(RowCode.SUPPRESSED),
        RowReason(RowCode.CONTACTED_TODAY), RowReason(PhoneProblem.LETTERS)]
    for check, reason in zip(checks[1:], reasons[1:], strict=True):
        assert reason is not None
        english, spanish = describe_row(reason), describe_row(reason, SPANISH)
        assert english == check.text and spanish == explain_row(check, SPANISH)
        assert english and spanish and spanish != english, reason


@pytest.mark.parametrize("problem", list(PhoneProblem))
def test_every_phone_problem_is_worded_in_spanish(problem: PhoneProblem) -> None:
    english = describe_row(RowReason(problem))
    assert english and describe_row(RowReason(problem), SPANISH) != english


@pytest.mark.parametrize("kind", sorted(KIND_WORDS_BY_CODE))
def test_every_kind_of_line_is_worded_in_spanish(kind: str) -> None:
    reason = RowReason(PhoneProblem.NOT_MOBILE, {"kind": kind})
    assert KIND_WORDS_BY_CODE[kind] in describe_row(reason)
    assert KIND_WORDS_BY_CODE[kind] not in describe_row(reason, SPANISH)


def test_the_stored_form_round_trips_and_an_unknown_code_shows_its_text() -> None:
    reason = row_reason(Verdict.DUPLICATE, duplicate_of=7)
    assert reason is not None
    assert RowReason.stored(reason.code, reason.to_json()) == reason
    assert RowReason.stored("from_the_future", '{"text": "Dicho por otra versión."}') == \
        RowReason(RowCode.TEXT, {"text": "Dicho por otra versión."})
    assert describe_row(RowReason(RowCode.TEXT, {"text": "Tal cual."}), SPANISH) == "Tal cual."
    assert row_reason(Verdict.OK) is None
