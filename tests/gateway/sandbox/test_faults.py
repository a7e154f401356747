"""The sandbox's fault knobs: latency, 5xx, drops, broken bodies, 8734, rate limit, seed."""

from __future__ import annotations

import time
from xml.etree.ElementTree import ParseError

import pytest
import requests
from defusedxml.ElementTree import fromstring

from masiv_desktop.gateway.sandbox.server import SandboxConfig, SandboxGateway
from masiv_desktop.gateway.sandbox.state import FakeClock
from tests.helpers.sandbox import LOGIN, SEND, call, error_code, message_ids, send, xml

PARAMS = {"action": "sendmessage", **LOGIN, "recipient": "573151234567", "messagedata": "Hola"}


def _answers_parse(answer: requests.Response) -> bool:
    try:
        root = fromstring(answer.content)
    except ParseError:
        return False
    return root.find("data") is not None


def test_latency_is_added_to_gateway_requests_only(sandbox: SandboxGateway) -> None:
    sandbox.configure(latency_ms=300)
    started = time.monotonic()
    send(sandbox.base_url)
    assert time.monotonic() - started >= 0.3
    sandbox.configure(latency_ms=0)
    assert error_code(send(sandbox.base_url)) is None


def test_5xx_answers_record_nothing(sandbox: SandboxGateway) -> None:
    sandbox.configure(error_5xx_rate=1.0)
    statuses = {call(sandbox.base_url, SEND, PARAMS).status_code for _ in range(12)}
    assert statuses <= {500, 502, 504}
    assert sandbox.sent() == []
    assert sandbox.credits("demo") == 1_000_000


def test_a_dropped_send_was_accepted_and_recorded(sandbox: SandboxGateway) -> None:
    sandbox.configure(drop_rate=1.0)
    with requests.Session() as session:
        for _ in range(3):
            with pytest.raises(requests.ConnectionError):
                call(sandbox.base_url, SEND, PARAMS, session=session)
    assert len(sandbox.sent()) == 3
    assert sandbox.credits("demo") == 1_000_000 - 3
    with pytest.raises(requests.ConnectionError):
        call(sandbox.base_url, SEND, {**PARAMS, "password": "wrong"})
    assert len(sandbox.sent()) == 3
    sandbox.configure(drop_rate=0.0)
    assert error_code(send(sandbox.base_url)) is None


def test_a_malformed_body_comes_after_the_send_was_recorded(sandbox: SandboxGateway) -> None:
    sandbox.configure(malformed_rate=1.0)
    answers = [call(sandbox.base_url, SEND, PARAMS) for _ in range(10)]
    assert {a.status_code for a in answers} == {200}
    assert not any(_answers_parse(a) for a in answers)
    assert len(sandbox.sent()) == 10


def test_gateway_exception_rate_answers_8734_and_charges_nothing(
        sandbox: SandboxGateway) -> None:
    sandbox.configure(gateway_exception_rate=1.0)
    root = send(sandbox.base_url)
    assert error_code(root) == 8734
    assert root.findtext("data/errormessage") == "General exception, please contact Estratec:"
    assert sandbox.sent() == []
    assert sandbox.credits("demo") == 1_000_000


def test_faults_hit_getmessage_too(sandbox: SandboxGateway) -> None:
    [message_id] = message_ids(send(sandbox.base_url))
    sandbox.configure(gateway_exception_rate=1.0)
    report = {"action": "getMessage", **LOGIN, "messageId": message_id}
    assert error_code(xml(call(sandbox.base_url, "/SmsHandlers/Reporthandler.ashx",
                               report))) == 8734


def test_the_sent_log_is_never_faulted(sandbox: SandboxGateway) -> None:
    sandbox.configure(error_5xx_rate=1.0, drop_rate=1.0, rate_limit=0.001)
    assert requests.get(sandbox.base_url + "/sandbox/sent", timeout=5).json() == []


def _fault_pattern(seed: int) -> list[int]:
    config = SandboxConfig(seed=seed, error_5xx_rate=0.3)
    with SandboxGateway(config) as gateway, requests.Session() as session:
        return [call(gateway.base_url, SEND, PARAMS, session=session).status_code
                for _ in range(60)]


def test_fault_decisions_are_reproducible_from_the_seed() -> None:
    first = _fault_pattern(5)
    assert first == _fault_pattern(5)
    assert first != _fault_pattern(6)
    assert 6 <= sum(code != 200 for code in first) <= 30


def test_rate_limit_answers_503_with_retry_after(fake_clock: FakeClock) -> None:
    with SandboxGateway(SandboxConfig(rate_limit=2), clock=fake_clock) as gateway:
        answers = [call(gateway.base_url, SEND, PARAMS) for _ in range(3)]
        assert [a.status_code for a in answers] == [200, 200, 503]
        assert answers[2].headers["Retry-After"] == "1"
        assert len(gateway.sent()) == 2
        fake_clock.advance(0.5)
        assert call(gateway.base_url, SEND, PARAMS).status_code == 200
        assert call(gateway.base_url, SEND, PARAMS).status_code == 503
        gateway.configure(rate_limit=None)
        assert call(gateway.base_url, SEND, PARAMS).status_code == 200


def test_a_slow_rate_limit_asks_for_a_longer_wait(fake_clock: FakeClock) -> None:
    with SandboxGateway(SandboxConfig(rate_limit=0.25), clock=fake_clock) as gateway:
        assert call(gateway.base_url, SEND, PARAMS).status_code == 200
        refused = call(gateway.base_url, SEND, PARAMS)
        assert refused.status_code == 503
        assert refused.headers["Retry-After"] == "4"


def test_configure_refuses_unknown_fixed_or_bad_knobs(sandbox: SandboxGateway) -> None:
    with pytest.raises(TypeError, match="port"):
        sandbox.configure(port=1)
    with pytest.raises(TypeError, match="colour"):
        sandbox.configure(colour="red")
    with pytest.raises(ValueError, match="drop_rate"):
        sandbox.configure(drop_rate=2.0)
    with pytest.raises(ValueError, match="timezone"):
        sandbox.configure(timezone="Mars/Olympus")


def test_stop_closes_open_keep_alive_connections(fake_clock: FakeClock) -> None:
    gateway = SandboxGateway(clock=fake_clock).start()
    session = requests.Session()
    base_url = gateway.base_url
    assert call(base_url, SEND, PARAMS, session=session).status_code == 200
    gateway.stop()
    with pytest.raises(requests.ConnectionError):
        call(base_url, SEND, PARAMS, session=session)
    with pytest.raises(RuntimeError):
        _ = gateway.base_url
