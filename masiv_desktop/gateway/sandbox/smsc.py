"""The sandbox's SMPP 3.4 side: a test SMSC on 127.0.0.1 over the same `SandboxState`.

Built on smpplib's own PDU classes over `socketserver.ThreadingTCPServer` (one thread per
connection). The rules are the sandbox's, never forked: a bind checks the sandbox accounts
(`check_login`), every submit_sm is one `SandboxState.send` (same credits, ids, sent log,
magic numbers and deterministic outcomes), and a receipt is pushed as deliver_sm when the
message reaches its final status on the getMessage timeline (`final_status_at`). The fault
dice are the HTTP side's: a request the rate limit refuses is answered ESME_RTHROTTLED, a
5xx or 8734 fault ESME_RSYSERR, a drop (or a malformed answer) closes the connection after
the send was recorded. `throttle_next(n)` and `drop_next(n)` force the next submits' fate.

SMPP 3.4 as an independent client expects it: a `bind_receiver` session may not submit
(ESME_RINVBNDSTS); `registered_delivery` 0 gets no receipt, 2 one only for a failure;
`schedule_delivery_time` may be absolute or relative (`…R`, from the SMSC's now);
`data_coding` 0 is GSM 03.38 unpacked, 3 ISO-8859-1, 8 UCS-2; a receipt comes from the handset
(`source_addr` = the submit's destination) to the sender (`destination_addr` = the submit's
source, or the account's default sender when it gave none).

Test numbers that answer (`SandboxConfig.replies`, `mo.py`) send a mobile-originated
deliver_sm (esm_class 0) a moment after the message, through the same queue as receipts.

Receipts wait in a queue per account: each bound transceiver has a thread that pushes the
due ones; one not acknowledged when its connection ends goes back to the queue for the next
bind (one answered with an error comes again `REDELIVERY_S` later). Pending receipts live
in memory only (a stopped SMSC forgets them). docs/smpp.md.
"""

from __future__ import annotations

import contextlib
import heapq
import logging
import socket
import socketserver
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from types import TracebackType
from typing import Any
from zoneinfo import ZoneInfo

from masiv_desktop.gateway.codes import ErrorCode, GatewayStatus
from masiv_desktop.gateway.sandbox import mo
from masiv_desktop.gateway.sandbox.config import SandboxConfig
from masiv_desktop.gateway.sandbox.state import (
    DEFAULT_ORIGINATOR,
    SENDONDATE_FORMAT,
    Fault,
    SandboxRefusal,
    SandboxState,
)
from masiv_desktop.gateway.smpp.encoding import (
    DATA_CODING_LATIN1,
    ESM_CLASS_RECEIPT,
    ESM_CLASS_UDHI,
    decode_text,
    parse_schedule_time,
)
from masiv_desktop.gateway.smpp.receipts import STAT_STATE, STATUS_STAT, receipt_text
from masiv_desktop.gateway.smpp.session import _Sequence, make, parse, read_frame

log = logging.getLogger(__name__)

ESME_ROK, ESME_RINVMSGLEN, ESME_RINVCMDID, ESME_RINVBNDSTS = 0x00, 0x01, 0x03, 0x04
ESME_RSYSERR, ESME_RINVDSTADR, ESME_RBINDFAIL, ESME_RINVPASWD = 0x08, 0x0B, 0x0D, 0x0E
ESME_RSUBMITFAIL, ESME_RTHROTTLED, ESME_RINVSCHED = 0x45, 0x58, 0x61
SYSTEM_ID = "MasivSandbox"
IDLE_TIMEOUT_S = 300.0
REDELIVERY_S = 1.0
"""A deliver_sm the ESME answered with an error is sent again this many seconds later."""

REFUSAL_STATUS: dict[ErrorCode, int] = {
    ErrorCode.INVALID_RECIPIENT: ESME_RINVDSTADR,
    ErrorCode.GENERAL_EXCEPTION: ESME_RSYSERR,
    ErrorCode.MESSAGE_TOO_LONG: ESME_RINVMSGLEN,
    ErrorCode.INVALID_CREDENTIALS: ESME_RINVPASWD,
    ErrorCode.PACKAGE_NOT_ASSOCIATED: ESME_RBINDFAIL,
}
"""The sandbox's refusal → submit_sm_resp status; others (1159 credits, 1164) RSUBMITFAIL."""


FAILED_STATUSES = frozenset({GatewayStatus.DELIVERY_ERROR, GatewayStatus.GENERAL_ERROR,
                             GatewayStatus.LENGTH_ERROR})
REGISTERED_NONE, REGISTERED_ANY, REGISTERED_FAILURE = 0, 1, 2
"""registered_delivery bits 0–1 (SMPP 3.4 5.2.17): no receipt, a receipt for any final
outcome, a receipt only for a failure."""


@dataclass(frozen=True)
class Address:
    ton: int = 0
    npi: int = 0
    addr: str = ""


@dataclass(order=True, frozen=True)
class _Pending:
    due: float
    message_id: str
    stat: str
    submitted: float
    text: str
    handset: Address = field(default=Address(), compare=False)
    """The submit's destination: the receipt's source."""
    sender: Address = field(default=Address(), compare=False)
    """The submit's source: the receipt's destination."""
    reply: str | None = field(default=None, compare=False)
    """Not a receipt but a handset's reply with this text (`mo.py`)."""


class _Receipts:
    """Receipts waiting to be pushed, per account, in due order. Thread-safe."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._cond = threading.Condition()
        self._queues: dict[str, list[_Pending]] = {}

    def add(self, account: str, item: _Pending) -> None:
        with self._cond:
            heapq.heappush(self._queues.setdefault(account, []), item)
            self._cond.notify_all()

    def take(self, account: str, timeout: float) -> _Pending | None:
        """The next due receipt of the account, waiting up to `timeout` seconds."""
        now = self._clock()
        with self._cond:
            queue = self._queues.setdefault(account, [])
            if queue and queue[0].due <= now:
                return heapq.heappop(queue)
            wait = min(timeout, queue[0].due - now) if queue else timeout
            self._cond.wait(max(0.0, wait))
            if queue and queue[0].due <= self._clock():
                return heapq.heappop(queue)
            return None

    def waiting(self, account: str) -> int:
        with self._cond:
            return len(self._queues.get(account, []))


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    request_queue_size = 64
    allow_reuse_address = sys.platform != "win32"

    def __init__(self, address: tuple[str, int], smsc: SmppSandbox) -> None:
        self.smsc = smsc
        super().__init__(address, _Connection)

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("SMPP sandbox connection from %s failed", client_address, exc_info=True)


class _Connection(socketserver.BaseRequestHandler):
    """One ESME connection: the read loop on this thread, receipts on another."""

    server: _Server
    request: socket.socket

    def setup(self) -> None:
        self.smsc = self.server.smsc
        self.seq = _Sequence()
        self.write_lock = threading.Lock()
        self.account: str | None = None
        self.password = ""
        self.receiver = False
        self.transmitter = False
        self.open = True
        self.unacked: dict[int, _Pending] = {}
        self.unacked_lock = threading.Lock()
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.request.settimeout(IDLE_TIMEOUT_S)
        self.smsc._track(self.request, add=True)

    def handle(self) -> None:
        try:
            while self.open:
                frame = read_frame(self.request, idle_ok=False)
                if frame is None:
                    return
                self._dispatch(frame)
        except (OSError, ConnectionError):
            return

    def finish(self) -> None:
        self.open = False
        self.smsc._track(self.request, add=False)
        with self.unacked_lock:
            back, self.unacked = list(self.unacked.values()), {}
        if self.account is not None:
            for item in back:
                self.smsc.receipts.add(self.account, item)

    def send(self, pdu: Any) -> None:
        data = pdu.generate()
        with self.write_lock:
            self.request.sendall(data)

    def respond(self, command: str, sequence: int, status: int = ESME_ROK,
                **fields: Any) -> None:
        pdu = make(command, self.seq, status=status, **fields)
        pdu.sequence = sequence
        with contextlib.suppress(OSError):
            self.send(pdu)

    def drop(self) -> None:
        self.open = False
        with contextlib.suppress(OSError):
            self.request.shutdown(socket.SHUT_RDWR)

    def _dispatch(self, frame: bytes) -> None:
        try:
            pdu = parse(frame, self.seq)
        except Exception:  # noqa: BLE001  smpplib raises many kinds on a broken PDU
            self.respond("generic_nack", int.from_bytes(frame[12:16], "big"), ESME_RINVCMDID)
            return
        command, sequence = pdu.command, pdu.sequence
        if command in ("bind_transceiver", "bind_transmitter", "bind_receiver"):
            self._bind(pdu)
        elif command == "enquire_link":
            self.respond("enquire_link_resp", sequence)
        elif command == "unbind":
            self.respond("unbind_resp", sequence)
            self.drop()
        elif command == "deliver_sm_resp":
            with self.unacked_lock:
                item = self.unacked.pop(sequence, None)
            if item is not None and pdu.status != ESME_ROK and self.account is not None:
                self.smsc.receipts.add(self.account, replace(
                    item, due=self.smsc.state.now() + REDELIVERY_S))
        elif command == "submit_sm":
            if self.account is None or not self.transmitter:
                self.respond("submit_sm_resp", sequence, ESME_RINVBNDSTS)
            elif self.smsc.state.config.latency_ms > 0:
                self.smsc.pool.submit(self._submit, pdu)
            else:
                self._submit(pdu)
        elif pdu.is_request():
            self.respond("generic_nack", sequence, ESME_RINVCMDID)

    def _bind(self, pdu: Any) -> None:
        answer = f"{pdu.command}_resp"
        name = _str(pdu.system_id)
        password = _str(pdu.password)
        if self.account is not None:
            self.respond(answer, pdu.sequence, 0x05, system_id=SYSTEM_ID)  # ESME_RALYBND
            return
        try:
            self.smsc.state.check_login(name, password)
        except SandboxRefusal as refusal:
            status = ESME_RBINDFAIL if refusal.code is ErrorCode.PACKAGE_NOT_ASSOCIATED \
                else ESME_RINVPASWD
            self.respond(answer, pdu.sequence, status, system_id=SYSTEM_ID)
            return
        self.account, self.password = name, password
        self.receiver = pdu.command != "bind_transmitter"
        self.transmitter = pdu.command != "bind_receiver"
        self.respond(answer, pdu.sequence, system_id=SYSTEM_ID)
        if self.receiver:
            threading.Thread(target=self._push_receipts, daemon=True,
                             name=f"smpp-sandbox-receipts-{name}").start()

    def _submit(self, pdu: Any) -> None:
        smsc = self.smsc
        plan = smsc.plan()
        if plan.before is Fault.RATE_LIMITED:
            self.respond("submit_sm_resp", pdu.sequence, ESME_RTHROTTLED)
            return
        if plan.latency_s:
            time.sleep(plan.latency_s)
        if plan.before in (Fault.SERVER_ERROR, Fault.GATEWAY_EXCEPTION):
            self.respond("submit_sm_resp", pdu.sequence, ESME_RSYSERR)
            return
        try:
            text = _message(pdu)
            when = _sendondate(pdu, smsc.state.config.timezone, smsc.state.now())
        except ValueError:
            self.respond("submit_sm_resp", pdu.sequence, ESME_RINVSCHED)
            return
        assert self.account is not None
        try:
            accepted = smsc.state.send(self.account, self.password,
                                       _str(pdu.destination_addr), text,
                                       originator=_str(pdu.source_addr), long_message=True,
                                       sendondate=when)
        except SandboxRefusal as refusal:
            self.respond("submit_sm_resp", pdu.sequence,
                         REFUSAL_STATUS.get(refusal.code, ESME_RSUBMITFAIL))
            return
        message_id = accepted.blocks[0].message_id
        handset = Address(int(pdu.dest_addr_ton or 0), int(pdu.dest_addr_npi or 0),
                          _str(pdu.destination_addr))
        sender = Address(int(pdu.source_addr_ton or 0), int(pdu.source_addr_npi or 0),
                         _str(pdu.source_addr)) if _str(pdu.source_addr) else \
            Address(0, 0, accepted.blocks[0].originator or DEFAULT_ORIGINATOR)
        smsc.schedule_receipt(self.account, message_id, text,
                              registered=int(pdu.registered_delivery or 0) & 0x03,
                              handset=handset, sender=sender)
        if mo.is_last_part(pdu):
            smsc.schedule_reply(self.account, message_id, handset=handset, sender=sender)
        if plan.after is not Fault.NONE or accepted.forced_fault is not Fault.NONE:
            self.drop()
            return
        self.respond("submit_sm_resp", pdu.sequence, message_id=message_id)

    def _push_receipts(self) -> None:
        assert self.account is not None
        account, receipts = self.account, self.smsc.receipts
        while self.open:
            item = receipts.take(account, 0.2)
            if item is None:
                continue
            if not self.open:
                receipts.add(account, item)
                return
            pdu = _deliver_sm(self.seq, item)
            with self.unacked_lock:
                self.unacked[pdu.sequence] = item
            try:
                self.send(pdu)
            except OSError:
                return


def _deliver_sm(seq: _Sequence, item: _Pending) -> Any:
    """The deliver_sm of a receipt, or of a handset's reply (`item.reply`)."""
    addresses = {"source_addr_ton": item.handset.ton, "source_addr_npi": item.handset.npi,
                 "source_addr": item.handset.addr, "dest_addr_ton": item.sender.ton,
                 "dest_addr_npi": item.sender.npi, "destination_addr": item.sender.addr}
    if item.reply is not None:
        return make("deliver_sm", seq, **addresses, **mo.reply_fields(item.reply))
    return make("deliver_sm", seq, esm_class=ESM_CLASS_RECEIPT, data_coding=DATA_CODING_LATIN1,
                **addresses, receipted_message_id=item.message_id,
                message_state=int(STAT_STATE[item.stat]),
                short_message=receipt_text(
                    item.message_id, item.stat, datetime.fromtimestamp(item.submitted, UTC),
                    datetime.fromtimestamp(item.due, UTC), item.text,
                ).encode("latin-1", "replace"))


def _str(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return "" if value is None else str(value)


def _message(pdu: Any) -> str:
    data = pdu.short_message or pdu.message_payload or b""
    if isinstance(data, str):
        data = data.encode("latin-1")
    if int(pdu.esm_class or 0) & ESM_CLASS_UDHI and data:
        data = data[1 + data[0]:]
    return decode_text(data, int(pdu.data_coding or 0))


def _sendondate(pdu: Any, zone: str, now: float) -> str | None:
    """The sandbox's sendondate for an absolute or relative schedule_delivery_time;
    `ValueError` for one that is neither."""
    text = _str(pdu.schedule_delivery_time)
    if not text:
        return None
    when = parse_schedule_time(text, datetime.fromtimestamp(now, UTC)).astimezone(
        ZoneInfo(zone))
    return when.strftime(SENDONDATE_FORMAT)


class SmppSandbox:
    """The test SMSC. `start()` serves on a daemon thread; use as a context manager.

    Give it the HTTP sandbox's `state` to share accounts, credits and the sent log with it
    (`masiv sandbox --smpp-port`); without one it makes (and owns) its own.
    """

    def __init__(self, state: SandboxState | None = None, *, host: str = "127.0.0.1",
                 port: int = 0, config: SandboxConfig | None = None) -> None:
        self._owns_state = state is None
        self.state = state or SandboxState(config or SandboxConfig())
        self.host, self.port = host, port
        self.receipts = _Receipts(self.state.now)
        self.pool = ThreadPoolExecutor(32, thread_name_prefix="smpp-sandbox-submit")
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._sockets: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._forced: list[Fault] = []

    def start(self) -> SmppSandbox:
        if self._server is None:
            self._server = _Server((self.host, self.port), self)
            self._thread = threading.Thread(target=self._server.serve_forever,
                                            kwargs={"poll_interval": 0.1}, daemon=True,
                                            name="smpp-sandbox")
            self._thread.start()
            log.info("SMPP sandbox listening on %s:%s", *self.address)
        return self

    @property
    def address(self) -> tuple[str, int]:
        if self._server is None:
            raise RuntimeError("the SMPP sandbox is not running")
        host, port = self._server.server_address[:2]
        return str(host), int(port)

    def stop(self) -> None:
        """Stop listening and close every connection (ESMEs see them closed)."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.pool.shutdown(wait=False, cancel_futures=True)
        if self._owns_state:
            self.state.close()

    def __enter__(self) -> SmppSandbox:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def throttle_next(self, count: int = 1, *, after: int = 0) -> None:
        """Let `after` submit_sm through, then answer `count` with ESME_RTHROTTLED (nothing
        recorded)."""
        with self._lock:
            self._forced.extend([Fault.NONE] * after + [Fault.RATE_LIMITED] * count)

    def drop_next(self, count: int = 1, *, after: int = 0) -> None:
        """Let `after` submit_sm through, then record `count` and close their connection
        unanswered."""
        with self._lock:
            self._forced.extend([Fault.NONE] * after + [Fault.DROP] * count)

    def plan(self) -> Any:
        """The fault plan of one submit_sm: a forced fate first, else the sandbox's dice."""
        plan = self.state.plan_faults()
        with self._lock:
            forced = self._forced.pop(0) if self._forced else None
        if forced is Fault.RATE_LIMITED:
            return type(plan)(Fault.RATE_LIMITED, Fault.NONE, 0.0, 1)
        if forced is Fault.DROP:
            return type(plan)(Fault.NONE, Fault.DROP, plan.latency_s)
        return plan

    def schedule_receipt(self, account: str, message_id: str, text: str, *,
                         registered: int = REGISTERED_ANY, handset: Address = Address(),
                         sender: Address = Address()) -> None:
        """Queue the receipt of a submit for when its message is final, if `registered`
        (registered_delivery bits 0–1) asks for one for that outcome."""
        final = self.state.final_status_at(message_id)
        if final is None or registered not in (REGISTERED_ANY, REGISTERED_FAILURE):
            return
        status, at = final
        if registered == REGISTERED_FAILURE and status not in FAILED_STATUSES:
            return
        stat = STATUS_STAT.get(status, STATUS_STAT[GatewayStatus.GENERAL_ERROR])
        self.receipts.add(account, _Pending(at.timestamp(), message_id, stat,
                                            self.state.now(), text, handset, sender))

    def schedule_reply(self, account: str, message_id: str, *, handset: Address,
                       sender: Address) -> None:
        """Queue the reply of a test number that answers (`SandboxConfig.replies`)."""
        config = self.state.config
        text = mo.reply_for(config.replies, handset.addr)
        if text is None:
            return
        now = self.state.now()
        self.receipts.add(account, _Pending(now + config.reply_delay_s, f"mo-{message_id}", "",
                                            now, "", handset, sender, reply=text))

    def receipts_waiting(self, account: str) -> int:
        return self.receipts.waiting(account)

    def _track(self, sock: socket.socket, *, add: bool) -> None:
        with self._lock:
            if add:
                self._sockets.add(sock)
            else:
                self._sockets.discard(sock)
