"""The program's enums, defined once. Stored values are the `StrEnum` values: never rename one.

Shared by the store, the engine, the importer, the text module, the CLI and the GUI.
"""

from __future__ import annotations

from enum import StrEnum


class PartRule(StrEnum):
    """How a message is cut into billable parts (DESIGN.md, "Message text")."""

    MASIV_HTTP = "masiv"
    """The HTTP API's documented rule: blocks of 160 characters when longMessage is on."""
    GSM = "gsm"
    """GSM 03.38: 160/153 septets, 70/67 UCS-2 code units, as the industry's calculators."""
    SMPP_LATIN1 = "smpp"
    """SMPP with data_coding 3 (ISO-8859-1): 140/134 characters, 70/67 in UCS-2."""


class Severity(StrEnum):
    """How much a message to the user matters: the engine's notices, the GUI's bars and
    notices (which colour it), the CLI (which stream)."""

    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


class Encoding(StrEnum):
    GSM7 = "GSM-7"
    UCS2 = "UCS-2"
    LATIN1 = "Latin-1"


class Verdict(StrEnum):
    """One verdict per imported row (issue 3)."""

    OK = "ok"
    NOT_MOBILE = "not_mobile"
    INVALID = "invalid"
    EMPTY = "empty"
    DUPLICATE = "duplicate"
    SUPPRESSED = "suppressed"
    CONTACTED_TODAY = "contacted_today"
    """Sent a commercial message today by an earlier campaign (Ley 2300: one contact a day);
    kept only by the user's explicit choice."""
    OUTSIDE_WINDOW = "outside_window"
    """Left out by the user's choice: at the campaign's scheduled time the contact window is
    closed in the number's own zone (a number abroad); `Choices.skip_outside_window`."""
    SEND_TIME = "send_time"
    """The row's own send time (its send-time column) is empty, unreadable or already past
    (core/law/row_times.py); the row's reason says which."""


class RecipientState(StrEnum):
    """Where one recipient stands in the send journal (DESIGN.md, "Sending")."""

    PENDING = "pending"
    CLAIMED = "claimed"
    """Taken by the engine for sending; found at start-up it becomes UNCERTAIN."""
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    UNCERTAIN = "uncertain"
    """The request may have reached the gateway: never resent without the user's say-so."""
    CANCELLED = "cancelled"
    """Never sent because the user cancelled the campaign."""

    @property
    def is_settled(self) -> bool:
        """Settled states need no more sending (polling may continue for ACCEPTED)."""
        return self in _SETTLED


_SETTLED = frozenset({RecipientState.ACCEPTED, RecipientState.REJECTED,
                      RecipientState.UNCERTAIN, RecipientState.CANCELLED})


class CampaignState(StrEnum):
    DRAFT = "draft"
    """Created, not started: can still be edited."""
    RUNNING = "running"
    PAUSED = "paused"
    """Paused by the user or by the engine (no credits, gateway unreachable): see the reason."""
    WAITING_WINDOW = "waiting_window"
    """A commercial campaign outside the contact window (Ley 2300): it resumes by itself at
    the next opening while the program runs; `reason` says when."""
    STOPPED = "stopped"
    """Stopped by an account problem (credentials, package) or a defect: fix, then resume."""
    CANCELLED = "cancelled"
    SCHEDULED = "scheduled"
    """Every recipient is settled and the gateway holds the accepted messages for `send_at`,
    still in the future: it becomes SENT once that time passes (issue 15)."""
    SENT = "sent"
    """Every recipient is settled; statuses are still being polled."""
    FINISHED = "finished"
    """Every part has a final status or its polling window is over."""


class Purpose(StrEnum):
    """Why a campaign is sent: Colombian contact rules apply to commercial ones (issue 8)."""

    COMMERCIAL = "commercial"
    TRANSACTIONAL = "transactional"


class SuppressionSource(StrEnum):
    OPT_OUT = "opt_out"
    RNE = "rne"
    """Colombia's Registro de Números Excluidos (CRC)."""
    COMPLAINT = "complaint"
    MANUAL = "manual"
    REPLY = "reply"
    """A reply whose words mean "stop" (SALIR, BAJA…): `core/law/opt_out.py`."""


class ReplyOrigin(StrEnum):
    """How a reply reached the program (the `reply.origin` column)."""

    SMPP = "smpp"
    """Received over the SMPP session while a campaign ran."""
    FILE = "file"
    """Imported from a replies file (the Masiv platform's export)."""


class GatewayPreset(StrEnum):
    """Where messages go (the `gateway_preset` setting); `gateway.http.endpoints.PRESETS`."""

    SANDBOX = "sandbox"
    """The embedded local gateway: nothing real is sent."""
    PRODUCTION = "production"
    FIXED_IP = "fixed_ip"
    TEST = "test"
    CUSTOM = "custom"
    """The `gateway_url` setting."""


class AccountType(StrEnum):
    """How the account talks to Masiv (the `account_type` setting)."""

    HTTP = "http"
    """The Masiv HTTP API (sendmessage / getMessage)."""
    SMPP = "smpp"
    """An SMPP 3.4 bind (docs/smpp.md)."""


class Language(StrEnum):
    """The program's language (the `language` setting)."""

    SYSTEM = ""
    """Follow the system's language."""
    SPANISH = "es"
    ENGLISH = "en"
