"""The vocabulary of setting values: the checks (what a value may hold) and the parsers (how a
typed text becomes one) that `core/settings/options.py` puts together, one `Option` per
setting. `smpp.py` supplies the SMPP settings' checks.

A check returns the problem as text, None when the value is fine; a parser raises
`ValueError` with the problem. `Option` turns both into a `SettingsError` naming the setting.
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
from masiv_desktop.gateway.http.endpoints import require_secure

MAX_CONNECTIONS = 64
MAX_POLLING_WINDOW_HOURS = 24.0 * 31
_TRUE = frozenset({"true", "yes", "on", "1", "si", "sí"})
_FALSE = frozenset({"false", "no", "off", "0"})
_UNLIMITED = frozenset({"", "none", "unlimited", "sin limite", "sin límite"})

Check = Callable[[Any], str | None]
Parser = Callable[[str], Any]
E = TypeVar("E", bound=StrEnum)


class SettingsError(ValueError):
    """A setting with a value the program cannot use. The message names the setting (and the
    file, when the value came from one) and says what is allowed."""

    def __init__(self, setting: str, problem: str, file: Path | None = None) -> None:
        self.setting = setting
        self.problem = problem
        self.file = file
        where = f" in {file}" if file is not None else ""
        super().__init__(f"setting '{setting}'{where}: {problem}")

    def in_file(self, file: Path) -> SettingsError:
        return SettingsError(self.setting, self.problem, file)


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

def no_check(value: Any) -> str | None:
    return None


def check_url(value: str) -> str | None:
    if not value:
        return None
    try:
        require_secure(value)
    except ValueError as exc:
        return f"{exc} Example: https://api.masivapp.com"
    parts = urlsplit(value)
    if parts.username or parts.password or parts.query or parts.fragment:
        return "must not contain a user name, password or query"
    return None


def check_text(max_len: int) -> Check:
    """Plain text of at most `max_len` characters, no spaces around, no control characters."""
    def check(value: str) -> str | None:
        if len(value) > max_len:
            return f"must be at most {max_len} characters (it has {len(value)})"
        if value != value.strip() or any(ord(c) < 32 for c in value):
            return "must not start or end with spaces or hold control characters"
        return None
    return check


def check_region(value: str) -> str | None:
    if value not in phonenumbers.SUPPORTED_REGIONS:
        return f"must be a two-letter country code such as 'CO', not {value!r}"
    return None


def check_timezone(value: str) -> str | None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return f"unknown time zone {value!r}; use a name such as 'UTC' or 'America/Bogota'"
    return None


def check_connections(value: int) -> str | None:
    if not 1 <= value <= MAX_CONNECTIONS:
        return f"must be between 1 and {MAX_CONNECTIONS}, not {value}"
    return None


def check_rate(value: float | None) -> str | None:
    if value is not None and not (math.isfinite(value) and value > 0):
        return ("must be a number above 0 (messages per second) or empty for no limit, "
                f"not {value!r}")
    return None


def check_polling_window(value: float) -> str | None:
    if not (math.isfinite(value) and 0 < value <= MAX_POLLING_WINDOW_HOURS):
        return f"must be between 0 and {MAX_POLLING_WINDOW_HOURS:g} hours, not {value!r}"
    return None


def check_test_number(value: str) -> str | None:
    if value and not (value.isascii() and value.isdigit() and 8 <= len(value) <= 15):
        return ("must be a mobile number in international form, digits only, such as "
                f"573001234567, not {value!r}")
    return None


def check_contact_window(value: str) -> str | None:
    try:
        parse_window(value)
    except WindowError as exc:
        return str(exc)
    return None


def check_footer(value: str) -> str | None:
    problem = check_text(160)(value)
    if problem is None and not value:
        return "must not be empty (turn the footer off with append_opt_out_footer instead)"
    return problem


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
