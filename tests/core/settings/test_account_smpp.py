"""Opening an SMPP account: the embedded test SMSC, a configured server, test_connection."""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from masiv_desktop.core.settings import account
from masiv_desktop.core.settings.account import AccountError, open_gateway
from masiv_desktop.core.settings.check import CheckVerdict, test_connection
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.gateway.outcomes import NetworkFailure, SendResult
from masiv_desktop.gateway.sandbox.config import SandboxConfig
from masiv_desktop.gateway.sandbox.smsc import SmppSandbox
from masiv_desktop.gateway.sandbox.state import SandboxState
from masiv_desktop.gateway.smpp.transport import SmppTransport


@pytest.fixture
def smsc() -> Iterator[SmppSandbox]:
    state = SandboxState(SandboxConfig(seed=1, status_step_s=0.05))
    state.add_user("acme", "pw-acme1")
    with SmppSandbox(state) as server:
        yield server


def _smpp(smsc: SmppSandbox, user: str = "acme") -> Settings:
    host, port = smsc.address
    return Settings(gateway_preset="production", username=user, account_type="smpp",
                    smpp_host=host, smpp_port=port)


def test_the_sandbox_preset_starts_an_embedded_smsc(tmp_path: Path) -> None:
    with open_gateway(Settings(account_type="smpp"), data_dir=tmp_path) as connection:
        assert connection.is_sandbox and connection.is_smpp
        assert "built-in SMPP sandbox" in connection.describe()
        outcome = connection.client.send_message("573001234567", "hola")
        assert outcome.result is SendResult.ACCEPTED
        assert connection.smpp_sandbox is not None
        assert [r.recipient for r in connection.smpp_sandbox.state.sent()] == ["573001234567"]
    assert (tmp_path / account.SANDBOX_FILE).is_file()
    assert (tmp_path / account.SMPP_RECEIPTS_FILE).is_file()


def test_a_configured_server_binds_with_the_given_password(smsc: SmppSandbox) -> None:
    with open_gateway(_smpp(smsc), password="pw-acme1") as connection:
        assert isinstance(connection.client, SmppTransport)
        assert connection.username == "acme" and not connection.is_sandbox
        assert connection.client.send_message("573001234567", "hola").result \
            is SendResult.ACCEPTED
        assert "pw-acme1" not in repr(connection) + connection.describe()
        with pytest.raises(AccountError):
            _ = connection.endpoint


def test_no_smpp_host_is_an_account_error() -> None:
    with pytest.raises(AccountError, match="smpp_host"):
        open_gateway(Settings(gateway_preset="production", username="a",
                              account_type="smpp"), password="x")


def test_a_password_smpp_cannot_carry_is_an_account_error(smsc: SmppSandbox) -> None:
    with pytest.raises(AccountError, match="8"):
        open_gateway(_smpp(smsc), password="much-too-long-password")


def test_test_connection_binds_and_unbinds(smsc: SmppSandbox) -> None:
    ok = test_connection(_smpp(smsc), "pw-acme1")
    assert ok.verdict is CheckVerdict.OK and "system id" in ok.message and ok.smpp
    wrong = test_connection(_smpp(smsc), "nope")
    assert wrong.verdict is CheckVerdict.WRONG_CREDENTIALS
    assert "nope" not in wrong.message


def test_test_connection_to_nothing_is_unreachable() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = int(sock.getsockname()[1])
    settings = Settings(gateway_preset="production", username="a", account_type="smpp",
                        smpp_host="127.0.0.1", smpp_port=closed_port)
    check = test_connection(settings, "x", timeout=1.0)
    assert check.verdict is CheckVerdict.UNREACHABLE
    assert check.failure is NetworkFailure.REFUSED
    assert check.message.startswith(f"127.0.0.1:{closed_port} refused the connection")
    assert "ConnectionRefusedError" in check.detail


@pytest.mark.parametrize("account_type", ["http", "smpp"])
def test_both_sandboxes_refuse_an_unusable_state_file_alike(tmp_path: Path,
                                                            account_type: str) -> None:
    with sqlite3.connect(tmp_path / account.SANDBOX_FILE) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(AccountError, match="sandbox state file"):
        open_gateway(Settings(account_type=account_type), data_dir=tmp_path)


def test_a_sandbox_that_cannot_listen_is_an_account_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(AccountError):
            open_gateway(Settings(), sandbox_config=SandboxConfig(port=port))


def test_smpp_finds_the_account_as_http_does(smsc: SmppSandbox) -> None:
    """The explicit password with MASIV_USERNAME: the same lookup for both transports."""
    smsc.state.add_user("robot", "pw-robot")
    with open_gateway(_smpp(smsc), password="pw-robot",
                      environ={"MASIV_USERNAME": "robot"}) as connection:
        assert connection.username == "robot"
        assert connection.client.send_message("573001234567", "hola").result \
            is SendResult.ACCEPTED
