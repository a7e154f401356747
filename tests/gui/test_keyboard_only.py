"""A whole campaign with the keyboard alone, on the sandbox: Ctrl+N, the list picked in the
file dialog by typing its path, the sheet, the phone column, the message, now, the name —
where Enter does not send and Escape asks before discarding — "Send now" and its question,
the statuses final, then Tab to "Export to Excel…" and the report saved by typing its name.

Only keys are pressed (`QTest.keyClick`/`keyClicks` on the widget that has the focus); the
test reads state to know when to go on. The file dialogs are Qt's own (the offscreen platform
has no native ones), typed into like a person does. One thing stands in for the window
manager: when a dialog closes, the window under it is activated (`_window_manager_activates`),
as every desktop does and the offscreen platform does not.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from masiv_desktop.core.usertypes import CampaignState
from masiv_desktop.gui.new_campaign.wizard import (
    MAPPING,
    MESSAGE,
    REVIEW,
    SCHEDULE,
    SHEET,
    VALIDATION,
    NewCampaignWizard,
)
from tests.helpers.desktop import WAIT_MS, open_desktop, wait_for_state
from tests.helpers.paths import LISTS

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
MNEMONIC_MS = 300
"""A button pressed by its Alt letter answers after its click animation."""


def _focus() -> QWidget:
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard"
    return focus


def _key(qtbot: QtBot, key: Qt.Key,
         modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focus(), key, modifier)
    qtbot.wait(MNEMONIC_MS if modifier is ALT else 20)


def _type(qtbot: QtBot, text: str) -> None:
    QTest.keyClicks(_focus(), text)
    qtbot.wait(20)


def _focus_in(qtbot: QtBot, window: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is window, timeout=WAIT_MS)


def _window_manager_activates(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    _focus_in(qtbot, window)


def _question(qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox),
                    timeout=WAIT_MS)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    _focus_in(qtbot, box)
    return box


def _type_in_file_dialog(path: Path, done: list[Path]) -> Callable[[], None]:
    """Once Qt's file dialog is up (inside its own event loop), select its file name, type
    `path` and press Enter, as a person does."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if not isinstance(dialog, QFileDialog) or focus is None or focus.window() is not dialog:
            QTimer.singleShot(50, answer)
            return
        QTest.keyClick(focus, Qt.Key.Key_A, CTRL)
        QTest.keyClicks(focus, str(path))
        QTest.keyClick(focus, Qt.Key.Key_Return)
        done.append(path)

    return answer


def _tab_until(qtbot: QtBot, target: QWidget, most: int = 20) -> None:
    for _ in range(most):
        if _focus() is target:
            return
        _key(qtbot, Qt.Key.Key_Tab)
    assert _focus() is target, f"Tab never reached {target}"


def test_a_campaign_created_sent_and_exported_with_the_keyboard_alone(
        qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    desktop = open_desktop(qtbot, data_dir)
    window, workspace = desktop.window, desktop.workspace
    _window_manager_activates(qtbot, window)
    opened: list[NewCampaignWizard] = []
    workspace.wizardOpened.connect(opened.append)

    _key(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=WAIT_MS)
    wizard = opened[0]
    _focus_in(qtbot, wizard)
    assert _focus() is wizard.file_page.zone.button
    typed: list[Path] = []
    QTimer.singleShot(0, _type_in_file_dialog(LISTS / "clientes.xlsx", typed))
    _key(qtbot, Qt.Key.Key_Space)
    assert typed, "the list was typed in the file dialog"
    _window_manager_activates(qtbot, wizard)

    qtbot.waitUntil(lambda: wizard.currentId() == SHEET, timeout=WAIT_MS)
    sheets = wizard.sheet_page.sheets
    qtbot.waitUntil(sheets.hasFocus, timeout=WAIT_MS)
    for _ in range(sheets.count()):
        if sheets.currentItem() is not None and \
                sheets.currentItem().text().startswith("Clientes"):
            break
        _key(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(wizard.sheet_page.isComplete, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == MAPPING
    qtbot.waitUntil(lambda: _focus() is wizard.mapping_page.column, timeout=WAIT_MS)
    assert wizard.mapping_page.column.currentText() == "B — Celular"
    _key(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == VALIDATION
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.validation_page.isComplete() and _focus() is next_button,
                    timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == MESSAGE

    editor = wizard.message_page.editor
    qtbot.waitUntil(editor.text.hasFocus, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, "Hola {Nombre}, su saldo es {Saldo}.")
    _key(qtbot, Qt.Key.Key_Tab)
    assert editor.message() == "Hola {Nombre}, su saldo es {Saldo}.", "Tab left the box"
    qtbot.waitUntil(next_button.isEnabled, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_N, ALT)
    assert wizard.currentId() == SCHEDULE
    assert wizard.schedule_page.panel.now_button.isChecked()
    qtbot.waitUntil(lambda: _focus() is next_button, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == REVIEW

    review = wizard.review_page
    qtbot.waitUntil(lambda: review.isComplete() and _focus() is review.name, timeout=WAIT_MS)
    created: list[tuple[int, bool]] = []
    wizard.campaignCreated.connect(lambda *args: created.append(args))
    _key(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, "Saldos por teclado")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.wait(300)
    assert created == [] and wizard.isVisible(), "Enter in the name field does not send"

    _key(qtbot, Qt.Key.Key_Escape)
    box = _question(qtbot)
    assert box.text() == "Discard the new campaign?", "Escape asks before discarding"
    _key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(box) or not box.isVisible(), timeout=WAIT_MS)
    _window_manager_activates(qtbot, wizard)
    assert wizard.isVisible() and created == [] and review.name.text() == "Saldos por teclado"

    _key(qtbot, Qt.Key.Key_S, ALT)
    box = _question(qtbot)
    assert box.text() == "Send “Saldos por teclado”?"
    with qtbot.waitSignal(wizard.campaignCreated, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_S, ALT)
    campaign_id, start_now = created[0]
    assert start_now is True

    page = workspace.page
    qtbot.waitUntil(lambda: not isValid(wizard) or not wizard.isVisible(), timeout=WAIT_MS)
    _window_manager_activates(qtbot, window)
    wait_for_state(qtbot, desktop, campaign_id, CampaignState.FINISHED)
    qtbot.waitUntil(lambda: page.campaign_id == campaign_id
                    and page.state is CampaignState.FINISHED
                    and page.report.figures is not None
                    and page.report.figures.campaign.id == campaign_id
                    and page.tabs.isTabVisible(1), timeout=WAIT_MS)

    _key(qtbot, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.report, timeout=WAIT_MS)
    _tab_until(qtbot, page.report.excel_button)
    target = tmp_path / "informe-teclado.xlsx"
    typed.clear()
    QTimer.singleShot(0, _type_in_file_dialog(target, typed))
    with qtbot.waitSignal(page.report.exporter.exported, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Space)
    assert typed == [target]
    book = openpyxl.load_workbook(target, read_only=True)
    rows = list(book["Recipients"].iter_rows(values_only=True))
    assert len(rows) == page.model.rowCount() + 1
