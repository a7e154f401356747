"""Credentials: the real Secret Service (inside tests/with-keyring.sh), and the no-keyring path.

The `keyring` tests skip unless MASIV_TEST_SECRET_SERVICE=1, which tests/with-keyring.sh sets
after unlocking a throw-away gnome-keyring in a private D-Bus session. Run them with
`tests/with-keyring.sh .venv/bin/pytest tests/core/settings/test_credentials.py -q`.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import pytest

from masiv_desktop.core.logs import redact
from masiv_desktop.core.settings import credentials
from masiv_desktop.core.settings.credentials import (
    KEYRING_UNAVAILABLE,
    CredentialsError,
    CredentialsProblem,
    KeyringUnavailable,
    credentials_for_run,
    delete_password,
    load_password,
    password_for_run,
    store_password,
)

needs_secret_service = pytest.mark.skipif(
    os.environ.get("MASIV_TEST_SECRET_SERVICE") != "1",
    reason="needs a real Secret Service: run through tests/with-keyring.sh (make test)")


@pytest.fixture
def username() -> str:
    return f"test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def secret() -> str:
    return f"pw-{uuid.uuid4().hex}"


def _use_backend(backend: keyring.backend.KeyringBackend) -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """keyring's own "nothing available" backend: every call raises NoKeyringError."""
    yield from _use_backend(keyring.backends.fail.Keyring())


@pytest.fixture
def real_keyring(username: str) -> Iterator[None]:
    backend = keyring.get_keyring()
    assert type(backend).__module__ == "keyring.backends.SecretService", backend
    yield
    with contextlib.suppress(CredentialsError):
        delete_password(username)


# --- the real Secret Service --------------------------------------------------------------

@pytest.mark.keyring
@needs_secret_service
def test_store_load_delete_through_the_secret_service(real_keyring: None, username: str,
                                                      secret: str) -> None:
    assert load_password(username) is None
    store_password(username, secret)
    assert load_password(username) == secret
    assert keyring.get_password(credentials.SERVICE, username) == secret, \
        "stored under the documented service name"
    store_password(username, secret + "-new")
    assert load_password(username) == secret + "-new"
    assert delete_password(username) is True
    assert load_password(username) is None
    assert delete_password(username) is False


@pytest.mark.keyring
@needs_secret_service
def test_the_keyring_password_is_used_for_a_run_and_redacted(real_keyring: None, username: str,
                                                            secret: str) -> None:
    store_password(username, secret)
    found = credentials_for_run(username, environ={}, prompt=None)
    assert (found.username, found.password, found.source) == (username, secret, "keyring")
    assert secret not in repr(found)
    assert secret not in redact(f"failed with password {secret} in it")


@pytest.mark.keyring
@needs_secret_service
def test_the_environment_wins_over_the_keyring(real_keyring: None, username: str,
                                               secret: str) -> None:
    store_password(username, secret)
    environ = {"MASIV_PASSWORD": "from-env-" + secret}
    assert password_for_run(username, environ=environ) == "from-env-" + secret


# --- no keyring on this computer ----------------------------------------------------------

def test_no_keyring_raises_the_plain_message(no_keyring: None, username: str,
                                             secret: str) -> None:
    with pytest.raises(KeyringUnavailable) as caught:
        store_password(username, secret)
    assert str(caught.value) == KEYRING_UNAVAILABLE
    assert "cannot be saved on this computer" in str(caught.value)
    assert "MASIV_PASSWORD" in str(caught.value)
    assert secret not in str(caught.value)
    with pytest.raises(KeyringUnavailable):
        load_password(username)
    with pytest.raises(KeyringUnavailable):
        delete_password(username)


def test_the_null_backend_counts_as_no_keyring(username: str, secret: str) -> None:
    for _ in _use_backend(keyring.backends.null.Keyring()):
        with pytest.raises(KeyringUnavailable):
            store_password(username, secret)


def test_without_a_keyring_the_prompt_gives_a_password_for_this_run(
        no_keyring: None, username: str, secret: str) -> None:
    asked: list[str] = []

    def prompt(text: str) -> str:
        asked.append(text)
        return secret

    found = credentials_for_run(username, environ={}, prompt=prompt)
    assert (found.password, found.source) == (secret, "prompt")
    assert asked == [f"Password for {username} (for this run only): "]
    assert secret not in redact(f"oops {secret}")


def test_without_a_keyring_or_a_prompt_the_error_says_what_to_do(no_keyring: None,
                                                                 username: str) -> None:
    with pytest.raises(KeyringUnavailable) as caught:
        password_for_run(username, environ={}, prompt=None)
    assert caught.value.problem is CredentialsProblem.NO_PASSWORD
    assert caught.value.username == username and caught.value.keyring_unavailable
    assert "MASIV_PASSWORD" in str(caught.value)
    assert KEYRING_UNAVAILABLE in str(caught.value)
    assert "masiv " not in str(caught.value), "core names no front end's command"


def test_unattended_runs_take_user_and_password_from_the_environment(no_keyring: None,
                                                                     secret: str) -> None:
    environ = {"MASIV_USERNAME": "robot", "MASIV_PASSWORD": secret}
    found = credentials_for_run("someone-else", environ=environ)
    assert (found.username, found.password, found.source) == ("robot", secret, "environment")
    assert secret not in redact(f"https://gw/x?user=robot&pw={secret}")


def test_an_empty_prompt_answer_is_no_password(no_keyring: None, username: str) -> None:
    with pytest.raises(CredentialsError):
        credentials_for_run(username, environ={"MASIV_PASSWORD": ""}, prompt=lambda _: "")


def test_no_user_name_is_its_own_problem() -> None:
    with pytest.raises(CredentialsError) as caught:
        credentials_for_run("", environ={})
    assert caught.value.problem is CredentialsProblem.NO_USERNAME
    assert "masiv " not in str(caught.value), "core names no front end's command"


def test_without_a_session_bus_keyring_itself_finds_no_backend() -> None:
    """The real NoKeyringError path: no D-Bus session, keyring's own backend choice."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHON_KEYRING_BACKEND", "MASIV_PASSWORD")}
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/masiv-test-bus"
    code = ("from masiv_desktop.core.settings import credentials as c\n"
            "try:\n    c.store_password('someone', 'pw-sub')\n"
            "except c.KeyringUnavailable as e:\n    print('UNAVAILABLE', e.detail)\n")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=60, check=True)
    assert done.stdout.startswith("UNAVAILABLE"), done.stdout + done.stderr
