"""Smart encoding and the explicit accent step: back to GSM-7 without touching GSM-7."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from masiv_desktop.core.text import gsm7
from masiv_desktop.core.text.measure import analyze
from masiv_desktop.core.text.smart_encoding import (
    REPLACEMENTS,
    remove_spanish_accents,
    saving,
    smart_encode,
)
from masiv_desktop.core.usertypes import Encoding, PartRule

WORD_PASTED = ("¡Hola! Nuestra “Gran Venta” – solo hoy… 20\u00a0% de descuento en ‘zapatos’ "
               "y más.\u200b Escríbenos: ventas@tienda.co\tNº 5")


def test_a_word_pasted_spanish_message_returns_to_gsm7_after_both_steps() -> None:
    smart = smart_encode(WORD_PASTED)
    assert smart.text == ('¡Hola! Nuestra "Gran Venta" - solo hoy... 20 % de descuento en '
                          "'zapatos' y más. Escríbenos: ventas@tienda.co No 5")
    assert analyze(smart.text).encoding is Encoding.UCS2  # only the accents are left
    assert [c.char for c in analyze(smart.text).unicode_characters] == ["á", "í"]
    plain = remove_spanish_accents(smart.text)
    assert plain.text == ('¡Hola! Nuestra "Gran Venta" - solo hoy... 20 % de descuento en '
                          "'zapatos' y mas. Escribenos: ventas@tienda.co No 5")
    assert analyze(plain.text).encoding is Encoding.GSM7


def test_where_only_punctuation_forced_unicode_smart_encoding_alone_is_enough() -> None:
    text = "“Oferta” válida… ¡ya!".replace("á", "a")
    assert analyze(smart_encode(text).text).encoding is Encoding.GSM7


def test_changes_name_what_was_replaced_and_where() -> None:
    result = smart_encode(WORD_PASTED)
    nfc = unicodedata.normalize("NFC", WORD_PASTED)
    assert result.changes
    for change in result.changes:
        assert nfc[change.position] == change.original
        assert change.original not in gsm7.GSM7_CHARS
    assert ("“", '"', 1) in result.summary()
    assert result.changes[0].name == "left curly quote “"


@pytest.mark.parametrize(("original", "plain"), [
    ("“x”", '"x"'), ("«x»", '"x"'), ("„x‟", '"x"'), ("‘x’", "'x'"), ("‚x‛", "'x'"),
    ("5′", "5'"), ("a´", "a'"), ("a–b—c‒d―e−f", "a-b-c-d-e-f"), ("…", "..."),
    ("a\u00a0b\u202fc\u2009d\u2002e\u2003f\u2007g", "a b c d e f g"), ("a\tb", "a b"),
    ("a\u200bb\u200cc\u2060d\ufeffe\u00adf", "abcdef"), ("• uno", "* uno"),
    ("Nº 5, 1ª", "No 5, 1a"), ("ﬁn", "fin"), ("ＡＢＣ", "ABC"), ("x²", "x2"), ("™", "TM"),
])
def test_replacement_table(original: str, plain: str) -> None:
    assert smart_encode(original).text == plain


def test_every_replacement_is_gsm7_and_replaces_a_non_gsm7_character() -> None:
    for char, plain in REPLACEMENTS.items():
        assert char not in gsm7.GSM7_CHARS
        assert gsm7.is_gsm7(plain)


def test_smart_encoding_keeps_letters_and_emoji_sequences() -> None:
    text = "Promoción 👨\u200d👩\u200d👧 👍🏽 🇨🇴 ❤️"
    result = smart_encode(text)
    assert result.text == text
    assert result.changes == ()


@pytest.mark.parametrize(("original", "plain"), [
    ("áíóú ÁÍÓÚ", "aiou AIOU"), ("Canción", "Cancion"), ("ç Ç", "c Ç"), ("À", "A"),
    ("é É ñ Ñ ü Ü ¿ ¡ à è ì ò ù", "é É ñ Ñ ü Ü ¿ ¡ à è ì ò ù"), ("São Tomé", "Sao Tomé"),
])
def test_accent_step_touches_only_letters_outside_gsm7(original: str, plain: str) -> None:
    assert remove_spanish_accents(original).text == plain


def test_accent_step_keeps_punctuation() -> None:
    assert remove_spanish_accents("“Canción”").text == "“Cancion”"


def test_saving_shows_parts_before_and_after() -> None:
    text = "Promoción " + "a" * 145  # one ó: 155 UCS-2 units, 3 parts under GSM 03.38
    without = saving(text, PartRule.GSM)
    assert (without.before.parts, without.after.parts, without.parts_saved) == (3, 3, 0)
    fixed = saving(text, PartRule.GSM, accents=True)
    assert (fixed.before.parts, fixed.after.parts, fixed.parts_saved) == (3, 1, 2)
    assert fixed.after.encoding is Encoding.GSM7
    assert [(c.position, c.original) for c in fixed.result.changes] == [(7, "ó")]


def test_saving_with_both_steps_reports_positions_in_the_original() -> None:
    text = "“Canción” – ya " + "a" * 60  # 75 UCS-2 units: 2 parts under GSM 03.38, then 1
    result = saving(text, PartRule.GSM, accents=True).result
    assert [(c.position, c.original, c.replacement) for c in result.changes] == [
        (0, "“", '"'), (6, "ó", "o"), (8, "”", '"'), (10, "–", "-")]
    assert result.text == '"Cancion" - ya ' + "a" * 60


def test_under_the_masiv_rule_a_longer_replacement_is_never_offered() -> None:
    """159 characters with an ellipsis are one part under the Masiv rule (160 characters a
    part, whatever the encoding); "..." would make 161, two parts."""
    text = "a" * 158 + "…"
    fix = saving(text, PartRule.MASIV_HTTP)
    assert not fix.offered and fix.result.text == text and fix.replaceable == 1
    assert fix.before.parts == fix.after.parts == 1
    assert analyze(smart_encode(text).text, PartRule.MASIV_HTTP).parts == 2
    assert saving(text, PartRule.GSM).after.parts == 2 < saving(text, PartRule.GSM).before.parts


def test_under_the_masiv_rule_unicode_alone_saves_nothing() -> None:
    text = "“Oferta” – válida " + "a" * 150
    assert analyze(text, PartRule.MASIV_HTTP).parts == 2
    for accents in (False, True):
        fix = saving(text, PartRule.MASIV_HTTP, accents=accents)
        assert not fix.offered and fix.parts_saved == 0
    assert saving(text, PartRule.GSM, accents=True).parts_saved == 1  # 3 → 2


def test_only_the_replacements_that_save_are_kept() -> None:
    """Removing three zero-width spaces saves the part; turning … into ... as well would
    save it too, but leaves less room: the shorter text wins."""
    text = "a" * 157 + "…" + "\u200b" * 3
    fix = saving(text, PartRule.MASIV_HTTP)
    assert (fix.before.parts, fix.after.parts) == (2, 1)
    assert fix.result.text == "a" * 157 + "…"
    assert {c.original for c in fix.result.changes} == {"\u200b"}


def test_the_opt_out_line_counts_but_is_not_changed() -> None:
    footer = "\nResponda NO para no recibir mensajes " + "a" * 60
    assert not saving("“Hola”", PartRule.GSM).offered
    fix = saving("“Hola”", PartRule.GSM, suffix=footer)
    assert fix.offered and (fix.before.parts, fix.after.parts) == (2, 1)
    assert fix.result.text == '"Hola"'


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab “”…–\u200b©½ñó"), max_size=400),
       st.sampled_from(list(PartRule)), st.booleans())
def test_a_fix_never_adds_a_part_and_is_offered_only_when_it_saves(
        text: str, rule: PartRule, accents: bool) -> None:
    fix = saving(text, rule, accents=accents)
    assert fix.after.parts <= fix.before.parts
    assert fix.offered is (fix.after.parts < fix.before.parts)
    assert analyze(fix.result.text, rule).parts == fix.after.parts


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_gsm7_characters_are_never_touched_and_a_second_pass_changes_nothing(
        text: str) -> None:
    result = smart_encode(text)
    assert all(c.original not in gsm7.GSM7_CHARS for c in result.changes)
    assert smart_encode(result.text).changes == ()
    accents = remove_spanish_accents(text)
    assert all(c.original not in gsm7.GSM7_CHARS for c in accents.changes)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(sorted(gsm7.GSM7_CHARS)), max_size=200))
def test_gsm7_text_is_returned_unchanged(text: str) -> None:
    assert smart_encode(text).text == text
    assert remove_spanish_accents(text).changes == ()
