"""What a campaign run tells its watchers, and the thread-safe queue that carries it.

The engine puts events from its threads; a consumer (the CLI's progress line, the GUI's
bridge on a timer) drains them in batches with `drain(max_items)`, so a million status
changes never become a million signals. Per-recipient events are bounded: when a consumer
falls behind, the surplus is dropped and one `EventsLost` tells it to re-read the store.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from masiv_desktop.core.reasons import Reason
from masiv_desktop.core.usertypes import CampaignState, RecipientState, Severity


@dataclass(frozen=True)
class Progress:
    """Counts of the whole campaign, sent every quarter second or so while it runs."""

    campaign_id: int
    total: int
    by_state: Mapping[RecipientState, int]
    rate: float
    """Recipients settled per second over the last few seconds."""
    eta_seconds: float | None
    """Time left to send the pending ones at that rate; None when unknown."""
    open_parts: int
    """Parts still waiting for a final status."""


@dataclass(frozen=True)
class RecipientChanged:
    campaign_id: int
    recipient_id: int
    state: RecipientState
    status: int | None = None
    error_code: int | None = None
    error_text: str | None = None
    """The recipient's error as stored, so a grid cell reads the same before and after a
    reload from the store."""
    reason: Reason | None = None
    """The program's reason for that error, as stored (`reasons.recipient_problem`)."""
    status_time: datetime | None = None
    """The gateway's time of that status (aware UTC), when a poll brought one."""


@dataclass(frozen=True)
class StateChanged:
    campaign_id: int
    state: CampaignState
    reason: Reason | None = None


@dataclass(frozen=True)
class EngineNotice:
    """A message for the user, in their words (what happened, what to do)."""

    campaign_id: int
    level: Severity
    reason: Reason


@dataclass(frozen=True)
class EventsLost:
    """Some per-recipient events were dropped: re-read the recipients from the store."""

    count: int


@dataclass(frozen=True)
class RunEnded:
    """The engine's thread has finished; `state` is the campaign's state it left."""

    campaign_id: int
    state: CampaignState


Event = Progress | RecipientChanged | StateChanged | EngineNotice | EventsLost | RunEnded


class EventQueue:
    """Many producers, one or more consumers draining in batches. Thread-safe."""

    def __init__(self, max_recipient_events: int = 200_000) -> None:
        self._items: deque[Event] = deque()
        self._cond = threading.Condition()
        self._max_recipient = max_recipient_events
        self._recipient_events = 0
        self._lost = 0

    def put(self, event: Event) -> None:
        with self._cond:
            if isinstance(event, RecipientChanged):
                if self._recipient_events >= self._max_recipient:
                    self._lost += 1
                    return
                self._recipient_events += 1
            self._items.append(event)
            self._cond.notify_all()

    def drain(self, max_items: int = 1000) -> list[Event]:
        """Take up to `max_items` events, oldest first; never blocks."""
        with self._cond:
            batch: list[Event] = []
            if self._lost:
                batch.append(EventsLost(self._lost))
                self._lost = 0
            while self._items and len(batch) < max_items:
                event = self._items.popleft()
                if isinstance(event, RecipientChanged):
                    self._recipient_events -= 1
                batch.append(event)
            return batch

    def wait(self, timeout: float) -> bool:
        """Block until an event is available or `timeout` seconds pass; True if one is."""
        with self._cond:
            return self._cond.wait_for(lambda: bool(self._items) or bool(self._lost), timeout)
