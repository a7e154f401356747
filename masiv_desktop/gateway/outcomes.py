"""What a transport tells the engine about one send or one status query.

Transport-neutral (HTTP and SMPP both produce these), frozen, and free of credentials: an
outcome may be logged, stored or shown as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from masiv_desktop.gateway.codes import GatewayStatus


class SendResult(StrEnum):
    """The kind of answer to one send request (DESIGN.md, "Outcome policy")."""

    ACCEPTED = "accepted"
    """The gateway accepted the message: `parts` holds one entry per acceptreport."""
    REFUSED = "refused"
    """The gateway answered with an error code or a non-zero statuscode; see `error_code`."""
    NOT_SENT = "not_sent"
    """The request never left us (connection refused, DNS, connect timeout): safe to retry."""
    RETRY_LATER = "retry_later"
    """The gateway asked us to slow down (HTTP 429/503): nothing was sent; retry later."""
    UNCERTAIN = "uncertain"
    """The request may have reached the gateway (read timeout, reset, 5xx, unreadable body).
    Never resend automatically: the gateway has no idempotency key."""


@dataclass(frozen=True)
class AcceptedPart:
    """One acceptreport: one 160-character block of a message, with its own id."""

    message_id: str
    statuscode: int = 0
    statusmessage: str = ""
    recipient: str = ""
    originator: str = ""
    messagetype: str = ""
    messagedata: str = ""


@dataclass(frozen=True)
class SendOutcome:
    result: SendResult
    parts: tuple[AcceptedPart, ...] = ()
    error_code: int | None = None
    """The gateway's error code (or the non-zero statuscode of an acceptreport)."""
    error_text: str = ""
    """The gateway's message or, for transport failures, a redacted description."""
    retry_after: float | None = None
    """Seconds the gateway asked us to wait (Retry-After), when it said."""
    http_status: int | None = None

    @property
    def message_ids(self) -> tuple[str, ...]:
        return tuple(p.message_id for p in self.parts)


@dataclass(frozen=True)
class StatusReport:
    """One getMessage answer (or SMPP receipt) for one message id."""

    message_id: str
    status: GatewayStatus | None
    """None when the gateway did not know the id (`error_code` 2000) or failed."""
    status_time: datetime | None = None
    """When the gateway's status was set, timezone-aware UTC."""
    error_code: int | None = None
    error_text: str = ""
    transient: bool = False
    """True when the query itself failed (network, 5xx): ask again later, nothing is known."""
    extra: dict[str, str] = field(default_factory=dict, compare=False)
