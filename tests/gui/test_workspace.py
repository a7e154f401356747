"""gui/workspace.py: the first run's sample draft, closing during a send, resuming at start."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from masiv_desktop.core.drafts import message_of
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.startup import CLOSED_REASON
from masiv_desktop.core.store.campaigns import Store, utc_text
from masiv_desktop.core.usertypes import CampaignState, Purpose, RecipientState
from masiv_desktop.gui.recipients.columns import GridColumn
from tests.helpers.desktop import WAIT_MS, open_desktop, wait_for_state


def test_first_run_shows_the_sample_draft_on_the_sandbox(qtbot: QtBot, data_dir: Path) -> None:
    desktop = open_desktop(qtbot, data_dir)
    window, page = desktop.window, desktop.workspace.page
    qtbot.waitUntil(lambda: page.details is not None and page.model.rowCount() > 0,
                    timeout=WAIT_MS)
    assert window.banner.isVisible()
    assert window.banner.message.text().startswith("Sandbox: nothing reaches real phones")
    assert window.banner.button.text() == "Set up my account…"
    assert window.stack.currentWidget() is page
    campaign = page.details.campaign if page.details else None
    assert campaign is not None and campaign.state is CampaignState.DRAFT
    assert window.selected_campaign() == campaign.id
    assert page.header.name.text() == "Sample campaign"
    assert page.send_button.isVisible() and page.edit_button.isVisible()
    assert not page.pause_button.isVisible()
    assert page.model.rowCount() == campaign.recipients
    assert page.model.data(page.model.index(0, GridColumn.NAME)) == "Felipe Muñoz"
    assert "{Nombre}" in page.message.toPlainText()
    window.close()
    again = open_desktop(qtbot, data_dir)
    qtbot.waitUntil(lambda: again.window.campaigns.rowCount() == 1, timeout=WAIT_MS)
    store = Store.open(again.paths.database)
    try:
        assert len(store.campaigns()) == 1, "the sample is made once"
    finally:
        store.close()


def test_no_sample_once_an_account_is_set_up(qtbot: QtBot, data_dir: Path) -> None:
    desktop = open_desktop(qtbot, data_dir, Settings(gateway_preset="production",
                                                     username="acme"))
    assert not desktop.window.banner.isVisible()
    assert desktop.window.campaigns.rowCount() == 0
    assert desktop.window.stack.currentWidget() is desktop.window.placeholder


def test_closing_during_a_send_pauses_and_the_next_start_resumes(
        qtbot: QtBot, data_dir: Path, modal: Any) -> None:
    desktop = open_desktop(qtbot, data_dir, Settings(rate_per_second=15.0))
    page = desktop.workspace.page
    qtbot.waitUntil(lambda: page.details is not None, timeout=WAIT_MS)
    campaign_id = page.campaign_id
    assert campaign_id is not None
    page.send(None)
    qtbot.waitUntil(lambda: desktop.runner.is_sending()
                    and desktop.counts(campaign_id)[RecipientState.ACCEPTED] >= 3,
                    timeout=WAIT_MS)
    modal.next("Keep sending")
    assert not desktop.window.close()
    modal.wait()
    assert desktop.window.isVisible() and desktop.runner.is_sending()
    modal.next("Pause and close")
    desktop.window.close()
    modal.wait()
    qtbot.waitUntil(lambda: not desktop.window.isVisible(), timeout=WAIT_MS)
    assert modal.texts == ["Pause the campaign and close Masiv Desktop?"] * 2
    store = Store.open(desktop.paths.database)
    try:
        campaign = store.campaign(campaign_id)
        counts = store.counts(campaign_id).by_state
    finally:
        store.close()
    assert campaign.state is CampaignState.PAUSED and campaign.reason == CLOSED_REASON
    assert counts[RecipientState.PENDING] > 0, "closed before the end"
    assert counts[RecipientState.CLAIMED] == counts[RecipientState.UNCERTAIN] == 0

    again = open_desktop(qtbot, data_dir)
    wait_for_state(qtbot, again, campaign_id, CampaignState.FINISHED)
    counts = again.counts(campaign_id)
    assert counts[RecipientState.ACCEPTED] == campaign.recipients
    qtbot.waitUntil(lambda: again.workspace.page.state is CampaignState.FINISHED,
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not again.runner.is_running(campaign_id), timeout=WAIT_MS)


def test_closing_mid_send_with_jobs_still_running_prints_no_traceback(
        qtbot: QtBot, data_dir: Path, modal: Any) -> None:
    """"Pause and close" while a job of the window still runs, then what PySide does at exit
    (every QObject Python owns destroyed, the hook's poster too): the job's end is dropped
    quietly; an exception or an ERROR record would fail the test."""
    import sys
    import threading

    import shiboken6

    from masiv_desktop.gui import errors, ops

    desktop = open_desktop(qtbot, data_dir, Settings(rate_per_second=15.0))
    page = desktop.workspace.page
    qtbot.waitUntil(lambda: page.details is not None, timeout=WAIT_MS)
    campaign_id = page.campaign_id
    assert campaign_id is not None
    page.send(None)
    qtbot.waitUntil(lambda: desktop.runner.is_sending()
                    and desktop.counts(campaign_id)[RecipientState.ACCEPTED] >= 3,
                    timeout=WAIT_MS)
    release = threading.Event()
    job = ops.run_store_op(lambda store, _ctx: release.wait(WAIT_MS / 1000) and store.campaigns(),
                           database=desktop.paths.database, on_success=lambda _rows: None,
                           parent=desktop.workspace)
    saved_hooks = sys.excepthook, threading.excepthook
    try:
        errors.install_excepthook(None)
        modal.next("Pause and close")
        desktop.window.close()
        modal.wait()
        qtbot.waitUntil(lambda: not desktop.window.isVisible(), timeout=WAIT_MS)
        for op in list(ops._running):
            shiboken6.delete(op._relay)
        assert errors._poster is not None
        shiboken6.delete(errors._poster)
        release.set()
        qtbot.waitUntil(lambda: job.done, timeout=WAIT_MS)
    finally:
        sys.excepthook, threading.excepthook = saved_hooks
        errors._poster = None
    assert desktop.state(campaign_id) is CampaignState.PAUSED


def test_editing_a_draft_replaces_it(qtbot: QtBot, data_dir: Path) -> None:
    from PySide6.QtWidgets import QWizard

    from masiv_desktop.gui.new_campaign.wizard import MAPPING, REVIEW

    desktop = open_desktop(qtbot, data_dir)
    page = desktop.workspace.page
    qtbot.waitUntil(lambda: page.details is not None, timeout=WAIT_MS)
    old = page.campaign_id
    opened: list[Any] = []
    desktop.workspace.wizardOpened.connect(opened.append)
    page.edit_button.click()
    wizard, = opened
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=WAIT_MS)
    assert wizard.state.file.name == "clientes-ejemplo.xlsx"
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.click()
    qtbot.waitUntil(wizard.validation_page.isComplete, timeout=WAIT_MS)
    next_button.click()
    assert "{Nombre}" in wizard.message_page.editor.text.toPlainText()
    qtbot.waitUntil(lambda: next_button.isEnabled(), timeout=WAIT_MS)
    next_button.click()
    next_button.click()
    assert wizard.currentId() == REVIEW
    qtbot.waitUntil(wizard.review_page.isComplete, timeout=WAIT_MS)
    with qtbot.waitSignal(wizard.campaignCreated, timeout=WAIT_MS) as created:
        wizard.button(QWizard.WizardButton.CustomButton1).click()
    new, start_now = created.args
    assert start_now is False and new != old
    qtbot.waitUntil(lambda: page.campaign_id == new
                    and desktop.window.campaigns.rowCount() == 1, timeout=WAIT_MS)
    store = Store.open(desktop.paths.database)
    try:
        assert [c.id for c in store.campaigns()] == [new]
        assert store.campaign(new).state is CampaignState.DRAFT
    finally:
        store.close()


@pytest.mark.parametrize(("purpose", "footer", "override"), [
    (Purpose.COMMERCIAL, True, False), (Purpose.TRANSACTIONAL, False, True)])
def test_editing_a_scheduled_draft_keeps_its_time_choices_and_creation_time(
        qtbot: QtBot, data_dir: Path, purpose: Purpose, footer: bool, override: bool) -> None:
    from PySide6.QtWidgets import QWizard

    from masiv_desktop.gui.new_campaign.wizard import MAPPING, REVIEW, SCHEDULE

    desktop = open_desktop(qtbot, data_dir)
    page = desktop.workspace.page
    qtbot.waitUntil(lambda: page.details is not None, timeout=WAIT_MS)
    old = page.campaign_id
    when = (datetime.now(UTC) + timedelta(days=3)).replace(hour=15, minute=0, second=0,
                                                           microsecond=0)
    store = Store.open(desktop.paths.database)
    try:
        store.conn.execute(
            "UPDATE campaign SET send_at = ?, purpose = ?, footer = ?, window_override = ?, "
            "created_at = '2026-12-01T09:30:00.000Z' WHERE id = ?",
            (utc_text(when.timestamp()), purpose.value, int(footer), int(override), old))
        store.conn.commit()
        created = store.campaign(old).created_at
    finally:
        store.close()
    page.show_campaign(old)
    qtbot.waitUntil(lambda: page.details is not None and page.details.campaign.send_at == when,
                    timeout=WAIT_MS)
    opened: list[Any] = []
    desktop.workspace.wizardOpened.connect(opened.append)
    page.edit_button.click()
    wizard, = opened
    assert wizard.windowTitle() == "Edit campaign"
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=WAIT_MS)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.click()
    qtbot.waitUntil(wizard.validation_page.isComplete, timeout=WAIT_MS)
    next_button.click()
    wizard.message_page.editor.text.setPlainText("Nuevo mensaje, {Nombre}")
    qtbot.waitUntil(lambda: wizard.state.message == "Nuevo mensaje, {Nombre}"
                    and next_button.isEnabled(), timeout=WAIT_MS)
    next_button.click()
    assert wizard.currentId() == SCHEDULE
    panel = wizard.schedule_page.panel
    assert panel.later_button.isChecked() and panel.send_at() == when
    next_button.click()
    assert wizard.currentId() == REVIEW
    qtbot.waitUntil(wizard.review_page.isComplete, timeout=WAIT_MS)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "&Schedule", "never 'Send now' for a scheduled draft"
    assert wizard.review_page.values["when"].text() != "Now"
    with qtbot.waitSignal(wizard.campaignCreated, timeout=WAIT_MS) as saved:
        wizard.button(QWizard.WizardButton.CustomButton1).click()
    new, start_now = saved.args
    assert start_now is False
    qtbot.waitUntil(lambda: page.campaign_id == new, timeout=WAIT_MS)
    store = Store.open(desktop.paths.database)
    try:
        assert [c.id for c in store.campaigns()] == [new]
        campaign = store.campaign(new)
    finally:
        store.close()
    assert message_of(campaign, Settings()) == "Nuevo mensaje, {Nombre}"
    assert campaign.template.count("SALIR") == int(footer), "the opt-out line once, if on"
    assert (campaign.send_at, campaign.purpose, campaign.footer, campaign.window_override,
            campaign.created_at) == (when, purpose, footer, override, created)


def test_editing_a_draft_opens_its_sheet_and_phone_column(
        qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    import openpyxl

    from masiv_desktop.core.campaigns import PlanRequest, create_campaign, plan_from_file
    from masiv_desktop.core.settings.paths import app_paths
    from masiv_desktop.gui.new_campaign.wizard import MAPPING

    source = tmp_path / "clientes.xlsx"
    book = openpyxl.Workbook()
    for title in ("Enero", "Febrero"):
        sheet = book.create_sheet(title)
        sheet.append(["Nombre", "Celular", "Celular 2"])
        for i in range(5):
            sheet.append([f"Ana {i}", f"31500000{i:02d}", f"31600000{i:02d}"])
    del book["Sheet"]
    book.save(source)
    store = Store.open(app_paths(data_dir).ensure().database)
    try:
        plan = plan_from_file(PlanRequest(source, "Hola {Nombre}", Settings(), sheet="Febrero",
                                          column="Celular 2"), now=time.time())
        old = create_campaign(store, plan, now=time.time())
        assert (store.campaign(old).sheet, store.campaign(old).phone_column) == (
            "Febrero", "Celular 2")
    finally:
        store.close()
    desktop = open_desktop(qtbot, data_dir)
    page = desktop.workspace.page
    desktop.window.select_campaign(old)
    qtbot.waitUntil(lambda: page.details is not None and page.campaign_id == old,
                    timeout=WAIT_MS)
    opened: list[Any] = []
    desktop.workspace.wizardOpened.connect(opened.append)
    page.edit_button.click()
    wizard, = opened
    qtbot.waitUntil(lambda: wizard.state.preview is not None, timeout=WAIT_MS)
    assert wizard.state.sheet == "Febrero"
    assert wizard.state.column is not None and wizard.state.column.name == "Celular 2"
    assert wizard.state.preview.suggested.name == "Celular", "not merely the suggestion"
    wizard.next()
    assert wizard.currentId() == MAPPING
    assert wizard.mapping_page.column.currentText().endswith("Celular 2")
    other = tmp_path / "otra.xlsx"
    book.save(other)
    wizard.file_page.load(other)
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=WAIT_MS)
    assert wizard.state.sheet == "Enero" and wizard.state.column.name == "Celular", \
        "another list is opened as a new one"
