"""The account password: only in the OS keyring, or in memory for one run.

The password is stored with `keyring` (service `masiv-desktop`, user = the account's user
name): Windows Credential Manager, macOS Keychain, the Secret Service on Linux. Where no
keyring exists (a bare Linux box, a service account) `KeyringUnavailable` says so plainly and
the password can still be used for the current run, typed at a prompt or given in
`MASIV_PASSWORD`; it is then never written anywhere.

Every password this module sees is registered with `core.logs.register_secret`, so a log
record that ever contained it is redacted. No exception raised here contains the password.
Keyring calls may block (a desktop unlock prompt): do not call them on the GUI thread.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import keyring.errors

from masiv_desktop.core.logs import register_secret

log = logging.getLogger(__name__)

SERVICE = "masiv-desktop"
PASSWORD_ENV = "MASIV_PASSWORD"
USERNAME_ENV = "MASIV_USERNAME"

KEYRING_UNAVAILABLE = (
    "The password cannot be saved on this computer: no system keyring (password store) is "
    "available. It can be used for this run only: type it when asked, or set the "
    f"{PASSWORD_ENV} environment variable. It is never written anywhere.")


class CredentialsProblem(StrEnum):
    """What is missing for the account."""

    NO_USERNAME = "no_username"
    EMPTY_PASSWORD = "empty_password"
    NO_PASSWORD = "no_password"
    """No password in the environment, the keyring or the prompt, for `username`."""
    NO_KEYRING = "no_keyring"
    """There is no OS keyring to keep the password in (or it refused to work)."""


class CredentialsError(RuntimeError):
    """No usable user name or password: `problem` says what is missing, `username` whose;
    `keyring_unavailable` whether the keyring was missing too. The message names no command:
    the front end says what to do."""

    def __init__(self, problem: CredentialsProblem, username: str = "", *,
                 keyring_unavailable: bool = False) -> None:
        self.problem = problem
        self.username = username
        self.keyring_unavailable = keyring_unavailable
        super().__init__(_sentence(problem, username, keyring_unavailable))


class KeyringUnavailable(CredentialsError):
    """There is no OS keyring (or it refused to work): while saving, reading or deleting the
    password (`NO_KEYRING`), or as the reason no password was found (`NO_PASSWORD`), when
    typing it for this run is the way out."""

    def __init__(self, detail: str = "", *,
                 problem: CredentialsProblem = CredentialsProblem.NO_KEYRING,
                 username: str = "") -> None:
        self.detail = detail
        super().__init__(problem, username, keyring_unavailable=True)


def _sentence(problem: CredentialsProblem, username: str, keyring_unavailable: bool) -> str:
    if problem is CredentialsProblem.NO_KEYRING:
        return KEYRING_UNAVAILABLE
    sentence = {CredentialsProblem.NO_USERNAME: "No account user name.",
                CredentialsProblem.EMPTY_PASSWORD: "The password is empty.",
                CredentialsProblem.NO_PASSWORD: f"No password for the account {username!r}."
                }[problem]
    return f"{sentence} {KEYRING_UNAVAILABLE}" if keyring_unavailable else sentence


@dataclass(frozen=True)
class RunCredentials:
    """The account for this run. `password` is kept out of `repr` so it is never printed."""

    username: str
    password: str = field(repr=False)
    source: str
    """Where the password came from: "environment", "keyring" or "prompt"."""


def keyring_description() -> str:
    """The keyring backend in use, for diagnostics (`masiv settings show`)."""
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    if isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
        raise KeyringUnavailable(f"keyring backend {type(backend).__module__}")
    return backend


def _unavailable(action: str, exc: keyring.errors.KeyringError) -> KeyringUnavailable:
    log.warning("keyring unavailable while trying to %s: %s: %s",
                action, type(exc).__name__, exc)
    return KeyringUnavailable(f"{type(exc).__name__}: {exc}")


def _require_username(username: str) -> None:
    if not username:
        raise CredentialsError(CredentialsProblem.NO_USERNAME)


def store_password(username: str, password: str) -> None:
    """Save the password in the OS keyring; `KeyringUnavailable` when there is none."""
    _require_username(username)
    if not password:
        raise CredentialsError(CredentialsProblem.EMPTY_PASSWORD, username)
    register_secret(password)
    try:
        _backend().set_password(SERVICE, username, password)
    except keyring.errors.KeyringError as exc:
        raise _unavailable("save the password", exc) from None
    log.info("password for %s saved in the keyring", username)


def load_password(username: str) -> str | None:
    """The saved password, or None if none is saved; `KeyringUnavailable` when no keyring."""
    _require_username(username)
    try:
        password: str | None = _backend().get_password(SERVICE, username)
    except keyring.errors.KeyringError as exc:
        raise _unavailable("read the password", exc) from None
    if password:
        register_secret(password)
    return password or None


def has_password(username: str) -> bool:
    """Whether the keyring holds a password for `username` (the settings dialog says so
    instead of promising one that is not there). `KeyringUnavailable` when no keyring; may
    block on an unlock prompt: not on the GUI thread."""
    return load_password(username) is not None


def delete_password(username: str) -> bool:
    """Remove the saved password; False when there was none. `KeyringUnavailable` when no
    keyring."""
    _require_username(username)
    backend = _backend()
    try:
        if backend.get_password(SERVICE, username) is None:
            return False
        backend.delete_password(SERVICE, username)
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as exc:
        raise _unavailable("delete the password", exc) from None
    log.info("password for %s removed from the keyring", username)
    return True


def username_for_run(settings_username: str, environ: Mapping[str, str] = os.environ) -> str:
    """`MASIV_USERNAME` when set (unattended runs), else the user name of the settings."""
    return environ.get(USERNAME_ENV, "").strip() or settings_username


def credentials_for_run(settings_username: str, *,
                        environ: Mapping[str, str] = os.environ,
                        prompt: Callable[[str], str] | None = None) -> RunCredentials:
    """The account for this run: user name from `MASIV_USERNAME` or the settings; password
    from `MASIV_PASSWORD`, then the keyring, then `prompt` (called with the prompt text,
    e.g. `getpass.getpass`). `CredentialsError` when there is none: `KeyringUnavailable`
    (problem `NO_PASSWORD`) when no keyring could be asked, so typing it is the way out."""
    username = username_for_run(settings_username, environ)
    _require_username(username)
    from_env = environ.get(PASSWORD_ENV, "")
    if from_env:
        register_secret(from_env)
        log.info("password for %s taken from %s", username, PASSWORD_ENV)
        return RunCredentials(username, from_env, "environment")
    no_keyring = False
    try:
        saved = load_password(username)
    except KeyringUnavailable:
        saved, no_keyring = None, True
    if saved:
        log.info("password for %s taken from the keyring", username)
        return RunCredentials(username, saved, "keyring")
    if prompt is not None:
        note = " (for this run only)" if no_keyring else ""
        typed = prompt(f"Password for {username}{note}: ")
        if typed:
            register_secret(typed)
            log.info("password for %s typed at the prompt", username)
            return RunCredentials(username, typed, "prompt")
    if no_keyring:
        raise KeyringUnavailable(problem=CredentialsProblem.NO_PASSWORD, username=username)
    raise CredentialsError(CredentialsProblem.NO_PASSWORD, username)


def password_for_run(username: str, *, environ: Mapping[str, str] = os.environ,
                     prompt: Callable[[str], str] | None = None) -> str:
    """The password for this run (see `credentials_for_run`, which also resolves the user
    name: use it when `MASIV_USERNAME` may override the settings)."""
    return credentials_for_run(username, environ=environ, prompt=prompt).password
