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

Each setting's type, default, parser, check and description are declared once, in
`core/settings/options.py`; the public names are re-exported here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
import tempfile
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from masiv_desktop.core.law.contact_window import ContactWindow, parse_window
from masiv_desktop.core.law.opt_out import StopWords
from masiv_desktop.core.settings.options import (
    DEFAULT_OPT_OUT_FOOTER,
    DESCRIPTIONS,
    OPTION,
    OPTIONS,
    SETTING_NAMES,
    default,
    option,
)
from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.settings.smpp import part_rule_for
from masiv_desktop.core.settings.values import (
    MAX_CONNECTIONS,
    MAX_POLLING_WINDOW_HOURS,
    SettingsError,
    UnknownSetting,
)
from masiv_desktop.core.store import db, team
from masiv_desktop.core.usertypes import AccountType, GatewayPreset, Language, PartRule

__all__ = [
    "DEFAULTS", "DEFAULT_OPT_OUT_FOOTER", "DESCRIPTIONS", "FORMAT_VERSION", "MAX_CONNECTIONS",
    "MAX_POLLING_WINDOW_HOURS", "OPTIONS", "SETTING_NAMES", "Settings", "SettingsError",
    "SettingsLoad", "UnknownSetting", "load_settings", "read_settings", "save_settings",
]

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
_VERSION_KEY = "settings_version"


@dataclass(frozen=True)
class Settings:
    """Everything the user can configure except the password. Validated on construction.

    The defaults come from `options.OPTIONS` (enum members and plain values: immutable)."""

    gateway_preset: GatewayPreset = default("gateway_preset")  # noqa: RUF009
    gateway_url: str = default("gateway_url")
    username: str = default("username")
    originator: str = default("originator")
    region: str = default("region")
    part_rule: PartRule = default("part_rule")  # noqa: RUF009
    long_messages: bool = default("long_messages")
    gateway_timezone: str = default("gateway_timezone")
    connections: int = default("connections")
    rate_per_second: float | None = default("rate_per_second")
    rate_counts_parts: bool = default("rate_counts_parts")
    polling_window_hours: float = default("polling_window_hours")
    language: Language = default("language")  # noqa: RUF009
    test_number: str = default("test_number")
    account_type: AccountType = default("account_type")  # noqa: RUF009
    """The SMPP settings' rules live in `core/settings/smpp.py`."""
    smpp_host: str = default("smpp_host")
    smpp_port: int = default("smpp_port")
    smpp_system_id: str = default("smpp_system_id")
    smpp_system_type: str = default("smpp_system_type")
    smpp_window: int = default("smpp_window")
    smpp_tls: bool = default("smpp_tls")
    smpp_use_message_payload: bool = default("smpp_use_message_payload")
    contact_window: str = default("contact_window")
    opt_out_footer: str = default("opt_out_footer")
    append_opt_out_footer: bool = default("append_opt_out_footer")
    opt_out_words: str = default("opt_out_words")
    personal_data_days: int = default("personal_data_days")
    store_url: str = default("store_url")

    def __post_init__(self) -> None:
        for spec in OPTIONS:
            value = getattr(self, spec.name)
            valid = spec.validate(value)
            if valid is not value:
                object.__setattr__(self, spec.name, valid)

    def with_changes(self, **changes: Any) -> Settings:
        """A copy with these fields changed; `SettingsError` for an unknown name or bad value
        (`UnknownSetting` for the name)."""
        for name in changes:
            option(name)
        return dataclasses.replace(self, **changes)

    def set_from_text(self, key: str, text: str) -> Settings:
        """A copy with one setting parsed from what a user typed (`masiv settings set`)."""
        return self.with_changes(**{key: option(key).from_text(text)})

    def reset(self, key: str) -> Settings:
        """A copy with one setting back at its default."""
        return self.with_changes(**{key: option(key).default})

    def to_json(self) -> dict[str, Any]:
        """The settings as JSON values (enums as their stored strings)."""
        return {spec.name: spec.to_json(getattr(self, spec.name)) for spec in OPTIONS}

    @property
    def uses_sandbox(self) -> bool:
        return self.gateway_preset == GatewayPreset.SANDBOX

    @property
    def uses_smpp(self) -> bool:
        return self.account_type == AccountType.SMPP

    @property
    def effective_part_rule(self) -> PartRule:
        """`part_rule`, or the SMPP rule for an SMPP account (`smpp.part_rule_for`)."""
        return part_rule_for(self)

    @property
    def stop_words(self) -> StopWords:
        """The words that make a reply an opt-out (core/law/opt_out.py)."""
        return StopWords.parse(self.opt_out_words)

    @property
    def receives_replies(self) -> bool:
        """Whether replies reach this program by themselves: over SMPP only (while a
        campaign's session is bound); an HTTP account's replies are imported from a file."""
        return self.uses_smpp

    @property
    def window(self) -> ContactWindow:
        """The contact window (Ley 2300) for commercial campaigns (core/law/contact_window.py)."""
        return parse_window(self.contact_window)


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


def own_settings(paths: AppPaths) -> Settings:
    """This desktop's settings file alone, never the team's rules from the store: what
    chooses the store (`store_url`) is read before any store is opened."""
    return _read_file(paths).settings


def read_settings(paths: AppPaths) -> SettingsLoad:
    """Like `load_settings`, with the problems found (already logged) for the user to see.
    On a team store the team's rules (`team.TEAM_SETTINGS`) come from the store."""
    loaded = _read_file(paths)
    if not db.team_store():
        return loaded
    try:
        conn = db.connect(paths.database)
        try:
            stored = team.team_settings(conn)
        finally:
            conn.close()
    except db.DatabaseError as exc:
        log.warning("the team's settings cannot be read now (%s); this desktop's are used", exc)
        return loaded
    values: dict[str, Any] = {}
    for name, text in stored.items():
        if name not in team.TEAM_SETTINGS:
            continue
        try:
            values[name] = OPTION[name].validate(json.loads(text))
        except (SettingsError, ValueError) as exc:
            log.warning("the team's setting %s is not valid (%s); this desktop's is used",
                        name, exc)
    if not values:
        return loaded
    return dataclasses.replace(loaded, settings=dataclasses.replace(loaded.settings, **values))


def _read_file(paths: AppPaths) -> SettingsLoad:
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
    except (ValueError, RecursionError) as exc:
        if isinstance(exc, RecursionError):
            exc = ValueError("it is nested too deeply to be settings")
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
            values[key] = OPTION[key].validate(value)
        except SettingsError as exc:
            values.pop(key, None)
            errors.append(exc.in_file(file))
    try:
        return Settings(**values), errors
    except SettingsError as exc:
        errors.append(exc.in_file(file))
        return DEFAULTS, errors


def save_settings(paths: AppPaths, settings: Settings, *, before: Settings | None = None,
                  team_rules: bool = True) -> None:
    """Write the settings atomically, keeping keys a newer version wrote. Raises `OSError`.
    On a team store the team's rules changed since `before` go there too, unless
    `team_rules` is False (a window writes them on a worker: `save_team_rules`)."""
    file = paths.settings_file
    file.parent.mkdir(parents=True, exist_ok=True)
    payload: dict[str, Any] = {_VERSION_KEY: FORMAT_VERSION}
    payload.update(_unknown_keys(file))
    payload.update(settings.to_json())
    _write_atomically(file, (json.dumps(payload, indent=2, ensure_ascii=False) + "\n").encode())
    if team_rules and db.team_store():
        save_team_rules(paths, settings, before)


def save_team_rules(paths: AppPaths, settings: Settings,
                    before: Settings | None = None) -> list[str]:
    """Put the team's rules in the team store, for every desktop; returns those written.
    Only the rules changed since `before` (what the user started from), so one another
    desktop changed meanwhile is not put back; without `before`, every rule that differs
    from the store's. `OSError` when the store cannot be written, like the file."""
    names = [name for name in team.TEAM_SETTINGS
             if before is None or getattr(settings, name) != getattr(before, name)]
    if not names:
        return []
    values = {name: json.dumps(OPTION[name].to_json(getattr(settings, name)),
                               ensure_ascii=False) for name in names}
    try:
        conn = db.connect(paths.database)
        try:
            changed = team.save_team_settings(
                conn, values, at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
        finally:
            conn.close()
    except db.DatabaseError as exc:
        raise OSError(f"the team's settings cannot be saved in the team store: {exc}") from exc
    if changed:
        log.info("the team's settings changed: %s", ", ".join(changed))
    return changed


def _unknown_keys(file: Path) -> dict[str, Any]:
    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
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
if _FIELD_NAMES != SETTING_NAMES:
    raise AssertionError("Settings' fields and options.OPTIONS must name the same settings "
                         "in the same order")
DEFAULTS = Settings()
