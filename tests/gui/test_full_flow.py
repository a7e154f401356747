"""The whole flow on the sandbox, driven through the widgets as a person would: a fixture
spreadsheet dropped on the window, its sheet chosen, the mapping accepted, the message typed,
sent, the statuses final in the grid, the chart's counts, the report exported to xlsx."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from masiv_desktop.core.reports.outcome import Outcome
from masiv_desktop.core.usertypes import CampaignState, RecipientState
from masiv_desktop.gui.new_campaign.wizard import MAPPING, MESSAGE, REVIEW, SCHEDULE, SHEET
from masiv_desktop.gui.recipients.columns import GridColumn
from tests.helpers.desktop import WAIT_MS, open_desktop, wait_for_state
from tests.helpers.paths import LISTS

LISTS = LISTS
FINAL = ("Delivered to the phone", "Delivered to the network", "Delivery error",
         "General error", "Length error")


def _drop(window: object, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(10, 10), actions, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)  # type: ignore[attr-defined]
    assert enter.isAccepted()
    window.dropEvent(QDropEvent(QPointF(10, 10), actions, mime,  # type: ignore[attr-defined]
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def test_from_a_spreadsheet_to_the_report(qtbot: QtBot, data_dir: Path, tmp_path: Path,
                                          modal: Any) -> None:
    desktop = open_desktop(qtbot, data_dir)
    window, workspace = desktop.window, desktop.workspace
    opened: list[object] = []
    workspace.wizardOpened.connect(opened.append)
    _drop(window, LISTS / "clientes.xlsx")
    wizard, = opened
    next_button = wizard.button(QWizard.WizardButton.NextButton)  # type: ignore[attr-defined]

    qtbot.waitUntil(lambda: wizard.currentId() == SHEET, timeout=WAIT_MS)  # type: ignore[attr-defined]
    wizard.sheet_page.select("Clientes")  # type: ignore[attr-defined]
    qtbot.waitUntil(wizard.sheet_page.isComplete, timeout=WAIT_MS)  # type: ignore[attr-defined]
    next_button.click()
    assert wizard.currentId() == MAPPING  # type: ignore[attr-defined]
    assert wizard.mapping_page.column.currentText() == "B — Celular"  # type: ignore[attr-defined]
    next_button.click()
    qtbot.waitUntil(wizard.validation_page.isComplete, timeout=WAIT_MS)  # type: ignore[attr-defined]
    next_button.click()
    assert wizard.currentId() == MESSAGE  # type: ignore[attr-defined]
    editor = wizard.message_page.editor  # type: ignore[attr-defined]
    editor.text.clear()
    qtbot.keyClicks(editor.text, "Hola {Nombre}, tu saldo es {Saldo}.")  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: wizard.message_page.isComplete()  # type: ignore[attr-defined]
                    and editor.totals is not None and next_button.isEnabled(),
                    timeout=WAIT_MS)
    next_button.click()
    assert wizard.currentId() == SCHEDULE  # type: ignore[attr-defined]
    next_button.click()
    assert wizard.currentId() == REVIEW  # type: ignore[attr-defined]
    qtbot.waitUntil(wizard.review_page.isComplete, timeout=WAIT_MS)  # type: ignore[attr-defined]
    finish = wizard.button(QWizard.WizardButton.FinishButton)  # type: ignore[attr-defined]
    assert finish.text() == "&Send now"
    modal.next("&Send now")
    with qtbot.waitSignal(wizard.campaignCreated, timeout=WAIT_MS) as created:  # type: ignore[attr-defined]
        finish.click()
    campaign_id, start_now = created.args
    assert start_now is True

    page = workspace.page
    qtbot.waitUntil(lambda: window.selected_campaign() == campaign_id
                    and page.campaign_id == campaign_id, timeout=WAIT_MS)
    wait_for_state(qtbot, desktop, campaign_id, CampaignState.FINISHED)
    qtbot.waitUntil(lambda: page.state is CampaignState.FINISHED
                    and page.model.rowCount() > 0 and all(
                        page.model.data(page.model.index(row, GridColumn.STATUS)) in FINAL
                        for row in range(page.model.rowCount())), timeout=WAIT_MS)
    total = page.model.rowCount()
    assert page.model.counts()[RecipientState.ACCEPTED] == total
    assert page.model.data(page.model.index(0, GridColumn.NAME))
    assert page.header.state.text() == "Finished"
    row = window.campaigns.row_of(campaign_id)
    assert row is not None and window.campaigns.campaign(row).progress == 1.0

    page.tabs.setCurrentWidget(page.report)
    report = page.report
    qtbot.waitUntil(lambda: report.figures is not None
                    and report.figures.campaign.id == campaign_id
                    and report.figures.by_outcome[Outcome.IN_PROGRESS] == 0, timeout=WAIT_MS)
    assert report.figures is not None
    chart = report.chart_counts()
    assert sum(chart.values()) == total
    delivered = chart["Delivered to the phone"] + chart["Delivered to the network"]
    assert delivered == sum(report.figures.by_outcome[o] for o in (
        Outcome.DELIVERED_TO_HANDSET, Outcome.DELIVERED_TO_NETWORK))

    target = tmp_path / "informe.xlsx"
    report.exporter.choose_target = lambda _path, _fmt: target
    assert window.export_action.isEnabled()
    with qtbot.waitSignal(report.exporter.exported, timeout=WAIT_MS):
        window.export_action.trigger()
    book = openpyxl.load_workbook(target, read_only=True)
    rows = list(book["Recipients"].iter_rows(values_only=True))
    assert len(rows) == total + 1
