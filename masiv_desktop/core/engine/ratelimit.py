"""Send rate: a token bucket, its adaptive ceiling after push-back, and a throughput meter.

All three take an injected clock (seconds, monotonic or wall) and never sleep: the engine
asks how long to wait and waits on its own terms, so pause and cancel stay responsive.
Not thread-safe: the engine's run thread owns them.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

Clock = Callable[[], float]


class TokenBucket:
    """`rate` tokens per second (None = unlimited), holding at most `burst` tokens.

    A take larger than the burst (a 3-part message on a 1/s bucket) is allowed once the
    bucket is full, leaving it in debt: the average rate is still exact, which is what a
    gateway billing parts per second sees.
    """

    def __init__(self, rate: float | None, clock: Clock, *, burst: float | None = None) -> None:
        self._clock = clock
        self._burst_setting = burst
        self._stamp = clock()
        self.rate: float | None = None
        self.burst = 1.0
        self.tokens = 0.0
        self.set_rate(rate)

    def set_rate(self, rate: float | None) -> None:
        self._refill()
        if rate is not None and rate <= 0:
            raise ValueError("a rate must be positive (None means unlimited)")
        self.rate = rate
        self.burst = self._burst_setting or (max(1.0, rate / 5) if rate else 1.0)
        self.tokens = min(self.tokens, self.burst) if rate else self.burst

    def _refill(self) -> None:
        now = self._clock()
        if self.rate is not None:
            self.tokens = min(self.burst, self.tokens + (now - self._stamp) * self.rate)
        self._stamp = now

    def available(self) -> float:
        """Whole takes of one token possible now (inf when unlimited)."""
        if self.rate is None:
            return float("inf")
        self._refill()
        return max(0.0, self.tokens)

    def try_take(self, n: float = 1.0) -> bool:
        if self.rate is None:
            return True
        self._refill()
        if self.tokens + 1e-9 < min(n, self.burst):
            return False
        self.tokens -= n
        return True

    def wait_time(self, n: float = 1.0) -> float:
        """Seconds until `try_take(n)` can succeed (0 when it can now)."""
        if self.rate is None:
            return 0.0
        self._refill()
        missing = min(n, self.burst) - self.tokens
        return max(0.0, missing / self.rate)


class AdaptiveRate:
    """The rate actually used: the configured one, lowered after HTTP 429/503.

    One push-back lowers the ceiling once: `slow_down` halves it (starting from what was
    achieved when unlimited), and the other answers of the same episode (the requests that
    were in flight, up to the end of the Retry-After hold) change nothing more. Once the hold
    is over, every second without push-back doubles the ceiling, starting from at least an
    eighth of the configured rate, so the configured rate is back within four quiet seconds
    however low a long push-back brought it (when unlimited: doubling until well above what
    the gateway took, where the limit is dropped). Creeping back by 10 % a second took
    minutes after a few Retry-After holds; a gateway still overloaded answers 503 again and
    halves it again.
    """

    def __init__(self, bucket: TokenBucket, configured: float | None, clock: Clock,
                 *, floor: float = 1.0) -> None:
        self.bucket = bucket
        self.configured = configured
        self.floor = floor
        self._clock = clock
        self._quiet_since = clock()
        self._episode_end = float("-inf")
        self._lowest_seen: float | None = None

    @property
    def lowered(self) -> bool:
        return self.bucket.rate != self.configured

    def slow_down(self, observed: float, *, until: float | None = None) -> float:
        """Lower the ceiling for a push-back whose hold ends at `until` (clock time; default
        now); returns the rate now in force. `observed`: messages per second achieved."""
        now = self._clock()
        until = now if until is None else max(now, until)
        if now < self._episode_end:
            self._episode_end = max(self._episode_end, until)
            self._quiet_since = max(self._quiet_since, until)
            return self.bucket.rate or observed
        current = self.bucket.rate or max(observed, self.floor)
        new = max(self.floor, current * 0.5)
        self._lowest_seen = new if self._lowest_seen is None else min(self._lowest_seen, new)
        self.bucket.set_rate(new)
        self._episode_end = max(until, now + 1e-6)
        self._quiet_since = until
        return new

    def tick(self) -> None:
        """Called often: after each quiet second past the hold, double a lowered ceiling."""
        now = self._clock()
        if not self.lowered or now - self._quiet_since < 1.0:
            return
        self._quiet_since = now
        raised = max((self.bucket.rate or 0.0) * 2.0, (self.configured or 0.0) / 8)
        ceiling = self.configured or 8 * (self._lowest_seen or raised)
        self.bucket.set_rate(self.configured if raised >= ceiling else raised)


class RateMeter:
    """Events per second over a sliding window, for progress, ETA and slow-down decisions."""

    def __init__(self, clock: Clock, window: float = 5.0) -> None:
        self._clock = clock
        self._window = window
        self._marks: deque[tuple[float, int]] = deque()
        self._started = clock()

    def add(self, count: int = 1) -> None:
        if count:
            self._marks.append((self._clock(), count))

    def rate(self) -> float:
        now = self._clock()
        while self._marks and self._marks[0][0] < now - self._window:
            self._marks.popleft()
        span = min(self._window, max(now - self._started, 1e-3))
        return sum(n for _, n in self._marks) / span
