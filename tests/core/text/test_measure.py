"""Message text analysis: every boundary of the three part rules, and properties."""

from __future__ import annotations

import unicodedata

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from masiv_desktop.core.text import gsm7
from masiv_desktop.core.text.measure import analyze, grapheme_count, measure
from masiv_desktop.core.usertypes import Encoding, PartRule

GSM, MASIV, SMPP = PartRule.GSM, PartRule.MASIV_HTTP, PartRule.SMPP_LATIN1
G7, U2, L1 = Encoding.GSM7, Encoding.UCS2, Encoding.LATIN1

FAMILY = "👨\u200d👩\u200d👧"  # 8 UTF-16 code units, one character
FLAG = "🇨🇴"  # 4 UTF-16 code units, one character
SMILE = "😀"  # 2 UTF-16 code units
THUMB = "👍🏽"  # emoji + skin tone modifier: 4 units, one character

# (rule, text, encoding, units, parts, lengths of the part texts in code points)
BOUNDARIES = [
    (GSM, "a" * 160, G7, 160, 1, [160]),
    (GSM, "a" * 161, G7, 161, 2, [153, 8]),
    (GSM, "a" * 306, G7, 306, 2, [153, 153]),
    (GSM, "a" * 307, G7, 307, 3, [153, 153, 1]),
    (GSM, "€" * 80, G7, 160, 1, [80]),
    (GSM, "€" * 80 + "a", G7, 161, 2, [76, 5]),
    (GSM, "a" * 152 + "€" + "b" * 10, G7, 164, 2, [152, 11]),  # escape pair never split
    (GSM, "a" * 305 + "{", G7, 307, 3, [153, 152, 1]),
    (GSM, "á" * 70, U2, 70, 1, [70]),
    (GSM, "á" * 71, U2, 71, 2, [67, 4]),
    (GSM, "á" * 134, U2, 134, 2, [67, 67]),
    (GSM, "á" * 135, U2, 135, 3, [67, 67, 1]),
    (GSM, "€á" * 35, U2, 70, 1, [70]),  # extension characters count one in UCS-2
    (GSM, SMILE * 35, U2, 70, 1, [35]),
    (GSM, SMILE * 35 + "a", U2, 71, 2, [33, 3]),
    (GSM, "a" * 66 + SMILE + "b" * 10, U2, 78, 2, [66, 11]),  # surrogate pair not split
    (GSM, "a" * 65 + FLAG, U2, 69, 1, [67]),
    (GSM, "a" * 66 + FLAG + "b" * 5, U2, 75, 2, [66, 2 + 5]),  # a flag is not split
    (GSM, "a" * 60 + FAMILY + "b" * 10, U2, 78, 2, [60, 5 + 10]),  # nor a ZWJ family
    (GSM, "a" * 64 + THUMB + "b" * 5, U2, 73, 2, [64, 2 + 5]),
    (GSM, "e\u0301" * 160, G7, 160, 1, [160]),  # decomposed é stays GSM-7 after NFC
    (GSM, "a" * 66 + "x\u0301" + "b", U2, 69, 1, [69]),
    (GSM, "a" * 66 + "x\u0301" + "b" * 3, U2, 71, 2, [66, 5]),  # base + mark stay together
    (GSM, "", G7, 0, 0, []),
    (MASIV, "a" * 160, G7, 160, 1, [160]),
    (MASIV, "a" * 161, G7, 161, 2, [160, 1]),
    (MASIV, "a" * 320, G7, 320, 2, [160, 160]),
    (MASIV, "a" * 321, G7, 321, 3, [160, 160, 1]),
    (MASIV, "€" * 160, G7, 320, 1, [160]),  # the gateway counts characters, not septets
    (MASIV, "á" * 160, U2, 160, 1, [160]),
    (MASIV, "á" * 161, U2, 161, 2, [160, 1]),
    (MASIV, SMILE * 80, U2, 160, 1, [80]),
    (MASIV, SMILE * 80 + "a", U2, 161, 2, [80, 1]),
    (MASIV, "a" * 159 + SMILE, U2, 161, 2, [159, 1]),  # emoji at the block boundary
    (MASIV, "a" * 155 + FAMILY, U2, 163, 2, [155, 5]),
    (MASIV, "e\u0301" * 160, G7, 160, 1, [160]),
    (SMPP, "a" * 140, L1, 140, 1, [140]),
    (SMPP, "a" * 141, L1, 141, 2, [134, 7]),
    (SMPP, "a" * 268, L1, 268, 2, [134, 134]),
    (SMPP, "a" * 269, L1, 269, 3, [134, 134, 1]),
    (SMPP, "á" * 140, L1, 140, 1, [140]),  # á is Latin-1
    (SMPP, "€" * 70, U2, 70, 1, [70]),  # € is not
    (SMPP, "€" * 71, U2, 71, 2, [67, 4]),
]


@pytest.mark.parametrize(("rule", "text", "encoding", "units", "parts", "lengths"), BOUNDARIES)
def test_boundaries(rule: PartRule, text: str, encoding: Encoding, units: int, parts: int,
                    lengths: list[int]) -> None:
    a = analyze(text, rule)
    assert (a.encoding, a.units, a.parts) == (encoding, units, parts)
    assert [len(p) for p in a.part_texts] == lengths
    assert "".join(a.part_texts) == unicodedata.normalize("NFC", text)
    assert measure(text, rule).parts == parts


@pytest.mark.parametrize(("rule", "text", "left"), [
    (GSM, "a" * 160, 0), (GSM, "a" * 161, 145), (GSM, "a" * 152 + "€" + "b" * 10, 141),
    (GSM, "á" * 71, 63), (MASIV, "a" * 161, 159), (MASIV, "", 160), (SMPP, "a" * 141, 127),
])
def test_units_left_in_the_last_part(rule: PartRule, text: str, left: int) -> None:
    assert analyze(text, rule).left_in_last_part == left


def test_masiv_counts_utf16_code_units_as_characters() -> None:
    a = analyze("Hola " + SMILE + " €", MASIV)
    assert (a.characters, a.counted, a.count_unit) == (8, 9, "characters")
    assert a.units == 9  # UCS-2 on the handset
    b = analyze("€" * 3, MASIV)
    assert (b.encoding, b.units, b.counted) == (G7, 6, 3)


def test_long_message_off_flags_what_the_gateway_refuses_with_1160() -> None:
    assert not analyze("a" * 160, long_message=False).exceeds_single_limit
    too_long = analyze("a" * 161, long_message=False)
    assert too_long.exceeds_single_limit and not too_long.fits_without_long_message
    assert too_long.parts == 2
    assert not analyze("a" * 161).exceeds_single_limit
    assert measure("a" * 161, MASIV, long_message=False).exceeds_single_limit
    assert measure("á" * 161, MASIV, long_message=False).exceeds_single_limit


@pytest.mark.parametrize(("char", "is_gsm"), [
    *[(c, True) for c in "éèùìòÇØøÅåÄÖÑÜ§¿äöñüàÉÆæß¡£¥ΔΦΓΛΩΠΨΣΘΞ@$¤_"],
    *[(c, True) for c in "^{}\\[~]|€\f"],
    *[(c, False) for c in "áíóúÁÍÓÚçÀÈÌÒÙâêôãõ`“”‘’–—…\t\u00a0\x1b"],
])
def test_gsm7_table(char: str, is_gsm: bool) -> None:
    assert gsm7.is_gsm7(char) is is_gsm
    assert analyze(char, GSM).encoding is (G7 if is_gsm else U2)


def test_extension_characters_cost_two_septets() -> None:
    for char in "^{}\\[~]|€\f":
        assert analyze(char, GSM).units == 2


def test_unicode_characters_are_listed_with_their_positions() -> None:
    a = analyze("“Promoción” ok", GSM)
    assert [(c.position, c.char) for c in a.unicode_characters] == [
        (0, "“"), (8, "ó"), (10, "”")]
    assert a.unicode_characters[0].name == "left curly quote “"
    assert a.unicode_characters[0].code_point == "U+201C"
    latin = analyze("Promoción €", SMPP)
    assert [c.char for c in latin.unicode_characters] == ["€"]


def test_characters_the_gateway_may_not_carry() -> None:
    a = analyze("a\tb\x00c\nd\r\ne\x0cf\x7f\ue000")
    assert [c.char for c in a.not_carried] == ["\t", "\x00", "\x0c", "\x7f", "\ue000"]
    assert analyze("Hola\r\nmundo\n").not_carried == ()


def test_characters_are_what_the_reader_sees() -> None:
    assert analyze(FAMILY + FLAG + THUMB + "e\u0301" + "\r\n").characters == 5
    assert grapheme_count("abc") == 3


def test_analysis_is_cached_and_accepts_the_rule_as_text() -> None:
    assert analyze("hola", "gsm") is analyze("hola", GSM)  # type: ignore[arg-type]


def test_crlf_is_never_split() -> None:
    text = "a" * 152 + "\r\n" + "b" * 10
    a = analyze(text, GSM)
    assert a.part_texts[0] == "a" * 152
    assert a.part_texts[1].startswith("\r\n")


def test_a_character_longer_than_a_part_is_cut_between_code_points() -> None:
    zalgo = "a" + "\u0301\u0302" * 50  # one grapheme of 101 UTF-16 units
    a = analyze(zalgo, GSM)
    assert a.parts == 2
    assert "".join(a.part_texts) == unicodedata.normalize("NFC", zalgo)


# ---- properties --------------------------------------------------------------------------

_INTERESTING = st.sampled_from(
    [*"aé€{\r\n á“…\u00a0\u0301\t", SMILE, FLAG, FAMILY, THUMB, "🇨", "\u200d"])
_TEXTS = st.lists(_INTERESTING | st.characters(), max_size=420).map("".join)


def _cost(part: str, rule: PartRule, encoding: Encoding) -> int:
    if rule is MASIV or encoding is U2:
        return len(part.encode("utf-16-le", "surrogatepass")) // 2
    return gsm7.septets(part) if encoding is G7 else len(part)


def _first_piece(part: str, rule: PartRule, encoding: Encoding, limit: int) -> str:
    first = regex.match(r"\X", part)
    assert first is not None
    piece = first.group()
    return piece if _cost(piece, rule, encoding) <= limit else part[0]


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, rule=st.sampled_from(list(PartRule)))
def test_parts_rejoin_never_exceed_and_are_full(text: str, rule: PartRule) -> None:
    a = analyze(text, rule)
    assert "".join(a.part_texts) == unicodedata.normalize("NFC", text)
    assert a.parts == len(a.part_texts) == measure(text, rule).parts
    assert all(a.part_texts)
    sizes = [_cost(p, rule, a.encoding) for p in a.part_texts]
    assert all(size <= a.part_limit for size in sizes)
    assert sum(sizes) == a.counted
    for size, following in zip(sizes, a.part_texts[1:], strict=False):
        # greedy: the next part's first character would not have fitted
        assert size + _cost(_first_piece(following, rule, a.encoding, a.part_limit),
                            rule, a.encoding) > a.part_limit


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, rule=st.sampled_from(list(PartRule)))
def test_no_cut_inside_a_character_that_fits_in_a_part(text: str, rule: PartRule) -> None:
    a = analyze(text, rule)
    limit = a.part_limit
    boundaries: set[int] = set()
    inside_oversized: set[int] = set()
    for m in regex.finditer(r"\X", a.text):
        boundaries.add(m.start())
        if _cost(m.group(), rule, a.encoding) > limit:
            inside_oversized.update(range(m.start(), m.end()))
    offset = 0
    for part in a.part_texts[:-1]:
        offset += len(part)
        assert offset in boundaries or offset in inside_oversized


@settings(max_examples=200, deadline=None)
@given(text=_TEXTS)
def test_characters_count_graphemes(text: str) -> None:
    nfc = unicodedata.normalize("NFC", text)
    assert analyze(text).characters == len(regex.findall(r"\X", nfc))
