"""A list's number and date cells stay text for everyone and keep their type for the store
and the report."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import openpyxl

from masiv_desktop.core.lists.cells import (
    DateCell,
    DateTimeCell,
    NumberCell,
    TimeCell,
    cell_value,
    from_stored,
    stored_value,
)
from masiv_desktop.core.lists.importer import read_table
from masiv_desktop.core.store.campaigns import (
    CampaignDraft,
    NewRecipient,
    Store,
    cells_in_order,
    encode_cells,
)
from masiv_desktop.core.store.grid_rows import grid_rows
from masiv_desktop.core.usertypes import PartRule


def test_a_workbook_gives_typed_text(tmp_path: Path) -> None:
    path = tmp_path / "cartera.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Celular", "Saldo", "Tasa", "Vence", "Cita", "Hora", "Nota"])
    wb.active.append(["3001234567", 430000, 1500.5, dt.datetime(2024, 5, 1),
                      dt.datetime(2024, 5, 1, 13, 30), dt.time(8, 15), "430000"])
    wb.save(path)
    cells = read_table(path).rows[0].cells
    assert cells == ("3001234567", "430000", "1500.5", "2024-05-01", "2024-05-01 13:30:00",
                     "08:15:00", "430000")
    assert [type(c) for c in cells] == [str, NumberCell, NumberCell, DateCell, DateTimeCell,
                                        TimeCell, str]
    assert [cell_value(c) for c in cells] == [
        "3001234567", 430000, 1500.5, dt.date(2024, 5, 1), dt.datetime(2024, 5, 1, 13, 30),
        dt.time(8, 15), "430000"]


def test_the_store_keeps_each_cells_type_and_reads_old_rows_as_text() -> None:
    cells = ("Ana", NumberCell("430000"), NumberCell("-1500.5"), NumberCell("1e+20"),
             DateCell("2024-05-01"), DateTimeCell("2024-05-01 13:30:00"), TimeCell("08:15:00"))
    stored = encode_cells(cells)
    assert json.loads(stored) == ["Ana", 430000, -1500.5, 1e20,
                                  {"t": "date", "v": "2024-05-01"},
                                  {"t": "datetime", "v": "2024-05-01 13:30:00"},
                                  {"t": "time", "v": "08:15:00"}]
    back = cells_in_order(stored, list("abcdefg"))
    assert back == list(cells) and [type(c) for c in back] == [type(c) for c in cells]
    assert [type(c) for c in cells_in_order('["Ana","430000"]', ["a", "b"])] == [str, str]
    assert encode_cells(("Ana", "3001234567")) == '["Ana","3001234567"]'
    assert from_stored(True) == "TRUE" and stored_value("=1") == "=1"


def test_the_grid_reads_typed_cells_as_their_text(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "masiv.sqlite3")
    try:
        cid = store.create_campaign(
            CampaignDraft("Cartera", "Hola", PartRule.MASIV_HTTP,
                          headers=("Vence", "Saldo", "Nombre")),
            [NewRecipient(row_number=2, digits="573001234567", parts=1, cells=encode_cells(
                (DateCell("2024-05-01"), NumberCell("430000"), "Ana")))], now=time.time())
        grid = [row for batch in grid_rows(store.conn, cid) for row in batch]
    finally:
        store.close()
    assert json.loads(grid[0].fields or "") == {"Vence": "2024-05-01", "Saldo": 430000,
                                                "Nombre": "Ana"}
