"""The run's counts for the user: recipients by state, open parts, the rate and the ETA.

Kept in memory and moved by what the run records, so progress every quarter second costs no
query; it is read from the store at the start and after a cancel. Run thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from masiv_desktop.core.engine.events import Progress
from masiv_desktop.core.engine.ratelimit import RateMeter
from masiv_desktop.core.usertypes import RecipientState


class Tally:
    """Counts of one campaign and when to report them next."""

    def __init__(self, campaign_id: int, total: int, clock: Callable[[], float],
                 interval: float) -> None:
        self._campaign_id = campaign_id
        self._total = total
        self._interval = interval
        self._meter = RateMeter(clock)
        self._next_progress = 0.0
        self._by_state: dict[RecipientState, int] = {}
        self.open_parts = 0

    def load(self, by_state: Mapping[RecipientState, int], open_parts: int | None = None
             ) -> None:
        """Take the stored counts (and open parts, when given) as they are now."""
        self._by_state = dict(by_state)
        if open_parts is not None:
            self.open_parts = open_parts

    def moved(self, old: RecipientState, new: RecipientState, n: int = 1) -> None:
        if n:
            self._by_state[old] = self._by_state.get(old, 0) - n
            self._by_state[new] = self._by_state.get(new, 0) + n

    def settled(self, parts: int) -> None:
        """A send answer settled its recipient with `parts` parts to poll."""
        self._meter.add(1)
        self.open_parts += parts

    def part_closed(self) -> None:
        """A part will not be polled again."""
        self.open_parts -= 1

    def rate(self) -> float:
        """Recipients settled per second over the last few seconds."""
        return self._meter.rate()

    def progress(self, now: float, *, sending: bool, force: bool = False) -> Progress | None:
        """The `Progress` event when one is due (or `force`), else None."""
        if now < self._next_progress and not force:
            return None
        self._next_progress = now + self._interval
        rate = self._meter.rate()
        left = self._by_state.get(RecipientState.PENDING, 0) + \
            self._by_state.get(RecipientState.CLAIMED, 0)
        eta = left / rate if rate > 0 and sending else None
        return Progress(self._campaign_id, self._total, dict(self._by_state), rate, eta,
                        self.open_parts)
