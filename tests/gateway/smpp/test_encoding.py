"""SMPP encoding: parts equal core.text's, data_coding 3 vs 8, the UDH, addresses, times."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from masiv_desktop.core.text.measure import analyze
from masiv_desktop.core.usertypes import PartRule
from masiv_desktop.gateway.errors import GatewayInputError
from masiv_desktop.gateway.smpp.encoding import (
    DATA_CODING_LATIN1,
    DATA_CODING_UCS2,
    ESM_CLASS_DEFAULT,
    ESM_CLASS_UDHI,
    TON_ALPHANUMERIC,
    TON_INTERNATIONAL,
    decode_text,
    destination,
    format_schedule_time,
    message_parts,
    parse_schedule_time,
    source,
)

SPANISH = "Señora Núñez: su cita es mañana, ¿confirma? Responda SÍ o NO. Gracias. "


def test_spanish_fits_latin1_in_one_part_of_140() -> None:
    text = (SPANISH * 2)[:140]
    (part,) = message_parts(text, long_message=False, use_payload=False, reference=1)
    assert part.data_coding == DATA_CODING_LATIN1 and part.esm_class == ESM_CLASS_DEFAULT
    assert part.short_message == text.encode("latin-1")


def test_141_latin1_characters_are_two_udh_parts_equal_to_the_preview() -> None:
    text = (SPANISH * 3)[:141]
    parts = message_parts(text, long_message=True, use_payload=False, reference=0x2A)
    expected = analyze(text, PartRule.SMPP_LATIN1).part_texts
    assert tuple(p.text for p in parts) == expected and len(parts) == 2
    for number, part in enumerate(parts, start=1):
        assert part.esm_class == ESM_CLASS_UDHI and part.data_coding == DATA_CODING_LATIN1
        assert part.short_message[:6] == bytes((5, 0, 3, 0x2A, 2, number))
        assert decode_text(part.short_message[6:], DATA_CODING_LATIN1) == part.text
        assert len(part.short_message) <= 140


def test_an_emoji_makes_ucs2_with_surrogate_pairs_and_67_units_per_part() -> None:
    text = "Hola 😀 " * 20
    parts = message_parts(text, long_message=True, use_payload=False, reference=7)
    assert tuple(p.text for p in parts) == analyze(text, PartRule.SMPP_LATIN1).part_texts
    assert all(p.data_coding == DATA_CODING_UCS2 for p in parts)
    assert b"".join(p.short_message[6:] for p in parts) == text.encode("utf-16-be")
    assert all(len(p.short_message) <= 140 for p in parts)
    assert "".join(decode_text(p.short_message[6:], 8) for p in parts) == text


def test_euro_sign_is_not_latin1() -> None:
    (part,) = message_parts("Precio 5 €", long_message=False, use_payload=False, reference=1)
    assert part.data_coding == DATA_CODING_UCS2


def test_message_payload_carries_the_whole_text_in_one_submit() -> None:
    text = SPANISH * 4
    (part,) = message_parts(text, long_message=True, use_payload=True, reference=1)
    assert part.short_message == b"" and part.message_payload == text.encode("latin-1")


def test_too_long_without_long_messages_and_empty_are_refused_before_sending() -> None:
    with pytest.raises(GatewayInputError) as info:
        message_parts("x" * 141, long_message=False, use_payload=False, reference=1)
    assert info.value.parameter == "text"
    with pytest.raises(GatewayInputError):
        message_parts("", long_message=True, use_payload=False, reference=1)


def test_addresses() -> None:
    assert destination("573151234567").ton == TON_INTERNATIONAL
    with pytest.raises(GatewayInputError):
        destination("+57 315")
    assert source("").addr == "" and source("MiTienda").ton == TON_ALPHANUMERIC
    assert source("573001112233").ton == TON_INTERNATIONAL
    with pytest.raises(GatewayInputError):
        source("UnRemitenteLargo")


@pytest.mark.parametrize(("when", "expected"), [
    (datetime(2025, 3, 7, 14, 5, 9, 300_000, tzinfo=ZoneInfo("America/Bogota")),
     "2503071405093" + "20-"),
    (datetime(2025, 3, 7, 14, 5, 9, tzinfo=UTC), "250307140509000+"),
    (datetime(2025, 3, 7, 14, 5, 9, tzinfo=ZoneInfo("Asia/Kolkata")), "250307140509022+"),
    (datetime(2025, 3, 7, 14, 5, 9, tzinfo=ZoneInfo("Asia/Kathmandu")), "250307140509023+"),
    (datetime(1970, 1, 1, 14, 5, 9, tzinfo=ZoneInfo("Africa/Monrovia")), "700101144939000+"),
])
def test_schedule_delivery_time_is_smpp_absolute_time(when: datetime, expected: str) -> None:
    text = format_schedule_time(when)
    assert text == expected
    assert parse_schedule_time(text) == when.replace(microsecond=when.microsecond
                                                     // 100_000 * 100_000)


def test_a_naive_send_time_is_refused() -> None:
    with pytest.raises(GatewayInputError):
        format_schedule_time(datetime(2025, 1, 1, 8, 0))


def test_data_coding_0_is_read_as_gsm_03_38_unpacked() -> None:
    data = b"\x00\x02\x11 Se\x7dor \x1b\x65 \x1b\x3cx\x1b\x3e \x1b"
    assert decode_text(data, 0) == "@$_ Señor € [x]  "
    assert decode_text(b"\x00\x02", 3) == "\x00\x02"


@pytest.mark.parametrize(("text", "expected"), [
    ("000000000500000R", datetime(2025, 1, 31, 10, 5, tzinfo=UTC)),
    ("000102030405000R", datetime(2025, 3, 2, 13, 4, 5, tzinfo=UTC)),  # Feb 28 + 2 d
    ("010000000000000R", datetime(2026, 1, 31, 10, 0, tzinfo=UTC)),
])
def test_a_relative_schedule_time_counts_from_now(text: str, expected: datetime) -> None:
    assert parse_schedule_time(text, datetime(2025, 1, 31, 10, 0, tzinfo=UTC)) == expected


@pytest.mark.parametrize("text", ["000000000500000R", "2503071405090", "25030714050900+x",
                                  "250307140509049+"])
def test_a_schedule_time_that_cannot_be_read_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        parse_schedule_time(text)
