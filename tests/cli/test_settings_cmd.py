"""`masiv settings show|set|reset`, on a real settings file in a temp program home."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from masiv_desktop.cli import main
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import DEFAULTS, SETTING_NAMES, load_settings


def _show_json(capsys: pytest.CaptureFixture[str], *prefix: str) -> dict[str, object]:
    capsys.readouterr()
    assert main([*prefix, "settings", "show", "--json"]) == 0
    shown: dict[str, object] = json.loads(capsys.readouterr().out)
    return shown


def test_show_json_lists_every_setting_and_no_password(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shown = _show_json(capsys)
    assert list(shown) == list(SETTING_NAMES)
    assert shown == DEFAULTS.to_json()
    assert "password" not in shown


def test_show_text_names_the_file_and_every_setting(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings", "show"]) == 0
    out = capsys.readouterr().out
    assert str(data_dir / "settings.json") in out
    for name in SETTING_NAMES:
        assert f"  {name} " in out
    assert "password" in out


def test_set_saves_and_show_reads_it_back(data_dir: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings", "set", "connections", "16"]) == 0
    assert capsys.readouterr().out.strip() == "connections = 16"
    assert main(["settings", "set", "rate_per_second", "7.5"]) == 0
    assert main(["settings", "set", "gateway_timezone", "America/Bogota"]) == 0
    shown = _show_json(capsys)
    assert (shown["connections"], shown["rate_per_second"], shown["gateway_timezone"]) == \
        (16, 7.5, "America/Bogota")
    assert json.loads((data_dir / "settings.json").read_text())["connections"] == 16


def test_set_a_bad_value_names_the_setting_and_changes_nothing(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings", "set", "connections", "12"]) == 0
    before = (data_dir / "settings.json").read_bytes()
    assert main(["settings", "set", "connections", "500"]) == 2
    err = capsys.readouterr().err
    assert "setting 'connections'" in err and "between 1 and 64" in err
    assert (data_dir / "settings.json").read_bytes() == before


def test_an_unencrypted_gateway_address_is_refused_in_words(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings", "set", "gateway_url", "http://sms.example.com"]) == 2
    err = capsys.readouterr().err
    assert "setting 'gateway_url'" in err and "'http://sms.example.com'" in err
    assert "unencrypted" in err and "proxy" in err and "https://" in err
    assert not (data_dir / "settings.json").exists()


def test_set_an_unknown_setting(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings", "set", "colour", "red"]) == 2
    assert "setting 'colour'" in capsys.readouterr().err
    assert not (data_dir / "settings.json").exists()


def test_the_password_is_not_a_setting(data_dir: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings", "set", "password", "hunter2-xyz"]) == 2
    err = capsys.readouterr().err
    assert "masiv login" in err and "hunter2-xyz" not in err
    assert not any(b"hunter2-xyz" in p.read_bytes() for p in data_dir.rglob("*") if p.is_file())


def test_reset_puts_the_default_back(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings", "set", "language", "es"]) == 0
    assert main(["settings", "set", "originator", "ACME"]) == 0
    assert main(["settings", "reset", "language"]) == 0
    shown = _show_json(capsys)
    assert (shown["language"], shown["originator"]) == ("", "ACME")
    assert main(["settings", "reset", "nothing"]) == 2


def test_a_broken_file_is_reported_and_kept(data_dir: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    (data_dir / "settings.json").write_text("{ half a file")
    shown = _show_json(capsys)
    assert shown == DEFAULTS.to_json()
    assert main(["settings", "show"]) == 0
    assert (data_dir / "settings.json.broken").read_text() == "{ half a file"
    assert main(["settings", "set", "connections", "4"]) == 0
    assert (data_dir / "settings.json.broken").read_text() == "{ half a file"
    assert _show_json(capsys)["connections"] == 4


def test_a_bad_value_in_the_file_is_reported_with_the_file(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (data_dir / "settings.json").write_text(json.dumps({"connections": "lots"}))
    assert main(["settings", "show", "--json"]) == 0
    captured = capsys.readouterr()
    assert "setting 'connections'" in captured.err
    assert str(data_dir / "settings.json") in captured.err
    assert json.loads(captured.out)["connections"] == DEFAULTS.connections


def test_data_dir_option_wins_over_the_environment(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other-home"
    assert main(["--data-dir", str(other), "settings", "set", "region", "mx"]) == 0
    assert json.loads((other / "settings.json").read_text())["region"] == "MX"
    assert not (data_dir / "settings.json").exists()
    assert _show_json(capsys, "--data-dir", str(other))["region"] == "MX"
    assert _show_json(capsys)["region"] == "CO"


def test_a_settings_file_nested_beyond_reason_is_set_aside(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (data_dir / "settings.json").write_text("[" * 100_000, encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "settings", "show"]) == 0
    assert (data_dir / "settings.json.broken").exists()


def test_a_value_that_is_not_text_is_refused(data_dir: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    (data_dir / "settings.json").write_text('{"originator": "\\ud800"}', encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "settings", "show"]) == 0
    assert load_settings(app_paths(data_dir)).originator == ""
    assert main(["--data-dir", str(data_dir), "settings", "set", "originator",
                 "Tienda\udcff"]) == 2
    assert "U+DCFF at character 7" in capsys.readouterr().err
