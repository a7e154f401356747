"""The SMPP transport against an SMSC written byte by byte in the test (`tests.helpers.raw_smpp`):
receipts with the TLVs real SMSCs send, an SMSC that unbinds with answers still due,
receipt ids that disagree, UCS-2 receipts, replies, the UDH reference."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest

from masiv_desktop.gateway.codes import GatewayStatus
from masiv_desktop.gateway.outcomes import SendOutcome, SendResult
from masiv_desktop.gateway.smpp.transport import SmppAccount, SmppTransport
from tests.helpers.raw_smpp import (
    DELIVER_SM,
    RESP,
    SUBMIT_SM,
    TLV_ADDITIONAL_STATUS_INFO_TEXT,
    TLV_DELIVERY_FAILURE_REASON,
    TLV_DPF_RESULT,
    TLV_MESSAGE_STATE,
    TLV_MS_AVAILABILITY_STATUS,
    TLV_NETWORK_ERROR_CODE,
    TLV_RECEIPTED_MESSAGE_ID,
    UNBIND,
    Frame,
    RawPeer,
    RawSmsc,
    Script,
    c_string,
    read_sm,
    sm_body,
    tlv,
)

PASSWORD = "s3cr3t"
NUMBER = "573151234567"
RECEIPT_TEXT = ("id:{id} sub:001 dlvrd:000 submit date:2503071405 done date:2503071406 "
                "stat:UNDELIV err:001 text:Hola")


def wait_for(condition: Callable[[], object], seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the condition never became true"
        time.sleep(0.01)


@pytest.fixture
def raw_smsc() -> Iterator[Callable[[Script], RawSmsc]]:
    made: list[RawSmsc] = []

    def make(script: Script) -> RawSmsc:
        made.append(RawSmsc(script))
        return made[-1]

    yield make
    for smsc in made:
        smsc.stop()
        assert not smsc.errors, smsc.errors


@pytest.fixture
def client() -> Iterator[Callable[..., SmppTransport]]:
    made: list[SmppTransport] = []

    def make(smsc: RawSmsc, **options: object) -> SmppTransport:
        defaults: dict[str, object] = {"system_id": "ana", "connect_timeout": 1.0,
                                       "read_timeout": 3.0, "reconnect_delays": (0.05,),
                                       "part_retry_delays": (0.05,)}
        defaults.update(options)
        made.append(SmppTransport(SmppAccount(smsc.host, smsc.port, **defaults),  # type: ignore[arg-type]
                                  PASSWORD, start=False))
        return made[-1]

    yield make
    for transport in made:
        transport.close()


def receipt_script(receipt_body: Callable[[str], bytes], message_id: str = "7F3A0001",
                   answers: list[Frame] | None = None) -> Script:
    """Accept the bind and one submit_sm (with `message_id`), push one receipt, keep its
    deliver_sm_resp in `answers`, then idle until the client leaves."""
    def script(peer: RawPeer, _number: int) -> None:
        peer.accept_bind()
        submit = peer.read()
        assert submit is not None and submit.command_id == SUBMIT_SM
        peer.write(SUBMIT_SM | RESP, submit.sequence, c_string(message_id))
        peer.request(DELIVER_SM, receipt_body(message_id))
        answer = peer.read()
        assert answer is not None
        if answers is not None:
            answers.append(answer)
        peer.idle_until_closed()
    return script


def receipt(message_id: str, *, tlvs: bytes = b"", text_id: str | None = None,
            data_coding: int = 3) -> bytes:
    text = RECEIPT_TEXT.format(id=message_id if text_id is None else text_id)
    data = text.encode("utf-16-be" if data_coding == 8 else "latin-1")
    return sm_body(source=(1, 1, NUMBER), dest=(0, 0, "3027"), esm_class=0x04,
                   registered_delivery=0, data_coding=data_coding, short_message=data,
                   tlvs=tlvs)


UNLISTED_TLVS = {
    "delivery_failure_reason": tlv(TLV_DELIVERY_FAILURE_REASON, b"\x01"),
    "additional_status_info_text": tlv(TLV_ADDITIONAL_STATUS_INFO_TEXT,
                                       c_string("Absent subscriber")),
    "dpf_result": tlv(TLV_DPF_RESULT, b"\x01"),
    "ms_availability_status": tlv(TLV_MS_AVAILABILITY_STATUS, b"\x02"),
    "vendor_specific": tlv(0x1401, b"\x00\x07vendor"),
    "message_state_in_two_octets": tlv(TLV_MESSAGE_STATE, b"\x00\x05"),
}


@pytest.mark.parametrize("tlvs", [
    *UNLISTED_TLVS.values(), b"".join(UNLISTED_TLVS.values())
    + tlv(TLV_NETWORK_ERROR_CODE, b"\x03\x00\x01")
    + tlv(TLV_RECEIPTED_MESSAGE_ID, c_string("7F3A0001"))], ids=[*UNLISTED_TLVS, "all"])
def test_a_receipt_with_tlvs_smpplib_does_not_list_is_answered_stored_and_final(
        raw_smsc: Callable[[Script], RawSmsc], client: Callable[..., SmppTransport],
        tlvs: bytes) -> None:
    answers: list[Frame] = []
    transport = client(raw_smsc(receipt_script(lambda i: receipt(i, tlvs=tlvs), answers=answers)))
    assert transport.send_message(NUMBER, "Hola").message_ids == ("7F3A0001",)
    wait_for(lambda: answers)
    assert (answers[0].command_id, answers[0].status) == (DELIVER_SM | RESP, 0)
    report = transport.get_message("7F3A0001")
    assert report.status is GatewayStatus.DELIVERY_ERROR and not report.transient
    assert report.extra == {"stat": "UNDELIV", "err": "001"}


def test_a_receipted_message_id_without_its_nul_keeps_its_last_character(
        raw_smsc: Callable[[Script], RawSmsc], client: Callable[..., SmppTransport]) -> None:
    answers: list[Frame] = []
    body = lambda i: receipt(i, tlvs=tlv(TLV_RECEIPTED_MESSAGE_ID, i.encode()))  # noqa: E731
    transport = client(raw_smsc(receipt_script(body, answers=answers)))
    transport.send_message(NUMBER, "Hola")
    wait_for(lambda: answers)
    assert transport.get_message("7F3A0001").status is GatewayStatus.DELIVERY_ERROR
    assert transport.receipts.get("7F3A000") is None


@pytest.mark.parametrize(("tlv_id", "text_id"), [
    ("SMSC-INTERNAL-99", "7F3A0001"),  # the TLV is the SMSC's own id, the text ours
    ("7F3A0001", "0000000099"),  # the text's id is in another form, the TLV ours
    ("7F3A000", "7F3A0001"),  # a TLV that lost its last character
])
def test_the_receipt_id_that_matches_a_sent_part_wins(
        raw_smsc: Callable[[Script], RawSmsc], client: Callable[..., SmppTransport],
        tlv_id: str, text_id: str) -> None:
    answers: list[Frame] = []
    body = lambda i: receipt(i, text_id=text_id,  # noqa: E731
                             tlvs=tlv(TLV_RECEIPTED_MESSAGE_ID, c_string(tlv_id)))
    transport = client(raw_smsc(receipt_script(body, answers=answers)))
    transport.send_message(NUMBER, "Hola")
    wait_for(lambda: answers)
    assert transport.get_message("7F3A0001").status is GatewayStatus.DELIVERY_ERROR
    assert transport.receipts.count() == 1


def test_a_receipt_written_in_ucs2_is_read(raw_smsc: Callable[[Script], RawSmsc],
                                           client: Callable[..., SmppTransport]) -> None:
    answers: list[Frame] = []
    transport = client(raw_smsc(receipt_script(lambda i: receipt(i, data_coding=8),
                                                answers=answers)))
    transport.send_message(NUMBER, "Hola")
    wait_for(lambda: answers)
    assert answers[0].status == 0
    assert transport.get_message("7F3A0001").status is GatewayStatus.DELIVERY_ERROR


def unbind_script(submits: int, answered: int, after_unbind: list[Frame]) -> Script:
    """First connection: take `submits` submit_sm, send unbind, then answer the first
    `answered` of them, read until the client's unbind_resp (keeping everything the client
    wrote after the unbind in `after_unbind`), close. Later connections idle."""
    def script(peer: RawPeer, number: int) -> None:
        peer.accept_bind()
        if number > 0:
            peer.idle_until_closed()
            return
        frames = [peer.read() for _ in range(submits)]
        assert all(f is not None and f.command_id == SUBMIT_SM for f in frames), frames
        unbind = peer.request(UNBIND)
        for n, frame in enumerate(frames[:answered]):
            assert frame is not None
            peer.write(SUBMIT_SM | RESP, frame.sequence, c_string(f"ID{n}"))
        while (frame := peer.read(2.0)) is not None:
            after_unbind.append(frame)
            if frame.command_id == UNBIND | RESP and frame.sequence == unbind:
                break
        time.sleep(0.2)
    return script


def send_at_once(transport: SmppTransport, count: int) -> list[SendOutcome]:
    outcomes: list[SendOutcome] = []
    lock = threading.Lock()

    def send(i: int) -> None:
        outcome = transport.send_message(str(573150000000 + i), f"Hola {i}")
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_an_smsc_unbind_after_n_submits_leaves_no_answered_submit_uncertain(
        raw_smsc: Callable[[Script], RawSmsc], client: Callable[..., SmppTransport]) -> None:
    after_unbind: list[Frame] = []
    transport = client(raw_smsc(unbind_script(5, 5, after_unbind)), window=10)
    assert transport.check().ok
    outcomes = send_at_once(transport, 5)
    assert [o.result for o in outcomes] == [SendResult.ACCEPTED] * 5
    assert sorted(o.message_ids[0] for o in outcomes) == [f"ID{n}" for n in range(5)]
    assert [f.command_id for f in after_unbind] == [UNBIND | RESP]


def test_after_an_smsc_unbind_only_the_unanswered_submit_is_uncertain(
        raw_smsc: Callable[[Script], RawSmsc], client: Callable[..., SmppTransport]) -> None:
    after_unbind: list[Frame] = []
    transport = client(raw_smsc(unbind_script(3, 2, after_unbind)), window=10)
    assert transport.check().ok
    outcomes = send_at_once(transport, 3)
    assert sorted(o.result for o in outcomes) == sorted(
        [SendResult.ACCEPTED, SendResult.ACCEPTED, SendResult.UNCERTAIN])
    assert [f.command_id for f in after_unbind] == [UNBIND | RESP]


def test_after_an_smsc_unbind_the_next_send_goes_on_a_new_bind(
        raw_smsc: Callable[[Script], RawSmsc], client: Callable[..., SmppTransport]) -> None:
    submitted: list[Frame] = []

    def script(peer: RawPeer, number: int) -> None:
        peer.accept_bind()
        if number == 0:
            peer.request(UNBIND)
            peer.idle_until_closed(2.0)
            return
        frame = peer.read()
        assert frame is not None
        submitted.append(frame)
        peer.write(SUBMIT_SM | RESP, frame.sequence, c_string("NEW1"))
        peer.idle_until_closed()

    transport = client(raw_smsc(script))
    assert transport.check().ok
    wait_for(lambda: transport._session is None or not transport._session.alive)
    time.sleep(0.1)
    assert transport.send_message(NUMBER, "Hola").message_ids == ("NEW1",)
    assert read_sm(submitted[0].body)["destination_addr"] == NUMBER


def test_a_mobile_originated_message_goes_to_the_reply_listener(
        raw_smsc: Callable[[Script], RawSmsc], client: Callable[..., SmppTransport]) -> None:
    answers: list[Frame] = []

    def script(peer: RawPeer, _number: int) -> None:
        peer.accept_bind()
        peer.request(DELIVER_SM, sm_body(source=(1, 1, NUMBER), dest=(2, 1, "3027"),
                                         data_coding=0, short_message=b"BAJA \x7d\x1b\x65"))
        answer = peer.read()
        assert answer is not None
        answers.append(answer)
        peer.idle_until_closed()

    replies: list[tuple[str, str, datetime]] = []
    transport = client(raw_smsc(script))
    transport.reply_listener = lambda source, text, at: replies.append((source, text, at))
    assert transport.check().ok
    wait_for(lambda: answers)
    assert (answers[0].command_id, answers[0].status) == (DELIVER_SM | RESP, 0)
    assert [(s, t) for s, t, _ in replies] == [(NUMBER, "BAJA ñ€")]
    assert replies[0][2].tzinfo is not None


def test_a_reply_that_cannot_be_kept_is_asked_again_later(
        raw_smsc: Callable[[Script], RawSmsc], client: Callable[..., SmppTransport]) -> None:
    answers: list[Frame] = []

    def script(peer: RawPeer, _number: int) -> None:
        peer.accept_bind()
        peer.request(DELIVER_SM, sm_body(source=(1, 1, NUMBER), short_message=b"NO"))
        answer = peer.read()
        assert answer is not None
        answers.append(answer)
        peer.idle_until_closed()

    transport = client(raw_smsc(script))
    transport.reply_listener = lambda source, text, at: False
    assert transport.check().ok
    wait_for(lambda: answers)
    assert answers[0].status == 0x64  # ESME_RX_T_APPN


def test_the_udh_reference_does_not_start_at_the_same_value_in_every_process(
        raw_smsc: Callable[[Script], RawSmsc], client: Callable[..., SmppTransport]) -> None:
    references: list[int] = []

    def script(peer: RawPeer, _number: int) -> None:
        peer.accept_bind()
        while (frame := peer.read()) is not None and frame.command_id == SUBMIT_SM:
            body = read_sm(frame.body)
            data = body["short_message"]
            assert isinstance(data, bytes) and body["esm_class"] == 0x40
            if data[5] == 1:
                references.append(data[3])
            peer.write(SUBMIT_SM | RESP, frame.sequence, c_string(f"P{frame.sequence}"))
        if frame is not None and frame.command_id == UNBIND:
            peer.write(UNBIND | RESP, frame.sequence)

    smsc = raw_smsc(script)
    for _ in range(4):
        transport = client(smsc)
        assert transport.send_message(NUMBER, "x" * 200, long_message=True).result is \
            SendResult.ACCEPTED
        transport.close()
    assert len(references) == 4 and len(set(references)) > 1


def test_an_intermediate_notification_is_neither_a_reply_nor_a_receipt(
        raw_smsc: Callable[[Script], RawSmsc], client: Callable[..., SmppTransport]) -> None:
    answers: list[Frame] = []

    def script(peer: RawPeer, _number: int) -> None:
        peer.accept_bind()
        peer.request(DELIVER_SM, sm_body(source=(1, 1, NUMBER), esm_class=0x20,
                                         short_message=b"id:1 stat:ENROUTE"))
        answer = peer.read()
        assert answer is not None
        answers.append(answer)
        peer.idle_until_closed()

    replies: list[str] = []
    transport = client(raw_smsc(script))
    transport.reply_listener = lambda source, text, at: replies.append(text)
    assert transport.check().ok
    wait_for(lambda: answers)
    assert answers[0].status == 0 and replies == [] and transport.receipts.count() == 0
