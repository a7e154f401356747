"""The bridge from the campaign engine's event queue to the GUI: drained on a timer, coalesced.

The engine runs on its own threads and puts events on `core.events.EventQueue`; nothing in
the engine touches Qt. Every `interval_ms` this bridge drains up to `max_items` events on the
GUI thread, merges all the changes of one recipient into one `RecipientChange`, applies them
to the grid model in one batch (one set of `dataChanged` signals per tick, whatever the event
rate), and re-emits the campaign-level events (progress, state, notices) as signals.

The event types are a parameter: `adapter` turns one event into a `RecipientChange` (or None
for events that are not about one recipient). `recipient_change` adapts the core's
`RecipientChanged`; its status time is the gateway's when the event carries one, else the time
the bridge saw the event (at most one tick late).

While no grid is attached (the page is loading the campaign's recipients from the store, or
shows another campaign) the changes are kept, the latest per recipient, and applied when a grid
is attached: a snapshot read from the store plus every later change is the current state.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from masiv_desktop.core.engine.events import (
    EngineNotice,
    EventsLost,
    Progress,
    RecipientChanged,
    RunEnded,
    StateChanged,
)
from masiv_desktop.core.usertypes import CampaignState
from masiv_desktop.gateway.codes import GatewayStatus
from masiv_desktop.gui.recipients.columns import RecipientChange
from masiv_desktop.gui.recipients.loader import error_text
from masiv_desktop.gui.recipients.model import RecipientsModel

log = logging.getLogger(__name__)

Drain = Callable[[int], Sequence[object]]
Adapter = Callable[[object, float], RecipientChange | None]


def recipient_change(event: object, now: float) -> RecipientChange | None:
    """The grid change a core `RecipientChanged` means; None for any other event."""
    if not isinstance(event, RecipientChanged):
        return None
    status = GatewayStatus(event.status) if event.status is not None else None
    error = None
    if event.error_code is not None or event.error_text or event.reason:
        error = error_text(event.error_code, event.error_text, event.reason)
    status_time = None
    if status is not None:
        status_time = event.status_time.timestamp() if event.status_time is not None else now
    return RecipientChange(event.recipient_id, state=event.state, status=status,
                           status_time=status_time, error=error)


class EngineBridge(QObject):
    """Drains `drain(max_items)` every `interval_ms` on the GUI thread; see the module doc."""

    progressed = Signal(object)
    """A `core.events.Progress`: counts, rate, ETA."""
    campaignStateChanged = Signal(object)
    """A `core.events.StateChanged`."""
    noticed = Signal(object)
    """An `core.engine.events.EngineNotice` for the user."""
    runEnded = Signal(object)
    """A `core.events.RunEnded`: the engine's thread is gone."""
    eventsLost = Signal(int)
    """The queue dropped recipient events: reload the grid from the store."""
    otherEvent = Signal(object)
    """Any event the bridge does not know."""
    changesApplied = Signal(int)
    """How many recipients one tick changed (after coalescing)."""

    def __init__(self, drain: Drain, model: RecipientsModel | None = None, *,
                 campaign_id: int | None = None, adapter: Adapter = recipient_change,
                 interval_ms: int = 150, max_items: int = 5_000,
                 clock: Callable[[], float] = time.time, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._drain, self._model, self._adapter = drain, model, adapter
        self.campaign_id = campaign_id
        self.max_items, self._clock = max_items, clock
        self._state: CampaignState | None = None
        self._kept: dict[int, RecipientChange] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)

    def set_model(self, model: RecipientsModel | None, campaign_id: int | None) -> None:
        """Point the bridge at another campaign's grid (or none); changes kept while no grid
        was attached are applied to the new one."""
        self._model, self.campaign_id = model, campaign_id
        if model is not None and self._kept:
            model.apply_changes(list(self._kept.values()))
            self._kept.clear()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        """Stop the timer after one last drain, so nothing already queued is left behind."""
        self._timer.stop()
        self.tick()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def is_sending(self) -> bool:
        """True while the last campaign state seen is RUNNING (for the close-window question)."""
        return self._state is CampaignState.RUNNING

    def tick(self) -> int:
        """Drain once, apply, emit; returns how many events were handled."""
        events = self._drain(self.max_items)
        if not events:
            return 0
        now = self._clock()
        merged: dict[int, RecipientChange] = {}
        for event in events:
            change = self._adapter(event, now)
            if change is not None:
                if self.campaign_id is None or getattr(event, "campaign_id", None) in (
                        None, self.campaign_id):
                    earlier = merged.get(change.recipient_id)
                    merged[change.recipient_id] = change if earlier is None else earlier.then(
                        change)
            else:
                self._dispatch(event)
        if merged and self._model is not None:
            self._model.apply_changes(merged.values())
        elif merged:
            for rid, change in merged.items():
                earlier = self._kept.get(rid)
                self._kept[rid] = change if earlier is None else earlier.then(change)
        if merged:
            self.changesApplied.emit(len(merged))
        return len(events)

    def _dispatch(self, event: object) -> None:
        if isinstance(event, Progress):
            self.progressed.emit(event)
        elif isinstance(event, StateChanged):
            self._state = event.state
            self.campaignStateChanged.emit(event)
        elif isinstance(event, EngineNotice):
            self.noticed.emit(event)
        elif isinstance(event, RunEnded):
            self._state = event.state
            self.runEnded.emit(event)
        elif isinstance(event, EventsLost):
            log.warning("%d recipient events were dropped; the grid must be reloaded",
                        event.count)
            self.eventsLost.emit(event.count)
        else:
            self.otherEvent.emit(event)
