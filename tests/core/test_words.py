"""Core words without Qt (the CLI and the reports): counts grouped the way the language writes
them, plural strings picking their form."""

from __future__ import annotations

from pathlib import Path

from masiv_desktop.core.words import Words, count_form, count_text, english


def test_counts_group_thousands_the_way_the_language_does() -> None:
    assert count_text(20_000, "es") == "20.000"
    assert count_text(8_653, "es") == "8.653"
    assert count_text(1_234_567, "es") == "1.234.567"
    assert count_text(20_000, "en") == "20,000"
    assert count_text(20_000) == "20,000"
    assert count_text(999, "es") == "999"
    assert count_text(20_000, "fr") == "20,000"


def test_the_form_follows_the_count() -> None:
    forms = ("%n fila", "%n filas")
    assert [count_form(forms, n, "es") for n in (0, 1, 2)] == ["0 filas", "1 fila", "2 filas"]


def test_a_grouped_count_uses_the_languages_separator() -> None:
    forms = ("%Ln row", "%Ln rows")
    assert count_form(forms, 12345, "en") == "12,345 rows"
    assert count_form(("%Ln fila", "%Ln filas"), 12345, "es") == "12.345 filas"


def test_english_plurals_come_from_the_english_catalog() -> None:
    text = "Only %Ln part(s) of the message were accepted."
    assert english("Reason", text, None, 1) == "Only 1 part of the message was accepted."
    assert english("Reason", text) == text


def test_a_plural_without_a_translation_falls_back_to_english(tmp_path: Path) -> None:
    (tmp_path / "masiv_desktop_es.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="es"><context>'
        "<name>Reason</name><message numerus=\"yes\"><source>Only %Ln part(s) of the message "
        'were accepted.</source><translation type="unfinished"><numerusform/></translation>'
        "</message></context></TS>", encoding="utf-8")
    words = Words("es", tmp_path)
    assert words("Reason", "Only %Ln part(s) of the message were accepted.", None, 2) == (
        "Only 2 parts of the message were accepted.")
