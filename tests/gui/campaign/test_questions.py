"""The campaign page's questions say the facts a user needs before an irreversible step."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from masiv_desktop.gui.campaign.questions import CampaignQuestions
from masiv_desktop.gui.i18n.translators import install_translators


def test_resend_says_how_many_and_that_most_were_probably_delivered(qapp: QApplication) -> None:
    question = CampaignQuestions().resend(128)
    assert question.text == "Send again to the 128 uncertain recipients?"
    assert "Most were probably delivered" in question.details
    assert "96 to 98 %" in question.details
    assert question.yes == "Send again" and question.no == "Don't send"


def test_resend_in_spanish(qapp: QApplication) -> None:
    install_translators(qapp, "es")
    try:
        question = CampaignQuestions().resend(128)
    finally:
        install_translators(qapp, "en")
    assert "128" in question.text
    assert "Lo más probable" in question.details and "del 96 al 98 %" in question.details
