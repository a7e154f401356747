"""gui/message/test_send.py: the test through the embedded sandbox says what happened there
(accepted, sent to no phone, its simulated status), not that it will arrive."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.test_message import TrialOutcome, TrialResult
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.message import test_send


def _send(qtbot: QtBot, data_dir: Path,
          number: str) -> tuple[test_send.TestSendBox, TrialResult]:
    box = test_send.TestSendBox(Settings(), app_paths(data_dir).ensure(), lambda: "Hola")
    qtbot.addWidget(box)
    box.number.setText(number)
    with qtbot.waitSignal(box.finished, timeout=20_000) as done:
        box.button.click()
    return box, done.args[0]


def test_the_sandbox_test_says_nothing_reaches_a_phone(qtbot: QtBot, data_dir: Path,
                                                       qapp: QApplication) -> None:
    install_translators(qapp, "es")
    try:
        box, result = _send(qtbot, data_dir, "573000000003")
        assert result.ok and result.sandbox
        assert box.result.text() == (
            "La pasarela de pruebas (sandbox) aceptó el mensaje; no se envía a ningún teléfono. "
            f"Su estado simulado: Entregado al teléfono (id del mensaje {result.message_ids[0]}).")
        assert "llegar" not in box.result.text()
    finally:
        install_translators(qapp, "en")


def test_a_message_the_sandbox_never_finishes(qtbot: QtBot) -> None:
    box = test_send.TestSendBox(Settings(), None, lambda: "Hola")
    qtbot.addWidget(box)
    stuck = TrialResult(TrialOutcome.ACCEPTED, "573000000000", ("17",), sandbox=True)
    assert box.describe(stuck) == (
        "The test gateway (sandbox) accepted the message; it is not sent to any phone. Its "
        "simulated status: none (this test number never gets one) (message id 17).")
