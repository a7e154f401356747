"""gui/campaign/runner.py on its own, against the embedded sandbox: a run's lifecycle, pause
and resume, the session password without a keyring, an account error worded with the
settings dialog's field, and closing mid-send."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from pytestqt.qtbot import QtBot

from masiv_desktop.core.drafts import schedule_draft
from masiv_desktop.core.engine.events import RunEnded, StateChanged
from masiv_desktop.core.settings.paths import AppPaths, app_paths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.startup import CLOSED_REASON, create_sample_campaign, runs_at_start
from masiv_desktop.core.store.campaigns import Campaign, Store
from masiv_desktop.core.usertypes import CampaignState, RecipientState
from masiv_desktop.gateway.sandbox.server import SandboxGateway
from masiv_desktop.gui.campaign.runner import CampaignRunner
from masiv_desktop.gui.resources import resources_dir
from tests.helpers.desktop import POLL_DELAYS, WAIT_MS, sandbox_config

SLOW = Settings(rate_per_second=15.0)
"""Slow enough that a run of the sample's 47 recipients is still sending a second later."""


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return app_paths(data_dir).ensure()


@pytest.fixture
def make_runner(qtbot: QtBot, paths: AppPaths) -> Iterator[Callable[[Settings],
                                                                      CampaignRunner]]:
    made: list[CampaignRunner] = []

    def make(settings: Settings) -> CampaignRunner:
        runner = CampaignRunner(paths, settings, sandbox_config=sandbox_config(paths),
                                poll_delays=POLL_DELAYS, bridge_interval_ms=50)
        made.append(runner)
        return runner

    yield make
    for runner in made:
        runner.shutdown()


def ready_draft(paths: AppPaths, settings: Settings = SLOW) -> int:
    """The sample draft, scheduled to go now (what the page does before `start`)."""
    store = Store.open(paths.database)
    try:
        campaign_id = create_sample_campaign(
            store, Settings(), resources_dir() / "samples" / "clientes-ejemplo.xlsx", "Prueba",
            now=time.time())
        schedule_draft(store, campaign_id, None, settings, now=time.time())
        return campaign_id
    finally:
        store.close()


def stored(paths: AppPaths, campaign_id: int) -> Campaign:
    store = Store.open(paths.database)
    try:
        return store.campaign(campaign_id)
    finally:
        store.close()


def accepted(paths: AppPaths, campaign_id: int) -> int:
    store = Store.open(paths.database)
    try:
        return store.counts(campaign_id).by_state.get(RecipientState.ACCEPTED, 0)
    finally:
        store.close()


def record_states(runner: CampaignRunner) -> list[CampaignState]:
    states: list[CampaignState] = []
    runner.stateChanged.connect(lambda event: states.append(event.state))
    return states


def test_a_run_goes_from_start_to_sending_to_finished(
        qtbot: QtBot, paths: AppPaths, make_runner: Callable[[Settings], CampaignRunner]) -> None:
    runner = make_runner(Settings())
    campaign_id = ready_draft(paths, Settings())
    states = record_states(runner)
    ended: list[RunEnded] = []
    runner.runEnded.connect(ended.append)
    with qtbot.waitSignal(runner.runsChanged, timeout=WAIT_MS):
        runner.start(campaign_id)
        assert runner.is_running(campaign_id)
    qtbot.waitUntil(lambda: bool(ended), timeout=WAIT_MS)
    assert ended[0].campaign_id == campaign_id and ended[0].state is CampaignState.FINISHED
    assert states[0] is CampaignState.RUNNING
    assert states.index(CampaignState.SENT) < states.index(CampaignState.FINISHED)
    assert not runner.is_running(campaign_id) and not runner.is_sending()
    assert stored(paths, campaign_id).state is CampaignState.FINISHED
    assert accepted(paths, campaign_id) == 47


def test_pause_then_resume(qtbot: QtBot, paths: AppPaths,
                           make_runner: Callable[[Settings], CampaignRunner]) -> None:
    runner = make_runner(SLOW)
    campaign_id = ready_draft(paths)
    states = record_states(runner)
    runner.start(campaign_id)
    qtbot.waitUntil(lambda: runner.is_sending(campaign_id), timeout=WAIT_MS)
    runner.pause(campaign_id)
    qtbot.waitUntil(lambda: CampaignState.PAUSED in states, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not runner.is_running(campaign_id), timeout=WAIT_MS)
    paused = stored(paths, campaign_id)
    assert paused.state is CampaignState.PAUSED and paused.reason != CLOSED_REASON
    assert accepted(paths, campaign_id) < 47
    runner.resume(campaign_id)
    qtbot.waitUntil(lambda: stored(paths, campaign_id).state is CampaignState.FINISHED,
                    timeout=WAIT_MS)
    assert states[states.index(CampaignState.PAUSED) + 1] is CampaignState.RUNNING
    assert accepted(paths, campaign_id) == 47


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("MASIV_PASSWORD", raising=False)
    monkeypatch.delenv("MASIV_USERNAME", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_without_a_keyring_the_password_is_asked_once_and_kept_for_the_session(
        qtbot: QtBot, paths: AppPaths, sandbox: SandboxGateway, no_keyring: None,
        make_runner: Callable[[Settings], CampaignRunner]) -> None:
    settings = Settings(gateway_preset="custom", gateway_url=sandbox.base_url, username="demo")
    runner = make_runner(settings)
    asked: list[str] = []
    answers = iter([None, "demo"])
    runner.passwords.ask = lambda username, answer: (asked.append(username),
                                                     answer(next(answers)))
    problems: list[str] = []
    runner.problem.connect(lambda _id, text: problems.append(text))
    campaign_id = ready_draft(paths, settings)
    runner.start(campaign_id)
    qtbot.waitUntil(lambda: asked == ["demo"], timeout=WAIT_MS)
    assert not runner.is_running(campaign_id) and runner.passwords.password is None
    runner.start(campaign_id)
    qtbot.waitUntil(lambda: stored(paths, campaign_id).state is CampaignState.FINISHED,
                    timeout=WAIT_MS)
    assert asked == ["demo", "demo"] and runner.passwords.password == "demo"
    assert len(sandbox.sent()) == 47 and problems == []
    runner.set_settings(settings)
    assert runner.passwords.password == "demo"
    runner.set_settings(Settings(gateway_preset="custom", gateway_url=sandbox.base_url,
                                 username="otra"))
    assert runner.passwords.password is None


def test_an_account_error_names_the_settings_dialogs_field(
        qtbot: QtBot, paths: AppPaths, no_keyring: None,
        make_runner: Callable[[Settings], CampaignRunner]) -> None:
    runner = make_runner(Settings(gateway_preset="custom", gateway_url=""))
    campaign_id = ready_draft(paths)
    before = stored(paths, campaign_id).state
    with qtbot.waitSignal(runner.problem, timeout=WAIT_MS) as blocker:
        runner.start(campaign_id)
    assert blocker.args[0] == campaign_id
    assert blocker.args[1].endswith("type it in Settings › Account › Address.")
    assert not runner.is_running(campaign_id)
    assert stored(paths, campaign_id).state is before


def test_closing_mid_send_pauses_with_the_closed_reason(
        qtbot: QtBot, paths: AppPaths, make_runner: Callable[[Settings], CampaignRunner]) -> None:
    runner = make_runner(SLOW)
    campaign_id = ready_draft(paths)
    states: list[StateChanged] = []
    runner.stateChanged.connect(states.append)
    runner.start(campaign_id)
    qtbot.waitUntil(lambda: runner.is_sending(campaign_id)
                    and accepted(paths, campaign_id) > 0, timeout=WAIT_MS)
    runner.pause_for_quit()
    runner.shutdown()
    closed = stored(paths, campaign_id)
    assert closed.state is CampaignState.PAUSED and closed.reason == CLOSED_REASON
    assert accepted(paths, campaign_id) < 47
    store = Store.open(paths.database)
    try:
        assert [(run.campaign_id, run.send) for run in runs_at_start(store)] == [
            (campaign_id, True)]
    finally:
        store.close()
    runner.start(campaign_id)
    assert not runner.is_running(campaign_id)
