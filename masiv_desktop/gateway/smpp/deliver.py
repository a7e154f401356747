"""A deliver_sm read by hand: each mandatory field in order, then every TLV by its tag.

smpplib 2.2.4 refuses a deliver_sm that carries a TLV its `DeliverSM` class does not list
(`delivery_failure_reason` 0x0425, `additional_status_info_text` 0x001D, `dpf_result`
0x0420, `ms_availability_status` 0x0422, …: a `KeyError`), reads an integer TLV by its own
idea of the size instead of the TLV's length, and cuts the last character of a string TLV
sent without its NUL. SMSCs send all of these in receipts, and a deliver_sm the client cannot
read is one the SMSC sends again for ever while its part never gets a status. So the body is
walked here, with no knowledge of any TLV but the few we use: the others are kept by tag and
ignored. It never raises: a short body reads as empty fields (the SMSC's mistake is answered
deliver_sm_resp, never an endless retry).

Pure and thread-safe.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from dataclasses import dataclass, field

from masiv_desktop.gateway.smpp.encoding import ESM_CLASS_RECEIPT, ESM_CLASS_UDHI, decode_text

DELIVER_SM = 0x00000005
TLV_RECEIPTED_MESSAGE_ID = 0x001E
TLV_MESSAGE_STATE = 0x0427
TLV_MESSAGE_PAYLOAD = 0x0424
TLV_NETWORK_ERROR_CODE = 0x0423
ESM_CLASS_TYPE_MASK = 0x3C
"""esm_class bits 2–5: the message type (0x04 = SMSC delivery receipt)."""


@dataclass(frozen=True)
class Delivery:
    """What a deliver_sm says. Attribute names follow SMPP 3.4 (and smpplib's PDUs)."""

    sequence: int
    service_type: str = ""
    source_addr_ton: int = 0
    source_addr_npi: int = 0
    source_addr: str = ""
    dest_addr_ton: int = 0
    dest_addr_npi: int = 0
    destination_addr: str = ""
    esm_class: int = 0
    data_coding: int = 0
    short_message: bytes = b""
    tlvs: Mapping[int, bytes] = field(default_factory=dict)
    """Every TLV by tag (the last of a repeated tag), known or not."""

    @property
    def is_receipt(self) -> bool:
        """An SMSC delivery receipt (esm_class type 0x04), not a mobile-originated message."""
        return self.esm_class & ESM_CLASS_TYPE_MASK == ESM_CLASS_RECEIPT

    @property
    def is_mobile_originated(self) -> bool:
        """A message a handset sent (esm_class type 0): a reply. Other types (intermediate
        notifications, SME acknowledgements) are neither this nor a receipt."""
        return self.esm_class & ESM_CLASS_TYPE_MASK == 0

    @property
    def receipted_message_id(self) -> str:
        """The TLV's whole value (with or without its NUL), empty when absent."""
        return _c_text(self.tlvs.get(TLV_RECEIPTED_MESSAGE_ID, b""))

    @property
    def message_state(self) -> int | None:
        value = self.tlvs.get(TLV_MESSAGE_STATE)
        return int.from_bytes(value, "big") if value else None

    @property
    def message_payload(self) -> bytes:
        return self.tlvs.get(TLV_MESSAGE_PAYLOAD, b"")

    def text(self) -> str:
        """The message text (short_message, else message_payload) decoded by data_coding,
        without a UDH when esm_class says there is one."""
        data = self.short_message or self.message_payload
        if self.esm_class & ESM_CLASS_UDHI and data:
            data = data[1 + data[0]:]
        return decode_text(data, self.data_coding)


class _Cursor:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def octet(self) -> int:
        if self.pos >= len(self.data):
            return 0
        self.pos += 1
        return self.data[self.pos - 1]

    def c_string(self) -> str:
        end = self.data.find(b"\x00", self.pos)
        end = len(self.data) if end < 0 else end
        value = self.data[self.pos:end]
        self.pos = end + 1
        return value.decode("latin-1")

    def octets(self, size: int) -> bytes:
        value = self.data[self.pos:self.pos + size]
        self.pos += size
        return value


def _c_text(value: bytes) -> str:
    return value.split(b"\x00", 1)[0].decode("latin-1").strip()


def read_deliver_sm(frame: bytes) -> Delivery:
    """A whole deliver_sm PDU (header included) → `Delivery`. Never raises."""
    sequence = struct.unpack(">L", frame[12:16])[0] if len(frame) >= 16 else 0
    body = _Cursor(frame[16:])
    service_type = body.c_string()
    source = (body.octet(), body.octet(), body.c_string())
    dest = (body.octet(), body.octet(), body.c_string())
    esm_class = body.octet()
    body.octet()  # protocol_id
    body.octet()  # priority_flag
    body.c_string()  # schedule_delivery_time
    body.c_string()  # validity_period
    body.octet()  # registered_delivery
    body.octet()  # replace_if_present_flag
    data_coding = body.octet()
    body.octet()  # sm_default_msg_id
    short_message = body.octets(body.octet())
    tlvs: dict[int, bytes] = {}
    data, pos = body.data, body.pos
    while pos + 4 <= len(data):
        tag, length = struct.unpack(">HH", data[pos:pos + 4])
        tlvs[tag] = data[pos + 4:pos + 4 + length]
        pos += 4 + length
    return Delivery(sequence, service_type, *source, *dest, esm_class=esm_class,
                    data_coding=data_coding, short_message=short_message, tlvs=tlvs)
