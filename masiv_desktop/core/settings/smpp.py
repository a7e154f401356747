"""The SMPP account's settings: the checks of their values (`options.py` declares the
settings themselves), and what follows from the account type (the part rule, the system id,
the poll schedule).

Checks return the problem as data (`value_problems.Problem`), None when the value is fine
(`options.Option` raises the `SettingsError`); the functions below take any object with the
account's fields, `AccountFields`. Pure, Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from masiv_desktop.core.settings.value_problems import Problem, ValueProblem
from masiv_desktop.core.usertypes import AccountType, PartRule

DEFAULT_SMPP_PORT = 9500
"""The port the gateway's documentation gives."""
MAX_SMPP_WINDOW = 100
MAX_SYSTEM_ID = 15
MAX_SYSTEM_TYPE = 12
SMPP_POLL_DELAYS: tuple[float, ...] = (2, 5, 10, 30, 60, 300, 600, 1800)
"""Over SMPP a "poll" reads the receipts already received (no network), so the engine may
look often: a receipt reaches the grid within seconds instead of the HTTP schedule's 30 s+."""


def check_host(value: str) -> Problem | None:
    if value != value.strip() or any(c.isspace() or ord(c) < 32 for c in value):
        return Problem(ValueProblem.HOST_SPACES)
    if "/" in value or len(value) > 253:
        return Problem(ValueProblem.HOST_FORM)
    return None


def check_port(value: int) -> Problem | None:
    return None if 1 <= value <= 65535 else Problem(ValueProblem.RANGE, (1, 65535, value))


def check_smpp_text(limit: int) -> Callable[[str], Problem | None]:
    """SMPP 3.4's C-octet strings: plain ASCII of at most `limit` characters."""
    def check(value: str) -> Problem | None:
        if len(value) > limit:
            return Problem(ValueProblem.SMPP_TOO_LONG, (limit, len(value)))
        if not value.isascii() or any(ord(c) < 32 for c in value) or value != value.strip():
            return Problem(ValueProblem.SMPP_ASCII)
        return None
    return check


def check_window(value: int) -> Problem | None:
    return None if 1 <= value <= MAX_SMPP_WINDOW else \
        Problem(ValueProblem.RANGE, (1, MAX_SMPP_WINDOW, value))


class AccountFields(Protocol):
    """The settings these functions read (`settings.Settings` has them)."""

    @property
    def account_type(self) -> AccountType: ...

    @property
    def part_rule(self) -> PartRule: ...

    @property
    def smpp_system_id(self) -> str: ...

    @property
    def username(self) -> str: ...


def uses_smpp(settings: AccountFields) -> bool:
    return settings.account_type == AccountType.SMPP


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
