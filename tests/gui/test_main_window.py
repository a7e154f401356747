"""gui/main_window.py: banner, menus, drag and drop, remembered state, closing during a send."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.usertypes import CampaignState
from masiv_desktop.gui.campaign_list.model import CampaignColumn, CampaignRow, ProgressRole
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.main_window import MainWindow


def window(qtbot: QtBot, data_dir: Path, settings: Settings | None = None) -> MainWindow:
    win = MainWindow(app_paths(data_dir).ensure(), settings or Settings())
    qtbot.addWidget(win)
    return win


def drop(win: MainWindow, path: Path) -> tuple[bool, bool]:
    """Drag a file over the window and drop it; returns (enter accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(10, 10), actions, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    win.dragEnterEvent(enter)
    dropped = QDropEvent(QPointF(10, 10), actions, mime, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    win.dropEvent(dropped)
    return enter.isAccepted(), dropped.isAccepted()


def test_sandbox_banner_follows_the_preset(qtbot: QtBot, data_dir: Path) -> None:
    win = window(qtbot, data_dir)
    win.show()
    assert win.banner.isVisible()
    assert "nothing reaches real phones" in win.banner.message.text()
    assert win.banner.button.text() == "Set up my account…"
    assert win.gateway_label.text() == ("Test gateway (sandbox) on this computer: nothing "
                                        "reaches a phone")
    win.set_settings(Settings(gateway_preset="production", username="acme"))
    assert not win.banner.isVisible()
    assert win.gateway_label.text() == "Account acme · Masiv production"


def test_the_status_bar_names_the_gateway_in_words(qtbot: QtBot, data_dir: Path,
                                                   qapp: QApplication) -> None:
    install_translators(qapp, "es")
    try:
        win = window(qtbot, data_dir)
        win.set_settings(Settings(gateway_preset="production", username="usuario1"))
        assert win.gateway_label.text() == "Cuenta usuario1 · Masiv producción"
        win.set_settings(Settings(gateway_preset="custom", username="usuario1",
                                  gateway_url="https://sms.example.com"))
        assert win.gateway_label.text() == "Cuenta usuario1 · sms.example.com"
        win.set_settings(Settings())
        assert "pasarela de pruebas (sandbox)" in win.gateway_label.text().lower()
    finally:
        install_translators(qapp, "en")


def test_menus_use_platform_shortcuts(qtbot: QtBot, data_dir: Path) -> None:
    win = window(qtbot, data_dir)
    assert win.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert win.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert not win.quit_action.shortcut().isEmpty()
    assert not win.settings_action.shortcut().isEmpty()
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles[0] == "&File" and titles[-1] == "&Help"
    requested: list[bool] = []
    win.newCampaignRequested.connect(lambda: requested.append(True))
    win.new_action.trigger()
    win.placeholder_button.click()
    assert requested == [True, True]


def test_dropping_a_spreadsheet_emits_its_path(qtbot: QtBot, data_dir: Path,
                                               tmp_path: Path) -> None:
    win = window(qtbot, data_dir)
    sheet = tmp_path / "lists" / "clientes.xlsx"
    sheet.parent.mkdir()
    sheet.write_bytes(b"PK\x03\x04")
    other = tmp_path / "notes.pdf"
    other.write_bytes(b"%PDF")
    with qtbot.waitSignal(win.fileDropped) as dropped, qtbot.waitSignal(win.spreadsheetChosen):
        assert drop(win, sheet) == (True, True)
    assert dropped.args == [str(sheet)]
    assert win.ui_state.last_folder == sheet.parent
    with qtbot.assertNotEmitted(win.fileDropped):
        assert drop(win, other) == (False, False)


def test_geometry_and_last_folder_survive_a_restart(qtbot: QtBot, data_dir: Path,
                                                    tmp_path: Path) -> None:
    first = window(qtbot, data_dir)
    first.show()
    first.resize(700, 520)
    first.splitter.setSizes([250, 450])
    first.ui_state.last_folder = tmp_path
    first.close()
    second = window(qtbot, data_dir)
    second.show()
    assert (second.width(), second.height()) == (700, 520)
    assert second.splitter.sizes()[0] == first.splitter.sizes()[0]
    assert second.ui_state.last_folder == tmp_path
    assert (data_dir / "window-state.ini").exists()
    assert not (data_dir / "settings.json").exists(), "window state is not a setting"


def test_closing_during_a_send_asks_and_pauses(qtbot: QtBot, data_dir: Path,
                                              modal: Any) -> None:
    win = window(qtbot, data_dir)
    win.show()
    paused: list[bool] = []
    win.set_sending_hooks(lambda: True, lambda: paused.append(True))
    modal.next("Keep sending")
    assert not win.close()
    modal.wait()
    assert win.isVisible() and paused == []
    modal.next("Pause and close")
    win.close()
    modal.wait()
    qtbot.waitUntil(lambda: not win.isVisible())
    assert paused == [True]
    assert modal.texts == ["Pause the campaign and close Masiv Desktop?"] * 2


def test_closing_during_a_send_is_not_blocked_by_the_question(qtbot: QtBot,
                                                              data_dir: Path) -> None:
    win = window(qtbot, data_dir)
    win.show()
    paused: list[bool] = []
    win.set_sending_hooks(lambda: True, lambda: paused.append(True))
    assert not win.close()
    assert not win.close()
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1, "closing again while the question shows does not ask twice"
    box = boxes[0]
    assert box.windowModality() is Qt.WindowModality.WindowModal
    assert win.isVisible() and paused == []
    pause = next(b for b in box.buttons() if b.text() == "Pause and close")
    pause.click()
    qtbot.waitUntil(lambda: not win.isVisible())
    assert paused == [True]


def test_closing_when_idle_does_not_ask(qtbot: QtBot, data_dir: Path) -> None:
    win = window(qtbot, data_dir)
    win.show()
    assert win.close()


def test_campaign_list_and_selection(qtbot: QtBot, data_dir: Path) -> None:
    win = window(qtbot, data_dir)
    created = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)
    win.campaigns.set_campaigns([
        CampaignRow(5, "Promoción diciembre", CampaignState.RUNNING, 25, 100, created),
        CampaignRow(4, "Recordatorio", CampaignState.FINISHED, 10, 10, created)])
    model = win.campaigns
    assert model.data(model.index(0, CampaignColumn.NAME)) == "Promoción diciembre"
    assert model.data(model.index(0, CampaignColumn.STATE)) == "Sending"
    assert model.data(model.index(0, CampaignColumn.PROGRESS)) == "25 %"
    assert model.data(model.index(0, CampaignColumn.PROGRESS), ProgressRole) == 0.25
    assert model.data(model.index(0, CampaignColumn.PROGRESS),
                      Qt.ItemDataRole.ToolTipRole) == "25 of 100 recipients"
    with qtbot.waitSignal(win.campaignSelected) as selected:
        win.select_campaign(4)
    assert selected.args == [4]
    model.update_progress(5, 60, 100, CampaignState.PAUSED)
    assert model.data(model.index(0, CampaignColumn.STATE)) == "Paused"


@pytest.mark.parametrize(("language", "name"), [("es", "guia-usuario.es.html"),
                                                ("en", "user-guide.en.html")])
def test_help_opens_the_user_guide_in_the_program_language(
        qtbot: QtBot, data_dir: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
        language: str, name: str) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    install_translators(qapp, language)
    win = window(qtbot, data_dir)
    assert win.docs_action.isEnabled()
    win.docs_action.trigger()
    (url,) = opened
    guide = Path(url.toLocalFile())
    assert guide.name == name and guide.is_file()
    assert f'<html lang="{language}">' in guide.read_text(encoding="utf-8")
def test_the_campaign_menu_opens_the_suppression_list(qtbot: QtBot, data_dir: Path) -> None:
    from masiv_desktop.gui.suppression import SuppressionDialog

    win = window(qtbot, data_dir)
    assert win.suppression_action in win.campaign_menu.actions()
    assert win.suppression_action.text() == "Suppression &list…"
    win.suppression_action.trigger()
    dialog = win.findChild(SuppressionDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_settings_have_one_name(qtbot: QtBot, data_dir: Path, qapp: QApplication,
                                    language: str) -> None:
    """The menu item, the dialog's title and the messages that send people there say the
    same word ("Configuración" in Spanish, as Windows says it; "Settings" in English)."""
    from masiv_desktop.core.settings.credentials import CredentialsError, CredentialsProblem
    from masiv_desktop.gui.settings.dialog import SettingsDialog
    from masiv_desktop.gui.settings.problems import account_problem_text

    install_translators(qapp, language)
    try:
        win = window(qtbot, data_dir)
        win.settings_action.trigger()
        dialog = win.findChild(SettingsDialog)
        assert dialog is not None
        name = dialog.windowTitle()
        dialog.reject()
        assert name == {"es": "Configuración", "en": "Settings"}[language]
        assert win.settings_action.text().replace("&", "") == name + "…"
        problem = account_problem_text(CredentialsError(CredentialsProblem.NO_USERNAME))
        assert f"{name} › " in problem
    finally:
        install_translators(qapp, "en")


def test_no_other_name_for_the_settings_in_the_catalog() -> None:
    catalog = (Path(__file__).parents[2] / "resources" / "translations" /
               "masiv_desktop_es.ts").read_text(encoding="utf-8")
    for other in ("Preferencias", "Opciones…", "Preferences", "Options…"):
        assert other not in catalog, other
