"""The sandbox's test SMSC as an independent SMPP 3.4 client sees it: PDUs written and read
byte by byte (`tests.helpers.raw_smpp`), never through smpplib or our own client."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from masiv_desktop.gateway.sandbox.config import SandboxConfig
from masiv_desktop.gateway.sandbox.smsc import SmppSandbox
from masiv_desktop.gateway.sandbox.state import FakeClock, SandboxState
from tests.helpers.raw_smpp import (
    BIND_RECEIVER,
    BIND_TRANSCEIVER,
    BIND_TRANSMITTER,
    DELIVER_SM,
    RESP,
    SUBMIT_SM,
    TLV_MESSAGE_STATE,
    TLV_RECEIPTED_MESSAGE_ID,
    RawEsme,
    c_string,
    read_sm,
    sm_body,
)

PASSWORD = "s3cr3t"
DELIVERED, FAILED = "573000000003", "573000000004"
"""The sandbox's magic numbers: delivered to the handset / delivery error."""
STEP_S = 0.02
RECEIPT_WAIT_S = 1.0
"""A final status comes 10 steps after the send: well within this."""


@pytest.fixture
def smsc() -> Iterator[SmppSandbox]:
    state = SandboxState(SandboxConfig(seed=1, status_step_s=STEP_S))
    state.add_user("ana", PASSWORD)
    with SmppSandbox(state) as server:
        yield server
    state.close()


@pytest.fixture
def esme(smsc: SmppSandbox) -> Iterator[RawEsme]:
    client = RawEsme(smsc.address)
    answer = client.bind(BIND_TRANSCEIVER, "ana", PASSWORD)
    assert (answer.command_id, answer.status) == (BIND_TRANSCEIVER | RESP, 0)
    yield client
    client.close()


def submit(esme: RawEsme, **fields: object) -> str:
    """One submit_sm; the message id of its ESME_ROK answer (asserted)."""
    answer = esme.call(SUBMIT_SM, sm_body(**fields))  # type: ignore[arg-type]
    assert (answer.command_id, answer.status) == (SUBMIT_SM | RESP, 0), hex(answer.status)
    return answer.body.rstrip(b"\x00").decode()


def receipt_ids(esme: RawEsme) -> list[str]:
    return [_c(read_sm(f.body)["tlvs"][TLV_RECEIPTED_MESSAGE_ID])  # type: ignore[index]
            for f in esme.deliveries(RECEIPT_WAIT_S)]


def _c(value: bytes) -> str:
    return value.rstrip(b"\x00").decode()


def test_registered_delivery_0_gets_no_receipt(esme: RawEsme) -> None:
    silent = submit(esme, dest=(1, 1, DELIVERED), registered_delivery=0,
                    short_message=b"sin recibo")
    asked = submit(esme, dest=(1, 1, DELIVERED), registered_delivery=1,
                   short_message=b"con recibo")
    assert receipt_ids(esme) == [asked]
    assert silent != asked


def test_registered_delivery_2_gets_a_receipt_only_for_a_failure(esme: RawEsme) -> None:
    submit(esme, dest=(1, 1, DELIVERED), registered_delivery=2, short_message=b"ok")
    failed = submit(esme, dest=(1, 1, FAILED), registered_delivery=2, short_message=b"mal")
    assert receipt_ids(esme) == [failed]


def test_a_receipt_comes_from_the_handset_to_the_sender(esme: RawEsme) -> None:
    message_id = submit(esme, source=(5, 0, "Masiv"), dest=(1, 1, DELIVERED),
                        short_message=b"Hola")
    (frame,) = esme.deliveries(RECEIPT_WAIT_S)
    fields = read_sm(frame.body)
    assert (fields["source_addr_ton"], fields["source_addr_npi"], fields["source_addr"]) == \
        (1, 1, DELIVERED)
    assert (fields["dest_addr_ton"], fields["dest_addr_npi"], fields["destination_addr"]) == \
        (5, 0, "Masiv")
    assert fields["esm_class"] == 0x04
    tlvs = fields["tlvs"]
    assert isinstance(tlvs, dict)
    assert _c(tlvs[TLV_RECEIPTED_MESSAGE_ID]) == message_id
    assert tlvs[TLV_MESSAGE_STATE] == b"\x02"
    short_message = fields["short_message"]
    assert isinstance(short_message, bytes)
    assert short_message.startswith(f"id:{message_id} ".encode())


def test_a_receipt_without_a_sender_goes_to_the_default_sender(esme: RawEsme) -> None:
    submit(esme, dest=(1, 1, DELIVERED), short_message=b"Hola")
    (frame,) = esme.deliveries(RECEIPT_WAIT_S)
    assert read_sm(frame.body)["destination_addr"] == "3027"


def test_a_receiver_may_not_submit(smsc: SmppSandbox) -> None:
    receiver = RawEsme(smsc.address)
    try:
        assert receiver.bind(BIND_RECEIVER, "ana", PASSWORD).status == 0
        answer = receiver.call(SUBMIT_SM, sm_body(short_message=b"Hola"))
        assert (answer.command_id, answer.status) == (SUBMIT_SM | RESP, 0x04)
    finally:
        receiver.close()
    transmitter = RawEsme(smsc.address)
    try:
        assert transmitter.bind(BIND_TRANSMITTER, "ana", PASSWORD).status == 0
        submit(transmitter, short_message=b"Hola")
    finally:
        transmitter.close()
    assert [r.messagedata for r in smsc.state.sent()] == ["Hola"]


def test_a_relative_schedule_time_is_accepted_from_the_smscs_now() -> None:
    clock = FakeClock()
    state = SandboxState(SandboxConfig(seed=1, timezone="America/Bogota"), clock=clock)
    state.add_user("ana", PASSWORD)
    with SmppSandbox(state) as server:
        esme = RawEsme(server.address)
        try:
            esme.bind(BIND_TRANSMITTER, "ana", PASSWORD)
            submit(esme, schedule="000001023000000R", short_message=b"luego")
            submit(esme, schedule="250307140509020-", short_message=b"absoluto")
            refused = esme.call(SUBMIT_SM, sm_body(schedule="0000010230000001",
                                                   short_message=b"mal"))
            assert refused.status == 0x61  # ESME_RINVSCHED
        finally:
            esme.close()
    now = datetime.fromtimestamp(clock(), ZoneInfo("America/Bogota"))
    expected = now + timedelta(days=1, hours=2, minutes=30)
    assert [r.sendondate for r in state.sent()] == [
        expected.strftime("%m/%d/%Y %H:%M:%S"), "03/07/2025 14:05:09"]
    state.close()


def test_data_coding_0_is_gsm_03_38(smsc: SmppSandbox, esme: RawEsme) -> None:
    submit(esme, data_coding=0,
           short_message=b"\x00 Se\x7dor: 10\x02 o 5 \x1b\x65 \x1b\x3cok\x1b\x3e")
    submit(esme, data_coding=3, short_message="Señor @ $".encode("latin-1"))
    submit(esme, data_coding=8, short_message="Señor 😀".encode("utf-16-be"))
    assert [r.messagedata for r in smsc.state.sent()] == [
        "@ Señor: 10$ o 5 € [ok]", "Señor @ $", "Señor 😀"]


REPLY_CONFIG = SandboxConfig(seed=1, status_step_s=5.0, reply_delay_s=0.05,
                             replies=(("573000000101", "SALIR por favor"),
                                      ("573000000102", "Sí, ¿cuándo? 😀")))


@pytest.fixture
def answering() -> Iterator[RawEsme]:
    """A bound ESME on an SMSC whose test numbers answer (receipts far away)."""
    with SmppSandbox(config=REPLY_CONFIG) as server:
        client = RawEsme(server.address)
        client.bind(BIND_TRANSCEIVER, "demo", "demo")
        yield client
        client.close()


def test_a_test_number_answers_once_from_the_handset_to_the_sender(
        answering: RawEsme) -> None:
    reference = bytes((0x05, 0x00, 0x03, 0x2A, 2))
    for part in (1, 2):
        submit(answering, source=(5, 0, "MiMarca"), dest=(1, 1, "573000000101"),
               esm_class=0x40, short_message=reference + bytes((part,)) + b"Hola " * 20)
    submit(answering, dest=(1, 1, "573000000003"), short_message=b"Hola")
    frames = answering.deliveries(0.5)
    replies = [read_sm(f.body) for f in frames]
    assert len(replies) == 1
    reply = replies[0]
    assert (reply["esm_class"], reply["data_coding"], reply["short_message"]) == \
        (0, 3, b"SALIR por favor")
    assert (reply["source_addr_ton"], reply["source_addr"]) == (1, "573000000101")
    assert (reply["dest_addr_ton"], reply["destination_addr"]) == (5, "MiMarca")


def test_a_reply_beyond_latin1_comes_in_ucs2(answering: RawEsme) -> None:
    submit(answering, dest=(1, 1, "573000000102"), short_message=b"Hola")
    reply = read_sm(answering.deliveries(0.5)[0].body)
    assert reply["data_coding"] == 8
    assert reply["short_message"] == "Sí, ¿cuándo? 😀".encode("utf-16-be")


def test_a_reply_the_esme_could_not_keep_comes_again_later(answering: RawEsme) -> None:
    submit(answering, dest=(1, 1, "573000000101"), short_message=b"Hola")
    first = answering.read(1.0)
    assert first is not None and first.command_id == DELIVER_SM
    answering.write(DELIVER_SM | RESP, first.sequence, c_string(""), status=0x64)
    assert answering.read(0.5) is None
    again = answering.deliveries(1.5)
    assert [read_sm(f.body)["short_message"] for f in again] == [b"SALIR por favor"]
