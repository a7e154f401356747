"""gui/focus_ring.py: the widget with the keyboard is ringed in the palette's highlight, in
every window, on the controls the style leaves unmarked (a default button, a drop-down, a
flat tool button), and the ring stands out on a dark palette too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from masiv_desktop.gui import focus_ring, style
from masiv_desktop.gui.launch import create_application


@pytest.fixture
def rings(qapp: QApplication) -> Iterator[focus_ring.FocusRings]:
    installed = focus_ring.install(qapp)
    yield installed
    installed.remove()


def _dialog(qtbot: QtBot) -> tuple[QDialog, list[QWidget]]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(20, 20, 20, 20)
    send = QPushButton("Send…", dialog)
    send.setDefault(True)
    combo = QComboBox(dialog)
    combo.addItems(["A — Nombre", "B — Celular"])
    close = QToolButton(dialog)
    close.setText("×")
    close.setAutoRaise(True)
    for widget in (send, combo, close):
        layout.addWidget(widget)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog, [send, combo, close]


def _ring_pixels(image: QImage, widget: QWidget, color: QColor) -> int:
    """How many pixels just outside `widget`'s edges have the ring's colour."""
    rect = widget.geometry()
    points = [QPoint(x, y) for x in range(rect.left(), rect.right() + 1)
              for y in (rect.top() - 2, rect.bottom() + 2)]
    points += [QPoint(x, y) for y in range(rect.top(), rect.bottom() + 1)
               for x in (rect.left() - 2, rect.right() + 2)]
    return sum(1 for p in points if _near(image.pixelColor(p), color))


def _near(first: QColor, second: QColor) -> bool:
    return max(abs(first.red() - second.red()), abs(first.green() - second.green()),
               abs(first.blue() - second.blue())) <= 40


def test_the_focused_control_is_ringed_and_the_others_are_not(
        qtbot: QtBot, rings: focus_ring.FocusRings) -> None:
    dialog, widgets = _dialog(qtbot)
    color = focus_ring.ring_color(dialog.palette())
    widgets[0].setFocus()
    for index, widget in enumerate(widgets):
        if index:
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(widget.hasFocus)
        ring = rings.ring
        assert ring is not None and ring.widget() is widget and ring.isVisible()
        image = dialog.grab().toImage()
        perimeter = 2 * (widget.width() + widget.height())
        assert _ring_pixels(image, widget, color) > 0.9 * perimeter, type(widget).__name__
        for other in widgets:
            if other is not widget:
                assert _ring_pixels(image, other, color) < 0.1 * perimeter


def test_the_ring_follows_the_keyboard_into_a_dialog_and_not_into_menus(
        qtbot: QtBot, rings: focus_ring.FocusRings) -> None:
    window, widgets = _dialog(qtbot)
    widgets[1].setFocus()
    qtbot.waitUntil(lambda: rings.ring is not None and rings.ring.widget() is widgets[1])
    inner = QDialog(window)
    button = QPushButton("OK", inner)
    QVBoxLayout(inner).addWidget(button)
    inner.open()
    qtbot.waitUntil(button.hasFocus)
    ring = rings.ring
    assert ring is not None and ring.widget() is button and ring.window() is inner
    inner.close()
    inner.deleteLater()
    qtbot.waitUntil(lambda: rings.ring is None or rings.ring.window() is not inner)
    menu = QMenu(window)
    menu.addAction("Open")
    menu.popup(window.mapToGlobal(QPoint(0, 0)))
    qtbot.waitUntil(menu.isVisible)
    ring = rings.ring
    assert ring is None or ring.widget() is None or ring.widget().window() is not menu
    menu.close()


def test_the_ring_stands_out_on_a_dark_palette() -> None:
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor(0x2b, 0x2b, 0x2b))
    dark.setColor(QPalette.ColorRole.Highlight, QColor(0x1d, 0x4f, 0x86))
    light = QPalette()
    light.setColor(QPalette.ColorRole.Window, QColor(0xef, 0xef, 0xef))
    light.setColor(QPalette.ColorRole.Highlight, QColor(0x9c, 0xc8, 0xf0))
    for palette in (dark, light):
        ring = focus_ring.ring_color(palette)
        assert style.contrast(ring, palette.color(QPalette.ColorRole.Window)) >= 3.0


def test_the_program_shows_the_ring(qapp: QApplication) -> None:
    create_application([])
    installed = qapp.findChild(focus_ring.FocusRings)
    assert isinstance(installed, focus_ring.FocusRings)
    assert focus_ring.install(qapp) is installed, "installed once"
    installed.remove()
    assert qapp.findChild(focus_ring.FocusRings) is None
