"""Every control a screen reader reaches has a name, in the language of the program.

The rule, checked on every screen of the tour (`tests/helpers/tour.py`), in Spanish: a widget
a person can operate (a button, a check box, a text field, a drop-down, a spin box or date
field, a slider, a table or list, the chart) that is visible and enabled must have a name as
Qt's accessibility layer gives it to AT-SPI / UI Automation
(`QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)`), and

- the name has a letter or a digit: a lone symbol ("×", "…", "▾") is not a name;
- a field that holds a value (text field, drop-down, spin box, date, text box) is named by
  its accessibleName or by a label whose buddy it is (Qt's "Label" relation, AT-SPI's
  labelled-by), never by its own contents alone: on Linux Qt gives a drop-down's current
  choice as its Name, so a screen reader announced "Mostrar:" by the filter's value;
- a button's text counts as its name (Qt reads it, without the & of its Alt-letter).

Widgets inside another control (a spin box's line edit, a table's viewport and scroll bars,
a combo box's popup) are the parent control's parts and are not checked on their own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from masiv_desktop.gui.campaign.page import CampaignPage
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.main_window import MainWindow
from tests.helpers.tour import INTERACTIVE, tour

HOLDS_A_VALUE = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox)
PARTS = (QComboBox, QAbstractSpinBox, QAbstractItemView, QChartView, QTextEdit, QPlainTextEdit)
"""Controls whose child widgets are their own parts (a table's corner button, a spin box's
line edit, a combo box's list)."""


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the widget's name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid(), widget
    return interface.text(QAccessible.Text.Name).strip()


def labels(widget: QWidget) -> list[str]:
    """The texts of the labels a screen reader finds for `widget` (its buddy labels)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return [label.text(QAccessible.Text.Name)
            for label, _ in interface.relations(QAccessible.RelationFlag.Label)]


def named_by_a_label(widget: QWidget) -> bool:
    """An accessibleName, or a label whose buddy is `widget`."""
    return bool(widget.accessibleName().strip()) or any(text.strip() for text in labels(widget))


def is_a_part(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, PARTS):
            return True
        parent = parent.parentWidget()
    return False


def problems(top: QWidget) -> list[str]:
    """The unnamed interactive widgets under `top`, described for the failure message."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
            continue
        if not widget.isVisible() or not widget.isEnabled() or is_a_part(widget):
            continue
        name = accessible_name(widget)
        what = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        if not any(ch.isalnum() for ch in name):
            found.append(f"{what} is announced as {name!r}")
        elif isinstance(widget, HOLDS_A_VALUE) and not named_by_a_label(widget):
            found.append(f"{what} has no accessibleName nor label (announced as {name!r})")
    return found


def test_every_control_has_a_name_in_spanish(qtbot: QtBot, data_dir: Path,
                                             qapp: QApplication) -> None:
    install_translators(qapp, "es")
    unnamed: dict[str, list[str]] = {}
    heard: dict[str, str] = {}

    def check(top: QWidget, where: str) -> None:
        if found := problems(top):
            unnamed[where] = found
        if isinstance(top, MainWindow) and where.endswith("the report"):
            page = top.findChild(CampaignPage)
            assert page is not None
            chart = page.report.chart_view
            heard["chart"] = accessible_name(chart)
            heard["figures"] = QAccessible.queryAccessibleInterface(chart).text(
                QAccessible.Text.Description)
            heard["close"] = accessible_name(page.report.result.close_button)
        if isinstance(top, MainWindow) and where.endswith("the grid of a sent campaign"):
            page = top.findChild(CampaignPage)
            assert page is not None
            heard["filter"] = page.recipients.filter.accessibleName()
            heard["filter label"] = " ".join(labels(page.recipients.filter))
            heard["search"] = accessible_name(page.recipients.search)

    try:
        tour(qtbot, data_dir, check)
    finally:
        install_translators(qapp, "en")
    assert unnamed == {}, "\n".join(f"{where}: {found}" for where, found in unnamed.items())
    assert heard["chart"] == "Destinatarios por resultado final"
    assert heard["figures"].startswith("Entregado al teléfono: ")
    assert " %)" in heard["figures"]
    assert heard["filter"] == "Mostrar los destinatarios"
    assert heard["filter label"] == "Mostrar:"
    assert heard["search"] == "Buscar en los destinatarios"
    assert heard["close"] == "Cerrar aviso"
