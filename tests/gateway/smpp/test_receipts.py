"""Reading SMPP receipts (TLVs, the standard text) and the receipt book."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import smpplib.smpp

from masiv_desktop.gateway.codes import GatewayStatus
from masiv_desktop.gateway.smpp.deliver import Delivery, read_deliver_sm
from masiv_desktop.gateway.smpp.receipts import (
    Receipt,
    ReceiptBook,
    read_receipt,
    receipt_text,
)
from masiv_desktop.gateway.smpp.session import _Sequence

TEXT = (b"id:1234567 sub:001 dlvrd:001 submit date:2503071405 done date:250307140612 "
        b"stat:DELIVRD err:000 text:Hola id:999")


def deliver_sm(**fields: object) -> Delivery:
    pdu = smpplib.smpp.make_pdu("deliver_sm", client=_Sequence(), **fields)
    return read_deliver_sm(pdu.generate())


def test_the_standard_text_alone() -> None:
    receipt = read_receipt(deliver_sm(esm_class=0x04, short_message=TEXT),
                           ZoneInfo("America/Bogota"))
    assert receipt == Receipt("1234567", GatewayStatus.DELIVERED_TO_HANDSET, "DELIVRD", "000",
                              datetime(2025, 3, 7, 19, 6, 12, tzinfo=UTC))


def test_tlvs_win_over_the_text() -> None:
    receipt = read_receipt(deliver_sm(esm_class=0x04, short_message=TEXT,
                                      receipted_message_id="abc", message_state=5))
    assert receipt is not None
    assert (receipt.message_id, receipt.status, receipt.stat) == \
        ("abc", GatewayStatus.DELIVERY_ERROR, "UNDELIV")


@pytest.mark.parametrize(("stat", "status"), [
    ("DELIVRD", 3), ("ACCEPTD", 2), ("ENROUTE", 1), ("UNDELIV", 4), ("REJECTD", 4),
    ("EXPIRED", 4), ("DELETED", 5), ("UNKNOWN", 5), ("WHATEVER", 5)])
def test_every_stat_maps_to_the_status_model(stat: str, status: int) -> None:
    text = receipt_text("42", stat, datetime.now(UTC), datetime.now(UTC), "x")
    receipt = read_receipt(deliver_sm(esm_class=0x04, short_message=text.encode()))
    assert receipt is not None and receipt.status == status


def test_a_mobile_originated_message_is_not_a_receipt() -> None:
    assert read_receipt(deliver_sm(esm_class=0, short_message=b"id:1 stat:DELIVRD")) is None


def test_the_book_keeps_the_final_receipt_and_survives_a_reopen(tmp_path: Path) -> None:
    path = tmp_path / "receipts.sqlite3"
    book = ReceiptBook(path, "acme")
    assert book.add(Receipt("255", GatewayStatus.DELIVERED_TO_HANDSET, "DELIVRD"))
    assert book.add(Receipt("255", GatewayStatus.SENDING, "ENROUTE"))
    book.close()
    assert not book.add(Receipt("1", GatewayStatus.SENDING, "ENROUTE"))
    again = ReceiptBook(path, "acme")
    found = again.get("255")
    assert found is not None and found.status is GatewayStatus.DELIVERED_TO_HANDSET
    assert again.get("ff") is None and again.get("0255") is None
    assert ReceiptBook(path, "someone-else").get("255") is None
    again.close()


def test_ids_noted_as_sent_are_known_after_a_reopen(tmp_path: Path) -> None:
    path = tmp_path / "receipts.sqlite3"
    book = ReceiptBook(path, "acme")
    book.note_sent("7F3A0001")
    book.close()
    again = ReceiptBook(path, "acme")
    assert again.knows("7F3A0001") and not again.knows("7F3A000")
    assert not ReceiptBook(path, "someone-else").knows("7F3A0001")
    again.close()


def test_without_a_known_id_the_tlv_wins_unless_the_text_id_extends_it() -> None:
    def read(tlv_id: str, text_id: str) -> str | None:
        found = read_receipt(deliver_sm(esm_class=0x04, receipted_message_id=tlv_id,
                                        short_message=f"id:{text_id} stat:DELIVRD".encode()))
        return found.message_id if found else None

    assert read("abc", "xyz") == "abc"
    assert read("abc", "abcd") == "abcd"
    known = {"xyz"}
    found = read_receipt(deliver_sm(esm_class=0x04, receipted_message_id="abc",
                                     short_message=b"id:xyz stat:DELIVRD"),
                         known=known.__contains__)
    assert found is not None and found.message_id == "xyz"


def test_a_broken_deliver_sm_body_reads_as_empty_fields_never_an_exception() -> None:
    whole = smpplib.smpp.make_pdu("deliver_sm", client=_Sequence(), esm_class=0x04,
                                  short_message=b"id:42 stat:DELIVRD").generate()
    for cut in range(16, len(whole)):
        read_deliver_sm(whole[:cut])
    tail = whole + b"\x04\x27\x00\x09\x02"  # a TLV claiming more octets than there are
    delivery = read_deliver_sm(tail)
    assert delivery.message_state == 2 and delivery.is_receipt
