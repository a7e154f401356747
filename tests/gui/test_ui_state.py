"""Windows that fit the screen they open on: sizing, remembered geometry, message boxes taller
than the screen, and pages that scroll (on the test application's offscreen screen)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from masiv_desktop.gui.ui_state import (
    ScreenFit,
    available_area,
    fit_to_screen,
    restore_geometry,
    room_for,
    scroll_page,
)


@pytest.fixture
def screen_fit(qapp: QApplication) -> Iterator[ScreenFit]:
    fit = ScreenFit(qapp)
    qapp.installEventFilter(fit)
    yield fit
    qapp.removeEventFilter(fit)
    fit.deleteLater()


def test_a_window_gets_its_preferred_size_only_where_the_screen_has_room(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    area = available_area(window)
    fit_to_screen(window, QSize(area.width() * 2, 200))
    assert window.height() == 200
    assert window.width() == room_for(window).width() < area.width()
    fit_to_screen(window, QSize(300, 200))
    assert window.size() == QSize(300, 200)
    frame_left = window.pos().x() - area.x()
    assert abs(frame_left - (area.width() - 300 - 16) // 2) <= 1, "centred on the screen"


def test_a_remembered_size_comes_back_only_if_it_still_fits(qtbot: QtBot) -> None:
    area = available_area(QWidget())
    big = QWidget()
    qtbot.addWidget(big)
    big.resize(area.width() + 400, area.height() + 300)
    small = QWidget()
    qtbot.addWidget(small)
    small.resize(400, 300)
    again = QWidget()
    qtbot.addWidget(again)
    assert restore_geometry(again, small.saveGeometry())
    assert again.size() == QSize(400, 300)
    later = QWidget()
    qtbot.addWidget(later)
    assert not restore_geometry(later, big.saveGeometry()), "larger than the screen"
    assert not restore_geometry(later, None)


def test_a_window_larger_than_the_screen_is_shrunk_and_moved_inside(
        qtbot: QtBot, screen_fit: ScreenFit) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    area = available_area(window)
    window.resize(area.width() + 500, area.height() + 500)
    window.move(area.x() + 300, area.y() + 200)
    window.show()
    qtbot.waitUntil(lambda: area.contains(window.frameGeometry()), timeout=2000)


def test_a_message_box_taller_than_the_screen_shows_its_explanation_in_details(
        qtbot: QtBot, screen_fit: ScreenFit) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    long = "Una explicación larga que no cabe en la pantalla. " * 300
    box = QMessageBox(QMessageBox.Icon.Warning, "Aviso", "¿Enviar de todos modos?",
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(long)
    box.open()
    area = available_area(box)
    qtbot.waitUntil(lambda: area.contains(box.frameGeometry()), timeout=2000)
    assert box.text() == "¿Enviar de todos modos?"
    assert box.informativeText() == "" and box.detailedText().startswith(long.strip())
    box.reject()


def test_a_long_page_scrolls_and_keeps_its_widgets(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    labels = [QLabel(f"línea {n}", page) for n in range(80)]
    for label in labels:
        layout.addWidget(label)
    tall = page.minimumSizeHint().height()
    area = scroll_page(page)
    assert page.minimumSizeHint().height() < tall / 4, "the page no longer needs its height"
    assert all(area.widget().isAncestorOf(label) for label in labels)
    assert area.sizeHint().height() >= area.widget().sizeHint().height() > tall - 20, \
        "asks for the whole of it where there is room"


def test_a_message_box_whose_text_is_too_long_keeps_its_first_sentence(
        qtbot: QtBot, screen_fit: ScreenFit) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    long = "El archivo no se pudo leer. " + "Una fila con un número que no existe. " * 400
    box = QMessageBox(QMessageBox.Icon.Warning, "Aviso", long, QMessageBox.StandardButton.Ok,
                      parent)
    box.open()
    area = available_area(box)
    qtbot.waitUntil(lambda: area.contains(box.frameGeometry()), timeout=2000)
    assert box.text() == "El archivo no se pudo leer. …"
    assert box.detailedText() == long
    box.reject()
