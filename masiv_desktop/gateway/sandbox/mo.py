"""Handsets that answer: the SMPP sandbox's mobile-originated messages (replies).

`SandboxConfig.replies` names test numbers and what each answers to every message it gets
over SMPP (by default 573000000101 answers "SALIR por favor", 573000000102 "Gracias"), so
the opt-out loop (message → reply → suppression list) can be tried with nothing real sent.
A reply is due `reply_delay_s` after the message's last part was submitted, while the
campaign's session is normally still bound; it waits in the same queue as the receipts
(delivered at the next bind when nobody is bound) and goes out as a deliver_sm of esm_class
0 from the handset to the message's sender, in ISO-8859-1 (data_coding 3) or UCS-2 (8).

Pure helpers for `smsc.py`; the HTTP API has no replies, so the HTTP side has none either.
"""

from __future__ import annotations

from typing import Any

from masiv_desktop.gateway.smpp.encoding import (
    DATA_CODING_LATIN1,
    DATA_CODING_UCS2,
    ESM_CLASS_UDHI,
    encode_text,
)

ESM_CLASS_MO = 0x00
"""esm_class message type 0: a short message from a handset (not a receipt)."""


def reply_for(replies: tuple[tuple[str, str], ...], number: str) -> str | None:
    """What the test number `number` answers, or None for a handset that does not answer."""
    return next((text for handset, text in replies if handset == number), None)


def is_last_part(pdu: Any) -> bool:
    """True for a whole message or the last part of a concatenated one (its UDH says so):
    a handset answers a message once, not once per part."""
    if not int(pdu.esm_class or 0) & ESM_CLASS_UDHI:
        return True
    data = pdu.short_message or b""
    if isinstance(data, str):
        data = data.encode("latin-1")
    header = data[1:1 + data[0]] if data else b""
    pos = 0
    while pos + 2 <= len(header):
        iei, length = header[pos], header[pos + 1]
        value = header[pos + 2:pos + 2 + length]
        if iei == 0x00 and length == 3:
            return value[1] == value[2]
        if iei == 0x08 and length == 4:
            return value[2] == value[3]
        pos += 2 + length
    return True


def reply_fields(text: str) -> dict[str, Any]:
    """The deliver_sm fields that carry `text`: ISO-8859-1 when it fits, else UCS-2."""
    try:
        data, coding = encode_text(text, DATA_CODING_LATIN1), DATA_CODING_LATIN1
    except (UnicodeEncodeError, ValueError):
        data, coding = encode_text(text, DATA_CODING_UCS2), DATA_CODING_UCS2
    return {"esm_class": ESM_CLASS_MO, "data_coding": coding, "short_message": data}
