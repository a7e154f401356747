"""The selected campaign's page: header, message bar, actions, progress, the live grid, the
report and the message.

The page composes one-job pieces and routes the runner's events to them: `DetailsLoader`
reads the campaign off the GUI thread (`core.overview.campaign_details`, `load_recipients`)
and re-reads it when the runner reports a change, or while another desktop sends it;
`ReasonBar` words why it paused or stopped; `ActionButtons` follows
`core.actions.allowed_actions`; `CampaignTabs` holds the grid, the report and the message.
Actions go through the `CampaignRunner`; the ones that cannot be undone (cancel, resend
uncertain) are confirmed first (`CampaignQuestions`). A DRAFT shows
"Send…" (the schedule) and "Edit…" (the wizard) instead.
"""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from masiv_desktop.core.drafts import schedule_draft
from masiv_desktop.core.engine.events import EngineNotice, Progress, RunEnded, StateChanged
from masiv_desktop.core.law.scheduling import ScheduleError
from masiv_desktop.core.overview import CampaignDetails
from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import CampaignState, RecipientState, Severity
from masiv_desktop.gui.campaign.action_buttons import ActionButtons
from masiv_desktop.gui.campaign.details_loader import DetailsLoader
from masiv_desktop.gui.campaign.header import CampaignHeader
from masiv_desktop.gui.campaign.progress import ProgressPanel
from masiv_desktop.gui.campaign.questions import CampaignQuestions
from masiv_desktop.gui.campaign.reason_bar import ReasonBar
from masiv_desktop.gui.campaign.report_view import ReportView
from masiv_desktop.gui.campaign.runner import CampaignRunner
from masiv_desktop.gui.campaign.tabs import CampaignTabs
from masiv_desktop.gui.confirm import confirm
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.ops import OpContext, run_store_op
from masiv_desktop.gui.recipients.columns import RecipientColumns
from masiv_desktop.gui.recipients.loader import GridData
from masiv_desktop.gui.recipients.model import RecipientsModel
from masiv_desktop.gui.recipients.panel import RecipientsPanel

SHORT_PAGE = 480
"""The least page height, in logical pixels, that shows a draft's message above the tabs."""


class CampaignPage(QWidget):
    """Shows one campaign and routes the runner's events and the user's actions to the
    pieces that show them. `campaign_id`, `details` and `state` are what it shows."""

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
        self.details: CampaignDetails | None = None
        self.state: CampaignState | None = None
        self.loader = DetailsLoader(paths.database, self)
        self.loader.detailsRead.connect(self._show_details)
        self.loader.gridRead.connect(self._show_grid)
        self.loader.othersChanged.connect(self._reload_grid_of)
        self.loader.runs_here = runner.is_running
        self.header = CampaignHeader(self)
        self.bar = ReasonBar(self.resume, self)
        self.buttons = ActionButtons(send=self.confirm_send, edit=self._edit, pause=self.pause,
                                     resume=self.resume, cancel=self.confirm_cancel,
                                     resend=self.confirm_resend, parent=self)
        self.progress = ProgressPanel(self)
        self.draft_message = _draft_message(self)
        self.tabs = CampaignTabs(paths, settings, self)
        self.questions = CampaignQuestions(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        for widget in (self.header, self.bar, self.buttons, self.progress, self.draft_message):
            layout.addWidget(widget)
        layout.addWidget(self.tabs, 1)
        self._follow(runner)

    def _follow(self, runner: CampaignRunner) -> None:
        runner.progressed.connect(self._on_progress)
        runner.stateChanged.connect(self._on_state)
        runner.noticed.connect(self._on_notice)
        runner.runEnded.connect(self._on_run_ended)
        runner.eventsLost.connect(self._reload_grid_of)
        runner.storeChanged.connect(self._reload_of)
        runner.runsChanged.connect(self._update_buttons)
        runner.problem.connect(self._on_problem)

    # --- the pieces other code reaches (the window's menu, tests) -------------------------

    @property
    def campaign_id(self) -> int | None:
        """The campaign shown (None before the first)."""
        return self.loader.campaign_id

    @property
    def model(self) -> RecipientsModel:
        return self.tabs.model

    @property
    def recipients(self) -> RecipientsPanel:
        return self.tabs.recipients

    @property
    def report(self) -> ReportView:
        return self.tabs.report

    @property
    def message(self) -> QPlainTextEdit:
        return self.tabs.message

    @property
    def send_button(self) -> QPushButton:
        return self.buttons.send_button

    @property
    def edit_button(self) -> QPushButton:
        return self.buttons.edit_button

    @property
    def pause_button(self) -> QPushButton:
        return self.buttons.pause_button

    @property
    def resume_button(self) -> QPushButton:
        return self.buttons.resume_button

    @property
    def cancel_button(self) -> QPushButton:
        return self.buttons.cancel_button

    @property
    def resend_button(self) -> QPushButton:
        return self.buttons.resend_button

    def tab_order(self) -> list[QWidget]:
        """The page's widgets in the order Tab visits them: the reason bar's buttons, the
        actions, the tabs, then each tab's content (hidden ones are skipped by Qt). The tab
        widget stands just before its bar: it passes the focus to the bar, and anywhere else
        in the chain it would send Tab back to the bar."""
        bar, recipients, report = self.bar, self.recipients, self.report
        return [bar.action, bar.close_button, *self.buttons.in_order(), self.tabs,
                self.tabs.tabBar(),
                recipients.filter, recipients.search, recipients.view, recipients.refused_view,
                report.excel_button, report.csv_button, report.open_file, report.open_folder,
                report.chart_view, self.message]

    def retranslate(self) -> None:
        self.buttons.retranslate()
        self.tabs.retranslate()

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
            self.loader.campaign_id, self.details, self.state = campaign_id, None, None
            self.model.load(RecipientColumns())
            self.recipients.show_new_campaign()
            self.report.clear_result()
            self.reload_grid()
        self.reload()

    def reload(self) -> None:
        self.loader.read_details()

    def reload_grid(self) -> None:
        if self.campaign_id is None:
            return
        # Changes arriving while the snapshot loads are kept by the bridge and applied on attach.
        self.runner.attach(None, None)
        self.loader.read_grid()

    def _show_grid(self, campaign_id: int, grid: GridData) -> None:
        self.model.load(grid.columns)
        self.recipients.set_refused(grid.refused)
        self.runner.attach(campaign_id, self.model)
        self.gridLoaded.emit(campaign_id)

    def _show_details(self, details: CampaignDetails) -> None:
        self.details = details
        campaign = details.campaign
        self.state = campaign.state
        self.header.show_campaign(campaign)
        self.header.show_people(campaign.created_by, details.sending_from)
        self.tabs.show_campaign(campaign)
        self.draft_message.setText(campaign.template)
        self._show_draft_message()
        self.progress.show_counts(details.counts.by_state, details.counts.recipients)
        self.progress.setVisible(campaign.state is not CampaignState.DRAFT)
        self.report.show_figures(details.figures)
        self.bar.show_campaign(campaign)
        self._update_buttons()
        self.detailsLoaded.emit(details)

    # --- what the runner says ---------------------------------------------------------------

    def _on_progress(self, progress: Progress) -> None:
        if progress.campaign_id == self.campaign_id:
            self.progress.show_progress(progress)
            self.loader.run_progressed()

    def _on_state(self, event: StateChanged) -> None:
        if event.campaign_id != self.campaign_id:
            return
        self.state = event.state
        self.header.show_state(event.state)
        self.progress.setVisible(True)
        self.draft_message.hide()
        self.tabs.show_sending()
        self.bar.show_state(event)
        self._update_buttons()
        self.reload()
        if event.state is CampaignState.CANCELLED:
            self.reload_grid()  # the store cancelled every waiting recipient at once

    def _on_notice(self, notice: EngineNotice) -> None:
        if notice.campaign_id == self.campaign_id:
            self.bar.show_notice(notice)

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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_draft_message()

    def _show_draft_message(self) -> None:
        """A draft's message above the tabs, unless the page is short (a laptop at 125 % or
        150 %): then the grid gets its room, and the Message tab still shows it."""
        self.draft_message.setVisible(self.state is CampaignState.DRAFT
                                      and self.height() >= SHORT_PAGE)

    def _update_buttons(self) -> None:
        """Show the buttons of the state; enable those the core allows (`allowed_actions`)."""
        running = self.campaign_id is not None and self.runner.is_running(self.campaign_id)
        self.buttons.show_allowed(self.state, self.details.counts if self.details else None,
                                  running)
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
        campaign_id = self.campaign_id
        waiting = self.model.counts().get(RecipientState.PENDING, 0)
        confirm(self, self.questions.cancel(self.details.campaign, waiting,
                                            self.details.at_gateway),
                lambda: self.runner.cancel(campaign_id))

    def confirm_resend(self) -> None:
        if self.details is None or self.campaign_id is None:
            return
        campaign_id = self.campaign_id
        uncertain = self.details.counts.by_state.get(RecipientState.UNCERTAIN, 0)

        def resend() -> None:
            self.resend_button.setEnabled(False)
            self.runner.resend_uncertain(campaign_id)

        confirm(self, self.questions.resend(uncertain), resend)


def _draft_message(parent: QWidget) -> QLabel:
    """A draft's message, shown above the tabs until it is sent."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("QLabel { border: 1px solid palette(mid); border-radius: 6px; "
                        "padding: 10px; background: palette(base); }")
    label.hide()
    return label
