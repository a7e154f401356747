"""gui/campaign/details_loader.py and the header: who created the shown campaign, which
desktops send it, and another desktop's progress reaching the page on a team store."""

from __future__ import annotations

import getpass
import platform
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from masiv_desktop.core.store import db, team
from masiv_desktop.core.usertypes import RecipientState
from masiv_desktop.gui.campaign.page import CampaignPage
from tests.helpers.campaigns import make_campaign, numbers
from tests.helpers.desktop import WAIT_MS, open_desktop

FOLLOW_WAIT_MS = 8_000
"""Another desktop's change shows within a few seconds (the watch asks every 2 s)."""


def be(monkeypatch: pytest.MonkeyPatch, user: str, computer: str) -> None:
    """This process is `user` on `computer` (`team.desktop_name`)."""
    monkeypatch.setattr(getpass, "getuser", lambda: user)
    monkeypatch.setattr(platform, "node", lambda: computer)


def shown(qtbot: QtBot, data_dir: Path, campaign_id: int) -> CampaignPage:
    desktop = open_desktop(qtbot, data_dir)
    page = desktop.workspace.page
    page.show_campaign(campaign_id)
    qtbot.waitUntil(lambda: page.details is not None and page.campaign_id == campaign_id
                    and page.model.rowCount() > 0, timeout=WAIT_MS)
    return page


def accepted(page: CampaignPage) -> tuple[int, int]:
    """Accepted recipients in the details' counts and in the grid."""
    assert page.details is not None
    return (page.details.counts.by_state.get(RecipientState.ACCEPTED, 0),
            page.model.counts()[RecipientState.ACCEPTED])


@pytest.mark.sqlite_only  # its team store twin follows
def test_the_header_names_who_created_the_campaign(qtbot: QtBot, data_dir: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    be(monkeypatch, "ana", "PC-ANA")
    campaign_id = make_campaign(data_dir / "masiv.sqlite3", numbers(3))
    page = shown(qtbot, data_dir, campaign_id)
    people = page.header.people
    assert people.text() == "Created by ana on PC-ANA" and people.isVisible()
    assert people.accessibleName() == "Created by ana on PC-ANA"
    assert not db.team_store() and not page.loader._watch.isActive()


def test_another_desktops_progress_reaches_the_details_and_the_grid(
        qtbot: QtBot, data_dir: Path, postgres_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASIV_STORE_URL", postgres_url)
    path = data_dir / "masiv.sqlite3"
    be(monkeypatch, "ana", "PC-ANA")
    campaign_id = make_campaign(path, numbers(5))
    page = shown(qtbot, data_dir, campaign_id)
    assert page.header.people.text() == "Created by ana on PC-ANA"
    assert accepted(page) == (0, 0)

    be(monkeypatch, "luis", "PC-LUIS")
    other = db.connect(path)
    lease = team.Lease(lambda: db.connect(path), campaign_id).acquire()
    try:
        def accept(n: int) -> None:
            with other:
                other.execute(
                    "UPDATE recipient SET state = 'accepted' WHERE id IN (SELECT id FROM "
                    "recipient WHERE campaign_id = ? ORDER BY id LIMIT ?)", (campaign_id, n))

        accept(3)
        qtbot.waitUntil(lambda: accepted(page) == (3, 3), timeout=FOLLOW_WAIT_MS)
        assert page.header.people.text() == \
            "Created by ana on PC-ANA\nSending from: luis on PC-LUIS"
        assert page.loader.following
        accept(4)
    finally:
        lease.release()
        other.close()
    qtbot.waitUntil(lambda: "Sending from" not in page.header.people.text(),
                    timeout=FOLLOW_WAIT_MS)
    qtbot.waitUntil(lambda: accepted(page) == (4, 4), timeout=FOLLOW_WAIT_MS)
    assert not page.loader.following
