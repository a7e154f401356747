"""Characters are called what a person calls them, in the user's language, never by their
Unicode name."""

from __future__ import annotations

import unicodedata

import pytest

from masiv_desktop.core.text import gsm7
from masiv_desktop.core.text.char_names import char_label, char_name
from masiv_desktop.core.text.smart_encoding import REPLACEMENTS
from masiv_desktop.core.words import Words

SPANISH = Words("es")


def test_every_replaced_character_has_a_name_of_its_own() -> None:
    generic = ("character U+", "symbol “", "punctuation mark “", "letter “")
    unnamed = [f"U+{ord(c):04X}" for c in REPLACEMENTS
               if char_name(c).startswith(generic)]
    assert unnamed == []


def test_no_name_is_unicodes_english() -> None:
    flagged = list(REPLACEMENTS) + [c for c in "áíóúÁÍÓÚçâãõ😀\x07\ue000"]
    for char in flagged:
        for translate in (None, SPANISH):
            name = char_name(char) if translate is None else char_name(char, translate)
            assert unicodedata.name(char, "?") not in name, (char, name)


@pytest.mark.parametrize(("char", "english", "spanish"), [
    ("“", "left curly quote “", "comilla tipográfica izquierda “"),
    ("’", "curly apostrophe ’", "apóstrofo tipográfico ’"),
    ("—", "em dash —", "raya —"),
    ("…", "ellipsis …", "puntos suspensivos …"),
    ("\u00a0", "non-breaking space", "espacio de no separación"),
    ("\t", "tab", "tabulación"),
    ("\u200b", "zero-width space (invisible)", "espacio de ancho cero (invisible)"),
    ("•", "bullet •", "viñeta •"),
    ("á", "accented letter “á”", "letra con tilde «á»"),
    ("Ω", "letter “Ω”", "letra «Ω»"),
    ("😀", "emoji 😀", "emoji 😀"),
    ("\x07", "control character U+0007", "carácter de control U+0007"),
    ("\ue000", "private-use character U+E000", "carácter de uso privado U+E000"),
    ("✓", "symbol “✓”", "símbolo «✓»"),
    ("\u0378", "unassigned character U+0378", "carácter sin asignar U+0378"),
])
def test_names_in_both_languages(char: str, english: str, spanish: str) -> None:
    assert char_name(char) == english
    assert char_name(char, SPANISH) == spanish


def test_the_label_adds_the_code_point_once() -> None:
    assert char_label("“") == "left curly quote “ (U+201C)"
    assert char_label("\x07", SPANISH) == "carácter de control U+0007"


def test_every_character_outside_gsm7_that_a_keyboard_types_is_named_by_kind() -> None:
    latin = [chr(c) for c in range(0xA0, 0x250) if chr(c) not in gsm7.GSM7_CHARS]
    assert all(not char_name(c).startswith("character U+") for c in latin)
