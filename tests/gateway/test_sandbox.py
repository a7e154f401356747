"""The sandbox gateway over real HTTP on 127.0.0.1: paths, methods, documented answers."""

from __future__ import annotations

import requests

from masiv_desktop.gateway.sandbox import SandboxGateway

SEND = "/SmsHandlers/sendhandler.ashx"


def test_fixture_serves_a_documented_send(sandbox: SandboxGateway) -> None:
    answer = requests.get(sandbox.base_url + SEND, params={
        "action": "sendmessage", "username": "demo", "password": "demo",
        "recipient": "573151234567", "messagedata": "HelloWorld"}, timeout=5)
    assert answer.status_code == 200
    assert "<statusmessage>Message accepted for delivery</statusmessage>" in answer.text
    assert [r.recipient for r in sandbox.sent()] == ["573151234567"]
