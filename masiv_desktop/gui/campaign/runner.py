"""The GUI's controller of campaign runs: start, pause, resume, cancel, resend uncertain.

For each campaign being sent or polled it owns a `core.account.GatewayConnection`, a
`core.engine.CampaignRun` with its `EventQueue`, and an `EngineBridge` that drains the queue
on a timer and feeds the grid of the campaign on screen (`attach`). Opening a run
(`run_opening`, on a worker through `run_op`) and changes to the store (`StoreActions`) run off
the GUI thread; the engine runs on its own threads. Everything here is called on the GUI thread.

Runs use `PollMode.UNTIL_FINAL`: after the last message is sent, the run keeps polling
statuses until every part is final (the campaign goes SENT, then FINISHED; SCHEDULED first
when the gateway holds the messages for later). A cancel stops submitting only: the run
keeps following the messages already accepted (a SCHEDULED campaign's polling run is left
going). At start-up
(`resume_at_start`) campaigns that were sending continue and SENT ones are polled again.

The password comes from the keyring (`core.credentials`). When the computer has no keyring,
`SessionPassword` asks for it once per session and keeps it in memory only. Wrong credentials
are the engine's business: the first request is a probe, and the gateway's 1157 stops the
campaign with a reason the page shows. Failures are worded by `run_problems`.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from masiv_desktop.core import campaigns
from masiv_desktop.core.actions import SENDING_STATES
from masiv_desktop.core.engine.events import RunEnded, StateChanged
from masiv_desktop.core.engine.run import CampaignRun
from masiv_desktop.core.engine.types import EngineOptions, PollMode
from masiv_desktop.core.settings.account import GatewayConnection
from masiv_desktop.core.settings.credentials import KeyringUnavailable
from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.startup import CLOSED_REASON, StartupRun, runs_at_start
from masiv_desktop.core.usertypes import CampaignState
from masiv_desktop.gateway.sandbox.server import SandboxConfig
from masiv_desktop.gui.campaign.engine_bridge import EngineBridge
from masiv_desktop.gui.campaign.run_opening import RunRequest, open_run
from masiv_desktop.gui.campaign.run_problems import USER_PROBLEMS, run_problem_text
from masiv_desktop.gui.campaign.session_password import SessionPassword
from masiv_desktop.gui.campaign.store_actions import StoreActions
from masiv_desktop.gui.ops import OpContext, run_op, run_store_op
from masiv_desktop.gui.recipients.model import RecipientsModel

log = logging.getLogger(__name__)

QUIT_WAIT_S = 10.0
"""How long closing the program waits for the runs to record what is in flight."""


@dataclass
class _Run:
    campaign_id: int
    connection: GatewayConnection
    run: CampaignRun
    bridge: EngineBridge
    state: CampaignState | None = None


class CampaignRunner(QObject):
    """The lifecycle of the runs: open, adopt, follow, stop and retire each campaign's run.
    Signals carry the core's event objects unchanged; see the module docstring."""

    progressed = Signal(object)
    """`core.events.Progress` of any running campaign."""
    stateChanged = Signal(object)
    """`core.events.StateChanged` from a run."""
    noticed = Signal(object)
    """`core.engine.events.EngineNotice` for the user."""
    runEnded = Signal(object)
    """`core.events.RunEnded`: the run's thread is gone (its grid may be reloaded)."""
    eventsLost = Signal(int)
    """The campaign whose recipient events were dropped: reload its grid."""
    storeChanged = Signal(int)
    """A user action changed this campaign in the store (reload its page and the list)."""
    runsChanged = Signal()
    """A run started or ended."""
    problem = Signal(int, str)
    """A campaign could not be started or changed: its id and what to tell the user."""

    def __init__(self, paths: AppPaths, settings: Settings, *,
                 sandbox_config: SandboxConfig | None = None,
                 poll_delays: tuple[float, ...] | None = None,
                 bridge_interval_ms: int = 150, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths, self.settings = paths, settings
        self.sandbox_config, self.poll_delays = sandbox_config, poll_delays
        self.bridge_interval_ms = bridge_interval_ms
        self.passwords = SessionPassword()
        self.store_actions = StoreActions(paths.database, QUIT_WAIT_S, self)
        self.store_actions.changed.connect(self.storeChanged)
        self.store_actions.problem.connect(self.problem)
        self._runs: dict[int, _Run] = {}
        self._starting: set[int] = set()
        self._attached: tuple[int, RecipientsModel] | None = None
        self._closing = False

    @property
    def dialog_parent(self) -> QWidget | None:
        """The window the password dialog is modal to."""
        return self.passwords.dialog_parent

    @dialog_parent.setter
    def dialog_parent(self, parent: QWidget | None) -> None:
        self.passwords.dialog_parent = parent

    # --- what the window asks -------------------------------------------------------------

    def set_settings(self, settings: Settings) -> None:
        """New settings apply to the next run started; a typed password is forgotten."""
        self.passwords.account_changed(self.settings, settings)
        self.settings = settings

    def is_running(self, campaign_id: int) -> bool:
        return campaign_id in self._runs or campaign_id in self._starting

    def is_sending(self, campaign_id: int | None = None) -> bool:
        """True while a run is sending (or waiting for the contact hours): closing asks."""
        return any(run.state in SENDING_STATES and run.run.running
                   for run in self._runs.values()
                   if campaign_id is None or run.campaign_id == campaign_id)

    def attach(self, campaign_id: int | None, model: RecipientsModel | None) -> None:
        """Feed `model` (the grid on screen) with `campaign_id`'s changes; None detaches."""
        self._attached = (campaign_id, model) if campaign_id is not None and model else None
        for run in self._runs.values():
            run.bridge.set_model(model if run.campaign_id == campaign_id else None,
                                 run.campaign_id)

    def start(self, campaign_id: int, *, send: bool = True) -> None:
        """Start (or resume) sending `campaign_id`; `send=False` only polls its statuses."""
        if self._closing or self.is_running(campaign_id):
            return
        self._starting.add(campaign_id)
        request = RunRequest(self.paths.database, str(self.paths.data), campaign_id,
                             self.settings, self.passwords.password,
                             self._options(self.settings, send), self.sandbox_config,
                             fixed_poll_delays=self.poll_delays is not None)

        def work(_ctx: OpContext) -> tuple[GatewayConnection, CampaignRun]:
            return open_run(request)

        def started(result: tuple[GatewayConnection, CampaignRun]) -> None:
            self._starting.discard(campaign_id)
            connection, run = result
            if self._closing:
                run.pause(CLOSED_REASON)
                run.wait(QUIT_WAIT_S)
                connection.close()
                return
            self._adopt(campaign_id, connection, run)

        def failed(error: BaseException) -> None:
            self._starting.discard(campaign_id)
            self._start_failed(campaign_id, send, error)

        run_op(work, on_success=started, on_failure=failed, parent=self,
               expected=USER_PROBLEMS)

    def pause(self, campaign_id: int) -> None:
        run = self._runs.get(campaign_id)
        if run is not None and run.run.running:
            run.run.pause()
            return
        self.store_actions.pause(campaign_id)

    def resume(self, campaign_id: int) -> None:
        self.start(campaign_id, send=True)

    def cancel(self, campaign_id: int) -> None:
        """Cancel what is not sent yet (messages scheduled at the gateway stay scheduled)."""
        run = self._runs.get(campaign_id)
        if run is not None and run.run.running and run.state in SENDING_STATES:
            run.run.cancel()
            return
        polling = run is not None and run.state is CampaignState.SCHEDULED
        self.store_actions.cancel(campaign_id, None if run is None or polling else run.run)

    def resend_uncertain(self, campaign_id: int) -> None:
        """Put the uncertain recipients back to pending (the user accepted the risk of a
        duplicate), then send them."""
        run = self._runs.get(campaign_id)

        def then() -> None:
            self._retire_now(campaign_id)
            self.start(campaign_id, send=True)

        self.store_actions.resend_uncertain(campaign_id, run.run if run is not None else None,
                                            then)

    def resume_at_start(self) -> None:
        """Continue the campaigns that were sending and poll the sent ones (see core.startup)."""
        def done(runs: list[StartupRun]) -> None:
            for item in runs:
                log.info("campaign %d: %s at start-up", item.campaign_id,
                         "resumed" if item.send else "polled")
                self.start(item.campaign_id, send=item.send)

        run_store_op(lambda store, _ctx: runs_at_start(store), database=self.paths.database,
                     on_success=done, parent=self)

    def pause_for_quit(self) -> None:
        """Closing while sending: pause each sending run so it continues at the next start,
        and wait (a few seconds at most) until what is in flight is recorded."""
        sending = [run for run in self._runs.values() if run.state in SENDING_STATES]
        for run in sending:
            run.run.pause(CLOSED_REASON)
        deadline = time.monotonic() + QUIT_WAIT_S
        for run in sending:
            if not run.run.wait(max(0.0, deadline - time.monotonic())):
                log.warning("campaign %d: still sending at quit; marking it paused",
                            run.campaign_id)
                self.store_actions.mark_closed(run.campaign_id)

    def shutdown(self) -> None:
        """The window is closing: stop every run (polling ends; sending was paused before)
        and close the connections. Blocks up to `QUIT_WAIT_S`."""
        self._closing = True
        runs = list(self._runs.values())
        self._runs.clear()
        for run in runs:
            run.bridge.stop()
            if run.run.running:
                run.run.pause(CLOSED_REASON if run.state in SENDING_STATES else None)
        deadline = time.monotonic() + QUIT_WAIT_S
        for run in runs:
            run.run.wait(max(0.0, deadline - time.monotonic()))
            run.connection.close()

    # --- runs -----------------------------------------------------------------------------

    def _options(self, settings: Settings, send: bool) -> EngineOptions:
        return campaigns.engine_options(settings, poll=PollMode.UNTIL_FINAL, send=send,
                                        poll_delays=self.poll_delays)

    def _adopt(self, campaign_id: int, connection: GatewayConnection, run: CampaignRun) -> None:
        bridge = EngineBridge(run.events.drain, None, campaign_id=campaign_id,
                              interval_ms=self.bridge_interval_ms, parent=self)
        entry = _Run(campaign_id, connection, run, bridge)
        bridge.progressed.connect(self.progressed)
        bridge.campaignStateChanged.connect(lambda event: self._on_state(entry, event))
        bridge.noticed.connect(self.noticed)
        bridge.runEnded.connect(lambda event: self._on_ended(entry, event))
        bridge.eventsLost.connect(lambda _count: self.eventsLost.emit(campaign_id))
        self._runs[campaign_id] = entry
        if self._attached is not None and self._attached[0] == campaign_id:
            bridge.set_model(self._attached[1], campaign_id)
        bridge.start()
        log.info("campaign %d: run started on %s", campaign_id, connection.describe())
        self.runsChanged.emit()

    def _on_state(self, entry: _Run, event: StateChanged) -> None:
        entry.state = event.state
        self.stateChanged.emit(event)

    def _on_ended(self, entry: _Run, event: RunEnded) -> None:
        entry.state = event.state
        QTimer.singleShot(0, lambda: self._retire(entry, event))

    def _retire(self, entry: _Run, event: RunEnded) -> None:
        if self._runs.get(entry.campaign_id) is entry:
            del self._runs[entry.campaign_id]
        entry.bridge.stop()
        entry.bridge.deleteLater()
        connection = entry.connection
        run_op(lambda _ctx: connection.close(), on_success=lambda _none: None)
        self.runEnded.emit(event)
        self.runsChanged.emit()

    def _retire_now(self, campaign_id: int) -> None:
        """Forget a run whose thread has ended before its RunEnded was drained."""
        entry = self._runs.get(campaign_id)
        if entry is not None and not entry.run.running:
            del self._runs[campaign_id]
            entry.bridge.stop()

    def _start_failed(self, campaign_id: int, send: bool, error: BaseException) -> None:
        if isinstance(error, KeyringUnavailable) and not self.settings.uses_sandbox:
            self.passwords.request(self.settings.username,
                                   lambda: self.start(campaign_id, send=send))
            return
        self.problem.emit(campaign_id, run_problem_text(error))
