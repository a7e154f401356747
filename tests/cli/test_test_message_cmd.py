"""`masiv test-message`: one real request to the sandbox over HTTP, its answer printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from masiv_desktop.cli import main
from masiv_desktop.gateway.sandbox.server import SandboxGateway


@pytest.fixture
def account(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASIV_USERNAME", "demo")
    monkeypatch.setenv("MASIV_PASSWORD", "demo")


def test_an_accepted_test_is_sent_once_and_its_id_printed(
        data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["test-message", "300 123 4567", "--message", "Prueba de campaña",
                 "--gateway", sandbox.base_url])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    sent = sandbox.sent()
    assert [(r.recipient, r.messagedata) for r in sent] == [("573001234567", "Prueba de campaña")]
    assert out.startswith("Accepted by the gateway") and "573001234567" in out


def test_a_refusal_is_printed_with_the_gateways_words(
        data_dir: Path, sandbox: SandboxGateway, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MASIV_USERNAME", "demo")
    monkeypatch.setenv("MASIV_PASSWORD", "not-the-password")
    code = main(["test-message", "3001234567", "--message", "Hola",
                 "--gateway", sandbox.base_url])
    out = capsys.readouterr().out
    assert code == 1, out
    assert out.startswith("Refused by the gateway") and "error" in out
    assert "not-the-password" not in out
    assert sandbox.sent() == []


@pytest.mark.parametrize(("number", "message", "words"), [
    ("12", "Hola", "not a phone number"),
    ("3001234567", "   ", "message is empty"),
])
def test_bad_input_sends_nothing_and_exits_2(
        data_dir: Path, sandbox: SandboxGateway, account: None, number: str, message: str,
        words: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["test-message", number, "--message", message, "--gateway", sandbox.base_url])
    out, err = capsys.readouterr()
    assert code == 2
    assert words in out + err
    assert sandbox.sent() == []


def test_through_an_embedded_sandbox(data_dir: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["test-message", "573000000003", "--message", "Hola", "--sandbox"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("The test gateway (sandbox) accepted the message for 573000000003; "
                          "it is not sent to any phone. Its simulated status: Delivered to the "
                          "phone (message id ")
    assert "arrive" not in out
