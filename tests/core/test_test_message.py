"""core/test_message.py: one message to the user's own number through a real sandbox."""

from __future__ import annotations

from pathlib import Path

from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.test_message import TrialOutcome, send_test_message, test_number_digits
from masiv_desktop.gateway.codes import GatewayStatus
from masiv_desktop.gateway.sandbox.server import SandboxGateway

ENV = {"MASIV_USERNAME": "demo", "MASIV_PASSWORD": "demo"}


def _custom(url: str) -> Settings:
    return Settings(gateway_preset="custom", gateway_url=url, username="demo")


def test_the_message_reaches_the_gateway_once(sandbox: SandboxGateway) -> None:
    result = send_test_message(_custom(sandbox.base_url), "300 123 4567", "Hola Ana",
                               environ=ENV)
    assert result.outcome is TrialOutcome.ACCEPTED, result
    assert result.number == "573001234567"
    assert len(result.message_ids) == 1
    sent = sandbox.sent()
    assert [(s.recipient, s.messagedata) for s in sent] == [("573001234567", "Hola Ana")]


def test_a_real_gateway_is_not_the_sandbox(sandbox: SandboxGateway) -> None:
    result = send_test_message(_custom(sandbox.base_url), "3001234567", "Hola", environ=ENV)
    assert not result.sandbox and result.simulated_status is None


def test_the_embedded_sandbox_says_what_it_simulates(data_dir: Path) -> None:
    delivered = send_test_message(Settings(), "573000000003", "Hola", data_dir=data_dir)
    assert delivered.outcome is TrialOutcome.ACCEPTED and delivered.sandbox
    assert delivered.simulated_status is GatewayStatus.DELIVERED_TO_HANDSET
    failed = send_test_message(Settings(), "573000000004", "Hola", data_dir=data_dir)
    assert failed.simulated_status is GatewayStatus.DELIVERY_ERROR


def test_the_embedded_smpp_sandbox_says_what_it_simulates(data_dir: Path) -> None:
    result = send_test_message(Settings(account_type="smpp"), "573000000003", "Hola",
                               data_dir=data_dir)
    assert result.outcome is TrialOutcome.ACCEPTED and result.sandbox
    assert result.simulated_status is GatewayStatus.DELIVERED_TO_HANDSET


def test_a_wrong_password_is_the_gateways_answer(sandbox: SandboxGateway) -> None:
    result = send_test_message(_custom(sandbox.base_url), "573001234567", "Hola",
                               environ={"MASIV_PASSWORD": "wrong"})
    assert result.outcome is TrialOutcome.REFUSED
    assert result.error_code == 1157
    assert sandbox.sent() == []


def test_a_bad_number_sends_nothing(sandbox: SandboxGateway) -> None:
    result = send_test_message(_custom(sandbox.base_url), "12345", "Hola", environ=ENV)
    assert result.outcome is TrialOutcome.BAD_NUMBER
    assert sandbox.sent() == []


def test_a_control_character_sends_nothing(sandbox: SandboxGateway) -> None:
    result = send_test_message(_custom(sandbox.base_url), "3001234567", "Hola\x1b[1m",
                               environ=ENV)
    assert result.outcome is TrialOutcome.NOT_SENT
    assert "ESC (U+001B) at character 5" in result.error_text
    assert sandbox.sent() == []


def test_missing_gateway_address_is_not_configured() -> None:
    result = send_test_message(Settings(gateway_preset="custom", username="demo"),
                               "3001234567", "Hola", environ=ENV)
    assert result.outcome is TrialOutcome.NOT_CONFIGURED
    assert "gateway_url" in result.error_text


def test_number_forms() -> None:
    assert test_number_digits("+57 310 987 6543", "CO") == "573109876543"
    assert test_number_digits("601 234 5678", "CO") == "576012345678"
    assert test_number_digits("abc", "CO") is None
