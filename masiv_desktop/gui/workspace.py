"""The main window's wiring: the campaigns list, the selected campaign's page, the wizard,
the runs, the menus; and what happens when the program starts (the first run's sample
draft, campaigns that continue) and closes (a question while sending, then every run stops).

`MainWindow` is the shell (widgets, menus, geometry); this object connects it to the core
through `CampaignRunner` and `run_op`. Create it right after the window, then `start()`.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from masiv_desktop.core.engine.events import Progress
from masiv_desktop.core.overview import campaign_progress, sent_count
from masiv_desktop.core.reports.export import ReportFormat
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.startup import (
    create_sample_campaign,
    forget_old_personal_data,
    is_first_run,
)
from masiv_desktop.core.store.campaigns import Campaign, Store
from masiv_desktop.gui.campaign.page import CampaignPage
from masiv_desktop.gui.campaign.runner import CampaignRunner
from masiv_desktop.gui.campaign_list.deletion import CampaignDeleter
from masiv_desktop.gui.campaign_list.model import CampaignRow
from masiv_desktop.gui.main_window import MainWindow
from masiv_desktop.gui.ops import OpContext, run_store_op
from masiv_desktop.gui.resources import resources_dir
from masiv_desktop.gui.throttle import Throttle

log = logging.getLogger(__name__)

SAMPLE_LIST = "samples/clientes-ejemplo.xlsx"
LIST_REFRESH_MS = 300


def campaign_rows(store: Store) -> list[CampaignRow]:
    """The campaigns list, newest first (`core.overview`). Worker thread only."""
    return [CampaignRow(line.campaign_id, line.name, line.state, line.done, line.recipients,
                        line.created_at, line.send_at)
            for line in reversed(campaign_progress(store))]


class Workspace(QObject):
    listLoaded = Signal()
    """The campaigns list was (re)read from the store."""
    firstRunDone = Signal(object)
    """The sample draft's id when the first run created one, else None."""
    wizardOpened = Signal(object)
    """The `NewCampaignWizard` just opened (tests and screenshots drive it)."""

    def __init__(self, window: MainWindow, runner: CampaignRunner | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.paths, self.settings = window.paths, window.settings
        self.runner = runner or CampaignRunner(self.paths, self.settings, parent=self)
        self.runner.dialog_parent = window
        self.page = CampaignPage(self.paths, self.settings, self.runner, window)
        self._list_throttle = Throttle(self.reload_list, LIST_REFRESH_MS, self)
        self._select_after_load: int | None = None
        self.deleter = CampaignDeleter(self.paths.database, window, self.runner.is_running)
        self._connect()

    def _connect(self) -> None:
        window, runner, page = self.window, self.runner, self.page
        window.campaignSelected.connect(self._on_selected)
        window.newCampaignRequested.connect(lambda: self.open_wizard())
        window.spreadsheetChosen.connect(lambda path: self.open_wizard(file=path))
        window.settingsChanged.connect(self._on_settings)
        window.set_sending_hooks(lambda: runner.is_sending(), runner.pause_for_quit)
        window.closing.connect(runner.shutdown)
        window.export_action.triggered.connect(self.export_report)
        window.send_action.triggered.connect(page.send_button.click)
        window.edit_action.triggered.connect(page.edit_button.click)
        window.pause_action.triggered.connect(page.pause)
        window.resume_action.triggered.connect(page.resume)
        window.cancel_action.triggered.connect(page.confirm_cancel)
        window.resend_action.triggered.connect(page.confirm_resend)
        window.delete_action.triggered.connect(self.delete_selected)
        self.deleter.deleted.connect(self._deleted)
        page.actionsChanged.connect(self._update_actions)
        page.editRequested.connect(self.edit_draft)
        runner.progressed.connect(self._on_progress)
        for signal in (runner.stateChanged, runner.runEnded, runner.storeChanged):
            signal.connect(self.refresh_list_soon)
        runner.problem.connect(self._on_problem)

    # --- start-up ---------------------------------------------------------------------------

    def start(self) -> None:
        """Fill the list; apply the personal-data retention; on the first run create the
        sample draft; continue the campaigns that were sending. Everything touching the
        store runs off the GUI thread."""
        settings = self.settings
        sample = resources_dir() / SAMPLE_LIST
        name = self.tr("Sample campaign")

        def work(store: Store, _ctx: OpContext) -> int | None:
            forget_old_personal_data(store, settings, now=time.time())
            if not is_first_run(store, settings) or not sample.is_file():
                return None
            return create_sample_campaign(store, settings, sample, name, now=time.time())

        def done(created: int | None) -> None:
            if created is not None:
                log.info("first run: sample campaign %d created", created)
            self.reload_list(select=created)
            self.runner.resume_at_start()
            self.firstRunDone.emit(created)

        def failed(error: BaseException) -> None:
            log.warning("first run: the sample campaign could not be created: %s", error)
            done(None)

        run_store_op(work, database=self.paths.database, on_success=done, on_failure=failed,
                     parent=self)

    # --- the list ---------------------------------------------------------------------------

    def refresh_list_soon(self, *_args: object) -> None:
        self._list_throttle()

    def reload_list(self, select: int | None = None) -> None:
        """Re-read the campaigns; select `select` (or keep the selection; or the newest). A
        reload that overlaps an earlier one never loses the campaign to select: the earlier
        one, which read the list before that campaign existed, leaves it to the later."""
        if select is not None:
            self._select_after_load = select
        def done(rows: list[CampaignRow]) -> None:
            wanted = self._select_after_load
            if wanted is not None and all(row.campaign_id != wanted for row in rows):
                wanted = None  # read before it existed: a later reload selects it
            else:
                self._select_after_load = None
            self.window.campaigns.refresh(rows)
            current = self.window.selected_campaign()
            if wanted is not None:
                self.window.select_campaign(wanted)
            elif current is None and rows:
                self.window.select_campaign(rows[0].campaign_id)
            self.listLoaded.emit()

        run_store_op(lambda store, _ctx: campaign_rows(store), database=self.paths.database,
                     on_success=done, parent=self)

    def _on_selected(self, campaign_id: int | None) -> None:
        if campaign_id is None:
            self.runner.attach(None, None)
            self._update_actions()
            return
        self.window.set_campaign_page(self.page, self.page.tab_order())
        self.page.show_campaign(campaign_id)

    def _on_progress(self, progress: Progress) -> None:
        self.window.campaigns.update_progress(progress.campaign_id,
                                              sent_count(progress.by_state), progress.total)

    def _on_problem(self, campaign_id: int, message: str) -> None:
        if campaign_id != self.page.campaign_id:
            self.window.statusBar().showMessage(message, 15_000)

    def _update_actions(self) -> None:
        page, window = self.page, self.window
        shown = window.stack.currentWidget() is page and page.campaign_id is not None
        for item, button in ((window.send_action, page.send_button),
                             (window.edit_action, page.edit_button),
                             (window.pause_action, page.pause_button),
                             (window.resume_action, page.resume_button),
                             (window.cancel_action, page.cancel_button),
                             (window.resend_action, page.resend_button)):
            item.setEnabled(shown and button.isEnabled() and not button.isHidden())
        window.export_action.setEnabled(shown and page.details is not None)

    def export_report(self) -> None:
        if self.page.details is not None:
            self.page.tabs.setCurrentWidget(self.page.report)
            self.page.report.export(ReportFormat.XLSX)

    def delete_selected(self) -> None:
        """Campaign › Delete…, the list's menu or the Delete key: the core says whether the
        selected campaign may go; the user confirms."""
        campaign_id = self.window.selected_campaign()
        if campaign_id is not None:
            self.deleter.request(campaign_id)

    def _deleted(self, campaign_id: int) -> None:
        """Select the campaign below the deleted one (or above it, at the end of the list)."""
        model = self.window.campaigns
        row = model.row_of(campaign_id)
        neighbour = None
        if row is not None:
            others = [model.campaign(r).campaign_id for r in (row + 1, row - 1)
                      if 0 <= r < model.rowCount()]
            neighbour = others[0] if others else None
        if neighbour is None:
            self.window.campaigns_view.clearSelection()
        self.reload_list(select=neighbour)

    # --- new campaigns ----------------------------------------------------------------------

    def open_wizard(self, file: str | None = None, message: str = "",
                    draft: Campaign | None = None) -> None:
        """The new-campaign wizard; on `draft` ("Edit…") it keeps that draft's choices and
        saves in its place."""
        from masiv_desktop.gui.new_campaign.wizard import NewCampaignWizard

        wizard = NewCampaignWizard(self.paths, self.settings,
                                   file=Path(file) if file else None, message=message,
                                   draft=draft, parent=self.window)
        wizard.campaignCreated.connect(self._created)
        wizard.settingsChanged.connect(self._settings_from_wizard)
        wizard.finished.connect(wizard.deleteLater)
        wizard.open()
        self.wizardOpened.emit(wizard)

    def edit_draft(self, campaign_id: int) -> None:
        details = self.page.details
        if details is None or details.campaign.id != campaign_id:
            return
        self.open_wizard(draft=details.campaign)

    def _created(self, campaign_id: int, start_now: bool) -> None:
        if start_now:
            self.runner.start(campaign_id)
        self.reload_list(select=campaign_id)

    def _settings_from_wizard(self, settings: Settings) -> None:
        self.window.set_settings(settings)
        self.window.settingsChanged.emit(settings)

    def _on_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.runner.set_settings(settings)
        self.page.set_settings(settings)
