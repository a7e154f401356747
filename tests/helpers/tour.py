"""A tour of every screen of the program, for checks that apply to all of them (accessible
names, contrast): the main window with a sent campaign (its grid, its report and its message),
the new-campaign wizard on every page, and the send, settings, exclusion-list and replies
dialogs. `check(widget, where)` is called on each screen while it is shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCharts import QChartView
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from masiv_desktop.core.reports.outcome import Outcome
from masiv_desktop.core.usertypes import CampaignState
from masiv_desktop.gui.campaign.send_dialog import SendDialog
from masiv_desktop.gui.new_campaign.wizard import (
    FILE,
    MAPPING,
    MESSAGE,
    REVIEW,
    SCHEDULE,
    SHEET,
    VALIDATION,
)
from masiv_desktop.gui.replies import RepliesDialog
from masiv_desktop.gui.settings.dialog import SettingsDialog
from masiv_desktop.gui.suppression import SuppressionDialog
from tests.helpers.desktop import WAIT_MS, open_desktop
from tests.helpers.paths import LISTS

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox,
               QAbstractSpinBox, QAbstractItemView, QChartView, QAbstractSlider)
"""The widgets a person operates (a date field is a spin box, a list or table an item view)."""

Check = Callable[[QWidget, str], None]
T = TypeVar("T", bound=QWidget)
MESSAGE_TEXT = "Hola {Nombre}, su saldo es {Saldo}."


def tour(qtbot: QtBot, data_dir: Path, check: Check) -> None:
    """Show every screen in turn and `check` each (the data dir gets the first-run sample)."""
    desktop = open_desktop(qtbot, data_dir)
    window, workspace = desktop.window, desktop.workspace
    page = workspace.page
    qtbot.waitUntil(lambda: page.details is not None and page.model.rowCount() > 0,
                    timeout=WAIT_MS)
    check(window, "main window, a draft")
    page.send_button.click()
    dialog = _shown(qtbot, SendDialog)
    check(dialog, "send dialog")
    dialog.schedule.later_button.setChecked(True)
    check(dialog, "send dialog, at a date and time")
    dialog.schedule.now_button.setChecked(True)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: page.state is CampaignState.FINISHED, timeout=WAIT_MS)
    check(window, "main window, the grid of a sent campaign")
    page.tabs.setCurrentWidget(page.report)
    qtbot.waitUntil(lambda: page.report.figures is not None and page.report.figures
                    .by_outcome[Outcome.IN_PROGRESS] == 0, timeout=WAIT_MS)
    check(window, "main window, the report")
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    check(window, "main window, the message")
    page.tabs.setCurrentIndex(0)
    page.recipients.filter.setCurrentIndex(page.recipients.filter.count() - 1)
    check(window, "main window, the rows refused at import")
    page.recipients.filter.setCurrentIndex(0)
    _tour_wizard(qtbot, workspace, check)
    for open_dialog, kind in ((window.open_settings, SettingsDialog),
                              (window.open_suppression_list, SuppressionDialog),
                              (window.open_replies, RepliesDialog)):
        open_dialog()
        shown = _shown(qtbot, kind)
        if isinstance(shown, SettingsDialog):
            for tab in range(shown.tabs.count()):
                shown.tabs.setCurrentIndex(tab)
                check(shown, f"settings, tab {shown.tabs.tabText(tab)}")
        else:
            check(shown, kind.__name__)
        shown.reject()


def _tour_wizard(qtbot: QtBot, workspace: object, check: Check) -> None:
    opened: list[QWizard] = []
    workspace.wizardOpened.connect(opened.append)  # type: ignore[attr-defined]
    workspace.open_wizard()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    wizard = opened[0]
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert wizard.currentId() == FILE
    check(wizard, "wizard, file")
    wizard.file_page.load(LISTS / "clientes.xlsx")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: wizard.currentId() == SHEET, timeout=WAIT_MS)
    wizard.sheet_page.select("Clientes")  # type: ignore[attr-defined]
    qtbot.waitUntil(wizard.sheet_page.isComplete, timeout=WAIT_MS)  # type: ignore[attr-defined]
    check(wizard, "wizard, sheet")
    next_button.click()
    assert wizard.currentId() == MAPPING
    check(wizard, "wizard, phone column")
    next_button.click()
    assert wizard.currentId() == VALIDATION
    qtbot.waitUntil(wizard.validation_page.isComplete,  # type: ignore[attr-defined]
                    timeout=WAIT_MS)
    check(wizard, "wizard, numbers check")
    next_button.click()
    assert wizard.currentId() == MESSAGE
    editor = wizard.message_page.editor  # type: ignore[attr-defined]
    editor.text.setPlainText(MESSAGE_TEXT)
    qtbot.waitUntil(lambda: editor.totals is not None and next_button.isEnabled(),
                    timeout=WAIT_MS)
    check(wizard, "wizard, message")
    next_button.click()
    assert wizard.currentId() == SCHEDULE
    panel = wizard.schedule_page.panel  # type: ignore[attr-defined]
    check(wizard, "wizard, schedule")
    panel.later_button.setChecked(True)
    check(wizard, "wizard, schedule at a date and time")
    panel.now_button.setChecked(True)
    next_button.click()
    assert wizard.currentId() == REVIEW
    qtbot.waitUntil(wizard.review_page.isComplete, timeout=WAIT_MS)  # type: ignore[attr-defined]
    check(wizard, "wizard, review")
    wizard.done(QDialog.DialogCode.Rejected)


def _shown(qtbot: QtBot, kind: type[T]) -> T:
    def find() -> list[T]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, kind) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(find()), timeout=WAIT_MS)
    return find()[-1]
