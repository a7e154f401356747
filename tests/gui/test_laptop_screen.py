"""The main window on a 1366×768 laptop, in Spanish: the first window fits the screen, the
grid's columns fit the grid (none cut off at the right) and the search box shows its
placeholder; and every window of the program on the screens Qt sees at 125 % and 150 %
scaling.

The test application's offscreen screen is 800×600, so the window is given the size it gets
by default on a 1366×768 screen with a 40-pixel task bar. `QT_QPA_PLATFORM="offscreen:
configfile=screens.json"` gives a screen of another size to a separate process:
`tools/fit_check.py` opens each window there and reports its geometry as JSON.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from masiv_desktop.gui.campaign.page import SHORT_PAGE
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.main_window import default_size
from tests.helpers.desktop import WAIT_MS, open_desktop

LAPTOP = QSize(1366, 728)
"""1366×768 less a task bar."""
ROOT = Path(__file__).resolve().parents[2]
WINDOWS = {
    "main window · recipients", "main window · report", "main window · maximised",
    "wizard · file", "wizard · sheet", "wizard · phone column", "wizard · numbers check",
    "wizard · message", "wizard · schedule", "wizard · review", "settings · Cuenta",
    "settings · Envío", "settings · Programa", "send", "password", "suppression list",
    "replies", "export progress", "message box · question", "message box · warning"}
"""What `tools/fit_check.py` opens (in Spanish)."""


@pytest.mark.parametrize(("width", "height"), [
    (1093, 614 - 40),  # 1366×768 at 125 %, less a task bar
    (911, 512 - 40),  # 1366×768 at 150 %
    (1280, 720 - 40),  # 1920×1080 at 150 %
])
def test_every_window_fits_a_scaled_laptop_screen(tmp_path: Path, width: int,
                                                  height: int) -> None:
    """Each window inside the screen, with every button of its button box (or the wizard's)
    in sight; the main window with its status bar, grid, scroll bar and search box whole;
    the wizard's message page with the counter, smart encoding, the test number and the
    opt-out line reachable; the chart with a readable height for each bar."""
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
           "PYTHONPATH": str(ROOT)}
    env.pop("QT_SCALE_FACTOR", None)
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "fit_check.py"), "--json"],
                          capture_output=True, text=True, env=env, timeout=240, check=False)
    fits = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert {fit["name"] for fit in fits} == WINDOWS, done.stderr[-2000:]
    assert all(fit["available"] == [0, 0, width, height] for fit in fits)
    assert [(fit["name"], fit["problems"]) for fit in fits if not fit["fits"]] == []
    assert done.returncode == 0


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
    # The details move the grid when they arrive (who created it…): drag after them.
    qtbot.waitUntil(lambda: page.details is not None and page.model.rowCount() > 0,
                    timeout=WAIT_MS)
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


def test_on_a_short_window_the_draft_message_leaves_its_room_to_the_grid(
        qtbot: QtBot, data_dir: Path) -> None:
    desktop = open_desktop(qtbot, data_dir)
    page = desktop.workspace.page
    qtbot.waitUntil(lambda: page.details is not None and page.model.rowCount() > 0,
                    timeout=WAIT_MS)
    desktop.window.resize(900, SHORT_PAGE + 250)
    qtbot.waitUntil(lambda: page.height() >= SHORT_PAGE, timeout=WAIT_MS)
    assert page.draft_message.isVisible()
    desktop.window.resize(900, 430)
    qtbot.waitUntil(lambda: not page.draft_message.isVisible(), timeout=WAIT_MS)
    assert page.tabs.widget(2).toPlainText() == page.draft_message.text(), \
        "the Message tab still shows it"
