"""`masiv login` / `masiv logout`: the real Secret Service, and a computer without a keyring.

Keyring tests run inside tests/with-keyring.sh (MASIV_TEST_SECRET_SERVICE=1); the no-keyring
tests run the real `masiv` in a subprocess with no D-Bus session.
"""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from masiv_desktop.cli import main
from masiv_desktop.core.settings import credentials
from masiv_desktop.core.settings.credentials import KEYRING_UNAVAILABLE
from masiv_desktop.gateway.sandbox.server import SandboxGateway

MASIV = "import sys; from masiv_desktop.cli import main; sys.exit(main())"
"""The `masiv` command, run by the test's own interpreter."""

needs_secret_service = pytest.mark.skipif(
    os.environ.get("MASIV_TEST_SECRET_SERVICE") != "1",
    reason="needs a real Secret Service: run through tests/with-keyring.sh (make test)")


@pytest.fixture
def username() -> Iterator[str]:
    name = f"cli-{uuid.uuid4().hex[:10]}"
    yield name
    if os.environ.get("MASIV_TEST_SECRET_SERVICE") == "1":
        credentials.delete_password(name)


@pytest.fixture
def secret() -> str:
    return f"pw-{uuid.uuid4().hex}"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def _files_containing(root: Path, secret: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def _login(data_dir: Path, monkeypatch: pytest.MonkeyPatch, password: str,
           *extra: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
    return main(["--data-dir", str(data_dir), "login", "--password-stdin", *extra])


def _settings(data_dir: Path) -> dict[str, object]:
    loaded: dict[str, object] = json.loads((data_dir / "settings.json").read_text())
    return loaded


# --- no keyring: the real command in a subprocess -----------------------------------------

@pytest.mark.parametrize("forced_backend", [None, "keyring.backends.fail.Keyring"])
def test_login_without_a_keyring_says_so_and_writes_the_password_nowhere(
        tmp_path: Path, forced_backend: str | None, secret: str) -> None:
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHON_KEYRING_BACKEND", "MASIV_PASSWORD", "MASIV_DESKTOP_HOME")}
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/masiv-test-bus"
    if forced_backend:
        env["PYTHON_KEYRING_BACKEND"] = forced_backend
    done = subprocess.run(
        [sys.executable, "-c", MASIV, "--data-dir", str(home), "login",
         "--username", "ana", "--password-stdin"],
        input=secret + "\n", env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert KEYRING_UNAVAILABLE in done.stderr
    assert "Traceback" not in done.stderr
    assert secret not in done.stdout + done.stderr
    assert home.is_dir()
    assert _files_containing(home, secret) == []
    assert _settings(home)["username"] == "ana"


def test_logout_without_a_keyring_says_so(no_keyring: None, data_dir: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings", "set", "username", "ana"]) == 0
    assert main(["logout"]) == 2
    assert KEYRING_UNAVAILABLE in capsys.readouterr().err


# --- the real Secret Service --------------------------------------------------------------

@pytest.mark.keyring
@needs_secret_service
def test_login_stores_in_the_keyring_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str], username: str,
                                          secret: str) -> None:
    assert type(keyring.get_keyring()).__module__ == "keyring.backends.SecretService"
    home = tmp_path / "home"
    assert _login(home, monkeypatch, secret, "--username", username) == 0
    out = capsys.readouterr().out
    assert "saved in the system keyring" in out
    assert keyring.get_password(credentials.SERVICE, username) == secret
    assert _settings(home)["username"] == username
    assert main(["--data-dir", str(home), "-v", "settings", "show"]) == 0
    assert main(["--data-dir", str(home), "settings", "show", "--json"]) == 0
    shown = capsys.readouterr()
    assert "saved in the system keyring" in shown.out
    assert secret not in shown.out + shown.err
    assert (home / "logs" / "masiv-desktop.log").is_file()
    assert _files_containing(home, secret) == []


@pytest.mark.keyring
@needs_secret_service
def test_logout_removes_the_password(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str], username: str,
                                     secret: str) -> None:
    home = tmp_path / "home"
    assert _login(home, monkeypatch, secret, "--username", username) == 0
    assert main(["--data-dir", str(home), "logout"]) == 0
    assert "was removed" in capsys.readouterr().out
    assert keyring.get_password(credentials.SERVICE, username) is None
    assert main(["--data-dir", str(home), "logout"]) == 0
    assert "No password" in capsys.readouterr().out


@pytest.mark.keyring
@needs_secret_service
def test_logging_in_as_someone_else_forgets_the_previous_password(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, username: str, secret: str) -> None:
    home = tmp_path / "home"
    other = username + "-b"
    assert _login(home, monkeypatch, secret, "--username", username) == 0
    try:
        assert _login(home, monkeypatch, secret + "-b", "--username", other) == 0
        assert keyring.get_password(credentials.SERVICE, username) is None
        assert keyring.get_password(credentials.SERVICE, other) == secret + "-b"
        assert _settings(home)["username"] == other
    finally:
        credentials.delete_password(other)


@pytest.mark.keyring
@needs_secret_service
def test_login_check_saves_after_the_gateway_accepts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        sandbox: SandboxGateway, username: str) -> None:
    home = tmp_path / "home"
    sandbox.add_user(username, "right-pw-123")
    assert main(["--data-dir", str(home), "settings", "set", "gateway_url",
                 sandbox.base_url]) == 0
    assert main(["--data-dir", str(home), "settings", "set", "gateway_preset", "custom"]) == 0
    assert _login(home, monkeypatch, "right-pw-123", "--username", username, "--check") == 0
    assert "The account works" in capsys.readouterr().out
    assert keyring.get_password(credentials.SERVICE, username) == "right-pw-123"


# --- without touching the keyring ---------------------------------------------------------

def test_login_check_refuses_a_wrong_password_and_saves_nothing(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        sandbox: SandboxGateway) -> None:
    assert main(["settings", "set", "gateway_url", sandbox.base_url]) == 0
    assert main(["settings", "set", "gateway_preset", "custom"]) == 0
    code = _login(data_dir, monkeypatch, "wrong-pw-456", "--username", "demo", "--check")
    assert code == 1
    err = capsys.readouterr().err
    assert "refused the user name or password" in err and "Nothing was saved" in err
    assert "Details: gateway error 1157" in err
    assert "wrong-pw-456" not in err
    assert _settings(data_dir)["username"] == ""
    assert _files_containing(data_dir, "wrong-pw-456") == []


@pytest.mark.parametrize(("url", "sentence"), [
    ("https://nohost.invalid", "Could not connect to nohost.invalid: check the internet "
     "connection and that the address is written correctly."),
    ("http://127.0.0.1:{port}", "127.0.0.1:{port} refused the connection: check the address "
     "and the port, or try again later."),
])
def test_login_check_says_why_the_gateway_cannot_be_reached(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        url: str, sentence: str) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url, sentence = url.format(port=port), sentence.format(port=port)
    assert main(["settings", "set", "gateway_url", url]) == 0
    assert main(["settings", "set", "gateway_preset", "custom"]) == 0
    capsys.readouterr()
    assert _login(data_dir, monkeypatch, "pw-789", "--username", "ana", "--check") == 1
    first, details = capsys.readouterr().err.strip().splitlines()
    assert first.endswith(f"{sentence} Nothing was saved.")
    assert "ConnectionPool" not in first and details.startswith("Details: ")
    assert "pw-789" not in details


def test_login_without_a_user_name_is_refused(data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert _login(data_dir, monkeypatch, "pw") == 2
    assert "--username" in capsys.readouterr().err


def test_login_with_an_empty_password_saves_nothing(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert _login(data_dir, monkeypatch, "", "--username", "ana") == 2
    assert "no password" in capsys.readouterr().err
    assert not (data_dir / "settings.json").exists()


def test_login_with_a_bad_user_name_names_the_setting(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert _login(data_dir, monkeypatch, "pw", "--username", "x" * 60) == 2
    assert "setting 'username'" in capsys.readouterr().err


def test_logout_without_an_account(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["logout"]) == 1
    assert "no account" in capsys.readouterr().err
