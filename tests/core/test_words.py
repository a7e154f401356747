"""Counts as each language writes them, without Qt (the CLI and the reports)."""

from __future__ import annotations

from masiv_desktop.core.words import count_text


def test_counts_group_thousands_the_way_the_language_does() -> None:
    assert count_text(20_000, "es") == "20.000"
    assert count_text(8_653, "es") == "8.653"
    assert count_text(1_234_567, "es") == "1.234.567"
    assert count_text(20_000, "en") == "20,000"
    assert count_text(20_000) == "20,000"
    assert count_text(999, "es") == "999"
    assert count_text(20_000, "fr") == "20,000"
