"""gui/campaign_list/deletion.py: deleting from the list (menu, context menu, Delete key) on
the real program, its store in a temp dir: a question naming the campaign, a refusal with the
reason for one the gateway may still deliver, the neighbour selected afterwards."""

from __future__ import annotations

import time
from contextlib import closing
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from masiv_desktop.core.store.campaigns import CampaignDraft, NewRecipient, Store
from masiv_desktop.core.usertypes import CampaignState, PartRule
from tests.helpers.desktop import WAIT_MS, Desktop, open_desktop


def add_campaigns(qtbot: QtBot, desktop: Desktop, *names: str) -> list[int]:
    """Drafts named `names`, oldest first; the list shows them newest first."""
    with closing(Store.open(desktop.paths.database)) as store:
        ids = [store.create_campaign(
            CampaignDraft(name=name, template="Hola", part_rule=PartRule.MASIV_HTTP),
            [NewRecipient(row_number=2, digits="573150000001", parts=1)], now=time.time())
            for name in names]
    desktop.workspace.reload_list(select=ids[-1])
    qtbot.waitUntil(lambda: desktop.window.selected_campaign() == ids[-1], timeout=WAIT_MS)
    return ids


def names(desktop: Desktop) -> list[str]:
    model = desktop.window.campaigns
    return [model.campaign(row).name for row in range(model.rowCount())]


def ids_in_store(desktop: Desktop) -> list[int]:
    with closing(Store.open(desktop.paths.database)) as store:
        return [c.id for c in store.campaigns()]


def test_the_delete_key_asks_then_deletes_and_selects_the_neighbour(
        qtbot: QtBot, data_dir: Path, modal: Any) -> None:
    desktop = open_desktop(qtbot, data_dir)
    first, second, third = add_campaigns(qtbot, desktop, "Enero", "Febrero", "Marzo")
    assert names(desktop)[:3] == ["Marzo", "Febrero", "Enero"]
    desktop.window.select_campaign(second)
    modal.next("Keep it")
    qtbot.keyClick(desktop.window.campaigns_view, Qt.Key.Key_Delete)
    modal.wait()
    assert modal.texts == ["Delete “Febrero”?"]
    assert second in ids_in_store(desktop)
    modal.next("Delete")
    with qtbot.waitSignal(desktop.workspace.deleter.deleted, timeout=WAIT_MS) as deleted:
        qtbot.keyClick(desktop.window.campaigns_view, Qt.Key.Key_Delete)
    modal.wait()
    assert deleted.args == [second]
    assert second not in ids_in_store(desktop) and {first, third} <= set(ids_in_store(desktop))
    qtbot.waitUntil(lambda: "Febrero" not in names(desktop), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: desktop.window.selected_campaign() == first, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: desktop.workspace.page.campaign_id == first, timeout=WAIT_MS)


def test_a_campaign_still_sending_is_refused_with_the_reason(
        qtbot: QtBot, data_dir: Path, modal: Any) -> None:
    desktop = open_desktop(qtbot, data_dir)
    (busy,) = add_campaigns(qtbot, desktop, "Promo")
    with closing(Store.open(desktop.paths.database)) as store:
        store.set_state(busy, CampaignState.PAUSED, None, now=time.time())
    desktop.window.select_campaign(busy)
    assert desktop.window.delete_action.isEnabled()
    assert desktop.window.delete_action in desktop.window.campaign_menu.actions()
    deleter = desktop.workspace.deleter
    with qtbot.waitSignal(deleter.refused, timeout=WAIT_MS):
        desktop.window.delete_action.trigger()
    (box,) = deleter._boxes
    assert box.text() == "“Promo” cannot be deleted now."
    assert box.informativeText().startswith("Some recipients have not been sent yet. Cancel "
                                            "the campaign first")
    box.close()
    assert busy in ids_in_store(desktop)


def test_deleting_the_only_campaign_shows_the_placeholder(
        qtbot: QtBot, data_dir: Path, modal: Any) -> None:
    desktop = open_desktop(qtbot, data_dir)
    qtbot.waitUntil(lambda: desktop.window.selected_campaign() is not None, timeout=WAIT_MS)
    assert desktop.window.campaigns.rowCount() == 1
    modal.next("Delete")
    with qtbot.waitSignal(desktop.workspace.deleter.deleted, timeout=WAIT_MS):
        desktop.window.delete_action.trigger()
    modal.wait()
    qtbot.waitUntil(lambda: desktop.window.campaigns.rowCount() == 0, timeout=WAIT_MS)
    assert desktop.window.stack.currentWidget() is desktop.window.placeholder
    assert not desktop.window.delete_action.isEnabled()


def test_the_list_menu_holds_the_campaign_actions(qtbot: QtBot, data_dir: Path) -> None:
    desktop = open_desktop(qtbot, data_dir)
    view = desktop.window.campaigns_view
    qtbot.waitUntil(lambda: desktop.window.selected_campaign() is not None, timeout=WAIT_MS)
    where = view.visualRect(desktop.window.campaigns.index(0, 0)).center()
    view.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where,
                                            view.viewport().mapToGlobal(where)))
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    assert menus
    texts = [a.text() for a in menus[-1].actions() if not a.isSeparator()]
    assert texts[0] == "&Open" and "&Export report…" in texts and texts[-1] == "&Delete…"
    menus[-1].close()
    empty = QPoint(5, view.viewport().height() - 5)
    view.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, empty,
                                            view.viewport().mapToGlobal(empty)))
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu)
                and w.isVisible()], "no menu off the rows"
