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

What each value may hold and how typed text is read live in `core/settings/values.py`, what
each setting means in `core/settings/descriptions.py`; their public names are re-exported here.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import tempfile
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from masiv_desktop.core.law.contact_window import LAW_WINDOW_TEXT, ContactWindow, parse_window
from masiv_desktop.core.settings.descriptions import DESCRIPTIONS
from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.settings.smpp import DEFAULT_SMPP_PORT, part_rule_for
from masiv_desktop.core.settings.values import (
    FIELD_TYPES,
    GATEWAY_PRESETS,
    LANGUAGES,
    MAX_CONNECTIONS,
    MAX_POLLING_WINDOW_HOURS,
    PARSERS,
    VALIDATORS,
    SettingsError,
    check_type,
    choices,
    parse_part_rule,
)
from masiv_desktop.core.usertypes import PartRule

__all__ = [
    "DEFAULTS", "DEFAULT_OPT_OUT_FOOTER", "DESCRIPTIONS", "FORMAT_VERSION", "GATEWAY_PRESETS",
    "LANGUAGES", "MAX_CONNECTIONS", "MAX_POLLING_WINDOW_HOURS", "SETTING_NAMES", "Settings",
    "SettingsError", "SettingsLoad", "load_settings", "read_settings", "save_settings",
]

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
_VERSION_KEY = "settings_version"
DEFAULT_OPT_OUT_FOOTER = "Responde SALIR para no recibir más mensajes"


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
    """`http` or `smpp`; the SMPP settings' rules live in `core/settings/smpp.py`."""
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
            object.__setattr__(self, "part_rule", parse_part_rule("part_rule", self.part_rule))
        for spec in fields(self):
            check_type(spec.name, getattr(self, spec.name))
            VALIDATORS[spec.name](getattr(self, spec.name))

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
        return self.with_changes(**{key: PARSERS[key](key, text)})

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
        """`part_rule`, or the SMPP rule for an SMPP account (`smpp.part_rule_for`)."""
        return part_rule_for(self)

    @property
    def window(self) -> ContactWindow:
        """The contact window (Ley 2300) for commercial campaigns (core/law/contact_window.py)."""
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
            raise SettingsError(key, f"must be one of {choices(PartRule)}, not {value!r}")
        return parse_part_rule(key, value)
    if FIELD_TYPES[key] is float and isinstance(value, int) and not isinstance(value, bool):
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


_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Settings))
SETTING_NAMES = _FIELD_NAMES
DEFAULTS = Settings()
