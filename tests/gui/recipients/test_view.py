"""gui/recipients/view.py: header clicks sort through the model; rows have a fixed height."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from masiv_desktop.core.usertypes import RecipientState
from masiv_desktop.gui.recipients.columns import GridColumn, GridRow, build_columns
from masiv_desktop.gui.recipients.model import RecipientsModel
from masiv_desktop.gui.recipients.view import RecipientsView


def test_header_click_sorts_in_the_model(qtbot: QtBot) -> None:
    model = RecipientsModel()
    model.load(build_columns(GridRow(i, i + 2, f"57300000{9 - i}", f"N{i}", 1,
                                          RecipientState.PENDING) for i in range(10)))
    view = RecipientsView()
    qtbot.addWidget(view)
    view.setModel(model)
    assert view.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    assert model.spec.sort_column is None, "load order until the user asks"
    view.sortByColumn(GridColumn.NUMBER, Qt.SortOrder.AscendingOrder)
    assert model.spec.sort_column is GridColumn.NUMBER
    assert model.data(model.index(0, GridColumn.NUMBER)) == "573000000"
