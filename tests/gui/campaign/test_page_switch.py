"""gui/campaign/page.py when another campaign is shown: nothing of the one before stays (the
grid's scroll, the report's "Report saved"), and the grid offers the rows refused at import."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from masiv_desktop.core.reports.export import ReportFormat
from masiv_desktop.gui.campaign.page import CampaignPage
from masiv_desktop.gui.recipients.panel import REFUSED
from tests.helpers.campaigns import make_campaign, numbers
from tests.helpers.desktop import WAIT_MS, open_desktop


def _shown(qtbot: QtBot, page: CampaignPage, campaign_id: int) -> None:
    with qtbot.waitSignal(page.gridLoaded, timeout=WAIT_MS,
                          check_params_cb=lambda shown: shown == campaign_id):
        page.show_campaign(campaign_id)
    qtbot.waitUntil(lambda: page.details is not None
                    and page.details.campaign.id == campaign_id, timeout=WAIT_MS)


def test_another_campaign_starts_clean(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    desktop = open_desktop(qtbot, data_dir)
    page = desktop.workspace.page
    qtbot.waitUntil(lambda: page.details is not None and page.model.rowCount() > 0,
                    timeout=WAIT_MS)
    sample = page.campaign_id
    assert sample is not None
    other = make_campaign(desktop.paths.database, numbers(300))

    panel = page.recipients
    assert panel.refused.total() == 3, "the sample list has 3 rows the import refused"
    panel.set_state_filter(REFUSED)
    assert panel.refused_view.isVisible()
    assert panel.refused.data(panel.refused.index(0, 0)) == 12
    panel.set_state_filter(0)

    view = panel.view
    page.window().resize(700, 500)
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() > 0, timeout=WAIT_MS)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())

    report = page.report
    target = tmp_path / "informe.xlsx"
    report.exporter.choose_target = lambda _path, _fmt: target
    with qtbot.waitSignal(report.exporter.exported, timeout=WAIT_MS):
        report.export(ReportFormat.XLSX)
    assert "Report saved" in report.result.text.text() and not report.result.isHidden()

    _shown(qtbot, page, other)
    assert view.horizontalScrollBar().value() == 0
    assert view.verticalScrollBar().value() == 0
    assert report.result.isHidden() and report.open_file.isHidden()
    assert report.last_export is None
    assert panel.refused.total() == 0
    assert panel.filter.itemText(REFUSED) == "Refused at import (0)"
