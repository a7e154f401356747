"""The vocabulary of setting values: the checks (what a value may hold) and the parsers (how a
typed text becomes one) that `core/settings/options.py` puts together, one `Option` per
setting. `smpp.py` supplies the SMPP settings' checks.

A check returns the problem as data (`value_problems.Problem`), None when the value is fine;
a parser raises `ValueError` with the problem. `Option` turns both into a `SettingsError`
naming the setting, whose `reason` a front end words in its user's language.
Pure and Qt-free.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers

from masiv_desktop.core.law.contact_window import WindowError, parse_window
from masiv_desktop.core.law.opt_out import StopWords
from masiv_desktop.core.settings.value_problems import Problem, ValueProblem
from masiv_desktop.gateway.errors import InsecureEndpointError
from masiv_desktop.gateway.http.endpoints import require_secure

MAX_CONNECTIONS = 64
MAX_POLLING_WINDOW_HOURS = 24.0 * 31
_TRUE = frozenset({"true", "yes", "on", "1", "si", "sí"})
_FALSE = frozenset({"false", "no", "off", "0"})
_UNLIMITED = frozenset({"", "none", "unlimited", "sin limite", "sin límite"})

Check = Callable[[Any], Problem | None]
Parser = Callable[[str], Any]
E = TypeVar("E", bound=StrEnum)


class SettingsError(ValueError):
    """A setting with a value the program cannot use. The message names the setting (and the
    file, when the value came from one) and says what is allowed, in English; `reason` is
    the same as data, for a front end to word (`value_problems.problem_text`)."""

    def __init__(self, setting: str, problem: str | Problem, file: Path | None = None) -> None:
        self.setting = setting
        self.reason = problem if isinstance(problem, Problem) else \
            Problem(ValueProblem.TEXT, (problem,))
        self.problem = str(problem)
        self.file = file
        where = f" in {file}" if file is not None else ""
        super().__init__(f"setting '{setting}'{where}: {self.problem}")

    def in_file(self, file: Path) -> SettingsError:
        return SettingsError(self.setting, self.reason, file)


class UnknownSetting(SettingsError):
    """A name that is no setting. `known` lists the settings; `is_password` is True when the
    user tried to set the password, which front ends send to their own way of keeping it."""

    def __init__(self, setting: str, known: tuple[str, ...]) -> None:
        self.known = known
        super().__init__(setting, f"no such setting; known: {', '.join(known)}")

    @property
    def is_password(self) -> bool:
        return self.setting.strip().lower() == "password"


def choices(values: Iterable[Any]) -> str:
    """The allowed values quoted for a message: `'a', 'b'`."""
    return ", ".join(repr(str(v)) for v in values)


# --- checks -----------------------------------------------------------------------------

def no_check(value: Any) -> Problem | None:
    return None


def check_url(value: str) -> Problem | None:
    if not value:
        return None
    try:
        require_secure(value)
    except InsecureEndpointError:
        return Problem(ValueProblem.URL_INSECURE, (value,))
    except ValueError:
        return Problem(ValueProblem.URL_NOT_HTTP)
    parts = urlsplit(value)
    if parts.username or parts.password or parts.query or parts.fragment:
        return Problem(ValueProblem.URL_EXTRAS)
    return None


def check_store_url(value: str) -> Problem | None:
    """A team store's address: postgresql://user@host[:port]/database, never a password."""
    if not value:
        return None
    if value != value.strip() or any(ord(c) < 32 for c in value):
        return Problem(ValueProblem.SPACES)
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - a port that is not a number raises here
    except ValueError:
        return Problem(ValueProblem.STORE_URL)
    if parts.scheme not in ("postgresql", "postgres") or not parts.path.strip("/"):
        return Problem(ValueProblem.STORE_URL)
    if parts.password:
        return Problem(ValueProblem.STORE_URL_PASSWORD)
    return None


def check_text(max_len: int) -> Check:
    """Plain text of at most `max_len` characters, no spaces around, no control characters."""
    def check(value: str) -> Problem | None:
        if len(value) > max_len:
            return Problem(ValueProblem.TOO_LONG, (max_len, len(value)))
        if value != value.strip() or any(ord(c) < 32 for c in value):
            return Problem(ValueProblem.SPACES)
        return None
    return check


def check_region(value: str) -> Problem | None:
    if value not in phonenumbers.SUPPORTED_REGIONS:
        return Problem(ValueProblem.REGION, (repr(value),))
    return None


def check_timezone(value: str) -> Problem | None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return Problem(ValueProblem.TIME_ZONE, (repr(value),))
    return None


def check_range(low: int, high: int) -> Check:
    """A whole number from `low` to `high`."""
    def check(value: int) -> Problem | None:
        return None if low <= value <= high else Problem(ValueProblem.RANGE, (low, high, value))
    return check


check_connections = check_range(1, MAX_CONNECTIONS)


def check_rate(value: float | None) -> Problem | None:
    if value is not None and not (math.isfinite(value) and value > 0):
        return Problem(ValueProblem.RATE, (repr(value),))
    return None


def check_polling_window(value: float) -> Problem | None:
    if not (math.isfinite(value) and 0 < value <= MAX_POLLING_WINDOW_HOURS):
        return Problem(ValueProblem.HOURS, (f"{MAX_POLLING_WINDOW_HOURS:g}", repr(value)))
    return None


def check_test_number(value: str) -> Problem | None:
    if value and not (value.isascii() and value.isdigit() and 8 <= len(value) <= 15):
        return Problem(ValueProblem.TEST_NUMBER, (repr(value),))
    return None


def check_contact_window(value: str) -> Problem | None:
    try:
        parse_window(value)
    except WindowError as exc:
        return Problem(ValueProblem.TEXT, (str(exc),))
    return None


def check_footer(value: str) -> Problem | None:
    problem = check_text(160)(value)
    if problem is None and not value:
        return Problem(ValueProblem.FOOTER_EMPTY)
    return problem


def check_opt_out_words(value: str) -> Problem | None:
    problem = check_text(500)(value)
    if problem is not None:
        return problem
    try:
        StopWords.parse(value)
    except ValueError:
        return Problem(ValueProblem.OPT_OUT_WORDS)
    return None


# --- parsing what a user typed ----------------------------------------------------------

def parse_text(text: str) -> str:
    return text.strip()


def parse_lower(text: str) -> str:
    return text.strip().lower()


def parse_url(text: str) -> str:
    return text.strip().rstrip("/")


def parse_region(text: str) -> str:
    return text.strip().upper()


def parse_number(text: str) -> str:
    """A phone number as digits: spaces, dashes, brackets, dots and a leading + dropped."""
    cleaned = "".join(c for c in text if c not in " -().")
    return cleaned.removeprefix("+")


def parse_bool(text: str) -> bool:
    word = text.strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise ValueError(f"must be true or false, not {text!r}")


def parse_int(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise ValueError(f"must be a whole number, not {text!r}") from None


def parse_float(text: str) -> float:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        raise ValueError(f"must be a number, not {text!r}") from None


def parse_rate(text: str) -> float | None:
    if text.strip().lower() in _UNLIMITED:
        return None
    return parse_float(text)


def enum_value(kind: type[E], value: str, *, by_name: bool = False) -> E:
    """The member of `kind` whose value is `value`; with `by_name`, also its name or value in
    any case (`part_rule`: "GSM", "smpp_latin1"). `ValueError` naming the allowed values."""
    if by_name:
        word = value.strip().lower()
        for member in kind:
            if word in (member.value, member.name.lower()):
                return member
    else:
        for member in kind:
            if value == member.value:
                return member
    raise ValueError(f"must be one of {choices(kind)}, not {value!r}")
