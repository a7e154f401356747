"""The new-campaign guided flow: file → sheet (only for several) → phone column → validation
→ message → schedule → review and confirm.

The wizard owns one `FlowState` that every page reads and writes; each page runs its
reading, checking or planning through `run_op`. Confirming stores the campaign as a DRAFT
and emits `campaignCreated(id, start_now)`; starting it is the main window's job. Opened on
a draft ("Edit…"), the flow starts from every choice of that draft and stores the result in
its place.

Keyboard: Enter means "Next" on every page (no button inside a page, nor Back or Cancel, takes
Enter when it has the focus; a drop-down lets Enter through), and each page opens with the
keyboard where its work is. On the last page Enter does nothing: sending takes a click on
"Send now" / "Schedule" or its Alt key, and "Send now" asks once more (`questions`).

Nothing is lost by accident: Escape, Cancel and the window's close button all go through
`reject`, which asks whether to save a draft, discard or keep editing when the user has
entered something (a list or a message; for an edited draft, any change).
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget, QWizard, QWizardPage

from masiv_desktop.core.campaigns import CampaignError
from masiv_desktop.core.law.scheduling import ScheduleError
from masiv_desktop.core.lists.types import ListFileError
from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.store.campaigns import Campaign, Store
from masiv_desktop.core.text.merge import TemplateError
from masiv_desktop.gui.confirm import confirm
from masiv_desktop.gui.new_campaign.file_page import FilePage
from masiv_desktop.gui.new_campaign.mapping_page import MappingPage
from masiv_desktop.gui.new_campaign.message_page import MessagePage
from masiv_desktop.gui.new_campaign.questions import WizardQuestions
from masiv_desktop.gui.new_campaign.review_page import ReviewPage, plan_error_text
from masiv_desktop.gui.new_campaign.schedule_page import SchedulePage
from masiv_desktop.gui.new_campaign.sheet_page import SheetPage
from masiv_desktop.gui.new_campaign.state import FlowState, plan_and_store
from masiv_desktop.gui.new_campaign.validation_page import ValidationPage
from masiv_desktop.gui.ops import OpContext, run_store_op
from masiv_desktop.gui.resources import app_icon
from masiv_desktop.gui.ui_state import fit_to_screen, scroll_page

log = logging.getLogger(__name__)

FILE, SHEET, MAPPING, VALIDATION, MESSAGE, SCHEDULE, REVIEW = range(7)


class NewCampaignWizard(QWizard):
    campaignCreated = Signal(int, bool)
    """(campaign id, start now): emitted once the campaign is stored as a DRAFT; start now is
    False when the user chose "Save as draft"."""
    settingsChanged = Signal(object)
    """`Settings` saved from inside the flow (the test number)."""

    def __init__(self, paths: AppPaths, settings: Settings, *, file: Path | None = None,
                 message: str = "", draft: Campaign | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = FlowState(paths, settings, file=file, message=message) if draft is None \
            else FlowState.for_draft(paths, settings, draft)
        self.stored_id: int | None = None
        self._opened_with = self.state.answers()
        self._question: QMessageBox | None = None
        self.questions = WizardQuestions(self)
        self.setWindowTitle(self.tr("New campaign") if draft is None
                            else self.tr("Edit campaign"))
        self.setWindowIcon(app_icon())
        if sys.platform != "darwin":
            self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Save as &draft"))
        self.customButtonClicked.connect(self._custom_button)
        self.file_page = FilePage(self.state, self)
        self.sheet_page = SheetPage(self.state, self)
        self.mapping_page = MappingPage(self.state, self)
        self.validation_page = ValidationPage(self.state, self)
        self.message_page = MessagePage(self.state, self)
        self.message_page.settingsChanged.connect(self._settings_saved)
        self.schedule_page = SchedulePage(self.state, self)
        self.review_page = ReviewPage(self.state, self)
        self.review_page.stored.connect(self._stored)
        self.review_page.completeChanged.connect(self._update_buttons)
        for page_id, page in ((FILE, self.file_page), (SHEET, self.sheet_page),
                              (MAPPING, self.mapping_page), (VALIDATION, self.validation_page),
                              (MESSAGE, self.message_page), (SCHEDULE, self.schedule_page),
                              (REVIEW, self.review_page)):
            scroll_page(page)
            self.setPage(page_id, page)
            page.completeChanged.connect(self._page_completed)
        self.setStartId(FILE)
        self.currentIdChanged.connect(self._update_buttons)
        self.currentIdChanged.connect(self._page_opened)
        self._first_focus: dict[int, QWidget] = {
            FILE: self.file_page.zone.button, SHEET: self.sheet_page.sheets,
            MAPPING: self.mapping_page.column, MESSAGE: self.message_page.editor.text,
            REVIEW: self.review_page.name}
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        fit_to_screen(self, QSize(1000, 720))
        self._update_buttons()

    def nextId(self) -> int:
        current = self.currentId()
        if current == FILE:
            return SHEET if len(self.state.sheets) > 1 else MAPPING
        if current == REVIEW:
            return -1
        return current + 1

    def accept(self) -> None:
        """Finish ("Send now" / "Schedule") stores the campaign first, then closes; "Send
        now" asks first, as the campaign page's "Send…" does."""
        if self.stored_id is not None:
            super().accept()
            return
        plan = self.review_page.plan
        if self.currentId() != REVIEW or plan is None or not self.review_page.isComplete():
            return
        if not self._sends_now():
            self.review_page.confirm(start_now=True)
        elif self._question is None:
            self._question = confirm(self, self.questions.send_now(plan, self.state.name,
                                                                   self.state.settings),
                                     lambda: self.review_page.confirm(start_now=True))
            self._question.finished.connect(self._answered)

    def _sends_now(self) -> bool:
        """Finish sends at once (and asks first), rather than scheduling at a time or per row."""
        return self.state.send_at is None and self.state.send_column is None

    def reject(self) -> None:
        """Escape, Cancel and the close button: close at once when nothing was entered (or
        the campaign is stored), else ask (save as draft, discard, keep editing)."""
        if self.stored_id is not None or not self.has_work():
            super().reject()
            return
        if self._question is not None or self.review_page.storing or not self.isEnabled():
            return
        editing = self.state.name if self.state.replaces is not None else None
        self._question = self.questions.ask_leave(
            self, editing=editing or None, can_save=self.state.plan_request() is not None,
            on_save=self.save_draft, on_discard=self._discard)
        self._question.finished.connect(self._answered)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button asks like Escape (QDialog's own would only reject)."""
        if self.stored_id is None and self.has_work():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def has_work(self) -> bool:
        """Whether closing would lose something the user entered: for a new campaign a list
        or a message, for an edited draft any change."""
        if self.state.replaces is not None:
            return self.state.answers() != self._opened_with
        return self.state.file is not None or bool(self.state.message.strip())

    def save_draft(self) -> None:
        """Store the campaign as a DRAFT with every choice made so far and close (from the
        question; on the last page the plan shown is stored as "Save as draft" does)."""
        if self.currentId() == REVIEW and self.review_page.isComplete():
            self.review_page.confirm(start_now=False)
            return
        request = self.state.plan_request()
        if request is None:
            return
        file = request.path
        name = self.state.name or file.stem
        replaces = self.state.replaces
        self.setEnabled(False)

        def work(store: Store, _ctx: OpContext) -> int:
            return plan_and_store(store, request, name, now=time.time(), replaces=replaces)

        def failed(error: BaseException) -> None:
            self.setEnabled(True)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The draft was not saved"),
                              plan_error_text(error), QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        run_store_op(work, database=self.state.paths.database,
                     on_success=lambda campaign_id: self._stored(campaign_id, False),
                     on_failure=failed, parent=self,
                     expected=(ListFileError, TemplateError, ScheduleError, CampaignError))

    def _discard(self) -> None:
        log.info("new-campaign wizard closed without saving")
        super().reject()

    def _answered(self) -> None:
        self._question = None

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value and self.currentId() == REVIEW:
            self.review_page.confirm(start_now=False)

    def _stored(self, campaign_id: int, start_now: bool) -> None:
        self.setEnabled(True)
        self.stored_id = campaign_id
        self.campaignCreated.emit(campaign_id, start_now)
        super().accept()

    def _settings_saved(self, settings: Settings) -> None:
        self.settingsChanged.emit(settings)

    def _page_opened(self, _page_id: int) -> None:
        """After QWizard has placed the focus itself (it may leave it on Back or Cancel)."""
        QTimer.singleShot(0, self._focus_page)

    def _focus_page(self) -> None:
        """The keyboard where the page's work is: its main field, else Next (never Finish:
        Space on it would send)."""
        target = self._first_focus.get(self.currentId())
        if target is None or not target.isVisible() or not target.isEnabled():
            target = self.button(QWizard.WizardButton.NextButton)
        if target.isVisible() and target.isEnabled():
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _page_completed(self) -> None:
        """A page that finished its work (the check of the numbers) takes the focus back
        from where Qt left it when its own buttons hid (Back or Cancel)."""
        page = self.currentPage()
        if self.sender() is not page or not isinstance(page, QWizardPage) \
                or not page.isComplete():
            return
        focus = self.focusWidget()
        if focus is None or not focus.isVisible() or focus in (
                self.button(QWizard.WizardButton.BackButton),
                self.button(QWizard.WizardButton.CancelButton)):
            QTimer.singleShot(0, self._focus_page)

    def _update_buttons(self, *_args: object) -> None:
        on_review = self.currentId() == REVIEW
        self.setOption(QWizard.WizardOption.NoDefaultButton, on_review)
        draft = self.button(QWizard.WizardButton.CustomButton1)
        draft.setVisible(on_review)
        draft.setEnabled(on_review and self.review_page.isComplete())
        self.setButtonText(QWizard.WizardButton.FinishButton,
                           self.tr("&Send now") if self._sends_now()
                           else self.tr("&Schedule"))
