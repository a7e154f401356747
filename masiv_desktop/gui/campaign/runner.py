"""The GUI's controller of campaign runs: start, pause, resume, cancel, resend uncertain.

For each campaign being sent or polled it owns a `core.account.GatewayConnection`, a
`core.engine.CampaignRun` with its `EventQueue`, and an `EngineBridge` that drains the queue
on a timer and feeds the grid of the campaign on screen (`attach`). Opening the gateway
(keyring, embedded sandbox) and every store change run through `run_op`; the engine runs on
its own threads. Everything here is called on the GUI thread.

Runs use `PollMode.UNTIL_FINAL`: after the last message is sent, the run keeps polling
statuses until every part is final (the campaign goes SENT, then FINISHED). At start-up
(`resume_at_start`) campaigns that were sending continue and SENT ones are polled again.

The password comes from the keyring (`core.credentials`). When the computer has no keyring,
the user types it in a `PasswordDialog`; it is kept in memory until the program closes and
never written. Wrong credentials are the engine's business: the first request is a probe,
and the gateway's 1157 stops the campaign with a reason the page shows.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from masiv_desktop.core import actions, campaigns
from masiv_desktop.core.actions import SENDING_STATES, ActionRefused, ActionResult
from masiv_desktop.core.engine.events import EventQueue, RunEnded, StateChanged
from masiv_desktop.core.engine.run import CampaignRun
from masiv_desktop.core.engine.runlock import CampaignBusy
from masiv_desktop.core.engine.types import EngineOptions, PollMode
from masiv_desktop.core.settings.account import (
    AccountError,
    GatewayConnection,
    MissingSetting,
    open_gateway,
)
from masiv_desktop.core.settings.credentials import CredentialsError, KeyringUnavailable
from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.settings.settings import Settings, SettingsError
from masiv_desktop.core.startup import CLOSED_REASON, StartupRun, runs_at_start
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import CampaignState
from masiv_desktop.gateway.sandbox.server import SandboxConfig
from masiv_desktop.gui.campaign.engine_bridge import EngineBridge
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.ops import OpContext, run_op, run_store_op
from masiv_desktop.gui.recipients.model import RecipientsModel
from masiv_desktop.gui.settings.problems import account_problem_text

log = logging.getLogger(__name__)

SANDBOX_POLL_DELAYS: tuple[float, ...] = (2, 2, 3, 5, 10, 15)
"""Status polls of the embedded sandbox, whose messages are final within seconds: the demo
shows final statuses while the user watches (a real gateway keeps the engine's schedule)."""
QUIT_WAIT_S = 10.0
"""How long closing the program waits for the runs to record what is in flight."""

AskPassword = Callable[[str, Callable[[str | None], None]], None]


@dataclass
class _Run:
    campaign_id: int
    connection: GatewayConnection
    run: CampaignRun
    bridge: EngineBridge
    state: CampaignState | None = None


class CampaignRunner(QObject):
    """See the module docstring. Signals carry the core's event objects unchanged."""

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
        self.dialog_parent: QWidget | None = None
        self.ask_password: AskPassword = self._ask_password
        self._runs: dict[int, _Run] = {}
        self._starting: set[int] = set()
        self._attached: tuple[int, RecipientsModel] | None = None
        self._session_password: str | None = None
        self._closing = False

    # --- what the window asks -------------------------------------------------------------

    def set_settings(self, settings: Settings) -> None:
        """New settings apply to the next run started; a typed password is forgotten."""
        if settings.username != self.settings.username or \
                settings.gateway_preset != self.settings.gateway_preset:
            self._session_password = None
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
        settings, password = self.settings, self._session_password
        options = self._options(settings, send)
        database, data_dir, config = self.paths.database, str(self.paths.data), \
            self.sandbox_config
        fixed_delays = self.poll_delays is not None

        def work(_ctx: OpContext) -> tuple[GatewayConnection, CampaignRun]:
            connection = open_gateway(settings, password=password, data_dir=data_dir,
                                      sandbox_config=config)
            try:
                if connection.is_sandbox and not fixed_delays:
                    opts = _with_poll_delays(options, SANDBOX_POLL_DELAYS)
                else:
                    opts = options
                run = CampaignRun(database, campaign_id, connection.client, opts,
                                  events=EventQueue())
                run.start()
            except BaseException:
                connection.close()
                raise
            return connection, run

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
               expected=(CredentialsError, AccountError, SettingsError, CampaignBusy))

    def pause(self, campaign_id: int) -> None:
        run = self._runs.get(campaign_id)
        if run is not None and run.run.running:
            run.run.pause()
            return
        self._store_action(campaign_id, lambda store, now: actions.pause(
            store, campaign_id, now=now))

    def resume(self, campaign_id: int) -> None:
        self.start(campaign_id, send=True)

    def cancel(self, campaign_id: int) -> None:
        """Cancel what is not sent yet (messages scheduled at the gateway stay scheduled)."""
        run = self._runs.get(campaign_id)
        if run is not None and run.run.running and run.state in SENDING_STATES:
            run.run.cancel()
            return
        stop = run.run if run is not None else None

        def action(store: Store, now: float) -> ActionResult:
            if stop is not None:
                stop.pause()
                stop.wait(QUIT_WAIT_S)
            return actions.cancel(store, campaign_id, now=now)

        self._store_action(campaign_id, action)

    def resend_uncertain(self, campaign_id: int) -> None:
        """Put the uncertain recipients back to pending (the user accepted the risk of a
        duplicate), then send them."""
        run = self._runs.get(campaign_id)
        stop = run.run if run is not None else None

        def action(store: Store, now: float) -> ActionResult:
            if stop is not None:
                stop.pause()
                stop.wait(QUIT_WAIT_S)
            return actions.resend_uncertain(store, campaign_id, now=now)

        def then() -> None:
            self._retire_now(campaign_id)
            self.start(campaign_id, send=True)

        self._store_action(campaign_id, action, then=then)

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
                self._mark_closed(run.campaign_id)

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
            def typed(password: str | None) -> None:
                if password:
                    self._session_password = password
                    self.start(campaign_id, send=send)
            self.ask_password(self.settings.username, typed)
            return
        self.problem.emit(campaign_id, self._explain(error))

    def _explain(self, error: BaseException) -> str:
        if isinstance(error, CampaignBusy):
            return self.tr("This campaign is being sent by another Masiv Desktop window or a "
                           "'masiv' command. Wait for it to finish, or pause it there.")
        if isinstance(error, CredentialsError | MissingSetting):
            return account_problem_text(error)
        if isinstance(error, AccountError | SettingsError):
            return tr_fmt(self.tr("The account settings cannot be used: %1"), str(error))
        if isinstance(error, ActionRefused):
            if error.state is CampaignState.CANCELLED:
                return self.tr("This campaign was cancelled: nothing can be sent again.")
            return self.tr("Pause the campaign before sending its uncertain recipients again.")
        if isinstance(error, campaigns.CampaignError):
            return str(error)
        return tr_fmt(self.tr("The campaign could not be started: %1"), str(error))

    def _ask_password(self, username: str, answer: Callable[[str | None], None]) -> None:
        from masiv_desktop.gui.settings.password_dialog import PasswordDialog

        dialog = PasswordDialog(username, self.dialog_parent)
        dialog.answered.connect(answer)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _store_action(self, campaign_id: int, action: Callable[[Store, float], ActionResult],
                      then: Callable[[], None] | None = None) -> None:
        def work(store: Store, _ctx: OpContext) -> ActionResult:
            return action(store, time.time())

        def done(_result: ActionResult) -> None:
            self.storeChanged.emit(campaign_id)
            if then is not None:
                then()

        def failed(error: BaseException) -> None:
            self.problem.emit(campaign_id, self._explain(error))
            self.storeChanged.emit(campaign_id)

        run_store_op(work, database=self.paths.database, on_success=done, on_failure=failed,
                     parent=self)

    def _mark_closed(self, campaign_id: int) -> None:
        """Record a run that did not stop in time as paused by the closing, if the store
        still says it is sending. Blocks until written: the program is about to exit."""
        pool = QThreadPool(self)
        run_store_op(lambda store, _ctx: actions.pause(store, campaign_id, now=time.time(),
                                                         reason=CLOSED_REASON),
                     database=self.paths.database, on_success=lambda _text: None,
                     on_failure=lambda _error: None, pool=pool)
        pool.waitForDone(int(QUIT_WAIT_S * 1000))


def _with_poll_delays(options: EngineOptions, delays: tuple[float, ...]) -> EngineOptions:
    policy = replace(options.poll_policy, delays=delays,
                     network_grace=min(options.poll_policy.network_grace, 4 * max(delays)))
    return replace(options, poll_policy=policy)

