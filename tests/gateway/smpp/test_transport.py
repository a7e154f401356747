"""The SMPP transport against the sandbox's test SMSC over real sockets on 127.0.0.1."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from masiv_desktop.core.text.measure import analyze
from masiv_desktop.core.usertypes import PartRule
from masiv_desktop.gateway.codes import GatewayStatus
from masiv_desktop.gateway.outcomes import SendResult, StatusReport
from masiv_desktop.gateway.sandbox.config import SandboxConfig
from masiv_desktop.gateway.sandbox.smsc import SmppSandbox
from masiv_desktop.gateway.sandbox.state import SandboxState
from masiv_desktop.gateway.smpp.session import SmppSession
from masiv_desktop.gateway.smpp.transport import SMPP_CODE_BASE, SmppAccount, SmppTransport

PASSWORD = "s3cr3t!"
NUMBER = "573151234567"


@pytest.fixture
def smsc() -> Iterator[SmppSandbox]:
    state = SandboxState(SandboxConfig(seed=1, status_step_s=0.05))
    state.add_user("ana", PASSWORD)
    with SmppSandbox(state) as server:
        yield server


@pytest.fixture
def transport(smsc: SmppSandbox) -> Iterator[Callable[..., SmppTransport]]:
    made: list[SmppTransport] = []

    def make(password: str = PASSWORD, **options: object) -> SmppTransport:
        host, port = smsc.address
        defaults: dict[str, object] = {"system_id": "ana", "connect_timeout": 1.0,
                                       "read_timeout": 3.0, "reconnect_delays": (0.05,),
                                       "part_retry_delays": (0.05, 0.05)}
        defaults.update(options)
        client = SmppTransport(SmppAccount(host, port, **defaults),  # type: ignore[arg-type]
                               password)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def wait_for(condition: Callable[[], object], seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the condition never became true"
        time.sleep(0.01)


def test_bind_and_send_one_part(smsc: SmppSandbox, transport: Callable[..., SmppTransport]
                                ) -> None:
    client = transport()
    outcome = client.send_message(NUMBER, "Hola, señor Muñoz", originator="MiTienda")
    assert outcome.result is SendResult.ACCEPTED and len(outcome.parts) == 1
    (record,) = smsc.state.sent()
    assert record.messageids == outcome.message_ids
    assert (record.recipient, record.messagedata, record.username, record.originator) == \
        (NUMBER, "Hola, señor Muñoz", "ana", "MiTienda")
    assert smsc.state.credits("ana") == 1_000_000 - 1


def test_a_wrong_password_is_error_1157_without_sending(
        smsc: SmppSandbox, transport: Callable[..., SmppTransport],
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = transport(password="wrong!")
    outcome = client.send_message(NUMBER, "Hola")
    assert outcome.result is SendResult.REFUSED and outcome.error_code == 1157
    assert client.check().error_code == 1157 and not client.check().ok
    assert smsc.state.sent() == []
    assert "wrong!" not in caplog.text and PASSWORD not in caplog.text


def test_a_long_message_is_udh_parts_with_one_id_each(
        smsc: SmppSandbox, transport: Callable[..., SmppTransport]) -> None:
    text = "Señora Núñez, " * 25
    outcome = transport().send_message(NUMBER, text, long_message=True)
    expected = analyze(text, PartRule.SMPP_LATIN1).part_texts
    assert outcome.result is SendResult.ACCEPTED and len(outcome.parts) == len(expected) == 3
    assert [p.messagedata for p in outcome.parts] == list(expected)
    assert [r.messagedata for r in smsc.state.sent()] == list(expected)
    assert len(set(outcome.message_ids)) == 3


def test_unicode_long_message_arrives_whole(smsc: SmppSandbox,
                                            transport: Callable[..., SmppTransport]) -> None:
    text = "Oferta 🎉 hoy — 50 % " * 8
    outcome = transport().send_message(NUMBER, text, long_message=True)
    assert outcome.result is SendResult.ACCEPTED
    assert "".join(r.messagedata for r in smsc.state.sent()) == text


def test_message_payload_setting_sends_one_submit(
        smsc: SmppSandbox, transport: Callable[..., SmppTransport]) -> None:
    text = "Señora Núñez, " * 25
    outcome = transport(use_message_payload=True).send_message(NUMBER, text, long_message=True)
    assert outcome.result is SendResult.ACCEPTED and len(outcome.parts) == 1
    assert [r.messagedata for r in smsc.state.sent()] == [text]


def test_throttling_is_retry_later_then_success(
        smsc: SmppSandbox, transport: Callable[..., SmppTransport]) -> None:
    client = transport()
    smsc.throttle_next(1)
    assert client.send_message(NUMBER, "Hola").result is SendResult.RETRY_LATER
    assert smsc.state.sent() == []
    assert client.send_message(NUMBER, "Hola").result is SendResult.ACCEPTED
    assert len(smsc.state.sent()) == 1


def test_a_throttled_later_part_is_sent_again_not_the_whole_message(
        smsc: SmppSandbox, transport: Callable[..., SmppTransport]) -> None:
    smsc.throttle_next(1, after=1)
    outcome = transport().send_message(NUMBER, "x" * 200, long_message=True)
    assert outcome.result is SendResult.ACCEPTED and len(outcome.parts) == 2
    assert [len(r.messagedata) for r in smsc.state.sent()] == [134, 66]


def test_a_dropped_connection_after_submit_is_uncertain_and_the_log_says_accepted(
        smsc: SmppSandbox, transport: Callable[..., SmppTransport]) -> None:
    client = transport()
    smsc.drop_next(1)
    outcome = client.send_message(NUMBER, "Hola")
    assert outcome.result is SendResult.UNCERTAIN and outcome.parts == ()
    assert [r.recipient for r in smsc.state.sent()] == [NUMBER]
    wait_for(lambda: client.send_message("573151234568", "Otra").result
             is SendResult.ACCEPTED)
    assert [r.recipient for r in smsc.state.sent()] == [NUMBER, "573151234568"]


def test_a_drop_after_the_first_part_is_uncertain_with_that_part(
        smsc: SmppSandbox, transport: Callable[..., SmppTransport]) -> None:
    smsc.drop_next(1, after=1)
    outcome = transport().send_message(NUMBER, "x" * 300, long_message=True)
    assert outcome.result is SendResult.UNCERTAIN and len(outcome.parts) == 1
    assert len(smsc.state.sent()) == 2


def test_refusals_map_to_documented_codes(transport: Callable[..., SmppTransport]) -> None:
    client = transport()
    invalid = client.send_message("573000000001", "Hola")
    assert invalid.result is SendResult.REFUSED and invalid.error_code == 1
    failing = client.send_message("573000000007", "Hola")
    assert failing.error_code == 8734


def test_no_credits_is_an_smpp_specific_code(smsc: SmppSandbox,
                                             transport: Callable[..., SmppTransport]) -> None:
    smsc.state.set_credits("ana", 0)
    outcome = transport().send_message(NUMBER, "Hola")
    assert outcome.result is SendResult.REFUSED and outcome.error_code == SMPP_CODE_BASE + 0x45


def test_nobody_listening_is_not_sent(closed_port: int) -> None:
    client = SmppTransport(SmppAccount("127.0.0.1", closed_port, system_id="ana",
                                       connect_timeout=0.5), PASSWORD, start=False)
    try:
        assert client.send_message(NUMBER, "Hola").result is SendResult.NOT_SENT
        assert not client.check().ok and client.check().error_code is None
    finally:
        client.close()


def test_receipts_become_statuses(smsc: SmppSandbox,
                                  transport: Callable[..., SmppTransport]) -> None:
    client = transport()
    expected = {"573000000003": GatewayStatus.DELIVERED_TO_HANDSET,
                "573000000004": GatewayStatus.DELIVERY_ERROR,
                "573000000002": GatewayStatus.DELIVERED_TO_NETWORK,
                "573000000005": GatewayStatus.GENERAL_ERROR}
    ids = {n: client.send_message(n, "Hola").message_ids[0] for n in [*expected, "573000000000"]}
    reports: dict[str, StatusReport] = {}

    def all_in() -> bool:
        reports.update({n: client.get_message(ids[n]) for n in expected})
        return all(r.status is not None for r in reports.values())

    wait_for(all_in)
    assert {n: r.status for n, r in reports.items()} == expected
    assert reports["573000000003"].extra["stat"] == "DELIVRD"
    stuck = client.get_message(ids["573000000000"])
    assert stuck.status is None and stuck.transient
    wait_for(lambda: smsc.receipts_waiting("ana") == 0)


def test_receipts_sent_while_disconnected_arrive_after_the_next_bind(
        smsc: SmppSandbox, transport: Callable[..., SmppTransport]) -> None:
    first = transport()
    message_id = first.send_message(NUMBER, "Hola").message_ids[0]
    first.close()
    time.sleep(0.3)
    second = transport()
    second.check()
    wait_for(lambda: second.get_message(message_id).status is not None)


def test_many_threads_share_one_connection_within_the_window(
        smsc: SmppSandbox, transport: Callable[..., SmppTransport]) -> None:
    client = transport(window=3)
    outcomes = []
    lock = threading.Lock()

    def send(i: int) -> None:
        outcome = client.send_message(str(573150000000 + i), f"Hola {i}")
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(120)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(o.result is SendResult.ACCEPTED for o in outcomes)
    assert len({o.message_ids[0] for o in outcomes}) == 120 == len(smsc.state.sent())


def test_enquire_link_is_answered(smsc: SmppSandbox) -> None:
    session = SmppSession(*smsc.address, system_id="ana", password=PASSWORD)
    session.open()
    try:
        assert session.call("enquire_link").command == "enquire_link_resp"
    finally:
        session.close()
    assert not session.alive


def test_the_keeper_reconnects_after_the_smsc_comes_back(
        transport: Callable[..., SmppTransport]) -> None:
    state = SandboxState(SandboxConfig(seed=1))
    state.add_user("ana", PASSWORD)
    first = SmppSandbox(state).start()
    host, port = first.address
    client = SmppTransport(SmppAccount(host, port, system_id="ana", connect_timeout=0.5,
                                       reconnect_delays=(0.05, 0.1), enquire_link_s=0.2),
                           PASSWORD)
    try:
        assert client.send_message(NUMBER, "Hola").result is SendResult.ACCEPTED
        first.stop()
        wait_for(lambda: client._session is None or not client._session.alive)
        assert client.send_message(NUMBER, "Hola").result is SendResult.NOT_SENT
        second = SmppSandbox(state, port=port).start()
        try:
            wait_for(lambda: client._session is not None and client._session.alive)
            assert client.send_message(NUMBER, "Otra").result is SendResult.ACCEPTED
        finally:
            second.stop()
    finally:
        client.close()
        state.close()
