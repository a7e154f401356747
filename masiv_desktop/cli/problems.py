"""The account's typed errors in the CLI's words, naming the command that fixes each.

Core raises what is missing (`CredentialsError.problem`, `MissingSetting.setting`,
`UnknownSetting`) without naming any front end; this module is where the terminal's
sentences live ("run 'masiv login'", "masiv settings set gateway_url https://…").
"""

from __future__ import annotations

from masiv_desktop.core.campaigns import NoValidRecipients
from masiv_desktop.core.law.contact_rules import RneWarning
from masiv_desktop.core.settings.account import AccountError, MissingSetting
from masiv_desktop.core.settings.check import CheckVerdict, ConnectionCheck
from masiv_desktop.core.settings.credentials import (
    KEYRING_UNAVAILABLE,
    PASSWORD_ENV,
    USERNAME_ENV,
    CredentialsError,
    CredentialsProblem,
)
from masiv_desktop.core.settings.values import SettingsError, UnknownSetting
from masiv_desktop.core.store import db
from masiv_desktop.core.store.campaigns import CampaignNotFound
from masiv_desktop.core.store.db import DatabaseError, StoreProblem
from masiv_desktop.core.store.problems import display_url
from masiv_desktop.core.store.recovery import SetAside

_MISSING: dict[str, tuple[str, str]] = {
    "gateway_url": ("The gateway preset is 'custom' but no gateway address is set",
                    "https://…"),
    "smpp_host": ("The account type is SMPP but no SMPP server is set", "ADDRESS"),
}
"""For each setting an account may lack: the sentence, and the example value to set."""


def credentials_text(error: CredentialsError) -> str:
    """What is missing for the account and the command (or variable) that gives it."""
    match error.problem:
        case CredentialsProblem.NO_USERNAME:
            return (f"No account user name: run 'masiv login --username NAME' or set "
                    f"{USERNAME_ENV}.")
        case CredentialsProblem.NO_PASSWORD:
            text = (f"No password for the account {error.username!r}: run 'masiv login', or "
                    f"set {PASSWORD_ENV} for this run.")
            return f"{text} {KEYRING_UNAVAILABLE}" if error.keyring_unavailable else text
        case _:
            return str(error)


def account_text(error: AccountError) -> str:
    """A gateway setting that cannot be used, with `masiv settings set` for a missing one."""
    if isinstance(error, MissingSetting) and error.setting in _MISSING:
        sentence, example = _MISSING[error.setting]
        return f"{sentence}: masiv settings set {error.setting} {example}"
    return str(error)


def settings_text(error: SettingsError) -> str:
    """A refused setting; the password, which is no setting, is sent to `masiv login`."""
    if isinstance(error, UnknownSetting):
        hint = " (use 'masiv login')" if error.is_password else ""
        return f"setting '{error.setting}': no such setting{hint}; known: {', '.join(error.known)}"
    return str(error)


def problem_text(error: BaseException) -> str:
    """Any of the account's errors (credentials, gateway settings, a setting) for the user."""
    if isinstance(error, CredentialsError):
        return credentials_text(error)
    if isinstance(error, AccountError):
        return account_text(error)
    if isinstance(error, SettingsError):
        return settings_text(error)
    return str(error)


def check_text(check: ConnectionCheck) -> str:
    """A connection check's verdict in one sentence naming the host, with what to run when
    the account is not right (the technical detail is `check_details`)."""
    if check.error is not None:
        return problem_text(check.error)
    if check.verdict is CheckVerdict.WRONG_CREDENTIALS:
        return f"{check.message} Check them, then run 'masiv login' again."
    return check.message


def check_details(check: ConnectionCheck) -> str:
    """The technical text behind a failed check ("Details: …"), or "" when there is none."""
    return "" if check.ok or not check.detail else f"Details: {check.detail}"


def error_text(error: Exception) -> str:
    """A user's error in the terminal's words: core's sentence, and the command that helps
    when there is one."""
    if isinstance(error, CampaignNotFound):
        return f"{error} 'masiv campaigns' lists them."
    if isinstance(error, NoValidRecipients):
        return f"{error} 'masiv check {error.path}' shows each row's verdict."
    return str(error)


def rne_text(warning: RneWarning) -> str:
    """The RNE warning with the command that imports the list."""
    if warning.last_import is None:
        return ("The RNE (Registro de Números Excluidos) has never been imported: numbers that "
                "refused commercial messages may be contacted. Download it from the CRC and run "
                "'masiv suppress import FILE --source rne'.")
    return (f"The RNE list was last imported on {warning.last_import:%Y-%m-%d} ({warning.days} "
            "days ago); import the CRC's current file ('masiv suppress import FILE --source "
            "rne').")


def store_text(error: DatabaseError) -> str:
    """The store cannot be used: what is wrong with which file, and what to do."""
    where = error.path or "the program's database"
    team = db.team_store()
    match error.problem:
        case StoreProblem.TEAM_UNREACHABLE:
            return (f"The team store {display_url(team or '')} does not answer: check the "
                    "network and that its server is running, or the store_url setting "
                    f"(masiv settings set store_url …). ({error})")
        case StoreProblem.TEAM_LOGIN:
            return (f"The team store {display_url(team or '')} refused the login: check the "
                    "user name in store_url and the password (Configuración in the window, or "
                    "PGPASSWORD / .pgpass).")
        case StoreProblem.NEWER if team:
            return (f"The team store {display_url(team)} was set up by a newer Masiv Desktop: "
                    "install that version on this computer too.")
        case StoreProblem.DISK_FULL:
            return (f"The disk holding {where} is full: free some space and run the command "
                    "again. Nothing was lost.")
        case StoreProblem.READ_ONLY:
            return (f"The database {where} cannot be written (read-only file or folder): give "
                    "your user permission to write it, or use --data-dir with another folder.")
        case StoreProblem.CANNOT_OPEN:
            return (f"The database {where} cannot be opened: check that its folder exists and "
                    "your user may write there, or use --data-dir with another folder.")
        case StoreProblem.DAMAGED:
            return (f"The database {where} is damaged: close every Masiv Desktop window and "
                    "run the command again; it will be set aside and a new one started.")
        case _:
            return str(error)


def set_aside_text(event: SetAside) -> str:
    """The damaged store was replaced: where the old one is."""
    return (f"The program's database {event.path.name} was damaged, so it was set aside as "
            f"{event.aside} and a new, empty one was started. Send the old file to support "
            "if you need the campaigns it held.")
