"""The schedule step's third choice, each row's own time from a column of the list, driven
through the widgets: the column is suggested, the shift set, the review shows the span and
the days, the stored campaign keeps each recipient's time and the grid shows its column."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from masiv_desktop.core.law.contact_window import is_holiday
from masiv_desktop.core.settings.paths import AppPaths, app_paths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.gui.new_campaign import NewCampaignWizard
from masiv_desktop.gui.new_campaign.wizard import MAPPING, REVIEW, SCHEDULE
from masiv_desktop.gui.ops import OpContext
from masiv_desktop.gui.recipients.columns import GridColumn
from masiv_desktop.gui.recipients.loader import load_recipients
from masiv_desktop.gui.recipients.model import RecipientsModel
from masiv_desktop.gui.recipients.view import RecipientsView

WAIT = 10_000


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return app_paths(data_dir).ensure()


@pytest.fixture(autouse=True)
def bogota_computer(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's zone is Bogotá, like the recipients': times stay as listed."""
    monkeypatch.setenv("TZ", "America/Bogota")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def weekday_ahead(weekday: int) -> datetime:
    """10:00 on a coming `weekday` (0 Monday), two weeks ahead, away from holidays."""
    day = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0) + timedelta(weeks=2)
    day += timedelta(days=(weekday - day.weekday()) % 7)
    while any(is_holiday((day - timedelta(days=n)).date()) for n in range(3)):
        day += timedelta(weeks=1)
    return day


def citas(path: Path) -> tuple[Path, datetime]:
    wednesday = weekday_ahead(2)
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Nombre", "Celular", "Cita"])
    ws.append(["Ana", "3150000001", wednesday])
    ws.append(["Beto", "3150000002", (wednesday + timedelta(days=1)).strftime("%d/%m/%Y %H:%M")])
    ws.append(["Caro", "3150000003", "ayer"])
    wb.save(path)
    return path, wednesday


def test_each_row_at_its_own_time_from_a_column(qtbot: QtBot, paths: AppPaths,
                                                tmp_path: Path) -> None:
    source, wednesday = citas(tmp_path / "citas.xlsx")
    wizard = NewCampaignWizard(paths, Settings(), file=source,
                               message="Recuerde su cita {Nombre}")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=WAIT)
    while wizard.currentId() != SCHEDULE:
        page = wizard.currentPage()
        qtbot.waitUntil(page.isComplete, timeout=WAIT)
        wizard.button(QWizard.WizardButton.NextButton).click()
    panel = wizard.schedule_page.panel
    assert panel.column_button.isVisible()
    assert not panel.column_fields.isEnabled()
    panel.column_button.click()
    fields = panel.column_fields
    assert fields.isEnabled() and fields.column.currentText() == "Cita"
    fields.amount.setValue(1)
    assert panel.send_at() is None
    rule = panel.send_column()
    assert rule is not None and (rule.column, rule.offset_minutes) == ("Cita", -1440)
    assert wizard.state.send_column == rule
    assert panel.cannot_cancel.isVisible()
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == REVIEW
    review = wizard.review_page
    qtbot.waitUntil(review.isComplete, timeout=WAIT)
    when = review.values["when"].text()
    assert "Cita" in when and "1 day before" in when
    assert review.values["recipients"].text() == "2 of 3 rows (1 not sent)"
    assert any("Messages per day:" in n.text() for n in review.notices)
    assert any("1 row have an empty" in n.text() or "1 row(s)" in n.text()
               or "unreadable or past" in n.text() for n in review.notices)
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Schedule"
    with qtbot.waitSignal(wizard.campaignCreated, timeout=WAIT) as blocker:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    campaign_id, _start = blocker.args
    with closing(Store.open(paths.database)) as store:
        campaign = store.campaign(campaign_id)
        assert campaign.send_column == "Cita" and campaign.send_offset == -1440
        first = store.recipients(campaign_id)[0]
        assert first.send_at is not None
        assert first.send_at.astimezone().replace(tzinfo=None) == wednesday - timedelta(days=1)
        columns = load_recipients(store, campaign_id, OpContext())
    model = RecipientsModel()
    view = RecipientsView()
    qtbot.addWidget(view)
    view.setModel(model)
    assert view.isColumnHidden(GridColumn.SEND_TIME)
    model.load(columns)
    assert not view.isColumnHidden(GridColumn.SEND_TIME)
    assert model.headerData(GridColumn.SEND_TIME, _horizontal()) == "Send time"
    shown = str(model.data(model.index(0, GridColumn.SEND_TIME)))
    assert shown.endswith("10:00")


def _horizontal() -> object:
    from PySide6.QtCore import Qt
    return Qt.Orientation.Horizontal
