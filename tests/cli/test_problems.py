"""cli/problems.py: core's typed account errors worded for the terminal, with the command."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from masiv_desktop.cli import main
from masiv_desktop.cli.problems import check_details, check_text, problem_text
from masiv_desktop.core.settings import account
from masiv_desktop.core.settings.account import MissingSetting
from masiv_desktop.core.settings.check import CheckVerdict, ConnectionCheck
from masiv_desktop.core.settings.credentials import (
    KEYRING_UNAVAILABLE,
    CredentialsError,
    CredentialsProblem,
    KeyringUnavailable,
    credentials_for_run,
)
from masiv_desktop.core.settings.settings import DEFAULTS, Settings, UnknownSetting
from masiv_desktop.gateway.outcomes import NetworkFailure


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def test_no_user_name() -> None:
    with pytest.raises(CredentialsError) as caught:
        credentials_for_run("", environ={})
    assert problem_text(caught.value) == (
        "No account user name: run 'masiv login --username NAME' or set MASIV_USERNAME.")


def test_no_password_without_a_keyring(no_keyring: None) -> None:
    with pytest.raises(KeyringUnavailable) as caught:
        credentials_for_run("ana", environ={})
    assert problem_text(caught.value) == (
        "No password for the account 'ana': run 'masiv login', or set MASIV_PASSWORD for this "
        f"run. {KEYRING_UNAVAILABLE}")
    plain = CredentialsError(CredentialsProblem.NO_PASSWORD, "ana")
    assert problem_text(plain) == ("No password for the account 'ana': run 'masiv login', or "
                                   "set MASIV_PASSWORD for this run.")
    assert problem_text(KeyringUnavailable("detail")) == KEYRING_UNAVAILABLE


@pytest.mark.parametrize(("settings", "expected"), [
    (Settings(gateway_preset="custom", username="a"),
     "The gateway preset is 'custom' but no gateway address is set: "
     "masiv settings set gateway_url https://…"),
    (Settings(gateway_preset="production", username="a", account_type="smpp"),
     "The account type is SMPP but no SMPP server is set: masiv settings set smpp_host ADDRESS"),
])
def test_a_missing_gateway_setting_says_what_to_set(settings: Settings, expected: str) -> None:
    with pytest.raises(MissingSetting) as caught:
        account.open_gateway(settings, password="pw")
    assert problem_text(caught.value) == expected
    assert "masiv " not in str(caught.value)


def test_the_password_is_no_setting() -> None:
    with pytest.raises(UnknownSetting) as caught:
        DEFAULTS.set_from_text("Password", "x")
    assert "(use 'masiv login')" in problem_text(caught.value)
    with pytest.raises(UnknownSetting) as other:
        DEFAULTS.set_from_text("colour", "x")
    assert "masiv login" not in problem_text(other.value)


def test_wrong_credentials_say_to_log_in_again() -> None:
    check = ConnectionCheck(CheckVerdict.WRONG_CREDENTIALS, "gw.example", error_code=1157)
    assert check_text(check) == ("gw.example refused the user name or password. Check them, "
                                 "then run 'masiv login' again.")
    assert check_details(check) == ""
    unreachable = ConnectionCheck(CheckVerdict.UNREACHABLE, "gw.example",
                                  NetworkFailure.TIMEOUT, "ReadTimeout: gw.example …")
    assert check_text(unreachable) == ("gw.example did not answer in time: check the internet "
                                       "connection, or try again in a few minutes.")
    assert check_details(unreachable) == "Details: ReadTimeout: gw.example …"


def test_send_without_a_password_prints_the_command(
        data_dir: Path, no_keyring: None, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MASIV_PASSWORD", raising=False)
    monkeypatch.delenv("MASIV_USERNAME", raising=False)
    assert main(["settings", "set", "username", "ana"]) == 0
    assert main(["settings", "set", "gateway_preset", "production"]) == 0
    capsys.readouterr()
    assert main(["test-message", "573001234567", "--message", "hola"]) == 2
    out = capsys.readouterr().out
    assert "run 'masiv login'" in out and KEYRING_UNAVAILABLE in out
