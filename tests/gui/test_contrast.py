"""Text stays readable in a light and a dark theme: on every screen of the tour
(`tests/helpers/tour.py`), every label with text has at least 4.5:1 contrast (WCAG AA)
between its text colour and the background it is drawn on (the nearest widget that paints
one), as their palettes have them after their style sheets. Hints are included: a disabled
label's grey is below 4.5:1 in both themes, so a hint must not be a disabled label.

The chart (its background, title and axis labels) follows the theme too.

The one exception is WCAG's: the text of an inactive control. A disabled label beside a
disabled control (the date's words while "Send now" is chosen) belongs to that control."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory, QWidget
from pytestqt.qtbot import QtBot

from masiv_desktop.gui import style
from tests.helpers.tour import INTERACTIVE, tour

FIND_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def light_palette() -> QPalette:
    fusion = QStyleFactory.create("Fusion")
    assert fusion is not None
    return fusion.standardPalette()


THEMES = {"light": light_palette, "dark": style.dark_palette}


@pytest.fixture
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    saved = qapp.palette()
    palette = THEMES[request.param]()
    qapp.setPalette(palette)
    yield palette
    qapp.setPalette(saved)


def painted_background(label: QLabel, group: QPalette.ColorGroup) -> QColor:
    """The colour under `label`: of the nearest widget (itself included) that fills its
    background, by `autoFillBackground` or a style sheet."""
    widget: QWidget | None = label
    while widget is not None:
        if widget.autoFillBackground() or "background" in widget.styleSheet() \
                or widget.isWindow():
            return widget.palette().color(group, widget.backgroundRole())
        widget = widget.parentWidget()
    raise AssertionError("a label outside any window")


def part_of_an_inactive_control(label: QLabel) -> bool:
    parent = label.parentWidget()
    return not label.isEnabled() and parent is not None and any(
        isinstance(sibling, INTERACTIVE) and not sibling.isEnabled() and sibling.isVisible()
        for sibling in parent.findChildren(QWidget, options=FIND_DIRECT))


def unreadable_labels(top: QWidget) -> list[str]:
    found = []
    for label in top.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip() \
                or part_of_an_inactive_control(label):
            continue
        group = QPalette.ColorGroup.Active if label.isEnabled() else \
            QPalette.ColorGroup.Disabled
        text = label.palette().color(group, label.foregroundRole())
        background = painted_background(label, group)
        ratio = style.contrast_ratio(text, background)
        if ratio < style.MIN_CONTRAST:
            found.append(f"{label.text()[:40]!r}: {text.name()} on {background.name()} "
                         f"({ratio:.2f}:1)")
    return found


def unreadable_chart(chart: QChart) -> list[str]:
    """The chart's title and axis labels against its background, which follows the theme."""
    background = chart.backgroundBrush().color()
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    found = [] if background == base else [f"chart background {background.name()}"]
    for what, color in [("title", chart.titleBrush().color()),
                        *(("axis", axis.labelsBrush().color()) for axis in chart.axes())]:
        if style.contrast_ratio(color, background) < style.MIN_CONTRAST:
            found.append(f"chart {what}: {color.name()} on {background.name()}")
    return found


@pytest.mark.parametrize("theme", list(THEMES), indirect=True)
def test_every_label_is_readable(qtbot: QtBot, data_dir: Path, theme: QPalette) -> None:
    unreadable: dict[str, list[str]] = {}

    def check(top: QWidget, where: str) -> None:
        found = unreadable_labels(top)
        for view in top.findChildren(QChartView):
            if view.isVisible():
                found += unreadable_chart(view.chart())
        if found:
            unreadable[where] = found

    tour(qtbot, data_dir, check)
    assert unreadable == {}, "\n".join(f"{where}: {found}" for where, found in unreadable.items())
