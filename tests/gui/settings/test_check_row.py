"""gui/settings/check_row.py: "Test connection" shows one sentence in the user's language
naming the host; the library's technical text only behind "Details"."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from masiv_desktop.core.settings.check import CheckVerdict, ConnectionCheck
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.gateway.outcomes import NetworkFailure
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.settings.dialog import SettingsDialog


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "es")
    yield
    install_translators(qapp, "en")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _check(qtbot: QtBot, data_dir: Path, url: str) -> tuple[SettingsDialog, ConnectionCheck]:
    dlg = SettingsDialog(app_paths(data_dir).ensure(), Settings(
        gateway_preset="custom", gateway_url=url, username="usuario1"))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.password.setText("una-clave")
    with qtbot.waitSignal(dlg.checked, timeout=20_000) as done:
        dlg.check_button.click()
    return dlg, done.args[0]


def test_an_unknown_host_is_one_spanish_sentence_with_details_apart(
        qtbot: QtBot, data_dir: Path, spanish: None) -> None:
    dlg, check = _check(qtbot, data_dir, "https://nohost.invalid")
    assert check.failure is NetworkFailure.NAME_NOT_FOUND
    row = dlg.check_row
    assert row.result.text() == ("✖ No se pudo conectar con nohost.invalid: revise la conexión "
                                 "a internet y que la dirección esté bien escrita.")
    assert row.details_button.isVisible() and row.details_button.text() == "Detalles"
    assert not row.details.isVisible()
    assert "NameResolutionError" in row.details.toPlainText()
    assert "una-clave" not in row.details.toPlainText()
    row.details_button.click()
    assert row.details.isVisible()


def test_a_port_nobody_listens_on_is_a_refused_connection(
        qtbot: QtBot, data_dir: Path, spanish: None) -> None:
    port = _closed_port()
    dlg, check = _check(qtbot, data_dir, f"http://127.0.0.1:{port}")
    assert check.verdict is CheckVerdict.UNREACHABLE
    text = dlg.check_row.result.text()
    assert text == (f"✖ 127.0.0.1:{port} rechazó la conexión: revise la dirección y el puerto, "
                    "o inténtelo más tarde.")
    for english in ("Connection", "Errno", "refused", "HTTP"):
        assert english not in text
    assert "Connection refused" in dlg.check_row.details.toPlainText()


def test_a_working_account_hides_the_details(qtbot: QtBot, data_dir: Path) -> None:
    dlg, _check_result = _check(qtbot, data_dir, "https://nohost.invalid")
    assert dlg.check_row.details_button.isVisible()
    dlg.check_row._done(ConnectionCheck(CheckVerdict.OK, "gw.example"))
    assert not dlg.check_row.details_button.isVisible()
    assert dlg.check_row.result.text() == ("✔ The account works: gw.example accepted the user "
                                           "name and password.")
