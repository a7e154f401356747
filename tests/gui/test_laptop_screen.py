"""The main window on a 1366×768 laptop, in Spanish: the first window fits the screen, the
grid's columns fit the grid (none cut off at the right) and the search box shows its
placeholder.

The test application's offscreen screen is 800×600, so the window is given the size it gets
by default on a 1366×768 screen with a 40-pixel task bar. (`QT_QPA_PLATFORM="offscreen:
configfile=screens.json"` gives a real 1366×768 screen to a separate process.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.main_window import default_size
from tests.helpers.desktop import WAIT_MS, open_desktop

LAPTOP = QSize(1366, 728)
"""1366×768 less a task bar."""


def test_the_first_window_fits_a_laptop_screen() -> None:
    size = default_size(LAPTOP)
    assert size.width() <= LAPTOP.width() - 40 and size.height() <= LAPTOP.height() - 40
    assert size.width() >= 1200
    assert default_size(QSize(2560, 1400)) == QSize(1280, 800)


def test_the_grid_fits_on_a_laptop_in_spanish(qtbot: QtBot, data_dir: Path,
                                              qapp: QApplication) -> None:
    install_translators(qapp, "es")
    try:
        desktop = open_desktop(qtbot, data_dir)
        desktop.window.resize(default_size(LAPTOP))
        page = desktop.workspace.page
        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
        qtbot.wait(50)
        view = page.recipients.view
        header = view.horizontalHeader()
        assert header.length() <= view.viewport().width(), "no column beyond the right edge"
        assert view.horizontalScrollBar().maximum() == 0
        metrics = header.fontMetrics()
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue  # the send-time column: only for rows with their own times
            title = str(page.model.headerData(column, Qt.Orientation.Horizontal))
            assert header.sectionSize(column) > metrics.horizontalAdvance(title), title
        number = view.fontMetrics().horizontalAdvance("573163048521")
        assert header.sectionSize(1) > number, "numbers are not cut"
        search = page.recipients.search
        assert search.placeholderText() == "Buscar un número o un nombre"
        assert search.width() > search.fontMetrics().horizontalAdvance(search.placeholderText())
    finally:
        install_translators(qapp, "en")


def test_the_user_widths_are_kept(qtbot: QtBot, data_dir: Path) -> None:
    desktop = open_desktop(qtbot, data_dir)
    page = desktop.workspace.page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    view = page.recipients.view
    header = view.horizontalHeader()
    edge = QPoint(header.sectionViewportPosition(2) + header.sectionSize(2) - 1,
                  header.height() // 2)
    QTest.mouseMove(header.viewport(), edge)
    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    QTest.mouseMove(header.viewport(), edge + QPoint(60, 0))
    QTest.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton,
                       pos=edge + QPoint(60, 0))
    assert view.user_widths
    dragged = header.sectionSize(2)
    desktop.window.resize(default_size(LAPTOP))
    qtbot.wait(50)
    assert header.sectionSize(2) == dragged, "the view no longer fits the columns"
