"""One phone cell → the digits the gateway wants (`573001234567`) and a verdict, never a guess.

`normalize()` accepts what people type and what spreadsheets store: spaces, no-break spaces,
dashes, dots, parentheses, a leading `+`, a leading `00` followed by a country code (read as
that code even where the region's own international prefix would read it otherwise: in
Colombia `0057 300…` is +57), and national numbers of the default region. It refuses, with a
reason, what would need guessing: letters, two numbers in one cell, decimals, scientific
notation (`5.73E+11`) and numbers that look rounded by it (`573001000000`).

Already-clean numbers of the default region (`3001234567`, `573001234567`, `+573001234567`)
take a fast path that replays `phonenumbers`' own type rules on the region's metadata, so
100,000 rows validate in a fraction of a second; everything else goes through `phonenumbers`.
Pure functions, safe from any thread.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from functools import cache, lru_cache
from typing import NamedTuple

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType, ValidationResult

from masiv_desktop.core.usertypes import Verdict
from masiv_desktop.core.words import QT_TRANSLATE_NOOP, Translate, english, fill

DEFAULT_REGION = "CO"


class PhoneProblem(StrEnum):
    """Why a number is refused or warned about. Stable codes; worded by `explain`."""

    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    LETTERS = "letters"
    TWO_NUMBERS = "two_numbers"
    UNKNOWN_COUNTRY = "unknown_country"
    SCIENTIFIC_NOTATION = "scientific_notation"
    LOST_DIGITS = "lost_digits"
    DECIMALS = "decimals"
    NOT_A_NUMBER = "not_a_number"
    """Right length, but no such number exists in its country (e.g. an unassigned prefix)."""
    NOT_MOBILE = "not_mobile"


_EXCEL_FIX = QT_TRANSLATE_NOOP(
    "PhoneProblem", "Format the column as Text in the original file (or re-export it from the "
    "CRM) and import again; the digits cannot be recovered from this value.")

PROBLEMS: dict[PhoneProblem, str] = {
    PhoneProblem.TOO_SHORT: QT_TRANSLATE_NOOP("PhoneProblem", "Too short to be a phone number."),
    PhoneProblem.TOO_LONG: QT_TRANSLATE_NOOP("PhoneProblem", "Too long to be a phone number."),
    PhoneProblem.LETTERS: QT_TRANSLATE_NOOP(
        "PhoneProblem", "Contains letters or symbols that are not part of a phone number."),
    PhoneProblem.TWO_NUMBERS: QT_TRANSLATE_NOOP(
        "PhoneProblem", "Holds two numbers in one cell; put each in its own row."),
    PhoneProblem.UNKNOWN_COUNTRY: QT_TRANSLATE_NOOP(
        "PhoneProblem", "Starts with a country code that does not exist."),
    PhoneProblem.SCIENTIFIC_NOTATION: QT_TRANSLATE_NOOP(
        "PhoneProblem", "Written in scientific notation (like 5.73E+11): Excel shortened the "
        "number and its last digits are lost."),
    PhoneProblem.LOST_DIGITS: QT_TRANSLATE_NOOP(
        "PhoneProblem", "Ends in a run of zeros, as Excel leaves a number after showing it in "
        "scientific notation (5.73001E+11 becomes 573001000000): its last digits are probably "
        "lost."),
    PhoneProblem.DECIMALS: QT_TRANSLATE_NOOP(
        "PhoneProblem", "Has decimals: a phone number is whole digits."),
    PhoneProblem.NOT_A_NUMBER: QT_TRANSLATE_NOOP(
        "PhoneProblem", "Not an existing phone number in its country (check the digits)."),
    PhoneProblem.NOT_MOBILE: QT_TRANSLATE_NOOP(
        "PhoneProblem", "A valid number but not a mobile: an SMS to a fixed line usually fails."),
}
"""Why a number is refused or warned about, marked for translation (`core.words`)."""

_EXCEL_PROBLEMS = frozenset({PhoneProblem.SCIENTIFIC_NOTATION, PhoneProblem.LOST_DIGITS})
_NOT_MOBILE_KIND = QT_TRANSLATE_NOOP("PhoneProblem",
                                     "Not a mobile (%1): an SMS to it usually fails.")


def explain(problem: PhoneProblem, detail: str = "", translate: Translate = english) -> str:
    """Why a number is refused, in the language of `translate` (English by default, as
    `masiv check` prints it); `detail` is the kind of a NOT_MOBILE number."""
    if problem is PhoneProblem.NOT_MOBILE and detail:
        return fill(translate("PhoneProblem", _NOT_MOBILE_KIND),
                    translate("PhoneKind", detail))
    text = translate("PhoneProblem", PROBLEMS[problem])
    if problem in _EXCEL_PROBLEMS:
        text += " " + translate("PhoneProblem", _EXCEL_FIX)
    return text


class PhoneCheck(NamedTuple):
    """The verdict on one cell. `digits` is set for OK and NOT_MOBILE only.

    A NamedTuple rather than a frozen dataclass: one is made per row, and tuples are built
    three times faster.
    """

    digits: str | None
    verdict: Verdict
    reason: PhoneProblem | None = None
    detail: str = ""
    """Extra words for `text`, e.g. which kind of number a NOT_MOBILE one is."""

    @property
    def text(self) -> str:
        """Human explanation in English (empty for OK and EMPTY)."""
        return "" if self.reason is None else explain(self.reason, self.detail)


EMPTY = PhoneCheck(None, Verdict.EMPTY)

_SEPARATORS = re.compile(r"[\s\u00a0\u2007\u202f\u200b\-\u2010-\u2015.()\[\]]+")
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d*)?\s*[eE]\s*[+-]?\d+")
_WHOLE_WITH_ZERO_FRACTION = re.compile(r"(\d+)[.,]0+")
_DECIMAL = re.compile(r"\d{5,}[.,]\d{1,4}")
_SPLITTERS = re.compile(r"[/,;|\\\n\r\t]|\s(?:y|o|or|and|ó)\s", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
_PLAIN = re.compile(r"\+?\d+")
_MIN_DIGITS_PER_NUMBER = 7
_MAX_DIGITS = 15
_SPECIAL_KINDS = (
    (PhoneNumberType.PREMIUM_RATE, "premium_rate"), (PhoneNumberType.TOLL_FREE, "toll_free"),
    (PhoneNumberType.SHARED_COST, "shared_cost"), (PhoneNumberType.VOIP, "voip"),
    (PhoneNumberType.PERSONAL_NUMBER, "personal_number"), (PhoneNumberType.PAGER, "pager"),
    (PhoneNumberType.UAN, "uan"), (PhoneNumberType.VOICEMAIL, "voicemail"),
)
_UNKNOWN_KIND = QT_TRANSLATE_NOOP("PhoneKind", "unknown kind")
_KIND_WORDS: dict[int, str] = {
    PhoneNumberType.FIXED_LINE: QT_TRANSLATE_NOOP("PhoneKind", "fixed line"),
    PhoneNumberType.TOLL_FREE: QT_TRANSLATE_NOOP("PhoneKind", "toll-free line"),
    PhoneNumberType.PREMIUM_RATE: QT_TRANSLATE_NOOP("PhoneKind", "premium-rate line"),
    PhoneNumberType.SHARED_COST: QT_TRANSLATE_NOOP("PhoneKind", "shared-cost line"),
    PhoneNumberType.VOIP: QT_TRANSLATE_NOOP("PhoneKind", "VoIP line"),
    PhoneNumberType.PERSONAL_NUMBER: QT_TRANSLATE_NOOP("PhoneKind", "personal number"),
    PhoneNumberType.PAGER: QT_TRANSLATE_NOOP("PhoneKind", "pager"),
    PhoneNumberType.UAN: QT_TRANSLATE_NOOP("PhoneKind", "company number"),
    PhoneNumberType.VOICEMAIL: QT_TRANSLATE_NOOP("PhoneKind", "voicemail"),
}

KIND_WORDS_BY_CODE: dict[str, str] = {
    "fixed_line": _KIND_WORDS[PhoneNumberType.FIXED_LINE],
    "toll_free_line": _KIND_WORDS[PhoneNumberType.TOLL_FREE],
    "premium_rate_line": _KIND_WORDS[PhoneNumberType.PREMIUM_RATE],
    "shared_cost_line": _KIND_WORDS[PhoneNumberType.SHARED_COST],
    "voip_line": _KIND_WORDS[PhoneNumberType.VOIP],
    "personal_number": _KIND_WORDS[PhoneNumberType.PERSONAL_NUMBER],
    "pager": _KIND_WORDS[PhoneNumberType.PAGER],
    "company_number": _KIND_WORDS[PhoneNumberType.UAN],
    "voicemail": _KIND_WORDS[PhoneNumberType.VOICEMAIL],
    "unknown_kind": _UNKNOWN_KIND,
}
"""A NOT_MOBILE number's kind as stored (`row_reasons`) → its English word (`PhoneKind`).
Stored codes: never rename one (store migration 10 derives them from the English words)."""


def normalize(raw: str, region: str = DEFAULT_REGION) -> PhoneCheck:
    """Check one cell's text; `region` (ISO 3166 code, e.g. "CO") reads national numbers.

    Pure and thread-safe. Never invents a digit: the result is the input's digits, possibly
    without a national prefix, with at most the country code added in front.
    """
    text = raw.strip()
    if not text:
        return EMPTY
    fast = _fast_path(region.upper()).check(text)
    if fast is not None:
        return fast
    return _slow_check(text, region.upper())


@lru_cache(maxsize=4096)
def _slow_check(text: str, region: str) -> PhoneCheck:
    refusal = _refusal(text)
    if refusal is not None:
        return refusal
    whole = _WHOLE_WITH_ZERO_FRACTION.fullmatch(text)
    if whole:
        text = whole.group(1)
    compact = _SEPARATORS.sub("", text)
    if not compact or _LETTER.search(compact):
        return _invalid(PhoneProblem.LETTERS)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    digits = compact[1:] if compact.startswith("+") else compact
    if not digits.isdecimal():
        return _invalid(PhoneProblem.LETTERS)
    if len(digits) > _MAX_DIGITS + 2:
        return _invalid(PhoneProblem.TOO_LONG)
    if _PLAIN.fullmatch(text) and _looks_rounded(digits):
        return _invalid(PhoneProblem.LOST_DIGITS)
    return _parse(compact, region)


def _refusal(text: str) -> PhoneCheck | None:
    """Shapes refused before parsing: scientific notation, decimals, two numbers."""
    if _SCIENTIFIC.fullmatch(text):
        return _invalid(PhoneProblem.SCIENTIFIC_NOTATION)
    if _DECIMAL.fullmatch(text) and not _WHOLE_WITH_ZERO_FRACTION.fullmatch(text):
        return _invalid(PhoneProblem.DECIMALS)
    parts = [p for p in _SPLITTERS.split(text) if p and p.strip()]
    if sum(1 for p in parts if _digit_count(p) >= _MIN_DIGITS_PER_NUMBER) >= 2:
        return _invalid(PhoneProblem.TWO_NUMBERS)
    if _digit_count(text) > _MAX_DIGITS and _splits_in_two(text):
        return _invalid(PhoneProblem.TWO_NUMBERS)
    return None


def _parse(compact: str, region: str) -> PhoneCheck:
    try:
        number = phonenumbers.parse(compact, region)
    except NumberParseException as exc:
        return _invalid(_PARSE_ERRORS.get(exc.error_type, PhoneProblem.NOT_A_NUMBER))
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible != ValidationResult.IS_POSSIBLE:
        return _invalid(_POSSIBLE_ERRORS.get(possible, PhoneProblem.NOT_A_NUMBER))
    if not phonenumbers.is_valid_number(number):
        return _invalid(PhoneProblem.NOT_A_NUMBER)
    digits = f"{number.country_code}{phonenumbers.national_significant_number(number)}"
    kind = phonenumbers.number_type(number)
    if kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE):
        return PhoneCheck(digits, Verdict.OK)
    return PhoneCheck(digits, Verdict.NOT_MOBILE, PhoneProblem.NOT_MOBILE,
                      _KIND_WORDS.get(kind, _UNKNOWN_KIND))


_PARSE_ERRORS = {
    NumberParseException.INVALID_COUNTRY_CODE: PhoneProblem.UNKNOWN_COUNTRY,
    NumberParseException.TOO_SHORT_AFTER_IDD: PhoneProblem.TOO_SHORT,
    NumberParseException.TOO_SHORT_NSN: PhoneProblem.TOO_SHORT,
    NumberParseException.TOO_LONG: PhoneProblem.TOO_LONG,
}
_POSSIBLE_ERRORS = {
    ValidationResult.INVALID_COUNTRY_CODE: PhoneProblem.UNKNOWN_COUNTRY,
    ValidationResult.TOO_SHORT: PhoneProblem.TOO_SHORT,
    ValidationResult.TOO_LONG: PhoneProblem.TOO_LONG,
    ValidationResult.IS_POSSIBLE_LOCAL_ONLY: PhoneProblem.TOO_SHORT,
}


def _invalid(reason: PhoneProblem) -> PhoneCheck:
    return PhoneCheck(None, Verdict.INVALID, reason)


def _digit_count(text: str) -> int:
    return sum(1 for ch in text if ch.isdigit())


def _splits_in_two(text: str) -> bool:
    """True when a space or dash divides the cell into two runs of at least 7 digits each."""
    total = _digit_count(text)
    seen = 0
    for index, ch in enumerate(text):
        if ch.isdigit():
            seen += 1
        elif (ch.isspace() or ch == "-") and index and text[index - 1].isdigit() \
                and min(seen, total - seen) >= _MIN_DIGITS_PER_NUMBER:
            return True
    return False


def _looks_rounded(digits: str) -> bool:
    """Excel's General format shows at most 6 significant digits of a 12+ digit number; once
    saved and read back, the number ends in zeros (573001234567 → 573001000000)."""
    return len(digits) >= 12 and len(digits.rstrip("0")) <= 6


class _FastPath:
    """Settles already-clean valid numbers of one region with the rules `phonenumbers` applies.

    Answers only for a valid number of the region (a mobile, fixed-line-or-mobile, or another
    kind); returns None for anything else so that the full parser finds the reason.
    tests/core/lists/test_phones.py checks that both always agree.
    """

    def __init__(self, region: str) -> None:
        self.enabled = False
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if meta is None or meta.country_code is None:
            return
        if tuple(phonenumbers.region_codes_for_country_code(meta.country_code)) != (region,):
            return
        self.cc = str(meta.country_code)
        if any(int(self.cc[:i]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE
               for i in range(1, len(self.cc))):
            return
        self.general = _desc(meta.general_desc)
        kinds = [(kind, _desc(getattr(meta, name))) for kind, name in _SPECIAL_KINDS]
        before = [desc for _, desc in kinds if desc]
        fixed, mobile = _desc(meta.fixed_line), _desc(meta.mobile)
        same = bool(meta.same_mobile_and_fixed_line_pattern)
        wanted = fixed if same else mobile
        if self.general is None or wanted is None:
            return
        # Deciding whether to strip the country code, phonenumbers looks at the pattern only.
        general = meta.general_desc.national_number_pattern  # type: ignore[union-attr]
        self.is_general = re.compile(f"(?:{general})$").match
        # phonenumbers' type rules (general, then the special kinds, then fixed line, then
        # mobile) reduced to "is a mobile or fixed-line-or-mobile": one anchored regex.
        self.is_mobile = re.compile(
            f"(?={self.general})" + "".join(f"(?!{d})" for d in before) + f"(?={wanted})").match
        self.valid_general = re.compile(self.general).match
        self.special = [(kind, re.compile(desc).match) for kind, desc in kinds if desc]
        self.fixed = re.compile(fixed).match if fixed else None
        self.same = same
        self.national_prefix = re.compile(meta.national_prefix_for_parsing or "(?!)")
        self.international_prefix = re.compile(meta.international_prefix or "(?!)")
        self.enabled = True

    def check(self, text: str) -> PhoneCheck | None:
        if not self.enabled:
            return None
        if text.isdigit() and text.isascii():
            plus, digits = False, text
        else:
            text = text.translate(_FAST_SEPARATORS)
            plus = text.startswith("+")
            digits = text[1:] if plus else text
            if not (digits.isdigit() and digits.isascii()):
                return None
        if len(digits) > _MAX_DIGITS or (len(digits) >= 12 and _looks_rounded(digits)):
            return None
        national = self._national(digits, plus)
        if national is None:
            return None
        if self.is_mobile(national):
            return PhoneCheck(self.cc + national, Verdict.OK)
        kind = self._other_kind(national)
        if kind is None:
            return None
        return PhoneCheck(self.cc + national, Verdict.NOT_MOBILE, PhoneProblem.NOT_MOBILE,
                          _KIND_WORDS[kind])

    def _other_kind(self, national: str) -> int | None:
        """The type of a valid number that is not a mobile; None when not valid."""
        if not self.valid_general(national):
            return None
        for kind, matches in self.special:
            if matches(national):
                return kind
        if self.fixed is not None and self.fixed(national) and not self.same:
            return PhoneNumberType.FIXED_LINE
        return None

    def _national(self, digits: str, plus: bool) -> str | None:
        if plus:
            national = digits[len(self.cc):] if digits.startswith(self.cc) else None
        elif self.international_prefix.match(digits) or digits.startswith("0"):
            return None
        elif digits.startswith(self.cc):
            rest = digits[len(self.cc):]
            if self.is_general(digits) or not self.is_general(rest):
                return None
            national = rest
        else:
            national = digits
        if national is None or self.national_prefix.match(national):
            return None
        return national


_FAST_SEPARATORS = str.maketrans("", "", " \u00a0\u202f-()")
"""Separators the fast path drops; dots are left to the full check (3001234.567 has decimals)."""

def _desc(desc: object) -> str | None:
    """A PhoneNumberDesc as one anchored pattern, its possible lengths included."""
    pattern = getattr(desc, "national_number_pattern", None)
    if not pattern:
        return None
    lengths = sorted(getattr(desc, "possible_length", None) or ())
    length = "(?=" + "|".join(f"\\d{{{n}}}$" for n in lengths) + ")" if lengths else ""
    return f"{length}(?:{pattern})$"


@cache
def _fast_path(region: str) -> _FastPath:
    return _FastPath(region)


def checker(region: str = DEFAULT_REGION) -> Callable[[str], PhoneCheck]:
    """`normalize` bound to one region, for checking many cells: skips per-call set-up."""
    fast = _fast_path(region.upper()).check
    upper = region.upper()

    def check(raw: str) -> PhoneCheck:
        text = raw.strip()
        if not text:
            return EMPTY
        return fast(text) or _slow_check(text, upper)
    return check


def is_known_region(region: str) -> bool:
    """True for an ISO 3166 region `phonenumbers` has numbering data for (e.g. "CO")."""
    return region.upper() in phonenumbers.SUPPORTED_REGIONS
