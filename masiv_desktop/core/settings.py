"""The account's and the program's settings: one JSON file in the user config dir, Qt-free.

What the caller must know:
- `load_settings` never raises for a bad file: a file that is not readable JSON is renamed
  `settings.json.broken` and the defaults are used; a single bad value falls back to its
  default and a copy of the file is kept beside it. Both are logged; `read_settings` also
  returns the problems so the GUI and the CLI can show them.
- `save_settings` writes a temp file and `os.replace`s it: a crash leaves the old file or the
  new one, never half of one. Keys this version does not know (written by a newer version) are
  carried over untouched.
- The password is NOT a setting: it lives in the OS keyring (`core.credentials`).
- Cheap to call from the GUI thread (a few hundred bytes of JSON).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers

from masiv_desktop.core.contact_window import (
    LAW_WINDOW_TEXT,
    ContactWindow,
    WindowError,
    parse_window,
)
from masiv_desktop.core.paths import AppPaths
from masiv_desktop.core.settings_smpp import (
    DEFAULT_SMPP_PORT,
    SMPP_CHECKS,
    SMPP_DESCRIPTIONS,
    SMPP_TYPES,
    part_rule_for,
)
from masiv_desktop.core.usertypes import PartRule
from masiv_desktop.gateway.endpoints import require_secure

log = logging.getLogger(__name__)

GATEWAY_PRESETS: tuple[str, ...] = ("sandbox", "production", "fixed_ip", "test", "custom")
"""`sandbox` is the embedded local gateway; `custom` uses `gateway_url`; the others are the
documented Masiv endpoints (`gateway.masiv_http.PRESETS`)."""
LANGUAGES: tuple[str, ...] = ("", "es", "en")
MAX_CONNECTIONS = 64
MAX_POLLING_WINDOW_HOURS = 24.0 * 31
FORMAT_VERSION = 1
_VERSION_KEY = "settings_version"
_TRUE = frozenset({"true", "yes", "on", "1", "si", "sí"})
_FALSE = frozenset({"false", "no", "off", "0"})
_UNLIMITED = frozenset({"", "none", "unlimited", "sin limite", "sin límite"})
DEFAULT_OPT_OUT_FOOTER = "Responde SALIR para no recibir más mensajes"


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


@dataclass(frozen=True)
class Settings:
    """Everything the user can configure except the password. Validated on construction."""

    gateway_preset: str = "sandbox"
    gateway_url: str = ""
    username: str = ""
    originator: str = ""
    region: str = "CO"
    part_rule: PartRule = PartRule.MASIV_HTTP
    long_messages: bool = True
    gateway_timezone: str = "UTC"
    connections: int = 8
    rate_per_second: float | None = None
    rate_counts_parts: bool = True
    polling_window_hours: float = 72.0
    language: str = ""
    test_number: str = ""
    account_type: str = "http"
    """`http` or `smpp`; the SMPP settings' rules live in `core/settings_smpp.py`."""
    smpp_host: str = ""
    smpp_port: int = DEFAULT_SMPP_PORT
    smpp_system_id: str = ""
    smpp_system_type: str = ""
    smpp_window: int = 10
    smpp_tls: bool = False
    smpp_use_message_payload: bool = False
    contact_window: str = LAW_WINDOW_TEXT
    opt_out_footer: str = DEFAULT_OPT_OUT_FOOTER
    append_opt_out_footer: bool = False

    def __post_init__(self) -> None:
        if isinstance(self.part_rule, str) and not isinstance(self.part_rule, PartRule):
            object.__setattr__(self, "part_rule", _parse_part_rule("part_rule", self.part_rule))
        for spec in fields(self):
            _check_type(spec.name, getattr(self, spec.name))
            _VALIDATORS[spec.name](getattr(self, spec.name))

    def with_changes(self, **changes: Any) -> Settings:
        """A copy with these fields changed; `SettingsError` for an unknown name or bad value."""
        for name in changes:
            if name not in _FIELD_NAMES:
                raise SettingsError(name, f"no such setting; known: {', '.join(_FIELD_NAMES)}")
        return dataclasses.replace(self, **changes)

    def set_from_text(self, key: str, text: str) -> Settings:
        """A copy with one setting parsed from what a user typed (`masiv settings set`)."""
        if key not in _FIELD_NAMES:
            hint = " (use 'masiv login')" if key.lower() == "password" else ""
            raise SettingsError(key, f"no such setting{hint}; known: {', '.join(_FIELD_NAMES)}")
        return self.with_changes(**{key: _PARSERS[key](key, text)})

    def reset(self, key: str) -> Settings:
        """A copy with one setting back at its default."""
        if key not in _FIELD_NAMES:
            raise SettingsError(key, f"no such setting; known: {', '.join(_FIELD_NAMES)}")
        return self.with_changes(**{key: getattr(DEFAULTS, key)})

    def to_json(self) -> dict[str, Any]:
        """The settings as JSON values (enums as their stored strings)."""
        return {spec.name: _to_json_value(getattr(self, spec.name)) for spec in fields(self)}

    @property
    def uses_sandbox(self) -> bool:
        return self.gateway_preset == "sandbox"

    @property
    def uses_smpp(self) -> bool:
        return self.account_type == "smpp"

    @property
    def effective_part_rule(self) -> PartRule:
        """`part_rule`, or the SMPP rule for an SMPP account (`settings_smpp.part_rule_for`)."""
        return part_rule_for(self)

    @property
    def window(self) -> ContactWindow:
        """The contact window (Ley 2300) for commercial campaigns (core/contact_window.py)."""
        return parse_window(self.contact_window)


def _to_json_value(value: Any) -> Any:
    return str(value) if isinstance(value, PartRule) else value


@dataclass(frozen=True)
class SettingsLoad:
    """What `read_settings` found: the settings to use and what was wrong with the file."""

    settings: Settings
    problems: tuple[str, ...] = ()
    kept_aside: Path | None = None
    """Where the original file was kept when it had problems."""


def load_settings(paths: AppPaths) -> Settings:
    """The saved settings, or the defaults when there are none; never raises for a bad file."""
    return read_settings(paths).settings


def read_settings(paths: AppPaths) -> SettingsLoad:
    """Like `load_settings`, with the problems found (already logged) for the user to see."""
    file = paths.settings_file
    try:
        raw_bytes = file.read_bytes()
    except FileNotFoundError:
        return SettingsLoad(DEFAULTS)
    except OSError as exc:
        problem = f"cannot read {file}: {exc.strerror or exc}; using the defaults"
        log.warning("%s", problem)
        return SettingsLoad(DEFAULTS, (problem,))
    try:
        raw = json.loads(raw_bytes.decode("utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("the file does not hold a JSON object")
    except ValueError as exc:
        aside = _keep_aside(file, raw_bytes, move=True)
        problem = (f"{file} is not a valid settings file ({exc}); using the defaults. "
                   f"The old file was kept as {aside}" if aside else
                   f"{file} is not a valid settings file ({exc}); using the defaults.")
        log.warning("%s", problem)
        return SettingsLoad(DEFAULTS, (problem,), aside)
    settings, errors = _from_json(raw, file)
    if not errors:
        return SettingsLoad(settings)
    aside = _keep_aside(file, raw_bytes, move=False)
    kept = f" (the file as it was is kept as {aside})" if aside else ""
    problems = tuple(f"{error}; using the default{kept}" for error in errors)
    for problem in problems:
        log.warning("%s", problem)
    return SettingsLoad(settings, problems, aside)


def _from_json(raw: dict[str, Any], file: Path) -> tuple[Settings, list[SettingsError]]:
    values: dict[str, Any] = {}
    errors: list[SettingsError] = []
    for key, value in raw.items():
        if key == _VERSION_KEY:
            continue
        if key not in _FIELD_NAMES:
            log.info("%s: setting %r is unknown to this version; kept as it is", file, key)
            continue
        try:
            values[key] = _from_json_value(key, value)
            DEFAULTS.with_changes(**{key: values[key]})
        except SettingsError as exc:
            values.pop(key, None)
            errors.append(exc.in_file(file))
    try:
        return Settings(**values), errors
    except SettingsError as exc:
        errors.append(exc.in_file(file))
        return DEFAULTS, errors


def _from_json_value(key: str, value: Any) -> Any:
    if key == "part_rule":
        if not isinstance(value, str):
            raise SettingsError(key, f"must be one of {_choices(PartRule)}, not {value!r}")
        return _parse_part_rule(key, value)
    if _FIELD_TYPES[key] is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def save_settings(paths: AppPaths, settings: Settings) -> None:
    """Write the settings atomically, keeping keys a newer version wrote. Raises `OSError`."""
    file = paths.settings_file
    file.parent.mkdir(parents=True, exist_ok=True)
    payload: dict[str, Any] = {_VERSION_KEY: FORMAT_VERSION}
    payload.update(_unknown_keys(file))
    payload.update(settings.to_json())
    _write_atomically(file, (json.dumps(payload, indent=2, ensure_ascii=False) + "\n").encode())


def _unknown_keys(file: Path) -> dict[str, Any]:
    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    return {k: v for k, v in raw.items() if k not in _FIELD_NAMES and k != _VERSION_KEY}


def _write_atomically(file: Path, data: bytes) -> None:
    fd, temp = tempfile.mkstemp(prefix=f".{file.name}.", suffix=".tmp", dir=file.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, file)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _keep_aside(file: Path, content: bytes, *, move: bool) -> Path | None:
    """Keep a problematic file as `<name>.broken` (`.broken.2`, … when that is taken by a
    different file) so nothing the user wrote is silently lost. None if that failed."""
    for n in range(1, 1000):
        aside = file.with_name(f"{file.name}.broken" + (f".{n}" if n > 1 else ""))
        try:
            if aside.exists() and aside.read_bytes() != content:
                continue
            if not aside.exists():
                _write_atomically(aside, content)
            if move:
                file.unlink(missing_ok=True)
            return aside
        except OSError as exc:
            log.warning("could not keep %s aside as %s: %s", file, aside, exc)
            return None
    return None


# --- validation -------------------------------------------------------------------------

def _choices(values: Any) -> str:
    return ", ".join(repr(str(v)) for v in values)


def _check_type(name: str, value: Any) -> None:
    expected = _FIELD_TYPES[name]
    if name == "rate_per_second" and value is None:
        return
    ok = isinstance(value, expected) and not (expected is not bool and isinstance(value, bool))
    if expected is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    if not ok:
        kind = {str: "text", bool: "true or false", int: "a whole number",
                float: "a number", PartRule: f"one of {_choices(PartRule)}"}[expected]
        raise SettingsError(name, f"must be {kind}, not {value!r}")


def _one_of(name: str, allowed: tuple[str, ...]) -> Callable[[Any], None]:
    def check(value: Any) -> None:
        if value not in allowed:
            raise SettingsError(name, f"must be one of {_choices(allowed)}, not {value!r}")
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


_VALIDATORS: dict[str, Callable[[Any], None]] = {
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

_FIELD_TYPES: dict[str, type] = {
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


def _parse_part_rule(key: str, text: str) -> PartRule:
    word = text.strip().lower()
    for rule in PartRule:
        if word in (rule.value, rule.name.lower()):
            return rule
    raise SettingsError(key, f"must be one of {_choices(PartRule)}, not {text!r}")


def _parse_region(key: str, text: str) -> str:
    return text.strip().upper()


def _parse_number(key: str, text: str) -> str:
    cleaned = "".join(c for c in text if c not in " -().")
    return cleaned.removeprefix("+")


_PARSERS: dict[str, Callable[[str, str], Any]] = {
    "gateway_preset": lambda k, t: t.strip().lower(),
    "gateway_url": lambda k, t: t.strip().rstrip("/"),
    "username": _parse_text,
    "originator": _parse_text,
    "region": _parse_region,
    "part_rule": _parse_part_rule,
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

DESCRIPTIONS: dict[str, str] = {
    "gateway_preset": "where messages go: sandbox (built in, sends nothing real), production "
                      "(api.masivapp.com), fixed_ip (api.masiv.co), test (dev.stratec.com.co) "
                      "or custom (gateway_url)",
    "gateway_url": "the gateway's base address when gateway_preset is custom",
    "username": "the Masiv account's user name (the password is in the system keyring)",
    "originator": "the sender shown on the phones (up to 16 characters; empty: the account's)",
    "region": "country assumed for numbers written without a country code",
    "part_rule": "how messages are cut into billable parts: masiv, gsm or smpp",
    "long_messages": "allow messages longer than 160 characters (sent in several parts)",
    "gateway_timezone": "time zone the gateway reads scheduled send times in",
    "connections": f"requests sent at the same time (1-{MAX_CONNECTIONS})",
    "rate_per_second": "most messages per second (empty or 'unlimited': no limit)",
    "rate_counts_parts": "the rate counts parts rather than messages",
    "polling_window_hours": "how long delivery statuses are asked for after sending",
    "language": "language of the program: es, en, or empty to follow the system",
    "test_number": "your own mobile number, for 'send a test'",
    **SMPP_DESCRIPTIONS,
    "contact_window": "hours when commercial messages may reach people (Ley 2300), e.g. "
                      f"'{LAW_WINDOW_TEXT}'; Sundays and holidays are always closed",
    "opt_out_footer": "the line added to commercial messages so people can opt out",
    "append_opt_out_footer": "add the opt-out line to every commercial message",
}

_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Settings))
SETTING_NAMES = _FIELD_NAMES
DEFAULTS = Settings()
