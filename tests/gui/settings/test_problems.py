"""gui/settings/problems.py: core's typed account errors name the dialog's fields, not the
CLI's commands."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from masiv_desktop.core.settings.account import MissingSetting
from masiv_desktop.core.settings.check import CheckVerdict, ConnectionCheck, test_connection
from masiv_desktop.core.settings.credentials import (
    CredentialsError,
    CredentialsProblem,
    KeyringUnavailable,
)
from masiv_desktop.core.settings.settings import Settings, SettingsError
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.settings.problems import (
    account_problem_text,
    check_text,
    setting_problem_text,
)


@pytest.mark.parametrize(("error", "words"), [
    (MissingSetting("gateway_url", "x"), "Address"),
    (MissingSetting("smpp_host", "x"), "Server"),
    (CredentialsError(CredentialsProblem.NO_USERNAME), "User name"),
    (CredentialsError(CredentialsProblem.NO_PASSWORD, "ana"), "Password"),
    (KeyringUnavailable(problem=CredentialsProblem.NO_PASSWORD, username="ana"), "keyring"),
    (KeyringUnavailable("detail"), "once per session"),
])
def test_each_problem_names_where_to_fix_it(qtbot: QtBot, error: Exception,
                                            words: str) -> None:
    text = account_problem_text(error)
    assert words in text and "masiv " not in text
    if getattr(error, "username", ""):
        assert "ana" in text


def test_a_check_that_could_not_start_says_which_field(qtbot: QtBot) -> None:
    check = test_connection(Settings(gateway_preset="custom", username="ana"), "pw")
    assert check.verdict is CheckVerdict.NOT_CONFIGURED
    assert "Settings › Account › Address" in check_text(check)
    wrong = ConnectionCheck(CheckVerdict.WRONG_CREDENTIALS, "gw.example", error_code=1157)
    assert check_text(wrong) == ("gw.example refused the user name or password. Check the "
                                 "user name and password, then press Test connection again.")
    assert check_text(ConnectionCheck(CheckVerdict.OK, "gw.example")) == (
        "The account works: gw.example accepted the user name and password.")



def _refusal(url: str) -> SettingsError:
    with pytest.raises(SettingsError) as caught:
        Settings(gateway_preset="custom", gateway_url=url)
    return caught.value


def test_an_unencrypted_address_is_refused_in_words_in_english_and_spanish(
        qapp: QApplication) -> None:
    url = "http://sms.example.com"
    english = setting_problem_text(_refusal(url), "Address", url)
    assert url in english and "unencrypted" in english and "proxy" in english
    assert "Settings › Account › Address" in english and "setting '" not in english
    install_translators(qapp, "es")
    try:
        spanish = setting_problem_text(_refusal(url), "Address", url)
    finally:
        install_translators(qapp, "en")
    assert url in spanish and "sin cifrar" in spanish and "Configuración › Cuenta › Dirección" \
        in spanish


def test_an_address_that_is_not_web_keeps_the_field_words(qtbot: QtBot) -> None:
    odd = _refusal("ftp://sms.example.com")
    assert setting_problem_text(odd, "Address", "ftp://sms.example.com").startswith(
        "“Address” ")
