"""What the campaign engine needs from a gateway connection, whatever the protocol.

The HTTP client (`gateway/http/client.py`) satisfies it, and later an SMPP transport. Both
methods are called from several sender threads at once: an implementation must be
thread-safe. Neither raises for gateway or network trouble: the answer says what happened
(`SendOutcome.result`, `StatusReport.transient`), so the engine decides from one table.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from masiv_desktop.gateway.outcomes import SendOutcome, StatusReport


class Transport(Protocol):
    def send_message(self, recipient: str, text: str, *, originator: str | None = None,
                     long_message: bool = False,
                     send_on: datetime | None = None) -> SendOutcome:
        """Submit one message. `send_on` is aware (any zone); the transport converts it to
        the gateway's zone. May raise `GatewayInputError` for a request that breaks the
        documented limits (nothing is sent then)."""
        ...

    def get_message(self, message_id: str) -> StatusReport:
        """Ask for the status of one part by its gateway id."""
        ...

    def close(self) -> None:
        ...
