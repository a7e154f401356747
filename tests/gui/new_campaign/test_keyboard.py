"""The new-campaign wizard driven with the keyboard only: Enter goes on from every page (never
back, never "Send"), each page opens with the keyboard where its work is, Tab leaves the
message box and the tables, "Send now" asks once more, and Escape, Cancel or the close
button ask before discarding what was entered."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMessageBox,
    QPushButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from masiv_desktop.core.settings.paths import AppPaths, app_paths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import CampaignState
from masiv_desktop.gui.i18n.translators import install_translators
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
from tests.helpers.keyboard import MNEMONIC, mnemonics
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
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is wizard, timeout=WAIT)
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
    _press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    box = _box(qtbot)
    assert box.text() == "Send “clientes-ejemplo”?"
    _press(qtbot, Qt.Key.Key_Return)
    _answered(qtbot, box, wizard)
    qtbot.wait(200)
    assert created == [] and wizard.isVisible(), "Enter on the question does not send either"
    _press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    _box(qtbot)
    with qtbot.waitSignal(wizard.campaignCreated, timeout=WAIT) as blocker:
        _press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert blocker.args[1] is True


def _gone(box: QMessageBox) -> bool:
    """The question was answered (it deletes itself once closed)."""
    return not isValid(box) or not box.isVisible()


def _answered(qtbot: QtBot, box: QMessageBox, wizard: QWidget) -> None:
    """Wait until `box` is closed, then give the keyboard back to `wizard` as a window
    manager does (the offscreen platform activates no window by itself)."""
    qtbot.waitUntil(lambda: _gone(box), timeout=WAIT)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is wizard, timeout=WAIT)


def _box(qtbot: QtBot) -> QMessageBox:
    """The question the wizard opened, once it has the keyboard."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox)
                    and QApplication.activeModalWidget().isVisible(), timeout=WAIT)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is box, timeout=WAIT)
    return box


def _to_message_page(qtbot: QtBot, wizard: NewCampaignWizard) -> None:
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=WAIT)
    qtbot.waitUntil(lambda: _focus() is wizard.mapping_page.column, timeout=WAIT)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(wizard.validation_page.isComplete, timeout=WAIT)
    qtbot.waitUntil(lambda: _focus() is wizard.button(QWizard.WizardButton.NextButton),
                    timeout=WAIT)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(wizard.message_page.editor.text.hasFocus, timeout=WAIT)


def test_escape_with_nothing_entered_closes_at_once(qtbot: QtBot, paths: AppPaths) -> None:
    wizard = _wizard(qtbot, paths)
    qtbot.waitUntil(wizard.file_page.zone.button.hasFocus, timeout=WAIT)
    with qtbot.waitSignal(wizard.rejected, timeout=WAIT):
        _press(qtbot, Qt.Key.Key_Escape)
    assert QApplication.activeModalWidget() is not QMessageBox


def test_escape_asks_and_keep_editing_keeps_everything(qtbot: QtBot, paths: AppPaths) -> None:
    wizard = _wizard(qtbot, paths, file=SAMPLE)
    _to_message_page(qtbot, wizard)
    text = wizard.message_page.editor.text
    QTest.keyClicks(text, "Hola {Nombre}")
    _press(qtbot, Qt.Key.Key_Escape)
    box = _box(qtbot)
    assert box.text() == "Discard the new campaign?"
    assert sorted(b.text() for b in box.buttons()) == ["&Keep editing", "D&iscard",
                                                       "Save as &draft"]
    _press(qtbot, Qt.Key.Key_Return)
    _answered(qtbot, box, wizard)
    assert wizard.isVisible() and wizard.currentId() == MESSAGE, "Enter means keep editing"
    assert wizard.message_page.editor.message() == "Hola {Nombre}"
    _press(qtbot, Qt.Key.Key_Escape)
    box = _box(qtbot)
    _press(qtbot, Qt.Key.Key_Escape)
    _answered(qtbot, box, wizard)
    assert wizard.isVisible(), "Escape on the question keeps editing too"


def test_escape_then_discard_closes_without_saving(qtbot: QtBot, paths: AppPaths) -> None:
    wizard = _wizard(qtbot, paths, file=SAMPLE)
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=WAIT)
    created: list[object] = []
    wizard.campaignCreated.connect(lambda *args: created.append(args))
    _press(qtbot, Qt.Key.Key_Escape)
    _box(qtbot)
    with qtbot.waitSignal(wizard.rejected, timeout=WAIT):
        _press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert created == [] and not wizard.isVisible()
    with closing(Store.open(paths.database)) as store:
        assert store.campaigns() == []


def test_closing_the_window_asks_and_saves_a_draft(qtbot: QtBot, paths: AppPaths) -> None:
    wizard = _wizard(qtbot, paths, file=SAMPLE)
    _to_message_page(qtbot, wizard)
    QTest.keyClicks(wizard.message_page.editor.text, "Hola {Nombre}")
    qtbot.waitUntil(lambda: wizard.state.message == "Hola {Nombre}", timeout=WAIT)
    assert not wizard.close(), "the close button asks first"
    _box(qtbot)
    with qtbot.waitSignal(wizard.campaignCreated, timeout=WAIT) as blocker:
        _press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    campaign_id, start_now = blocker.args
    assert start_now is False
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=WAIT)
    with closing(Store.open(paths.database)) as store:
        campaign = store.campaign(campaign_id)
    assert campaign.state is CampaignState.DRAFT and campaign.template == "Hola {Nombre}"
    assert campaign.name == "clientes-ejemplo" and campaign.recipients > 0


def test_a_draft_opened_and_left_unchanged_closes_at_once(qtbot: QtBot,
                                                         paths: AppPaths) -> None:
    wizard = _wizard(qtbot, paths, file=SAMPLE)
    _to_message_page(qtbot, wizard)
    QTest.keyClicks(wizard.message_page.editor.text, "Hola {Nombre}")
    qtbot.waitUntil(lambda: wizard.state.message == "Hola {Nombre}", timeout=WAIT)
    with qtbot.waitSignal(wizard.campaignCreated, timeout=WAIT) as blocker:
        wizard.save_draft()
    with closing(Store.open(paths.database)) as store:
        draft = store.campaign(blocker.args[0])
    edit = _wizard(qtbot, paths, draft=draft)
    qtbot.waitUntil(lambda: edit.currentId() == MAPPING, timeout=WAIT)
    with qtbot.waitSignal(edit.rejected, timeout=WAIT):
        _press(qtbot, Qt.Key.Key_Escape)
    edit = _wizard(qtbot, paths, draft=draft)
    _to_message_page(qtbot, edit)
    QTest.keyClicks(edit.message_page.editor.text, ", hola")
    qtbot.waitUntil(lambda: edit.state.message != "Hola {Nombre}", timeout=WAIT)
    _press(qtbot, Qt.Key.Key_Escape)
    assert _box(qtbot).text() == "Discard the changes to “clientes-ejemplo”?"


def test_enter_on_the_date_field_goes_on(qtbot: QtBot, paths: AppPaths) -> None:
    wizard = _wizard(qtbot, paths, file=SAMPLE)
    _to_message_page(qtbot, wizard)
    QTest.keyClicks(wizard.message_page.editor.text, "Hola")
    _press(qtbot, Qt.Key.Key_Tab)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(next_button.isEnabled, timeout=WAIT)
    _press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == SCHEDULE
    panel = wizard.schedule_page.panel
    _press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert panel.later_button.isChecked() and panel.later_button.hasFocus()
    _press(qtbot, Qt.Key.Key_Tab)
    assert panel.when.hasFocus()
    qtbot.waitUntil(next_button.isEnabled, timeout=WAIT)
    _press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == REVIEW
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Schedule"


def test_no_table_of_the_wizard_traps_tab(qtbot: QtBot, paths: AppPaths) -> None:
    wizard = _wizard(qtbot, paths, file=SAMPLE)
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=WAIT)
    views = wizard.findChildren(QAbstractItemView)
    assert len(views) >= 2 and [v for v in views if v.tabKeyNavigation()] == []
    table = wizard.mapping_page.table
    table.setFocus()
    _press(qtbot, Qt.Key.Key_Tab)
    assert not table.hasFocus()


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


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_alt_letter_clashes_on_any_page(qtbot: QtBot, paths: AppPaths, qapp: QApplication,
                                           language: str) -> None:
    install_translators(qapp, language)
    try:
        wizard = _wizard(qtbot, paths, file=SAMPLE)
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=WAIT)
        for page in (MAPPING, VALIDATION, MESSAGE, SCHEDULE, REVIEW):
            assert wizard.currentId() == page
            if page == MESSAGE:
                QTest.keyClicks(wizard.message_page.editor.text, "Hola")
            qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=WAIT)
            if page == SCHEDULE:
                panel = wizard.schedule_page.panel
                assert [MNEMONIC.search(b.text()) is not None
                        for b in (panel.now_button, panel.later_button)] == [True, True]
            letters = mnemonics(wizard)
            assert len(letters) >= 2 and len(letters) == len(set(letters)), (page, letters)
            if page != REVIEW:
                qtbot.waitUntil(next_button.isEnabled, timeout=WAIT)
                next_button.click()
    finally:
        install_translators(qapp, "en")
