"""core/settings/options.py: one declaration per setting, and the enums stored as before."""

from __future__ import annotations

import json
import typing
from enum import StrEnum
from pathlib import Path

import pytest

from masiv_desktop.core.law.contact_window import LAW_WINDOW_TEXT
from masiv_desktop.core.settings.options import OPTION, OPTIONS, SETTING_NAMES, option
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import (
    DEFAULTS,
    Settings,
    SettingsError,
    UnknownSetting,
    read_settings,
    save_settings,
)
from masiv_desktop.core.settings.smpp import DEFAULT_SMPP_PORT, MAX_SMPP_WINDOW
from masiv_desktop.core.settings.values import MAX_CONNECTIONS
from masiv_desktop.core.usertypes import AccountType, GatewayPreset, Language, PartRule


def test_the_table_and_the_dataclass_declare_the_same_settings() -> None:
    hints = typing.get_type_hints(Settings)
    assert tuple(hints) == SETTING_NAMES
    for spec in OPTIONS:
        expected = spec.type | None if spec.optional else spec.type
        assert hints[spec.name] == expected, spec.name
        assert getattr(DEFAULTS, spec.name) == spec.default, spec.name
        assert spec.description and spec.description == spec.description.strip(), spec.name


def test_every_default_passes_its_own_check() -> None:
    for spec in OPTIONS:
        assert spec.validate(spec.default) == spec.default


@pytest.mark.parametrize(("name", "kind"), [
    ("gateway_preset", GatewayPreset), ("account_type", AccountType), ("language", Language),
    ("part_rule", PartRule)])
def test_enum_settings_hold_members_and_store_their_values(name: str, kind: type[StrEnum],
                                                           tmp_path: Path) -> None:
    paths = app_paths(tmp_path)
    for member in kind:
        chosen = DEFAULTS.with_changes(**{name: member.value})
        assert getattr(chosen, name) is member
        save_settings(paths, chosen)
        stored = json.loads(paths.settings_file.read_text(encoding="utf-8"))[name]
        assert stored == member.value and type(stored) is str
        assert getattr(read_settings(paths).settings, name) is member


def test_settings_files_of_earlier_versions_load_as_before(tmp_path: Path) -> None:
    paths = app_paths(tmp_path).ensure()
    paths.settings_file.write_text(json.dumps({
        "settings_version": 1, "gateway_preset": "fixed_ip", "account_type": "smpp",
        "language": "", "part_rule": "GSM", "smpp_host": "smpp.example", "knob": 1}))
    loaded = read_settings(paths)
    assert loaded.problems == ()
    s = loaded.settings
    assert (s.gateway_preset, s.account_type, s.language, s.part_rule) == (
        GatewayPreset.FIXED_IP, AccountType.SMPP, Language.SYSTEM, PartRule.GSM)


@pytest.mark.parametrize(("name", "value"), [
    ("gateway_preset", "Production"), ("gateway_preset", 1), ("account_type", "SMPP "),
    ("language", None), ("language", "spanish")])
def test_stored_enum_values_must_match_exactly(name: str, value: object,
                                               tmp_path: Path) -> None:
    paths = app_paths(tmp_path).ensure()
    paths.settings_file.write_text(json.dumps({name: value}))
    loaded = read_settings(paths)
    assert loaded.settings == DEFAULTS
    assert f"setting '{name}'" in loaded.problems[0]


def test_typed_enum_values_ignore_case_and_spaces() -> None:
    assert DEFAULTS.set_from_text("gateway_preset", " FIXED_IP ").gateway_preset \
        is GatewayPreset.FIXED_IP
    assert DEFAULTS.set_from_text("language", "EN").language is Language.ENGLISH


def test_an_unknown_name_is_an_unknown_setting() -> None:
    with pytest.raises(UnknownSetting) as caught:
        option("colour")
    assert caught.value.setting == "colour" and caught.value.known == SETTING_NAMES
    assert isinstance(caught.value, SettingsError)
    assert OPTION["connections"].from_text(" 12 ") == 12


def test_descriptions_quote_the_limits_they_name() -> None:
    """The descriptions are single literals (the GUI's catalogue needs them so): the numbers
    written out in them must follow the limits."""
    quoted = {"connections": f"(1-{MAX_CONNECTIONS})", "smpp_port": f"{DEFAULT_SMPP_PORT}",
              "smpp_window": f"(1-{MAX_SMPP_WINDOW})", "contact_window": LAW_WINDOW_TEXT}
    for name, text in quoted.items():
        assert text in OPTION[name].description, name
