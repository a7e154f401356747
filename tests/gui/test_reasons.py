"""gui/reasons.py: the engine's reasons said again in the user's words (and in Spanish)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from masiv_desktop.core.engine.sender import UNREACHABLE_REASON
from masiv_desktop.core.engine.window import WAITING_REASON
from masiv_desktop.core.startup import CLOSED_REASON
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.reasons import reason_text


def test_known_reasons_are_recognised(qapp: QApplication) -> None:
    waiting = WAITING_REASON.format(opening="Mon 2026-11-30 07:00 (America/Bogota)")
    assert reason_text(waiting) == ("Outside the contact hours allowed by Ley 2300: sending "
                                    "continues by itself at Mon 2026-11-30 07:00 "
                                    "(America/Bogota).")
    assert reason_text("The gateway answered error 1159: Insufficient credits. Top up the "
                       "account, then resume.").startswith("The account has no credits left")
    assert "error 1157" in reason_text("The gateway answered error 1157: bad. Check the "
                                       "account in the settings, then resume.")
    assert reason_text("3 recipients were being sent when the program stopped: they are "
                       "marked uncertain").startswith("Recipients being sent when the program "
                                                      "stopped: 3.")
    assert reason_text("Something new") == "Something new"
    assert reason_text("") == ""
    install_translators(qapp, "es")
    try:
        assert reason_text(UNREACHABLE_REASON).startswith("No hay conexión con la plataforma")
        assert reason_text(CLOSED_REASON).startswith("Se pausó al cerrar Masiv Desktop")
        assert reason_text("Paused by the user.") == "La pausó usted."
    finally:
        install_translators(qapp, "en")
