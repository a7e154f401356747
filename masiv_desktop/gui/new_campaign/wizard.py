"""The new-campaign guided flow: file → sheet (only for several) → phone column → validation
→ message → schedule → review and confirm.

The wizard owns one `FlowState` that every page reads and writes; each page runs its
reading, checking or planning through `run_op`. Confirming stores the campaign as a DRAFT
and emits `campaignCreated(id, start_now)`; starting it is the main window's job. Opened on
a draft ("Edit…"), the flow starts from every choice of that draft and stores the result in
its place.

Keyboard: Enter means "Next" on every page (no button inside a page, nor Back or Cancel, takes
Enter when it has the focus), and each page opens with the keyboard where its work is. On the
last page Enter does nothing: sending takes a click on "Send now" / "Schedule" or its Alt key.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget, QWizard, QWizardPage

from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.store.campaigns import Campaign
from masiv_desktop.gui.new_campaign.file_page import FilePage
from masiv_desktop.gui.new_campaign.mapping_page import MappingPage
from masiv_desktop.gui.new_campaign.message_page import MessagePage
from masiv_desktop.gui.new_campaign.review_page import ReviewPage
from masiv_desktop.gui.new_campaign.schedule_page import SchedulePage
from masiv_desktop.gui.new_campaign.sheet_page import SheetPage
from masiv_desktop.gui.new_campaign.state import FlowState
from masiv_desktop.gui.new_campaign.validation_page import ValidationPage
from masiv_desktop.gui.resources import app_icon
from masiv_desktop.gui.ui_state import fit_to_screen, scroll_page

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
        """Finish ("Send now" / "Schedule") stores the campaign first, then closes."""
        if self.stored_id is not None:
            super().accept()
            return
        if self.currentId() == REVIEW:
            self.review_page.confirm(start_now=True)

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value and self.currentId() == REVIEW:
            self.review_page.confirm(start_now=False)

    def _stored(self, campaign_id: int, start_now: bool) -> None:
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
                           self.tr("&Send now") if self.state.send_at is None
                           else self.tr("&Schedule"))
