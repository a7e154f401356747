"""What a transport tells the engine about one send or one status query.

Transport-neutral (HTTP and SMPP both produce these), frozen, and free of credentials: an
outcome may be logged, stored or shown as it is.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterable
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


class NetworkFailure(StrEnum):
    """Why an exchange with the gateway produced no answer, for the person who must fix it:
    each kind has its own sentence and advice in the front ends (`core.settings.check`)."""

    NAME_NOT_FOUND = "name_not_found"
    """The host name did not resolve: no internet, or a mistyped address."""
    REFUSED = "refused"
    """The host answered that nothing listens there: a wrong address or port, or it is down."""
    TIMEOUT = "timeout"
    """Nothing came back in time (connecting or waiting for the answer)."""
    TLS = "tls"
    """The secure connection failed: a certificate that cannot be verified, a proxy that
    intercepts HTTPS, a wrong clock."""
    HTTP_STATUS = "http_status"
    """A web server answered, but with an HTTP error status (`http_status`)."""
    UNREADABLE = "unreadable"
    """An answer came but is not the gateway's (too big, not its XML)."""
    BROKEN = "broken"
    """The connection broke, or anything else went wrong on the way."""


def network_failure(causes: Iterable[BaseException]) -> NetworkFailure:
    """The kind of a failed exchange from the exception and what it wraps (outermost first);
    the standard library's errors only (a transport maps its library's own first)."""
    found = list(causes)
    for kind, types in _FAILURE_TYPES:
        if any(isinstance(cause, types) for cause in found):
            return kind
    return NetworkFailure.BROKEN


_FAILURE_TYPES: tuple[tuple[NetworkFailure, tuple[type[BaseException], ...]], ...] = (
    (NetworkFailure.NAME_NOT_FOUND, (socket.gaierror,)),
    (NetworkFailure.TLS, (ssl.SSLError, ssl.CertificateError)),
    (NetworkFailure.REFUSED, (ConnectionRefusedError,)),
    (NetworkFailure.TIMEOUT, (TimeoutError,)),
)
"""Most telling first: a DNS failure is often wrapped in a connection error."""


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
    failure: NetworkFailure | None = None
    """Why no answer came (NOT_SENT, UNCERTAIN, RETRY_LATER without a gateway error code)."""

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
    failure: NetworkFailure | None = None
    """Why the query got no answer (with `http_status` for an HTTP error status)."""
    http_status: int | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False)
