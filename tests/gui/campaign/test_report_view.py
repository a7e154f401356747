"""gui/campaign/report_view.py on a small screen: every bar of the chart keeps room for its
label, and the report scrolls instead of dropping bars."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from masiv_desktop.core.reports.outcome import Outcome
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.gui.campaign.report_view import ReportView, shown_outcomes


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
