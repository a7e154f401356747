"""The Replies window on a real store and real files: listed newest first, filtered by the
search box, exported to Excel and imported from a replies file, all off the GUI thread."""

from __future__ import annotations

import time
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from masiv_desktop.core.law import suppression
from masiv_desktop.core.law.opt_out import DEFAULT_STOP_WORDS
from masiv_desktop.core.law.replies import keep_reply
from masiv_desktop.core.settings.paths import AppPaths, app_paths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.store.campaigns import utc_text
from masiv_desktop.core.store.db import connect
from masiv_desktop.gui.replies import RepliesDialog
from masiv_desktop.gui.replies.model import CAMPAIGN, NUMBER, OPT_OUT, TEXT, TIME
from tests.helpers.campaigns import make_campaign

WAIT = 10_000


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    paths = app_paths(data_dir).ensure()
    cid = make_campaign(paths.database, ["573001234567"])
    now = time.time()
    with closing(connect(paths.database)) as conn:
        with conn:
            conn.execute("UPDATE recipient SET state = 'accepted', sent_at = ? WHERE "
                         "campaign_id = ?", (utc_text(now - 3600), cid))
        keep_reply(conn, "573001234567", "SALIR por favor", now - 60, DEFAULT_STOP_WORDS)
        keep_reply(conn, "573001234568", "Gracias", now, DEFAULT_STOP_WORDS)
    return paths


def _dialog(qtbot: QtBot, paths: AppPaths, settings: Settings | None = None) -> RepliesDialog:
    dialog = RepliesDialog(paths, settings or Settings(account_type="smpp"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.listing is not None, timeout=WAIT)
    return dialog


def _column(dialog: RepliesDialog, column: int) -> list[object]:
    model = dialog.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_the_replies_are_listed_newest_first_and_filtered(qtbot: QtBot, paths: AppPaths) -> None:
    dialog = _dialog(qtbot, paths)
    assert dialog.count_label.text() == "2 replies"
    assert _column(dialog, NUMBER) == ["+573001234568", "+573001234567"]
    assert _column(dialog, TEXT) == ["Gracias", "SALIR por favor"]
    assert _column(dialog, OPT_OUT) == ["No", "Yes"]
    assert _column(dialog, CAMPAIGN) == ["—", "1 · Prueba"]
    assert all(_column(dialog, TIME))
    qtbot.keyClicks(dialog.search, "salir")  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    assert dialog.count_label.text() == "1 of 2 replies match"
    dialog.search.setText("4568")
    qtbot.waitUntil(lambda: _column(dialog, TEXT) == ["Gracias"], timeout=WAIT)


def test_export_writes_what_the_search_finds(qtbot: QtBot, paths: AppPaths,
                                             tmp_path: Path) -> None:
    dialog = _dialog(qtbot, paths)
    dialog.search.setText("salir")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    target = tmp_path / "respuestas.xlsx"
    with qtbot.waitSignal(dialog.exported, timeout=WAIT):
        dialog.export_to(target)
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert [row[1:] for row in rows[1:]] == [
        ("573001234567", "SALIR por favor", "1 · Prueba", "yes")]
    assert dialog.notice.text() == "1 reply written to respuestas.xlsx."


def test_an_http_account_imports_the_platform_export(qtbot: QtBot, paths: AppPaths,
                                                     tmp_path: Path) -> None:
    dialog = _dialog(qtbot, paths, Settings())
    assert "HTTP account" in dialog.findChild(type(dialog.count_label)).text()
    path = tmp_path / "export.csv"
    path.write_text("Celular;Mensaje\n3009998877;No más\n3009998866;¿Precio?\n",
                    encoding="utf-8")
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        dialog.import_file(path)
    assert dialog.notice.text() == ("export.csv: 2 replies kept, 1 asked to stop, 1 number "
                                    "added to the suppression list.")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4, timeout=WAIT)
    with closing(connect(paths.database)) as conn:
        assert "573009998877" in suppression.suppressed_digits(conn)
        assert "573009998866" not in suppression.suppressed_digits(conn)


def test_a_file_without_a_text_column_is_explained(qtbot: QtBot, paths: AppPaths,
                                                   tmp_path: Path) -> None:
    dialog = _dialog(qtbot, paths, Settings())
    path = tmp_path / "numeros.csv"
    path.write_text("Celular\n3009998877\n", encoding="utf-8")
    dialog.import_file(path)
    qtbot.waitUntil(lambda: "cannot be imported" in dialog.notice.text(), timeout=WAIT)
    assert "numeros.csv" in dialog.notice.text()
    assert dialog.import_button.isEnabled()


def test_the_campaign_menu_opens_the_replies(qtbot: QtBot, paths: AppPaths) -> None:
    from masiv_desktop.gui.main_window import MainWindow

    win = MainWindow(paths, Settings())
    qtbot.addWidget(win)
    assert win.replies_action in win.campaign_menu.actions()
    assert win.replies_action.text() == "Replie&s…"
    win.replies_action.trigger()
    dialog = win.findChild(RepliesDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.listing is not None, timeout=WAIT)
    dialog.close()
