"""The account's typed errors in the GUI's words, naming the field of the settings dialog
that fixes each (the CLI names its commands instead: `cli/problems.py`).

Core raises what is missing (`CredentialsError.problem`, `MissingSetting.setting`); a gateway
address that would carry the password unencrypted is recognised by its type
(`InsecureEndpointError`); anything else is shown in core's own words. GUI thread only
(translations).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from masiv_desktop.core.settings.account import MissingSetting
from masiv_desktop.core.settings.check import CheckVerdict, ConnectionCheck, check_sentence
from masiv_desktop.core.settings.credentials import CredentialsError, CredentialsProblem
from masiv_desktop.core.settings.value_problems import problem_text
from masiv_desktop.core.settings.values import SettingsError
from masiv_desktop.gateway.errors import InsecureEndpointError
from masiv_desktop.gateway.http.endpoints import require_secure
from masiv_desktop.gui.i18n.translators import tr_fmt

translate = QCoreApplication.translate


def account_problem_text(error: BaseException) -> str:
    """What is missing for the account, and where in Settings to give it."""
    if isinstance(error, MissingSetting) and error.setting == "gateway_url":
        return translate("AccountProblem", "The gateway is “Another address…” but no address "
                         "is set: type it in Settings › Account › Address.")
    if isinstance(error, MissingSetting) and error.setting == "smpp_host":
        return translate("AccountProblem", "The connection is SMPP but no server is set: type "
                         "it in Settings › Account › Server.")
    if isinstance(error, CredentialsError):
        return _credentials_text(error)
    return str(error)


def insecure_address_text(url: str) -> str:
    """Why a plain http:// address to another computer is refused, and what to type."""
    return tr_fmt(translate(
        "AccountProblem", "The gateway address %1 uses plain http:// to another computer: "
        "the password would travel unencrypted, through any proxy on the way too. Type an "
        "https:// address in Settings › Account › Address (plain http:// is only allowed "
        "to this computer, 127.0.0.1)."), url)


def _credentials_text(error: CredentialsError) -> str:
    match error.problem:
        case CredentialsProblem.NO_USERNAME:
            return translate("AccountProblem", "No account user name: type it in Settings "
                             "› Account › User name.")
        case CredentialsProblem.NO_PASSWORD if error.keyring_unavailable:
            return tr_fmt(translate(
                "AccountProblem", "No password for the account %1, and this computer has no "
                "system keyring to keep one: type it in Settings › Account › Password to "
                "test it, or when Masiv Desktop asks for it before sending."), error.username)
        case CredentialsProblem.NO_PASSWORD:
            return tr_fmt(translate(
                "AccountProblem", "No password is saved for the account %1: type it in "
                "Settings › Account › Password and press OK."), error.username)
        case CredentialsProblem.NO_KEYRING:
            return translate("AccountProblem", "This computer has no system keyring (password "
                             "store), so the password cannot be saved: Masiv Desktop asks for "
                             "it once per session instead. It is never written anywhere.")
        case _:
            return translate("AccountProblem", "The password is empty.")


def check_text(check: ConnectionCheck) -> str:
    """A connection check's verdict in one sentence naming the host (its technical detail
    is `check.detail`, for a "Details" button), with what to do in the dialog."""
    if check.error is not None:
        return account_problem_text(check.error)
    text = check_sentence(check, translate)
    if check.verdict is CheckVerdict.WRONG_CREDENTIALS:
        return f"{text} " + translate(
            "AccountProblem", "Check the user name and password, then press Test connection "
            "again.")
    return text


def setting_problem_text(error: SettingsError, field: str, value: object = None) -> str:
    """A refused value in one sentence that starts with the dialog's name for it (`field`;
    the setting's own name when the dialog has no field for it); an insecure gateway address
    (`value`, what the form holds) says why the password forbids it."""
    if error.setting == "gateway_url" and isinstance(value, str) and value:
        try:
            require_secure(value)
        except InsecureEndpointError as insecure:
            return insecure_address_text(insecure.url)
        except ValueError:
            pass
    return tr_fmt(translate("SettingProblem", "“%1” %2."), field or error.setting,
                  problem_text(error.reason, translate))
