"""What one message becomes on an SMPP 3.4 wire: its parts, their bytes, their flags.

The text is cut by `core.text.analyze` under `PartRule.SMPP_LATIN1`, so the parts sent are
exactly the parts the preview showed and the campaign counted: 140 ISO-8859-1 characters in
one part (data_coding 3) or 134 per part of a concatenated message; 70 / 67 UTF-16 code units
in UCS-2 (data_coding 8, big-endian, an astral character as its surrogate pair). A
concatenated part carries a 6-byte UDH (IEI 0x00, 8-bit reference) and esm_class 0x40;
with `message_payload` the whole text travels in one submit_sm (one message id).

Pure functions, thread-safe. Binary messages (the documentation's "sending using binary")
are out of scope: only text is encoded here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from masiv_desktop.core.text.gsm7 import BASIC
from masiv_desktop.core.text.measure import analyze
from masiv_desktop.core.usertypes import Encoding, PartRule
from masiv_desktop.gateway.errors import GatewayInputError

DATA_CODING_DEFAULT = 0
"""The SMSC default alphabet: GSM 03.38, one septet per octet (unpacked), as most send it."""
DATA_CODING_LATIN1 = 3
DATA_CODING_UCS2 = 8
ESM_CLASS_DEFAULT = 0x00
ESM_CLASS_UDHI = 0x40
ESM_CLASS_RECEIPT = 0x04
MAX_PARTS = 255
"""An 8-bit UDH counts at most 255 parts."""
MAX_PAYLOAD_OCTETS = 64_000
MAX_RECIPIENT_DIGITS = 20
"""SMPP 3.4 destination_addr: 21 octets with the terminating NUL."""
MAX_ORIGINATOR_CHARS = 16
"""The same limit as the HTTP API's originator (source_addr allows 20)."""
MAX_ALPHANUMERIC_ORIGINATOR = 11
"""GSM carries at most 11 characters in an alphanumeric sender."""
TON_UNKNOWN, TON_INTERNATIONAL, TON_NATIONAL, TON_ALPHANUMERIC = 0, 1, 2, 5
NPI_UNKNOWN, NPI_ISDN = 0, 1


@dataclass(frozen=True)
class WirePart:
    """One submit_sm's message fields. `text` is the part as the preview shows it."""

    text: str
    data_coding: int
    esm_class: int
    short_message: bytes = b""
    message_payload: bytes = b""


@dataclass(frozen=True)
class Address:
    ton: int
    npi: int
    addr: str


def encode_text(text: str, data_coding: int) -> bytes:
    """ISO-8859-1 or UTF-16 big-endian (surrogate pairs kept), by data_coding."""
    if data_coding == DATA_CODING_LATIN1:
        return text.encode("latin-1")
    return text.encode("utf-16-be", "surrogatepass")


GSM_ESCAPE = 0x1B
_GSM_BASIC = BASIC[:GSM_ESCAPE] + " " + BASIC[GSM_ESCAPE:]
"""The basic table by code; 0x1B (the escape) reads as a space when escaped twice."""
_GSM_EXTENSION = {0x0A: "\f", 0x14: "^", 0x28: "{", 0x29: "}", 0x2F: "\\", 0x3C: "[",
                  0x3D: "~", 0x3E: "]", 0x40: "|", 0x65: "€"}


def decode_gsm(data: bytes) -> str:
    """GSM 03.38 unpacked (one septet per octet, the top bit ignored), escapes read through
    the extension table; an unknown escaped code reads as its basic character (3GPP TS
    23.038 6.2.1.1), a trailing escape as a space."""
    out: list[str] = []
    escaped = False
    for octet in data:
        code = octet & 0x7F
        if escaped:
            out.append(_GSM_EXTENSION.get(code, _GSM_BASIC[code]))
            escaped = False
        elif code == GSM_ESCAPE:
            escaped = True
        else:
            out.append(_GSM_BASIC[code])
    if escaped:
        out.append(" ")
    return "".join(out)


def decode_text(data: bytes, data_coding: int) -> str:
    """The text of a short message by its data_coding: 8 UCS-2 (big-endian), 0 the SMSC
    default read as GSM 03.38 unpacked (what most clients send there; ours never sends 0),
    anything else (3 ISO-8859-1, 1 IA5) as ISO-8859-1."""
    if data_coding == DATA_CODING_UCS2:
        return data.decode("utf-16-be", "replace")
    if data_coding == DATA_CODING_DEFAULT:
        return decode_gsm(data)
    return data.decode("latin-1")


def udh(reference: int, total: int, number: int) -> bytes:
    """The concatenation header: UDHL 5, IEI 0x00 (8-bit reference), IEDL 3, ref, total, no."""
    return bytes((0x05, 0x00, 0x03, reference & 0xFF, total, number))


def message_parts(text: str, *, long_message: bool, use_payload: bool,
                  reference: int) -> tuple[WirePart, ...]:
    """The submit_sm bodies of one message, in order.

    Raises `GatewayInputError` ("text") for an empty text, one that needs several parts while
    `long_message` is off, or one over 255 parts: nothing is sent then.
    """
    if not text:
        raise GatewayInputError("text", "The message text is empty.")
    analysis = analyze(text, PartRule.SMPP_LATIN1, long_message=long_message)
    coding = DATA_CODING_LATIN1 if analysis.encoding is Encoding.LATIN1 else DATA_CODING_UCS2
    if analysis.exceeds_single_limit:
        raise GatewayInputError("text", f"The message needs {analysis.parts} parts "
                                f"({analysis.counted} {analysis.count_unit}); without long "
                                f"messages one part holds {analysis.part_limit}.")
    if use_payload:
        payload = encode_text(analysis.text, coding)
        if len(payload) > MAX_PAYLOAD_OCTETS:
            raise GatewayInputError("text", f"The message is {len(payload)} bytes; "
                                    f"message_payload carries at most {MAX_PAYLOAD_OCTETS}.")
        if analysis.parts <= 1:
            return (WirePart(analysis.text, coding, ESM_CLASS_DEFAULT, short_message=payload),)
        return (WirePart(analysis.text, coding, ESM_CLASS_DEFAULT, message_payload=payload),)
    texts = analysis.part_texts
    if len(texts) > MAX_PARTS:
        raise GatewayInputError("text", f"The message needs {len(texts)} parts; SMPP "
                                f"concatenation allows at most {MAX_PARTS}.")
    if len(texts) == 1:
        return (WirePart(texts[0], coding, ESM_CLASS_DEFAULT,
                         short_message=encode_text(texts[0], coding)),)
    return tuple(
        WirePart(part, coding, ESM_CLASS_UDHI,
                 short_message=udh(reference, len(texts), n) + encode_text(part, coding))
        for n, part in enumerate(texts, start=1))


def destination(recipient: str) -> Address:
    """The recipient as an international ISDN number; `GatewayInputError` when not digits."""
    if not (recipient.isascii() and recipient.isdigit()):
        raise GatewayInputError("recipient", f"The recipient {recipient[:40]!r} must be digits "
                                "only, in international format without '+' (e.g. "
                                "573101234567).")
    if len(recipient) > MAX_RECIPIENT_DIGITS:
        raise GatewayInputError("recipient", f"The recipient {recipient[:40]!r} has "
                                f"{len(recipient)} digits; at most {MAX_RECIPIENT_DIGITS}.")
    return Address(TON_INTERNATIONAL, NPI_ISDN, recipient)


def source(originator: str | None) -> Address:
    """The sender: empty = the account's default (TON/NPI 0), a long number international,
    a short code national, anything else alphanumeric (at most 11 Latin-1 characters)."""
    if not originator:
        return Address(TON_UNKNOWN, NPI_UNKNOWN, "")
    if len(originator) > MAX_ORIGINATOR_CHARS:
        raise GatewayInputError("originator", f"The sender {originator!r} has "
                                f"{len(originator)} characters; at most "
                                f"{MAX_ORIGINATOR_CHARS}.")
    if originator.isascii() and originator.isdigit():
        if len(originator) > 8:
            return Address(TON_INTERNATIONAL, NPI_ISDN, originator)
        return Address(TON_NATIONAL, NPI_ISDN, originator)
    if len(originator) > MAX_ALPHANUMERIC_ORIGINATOR or \
            any(ord(c) > 0xFF or ord(c) < 0x20 for c in originator):
        raise GatewayInputError("originator", f"The sender {originator!r} must be digits, or "
                                f"at most {MAX_ALPHANUMERIC_ORIGINATOR} letters and digits "
                                "over SMPP.")
    return Address(TON_ALPHANUMERIC, NPI_UNKNOWN, originator)


def format_schedule_time(send_on: datetime) -> str:
    """SMPP absolute time `YYMMDDhhmmsstnnp`: local time, tenths of a second, the offset from
    UTC in quarter hours and its sign. Kept in the datetime's own zone when its offset is a
    whole number of quarter hours (Bogotá: `…020-`), else converted to UTC. A naive datetime
    is refused (its zone would be a guess)."""
    offset = send_on.utcoffset()
    if send_on.tzinfo is None or offset is None:
        raise GatewayInputError("send_on", "The send time has no time zone; give a "
                                "timezone-aware date and time.")
    if offset % timedelta(minutes=15) or abs(offset) > timedelta(hours=12):
        send_on, offset = send_on.astimezone(UTC), timedelta(0)
    quarters = int(abs(offset) // timedelta(minutes=15))
    sign = "-" if offset < timedelta(0) else "+"
    return f"{send_on:%y%m%d%H%M%S}{send_on.microsecond // 100_000}{quarters:02d}{sign}"


def parse_schedule_time(text: str, now: datetime | None = None) -> datetime:
    """An SMPP 3.4 time (7.1.1) as an aware datetime: absolute `YYMMDDhhmmsstnnp` (the
    inverse of `format_schedule_time`), or relative `YYMMDDhhmmss000R` added to `now` (aware;
    years and months by the calendar, a day past the month's end clamped to its last day).
    `ValueError` for anything else, or a relative time without `now`."""
    if len(text) != 16 or text[15] not in "+-R" or not text[:15].isdigit():
        raise ValueError(f"not an SMPP time: {text!r}")
    if text[15] == "R":
        if now is None or now.tzinfo is None:
            raise ValueError("a relative SMPP time needs the current time")
        years, months, days, hours, minutes, seconds = (
            int(text[i:i + 2]) for i in range(0, 12, 2))
        return _add_months(now, years * 12 + months) + timedelta(
            days=days, hours=hours, minutes=minutes, seconds=seconds)
    local = datetime.strptime(text[:12], "%y%m%d%H%M%S").replace(
        microsecond=int(text[12]) * 100_000)
    quarters = int(text[13:15])
    if quarters > 48:
        raise ValueError(f"an SMPP time {quarters} quarter hours from UTC: {text!r}")
    offset = timedelta(minutes=15 * quarters) * (-1 if text[15] == "-" else 1)
    return local.replace(tzinfo=timezone(offset))


def _add_months(when: datetime, months: int) -> datetime:
    index = when.year * 12 + when.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    next_month = datetime(year + month // 12, month % 12 + 1, 1)
    last_day = (next_month - timedelta(days=1)).day
    return when.replace(year=year, month=month, day=min(when.day, last_day))
