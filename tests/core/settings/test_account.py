"""Account wiring: settings → a gateway connection, and the connection check, over real HTTP."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path

import pytest
import requests

from masiv_desktop.core.logs import redact
from masiv_desktop.core.settings import account
from masiv_desktop.core.settings.account import AccountError, open_gateway
from masiv_desktop.core.settings.credentials import (
    CredentialsError,
)
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.gateway.outcomes import SendResult
from masiv_desktop.gateway.sandbox.server import SandboxConfig, SandboxGateway


@pytest.fixture(autouse=True)
def _home(data_dir: Path) -> Path:
    """The embedded sandbox keeps its state file in the data folder: never the real one."""
    return data_dir


def _custom(url: str, username: str = "demo") -> Settings:
    return Settings(gateway_preset="custom", gateway_url=url, username=username)


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_a_password_the_gateway_cannot_take_is_an_account_error(
        sandbox: SandboxGateway) -> None:
    too_long = "p" * 51
    with pytest.raises(AccountError) as caught:
        open_gateway(_custom(sandbox.base_url), password=too_long)
    assert too_long not in str(caught.value)


def test_no_user_name_for_an_explicit_password(sandbox: SandboxGateway) -> None:
    with pytest.raises(CredentialsError):
        open_gateway(_custom(sandbox.base_url, ""), password="demo", environ={})


def test_presets_map_to_the_documented_endpoints() -> None:
    assert "api.masivapp.com" in account.endpoint_for(
        Settings(gateway_preset="production")).send_url
    assert "api.masiv.co" in account.endpoint_for(Settings(gateway_preset="fixed_ip")).send_url
    assert "dev.stratec.com.co" in account.endpoint_for(Settings(gateway_preset="test")).send_url


def test_a_custom_gateway_sends_with_the_settings(sandbox: SandboxGateway) -> None:
    sandbox.add_user("acme", "pw-acme-123")
    settings = _custom(sandbox.base_url, "acme").with_changes(
        connections=3, gateway_timezone="America/Bogota")
    with open_gateway(settings, password="pw-acme-123") as connection:
        assert not connection.is_sandbox
        assert connection.client.gateway_zone.key == "America/Bogota"
        outcome = connection.client.send_message("573001234567", "hola", originator="ACME")
        assert outcome.result is SendResult.ACCEPTED
        assert "pw-acme-123" not in repr(connection) + connection.describe()
    assert [(r.recipient, r.username) for r in sandbox.sent()] == [("573001234567", "acme")]


def test_the_sandbox_preset_starts_and_stops_an_embedded_sandbox() -> None:
    settings = Settings(gateway_timezone="America/Bogota")
    with open_gateway(settings) as connection:
        assert connection.is_sandbox and connection.sandbox is not None
        base_url = connection.sandbox.base_url
        assert connection.sandbox.state.config.timezone == "America/Bogota"
        assert connection.client.gateway_zone.key == "America/Bogota"
        outcome = connection.client.send_message("573001234567", "hola")
        assert outcome.result is SendResult.ACCEPTED
        report = connection.client.get_message(outcome.message_ids[0])
        assert report.status is not None
        assert "built-in sandbox" in connection.describe()
    with pytest.raises(requests.ConnectionError):
        requests.get(base_url + "/sandbox/sent", timeout=2)
    connection.close()  # idempotent


def test_the_embedded_sandbox_takes_a_config() -> None:
    config = SandboxConfig(seed=7, status_step_s=0.5)
    with open_gateway(Settings(), sandbox_config=config) as connection:
        assert connection.sandbox is not None
        assert connection.sandbox.state.config.seed == 7


def test_the_password_is_redacted_once_a_connection_was_opened(sandbox: SandboxGateway) -> None:
    secret = "s3cret-for-redaction"
    sandbox.add_user("redact-me", secret)
    with open_gateway(_custom(sandbox.base_url, "redact-me"), password=secret):
        pass
    assert secret not in redact(f"url?password={secret}&x={secret}")


def test_the_embedded_sandbox_remembers_its_messages_across_runs(tmp_path: Path) -> None:
    home = tmp_path / "other-home"
    with open_gateway(Settings(), data_dir=home) as first_run:
        outcome = first_run.client.send_message("573001234567", "hola")
        assert outcome.result is SendResult.ACCEPTED
        [message_id] = outcome.message_ids
    assert (home / account.SANDBOX_FILE).is_file()
    with open_gateway(Settings(), data_dir=home) as second_run:
        report = second_run.client.get_message(message_id)
        assert report.error_code is None, report.error_text
        assert report.status is not None
        assert second_run.sandbox is not None
        assert [r.messageids for r in second_run.sandbox.sent()] == [(message_id,)]
    with open_gateway(Settings(), data_dir=tmp_path / "elsewhere") as fresh:
        assert fresh.client.get_message(message_id).error_code == 2000


def test_an_unusable_sandbox_state_file_is_an_account_error(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / account.SANDBOX_FILE) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(AccountError, match="sandbox state file"):
        open_gateway(Settings(), data_dir=tmp_path)
