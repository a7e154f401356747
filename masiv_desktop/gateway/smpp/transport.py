"""The SMPP 3.4 transport: the same `Transport` as the HTTP client, over a bound transceiver.

What a caller must know (docs/smpp.md has the whole story):
- Thread-safe. The engine's sender threads call `send_message` at once; each writes its own
  submit_sm and waits only for its own submit_sm_resp (`SmppSession` matches them by sequence
  number). At most `window` submit_sm are outstanding; more callers wait for a free slot.
- Never raises for the network or the SMSC: the `SendOutcome` says what happened, exactly as
  over HTTP. Throttling (ESME_RTHROTTLED, ESME_RMSGQFUL) is RETRY_LATER; a bind refused for
  the credentials is REFUSED with error 1157 (the engine stops the campaign); not connected
  is NOT_SENT; a connection lost after a submit_sm was written is UNCERTAIN. A submit_sm that
  may have been written is never written again by this class.
- A long message is several submit_sm (one per part, UDH-concatenated, `smpp.encoding`),
  one `AcceptedPart` per part. A later part that is throttled is retried here (the SMSC said
  it did not take it); a message cut short by a refusal comes back REFUSED with the parts
  that were accepted (the engine records and polls those and never resends the message).
- A deliver_sm that is not a receipt (a mobile-originated reply) goes to `reply_listener`
  (source, text, received_at) when one is set; without one it is logged and dropped.
- Receipts arrive on the connection; `get_message` answers from the `ReceiptBook`. Until a
  part's receipt arrives the answer is transient ("no receipt yet"), so the engine's poller
  keeps asking until its window ends and then shows "no final status".
- A keeper thread reconnects with backoff (receipts keep coming while the campaign is only
  polling) and sends enquire_link when the line is idle.
"""

from __future__ import annotations

import logging
import secrets
import sqlite3
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import smpplib.consts

from masiv_desktop.core.logs import redact, register_secret
from masiv_desktop.gateway.codes import ErrorCode
from masiv_desktop.gateway.errors import GatewayInputError
from masiv_desktop.gateway.outcomes import (
    AcceptedPart,
    NetworkFailure,
    SendOutcome,
    SendResult,
    StatusReport,
)
from masiv_desktop.gateway.smpp.deliver import Delivery
from masiv_desktop.gateway.smpp.encoding import (
    WirePart,
    destination,
    format_schedule_time,
    message_parts,
    source,
)
from masiv_desktop.gateway.smpp.receipts import Receipt, ReceiptBook, read_receipt
from masiv_desktop.gateway.smpp.session import (
    ESME_ROK,
    ESME_RX_T_APPN,
    BindRefused,
    NotSent,
    ResponseLost,
    SessionError,
    SmppSession,
)

log = logging.getLogger(__name__)

MAX_SYSTEM_ID_CHARS = 15
MAX_PASSWORD_CHARS = 8
"""SMPP 3.4 allows 9 octets with the NUL; smpplib would cut a longer one silently."""
MAX_SYSTEM_TYPE_CHARS = 12
SMPP_CODE_BASE = 100_000
"""An SMPP command_status with no documented Masiv equivalent is error SMPP_CODE_BASE +
status (e.g. 100069 for ESME_RSUBMITFAIL 0x45): `codes.error_info` then rejects only that
recipient, as for any undocumented code."""
NO_RECEIPT_YET = "No delivery receipt has arrived for this part yet."

THROTTLED = frozenset({0x58, 0x14})
"""ESME_RTHROTTLED, ESME_RMSGQFUL: nothing was taken, send it again later."""
BAD_CREDENTIALS = frozenset({0x0D, 0x0E, 0x0F})
"""ESME_RBINDFAIL, ESME_RINVPASWD, ESME_RINVSYSID."""
NOT_BOUND = frozenset({0x04})
"""ESME_RINVBNDSTS: the SMSC does not consider us bound; nothing was taken."""
DOCUMENTED: dict[int, int] = {
    0x0B: int(ErrorCode.INVALID_RECIPIENT),  # ESME_RINVDSTADR
    0x08: int(ErrorCode.GENERAL_EXCEPTION),  # ESME_RSYSERR: retried, then rejected
    0x01: int(ErrorCode.MESSAGE_TOO_LONG),  # ESME_RINVMSGLEN
    **{status: int(ErrorCode.INVALID_CREDENTIALS) for status in BAD_CREDENTIALS},
}
"""SMPP command_status → the documented HTTP code with the same meaning."""


def error_code_for(status: int) -> int:
    """The error code the engine's table knows for a refusing command_status."""
    return int(DOCUMENTED.get(status, SMPP_CODE_BASE + status))


@dataclass(frozen=True)
class SmppAccount:
    """Where and as whom to bind. The password is passed separately (never in a repr)."""

    host: str
    port: int = 9500
    system_id: str = ""
    system_type: str = ""
    window: int = 10
    tls: bool = False
    use_message_payload: bool = False
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    enquire_link_s: float = 30.0
    reconnect_delays: tuple[float, ...] = (0.5, 1, 2, 4, 8, 15, 30)
    part_retry_delays: tuple[float, ...] = (0.2, 0.5, 1, 2, 4, 8)
    """Waits before sending again a later part of a long message the SMSC throttled."""
    gateway_zone: Any = field(default=None)
    """tzinfo the receipts' `done date` is read in (None: UTC)."""


@dataclass(frozen=True)
class BindCheck:
    ok: bool
    error_code: int | None
    text: str
    failure: NetworkFailure | None = None
    """Why the SMSC could not be reached (None when it answered)."""


class SmppTransport:
    """One SMPP account. See the module docstring for the contract."""

    def __init__(self, account: SmppAccount, password: str, *,
                 receipts: ReceiptBook | None = None,
                 ssl_context: ssl.SSLContext | None = None, start: bool = True) -> None:
        """`receipts` defaults to an in-memory book; `ssl_context` is used when
        `account.tls` (default: the system's trusted certificates). `start=False` leaves the
        connection to the first send (or `check`)."""
        _check_login(account, password)
        register_secret(password)
        self.account = account
        self.username = account.system_id
        self._password = password
        self.receipts = receipts or ReceiptBook(None, account.system_id)
        self._ssl = (ssl_context or ssl.create_default_context()) if account.tls else None
        self._window = threading.BoundedSemaphore(account.window)
        self._connect_lock = threading.Lock()
        self._session: SmppSession | None = None
        self._refused: int | None = None
        self._failures = 0
        self._next_attempt = 0.0
        self._last_error = ""
        self._last_failure = NetworkFailure.BROKEN
        self._reference = secrets.randbelow(256)
        """The UDH reference of the last long message: random at first, so two runs (or two
        programs on one account) do not both start at 1 and mix a handset's parts."""
        self._reference_lock = threading.Lock()
        self._last_traffic = time.monotonic()
        self._closed = threading.Event()
        self.receipt_listener: Callable[[Receipt], None] | None = None
        """Called on the reader thread after each receipt is kept (a hint for the engine)."""
        self.reply_listener: Callable[[str, str, datetime], bool | None] | None = None
        """`(source, text, received_at)` for each mobile-originated message (a reply), on the
        reader thread: the handset's number, the text decoded by its data_coding (one part
        of a concatenated reply, its UDH removed), aware UTC. Returning False means "could
        not keep it": the SMSC is asked to send it again later. None: logged and dropped."""
        self._keeper = threading.Thread(target=self._keep, daemon=True,
                                        name=f"smpp-keeper-{account.host}:{account.port}")
        if start:
            self._keeper.start()

    def __repr__(self) -> str:
        return (f"SmppTransport(host={self.account.host!r}, port={self.account.port}, "
                f"system_id={self.account.system_id!r})")

    def describe(self) -> str:
        tls = " over TLS" if self.account.tls else ""
        return (f"SMPP {self.account.host}:{self.account.port}{tls} "
                f"as {self.account.system_id}")

    # -- the Transport -------------------------------------------------------------------

    def send_message(self, recipient: str, text: str, *, originator: str | None = None,
                     long_message: bool = False, send_on: datetime | None = None) -> SendOutcome:
        """Submit one message as one submit_sm per part; never resends (module docstring).

        Raises `GatewayInputError` before anything is sent for a recipient, text, sender or
        send time the protocol cannot carry."""
        dest, src = destination(recipient), source(originator)
        parts = message_parts(text, long_message=long_message,
                              use_payload=self.account.use_message_payload,
                              reference=self._next_reference())
        fields: dict[str, Any] = {
            "source_addr_ton": src.ton, "source_addr_npi": src.npi, "source_addr": src.addr,
            "dest_addr_ton": dest.ton, "dest_addr_npi": dest.npi,
            "destination_addr": dest.addr, "registered_delivery": 1,
            "schedule_delivery_time": format_schedule_time(send_on) if send_on else ""}
        accepted: list[AcceptedPart] = []
        for number, part in enumerate(parts):
            outcome = self._submit_part(part, fields, later=number > 0)
            if outcome.result is not SendResult.ACCEPTED:
                return self._cut_short(outcome, accepted, len(parts), recipient)
            accepted.append(AcceptedPart(outcome.parts[0].message_id, recipient=recipient,
                                         originator=src.addr, messagetype="SMS:TEXT",
                                         statusmessage="Message accepted for delivery",
                                         messagedata=part.text))
        return SendOutcome(SendResult.ACCEPTED, tuple(accepted))

    def get_message(self, message_id: str) -> StatusReport:
        """The status of one part from the receipts received so far (no network)."""
        try:
            receipt = self.receipts.get(message_id.strip())
        except sqlite3.Error as exc:  # a closed or broken book: nothing is known now
            return StatusReport(message_id, None, transient=True,
                                error_text=f"The receipt book cannot be read ({exc}).")
        if receipt is None:
            return StatusReport(message_id, None, transient=True, error_text=NO_RECEIPT_YET)
        return StatusReport(message_id, receipt.status, receipt.done_at,
                            extra={"stat": receipt.stat, "err": receipt.error})

    def close(self) -> None:
        """Unbind and close; afterwards sends answer NOT_SENT. Idempotent, any thread."""
        self._closed.set()
        with self._connect_lock:
            session, self._session = self._session, None
        if session is not None:
            session.close()
        if self._keeper.is_alive() and self._keeper is not threading.current_thread():
            self._keeper.join(timeout=2.0)

    def check(self) -> BindCheck:
        """Bind (if not bound) and say whether the SMSC took the credentials; for "test
        connection". Blocks up to the connect and read timeouts."""
        session = self._connected(force=True)
        if session is not None:
            return BindCheck(True, None, f"{self.describe()}: bound as transceiver.")
        if self._refused is not None:
            return BindCheck(False, int(ErrorCode.INVALID_CREDENTIALS), self._last_error)
        return BindCheck(False, None, self._last_error, self._last_failure)

    # -- sending -------------------------------------------------------------------------

    def _next_reference(self) -> int:
        with self._reference_lock:
            self._reference = (self._reference + 1) % 256
            return self._reference

    def _submit_part(self, part: WirePart, fields: dict[str, Any], *,
                     later: bool) -> SendOutcome:
        """One part; a later part is sent again while the SMSC throttles it or the line is
        down before it was written (it cannot have been taken), a few times."""
        delays = self.account.part_retry_delays if later else ()
        for attempt in range(len(delays) + 1):
            outcome = self._submit_once(part, fields)
            retry = outcome.result in (SendResult.RETRY_LATER, SendResult.NOT_SENT) \
                and outcome.error_code is None
            if not retry or attempt == len(delays) or self._closed.is_set():
                return outcome
            time.sleep(delays[attempt])
        return outcome

    def _submit_once(self, part: WirePart, fields: dict[str, Any]) -> SendOutcome:
        session = self._connected()
        if session is None:
            if self._refused is not None:
                return SendOutcome(SendResult.REFUSED, error_code=int(
                    ErrorCode.INVALID_CREDENTIALS), error_text=self._last_error)
            return SendOutcome(SendResult.NOT_SENT, error_text=self._last_error,
                               failure=self._last_failure)
        if not self._window.acquire(timeout=self.account.read_timeout):
            return SendOutcome(SendResult.NOT_SENT, error_text="Every SMPP window slot stayed "
                               "busy; nothing was sent.")
        try:
            response = session.call(
                "submit_sm", esm_class=part.esm_class, data_coding=part.data_coding,
                short_message=part.short_message or None,
                message_payload=part.message_payload or None, **fields)
        except NotSent as exc:
            return SendOutcome(SendResult.NOT_SENT, error_text=redact(
                f"The SMPP connection was not usable ({exc}); nothing was sent."))
        except ResponseLost as exc:
            return SendOutcome(SendResult.UNCERTAIN, error_text=redact(
                f"The SMPP connection broke after the message was sent ({exc}); it may have "
                "been accepted."))
        finally:
            self._window.release()
        self._last_traffic = time.monotonic()
        return _outcome_of(response)

    def _cut_short(self, outcome: SendOutcome, accepted: list[AcceptedPart], total: int,
                   recipient: str) -> SendOutcome:
        """A part failed: alone when it was the first, with the accepted parts otherwise."""
        if not accepted:
            if outcome.result is not SendResult.ACCEPTED:
                log.info("SMPP send to %s: %s %s %s", recipient, outcome.result,
                         outcome.error_code or "", outcome.error_text)
            return outcome
        done = len(accepted)
        log.warning("SMPP send to %s: %s after %d of %d parts", recipient, outcome.result,
                    done, total)
        if outcome.result is SendResult.UNCERTAIN:
            return SendOutcome(SendResult.UNCERTAIN, tuple(accepted), error_text=(
                f"Part {done + 1} of {total}: {outcome.error_text}"))
        return SendOutcome(SendResult.REFUSED, tuple(accepted), error_code=outcome.error_code,
                           error_text=f"Only {done} of {total} parts were accepted; part "
                           f"{done + 1}: {outcome.error_text or outcome.result}")

    # -- the connection ------------------------------------------------------------------

    def _connected(self, *, force: bool = False) -> SmppSession | None:
        """The live session, connecting when the backoff allows; None when not connected."""
        session = self._session
        if session is not None and session.alive:
            return session
        with self._connect_lock:
            session = self._session
            if session is not None and session.alive:
                return session
            if self._closed.is_set():
                self._last_error = "The SMPP transport was closed; nothing was sent."
                return None
            if self._refused is not None and not force:
                return None
            if time.monotonic() < self._next_attempt and not force:
                return None
            return self._open_locked()

    def _open_locked(self) -> SmppSession | None:
        acct = self.account
        session = SmppSession(acct.host, acct.port, system_id=acct.system_id,
                              password=self._password, system_type=acct.system_type,
                              ssl_context=self._ssl, connect_timeout=acct.connect_timeout,
                              read_timeout=acct.read_timeout, on_deliver=self._on_deliver,
                              on_response=self._on_response)
        try:
            session.open()
        except BindRefused as exc:
            self._refused = exc.status
            self._last_error = (f"The SMPP gateway {acct.host}:{acct.port} refused the system "
                                f"id or password (bind status 0x{exc.status:02X}).")
            log.warning("%s", self._last_error)
            return None
        except SessionError as exc:
            delays = acct.reconnect_delays
            self._next_attempt = time.monotonic() + delays[min(self._failures,
                                                               len(delays) - 1)]
            self._failures += 1
            self._last_error = redact(f"Could not reach the SMPP gateway: {exc}; nothing "
                                      "was sent.")
            self._last_failure = exc.failure
            log.info("%s", self._last_error)
            return None
        self._refused = None
        self._failures = 0
        self._session = session
        self._last_traffic = time.monotonic()
        log.info("SMPP bound to %s:%s as %s", acct.host, acct.port, acct.system_id)
        return session

    def _on_response(self, pdu: Any) -> None:
        """On the reader thread, before the sender is woken: note each id the SMSC gives a
        part, so the receipt that names it is matched even if it comes at once."""
        if pdu.command == "submit_sm_resp" and int(pdu.status or 0) == ESME_ROK:
            message_id = _id_text(pdu.message_id)
            if message_id:
                self.receipts.note_sent(message_id)

    def _on_deliver(self, delivery: Delivery) -> int:
        """On the reader thread: keep a receipt, then acknowledge it (never before); hand a
        mobile-originated message to `reply_listener`."""
        self._last_traffic = time.monotonic()
        if delivery.is_mobile_originated:
            return self._on_reply(delivery)
        if not delivery.is_receipt:
            log.info("SMPP: a deliver_sm of esm_class 0x%02X was acknowledged and ignored",
                     delivery.esm_class)
            return ESME_ROK
        receipt = read_receipt(delivery, self.account.gateway_zone or UTC,
                               known=self.receipts.knows)
        if receipt is None:
            log.warning("SMPP: a receipt naming no message was acknowledged and ignored")
            return ESME_ROK
        if not self.receipts.add(receipt):
            return ESME_RX_T_APPN
        listener = self.receipt_listener
        if listener is not None:
            try:
                listener(receipt)
            except Exception:
                log.exception("the receipt listener failed")
        return ESME_ROK

    def _on_reply(self, delivery: Delivery) -> int:
        listener = self.reply_listener
        if listener is None:
            log.info("SMPP: a mobile-originated message was acknowledged and dropped (no "
                     "reply listener)")
            return ESME_ROK
        try:
            kept = listener(delivery.source_addr, delivery.text(), datetime.now(UTC))
        except Exception:
            log.exception("the reply listener failed")
            return ESME_RX_T_APPN
        return ESME_RX_T_APPN if kept is False else ESME_ROK

    def _keep(self) -> None:
        """Keeper thread: reconnect with backoff, enquire_link when the line is idle."""
        while not self._closed.wait(0.25):
            session = self._connected()
            if session is None:
                continue
            if time.monotonic() - self._last_traffic < self.account.enquire_link_s:
                continue
            self._last_traffic = time.monotonic()
            try:
                session.call("enquire_link", timeout=min(10.0, self.account.read_timeout))
            except SessionError as exc:
                log.info("SMPP enquire_link failed (%s); reconnecting", exc)
                session.close(unbind=False)


def _outcome_of(response: Any) -> SendOutcome:
    status = int(response.status or 0)
    if response.command == "submit_sm_resp" and status == ESME_ROK:
        message_id = _id_text(response.message_id)
        if not message_id:
            return SendOutcome(SendResult.UNCERTAIN, error_text="The SMPP gateway accepted "
                               "the message without giving its id.")
        return SendOutcome(SendResult.ACCEPTED, (AcceptedPart(str(message_id)),))
    if status in THROTTLED:
        return SendOutcome(SendResult.RETRY_LATER, error_text=f"The SMPP gateway asked to "
                           f"slow down (status 0x{status:02X}); nothing was sent.")
    if status in NOT_BOUND:
        return SendOutcome(SendResult.NOT_SENT, error_text="The SMPP gateway says we are not "
                           "bound; nothing was sent.")
    if response.command == "generic_nack" and status == ESME_ROK:
        status = 0x08
    return SendOutcome(SendResult.REFUSED, error_code=error_code_for(status),
                       error_text=f"The SMPP gateway refused the message (status "
                       f"0x{status:02X}: {_status_text(status)}).")


def _id_text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return "" if value is None else str(value)


def _status_text(status: int) -> str:
    return str(smpplib.consts.DESCRIPTIONS.get(status, "unknown status"))


def _check_login(account: SmppAccount, password: str) -> None:
    if not account.system_id:
        raise GatewayInputError("system_id", "The SMPP system id is empty.")
    if len(account.system_id) > MAX_SYSTEM_ID_CHARS:
        raise GatewayInputError("system_id", f"The SMPP system id has "
                                f"{len(account.system_id)} characters; SMPP 3.4 allows "
                                f"{MAX_SYSTEM_ID_CHARS}.")
    if not password:
        raise GatewayInputError("password", "The password is empty.")
    if len(password) > MAX_PASSWORD_CHARS or not password.isascii():
        raise GatewayInputError("password", f"SMPP 3.4 passwords are at most "
                                f"{MAX_PASSWORD_CHARS} plain (ASCII) characters; this one is "
                                "longer or has accents. Ask Estratec for the SMPP password.")
    if len(account.system_type) > MAX_SYSTEM_TYPE_CHARS:
        raise GatewayInputError("system_type", f"The SMPP system type allows at most "
                                f"{MAX_SYSTEM_TYPE_CHARS} characters.")
    if account.window < 1:
        raise GatewayInputError("window", "The SMPP window must be at least 1.")
