"""The claimed recipients of a run until their outcome is recorded.

A claimed recipient is in exactly one place here: ready to send, waiting for a retry, in
flight on a sender thread, or answered with a result that the next write records. Counting
them all against the claim window is what bounds the "uncertain" a crash can leave
(docs/engine.md, "Never twice, never lost"). Run thread only.
"""

from __future__ import annotations

import heapq
from collections import deque

from masiv_desktop.core.store.journal import Claimed, RecipientResult
from masiv_desktop.core.usertypes import RecipientState


class SendQueue:
    """Ready (spreadsheet order), retries (by due time), in flight, and results to record."""

    def __init__(self) -> None:
        self._ready: deque[Claimed] = deque()
        self._retry: list[tuple[float, int, Claimed]] = []
        self._results: list[RecipientResult] = []
        self.in_flight = 0

    def claimed(self, items: list[Claimed]) -> None:
        """Newly claimed recipients join the end of the ready line."""
        self._ready.extend(items)

    def free(self, window: int) -> int:
        """Recipients that may still be claimed without exceeding `window` unrecorded ones
        (those answered but not yet written do not count: they are written before any claim)."""
        return window - self.in_flight - len(self._ready) - len(self._retry)

    @property
    def waiting(self) -> bool:
        """Some claimed recipient is waiting to be sent (now or after a retry delay)."""
        return bool(self._ready or self._retry)

    @property
    def idle(self) -> bool:
        """Nothing claimed is waiting or in flight."""
        return not self.in_flight and not self._ready and not self._retry

    def head(self) -> Claimed | None:
        """The next ready recipient, left in place."""
        return self._ready[0] if self._ready else None

    def take(self, now: float) -> Claimed | None:
        """The next recipient to send: a retry that is due, else the first ready one."""
        if self._retry and self._retry[0][0] <= now:
            return heapq.heappop(self._retry)[2]
        return self._ready.popleft() if self._ready else None

    def put_back(self, item: Claimed) -> None:
        """Send `item` first as soon as sending may go on."""
        self._ready.appendleft(item)

    def retry_at(self, when: float, item: Claimed) -> None:
        heapq.heappush(self._retry, (when, item.id, item))

    def started(self) -> None:
        self.in_flight += 1

    def answered(self) -> None:
        self.in_flight -= 1

    def record(self, result: RecipientResult) -> None:
        """Keep `result` for the next write."""
        self._results.append(result)

    def give_back(self, state: RecipientState) -> None:
        """Every recipient not in flight gets `state` (pending or cancelled) at the next write."""
        for item in [*self._ready, *(entry[2] for entry in self._retry)]:
            self._results.append(RecipientResult(item.id, state))
        self._ready.clear()
        self._retry.clear()

    def take_results(self) -> list[RecipientResult]:
        """The results to write now; the queue forgets them."""
        results, self._results = self._results, []
        return results

    @property
    def unrecorded(self) -> bool:
        """Some result waits to be written."""
        return bool(self._results)
