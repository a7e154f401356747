"""A real EventQueue filled from threads, drained and coalesced per tick."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from masiv_desktop.core.engine.events import (
    EngineNotice,
    EventQueue,
    Progress,
    RecipientChanged,
    RunEnded,
    StateChanged,
)
from masiv_desktop.core.usertypes import CampaignState, RecipientState, Severity
from masiv_desktop.gui.campaign.engine_bridge import EngineBridge
from masiv_desktop.gui.recipients.columns import GridColumn, GridRow, build_columns
from masiv_desktop.gui.recipients.model import RecipientsModel


def grid(n: int) -> RecipientsModel:
    model = RecipientsModel()
    model.load(build_columns(
        GridRow(i, i + 1, f"57300000{i:04d}", f"N{i}", 1, RecipientState.PENDING)
        for i in range(n)))
    return model


def test_one_tick_coalesces_changes_per_recipient(qtbot: QtBot) -> None:
    queue = EventQueue()
    model = grid(100)
    bridge = EngineBridge(queue.drain, model, campaign_id=7, clock=lambda: 1_700_000_000.0)
    signals: list[int] = []
    model.dataChanged.connect(lambda *_args: signals.append(1))
    applied: list[int] = []
    bridge.changesApplied.connect(applied.append)
    for rid in range(10, 20):
        queue.put(RecipientChanged(7, rid, RecipientState.CLAIMED))
        queue.put(RecipientChanged(7, rid, RecipientState.ACCEPTED))
        queue.put(RecipientChanged(7, rid, RecipientState.ACCEPTED, status=2))
    queue.put(RecipientChanged(7, 50, RecipientState.REJECTED, error_code=1))
    queue.put(RecipientChanged(8, 60, RecipientState.REJECTED, error_code=1))
    assert bridge.tick() == 32
    assert applied == [11]
    assert signals == [1, 1], "rows 10-19 and row 50: two ranges, two signals"
    assert model.data(model.index(15, GridColumn.STATE)) == "Accepted"
    assert model.data(model.index(15, GridColumn.STATUS)) == "Delivered to the network"
    assert model.data(model.index(50, GridColumn.ERROR)).startswith("1: ")
    assert model.data(model.index(60, GridColumn.STATE)) == "Waiting", "other campaign ignored"
    assert bridge.tick() == 0


def test_campaign_events_become_signals_and_sending_flag(qtbot: QtBot) -> None:
    queue = EventQueue()
    bridge = EngineBridge(queue.drain, None, interval_ms=10)
    got: dict[str, object] = {}
    bridge.progressed.connect(lambda e: got.setdefault("progress", e))
    bridge.noticed.connect(lambda e: got.setdefault("notice", e))
    bridge.runEnded.connect(lambda e: got.setdefault("ended", e))
    queue.put(StateChanged(1, CampaignState.RUNNING))
    queue.put(Progress(1, 10, {RecipientState.PENDING: 10}, 0.0, None, 0))
    queue.put(EngineNotice(1, Severity.WARNING, "top up, then resume"))
    bridge.start()
    qtbot.waitUntil(lambda: "notice" in got)
    assert bridge.is_sending()
    assert isinstance(got["progress"], Progress)
    queue.put(RunEnded(1, CampaignState.PAUSED))
    qtbot.waitUntil(lambda: "ended" in got)
    assert not bridge.is_sending()
    bridge.stop()
    assert not bridge.running


def test_producers_on_threads_nothing_lost(qtbot: QtBot) -> None:
    queue = EventQueue()
    model = grid(2_000)
    bridge = EngineBridge(queue.drain, model, interval_ms=20, max_items=500)

    def produce(start: int) -> None:
        for rid in range(start, start + 1_000):
            queue.put(RecipientChanged(1, rid, RecipientState.ACCEPTED, status=3))

    bridge.start()
    workers = [threading.Thread(target=produce, args=(s,)) for s in (0, 1_000)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    qtbot.waitUntil(lambda: model.counts()[RecipientState.ACCEPTED] == 2_000, timeout=10_000)
    bridge.stop()
    assert model.data(model.index(1_999, GridColumn.STATUS), 0) == (
        "Delivered to the phone")


def test_changes_while_no_grid_is_attached_are_applied_when_one_is(qtbot: QtBot) -> None:
    queue = EventQueue()
    bridge = EngineBridge(queue.drain, None, campaign_id=7, clock=lambda: 1_700_000_000.0)
    queue.put(RecipientChanged(7, 3, RecipientState.ACCEPTED))
    queue.put(RecipientChanged(7, 3, RecipientState.ACCEPTED, status=2))
    queue.put(RecipientChanged(7, 4, RecipientState.REJECTED, error_code=1))
    assert bridge.tick() == 3
    model = grid(10)
    bridge.set_model(model, 7)
    assert model.counts()[RecipientState.ACCEPTED] == 1
    assert model.counts()[RecipientState.REJECTED] == 1
    queue.put(RecipientChanged(7, 5, RecipientState.ACCEPTED))
    bridge.tick()
    assert model.counts()[RecipientState.ACCEPTED] == 2
