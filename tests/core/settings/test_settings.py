"""Settings: the JSON file round trip, atomic writes, broken files kept aside, clear errors."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from masiv_desktop.core.settings.paths import AppPaths, app_paths
from masiv_desktop.core.settings.settings import (
    DEFAULTS,
    DESCRIPTIONS,
    SETTING_NAMES,
    Settings,
    SettingsError,
    UnknownSetting,
    load_settings,
    read_settings,
    save_settings,
)
from masiv_desktop.core.usertypes import PartRule


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return app_paths(tmp_path / "home").ensure()


def test_no_file_gives_the_defaults(paths: AppPaths) -> None:
    assert load_settings(paths) == Settings()
    assert not paths.settings_file.exists()


def test_round_trip_keeps_every_field(paths: AppPaths) -> None:
    custom = Settings(
        gateway_preset="custom", gateway_url="https://sms.example.com", username="acme",
        originator="ACME", region="MX", part_rule=PartRule.GSM, long_messages=False,
        gateway_timezone="America/Bogota", connections=16, rate_per_second=12.5,
        rate_counts_parts=False, polling_window_hours=24.0, language="es",
        test_number="573001234567")
    save_settings(paths, custom)
    assert load_settings(paths) == custom
    stored = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    assert stored["part_rule"] == "gsm"
    assert stored["settings_version"] == 1


def test_every_setting_is_described() -> None:
    assert set(DESCRIPTIONS) == set(SETTING_NAMES)


def test_save_replaces_atomically_and_leaves_no_temp_file(paths: AppPaths) -> None:
    save_settings(paths, Settings(connections=3))
    before = os.stat(paths.settings_file).st_ino
    save_settings(paths, Settings(connections=4))
    assert os.stat(paths.settings_file).st_ino != before, "rewritten in place, not replaced"
    assert sorted(p.name for p in paths.config.iterdir() if p.is_file()) == ["settings.json"]
    assert load_settings(paths).connections == 4


def test_failed_write_keeps_the_old_file(paths: AppPaths,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(paths, Settings(connections=3))

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        save_settings(paths, Settings(connections=9))
    monkeypatch.undo()
    assert load_settings(paths).connections == 3
    assert sorted(p.name for p in paths.config.iterdir() if p.is_file()) == ["settings.json"]


def test_unknown_keys_are_kept_on_save(paths: AppPaths, caplog: pytest.LogCaptureFixture) -> None:
    paths.settings_file.write_text(json.dumps({"connections": 5, "future_knob": [1, 2]}))
    with caplog.at_level(logging.INFO, logger="masiv_desktop"):
        settings = load_settings(paths)
    assert settings.connections == 5
    assert "future_knob" in caplog.text
    save_settings(paths, settings.with_changes(connections=6))
    stored = json.loads(paths.settings_file.read_text())
    assert stored["future_knob"] == [1, 2]
    assert stored["connections"] == 6


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b"\xff\xfe garbage", b""])
def test_broken_file_falls_back_and_is_kept_aside(paths: AppPaths, content: bytes) -> None:
    paths.settings_file.write_bytes(content)
    loaded = read_settings(paths)
    assert loaded.settings == DEFAULTS
    aside = paths.config / "settings.json.broken"
    assert loaded.kept_aside == aside
    assert aside.read_bytes() == content
    assert not paths.settings_file.exists()
    assert str(paths.settings_file) in loaded.problems[0]
    assert str(aside) in loaded.problems[0]


def test_a_second_broken_file_does_not_overwrite_the_first(paths: AppPaths) -> None:
    paths.settings_file.write_bytes(b"first {")
    read_settings(paths)
    paths.settings_file.write_bytes(b"second {")
    loaded = read_settings(paths)
    assert (paths.config / "settings.json.broken").read_bytes() == b"first {"
    assert loaded.kept_aside == paths.config / "settings.json.broken.2"
    assert loaded.kept_aside.read_bytes() == b"second {"


def test_one_bad_value_falls_back_alone_and_the_file_is_copied(paths: AppPaths) -> None:
    original = json.dumps({"connections": 500, "originator": "ACME"}).encode()
    paths.settings_file.write_bytes(original)
    loaded = read_settings(paths)
    assert loaded.settings.connections == DEFAULTS.connections
    assert loaded.settings.originator == "ACME"
    assert len(loaded.problems) == 1
    assert "'connections'" in loaded.problems[0]
    assert str(paths.settings_file) in loaded.problems[0]
    assert paths.settings_file.read_bytes() == original, "the file itself is left alone"
    assert loaded.kept_aside is not None and loaded.kept_aside.read_bytes() == original
    assert read_settings(paths).kept_aside == loaded.kept_aside, "no new copy per load"


BAD_FILE_VALUES = [
    ("gateway_preset", "moon"), ("gateway_url", "ftp://x"), ("gateway_url", "http://example.com"),
    ("username", "x" * 51), ("originator", "a very long sender name"), ("region", "ZZ"),
    ("part_rule", "septets"), ("part_rule", 3), ("long_messages", "yes"),
    ("gateway_timezone", "Mars/Olympus"), ("connections", 0), ("connections", 65),
    ("connections", 8.5), ("connections", True), ("rate_per_second", 0),
    ("rate_per_second", "fast"), ("rate_counts_parts", 1), ("polling_window_hours", -1),
    ("polling_window_hours", 10_000), ("language", "fr"), ("test_number", "call me"),
]


@pytest.mark.parametrize(("key", "value"), BAD_FILE_VALUES)
def test_each_bad_value_in_the_file_is_named(paths: AppPaths, key: str, value: object) -> None:
    paths.settings_file.write_text(json.dumps({key: value}))
    loaded = read_settings(paths)
    assert loaded.settings == DEFAULTS
    assert len(loaded.problems) == 1
    assert f"setting '{key}'" in loaded.problems[0]
    assert str(paths.settings_file) in loaded.problems[0]


BAD_TYPED_VALUES = [
    ("gateway_preset", "moon"), ("gateway_url", "not a url"), ("region", "Colombia"),
    ("part_rule", "sms"), ("long_messages", "maybe"), ("gateway_timezone", "Bogota"),
    ("connections", "many"), ("connections", "100"), ("rate_per_second", "-3"),
    ("rate_per_second", "inf"), ("polling_window_hours", "nan"), ("language", "de"),
    ("test_number", "12"), ("originator", "x" * 17), ("no_such_setting", "1"),
    ("password", "secret"),
]


@pytest.mark.parametrize(("key", "text"), BAD_TYPED_VALUES)
def test_each_bad_typed_value_names_the_setting(key: str, text: str) -> None:
    with pytest.raises(SettingsError) as caught:
        DEFAULTS.set_from_text(key, text)
    assert caught.value.setting == key
    assert f"setting '{key}'" in str(caught.value)


def test_the_password_is_refused_as_a_setting_without_echoing_it() -> None:
    with pytest.raises(UnknownSetting) as caught:
        DEFAULTS.set_from_text("password", "hunter2-secret")
    assert "hunter2-secret" not in str(caught.value)
    assert caught.value.is_password and caught.value.known == SETTING_NAMES
    with pytest.raises(UnknownSetting) as other:
        DEFAULTS.set_from_text("colour", "red")
    assert not other.value.is_password


@pytest.mark.parametrize(("key", "text", "expected"), [
    ("connections", " 16 ", 16), ("rate_per_second", "2,5", 2.5),
    ("rate_per_second", "unlimited", None), ("rate_per_second", "", None),
    ("long_messages", "no", False), ("long_messages", "Sí", True),
    ("part_rule", "GSM", PartRule.GSM), ("part_rule", "smpp_latin1", PartRule.SMPP_LATIN1),
    ("region", "mx", "MX"), ("gateway_preset", "Production", "production"),
    ("gateway_url", "http://127.0.0.1:8123/", "http://127.0.0.1:8123"),
    ("test_number", "+57 300 123-4567", "573001234567"), ("language", "ES", "es"),
    ("gateway_timezone", "America/Bogota", "America/Bogota"),
    ("polling_window_hours", "48", 48.0),
])
def test_typed_values_are_parsed(key: str, text: str, expected: object) -> None:
    assert getattr(DEFAULTS.set_from_text(key, text), key) == expected


def test_reset_and_with_changes() -> None:
    changed = DEFAULTS.with_changes(connections=20, language="en")
    assert changed.reset("connections") == DEFAULTS.with_changes(language="en")
    with pytest.raises(SettingsError):
        DEFAULTS.with_changes(colour="red")
    with pytest.raises(SettingsError):
        DEFAULTS.reset("colour")


def test_part_rule_given_as_text_becomes_the_enum() -> None:
    assert Settings(part_rule="gsm").part_rule is PartRule.GSM  # type: ignore[arg-type]


def test_an_integer_where_a_number_is_expected_is_accepted(paths: AppPaths) -> None:
    paths.settings_file.write_text(json.dumps({"rate_per_second": 10,
                                               "polling_window_hours": 24}))
    loaded = read_settings(paths)
    assert loaded.problems == ()
    assert loaded.settings.rate_per_second == 10.0
    assert loaded.settings.polling_window_hours == 24.0
