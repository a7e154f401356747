"""The main window and its dialogs with the keyboard: Tab visits every part in reading order
and leaves the grid, the tabs and the schedule choices have Alt letters that clash with
nothing on screen (in English and in Spanish), every action on a campaign is in the Campaign
menu, and Enter on a drop-down in a dialog presses the dialog's default button."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.usertypes import CampaignState
from masiv_desktop.gui.campaign.send_dialog import SendDialog
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.replies.dialog import RepliesDialog
from masiv_desktop.gui.settings.dialog import SettingsDialog
from masiv_desktop.gui.suppression.dialog import SuppressionDialog
from tests.helpers.desktop import WAIT_MS, Desktop, open_desktop
from tests.helpers.keyboard import MNEMONIC, mnemonics


def _focus() -> QWidget:
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def _tab(qtbot: QtBot, backwards: bool = False) -> QWidget:
    QTest.keyClick(_focus(), Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab,
                   Qt.KeyboardModifier.ShiftModifier if backwards
                   else Qt.KeyboardModifier.NoModifier)
    qtbot.wait(10)
    return _focus()


def _draft_shown(qtbot: QtBot, data_dir: Path) -> Desktop:
    """The program on its first run: the sample draft selected, its page shown, active."""
    desktop = open_desktop(qtbot, data_dir)
    page = desktop.workspace.page
    qtbot.waitUntil(lambda: page.state is CampaignState.DRAFT, timeout=WAIT_MS)
    desktop.window.activateWindow()
    qtbot.waitActive(desktop.window)
    return desktop


def test_tab_reads_the_window_in_order_and_leaves_the_grid(qtbot: QtBot,
                                                           data_dir: Path) -> None:
    desktop = _draft_shown(qtbot, data_dir)
    window, page = desktop.window, desktop.workspace.page
    window.campaigns_view.setFocus()
    visited = [window.campaigns_view]
    for _ in range(12):
        visited.append(_tab(qtbot))
    expected = [window.campaigns_view, page.send_button, page.edit_button, page.tabs.tabBar(),
                page.recipients.filter, page.recipients.search, page.recipients.view,
                window.banner.button, window.new_button, window.campaigns_view]
    assert [w for w in visited if w in expected][:len(expected)] == expected
    assert visited.count(page.recipients.view) == 1, "Tab leaves the grid"
    page.recipients.view.setFocus()
    assert _tab(qtbot, backwards=True) is page.recipients.search


def test_the_campaign_menu_sends_and_edits_a_draft(qtbot: QtBot, data_dir: Path) -> None:
    desktop = _draft_shown(qtbot, data_dir)
    window, workspace = desktop.window, desktop.workspace
    titles = [a.text() for a in window.campaign_menu.actions() if not a.isSeparator()]
    assert titles[:2] == ["Se&nd…", "&Edit…"]
    assert window.send_action.isEnabled() and window.edit_action.isEnabled()
    assert not window.pause_action.isEnabled()
    assert window.send_action in window.campaigns_view.menu_actions
    window.send_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SendDialog),
                    timeout=WAIT_MS)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SendDialog)
    dialog.reject()
    opened: list[object] = []
    workspace.wizardOpened.connect(opened.append)
    window.edit_action.trigger()
    assert len(opened) == 1
    opened[0].reject()  # type: ignore[attr-defined]
    window.campaigns_view.clearSelection()
    assert not window.send_action.isEnabled() and not window.edit_action.isEnabled()


def test_alt_letters_open_the_tabs(qtbot: QtBot, data_dir: Path) -> None:
    desktop = _draft_shown(qtbot, data_dir)
    page = desktop.workspace.page
    desktop.window.campaigns_view.setFocus()
    QTest.keyClick(_focus(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.message, timeout=WAIT_MS)
    QTest.keyClick(_focus(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.recipients, timeout=WAIT_MS)


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def _unique(letters: list[str]) -> bool:
    return len(letters) == len(set(letters))


def test_no_alt_letter_clashes_in_the_main_window(qtbot: QtBot, data_dir: Path,
                                                  language: str) -> None:
    desktop = _draft_shown(qtbot, data_dir)
    window, page = desktop.window, desktop.workspace.page
    window.retranslate()
    page.retranslate()
    for tab in (page.recipients, page.message):
        page.tabs.setCurrentWidget(tab)
        letters = mnemonics(window)
        assert len(letters) >= 6 and _unique(letters), (language, letters)
    for menu in (window.file_menu, window.campaign_menu):
        letters = [m.group(1).lower() for a in menu.actions()
                   for m in MNEMONIC.finditer(a.text())]
        assert _unique(letters), (language, menu.title(), letters)


def test_no_alt_letter_clashes_in_the_send_dialog(qtbot: QtBot, data_dir: Path,
                                                  language: str) -> None:
    desktop = _draft_shown(qtbot, data_dir)
    details = desktop.workspace.page.details
    assert details is not None
    dialog = SendDialog(details.campaign, Settings(), desktop.window)
    qtbot.addWidget(dialog)
    dialog.show()
    letters = mnemonics(dialog)
    assert len(letters) >= 2 and _unique(letters), (language, letters)


def test_enter_on_a_focused_control_of_the_send_dialog_presses_send(
        qtbot: QtBot, data_dir: Path) -> None:
    desktop = _draft_shown(qtbot, data_dir)
    details = desktop.workspace.page.details
    assert details is not None
    dialog = SendDialog(details.campaign, Settings(), desktop.window)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is dialog, timeout=WAIT_MS)
    panel = dialog.schedule
    QTest.keyClick(_focus(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(panel.later_button.isChecked, timeout=WAIT_MS)
    panel.when.setFocus()
    qtbot.waitUntil(dialog.send_button.isEnabled, timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        QTest.keyClick(panel.when, Qt.Key.Key_Return)
    assert dialog.send_at() is not None


def test_no_table_traps_tab(qtbot: QtBot, data_dir: Path) -> None:
    desktop = _draft_shown(qtbot, data_dir)
    window = desktop.window
    dialogs: list[QDialog] = [SuppressionDialog(desktop.paths, "CO", window),
                              RepliesDialog(desktop.paths, Settings(), window)]
    views = [view for top in (window, *dialogs) for view in top.findChildren(QAbstractItemView)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    assert len(views) >= 5
    assert [view for view in views if view.tabKeyNavigation()] == []


def test_enter_on_any_drop_down_of_the_settings_presses_ok(qtbot: QtBot,
                                                            data_dir: Path) -> None:
    paths = app_paths(data_dir).ensure()
    first = SettingsDialog(paths, Settings())
    qtbot.addWidget(first)
    pressed = 0
    for index in range(len(first.findChildren(QComboBox))):
        dialog = SettingsDialog(paths, Settings())
        qtbot.addWidget(dialog)
        dialog.open()
        combo = dialog.findChildren(QComboBox)[index]
        combo.window().activateWindow()
        for tab in dialog.findChildren(QTabWidget):
            while not combo.isVisible() and tab.currentIndex() + 1 < tab.count():
                tab.setCurrentIndex(tab.currentIndex() + 1)
        if not combo.isVisible():
            continue
        combo.setFocus()
        qtbot.waitUntil(combo.hasFocus, timeout=WAIT_MS)
        with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
            QTest.keyClick(combo, Qt.Key.Key_Return)
        assert not combo.view().isVisible(), "Enter went on, the list did not open"
        pressed += 1
    assert pressed >= 4
