"""gui/campaign/progress.py: the bar counts the messages sent; cancelled ones are beside it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from masiv_desktop.core.usertypes import RecipientState
from masiv_desktop.gui.campaign.progress import ProgressPanel

R = RecipientState


def test_a_cancelled_campaign_is_not_shown_as_fully_sent(qtbot: QtBot) -> None:
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.show_counts({R.ACCEPTED: 3000, R.REJECTED: 100, R.UNCERTAIN: 58,
                       R.CANCELLED: 5495}, 8653)
    assert panel.bar.value() == 3158 and panel.bar.maximum() == 8653
    assert "3158" in panel.bar.format().replace(",", "").replace(".", "").replace("\xa0", "")
    assert "5495" in panel.bar.format().replace(",", "").replace(".", "").replace("\xa0", "")
    assert "cancelled" in panel.bar.format()
    tile = panel.tiles[R.CANCELLED]
    assert not tile.isHidden() and tile.number.text().replace(",", "") == "5495"


def test_without_cancelled_recipients_there_is_no_cancelled_count(qtbot: QtBot) -> None:
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.show_counts({R.ACCEPTED: 5, R.PENDING: 5}, 10)
    assert panel.bar.value() == 5
    assert "cancelled" not in panel.bar.format()
    assert panel.tiles[R.CANCELLED].isHidden()
