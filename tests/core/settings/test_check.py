"""core/settings/check.py: "test connection" over real HTTP, its verdict as data (host, why,
technical detail apart) and one sentence per kind of failure, naming the host."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from masiv_desktop.core.settings.account import AccountError, open_gateway
from masiv_desktop.core.settings.check import (
    CheckVerdict,
    ConnectionCheck,
    check_sentence,
    gateway_name,
    test_connection,
)
from masiv_desktop.core.settings.credentials import CredentialsProblem, KeyringUnavailable
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.words import words_for
from masiv_desktop.gateway.outcomes import NetworkFailure
from masiv_desktop.gateway.sandbox.server import SandboxGateway
from tests.helpers.stub_servers import StubServer, canned, silent


@pytest.fixture(autouse=True)
def _home(data_dir: Path) -> Path:
    """The embedded sandbox keeps its state file in the data folder: never the real one."""
    return data_dir


@pytest.fixture
def stub() -> Iterator[list[StubServer]]:
    servers: list[StubServer] = []
    yield servers
    for server in servers:
        server.stop()


def _custom(url: str, username: str = "demo") -> Settings:
    return Settings(gateway_preset="custom", gateway_url=url, username=username)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _plain(sentence: str) -> None:
    """One sentence a person can read: no exception, no library's text."""
    for technical in ("Error", "Errno", "ConnectionPool", "Max retries", "(", "Caused"):
        assert technical not in sentence, sentence


def test_check_ok_with_the_right_password(sandbox: SandboxGateway) -> None:
    check = test_connection(_custom(sandbox.base_url), "demo")
    assert check.verdict is CheckVerdict.OK, check.message
    assert check.ok and check.host == sandbox.base_url.removeprefix("http://")
    assert check.message == f"The account works: {check.host} accepted the user name and " \
                            "password."
    assert sandbox.sent() == [], "the check sends nothing"


def test_check_wrong_password(sandbox: SandboxGateway) -> None:
    check = test_connection(_custom(sandbox.base_url), "not-the-password")
    assert check.verdict is CheckVerdict.WRONG_CREDENTIALS and check.error_code == 1157
    assert check.message == f"{check.host} refused the user name or password."
    assert "not-the-password" not in check.message + check.detail


def test_a_closed_port_is_a_refused_connection_naming_the_host() -> None:
    port = _closed_port()
    check = test_connection(_custom(f"http://127.0.0.1:{port}"), "demo", timeout=2)
    assert check.verdict is CheckVerdict.UNREACHABLE
    assert check.failure is NetworkFailure.REFUSED and check.host == f"127.0.0.1:{port}"
    assert check.message == (f"127.0.0.1:{port} refused the connection: check the address and "
                             "the port, or try again later.")
    _plain(check.message)
    assert "Connection refused" in check.detail


def test_an_unknown_host_is_a_name_not_found() -> None:
    check = test_connection(_custom("https://nohost.invalid"), "demo", timeout=5)
    assert check.verdict is CheckVerdict.UNREACHABLE
    assert check.failure is NetworkFailure.NAME_NOT_FOUND and check.host == "nohost.invalid"
    assert check.message.startswith("Could not connect to nohost.invalid: check the internet "
                                    "connection")
    _plain(check.message)
    assert "NameResolutionError" in check.detail


def test_a_server_that_does_not_answer_is_a_timeout(stub: list[StubServer]) -> None:
    server = StubServer(silent)
    stub.append(server)
    check = test_connection(_custom(server.base_url), "demo", timeout=0.5)
    assert check.failure is NetworkFailure.TIMEOUT
    assert check.message.startswith(f"127.0.0.1:{server.port} did not answer in time")


@pytest.mark.parametrize(("status", "body", "failure", "words"), [
    (404, b"not here", NetworkFailure.HTTP_STATUS, "answered with HTTP error 404: check"),
    (200, b"<html>a web site</html>", NetworkFailure.UNREADABLE, "not as a Masiv gateway"),
])
def test_a_web_server_that_is_not_the_gateway(stub: list[StubServer], status: int, body: bytes,
                                              failure: NetworkFailure, words: str) -> None:
    server = StubServer(canned(status, body))
    stub.append(server)
    check = test_connection(_custom(server.base_url), "demo", timeout=2)
    assert check.verdict is CheckVerdict.UNREACHABLE and check.failure is failure
    assert words in check.message and check.message.startswith(f"127.0.0.1:{server.port}")


def test_every_failure_has_its_sentence_in_spanish() -> None:
    spanish = words_for("es")
    sentences = set()
    for failure in NetworkFailure:
        check = ConnectionCheck(CheckVerdict.UNREACHABLE, "api.masivapp.com", failure,
                                http_status=503)
        sentence = check_sentence(check, spanish)
        assert "api.masivapp.com" in sentence and sentence != check.message, failure
        sentences.add(sentence)
    assert len(sentences) == len(NetworkFailure)
    offline = ConnectionCheck(CheckVerdict.UNREACHABLE, "api.masivapp.com",
                              NetworkFailure.NAME_NOT_FOUND, "NameResolutionError: …")
    assert check_sentence(offline, spanish) == (
        "No se pudo conectar con api.masivapp.com: revise la conexión a internet y que la "
        "dirección esté bien escrita.")


def test_check_takes_the_password_from_the_environment(sandbox: SandboxGateway) -> None:
    environ = {"MASIV_USERNAME": "demo", "MASIV_PASSWORD": "demo"}
    check = test_connection(_custom(sandbox.base_url, ""), environ=environ)
    assert check.verdict is CheckVerdict.OK, check.message


def test_check_without_a_password_is_not_configured(sandbox: SandboxGateway) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        check = test_connection(_custom(sandbox.base_url), environ={})
    finally:
        keyring.set_keyring(previous)
    assert check.verdict is CheckVerdict.NOT_CONFIGURED
    assert isinstance(check.error, KeyringUnavailable)
    assert check.error.problem is CredentialsProblem.NO_PASSWORD
    assert check.error.username == "demo" and check.message == str(check.error)


def test_custom_preset_without_an_address_says_what_to_set() -> None:
    settings = Settings(gateway_preset="custom", username="demo")
    with pytest.raises(AccountError, match="gateway_url"):
        open_gateway(settings, password="demo")
    check = test_connection(settings, "demo")
    assert check.verdict is CheckVerdict.NOT_CONFIGURED


def test_the_sandbox_check_is_ok() -> None:
    check = test_connection(Settings())
    assert check.verdict is CheckVerdict.OK and check.sandbox
    assert "sends nothing to any phone" in check.message


@pytest.mark.parametrize(("settings", "english", "spanish"), [
    (Settings(), "test gateway (sandbox)", "pasarela de pruebas (sandbox)"),
    (Settings(gateway_preset="production"), "Masiv production", "Masiv producción"),
    (Settings(gateway_preset="custom", gateway_url="https://sms.example.com:8443/api"),
     "sms.example.com:8443", "sms.example.com:8443"),
    (Settings(gateway_preset="custom", gateway_url="https://sms.example.com"),
     "sms.example.com", "sms.example.com"),
    (Settings(gateway_preset="production", account_type="smpp", smpp_host="10.1.2.3"),
     "SMPP 10.1.2.3", "SMPP 10.1.2.3"),
])
def test_the_gateway_in_words(settings: Settings, english: str, spanish: str) -> None:
    assert gateway_name(settings) == english
    assert gateway_name(settings, words_for("es")) == spanish
