"""The sandbox gateway's fault dice and rate limit: what to do to one request before it runs.

Split from `state.py` so the rules about accounts and messages stay apart from the
misbehaviour knobs. Pure and lock-free: `SandboxState` holds its lock around `RateLimit.take`
and numbers the requests; `roll_faults` turns (seed, request number) into a `FaultPlan`,
reproducibly. The knobs are described in `docs/sandbox.md`.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from masiv_desktop.gateway.sandbox.config import SandboxConfig


class Fault(StrEnum):
    """A misbehaviour the sandbox plays on purpose (a knob, or a magic number)."""

    NONE = "none"
    RATE_LIMITED = "rate_limited"
    """Answered 503 with Retry-After before anything is done: nothing is recorded."""
    SERVER_ERROR = "server_error"
    """Answered 5xx before anything is done: nothing is recorded."""
    GATEWAY_EXCEPTION = "gateway_exception"
    """Answered error 8734 before anything is done: nothing is recorded."""
    DROP = "drop"
    """The request is processed (an accepted send IS recorded), then the connection closes
    without an answer: the client's "maybe sent" case."""
    MALFORMED = "malformed"
    """The request is processed (recorded if accepted), then a broken 200 body goes back."""


@dataclass(frozen=True)
class FaultPlan:
    """What to do to one gateway request, decided before it is handled."""

    before: Fault
    """NONE, RATE_LIMITED, SERVER_ERROR or GATEWAY_EXCEPTION."""
    after: Fault
    """NONE, DROP or MALFORMED (played after the request was processed)."""
    latency_s: float
    retry_after_s: int = 0
    variant: int = 0
    """Picks among the bodies / status codes of a fault, reproducibly."""


def unit_hash(*parts: object) -> float:
    """A reproducible number in [0, 1) from the parts (not Python's salted `hash`)."""
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2.0**64


def roll_faults(cfg: SandboxConfig, seq: int, wait: float | None) -> FaultPlan:
    """The plan for request number `seq`: deterministic in (seed, seq). `wait` is what
    `RateLimit.take` answered: seconds to wait, or None when the request is allowed."""
    latency = cfg.latency_ms / 1000.0
    variant = int(unit_hash("variant", cfg.seed, seq) * 1000)
    if wait is not None:
        return FaultPlan(Fault.RATE_LIMITED, Fault.NONE, 0.0, max(1, math.ceil(wait)))
    before = Fault.NONE
    if unit_hash("5xx", cfg.seed, seq) < cfg.error_5xx_rate:
        before = Fault.SERVER_ERROR
    elif unit_hash("8734", cfg.seed, seq) < cfg.gateway_exception_rate:
        before = Fault.GATEWAY_EXCEPTION
    after = Fault.NONE
    if unit_hash("drop", cfg.seed, seq) < cfg.drop_rate:
        after = Fault.DROP
    elif unit_hash("malformed", cfg.seed, seq) < cfg.malformed_rate:
        after = Fault.MALFORMED
    return FaultPlan(before, after, latency, variant=variant)


class RateLimit:
    """Token bucket over all connections (burst = one second's worth). Not thread-safe:
    the caller holds its own lock around every call."""

    def __init__(self, config: SandboxConfig, now: float) -> None:
        self.reset(config, now)

    def reset(self, config: SandboxConfig, now: float) -> None:
        """Start full again (a new `rate_limit` was configured)."""
        self._tokens = _bucket_size(config)
        self._tokens_at = now

    def take(self, cfg: SandboxConfig, clock: Callable[[], float]) -> float | None:
        """Seconds to wait, or None when allowed (and one token is spent)."""
        if cfg.rate_limit is None:
            return None
        now = clock()
        self._tokens = min(_bucket_size(cfg),
                           self._tokens + max(0.0, now - self._tokens_at) * cfg.rate_limit)
        self._tokens_at = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return None
        return (1.0 - self._tokens) / cfg.rate_limit


def _bucket_size(config: SandboxConfig) -> float:
    return 0.0 if config.rate_limit is None else max(1.0, config.rate_limit)
