"""gui/recipients/panel.py: the "Refused at import" choice, the search box's width, a new
campaign starting at its first row and column."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from masiv_desktop.core.lists.row_reasons import RowReason
from masiv_desktop.core.reports.data import RefusedRow
from masiv_desktop.core.usertypes import RecipientState
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.recipients.columns import GridRow, build_columns
from masiv_desktop.gui.recipients.model import RecipientsModel
from masiv_desktop.gui.recipients.panel import REFUSED, RecipientsPanel

REFUSED_ROWS = [
    RefusedRow(12, "601 745 2200", "not_mobile",
               RowReason("not_mobile", {"kind": "fixed_line"})),
    RefusedRow(22, "3001234", "invalid", RowReason("too_short")),
    RefusedRow(32, "+57 310 519 3038", "duplicate", RowReason("duplicate", {"row": 5})),
]


def _panel(qtbot: QtBot, rows: int = 5) -> RecipientsPanel:
    model = RecipientsModel()
    model.load(build_columns(GridRow(i, i + 2, f"57300000000{i}", f"N{i}", 1,
                                     RecipientState.PENDING) for i in range(rows)))
    panel = RecipientsPanel(model)
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    return panel


def _reasons(panel: RecipientsPanel) -> list[str]:
    model = panel.refused
    return [str(model.data(model.index(row, 2))) for row in range(model.rowCount())]


def test_refused_at_import_shows_the_rows_and_why(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.set_refused(REFUSED_ROWS)
    assert panel.filter.itemText(REFUSED) == "Refused at import (3)"
    assert panel.tables.currentWidget() is panel.view
    panel.set_state_filter(REFUSED)
    assert panel.tables.currentWidget() is panel.refused_view
    assert panel.shown.text() == "3 of 3 shown"
    assert [panel.refused.data(panel.refused.index(r, 0)) for r in range(3)] == [12, 22, 32]
    assert _reasons(panel)[1] == "Too short to be a phone number."
    panel.search.setText("310")
    qtbot.waitUntil(lambda: panel.refused.rowCount() == 1, timeout=2_000)
    assert panel.shown.text() == "1 of 3 shown"
    panel.set_state_filter(0)
    assert panel.tables.currentWidget() is panel.view


def test_refused_reasons_in_spanish(qtbot: QtBot, qapp: QApplication) -> None:
    panel = _panel(qtbot)
    panel.set_refused(REFUSED_ROWS)
    install_translators(qapp, "es")
    try:
        reasons = _reasons(panel)
        assert reasons[1] == "Demasiado corto para ser un número de teléfono."
        assert reasons[2] == "Mismo número que la fila 5; solo se conserva el primero."
        assert all("number" not in reason for reason in reasons)
    finally:
        install_translators(qapp, "en")


def test_the_search_box_shows_its_whole_placeholder(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    search = panel.search
    needed = search.fontMetrics().horizontalAdvance(search.placeholderText())
    assert search.minimumWidth() > needed
    panel.resize(panel.minimumSizeHint().width(), 400)
    qtbot.wait(20)
    assert search.width() > needed


def test_a_new_campaign_starts_at_its_first_column(qtbot: QtBot) -> None:
    panel = _panel(qtbot, rows=200)
    panel.set_refused(REFUSED_ROWS)
    panel.resize(400, 300)
    qtbot.wait(20)
    bars = panel.view.horizontalScrollBar(), panel.view.verticalScrollBar()
    assert all(bar.maximum() > 0 for bar in bars)
    for bar in bars:
        bar.setValue(bar.maximum())
    panel.show_new_campaign()
    assert [bar.value() for bar in bars] == [0, 0]
    assert panel.refused.total() == 0, "the refused rows were the campaign before's"
