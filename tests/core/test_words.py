"""Core words: plural strings pick their form and write their count, without Qt."""

from __future__ import annotations

from pathlib import Path

from masiv_desktop.core.words import Words, count_form, english


def test_the_form_follows_the_count() -> None:
    forms = ("%n fila", "%n filas")
    assert [count_form(forms, n, "es") for n in (0, 1, 2)] == ["0 filas", "1 fila", "2 filas"]


def test_a_grouped_count_uses_the_languages_separator() -> None:
    forms = ("%Ln row", "%Ln rows")
    assert count_form(forms, 12345, "en") == "12,345 rows"
    assert count_form(("%Ln fila", "%Ln filas"), 12345, "es") == "12.345 filas"


def test_english_plurals_come_from_the_english_catalog() -> None:
    text = "Only %n part(s) of the message were accepted."
    assert english("Reason", text, None, 1) == "Only 1 part of the message was accepted."
    assert english("Reason", text) == text


def test_a_plural_without_a_translation_falls_back_to_english(tmp_path: Path) -> None:
    (tmp_path / "masiv_desktop_es.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="es"><context>'
        "<name>Reason</name><message numerus=\"yes\"><source>Only %n part(s) of the message "
        'were accepted.</source><translation type="unfinished"><numerusform/></translation>'
        "</message></context></TS>", encoding="utf-8")
    words = Words("es", tmp_path)
    assert words("Reason", "Only %n part(s) of the message were accepted.", None, 2) == (
        "Only 2 parts of the message were accepted.")
