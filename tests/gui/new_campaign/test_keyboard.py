"""The new-campaign wizard driven with the keyboard only: Enter goes on from every page (never
back, never "Send"), each page opens with the keyboard where its work is, Tab leaves the
message box."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget, QWizard
from pytestqt.qtbot import QtBot

from masiv_desktop.core.settings.paths import AppPaths, app_paths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.gui.new_campaign import NewCampaignWizard
from masiv_desktop.gui.new_campaign import file_page as file_page_module
from masiv_desktop.gui.new_campaign.wizard import (
    FILE,
    MAPPING,
    MESSAGE,
    REVIEW,
    SCHEDULE,
    SHEET,
    VALIDATION,
)
from tests.helpers.paths import ROOT

SAMPLE = ROOT / "resources" / "samples" / "clientes-ejemplo.xlsx"
LISTS = ROOT / "tests" / "fixtures" / "lists"
WAIT = 10_000
CLICK_MS = 300
"""A mnemonic's button answers after its click animation."""


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return app_paths(data_dir).ensure()


def _wizard(qtbot: QtBot, paths: AppPaths, **kwargs: object) -> NewCampaignWizard:
    wizard = NewCampaignWizard(paths, Settings(), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitActive(wizard)
    return wizard


def _focus() -> QWidget:
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def _press(qtbot: QtBot, key: Qt.Key,
           modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focus(), key, modifier)
    qtbot.wait(CLICK_MS if modifier is Qt.KeyboardModifier.AltModifier else 20)


def test_the_whole_flow_with_enter_tab_and_alt_keys(qtbot: QtBot, paths: AppPaths) -> None:
    wizard = _wizard(qtbot, paths, file=SAMPLE)
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=WAIT)
    qtbot.waitUntil(lambda: _focus() is wizard.mapping_page.column, timeout=WAIT)
    _press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == VALIDATION, "Enter on the column list goes on"

    validation = wizard.validation_page
    qtbot.waitUntil(validation.isComplete, timeout=WAIT)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: _focus() is next_button, timeout=WAIT)
    _press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == MESSAGE, "Enter after the check goes on, not back"

    text = wizard.message_page.editor.text
    qtbot.waitUntil(text.hasFocus, timeout=WAIT)
    QTest.keyClicks(text, "Hola {Nombre}")
    _press(qtbot, Qt.Key.Key_Tab)
    assert not text.hasFocus()
    assert wizard.message_page.editor.message() == "Hola {Nombre}"
    qtbot.waitUntil(next_button.isEnabled, timeout=WAIT)
    _press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert wizard.currentId() == SCHEDULE

    qtbot.waitUntil(lambda: _focus() is next_button, timeout=WAIT)
    _press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == REVIEW

    review = wizard.review_page
    qtbot.waitUntil(review.isComplete, timeout=WAIT)
    qtbot.waitUntil(lambda: _focus() is review.name, timeout=WAIT)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "&Send now" and not finish.isDefault()
    created: list[object] = []
    wizard.campaignCreated.connect(lambda *args: created.append(args))
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        _press(qtbot, key)
    qtbot.wait(200)
    assert created == [] and wizard.stored_id is None and wizard.isVisible(), \
        "Enter never sends"
    with qtbot.waitSignal(wizard.campaignCreated, timeout=WAIT) as blocker:
        _press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert blocker.args[1] is True


def test_no_button_inside_takes_enter_when_it_has_the_focus(qtbot: QtBot,
                                                            paths: AppPaths) -> None:
    wizard = _wizard(qtbot, paths, file=SAMPLE)
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=WAIT)
    assert [b.text() for b in wizard.findChildren(QPushButton) if b.autoDefault()] == []
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(wizard.validation_page.isComplete, timeout=WAIT)
    back = wizard.button(QWizard.WizardButton.BackButton)
    back.setFocus()
    _press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == MESSAGE, "Enter on a focused Back still means Next"
    wizard.back()
    wizard.validation_page.retry.show()
    wizard.validation_page.retry.setFocus()
    _press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == MESSAGE, "Enter on “Check again” means Next too"


def test_enter_on_the_sheet_list_goes_on(qtbot: QtBot, paths: AppPaths) -> None:
    wizard = _wizard(qtbot, paths, file=LISTS / "clientes.xlsx")
    qtbot.waitUntil(lambda: wizard.currentId() == SHEET, timeout=WAIT)
    sheets = wizard.sheet_page.sheets
    qtbot.waitUntil(sheets.hasFocus, timeout=WAIT)
    wizard.sheet_page.select("Otra")
    qtbot.waitUntil(wizard.sheet_page.isComplete, timeout=WAIT)
    _press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == MAPPING


def test_enter_on_the_first_page_opens_no_file_dialog(qtbot: QtBot, paths: AppPaths,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[object] = []
    monkeypatch.setattr(file_page_module.QFileDialog, "getOpenFileName",
                        lambda *args: asked.append(args) or ("", ""))
    wizard = _wizard(qtbot, paths)
    choose = wizard.file_page.zone.button
    qtbot.waitUntil(choose.hasFocus, timeout=WAIT)
    _press(qtbot, Qt.Key.Key_Return)
    assert asked == [] and wizard.currentId() == FILE
    _press(qtbot, Qt.Key.Key_Space)
    assert len(asked) == 1, "Space still presses the focused button"
