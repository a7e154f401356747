"""How the sandbox gateway is set up: where it listens, its accounts, how it misbehaves.

Read by the rules (`state.py`), the fault dice (`faults.py`) and both servers; imports
nothing of the sandbox. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@dataclass(frozen=True)
class SandboxUser:
    name: str
    password: str
    credits: int = 1_000_000
    """One credit per 160-character block."""
    has_package: bool = True
    """False: every send answers 1156 ("Default Package not associated with user")."""


@dataclass(frozen=True)
class SandboxConfig:
    """Where the sandbox listens and how it misbehaves. Rates are shares in [0, 1]."""

    host: str = "127.0.0.1"
    port: int = 0
    """0 picks a free port; read the real one from `SandboxGateway.base_url`."""
    latency_ms: float = 0.0
    """Added to every gateway request; other connections are not held up."""
    error_5xx_rate: float = 0.0
    drop_rate: float = 0.0
    malformed_rate: float = 0.0
    gateway_exception_rate: float = 0.0
    rate_limit: float | None = None
    """Gateway requests per second over all connections; beyond it: 503 + Retry-After."""
    seed: int = 0
    """Decides which numbers fail and which requests hit a fault, reproducibly."""
    status_step_s: float = 2.0
    """Seconds each status lasts: 0 → 1 → 2 → final."""
    timezone: str = "UTC"
    """The zone `sendondate` is read in (the program's gateway time-zone setting)."""
    users: tuple[SandboxUser, ...] = (SandboxUser("demo", "demo"),)
    request_timeout_s: float = 120.0
    """The HTTP server drops a connection that has not sent a whole request (line, headers
    and body) this many seconds after it opened or after its previous answer."""
    replies: tuple[tuple[str, str], ...] = (("573000000101", "SALIR por favor"),
                                            ("573000000102", "Gracias"))
    """SMPP only: test numbers that answer every message they get, and what they answer
    (`mo.py`); () for none."""
    reply_delay_s: float = 1.0
    """Seconds between a message's last part and its handset's reply."""
    state_file: str | None = None
    """An SQLite file that keeps credits, messages and the sent log across restarts (created
    when missing); None keeps them in memory only. Stored credits win over `users`'."""

    def __post_init__(self) -> None:
        for name in ("error_5xx_rate", "drop_rate", "malformed_rate", "gateway_exception_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"sandbox setting {name} must be between 0 and 1, not {value}")
        if self.latency_ms < 0:
            raise ValueError(f"sandbox setting latency_ms must be >= 0, not {self.latency_ms}")
        if self.status_step_s <= 0:
            raise ValueError(f"sandbox setting status_step_s must be > 0, not "
                             f"{self.status_step_s}")
        if not self.request_timeout_s > 0:
            raise ValueError(f"sandbox setting request_timeout_s must be > 0, not "
                             f"{self.request_timeout_s}")
        if not self.reply_delay_s >= 0:
            raise ValueError(f"sandbox setting reply_delay_s must be >= 0, not "
                             f"{self.reply_delay_s}")
        if self.rate_limit is not None and self.rate_limit <= 0:
            raise ValueError(f"sandbox setting rate_limit must be > 0, not {self.rate_limit}")
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"sandbox setting timezone: unknown zone {self.timezone!r}") from exc


DEFAULT_CONFIG = SandboxConfig()

KNOBS: frozenset[str] = frozenset(
    f.name for f in fields(SandboxConfig)
    if f.name not in ("host", "port", "users", "state_file"))
"""The settings `configure` may change while the sandbox runs."""
