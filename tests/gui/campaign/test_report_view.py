"""The report's chart as a screen reader, a dark theme and a small screen meet it: every bar
keeps room for its label, and the report scrolls instead of dropping bars."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from masiv_desktop.core.reports.outcome import Outcome
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.gui.campaign.report_view import ReportView, chart_description, shown_outcomes
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


@pytest.mark.parametrize("extra", [(), (Outcome.IN_PROGRESS, Outcome.CANCELLED)])
def test_a_short_report_scrolls_and_keeps_every_bar_readable(
        qtbot: QtBot, tmp_path: Path, extra: tuple[Outcome, ...]) -> None:
    report = ReportView(app_paths(tmp_path).ensure(), Settings())
    qtbot.addWidget(report)
    counts = dict.fromkeys(Outcome, 0)
    counts[Outcome.DELIVERED_TO_HANDSET] = 40
    for outcome in extra:
        counts[outcome] = 3
    bars = len(shown_outcomes(counts))
    report._draw(counts, "es")
    report.resize(600, 160)
    report.show()
    qtbot.waitExposed(report)
    qtbot.wait(50)
    assert len(report.chart_counts()) == bars
    line = report.chart_view.fontMetrics().height()
    assert report.chart.plotArea().height() / bars >= 2 * line, "room for each bar's label"
    scroll = report.findChild(QScrollArea)
    assert scroll is not None and scroll.widget().isAncestorOf(report.chart_view)
    assert scroll.verticalScrollBar().maximum() > 0, "the report scrolls to its last bar"
