"""Counts and times in the program's locale: grouped thousands, weekday, month in words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

from masiv_desktop.gui.i18n.formats import count_text, date_words, time_text
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.message.figures import FigureWords

DECEMBER_8 = datetime(2026, 12, 8, 12, 0, tzinfo=UTC)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "es")
    yield
    install_translators(qapp, "en")


def test_counts_and_times_in_spanish(spanish: None) -> None:
    assert count_text(20000) == "20.000"
    assert count_text(8653) == "8.653"
    assert time_text(DECEMBER_8, ZoneInfo("America/Bogota")).replace(".", "") == \
        "mar 8 dic 2026 07:00"
    assert date_words(date(2026, 12, 2)) == "miércoles, 2 de diciembre de 2026"


def test_counts_and_times_in_english() -> None:
    assert count_text(20000) == "20,000"
    assert time_text(DECEMBER_8, UTC) == "Tue 8 Dec 2026 12:00"


def test_plural_counts_are_grouped_too(qapp: QApplication, spanish: None) -> None:
    """Qt writes %Ln with the locale's separators (a plain %n would give "1374 partes")."""
    words = FigureWords()
    assert words.tr("%Ln part(s)", "", 1374) == "1.374 partes"
    assert words.tr("%Ln part(s)", "", 1) == "1 parte"
    install_translators(qapp, "en")
    assert words.tr("%Ln part(s)", "", 1374) == "1,374 parts"
