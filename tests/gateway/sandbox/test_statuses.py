"""Statuses over (fake) time, schedules, outcome shares and magic numbers of the sandbox."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest
import requests

from masiv_desktop.gateway.codes import GatewayStatus
from masiv_desktop.gateway.sandbox.server import SandboxConfig, SandboxGateway
from masiv_desktop.gateway.sandbox.state import (
    MAGIC_PREFIX,
    FakeClock,
    final_status_for,
)
from tests.helpers.sandbox import error_code, get_message, message_ids, send, status_of


def _recipient_with(final: GatewayStatus, seed: int = 1) -> str:
    return next(r for r in (f"5731{n:08d}" for n in range(10_000))
                if final_status_for(seed, r) == final)


def test_statuses_advance_one_step_at_a_time_to_final(sandbox_with_clock: SandboxGateway,
                                                      fake_clock: FakeClock) -> None:
    base = sandbox_with_clock.base_url
    recipient = _recipient_with(GatewayStatus.DELIVERED_TO_HANDSET)
    [message_id] = message_ids(send(base, recipient=recipient))
    t0 = fake_clock()
    seen = []
    for _ in range(5):
        root = get_message(base, message_id)
        seen.append((int(root.findtext("data/status") or "-1"), root.findtext("data/date")))
        fake_clock.advance(2.0)
    def date(offset: float) -> str:
        return datetime.fromtimestamp(t0 + offset, UTC).strftime("%m/%d/%Y %H:%M:%S")
    assert seen == [(0, date(0)), (1, date(2)), (2, date(4)), (3, date(6)), (3, date(6))]


@pytest.mark.parametrize("final", [GatewayStatus.DELIVERY_ERROR, GatewayStatus.GENERAL_ERROR])
def test_a_deterministic_share_of_numbers_fails(sandbox_with_clock: SandboxGateway,
                                                fake_clock: FakeClock,
                                                final: GatewayStatus) -> None:
    [message_id] = message_ids(send(sandbox_with_clock.base_url,
                                    recipient=_recipient_with(final)))
    fake_clock.advance(6.0)
    assert status_of(sandbox_with_clock.base_url, message_id) == final


def test_some_numbers_stay_delivered_to_network(sandbox_with_clock: SandboxGateway,
                                                fake_clock: FakeClock) -> None:
    recipient = _recipient_with(GatewayStatus.DELIVERED_TO_NETWORK)
    [message_id] = message_ids(send(sandbox_with_clock.base_url, recipient=recipient))
    fake_clock.advance(4.0)
    first = get_message(sandbox_with_clock.base_url, message_id)
    fake_clock.advance(3600.0)
    later = get_message(sandbox_with_clock.base_url, message_id)
    assert first.findtext("data/status") == later.findtext("data/status") == "2"
    assert first.findtext("data/date") == later.findtext("data/date")


def test_outcome_shares_follow_the_documented_table() -> None:
    shares = Counter(final_status_for(7, f"57310{n:07d}") for n in range(20_000))
    assert 0.83 < shares[GatewayStatus.DELIVERED_TO_HANDSET] / 20_000 < 0.87
    assert 0.06 < shares[GatewayStatus.DELIVERED_TO_NETWORK] / 20_000 < 0.08
    assert 0.04 < shares[GatewayStatus.DELIVERY_ERROR] / 20_000 < 0.06
    assert 0.02 < shares[GatewayStatus.GENERAL_ERROR] / 20_000 < 0.04


def _finals(seed: int, recipients: list[str]) -> list[str]:
    clock = FakeClock()
    with SandboxGateway(SandboxConfig(seed=seed, status_step_s=1.0), clock=clock) as gateway:
        ids = [message_ids(send(gateway.base_url, recipient=r))[0] for r in recipients]
        clock.advance(10.0)
        return [str(status_of(gateway.base_url, i)) for i in ids]


def test_final_statuses_are_reproducible_per_seed() -> None:
    recipients = [f"57320{n:07d}" for n in range(40)]
    assert _finals(3, recipients) == _finals(3, recipients)
    assert _finals(3, recipients) != _finals(4, recipients)


def test_sendondate_keeps_status_0_until_it_passes(sandbox_with_clock: SandboxGateway,
                                                   fake_clock: FakeClock) -> None:
    base = sandbox_with_clock.base_url
    when = fake_clock() + 3600
    text = datetime.fromtimestamp(when, UTC).strftime("%m/%d/%Y %H:%M:%S")
    [message_id] = message_ids(send(base, recipient=_recipient_with(
        GatewayStatus.DELIVERED_TO_HANDSET), sendondate=text))
    fake_clock.advance(3600 - 1)
    assert status_of(base, message_id) == 0
    fake_clock.advance(1 + 2.0)
    assert status_of(base, message_id) == 1
    fake_clock.advance(4.0)
    assert status_of(base, message_id) == 3
    assert sandbox_with_clock.sent()[0].sendondate == text


def test_sendondate_is_read_in_the_sandbox_time_zone(fake_clock: FakeClock) -> None:
    config = SandboxConfig(timezone="America/Bogota", status_step_s=1.0)
    with SandboxGateway(config, clock=fake_clock) as gateway:
        bogota_now = datetime.fromtimestamp(fake_clock(), UTC).replace(tzinfo=None)
        [message_id] = message_ids(send(gateway.base_url,
                                        sendondate=bogota_now.strftime("%m/%d/%Y %H:%M:%S")))
        fake_clock.advance(5 * 3600 - 1)
        assert status_of(gateway.base_url, message_id) == 0
        fake_clock.advance(2)
        assert status_of(gateway.base_url, message_id) == 1


def test_a_past_sendondate_sends_now(sandbox_with_clock: SandboxGateway,
                                     fake_clock: FakeClock) -> None:
    [message_id] = message_ids(send(sandbox_with_clock.base_url,
                                    sendondate="12/24/2010 10:00:00"))
    fake_clock.advance(2.0)
    assert status_of(sandbox_with_clock.base_url, message_id) == 1


@pytest.mark.parametrize("bad", ["2030-12-24 10:00:00", "13/24/2030 10:00:00",
                                 "12/24/2030", "tomorrow", "12/24/2030 25:00:00"])
def test_a_malformed_sendondate_is_1164_and_not_charged(sandbox: SandboxGateway,
                                                        bad: str) -> None:
    assert error_code(send(sandbox.base_url, sendondate=bad)) == 1164
    assert sandbox.sent() == []
    assert sandbox.credits("demo") == 1_000_000


@pytest.mark.parametrize(("digit", "final"), [("2", 2), ("3", 3), ("4", 4), ("5", 5), ("6", 6)])
def test_magic_numbers_force_the_final_status(sandbox_with_clock: SandboxGateway,
                                              fake_clock: FakeClock, digit: str,
                                              final: int) -> None:
    [message_id] = message_ids(send(sandbox_with_clock.base_url,
                                    recipient=MAGIC_PREFIX + digit))
    fake_clock.advance(600.0)
    assert status_of(sandbox_with_clock.base_url, message_id) == final


def test_magic_number_0_stays_sending(sandbox_with_clock: SandboxGateway,
                                      fake_clock: FakeClock) -> None:
    [message_id] = message_ids(send(sandbox_with_clock.base_url, recipient=MAGIC_PREFIX + "0"))
    fake_clock.advance(600.0)
    assert status_of(sandbox_with_clock.base_url, message_id) == 1


@pytest.mark.parametrize(("digit", "code"), [("1", 1), ("7", 8734)])
def test_magic_numbers_force_an_error(sandbox: SandboxGateway, digit: str, code: int) -> None:
    assert error_code(send(sandbox.base_url, recipient=MAGIC_PREFIX + digit)) == code
    assert sandbox.sent() == []


def test_magic_number_8_is_recorded_then_dropped(sandbox: SandboxGateway) -> None:
    with pytest.raises(requests.ConnectionError):
        send(sandbox.base_url, recipient=MAGIC_PREFIX + "8")
    assert [r.recipient for r in sandbox.sent()] == [MAGIC_PREFIX + "8"]


def test_magic_number_9_is_recorded_then_answered_with_a_broken_body(
        sandbox: SandboxGateway) -> None:
    params = {"action": "sendmessage", "username": "demo", "password": "demo",
              "recipient": MAGIC_PREFIX + "9", "messagedata": "x"}
    answer = requests.get(sandbox.base_url + "/SmsHandlers/sendhandler.ashx", params=params,
                          timeout=5)
    assert answer.status_code == 200
    assert "</response>" not in answer.text
    assert len(sandbox.sent()) == 1
