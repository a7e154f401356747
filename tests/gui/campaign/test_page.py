"""gui/campaign/page.py with the runner: send a draft, pause, resume, cancel, resend uncertain,
the report's chart and its export, wrong credentials, no keyring."""

from __future__ import annotations

import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from masiv_desktop.core.engine.events import StateChanged
from masiv_desktop.core.reports.export import ReportFormat
from masiv_desktop.core.reports.outcome import Outcome
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import CampaignState, RecipientState
from masiv_desktop.gateway.sandbox.server import SandboxGateway
from masiv_desktop.gui.campaign.page import CampaignPage
from masiv_desktop.gui.campaign.send_dialog import SendDialog
from masiv_desktop.gui.campaign_list.model import CampaignColumn
from masiv_desktop.gui.recipients.columns import GridColumn
from masiv_desktop.gui.settings.password_dialog import PasswordDialog
from tests.helpers.desktop import WAIT_MS, Desktop, open_desktop, sandbox_config, wait_for_state


def draft(qtbot: QtBot, desktop: Desktop) -> tuple[CampaignPage, int]:
    page = desktop.workspace.page
    qtbot.waitUntil(lambda: page.details is not None and page.model.rowCount() > 0,
                    timeout=WAIT_MS)
    assert page.campaign_id is not None
    return page, page.campaign_id


def test_a_draft_is_sent_its_grid_goes_final_and_its_report_exported(
        qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    desktop = open_desktop(qtbot, data_dir)
    page, campaign_id = draft(qtbot, desktop)
    page.send_button.click()
    dialog = page.findChild(SendDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.schedule.now_button.isChecked() and dialog.send_button.isEnabled()
    dialog.send_button.click()
    wait_for_state(qtbot, desktop, campaign_id, CampaignState.FINISHED)
    total = page.model.rowCount()
    qtbot.waitUntil(lambda: page.state is CampaignState.FINISHED and page.model.counts()[
        RecipientState.ACCEPTED] == total, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: all(page.model.data(page.model.index(row, GridColumn.STATUS)) in (
        "Delivered to the phone", "Delivered to the network", "Delivery error",
        "General error", "Length error") for row in range(total)), timeout=WAIT_MS)
    assert page.progress.tiles[RecipientState.ACCEPTED].number.text() == str(total)
    assert page.progress.bar.value() == total
    assert not page.pause_button.isEnabled() and not page.resume_button.isEnabled()

    report = page.report
    page.tabs.setCurrentWidget(report)
    qtbot.waitUntil(lambda: report.figures is not None
                    and report.figures.by_outcome[Outcome.IN_PROGRESS] == 0, timeout=WAIT_MS)
    assert report.figures is not None
    shown = report.chart_counts()
    assert sum(shown.values()) == total
    assert shown["Delivered to the phone"] == report.figures.by_outcome[
        Outcome.DELIVERED_TO_HANDSET]
    assert report.rate.text().endswith("delivered")

    target = tmp_path / "out" / "informe.xlsx"
    target.parent.mkdir()
    suggested: list[Path] = []
    report.exporter.choose_target = lambda path, fmt: suggested.append(path) or target
    with qtbot.waitSignal(report.exporter.exported, timeout=WAIT_MS):
        report.excel_button.click()
    assert suggested[0].name == "Sample campaign - delivery report.xlsx"
    book = openpyxl.load_workbook(target, read_only=True)
    assert book.sheetnames[:2] == ["Summary", "Recipients"]
    assert report.open_file.isVisible() and str(target) in report.result.text.text()
    assert report.exporter.ui_state.folder("reports") == target.parent
    report.exporter.choose_target = lambda path, fmt: tmp_path / "out" / "filas"
    with qtbot.waitSignal(report.exporter.exported, timeout=WAIT_MS):
        report.export(ReportFormat.CSV)
    assert (tmp_path / "out" / "filas.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_pause_resume_and_cancel(qtbot: QtBot, data_dir: Path, modal: Any) -> None:
    desktop = open_desktop(qtbot, data_dir, Settings(rate_per_second=15.0))
    page, campaign_id = draft(qtbot, desktop)
    page.send(None)
    qtbot.waitUntil(lambda: page.pause_button.isEnabled()
                    and desktop.window.pause_action.isEnabled(), timeout=WAIT_MS)
    page.pause_button.click()
    wait_for_state(qtbot, desktop, campaign_id, CampaignState.PAUSED)
    qtbot.waitUntil(lambda: page.resume_button.isEnabled(), timeout=WAIT_MS)
    assert page.bar.isVisible() and page.bar.text.text() == "Paused by you."
    assert page.header.state.text() == "Paused"
    waiting = desktop.counts(campaign_id)[RecipientState.PENDING]
    assert waiting > 0
    desktop.window.resume_action.trigger()
    wait_for_state(qtbot, desktop, campaign_id, CampaignState.RUNNING)
    qtbot.waitUntil(lambda: page.cancel_button.isEnabled() and page.state is
                    CampaignState.RUNNING, timeout=WAIT_MS)
    modal.next("Keep it")
    page.cancel_button.click()
    modal.wait()
    assert desktop.state(campaign_id) is CampaignState.RUNNING
    modal.next("Cancel campaign")
    page.cancel_button.click()
    modal.wait()
    wait_for_state(qtbot, desktop, campaign_id, CampaignState.CANCELLED)
    assert modal.texts == ["Cancel “Sample campaign”?"] * 2
    counts = desktop.counts(campaign_id)
    assert counts[RecipientState.CANCELLED] > 0 and counts[RecipientState.PENDING] == 0
    qtbot.waitUntil(lambda: page.state is CampaignState.CANCELLED
                    and not page.cancel_button.isEnabled(), timeout=WAIT_MS)
    # issue 15: the accepted messages are still polled to a final status, the campaign stays
    # cancelled, and the bar shows the sent ones with the cancelled ones beside them
    qtbot.waitUntil(lambda: open_parts(desktop, campaign_id) == 0, timeout=WAIT_MS)
    assert desktop.state(campaign_id) is CampaignState.CANCELLED
    counts = desktop.counts(campaign_id)
    total = sum(counts.values())
    sent = counts[RecipientState.ACCEPTED] + counts[RecipientState.REJECTED] + counts[
        RecipientState.UNCERTAIN]
    qtbot.waitUntil(lambda: page.progress.bar.value() == sent, timeout=WAIT_MS)
    assert sent < total and page.progress.bar.maximum() == total
    assert page.progress.bar.format() == (f"{sent} of {total} sent · "
                                          f"{counts[RecipientState.CANCELLED]} cancelled")
    assert not page.progress.tiles[RecipientState.CANCELLED].isHidden()
    qtbot.waitUntil(lambda: page.model.counts()[RecipientState.CANCELLED]
                    == counts[RecipientState.CANCELLED], timeout=WAIT_MS)


def test_a_cancel_reloads_the_grid_at_once(qtbot: QtBot, data_dir: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The store cancels every waiting recipient in one statement, with no event per
    recipient: the grid re-reads them when the campaign says cancelled, instead of showing
    them "Waiting" while its accepted messages are still polled."""
    desktop = open_desktop(qtbot, data_dir)
    page, campaign_id = draft(qtbot, desktop)
    reloads: list[int] = []
    monkeypatch.setattr(page, "reload_grid", lambda: reloads.append(1))
    desktop.workspace.runner.stateChanged.emit(StateChanged(campaign_id, CampaignState.RUNNING))
    assert reloads == []
    desktop.workspace.runner.stateChanged.emit(StateChanged(campaign_id,
                                                            CampaignState.CANCELLED))
    assert reloads == [1]


def open_parts(desktop: Desktop, campaign_id: int) -> int:
    store = Store.open(desktop.paths.database)
    try:
        return store.open_parts(campaign_id)
    finally:
        store.close()


def test_a_campaign_sent_for_later_is_scheduled_with_its_time_in_header_and_list(
        qtbot: QtBot, data_dir: Path, modal: Any) -> None:
    """Issue 15, item 3: not "Sent" at once; "Scheduled" with the time, and cancellable."""
    desktop = open_desktop(qtbot, data_dir)
    page, campaign_id = draft(qtbot, desktop)
    when = (datetime.now(UTC) + timedelta(days=2)).replace(second=0, microsecond=0)
    page.send(when)
    wait_for_state(qtbot, desktop, campaign_id, CampaignState.SCHEDULED)
    qtbot.waitUntil(lambda: page.header.state.text() == "Scheduled", timeout=WAIT_MS)
    shown = when.astimezone()
    assert f"scheduled for {shown:%a} {shown.day} {shown:%b %Y %H:%M}" in page.header.details.text()
    listed = desktop.window.campaigns
    qtbot.waitUntil(lambda: listed.row_of(campaign_id) is not None and str(listed.data(
        listed.index(listed.row_of(campaign_id) or 0, CampaignColumn.STATE))).startswith(
            "Scheduled · "), timeout=WAIT_MS)
    assert open_parts(desktop, campaign_id) > 0
    qtbot.waitUntil(lambda: page.cancel_button.isEnabled(), timeout=WAIT_MS)
    modal.next("Cancel campaign")
    page.cancel_button.click()
    modal.wait()
    wait_for_state(qtbot, desktop, campaign_id, CampaignState.CANCELLED)


def test_resend_uncertain_asks_then_sends_them_again(qtbot: QtBot, data_dir: Path,
                                                     modal: Any) -> None:
    desktop = open_desktop(qtbot, data_dir, drop_rate=0.3)
    page, campaign_id = draft(qtbot, desktop)
    page.send(None)
    wait_for_state(qtbot, desktop, campaign_id, CampaignState.SENT, CampaignState.FINISHED)
    uncertain = desktop.counts(campaign_id)[RecipientState.UNCERTAIN]
    assert uncertain > 0
    qtbot.waitUntil(lambda: page.resend_button.isEnabled(), timeout=WAIT_MS)
    modal.next("Don't send")
    page.resend_button.click()
    modal.wait()
    assert desktop.counts(campaign_id)[RecipientState.UNCERTAIN] == uncertain
    desktop.runner.sandbox_config = sandbox_config(desktop.paths)
    modal.next("Send again")
    page.resend_button.click()
    modal.wait()
    assert "uncertain recipient" in modal.texts[-1]
    qtbot.waitUntil(lambda: desktop.counts(campaign_id)[RecipientState.UNCERTAIN] == 0,
                    timeout=WAIT_MS)
    wait_for_state(qtbot, desktop, campaign_id, CampaignState.FINISHED)
    assert desktop.counts(campaign_id)[RecipientState.ACCEPTED] == page.model.rowCount()


def test_wrong_credentials_stop_the_campaign_with_the_reason(
        qtbot: QtBot, data_dir: Path, sandbox: SandboxGateway,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASIV_PASSWORD", "not-the-password")
    desktop = open_desktop(qtbot, data_dir)
    page, campaign_id = draft(qtbot, desktop)
    settings = Settings(gateway_preset="custom", gateway_url=sandbox.base_url, username="demo")
    desktop.window.set_settings(settings)
    desktop.window.settingsChanged.emit(settings)
    page.send(None)
    wait_for_state(qtbot, desktop, campaign_id, CampaignState.STOPPED)
    qtbot.waitUntil(lambda: page.state is CampaignState.STOPPED and page.bar.isVisible(),
                    timeout=WAIT_MS)
    assert page.bar.text.text().startswith("The gateway refused the account (error 1157")
    assert page.bar.action.isVisible() and page.bar.action.text() == "Resume"
    assert desktop.counts(campaign_id)[RecipientState.PENDING] == page.model.rowCount()


@pytest.mark.timing
def test_an_offline_send_says_at_once_that_the_gateway_is_not_answering(
        qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    monkeypatch.setenv("MASIV_PASSWORD", "demo")
    desktop = open_desktop(qtbot, data_dir)
    page, campaign_id = draft(qtbot, desktop)
    settings = Settings(gateway_preset="custom", gateway_url=dead, username="demo")
    desktop.window.set_settings(settings)
    desktop.window.settingsChanged.emit(settings)
    page.send(None)
    qtbot.waitUntil(lambda: page.bar.isVisible() and page.bar.text.text().startswith(
        "The gateway is not answering"), timeout=3_000)
    assert desktop.state(campaign_id) is CampaignState.RUNNING, "said while still retrying"
    assert desktop.counts(campaign_id)[RecipientState.ACCEPTED] == 0


def test_without_a_keyring_the_password_is_asked_for_this_session(
        qtbot: QtBot, data_dir: Path, sandbox: SandboxGateway,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MASIV_PASSWORD", raising=False)
    monkeypatch.delenv("MASIV_USERNAME", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        settings = Settings(gateway_preset="custom", gateway_url=sandbox.base_url,
                            username="demo")
        desktop = open_desktop(qtbot, data_dir, settings, start=False)
        page = desktop.workspace.page
        store_draft(desktop)
        qtbot.waitUntil(lambda: page.details is not None, timeout=WAIT_MS)
        page.send(None)
        qtbot.waitUntil(lambda: desktop.window.findChild(PasswordDialog) is not None,
                        timeout=WAIT_MS)
        dialog = desktop.window.findChild(PasswordDialog)
        assert dialog is not None and "never saved" in dialog.findChildren(
            type(page.header.name))[0].text()
        dialog.password.setText("demo")
        dialog.accept()
        wait_for_state(qtbot, desktop, page.campaign_id or 0, CampaignState.FINISHED)
        assert not (data_dir / "settings.json").exists()
    finally:
        keyring.set_keyring(previous)


def store_draft(desktop: Desktop) -> None:
    """The sample draft, made as the first run makes it, shown on the page."""
    import time

    from masiv_desktop.core.startup import create_sample_campaign
    from masiv_desktop.core.store.campaigns import Store
    from masiv_desktop.gui.resources import resources_dir

    store = Store.open(desktop.paths.database)
    try:
        campaign_id = create_sample_campaign(
            store, Settings(), resources_dir() / "samples" / "clientes-ejemplo.xlsx",
            "Prueba", now=time.time())
    finally:
        store.close()
    desktop.workspace.reload_list(select=campaign_id)


def test_slow_figure_reads_are_spaced_out_so_the_engine_keeps_the_database(
        qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import masiv_desktop.gui.campaign.details_loader as details_loader

    desktop = open_desktop(qtbot, data_dir)
    page, _ = draft(qtbot, desktop)
    assert page.loader.throttle.interval_ms == details_loader.DETAILS_REFRESH_MS
    monkeypatch.setattr(details_loader, "DETAILS_DUTY", 1e-6)
    with qtbot.waitSignal(page.detailsLoaded, timeout=WAIT_MS):
        page.reload()
    assert page.loader.throttle.interval_ms > 60_000
