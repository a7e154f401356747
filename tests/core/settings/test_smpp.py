"""SMPP settings: defaults, what users type, bad values naming the setting, the part rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from masiv_desktop.core.campaigns import engine_options
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import (
    DEFAULTS,
    SettingsError,
    load_settings,
    save_settings,
)
from masiv_desktop.core.settings.smpp import (
    SMPP_POLL_DELAYS,
    part_rule_for,
    system_id_for,
)
from masiv_desktop.core.usertypes import PartRule


def test_defaults_are_an_http_account_with_the_documented_smpp_port() -> None:
    assert DEFAULTS.account_type == "http" and not DEFAULTS.uses_smpp
    assert DEFAULTS.smpp_port == 9500 and DEFAULTS.smpp_window == 10
    assert not DEFAULTS.smpp_tls and not DEFAULTS.smpp_use_message_payload


def test_typed_values_are_parsed() -> None:
    s = (DEFAULTS.set_from_text("account_type", " SMPP ")
         .set_from_text("smpp_host", " 108.168.165.10 ").set_from_text("smpp_port", "2775")
         .set_from_text("smpp_window", "20").set_from_text("smpp_tls", "sí")
         .set_from_text("smpp_use_message_payload", "no"))
    assert (s.account_type, s.smpp_host, s.smpp_port, s.smpp_window, s.smpp_tls) == \
        ("smpp", "108.168.165.10", 2775, 20, True)


@pytest.mark.parametrize(("key", "text"), [
    ("account_type", "soap"), ("smpp_port", "0"), ("smpp_port", "70000"),
    ("smpp_window", "0"), ("smpp_window", "101"), ("smpp_host", "http://x/y"),
    ("smpp_system_id", "a" * 16), ("smpp_system_type", "ñ"),
])
def test_bad_values_name_the_setting(key: str, text: str) -> None:
    with pytest.raises(SettingsError) as info:
        DEFAULTS.set_from_text(key, text)
    assert info.value.setting == key


def test_an_smpp_account_previews_and_plans_with_the_smpp_rule() -> None:
    smpp = DEFAULTS.with_changes(account_type="smpp", part_rule=PartRule.GSM)
    assert part_rule_for(smpp) is PartRule.SMPP_LATIN1 is smpp.effective_part_rule
    assert part_rule_for(DEFAULTS.with_changes(part_rule=PartRule.GSM)) is PartRule.GSM


def test_system_id_defaults_to_the_user_name() -> None:
    s = DEFAULTS.with_changes(username="ana")
    assert system_id_for(s) == "ana" and system_id_for(s, "env-user") == "env-user"
    assert system_id_for(s.with_changes(smpp_system_id="ANA01")) == "ANA01"


def test_an_smpp_account_polls_its_receipts_often() -> None:
    options = engine_options(DEFAULTS.with_changes(account_type="smpp"))
    assert options.poll_policy.delays == SMPP_POLL_DELAYS
    assert engine_options(DEFAULTS).poll_policy.delays[0] == 30


def test_smpp_settings_survive_a_save(tmp_path: Path) -> None:
    paths = app_paths(tmp_path)
    s = DEFAULTS.with_changes(account_type="smpp", smpp_host="smpp.example", smpp_window=4)
    save_settings(paths, s)
    assert load_settings(paths) == s
