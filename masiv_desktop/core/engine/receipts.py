"""Receipts that reach a run at once (SMPP): a hint to poll a part now, not a new path for
statuses.

An SMPP transport keeps each delivery receipt in its `ReceiptBook`, then calls its
`receipt_listener` on its reader thread. `listen` installs a callback there that only puts a
`ReceiptHint` on the run's answer queue (thread-safe; it wakes the loop). On the run thread
`ReceiptHints` makes that part due now (`PartsBook.poll_now`), and the poller reads the stored
receipt through `get_message` as for any poll, so a status is recorded one way only. Without
it, a receipt waits for the part's next scheduled poll.

Races: a receipt that comes before its part is recorded (the submit's answer is still on its
way) is tried again whenever new parts are written; a poll already in flight when the receipt
came (answered "no receipt yet") makes the part due again. A hint is dropped once a poll
brings a status, or after `HINT_TTL` seconds.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from masiv_desktop.core.engine.types import ReceiptHint
from masiv_desktop.core.store.parts import PartsBook

log = logging.getLogger(__name__)

HINT_TTL = 60.0
"""Seconds a hint is kept while its part is not found or not yet polled with a status."""


def listen(transport: object, answers: queue.SimpleQueue[Any]) -> Callable[[], None]:
    """When `transport` has a `receipt_listener` attribute, set it to put a `ReceiptHint` on
    `answers`; returns the undo, to call when the run ends. A listener already set (another
    run on the same transport) keeps being called."""
    if not hasattr(transport, "receipt_listener"):
        return lambda: None
    previous: Callable[[Any], None] | None = transport.receipt_listener
    stopped = threading.Event()

    def hint(receipt: Any) -> None:
        if not stopped.is_set():
            answers.put(ReceiptHint(str(receipt.message_id)))
        if previous is not None:
            previous(receipt)

    transport.receipt_listener = hint

    def undo() -> None:
        stopped.set()
        if getattr(transport, "receipt_listener", None) is hint:
            transport.receipt_listener = previous

    return undo


class ReceiptHints:
    """The run thread's side: which parts a receipt is waiting for. Not thread-safe."""

    def __init__(self, parts: PartsBook) -> None:
        self.parts = parts
        self._expires: dict[str, float] = {}
        self._to_apply: set[str] = set()
        self._not_found: set[str] = set()
        self._next_purge = 0.0

    def received(self, message_id: str, now: float) -> None:
        self._expires[message_id] = now + HINT_TTL
        self._to_apply.add(message_id)

    def polled(self, message_id: str, *, has_status: bool) -> None:
        """A poll of this id came back: done when it brought a status, else try again."""
        if message_id not in self._expires:
            return
        if has_status:
            del self._expires[message_id]
            self._not_found.discard(message_id)
        else:
            self._to_apply.add(message_id)

    def apply(self, now: float, *, parts_written: bool) -> bool:
        """Make the hinted parts due now; True when any was. Call after the turn's writes."""
        if now >= self._next_purge:
            self._purge(now)
        if parts_written:
            self._to_apply |= self._not_found
        if not self._to_apply:
            return False
        wanted = {mid for mid in self._to_apply if self._expires.get(mid, 0.0) > now}
        for mid in self._to_apply - wanted:
            self._expires.pop(mid, None)
            self._not_found.discard(mid)
        self._to_apply.clear()
        found = self.parts.poll_now(wanted, now) if wanted else set()
        self._not_found = (self._not_found | wanted) - found
        return bool(found)

    def _purge(self, now: float) -> None:
        self._next_purge = now + HINT_TTL
        expired = {mid for mid, until in self._expires.items() if until <= now}
        for mid in expired:
            del self._expires[mid]
        self._not_found -= expired
