"""Phone normalisation: every accepted shape, every refusal reason, and the fast path's
agreement with phonenumbers."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from masiv_desktop.core.lists.phones import PhoneProblem, _slow_check, checker, normalize
from masiv_desktop.core.usertypes import Verdict


@pytest.mark.parametrize("raw", [
    "3001234567", "573001234567", "+573001234567", "+57 300 123 4567", "300 123 4567",
    "300-123-4567", "300.123.4567", "(300) 123 4567", "(+57) 300-123-4567",
    "0057 300 123 4567", "00573001234567", "\u00a0300\u00a0123\u00a04567\u00a0",
    "300\u202f123\u202f4567", "3001234567.0", "573001234567,0", "+57-300-123-4567",
])
def test_colombian_mobile_shapes_give_the_gateway_digits(raw: str) -> None:
    check = normalize(raw)
    assert (check.digits, check.verdict, check.reason) == ("573001234567", Verdict.OK, None)


@pytest.mark.parametrize(("raw", "digits"), [
    ("+1 212 555 0123", "12125550123"),  # FIXED_LINE_OR_MOBILE counts as mobile
    ("+34 612 345 678", "34612345678"),
    ("0034 612 345 678", "34612345678"),
])
def test_foreign_mobiles_keep_their_country(raw: str, digits: str) -> None:
    assert normalize(raw).digits == digits
    assert normalize(raw).verdict is Verdict.OK


def test_national_numbers_follow_the_region() -> None:
    assert normalize("612 345 678", "ES").digits == "34612345678"
    assert normalize("612 345 678", "CO").verdict is Verdict.INVALID


@pytest.mark.parametrize(("raw", "kind"), [
    ("601 234 5678", "fixed line"), ("+57 604 444 5555", "fixed line"),
    ("1800 123 4567", "toll-free line"),
])
def test_valid_numbers_that_are_not_mobiles_are_warned(raw: str, kind: str) -> None:
    check = normalize(raw)
    assert check.verdict is Verdict.NOT_MOBILE
    assert check.reason is PhoneProblem.NOT_MOBILE
    assert check.digits is not None and check.digits.startswith("57")
    assert kind in check.text


@pytest.mark.parametrize(("raw", "reason"), [
    ("12345", PhoneProblem.TOO_SHORT),
    ("+57 300", PhoneProblem.TOO_SHORT),
    ("123456789012345678", PhoneProblem.TOO_LONG),
    ("300 123 4567 89", PhoneProblem.TOO_LONG),
    ("300123456a", PhoneProblem.LETTERS),
    ("Llamar en la tarde", PhoneProblem.LETTERS),
    ("300 123 4567 ext 12", PhoneProblem.LETTERS),
    ("#3001234567", PhoneProblem.LETTERS),
    ("3001234567 / 3109876543", PhoneProblem.TWO_NUMBERS),
    ("3001234567; 3109876543", PhoneProblem.TWO_NUMBERS),
    ("3001234567 y 3109876543", PhoneProblem.TWO_NUMBERS),
    ("3001234567 3109876543", PhoneProblem.TWO_NUMBERS),
    ("3001234567\n3109876543", PhoneProblem.TWO_NUMBERS),
    ("+999 123 4567", PhoneProblem.UNKNOWN_COUNTRY),
    ("5.73E+11", PhoneProblem.SCIENTIFIC_NOTATION),
    ("5,73E+11", PhoneProblem.SCIENTIFIC_NOTATION),
    ("5.73001e11", PhoneProblem.SCIENTIFIC_NOTATION),
    ("3E+09", PhoneProblem.SCIENTIFIC_NOTATION),
    ("573001000000", PhoneProblem.LOST_DIGITS),
    ("+573000000000", PhoneProblem.LOST_DIGITS),
    ("3001234.567", PhoneProblem.DECIMALS),
    ("3901234567", PhoneProblem.NOT_A_NUMBER),
])
def test_refusals_say_why(raw: str, reason: PhoneProblem) -> None:
    check = normalize(raw)
    assert (check.verdict, check.reason, check.digits) == (Verdict.INVALID, reason, None)
    assert check.text


def test_scientific_notation_reason_gives_the_fix() -> None:
    text = normalize("5.73E+11").text
    assert "Text" in text and "scientific notation" in text


@pytest.mark.parametrize("raw", ["", "   ", "\u00a0", "\t"])
def test_empty_cells(raw: str) -> None:
    assert normalize(raw).verdict is Verdict.EMPTY


def test_a_ten_digit_number_ending_in_zeros_is_not_taken_for_excel_damage() -> None:
    assert normalize("3001230000").verdict is Verdict.OK


def _random_candidates(seed: int, count: int) -> list[str]:
    """Digit strings in and around the fast path's shapes (mobiles, fixed lines, junk)."""
    rng = random.Random(seed)
    shapes = ["3##########"[:10], "57##########", "+57##########", "60#########"[:10],
              "1800#######", "9408######", "3333######", "0##########", "57#####",
              "+1##########", "##########", "###########", "############", "+##########"]
    out = []
    for _ in range(count):
        shape = rng.choice(shapes)
        out.append("".join(str(rng.randrange(10)) if ch == "#" else ch for ch in shape))
    return out


def test_fast_path_agrees_with_phonenumbers_on_many_numbers() -> None:
    for raw in _random_candidates(1, 5_000):
        assert normalize(raw) == _slow_check(raw, "CO"), raw


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"\+?(57)?3[0-9]{9}", fullmatch=True))
def test_fast_path_agrees_with_phonenumbers_property(raw: str) -> None:
    assert normalize(raw) == _slow_check(raw, "CO")


_PHONEISH = st.text(alphabet="0123456789 +-.()\u00a0", min_size=1, max_size=20)


@settings(max_examples=400, deadline=None)
@given(_PHONEISH)
def test_normalisation_is_idempotent(raw: str) -> None:
    check = normalize(raw)
    if check.digits is not None:
        again = normalize("+" + check.digits)
        assert again.digits == check.digits
        assert again.verdict == check.verdict


@settings(max_examples=400, deadline=None)
@given(_PHONEISH, st.sampled_from(["CO", "ES", "US", "MX"]))
def test_normalisation_never_invents_digits(raw: str, region: str) -> None:
    check = normalize(raw, region)
    if check.digits is None:
        return
    typed = "".join(ch for ch in raw if ch.isdigit())
    assert _is_subsequence(check.digits, typed) or any(
        check.digits.startswith(cc) and _is_subsequence(check.digits[len(cc):], typed)
        for cc in (check.digits[:1], check.digits[:2], check.digits[:3]))


def _is_subsequence(needle: str, haystack: str) -> bool:
    letters = iter(haystack)
    return all(ch in letters for ch in needle)


def test_the_bound_checker_gives_what_normalize_gives() -> None:
    check = checker("CO")
    for raw in [*_random_candidates(2, 500), "", " 5.73E+11 ", "601 234 5678", "abc"]:
        assert check(raw) == normalize(raw, "CO"), raw
