"""The SMPP account's settings: their checks, parsers and descriptions, and what follows from
the account type (the part rule, the system id, the poll schedule).

`settings.py` merges these tables into its own; this module never imports it (checks return
the problem as text, `settings.py` raises its `SettingsError`; the functions below take any
object with the account's fields, `AccountFields`). Pure, Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from masiv_desktop.core.usertypes import PartRule

ACCOUNT_TYPES: tuple[str, ...] = ("http", "smpp")
"""`http`: the Masiv HTTP API (sendmessage/getMessage); `smpp`: an SMPP 3.4 bind."""
DEFAULT_SMPP_PORT = 9500
"""The port the gateway's documentation gives."""
MAX_SMPP_WINDOW = 100
MAX_SYSTEM_ID = 15
MAX_SYSTEM_TYPE = 12
SMPP_POLL_DELAYS: tuple[float, ...] = (2, 5, 10, 30, 60, 300, 600, 1800)
"""Over SMPP a "poll" reads the receipts already received (no network), so the engine may
look often: a receipt reaches the grid within seconds instead of the HTTP schedule's 30 s+."""

SMPP_DEFAULTS: dict[str, Any] = {
    "account_type": "http", "smpp_host": "", "smpp_port": DEFAULT_SMPP_PORT,
    "smpp_system_id": "", "smpp_system_type": "", "smpp_window": 10, "smpp_tls": False,
    "smpp_use_message_payload": False,
}
SMPP_TYPES: dict[str, type] = {
    "account_type": str, "smpp_host": str, "smpp_port": int, "smpp_system_id": str,
    "smpp_system_type": str, "smpp_window": int, "smpp_tls": bool,
    "smpp_use_message_payload": bool,
}


def _account_type(value: str) -> str | None:
    return None if value in ACCOUNT_TYPES else \
        f"must be one of 'http', 'smpp', not {value!r}"


def _host(value: str) -> str | None:
    if value != value.strip() or any(c.isspace() or ord(c) < 32 for c in value):
        return "must be a host name or IP address without spaces, such as 108.168.165.10"
    if "/" in value or len(value) > 253:
        return "must be a host name or IP address only (no scheme, no path)"
    return None


def _port(value: int) -> str | None:
    return None if 1 <= value <= 65535 else f"must be between 1 and 65535, not {value}"


def _text(limit: int) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        if len(value) > limit:
            return f"must be at most {limit} characters (SMPP 3.4); it has {len(value)}"
        if not value.isascii() or any(ord(c) < 32 for c in value) or value != value.strip():
            return "must be plain ASCII letters and digits, without spaces around"
        return None
    return check


def _window(value: int) -> str | None:
    return None if 1 <= value <= MAX_SMPP_WINDOW else \
        f"must be between 1 and {MAX_SMPP_WINDOW}, not {value}"


def _any(value: Any) -> str | None:
    return None


SMPP_CHECKS: dict[str, Callable[[Any], str | None]] = {
    "account_type": _account_type, "smpp_host": _host, "smpp_port": _port,
    "smpp_system_id": _text(MAX_SYSTEM_ID), "smpp_system_type": _text(MAX_SYSTEM_TYPE),
    "smpp_window": _window, "smpp_tls": _any, "smpp_use_message_payload": _any,
}
"""Problem text for a bad value, None when it is fine."""

SMPP_DESCRIPTIONS: dict[str, str] = {
    "account_type": "how the account talks to Masiv: http (the HTTP API) or smpp (SMPP 3.4, "
                    "for accounts Estratec enabled for it)",
    "smpp_host": "the SMPP server's address Estratec gave (for account_type smpp)",
    "smpp_port": f"the SMPP server's port (default {DEFAULT_SMPP_PORT})",
    "smpp_system_id": "the SMPP system id (empty: the user name)",
    "smpp_system_type": "the SMPP system type, when Estratec asks for one (usually empty)",
    "smpp_window": f"messages awaiting the SMPP server's answer at once (1-{MAX_SMPP_WINDOW})",
    "smpp_tls": "connect to the SMPP server over TLS (only if Estratec offers it)",
    "smpp_use_message_payload": "send long messages whole in message_payload instead of "
                                "concatenated parts (only if Estratec asks for it)",
}


class AccountFields(Protocol):
    """The settings these functions read (`settings.Settings` has them)."""

    @property
    def account_type(self) -> str: ...

    @property
    def part_rule(self) -> PartRule: ...

    @property
    def smpp_system_id(self) -> str: ...

    @property
    def username(self) -> str: ...


def uses_smpp(settings: AccountFields) -> bool:
    return settings.account_type == "smpp"


def part_rule_for(settings: AccountFields) -> PartRule:
    """The part rule previews and campaigns must use: an SMPP account is always cut by the
    SMPP Latin-1 rule (what `gateway/smpp/encoding` sends); an HTTP account by `part_rule`."""
    return PartRule.SMPP_LATIN1 if uses_smpp(settings) else settings.part_rule


def system_id_for(settings: AccountFields, username: str | None = None) -> str:
    """The bind's system id: `smpp_system_id`, else the account's user name."""
    return settings.smpp_system_id or username or settings.username


def poll_delays_for(settings: AccountFields) -> tuple[float, ...] | None:
    """A poll schedule suited to the account type, or None for the engine's default."""
    return SMPP_POLL_DELAYS if uses_smpp(settings) else None
