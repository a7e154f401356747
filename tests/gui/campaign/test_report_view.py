"""The report's chart as a screen reader and a dark theme meet it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from masiv_desktop.core.reports.outcome import Outcome
from masiv_desktop.gui.campaign.report_view import chart_description
from masiv_desktop.gui.i18n.translators import install_translators


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "es")
    yield
    install_translators(qapp, "en")


def counts(**given: int) -> dict[Outcome, int]:
    return {outcome: given.get(outcome.name, 0) for outcome in Outcome}


def test_the_description_reads_the_figures_in_spanish(spanish: None) -> None:
    text = chart_description(counts(DELIVERED_TO_HANDSET=1234, DELIVERED_TO_NETWORK=500,
                                    DELIVERY_ERROR=266), "es")
    assert text.startswith("Entregado al teléfono: 1.234 (62 %); Entregado al operador: 500 "
                           "(25 %); Error de entrega: 266 (13 %); ")
    assert "Sin estado final: 0 (0 %)." in text
    assert "Cancelado" not in text, "cancelled only when some are"


def test_the_description_counts_cancelled_when_some_are(qapp: QApplication) -> None:
    text = chart_description(counts(DELIVERED_TO_HANDSET=3, CANCELLED=1), "en")
    assert text.startswith("Delivered to the phone: 3 (75 %)")
    assert text.endswith("Cancelled: 1 (25 %).")
    assert chart_description(counts(), "en").startswith("Delivered to the phone: 0 (0 %)")


def test_the_colours_use_the_palette(qapp: QApplication) -> None:
    from masiv_desktop.gui.campaign.report_view import outcome_colors
    from masiv_desktop.gui.style import contrast_ratio, dark_palette

    palette = dark_palette()
    base = palette.color(QPalette.ColorRole.Base)
    colors = outcome_colors(palette)
    assert contrast_ratio(colors[Outcome.DELIVERED_TO_HANDSET], base) >= 4.5
