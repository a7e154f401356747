"""The suppression-list window on a real store and real files: import a CSV as the RNE (off
the GUI thread), find a number, remove one after confirming, a file that cannot be read."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from masiv_desktop.core.law import suppression
from masiv_desktop.core.settings.paths import AppPaths, app_paths
from masiv_desktop.core.store.db import connect
from masiv_desktop.core.usertypes import SuppressionSource
from masiv_desktop.gui.suppression import SuppressionDialog
from tests.gui.conftest import ModalAnswerer

WAIT = 10_000


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return app_paths(data_dir).ensure()


def _dialog(qtbot: QtBot, paths: AppPaths, **kwargs: object) -> SuppressionDialog:
    dialog = SuppressionDialog(paths, "CO", **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.listing is not None, timeout=WAIT)
    return dialog


def _rne_file(tmp_path: Path) -> Path:
    path = tmp_path / "rne.csv"
    path.write_text("Celular;Fecha\n300 123 4567;2026-11-01\n+57 310 987 6543;2026-11-02\n"
                    "3150000001;2026-11-03\nsin número;2026-11-04\n", encoding="utf-8")
    return path


def test_an_rne_file_is_imported_listed_and_searched(qtbot: QtBot, paths: AppPaths,
                                                     tmp_path: Path) -> None:
    dialog = _dialog(qtbot, paths, source=SuppressionSource.RNE)
    assert dialog.count_label.text() == "0 numbers on the list"
    assert dialog.chosen_source() is SuppressionSource.RNE
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        dialog.import_file(_rne_file(tmp_path))
    assert dialog.notice.text() == ("rne.csv: 3 numbers added, 0 already on the list, 1 row "
                                    "without a phone number.")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=WAIT)
    assert dialog.count_label.text() == "3 numbers on the list"
    model = dialog.model
    assert [model.data(model.index(r, 0)) for r in range(3)] == [
        "+573001234567", "+573109876543", "+573150000001"]
    assert model.data(model.index(0, 1)) == "RNE (CRC)"
    assert model.data(model.index(0, 2))
    with closing(connect(paths.database)) as conn:
        assert suppression.last_rne_import(conn) is not None
    qtbot.keyClicks(dialog.search, "987 65")  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    assert dialog.count_label.text() == "1 of 3 numbers match"
    assert model.data(model.index(0, 0)) == "+573109876543"


def test_a_number_is_removed_after_confirming(qtbot: QtBot, paths: AppPaths,
                                              modal: ModalAnswerer) -> None:
    with closing(connect(paths.database)) as conn:
        suppression.add_numbers(conn, ["3001234567", "3109876543"], SuppressionSource.OPT_OUT)
    dialog = _dialog(qtbot, paths)
    assert not dialog.remove_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    modal.next("Keep it")
    dialog.ask_remove()
    modal.wait()
    assert "+573001234567" in modal.texts[0]
    modal.next("Remove")
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        dialog.ask_remove()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    assert "+573001234567 was removed" in dialog.notice.text()
    with closing(connect(paths.database)) as conn:
        assert [e.digits for e in suppression.entries(conn)] == ["573109876543"]


def test_a_file_without_numbers_is_explained(qtbot: QtBot, paths: AppPaths,
                                             tmp_path: Path) -> None:
    empty = tmp_path / "vacia.csv"
    empty.write_text("", encoding="utf-8")
    dialog = _dialog(qtbot, paths)
    dialog.import_file(empty)
    qtbot.waitUntil(lambda: dialog.notice.isVisible(), timeout=WAIT)
    assert dialog.notice.text().startswith("This file cannot be imported:")
    assert "vacia.csv" in dialog.notice.text()
    assert dialog.import_button.isEnabled()
