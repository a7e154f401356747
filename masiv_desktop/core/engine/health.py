"""How the gateway has been answering during a run: the probe, holds after connect failures
and push-back, the rate it takes, and the retries of its exceptions (error 8734).

The delays come from `EngineOptions`; the decisions that lead here are in `sender.py`.
Run thread only.
"""

from __future__ import annotations

from masiv_desktop.core.engine.ratelimit import AdaptiveRate
from masiv_desktop.core.engine.types import EngineOptions


class GatewayHealth:
    """The first request of a run goes alone (the probe); answers then set how long all
    sending holds and how fast it goes."""

    def __init__(self, options: EngineOptions, rate: AdaptiveRate) -> None:
        self._options = options
        self._rate = rate
        self.probing = True
        self.hold_until = 0.0
        self._unreachable = 0
        self._busy = 0
        self._gateway_tries: dict[int, int] = {}

    def window(self) -> int:
        """Recipients that may be claimed-but-unrecorded at once: one while probing."""
        return 1 if self.probing else self._options.connections

    def holding(self, now: float) -> bool:
        return now < self.hold_until

    def hold_left(self, now: float) -> float:
        return max(0.0, self.hold_until - now)

    def settled(self, *, known: bool) -> None:
        """An answer settled its recipient: the gateway works again; a known outcome (not
        uncertain) ends the probe."""
        if known:
            self.probing = False
        self._unreachable = self._busy = 0

    def gateway_retry(self, recipient_id: int, now: float) -> float | None:
        """When to resend after a gateway exception; None when the tries are used up (the
        recipient is rejected)."""
        self.probing = False
        tries = self._gateway_tries.get(recipient_id, 0)
        delays = self._options.gateway_retry_delays
        if tries >= len(delays):
            self._gateway_tries.pop(recipient_id, None)
            return None
        self._gateway_tries[recipient_id] = tries + 1
        return now + delays[tries]

    def unreachable(self, now: float) -> bool:
        """A connect failure (nothing was sent): hold all sending for the next delay. False
        once the delays are used up in a row: the campaign pauses."""
        self._unreachable += 1
        delays = self._options.unreachable_delays
        if self._unreachable > len(delays):
            return False
        self.hold_until = max(self.hold_until, now + delays[self._unreachable - 1])
        return True

    def pushed_back(self, now: float, retry_after: float | None, observed: float) -> float:
        """HTTP 429/503: hold for Retry-After (else the next busy delay) and lower the rate
        once per push-back (`AdaptiveRate`); returns the rate in force. `observed` is the
        messages per second achieved lately."""
        self._busy += 1
        delays = self._options.busy_delays
        wait = retry_after or delays[min(self._busy, len(delays)) - 1]
        self.hold_until = max(self.hold_until, now + wait)
        return self._rate.slow_down(observed, until=self.hold_until)

    def tick(self) -> None:
        """Once per turn: a lowered rate recovers while the gateway stays quiet."""
        self._rate.tick()
