"""The real desktop program on a temp data dir with a fast embedded sandbox, for GUI tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pytestqt.qtbot import QtBot

from masiv_desktop.core.settings.paths import AppPaths, app_paths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import CampaignState, RecipientState
from masiv_desktop.gateway.sandbox.server import SandboxConfig
from masiv_desktop.gui.campaign.runner import CampaignRunner
from masiv_desktop.gui.main_window import MainWindow
from masiv_desktop.gui.workspace import Workspace

POLL_DELAYS = (0.2, 0.3, 0.5)
WAIT_MS = 20_000


@dataclass
class Desktop:
    paths: AppPaths
    window: MainWindow
    workspace: Workspace

    @property
    def runner(self) -> CampaignRunner:
        return self.workspace.runner

    def state(self, campaign_id: int) -> CampaignState:
        store = Store.open(self.paths.database)
        try:
            return store.campaign_state(campaign_id)
        finally:
            store.close()

    def counts(self, campaign_id: int) -> dict[RecipientState, int]:
        store = Store.open(self.paths.database)
        try:
            return store.counts(campaign_id).by_state
        finally:
            store.close()


def sandbox_config(paths: AppPaths, **changes: object) -> SandboxConfig:
    """The embedded sandbox with statuses final 0.6 s after a send, its state in the data dir
    (as the program keeps it), and any fault given."""
    return SandboxConfig(seed=1, status_step_s=0.2,
                         state_file=str(paths.data / "sandbox.sqlite3"), **changes)  # type: ignore[arg-type]


def open_desktop(qtbot: QtBot, data_dir: Path, settings: Settings | None = None, *,
                 start: bool = True, **sandbox: object) -> Desktop:
    """A shown main window with its workspace (started: first run, resume at start)."""
    paths = app_paths(data_dir).ensure()
    settings = settings or Settings()
    window = MainWindow(paths, settings)
    runner = CampaignRunner(paths, settings, sandbox_config=sandbox_config(paths, **sandbox),
                            poll_delays=POLL_DELAYS, bridge_interval_ms=50)
    workspace = Workspace(window, runner)

    def stop(_widget: object) -> None:
        window.set_sending_hooks(lambda: False, lambda: None)
        runner.shutdown()

    qtbot.addWidget(window, before_close_func=stop)
    window.show()
    desktop = Desktop(paths, window, workspace)
    if start:
        with qtbot.waitSignal(workspace.firstRunDone, timeout=WAIT_MS):
            workspace.start()
    return desktop


def wait_for_state(qtbot: QtBot, desktop: Desktop, campaign_id: int,
                   *states: CampaignState) -> None:
    qtbot.waitUntil(lambda: desktop.state(campaign_id) in states, timeout=WAIT_MS)
