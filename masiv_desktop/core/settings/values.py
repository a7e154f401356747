"""The settings' values: what each may hold (validators, raising `SettingsError`) and how
a typed text becomes one (`masiv settings set`). Split from `core/settings/settings.py`, which
re-exports the public names; `smpp.py` supplies the SMPP settings' rules.

Pure and Qt-free; the tables are keyed by setting name and must cover every `Settings` field.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers

from masiv_desktop.core.law.contact_window import WindowError, parse_window
from masiv_desktop.core.settings.smpp import SMPP_CHECKS, SMPP_TYPES
from masiv_desktop.core.usertypes import PartRule
from masiv_desktop.gateway.http.endpoints import require_secure

GATEWAY_PRESETS: tuple[str, ...] = ("sandbox", "production", "fixed_ip", "test", "custom")
"""`sandbox` is the embedded local gateway; `custom` uses `gateway_url`; the others are the
documented Masiv endpoints (`gateway.http.client.PRESETS`)."""
LANGUAGES: tuple[str, ...] = ("", "es", "en")
MAX_CONNECTIONS = 64
MAX_POLLING_WINDOW_HOURS = 24.0 * 31
_TRUE = frozenset({"true", "yes", "on", "1", "si", "sí"})
_FALSE = frozenset({"false", "no", "off", "0"})
_UNLIMITED = frozenset({"", "none", "unlimited", "sin limite", "sin límite"})


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


# --- validation -------------------------------------------------------------------------

def choices(values: Any) -> str:
    """The allowed values quoted for a message: `'a', 'b'`."""
    return ", ".join(repr(str(v)) for v in values)


def check_type(name: str, value: Any) -> None:
    """Raise `SettingsError` when `value` is not of setting `name`'s type (a bool is not a
    number; an int is a float)."""
    expected = FIELD_TYPES[name]
    if name == "rate_per_second" and value is None:
        return
    ok = isinstance(value, expected) and not (expected is not bool and isinstance(value, bool))
    if expected is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    if not ok:
        kind = {str: "text", bool: "true or false", int: "a whole number",
                float: "a number", PartRule: f"one of {choices(PartRule)}"}[expected]
        raise SettingsError(name, f"must be {kind}, not {value!r}")


def _one_of(name: str, allowed: tuple[str, ...]) -> Callable[[Any], None]:
    def check(value: Any) -> None:
        if value not in allowed:
            raise SettingsError(name, f"must be one of {choices(allowed)}, not {value!r}")
    return check


def _check_url(value: str) -> None:
    if not value:
        return
    try:
        require_secure(value)
    except ValueError as exc:
        raise SettingsError("gateway_url", f"{exc} Example: https://api.masivapp.com") from None
    parts = urlsplit(value)
    if parts.username or parts.password or parts.query or parts.fragment:
        raise SettingsError("gateway_url", "must not contain a user name, password or query")


def _check_text(name: str, max_len: int) -> Callable[[str], None]:
    def check(value: str) -> None:
        if len(value) > max_len:
            raise SettingsError(name, f"must be at most {max_len} characters "
                                f"(it has {len(value)})")
        if value != value.strip() or any(ord(c) < 32 for c in value):
            raise SettingsError(name, "must not start or end with spaces or hold control "
                                "characters")
    return check


def _check_region(value: str) -> None:
    if value not in phonenumbers.SUPPORTED_REGIONS:
        raise SettingsError("region", f"must be a two-letter country code such as 'CO', "
                            f"not {value!r}")


def _check_timezone(value: str) -> None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingsError("gateway_timezone", f"unknown time zone {value!r}; use a name such "
                            "as 'UTC' or 'America/Bogota'") from None


def _check_connections(value: int) -> None:
    if not 1 <= value <= MAX_CONNECTIONS:
        raise SettingsError("connections", f"must be between 1 and {MAX_CONNECTIONS}, "
                            f"not {value}")


def _check_rate(value: float | None) -> None:
    if value is not None and not (math.isfinite(value) and value > 0):
        raise SettingsError("rate_per_second", f"must be a number above 0 (messages per "
                            f"second) or empty for no limit, not {value!r}")


def _check_window(value: float) -> None:
    if not (math.isfinite(value) and 0 < value <= MAX_POLLING_WINDOW_HOURS):
        raise SettingsError("polling_window_hours", f"must be between 0 and "
                            f"{MAX_POLLING_WINDOW_HOURS:g} hours, not {value!r}")


def _check_test_number(value: str) -> None:
    if value and not (value.isascii() and value.isdigit() and 8 <= len(value) <= 15):
        raise SettingsError("test_number", "must be a mobile number in international form, "
                            f"digits only, such as 573001234567, not {value!r}")


def _check_contact_window(value: str) -> None:
    try:
        parse_window(value)
    except WindowError as exc:
        raise SettingsError("contact_window", str(exc)) from None


def _check_footer(value: str) -> None:
    _check_text("opt_out_footer", 160)(value)
    if not value:
        raise SettingsError("opt_out_footer", "must not be empty (turn the footer off with "
                            "append_opt_out_footer instead)")


def _ignore(value: Any) -> None:
    return None


def _smpp_check(name: str, check: Callable[[Any], str | None]) -> Callable[[Any], None]:
    def validate(value: Any) -> None:
        problem = check(value)
        if problem is not None:
            raise SettingsError(name, problem)
    return validate


VALIDATORS: dict[str, Callable[[Any], None]] = {
    "gateway_preset": _one_of("gateway_preset", GATEWAY_PRESETS),
    "gateway_url": _check_url,
    "username": _check_text("username", 50),
    "originator": _check_text("originator", 16),
    "region": _check_region,
    "part_rule": _ignore,
    "long_messages": _ignore,
    "gateway_timezone": _check_timezone,
    "connections": _check_connections,
    "rate_per_second": _check_rate,
    "rate_counts_parts": _ignore,
    "polling_window_hours": _check_window,
    "language": _one_of("language", LANGUAGES),
    "test_number": _check_test_number,
    **{name: _smpp_check(name, check) for name, check in SMPP_CHECKS.items()},
    "contact_window": _check_contact_window,
    "opt_out_footer": _check_footer,
    "append_opt_out_footer": _ignore,
}

FIELD_TYPES: dict[str, type] = {
    "gateway_preset": str, "gateway_url": str, "username": str, "originator": str,
    "region": str, "part_rule": PartRule, "long_messages": bool, "gateway_timezone": str,
    "connections": int, "rate_per_second": float, "rate_counts_parts": bool,
    "polling_window_hours": float, "language": str, "test_number": str,
    **SMPP_TYPES,
    "contact_window": str, "opt_out_footer": str, "append_opt_out_footer": bool,
}



# --- parsing what a user typed ----------------------------------------------------------

def _parse_text(key: str, text: str) -> str:
    return text.strip()


def _parse_bool(key: str, text: str) -> bool:
    word = text.strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise SettingsError(key, f"must be true or false, not {text!r}")


def _parse_int(key: str, text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise SettingsError(key, f"must be a whole number, not {text!r}") from None


def _parse_float(key: str, text: str) -> float:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        raise SettingsError(key, f"must be a number, not {text!r}") from None


def _parse_rate(key: str, text: str) -> float | None:
    if text.strip().lower() in _UNLIMITED:
        return None
    return _parse_float(key, text)


def parse_part_rule(key: str, text: str) -> PartRule:
    """A part rule by its stored value or its name, any case."""
    word = text.strip().lower()
    for rule in PartRule:
        if word in (rule.value, rule.name.lower()):
            return rule
    raise SettingsError(key, f"must be one of {choices(PartRule)}, not {text!r}")


def _parse_region(key: str, text: str) -> str:
    return text.strip().upper()


def _parse_number(key: str, text: str) -> str:
    cleaned = "".join(c for c in text if c not in " -().")
    return cleaned.removeprefix("+")


PARSERS: dict[str, Callable[[str, str], Any]] = {
    "gateway_preset": lambda k, t: t.strip().lower(),
    "gateway_url": lambda k, t: t.strip().rstrip("/"),
    "username": _parse_text,
    "originator": _parse_text,
    "region": _parse_region,
    "part_rule": parse_part_rule,
    "long_messages": _parse_bool,
    "gateway_timezone": _parse_text,
    "connections": _parse_int,
    "rate_per_second": _parse_rate,
    "rate_counts_parts": _parse_bool,
    "polling_window_hours": _parse_float,
    "language": lambda k, t: t.strip().lower(),
    "test_number": _parse_number,
    "account_type": lambda k, t: t.strip().lower(),
    "smpp_host": _parse_text,
    "smpp_port": _parse_int,
    "smpp_system_id": _parse_text,
    "smpp_system_type": _parse_text,
    "smpp_window": _parse_int,
    "smpp_tls": _parse_bool,
    "smpp_use_message_payload": _parse_bool,
    "contact_window": lambda k, t: t.strip().lower(),
    "opt_out_footer": _parse_text,
    "append_opt_out_footer": _parse_bool,
}
