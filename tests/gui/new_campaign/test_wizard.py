"""The new-campaign wizard driven through its widgets on real files: the sample list from
file to a stored DRAFT, a workbook with several sheets, a broken file, a dropped file."""

from __future__ import annotations

import csv
import logging
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from masiv_desktop.core.lists.row_reasons import describe_row
from masiv_desktop.core.reports import data as report_data
from masiv_desktop.core.settings.paths import AppPaths, app_paths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import CampaignState, Purpose, Verdict
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.new_campaign import NewCampaignWizard
from masiv_desktop.gui.new_campaign.wizard import (
    FILE,
    MAPPING,
    MESSAGE,
    REVIEW,
    SCHEDULE,
    SHEET,
    VALIDATION,
)
from tests.helpers.paths import ROOT

ROOT = ROOT
SAMPLE = ROOT / "resources" / "samples" / "clientes-ejemplo.xlsx"
LISTS = ROOT / "tests" / "fixtures" / "lists"
WAIT = 10_000


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return app_paths(data_dir).ensure()


def _wizard(qtbot: QtBot, paths: AppPaths, **kwargs: object) -> NewCampaignWizard:
    wizard = NewCampaignWizard(paths, Settings(), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next(wizard: NewCampaignWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def test_the_sample_list_becomes_a_draft(qtbot: QtBot, paths: AppPaths, modal: Any) -> None:
    wizard = _wizard(qtbot, paths, file=SAMPLE)
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=WAIT)
    assert wizard.mapping_page.column.currentText() == "B — Celular"
    _next(wizard)
    page = wizard.validation_page
    qtbot.waitUntil(page.isComplete, timeout=WAIT)
    assert page.kept_label.text() == "47 will receive the message"
    assert page.refused.rowCount() == 3
    assert str(page.refused.data(page.refused.index(0, 2))).startswith(
        "Not a mobile (fixed line)")
    page.keep_not_mobile.click()
    assert page.kept_label.text() == "48 will receive the message"
    assert [page.refused.data(page.refused.index(r, 0)) for r in range(2)] == ["22", "32"]
    _next(wizard)
    assert wizard.currentId() == MESSAGE
    editor = wizard.message_page.editor
    qtbot.keyClicks(editor.text, "Hola {Nombre}, tu saldo vence el {Vence}.")  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: wizard.message_page.isComplete() and editor.totals is not None,
                    timeout=WAIT)
    _next(wizard)
    assert wizard.currentId() == SCHEDULE
    _next(wizard)
    assert wizard.currentId() == REVIEW
    review = wizard.review_page
    qtbot.waitUntil(review.isComplete, timeout=WAIT)
    assert review.values["recipients"].text() == "48 of 50 rows (2 not sent)"
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Send now"
    modal.next("&Send now")
    with qtbot.waitSignal(wizard.campaignCreated, timeout=WAIT) as blocker:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert modal.texts == ["Send “clientes-ejemplo”?"]
    campaign_id, start_now = blocker.args
    assert start_now is True
    with closing(Store.open(paths.database)) as store:
        campaign = store.campaign(campaign_id)
        assert campaign.state is CampaignState.DRAFT
        assert campaign.name == "clientes-ejemplo"
        assert campaign.template == "Hola {Nombre}, tu saldo vence el {Vence}."
        assert campaign.purpose is Purpose.COMMERCIAL
        recipients = store.recipients(campaign_id, limit=100)
        assert len(recipients) == 48
        assert recipients[0].text == "Hola Felipe Muñoz, tu saldo vence el 2026-12-29."
        assert 12 in [r.row_number for r in recipients]
        refused = [r for batch in report_data.refused_rows(store.conn, campaign_id)
                   for r in batch]
        assert [(r.row_number, r.verdict) for r in refused] == [(22, "invalid"), (32, "duplicate")]
    assert not wizard.isVisible()


def _list_of(path: Path, valid: int, rows: int) -> Path:
    """`rows` rows, the first `valid` of them distinct mobiles, the others too short."""
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Nombre", "Celular"])
        writer.writerows([f"Ana {i}", f"3{150000000 + i}" if i < valid else "12"]
                         for i in range(rows))
    return path


@pytest.mark.parametrize(("language", "kept", "of", "recipients", "cost"), [
    ("es", "8.653 recibirán el mensaje", "de 20.000 filas",
     "8.653 de 20.000 filas (no se envían: 11.347", "8.653 partes de SMS"),
    ("en", "8,653 will receive the message", "of 20,000 rows", "8,653 of 20,000 rows (11,347",
     "8,653 SMS parts"),
])
def test_counts_are_grouped_the_way_the_language_writes_them(
        qtbot: QtBot, paths: AppPaths, qapp: QApplication, tmp_path: Path, language: str,
        kept: str, of: str, recipients: str, cost: str) -> None:
    install_translators(qapp, language)
    try:
        wizard = _wizard(qtbot, paths, file=_list_of(tmp_path / "lista.csv", 8653, 20000),
                         message="Hola {Nombre}")
        qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=WAIT)
        _next(wizard)
        page = wizard.validation_page
        qtbot.waitUntil(page.isComplete, timeout=WAIT)
        assert page.kept_label.text() == kept
        assert page.of_label.text().startswith(of)
        assert "11" + kept[1] + "347" in page.refused_title.text()
        _next(wizard)
        qtbot.waitUntil(wizard.message_page.isComplete, timeout=WAIT)
        _next(wizard)
        _next(wizard)
        review = wizard.review_page
        qtbot.waitUntil(review.isComplete, timeout=WAIT)
        assert review.values["recipients"].text().startswith(recipients)
        assert review.values["cost"].text() == cost
    finally:
        install_translators(qapp, "en")


def test_a_workbook_with_sheets_and_save_as_draft(qtbot: QtBot, paths: AppPaths) -> None:
    wizard = _wizard(qtbot, paths, file=LISTS / "clientes.xlsx", message="Hola {Nombre}")
    qtbot.waitUntil(lambda: wizard.currentId() == SHEET, timeout=WAIT)
    sheets = wizard.sheet_page.sheets
    assert [sheets.item(i).text().split(" — ")[0] for i in range(sheets.count())] == [
        "Clientes", "Vacía", "Otra"]
    assert not sheets.item(1).flags() & Qt.ItemFlag.ItemIsEnabled
    wizard.sheet_page.select("Otra")
    qtbot.waitUntil(wizard.sheet_page.isComplete, timeout=WAIT)
    _next(wizard)
    assert wizard.currentId() == MAPPING
    assert wizard.mapping_page.column.currentText() == "A — Teléfono"
    _next(wizard)
    qtbot.waitUntil(wizard.validation_page.isComplete, timeout=WAIT)
    _next(wizard)
    qtbot.waitUntil(wizard.message_page.isComplete, timeout=WAIT)
    _next(wizard)
    _next(wizard)
    review = wizard.review_page
    qtbot.waitUntil(review.isComplete, timeout=WAIT)
    review.transactional.click()
    qtbot.waitUntil(lambda: review.plan is not None
                    and review.plan.purpose is Purpose.TRANSACTIONAL, timeout=WAIT)
    draft = wizard.button(QWizard.WizardButton.CustomButton1)
    assert draft.isVisible() and draft.text() == "Save as &draft"
    with qtbot.waitSignal(wizard.campaignCreated, timeout=WAIT) as blocker:
        draft.click()
    campaign_id, start_now = blocker.args
    assert start_now is False
    with closing(Store.open(paths.database)) as store:
        campaign = store.campaign(campaign_id)
        assert campaign.purpose is Purpose.TRANSACTIONAL
        assert review.plan is not None
        assert campaign.recipients == len(review.plan.recipients) > 0


def test_a_broken_file_is_explained_on_the_page(qtbot: QtBot, paths: AppPaths) -> None:
    wizard = _wizard(qtbot, paths, file=LISTS / "corrupt.xlsx")
    error = wizard.file_page.error
    qtbot.waitUntil(lambda: not error.isHidden(), timeout=WAIT)
    assert "corrupt.xlsx" in error.text()
    assert "cannot be used" in error.text()
    assert wizard.currentId() == FILE
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_broken_file_is_explained_in_spanish_without_a_traceback(
        qtbot: QtBot, paths: AppPaths, qapp: QApplication,
        caplog: pytest.LogCaptureFixture) -> None:
    install_translators(qapp, "es")
    try:
        with caplog.at_level(logging.INFO, logger="masiv_desktop.gui.ops"):
            wizard = _wizard(qtbot, paths, file=LISTS / "corrupt.xlsx")
            error = wizard.file_page.error
            qtbot.waitUntil(lambda: not error.isHidden(), timeout=WAIT)
        assert ('El archivo "corrupt.xlsx" está dañado o no se guardó por completo'
                in error.text())
        assert "damaged" not in error.text()
    finally:
        install_translators(qapp, "en")
    records = [r for r in caplog.records if r.name == "masiv_desktop.gui.ops"]
    assert records and all(r.levelno == logging.INFO and r.exc_info is None
                           for r in records)
    assert "ListFileError" in records[0].getMessage()


def test_a_dropped_file_opens(qtbot: QtBot, paths: AppPaths) -> None:
    wizard = _wizard(qtbot, paths)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLE))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    wizard.file_page.zone.dropEvent(event)
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=WAIT)
    assert wizard.state.file == SAMPLE


def test_validation_can_be_cancelled_and_run_again(qtbot: QtBot, paths: AppPaths) -> None:
    wizard = _wizard(qtbot, paths, file=SAMPLE)
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=WAIT)
    _next(wizard)
    page = wizard.validation_page
    page.cancel()
    qtbot.waitUntil(lambda: page.isComplete() or not page.retry.isHidden(), timeout=WAIT)
    if not page.isComplete():
        assert "cancelled" in page.error.text()
        page.retry.click()
        qtbot.waitUntil(page.isComplete, timeout=WAIT)
    assert wizard.currentId() == VALIDATION


def test_numbers_abroad_closing_the_time_can_be_left_out(qtbot: QtBot, paths: AppPaths,
                                                         tmp_path: Path) -> None:
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from masiv_desktop.core.law.contact_window import is_holiday

    source = tmp_path / "mixta.csv"
    source.write_text("Nombre,Celular\nAna,3150000001\nBeto,+34612345671\nCata,3150000002\n"
                      "Dani,+34612345672\nEli,3150000003\n", encoding="utf-8")
    day = datetime.now(ZoneInfo("America/Bogota")).date() + timedelta(days=2)
    while day.weekday() >= 5 or is_holiday(day):
        day += timedelta(days=1)
    evening = datetime(day.year, day.month, day.day, 18, 0, tzinfo=ZoneInfo("America/Bogota"))
    wizard = _wizard(qtbot, paths, file=source, message="Hola {Nombre}")
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=WAIT)
    _next(wizard)
    qtbot.waitUntil(wizard.validation_page.isComplete, timeout=WAIT)
    _next(wizard)
    qtbot.waitUntil(wizard.message_page.isComplete, timeout=WAIT)
    _next(wizard)
    assert wizard.currentId() == SCHEDULE
    panel = wizard.schedule_page.panel
    panel.set_send_at(evening)
    assert "2 numbers in Spain (+34)" in panel.problem_notice.text()
    assert panel.leave_out_button.text() == "Leave out these 2 numbers"
    panel.leave_out_button.click()
    assert wizard.state.skip_outside_window
    assert len(wizard.state.kept()) == 3
    assert [r.input for r in wizard.state.refused()] == ["+34612345671", "+34612345672"]
    _next(wizard)
    review = wizard.review_page
    qtbot.waitUntil(review.isComplete, timeout=WAIT)
    assert review.values["recipients"].text() == "3 of 5 rows (2 not sent)"
    with qtbot.waitSignal(wizard.campaignCreated, timeout=WAIT) as blocker:
        wizard.button(QWizard.WizardButton.CustomButton1).click()
    with closing(Store.open(paths.database)) as store:
        refused = [r for batch in report_data.refused_rows(store.conn, blocker.args[0])
                   for r in batch]
    assert [(r.row_number, r.verdict) for r in refused] == [(3, "outside_window"),
                                                           (5, "outside_window")]
    assert describe_row(refused[0].reason).startswith("Outside the hours allowed in its country")


def test_the_rne_warning_offers_the_import_and_the_list_is_checked_again(
        qtbot: QtBot, paths: AppPaths, tmp_path: Path) -> None:
    from masiv_desktop.gui.suppression import SuppressionDialog

    wizard = _wizard(qtbot, paths, file=SAMPLE)
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=WAIT)
    _next(wizard)
    page = wizard.validation_page
    qtbot.waitUntil(page.isComplete, timeout=WAIT)
    assert "never been imported" in page.rne.text()
    assert "masiv" not in page.rne.text()
    assert page.rne_button.isVisibleTo(page)
    page.rne_button.click()
    dialog = page.findChild(SuppressionDialog)
    assert dialog is not None and dialog.chosen_source().value == "rne"
    first = wizard.state.kept()[0]
    rne = tmp_path / "rne.csv"
    rne.write_text(f"numero\n+{first.digits}\n", encoding="utf-8")
    dialog.import_file(rne)
    qtbot.waitUntil(lambda: page.isComplete() and page.counts[Verdict.SUPPRESSED].text() == "1",
                    timeout=WAIT)
    assert page.kept_label.text() == "46 will receive the message"
    assert page.rne.isHidden() and page.rne_button.isHidden()
    dialog.close()
