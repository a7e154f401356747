"""The sandbox gateway's brain: accounts, credits, messages, ids, statuses over time, faults.

Transport-free and Qt-free: the HTTP server (`server.py`) and the SMSC (`smsc.py`) turns
requests into calls here and answers into bytes. Thread-safe: every public method holds one
lock briefly. What was accepted is kept in a book (`sandbox.store`): in memory, or in the
`state_file` so a restarted sandbox still knows its ids. Time comes from an injectable clock
(seconds since the epoch, like `time.time`) so tests drive statuses, schedules and the rate
limit without sleeping. The rules (magic numbers, outcome shares, what a fault records) are
written down in `docs/sandbox.md`; the fault dice and the rate limit live in
`sandbox.faults` (re-exported here); what it is configured with in `sandbox.config`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from masiv_desktop.gateway.codes import ErrorCode, GatewayStatus
from masiv_desktop.gateway.sandbox.config import DEFAULT_CONFIG, KNOBS, SandboxConfig, SandboxUser
from masiv_desktop.gateway.sandbox.faults import Fault as Fault  # re-exported
from masiv_desktop.gateway.sandbox.faults import FaultPlan as FaultPlan  # re-exported
from masiv_desktop.gateway.sandbox.faults import RateLimit, roll_faults
from masiv_desktop.gateway.sandbox.faults import unit_hash as unit_hash  # re-exported
from masiv_desktop.gateway.sandbox.store import (
    FileBook,
    IdTaken,
    MemoryBook,
    SandboxBook,
    StoredMessage,
)
from masiv_desktop.gateway.sandbox.store import SentRecord as SentRecord  # re-exported

BLOCK_CHARS = 160
"""The documented block: one message id (and one credit) per 160 characters."""
DEFAULT_ORIGINATOR = "3027"
"""What the gateway shows as sender when the request names none (the documented example)."""
SENDONDATE_FORMAT = "%m/%d/%Y %H:%M:%S"
"""`sendondate` and getMessage's `date`: MM/DD/YYYY hh:mm:ss (24-hour)."""
MAGIC_PREFIX = "57300000000"
"""`MAGIC_PREFIX` + one digit: a test number whose outcome is forced (see `docs/sandbox.md`)."""
RECIPIENT_DIGITS = (8, 15)
"""A recipient is valid when it is digits only, this many digits (E.164 without the plus)."""
_FIRST_ID_SCALE = 1000
"""Ids start at the clock in milliseconds, so a restarted sandbox does not reuse old ids."""


class SandboxRefusal(Exception):
    """The gateway refuses the request with one of its documented error codes."""

    def __init__(self, code: ErrorCode) -> None:
        super().__init__(f"gateway error {int(code)}")
        self.code = code


@dataclass(frozen=True)
class AcceptedBlock:
    """One acceptreport: a 160-character block with its own message id."""

    message_id: str
    originator: str
    recipient: str
    messagedata: str


@dataclass(frozen=True)
class Accepted:
    blocks: tuple[AcceptedBlock, ...]
    forced_fault: Fault = Fault.NONE
    """DROP or MALFORMED when the recipient is a magic number asking for it."""


@dataclass(frozen=True)
class MessageStatus:
    message_id: str
    status: GatewayStatus
    since: datetime
    """When this status was set, aware UTC."""


@dataclass(frozen=True)
class _Forced:
    """What a magic number's last digit forces."""

    error: ErrorCode | None = None
    final: GatewayStatus | None = None
    stuck_at: GatewayStatus | None = None
    fault: Fault = Fault.NONE


MAGIC: dict[str, _Forced] = {
    "0": _Forced(stuck_at=GatewayStatus.SENDING),
    "1": _Forced(error=ErrorCode.INVALID_RECIPIENT),
    "2": _Forced(final=GatewayStatus.DELIVERED_TO_NETWORK),
    "3": _Forced(final=GatewayStatus.DELIVERED_TO_HANDSET),
    "4": _Forced(final=GatewayStatus.DELIVERY_ERROR),
    "5": _Forced(final=GatewayStatus.GENERAL_ERROR),
    "6": _Forced(final=GatewayStatus.LENGTH_ERROR),
    "7": _Forced(error=ErrorCode.GENERAL_EXCEPTION),
    "8": _Forced(fault=Fault.DROP),
    "9": _Forced(fault=Fault.MALFORMED),
}

OUTCOME_SHARES: tuple[tuple[float, GatewayStatus], ...] = (
    (0.85, GatewayStatus.DELIVERED_TO_HANDSET),
    (0.92, GatewayStatus.DELIVERED_TO_NETWORK),
    (0.97, GatewayStatus.DELIVERY_ERROR),
    (1.00, GatewayStatus.GENERAL_ERROR),
)
"""Cumulative shares of final statuses for ordinary numbers, from hash(seed, recipient)."""


def final_status_for(seed: int, recipient: str) -> GatewayStatus:
    """The final status an ordinary number reaches under this seed."""
    u = unit_hash("final", seed, recipient)
    return next(status for share, status in OUTCOME_SHARES if u < share)


def utf16_length(text: str) -> int:
    """Characters as the gateway (ASP.NET) counts them: UTF-16 code units, an emoji is 2."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def split_blocks(text: str) -> list[str]:
    """The documented segmentation: blocks of 160 characters, counted as .NET counts them
    (UTF-16 code units), never cutting a surrogate pair in two."""
    blocks: list[str] = []
    start = width = 0
    for index, ch in enumerate(text):
        size = 2 if ord(ch) > 0xFFFF else 1
        if width + size > BLOCK_CHARS:
            blocks.append(text[start:index])
            start, width = index, 0
        width += size
    blocks.append(text[start:])
    return blocks


def parse_sendondate(text: str, zone: str) -> float:
    """`MM/DD/YYYY hh:mm:ss` in the given zone → epoch seconds; 1164 when malformed."""
    try:
        naive = datetime.strptime(text.strip(), SENDONDATE_FORMAT)
    except ValueError:
        raise SandboxRefusal(ErrorCode.MISSING_PARAMETER) from None
    return naive.replace(tzinfo=ZoneInfo(zone)).timestamp()


def format_report_date(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime(SENDONDATE_FORMAT)


class FakeClock:
    """A clock tests move by hand: pass it as `clock=` and call `advance(seconds)`."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self._now = start
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds


class SandboxState:
    """Accounts, credits, the messages and their statuses, the sent log, the fault dice."""

    def __init__(self, config: SandboxConfig = DEFAULT_CONFIG,
                 clock: Callable[[], float] = time.time) -> None:
        """Opens `config.state_file` when set: `SandboxStoreError` when it cannot be used."""
        self._lock = threading.Lock()
        self._config = config
        self._clock = clock
        self._book: SandboxBook = (MemoryBook() if config.state_file is None
                                   else FileBook(config.state_file, clock()))
        self._users: dict[str, SandboxUser] = {u.name: u for u in config.users}
        self._credits = self._book.open_accounts({u.name: u.credits for u in config.users})
        self._next_id = max(int(clock() * _FIRST_ID_SCALE), self._book.last_id() + 1)
        self._request_seq = 0
        self._rate_limit = RateLimit(config, clock())

    @property
    def config(self) -> SandboxConfig:
        return self._config

    def close(self) -> None:
        """Release the state file (everything is already saved); using the state reopens it."""
        with self._lock:
            self._book.close()

    def now(self) -> float:
        return self._clock()

    def configure(self, **knobs: object) -> None:
        """Change knobs at run time (names of `KNOBS`); the next request sees them."""
        unknown = set(knobs) - KNOBS
        if unknown:
            raise TypeError(f"unknown or fixed sandbox setting(s): {', '.join(sorted(unknown))}")
        with self._lock:
            self._config = replace(self._config, **knobs)  # type: ignore[arg-type]
            if "rate_limit" in knobs:
                self._rate_limit.reset(self._config, self._clock())

    def add_user(self, name: str, password: str, credits: int = 1_000_000,
                 has_package: bool = True) -> None:
        """Add (or replace) an account."""
        with self._lock:
            self._users[name] = SandboxUser(name, password, credits, has_package)
            self._book.save_credits(name, credits)
            self._credits[name] = credits

    def credits(self, user: str) -> int:
        with self._lock:
            return self._credits[user]

    def set_credits(self, user: str, credits: int) -> None:
        with self._lock:
            if user not in self._users:
                raise KeyError(user)
            self._book.save_credits(user, credits)
            self._credits[user] = credits

    def sent(self) -> list[SentRecord]:
        with self._lock:
            return self._book.sent()

    def plan_faults(self) -> FaultPlan:
        """Roll the dice for one gateway request: deterministic in (seed, request number)."""
        with self._lock:
            cfg = self._config
            self._request_seq += 1
            seq = self._request_seq
            wait = self._rate_limit.take(cfg, self._clock)
        return roll_faults(cfg, seq, wait)

    def _authenticate(self, username: str, password: str) -> SandboxUser:
        user = self._users.get(username)
        if user is None or user.password != password:
            raise SandboxRefusal(ErrorCode.INVALID_CREDENTIALS)
        return user

    def check_login(self, username: str, password: str) -> None:
        """The credential check of every request, alone (an SMPP bind): `SandboxRefusal`
        1157 for a wrong user or password, 1156 for an account without package."""
        with self._lock:
            if not self._authenticate(username, password).has_package:
                raise SandboxRefusal(ErrorCode.PACKAGE_NOT_ASSOCIATED)

    def final_status_at(self, message_id: str) -> tuple[GatewayStatus, datetime] | None:
        """The status a message id ends with and when (aware UTC), by the same timeline as
        getMessage; None for an unknown id or one that never becomes final (magic ...0).
        What an SMSC pushes as a delivery receipt."""
        with self._lock:
            message = self._book.message(message_id.strip())
            step = self._config.status_step_s
        if message is None or (message.stuck_at is not None
                               and message.stuck_at < GatewayStatus.DELIVERED_TO_NETWORK):
            return None
        status, since = _status_at(message, message.start + 10 * step, step)
        return status, datetime.fromtimestamp(since, UTC)

    def send(self, username: str, password: str, recipient: str, messagedata: str,
             originator: str = "", long_message: bool = False,
             sendondate: str | None = None) -> Accepted:
        """sendmessage: check as the gateway does, charge one credit per block, record.

        Empty strings count as missing (1164). Checks run in this order: 1164, 1157, 1156,
        1 (and the magic numbers' forced errors), 1160, 1164 for a malformed `sendondate`,
        1159. Raises `SandboxRefusal`; nothing is charged or recorded then. With a state
        file the send is saved before this returns (answer only after it).
        """
        if not (username and password and recipient and messagedata):
            raise SandboxRefusal(ErrorCode.MISSING_PARAMETER)
        forced = MAGIC.get(recipient[-1], _Forced()) if _is_magic(recipient) else _Forced()
        with self._lock:
            cfg = self._config
            user = self._authenticate(username, password)
            if not user.has_package:
                raise SandboxRefusal(ErrorCode.PACKAGE_NOT_ASSOCIATED)
            if not _valid_recipient(recipient):
                raise SandboxRefusal(ErrorCode.INVALID_RECIPIENT)
            if forced.error is not None:
                raise SandboxRefusal(forced.error)
            if utf16_length(messagedata) > BLOCK_CHARS and not long_message:
                raise SandboxRefusal(ErrorCode.MESSAGE_TOO_LONG)
            now = self._clock()
            start = now
            if sendondate:
                start = max(now, parse_sendondate(sendondate, cfg.timezone))
            blocks = split_blocks(messagedata)
            if self._credits[username] < len(blocks):
                raise SandboxRefusal(ErrorCode.INSUFFICIENT_CREDITS)
            message = StoredMessage(username, start, now,
                                    forced.final or final_status_for(cfg.seed, recipient),
                                    forced.stuck_at)
            sender = originator or DEFAULT_ORIGINATOR
            for _attempt in range(5):
                ids = [str(self._next_id + i) for i in range(len(blocks))]
                record = SentRecord(recipient, messagedata, tuple(ids), sendondate or None,
                                    datetime.fromtimestamp(now, UTC).isoformat(), username,
                                    sender, long_message)
                try:
                    self._book.record(username, len(blocks),
                                      [(i, message) for i in ids], record, now)
                    break
                except IdTaken:
                    self._next_id = max(self._next_id, self._book.last_id()) + 1
            else:
                raise RuntimeError("the sandbox could not find free message ids")
            self._next_id += len(blocks)
            self._credits[username] -= len(blocks)
        return Accepted(tuple(AcceptedBlock(i, sender, recipient, text)
                              for i, text in zip(ids, blocks, strict=True)), forced.fault)

    def get_message(self, username: str, password: str, message_id: str) -> MessageStatus:
        """getMessage: the status of one id at the clock's now. 2000 for an unknown id
        (or one that belongs to another account)."""
        if not (username and password and message_id):
            raise SandboxRefusal(ErrorCode.MISSING_PARAMETER)
        with self._lock:
            self._authenticate(username, password)
            message = self._book.message(message_id.strip())
            step = self._config.status_step_s
            now = self._clock()
        if message is None or message.username != username:
            raise SandboxRefusal(ErrorCode.INVALID_ID)
        status, since = _status_at(message, now, step)
        return MessageStatus(message_id.strip(), status,
                             datetime.fromtimestamp(since, UTC).replace(microsecond=0))


def _is_magic(recipient: str) -> bool:
    return len(recipient) == len(MAGIC_PREFIX) + 1 and recipient.startswith(MAGIC_PREFIX)


def _valid_recipient(recipient: str) -> bool:
    low, high = RECIPIENT_DIGITS
    return recipient.isascii() and recipient.isdigit() and low <= len(recipient) <= high


def _status_at(message: StoredMessage, now: float, step: float) -> tuple[GatewayStatus, float]:
    """0 until `start` + step, then 1, then 2, then the final status, one step each."""
    if now < message.start + step:
        return GatewayStatus.READY_TO_SEND, message.received
    ladder = [GatewayStatus.SENDING, GatewayStatus.DELIVERED_TO_NETWORK, message.final]
    if message.stuck_at is not None:
        ladder = ladder[:ladder.index(message.stuck_at) + 1]
    steps = min(len(ladder), int((now - message.start) / step))
    if ladder[steps - 1] == message.final == GatewayStatus.DELIVERED_TO_NETWORK:
        steps = min(steps, 2)
    return ladder[steps - 1], message.start + steps * step
