"""The selected campaign's page: header, message bar, actions, progress, the live grid, the
report and the message.

Everything it shows is read off the GUI thread (`core.overview.campaign_details`,
`load_recipients`) and
refreshed when the runner reports a change. Actions go through the `CampaignRunner`; the
ones that cannot be undone (cancel, resend uncertain) are confirmed first, saying what they
cannot do (messages scheduled at the gateway cannot be recalled; a resent uncertain message
may arrive twice). A DRAFT shows "Send…" (the schedule) and "Edit…" (the wizard) instead.
"""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from masiv_desktop.core.actions import Action, allowed_actions
from masiv_desktop.core.drafts import schedule_draft
from masiv_desktop.core.engine.events import EngineNotice, Progress, RunEnded, StateChanged
from masiv_desktop.core.law.scheduling import ScheduleError
from masiv_desktop.core.overview import CampaignDetails, campaign_details
from masiv_desktop.core.reasons import Reason
from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import CampaignState, RecipientState, Severity
from masiv_desktop.gui.campaign.header import CampaignHeader, local_time
from masiv_desktop.gui.campaign.message_bar import MessageBar
from masiv_desktop.gui.campaign.progress import ProgressPanel
from masiv_desktop.gui.campaign.report_view import ReportView
from masiv_desktop.gui.campaign.runner import CampaignRunner
from masiv_desktop.gui.confirm import Question, confirm
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.labels import reason_text
from masiv_desktop.gui.ops import OpContext, OpHandle, run_store_op
from masiv_desktop.gui.recipients.columns import RecipientColumns
from masiv_desktop.gui.recipients.loader import load_recipients
from masiv_desktop.gui.recipients.model import RecipientsModel
from masiv_desktop.gui.recipients.panel import RecipientsPanel
from masiv_desktop.gui.throttle import Throttle

DETAILS_REFRESH_MS = 1500
DETAILS_DUTY = 0.1
"""While a campaign runs, re-reading its figures may take at most this share of the time: a
million-recipient campaign takes ~1.4 s per read, and the engine needs the database too."""
"""While a run reports progress, the header, counts and chart are re-read this often."""
_REASON_LEVEL = {CampaignState.PAUSED: Severity.WARNING, CampaignState.STOPPED: Severity.ERROR,
                 CampaignState.WAITING_WINDOW: Severity.INFO}


class CampaignPage(QWidget):
    editRequested = Signal(int)
    """"Edit…" on a draft: open the wizard with its list and message."""
    detailsLoaded = Signal(object)
    """`CampaignDetails` shown (for the campaigns list and tests)."""
    gridLoaded = Signal(int)
    """The grid shows this campaign's recipients."""
    actionsChanged = Signal()
    """Which actions are possible changed (the window's Campaign menu follows the buttons)."""

    def __init__(self, paths: AppPaths, settings: Settings, runner: CampaignRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths, self.settings, self.runner = paths, settings, runner
        self.campaign_id: int | None = None
        self.details: CampaignDetails | None = None
        self.state: CampaignState | None = None
        self._reason: Reason | None = None
        self._details_op: OpHandle[CampaignDetails] | None = None
        self._grid_op: OpHandle[RecipientColumns] | None = None
        self.header = CampaignHeader(self)
        self.bar = MessageBar(self)
        self.progress = ProgressPanel(self)
        self.model = RecipientsModel(self)
        self.recipients = RecipientsPanel(self.model, self)
        self.report = ReportView(paths, settings, self)
        self.message = QPlainTextEdit(self)
        self.message.setReadOnly(True)
        self.draft_message = QLabel(self)
        self.draft_message.setWordWrap(True)
        self.draft_message.setTextFormat(Qt.TextFormat.PlainText)
        self.draft_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.draft_message.setStyleSheet("QLabel { border: 1px solid palette(mid); "
                                         "border-radius: 6px; padding: 10px; "
                                         "background: palette(base); }")
        self.draft_message.hide()
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.recipients, "")
        self.tabs.addTab(self.report, "")
        self.tabs.addTab(self.message, "")
        self._build_buttons()
        self._details_throttle = Throttle(self.reload, DETAILS_REFRESH_MS, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.bar)
        layout.addLayout(self.button_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.draft_message)
        layout.addWidget(self.tabs, 1)
        runner.progressed.connect(self._on_progress)
        runner.stateChanged.connect(self._on_state)
        runner.noticed.connect(self._on_notice)
        runner.runEnded.connect(self._on_run_ended)
        runner.eventsLost.connect(self._reload_grid_of)
        runner.storeChanged.connect(self._reload_of)
        runner.runsChanged.connect(self._update_buttons)
        runner.problem.connect(self._on_problem)
        self.retranslate()

    def _build_buttons(self) -> None:
        self.send_button = QPushButton(self)
        self.send_button.setDefault(True)
        self.edit_button = QPushButton(self)
        self.pause_button = QPushButton(self)
        self.resume_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.resend_button = QPushButton(self)
        self.send_button.clicked.connect(self.confirm_send)
        self.edit_button.clicked.connect(self._edit)
        self.pause_button.clicked.connect(self.pause)
        self.resume_button.clicked.connect(self.resume)
        self.cancel_button.clicked.connect(self.confirm_cancel)
        self.resend_button.clicked.connect(self.confirm_resend)
        self.button_row = QHBoxLayout()
        for button in (self.send_button, self.edit_button, self.pause_button,
                       self.resume_button, self.cancel_button, self.resend_button):
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)

    def retranslate(self) -> None:
        self.send_button.setText(self.tr("Send…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.pause_button.setText(self.tr("Pause"))
        self.resume_button.setText(self.tr("Resume"))
        self.cancel_button.setText(self.tr("Cancel campaign…"))
        self.resend_button.setText(self.tr("Resend uncertain…"))
        self.tabs.setTabText(0, self.tr("Recipients"))
        self.tabs.setTabText(1, self.tr("Report"))
        self.tabs.setTabText(2, self.tr("Message"))

    def set_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.report.exporter.settings = settings

    # --- loading ----------------------------------------------------------------------------

    def show_campaign(self, campaign_id: int) -> None:
        """Show this campaign: its details and grid are read off the GUI thread."""
        if campaign_id != self.campaign_id:
            self.runner.attach(None, None)
            self.bar.clear()
            self.progress.clear_speed()
            self.campaign_id, self.details, self.state = campaign_id, None, None
            self.model.load(RecipientColumns())
            self.reload_grid()
        self.reload()

    def reload(self) -> None:
        campaign_id = self.campaign_id
        if campaign_id is None:
            return
        if self._details_op is not None:
            self._details_op.cancel()
        started = time.monotonic()

        def work(store: Store, _ctx: OpContext) -> CampaignDetails:
            return campaign_details(store, campaign_id)

        def done(details: CampaignDetails) -> None:
            took_ms = (time.monotonic() - started) * 1000
            self._details_throttle.interval_ms = max(DETAILS_REFRESH_MS,
                                                     int(took_ms / DETAILS_DUTY))
            if details.campaign.id == self.campaign_id:
                self._show_details(details)

        self._details_op = run_store_op(work, database=self.paths.database, snapshot=True,
                                        on_success=done, parent=self)

    def reload_grid(self) -> None:
        campaign_id = self.campaign_id
        if campaign_id is None:
            return
        if self._grid_op is not None:
            self._grid_op.cancel()
        # Changes arriving while the snapshot loads are kept by the bridge and applied on attach.
        self.runner.attach(None, None)
        def work(store: Store, ctx: OpContext) -> RecipientColumns:
            return load_recipients(store, campaign_id, ctx)

        def done(columns: RecipientColumns) -> None:
            if campaign_id == self.campaign_id:
                self.model.load(columns)
                self.runner.attach(campaign_id, self.model)
                self.gridLoaded.emit(campaign_id)

        self._grid_op = run_store_op(work, database=self.paths.database, on_success=done,
                                     on_cancelled=lambda: None, parent=self)

    def _show_details(self, details: CampaignDetails) -> None:
        self.details = details
        campaign = details.campaign
        self.state = campaign.state
        self.header.show_campaign(campaign)
        self.message.setPlainText(campaign.template)
        self.draft_message.setText(campaign.template)
        self.draft_message.setVisible(campaign.state is CampaignState.DRAFT)
        self.progress.show_counts(details.counts.by_state, details.counts.recipients)
        self.progress.setVisible(campaign.state is not CampaignState.DRAFT)
        self.report.show_figures(details.figures)
        self.tabs.setTabVisible(1, campaign.state is not CampaignState.DRAFT)
        level = _REASON_LEVEL.get(campaign.state)
        if level is not None and campaign.reason:
            self._show_reason(campaign.state, campaign.reason)
        elif campaign.state is CampaignState.DRAFT:
            self.bar.show_message(self.tr(
                "This campaign has not been sent. Check the message and the recipients, then "
                "press Send…"), Severity.INFO)
        elif self.bar.severity is not Severity.ERROR:
            self.bar.clear()
        self._update_buttons()
        self.detailsLoaded.emit(details)

    def _show_reason(self, state: CampaignState, reason: Reason) -> None:
        can_resume = state in (CampaignState.PAUSED, CampaignState.STOPPED)
        self._reason = reason
        self.bar.show_message(reason_text(reason), _REASON_LEVEL.get(state, Severity.INFO),
                              self.tr("Resume") if can_resume else "",
                              self.resume if can_resume else None)

    # --- what the runner says ---------------------------------------------------------------

    def _on_progress(self, progress: Progress) -> None:
        if progress.campaign_id == self.campaign_id:
            self.progress.show_progress(progress)
            reading = self._details_op is not None and not self._details_op.done
            if not reading:
                self._details_throttle()

    def _on_state(self, event: StateChanged) -> None:
        if event.campaign_id != self.campaign_id:
            return
        self.state = event.state
        self.header.show_state(event.state)
        self.progress.setVisible(True)
        self.draft_message.hide()
        self.tabs.setTabVisible(1, True)
        if event.reason:
            self._show_reason(event.state, event.reason)
        elif event.state is CampaignState.RUNNING:
            self._reason = None
            self.bar.clear()
        self._update_buttons()
        self.reload()

    def _on_notice(self, notice: EngineNotice) -> None:
        if notice.campaign_id == self.campaign_id and not (
                notice.reason == self._reason and self.bar.isVisible()):
            self.bar.show_message(reason_text(notice.reason), notice.level)

    def _on_run_ended(self, event: RunEnded) -> None:
        if event.campaign_id == self.campaign_id:
            self.progress.clear_speed()
            self.reload()
            self.reload_grid()

    def _on_problem(self, campaign_id: int, message: str) -> None:
        if campaign_id == self.campaign_id:
            self.bar.show_message(message, Severity.ERROR)
            self._update_buttons()

    def _reload_of(self, campaign_id: int) -> None:
        if campaign_id == self.campaign_id:
            self.reload()
            if not self.runner.is_running(campaign_id):
                self.reload_grid()

    def _reload_grid_of(self, campaign_id: int) -> None:
        if campaign_id == self.campaign_id:
            self.reload_grid()

    # --- actions ----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        """Show the buttons of the state; enable those the core allows (`allowed_actions`)."""
        state, details = self.state, self.details
        draft = state is CampaignState.DRAFT
        running = self.campaign_id is not None and self.runner.is_running(self.campaign_id)
        allowed = frozenset() if state is None else allowed_actions(
            state, details.counts if details else None, running=running)
        for button in (self.send_button, self.edit_button):
            button.setVisible(draft)
        self.send_button.setEnabled(Action.SEND in allowed)
        self.edit_button.setEnabled(Action.EDIT in allowed)
        for button in (self.pause_button, self.resume_button, self.cancel_button,
                       self.resend_button):
            button.setVisible(not draft and state is not None)
        self.pause_button.setEnabled(Action.PAUSE in allowed)
        self.resume_button.setEnabled(Action.RESUME in allowed)
        self.cancel_button.setEnabled(Action.CANCEL in allowed)
        self.resend_button.setEnabled(Action.RESEND_UNCERTAIN in allowed)
        self.actionsChanged.emit()

    def pause(self) -> None:
        if self.campaign_id is not None:
            self.pause_button.setEnabled(False)
            self.runner.pause(self.campaign_id)

    def resume(self) -> None:
        if self.campaign_id is not None:
            self.resume_button.setEnabled(False)
            self.bar.clear()
            self.runner.resume(self.campaign_id)

    def confirm_send(self) -> None:
        if self.details is None or self.campaign_id is None:
            return
        from masiv_desktop.gui.campaign.send_dialog import SendDialog

        dialog = SendDialog(self.details.campaign, self.settings, self)
        dialog.accepted.connect(lambda: self.send(dialog.send_at()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def send(self, send_at: datetime | None) -> None:
        """Set the draft's send time (checked by the core), then start it."""
        campaign_id, settings = self.campaign_id, self.settings
        if campaign_id is None:
            return
        self.send_button.setEnabled(False)

        def work(store: Store, _ctx: OpContext) -> None:
            schedule_draft(store, campaign_id, send_at, settings, now=time.time())

        def failed(error: BaseException) -> None:
            self._update_buttons()
            if isinstance(error, ScheduleError | ValueError):
                self.bar.show_message(str(error), Severity.ERROR)
            else:
                self.bar.show_message(tr_fmt(self.tr("The campaign could not be started: %1"),
                                             str(error)), Severity.ERROR)

        run_store_op(work, database=self.paths.database,
                     on_success=lambda _none: self.runner.start(campaign_id),
                     on_failure=failed, parent=self)

    def _edit(self) -> None:
        if self.campaign_id is not None:
            self.editRequested.emit(self.campaign_id)

    def confirm_cancel(self) -> None:
        if self.details is None or self.campaign_id is None:
            return
        campaign, campaign_id = self.details.campaign, self.campaign_id
        waiting = self.model.counts().get(RecipientState.PENDING, 0)
        text = tr_fmt(self.tr("The %1 recipients not sent yet will not be sent. This cannot be "
                              "undone."), QLocale().toString(waiting))
        if campaign.send_at is not None and campaign.send_at.timestamp() > time.time():
            text += "\n\n" + tr_fmt(self.tr(
                "Messages already handed to the gateway for %1 cannot be cancelled: the "
                "gateway has no way to recall them, so they will still be delivered at that "
                "time."), local_time(campaign.send_at))
        confirm(self, Question(self.tr("Cancel the campaign"),
                               tr_fmt(self.tr("Cancel “%1”?"), campaign.name), text,
                               self.tr("Cancel campaign"), self.tr("Keep it"), destructive=True),
                lambda: self.runner.cancel(campaign_id))

    def confirm_resend(self) -> None:
        if self.details is None or self.campaign_id is None:
            return
        campaign_id = self.campaign_id
        uncertain = self.details.counts.by_state.get(RecipientState.UNCERTAIN, 0)

        def resend() -> None:
            self.resend_button.setEnabled(False)
            self.runner.resend_uncertain(campaign_id)

        confirm(self, Question(
            self.tr("Resend uncertain"),
            self.tr("Send again to the %n uncertain recipient(s)?", "", uncertain), self.tr(
                "For these recipients the connection broke before the gateway answered: nobody "
                "knows whether the message went out. Sending again may make some people receive "
                "it twice, and each copy is billed."),
            self.tr("Send again"), self.tr("Don't send")), resend)
