"""Which replies mean "stop": whole words, any case, any accents, phrases in order."""

from __future__ import annotations

import pytest

from masiv_desktop.core.law.opt_out import DEFAULT_STOP_WORDS, StopWords


@pytest.mark.parametrize("reply", [
    "SALIR", "salir", "SALIR por favor", "Salir.", "¡BAJA!", "no más", "NO MAS gracias",
    "No Más!!", "Stop", "cancelar suscripción", "  baja  ", "Quiero SALÍR",
])
def test_a_stop_word_anywhere_as_a_whole_word_opts_out(reply: str) -> None:
    assert DEFAULT_STOP_WORDS.stops(reply)


@pytest.mark.parametrize("reply", [
    "Gracias", "Salirse", "bajar", "stopped", "no", "más", "más no", "", "¿Cuánto cuesta?",
    "NOMAS",
])
def test_other_replies_do_not(reply: str) -> None:
    assert not DEFAULT_STOP_WORDS.stops(reply)


def test_the_words_are_configurable_and_a_phrase_matches_in_order() -> None:
    words = StopWords.parse("fuera; no molestar,\n  ")
    assert words.phrases == (("fuera",), ("no", "molestar"))
    assert words.matched("Por favor NO MOLESTAR más") == "no molestar"
    assert not words.stops("molestar no")
    assert not words.stops("SALIR")


def test_a_setting_without_words_is_refused() -> None:
    with pytest.raises(ValueError):
        StopWords.parse(" , ; ¡! ")
