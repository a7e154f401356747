"""gui/campaign/reason_bar.py: the engine's notices, and the end of a gateway outage."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from masiv_desktop.core.engine.events import EngineNotice
from masiv_desktop.core.reasons import Reason, ReasonKind
from masiv_desktop.core.usertypes import CampaignState, Severity
from masiv_desktop.gui.campaign.reason_bar import ReasonBar

NOT_ANSWERING = EngineNotice(1, Severity.WARNING, Reason(ReasonKind.GATEWAY_NOT_ANSWERING))
ANSWERING_AGAIN = EngineNotice(1, Severity.INFO, Reason(ReasonKind.GATEWAY_ANSWERING_AGAIN))


def bar(qtbot: QtBot) -> ReasonBar:
    shown = ReasonBar(lambda: None)
    qtbot.addWidget(shown)
    return shown


def test_the_outage_notice_shows_and_goes_when_the_gateway_answers_again(
        qtbot: QtBot) -> None:
    reasons = bar(qtbot)
    reasons.show_notice(NOT_ANSWERING)
    assert not reasons.isHidden()
    assert reasons.text.text().startswith("The gateway is not answering (no connection). "
                                          "Retrying")
    assert reasons.severity is Severity.WARNING
    reasons.show_notice(ANSWERING_AGAIN)
    assert reasons.isHidden() and reasons.text.text() == ""


def test_the_end_of_an_outage_leaves_any_other_message_alone(qtbot: QtBot) -> None:
    reasons = bar(qtbot)
    reasons.show_notice(NOT_ANSWERING)
    reasons.show_reason(CampaignState.PAUSED, Reason(ReasonKind.GATEWAY_UNREACHABLE))
    reasons.show_notice(ANSWERING_AGAIN)
    assert not reasons.isHidden()
    assert reasons.text.text().startswith("The gateway cannot be reached")
