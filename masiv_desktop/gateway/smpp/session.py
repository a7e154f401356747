"""One SMPP 3.4 connection bound as transceiver, with its reader thread.

smpplib's `Client` reads and writes on the caller's thread, one request at a time. Here the
PDUs are smpplib's own (`smpplib.smpp.make_pdu` / `parse_pdu`), but the socket belongs to
this class: any thread may send a request (`call`) and blocks only until ITS response, which
the reader thread matches by sequence number. The reader also answers what the SMSC asks
(`deliver_sm` → `deliver_sm_resp` after the `on_deliver` callback, `enquire_link`, `unbind`).
A deliver_sm is read by hand (`smpp.deliver`), never by smpplib, so a TLV smpplib does not
list cannot make a receipt unreadable.

What a caller must know:
- `call` raises `NotSent` when the request was not written whole (the SMSC cannot have
  acted on it) and `ResponseLost` when it was written but no response came (connection lost,
  timeout): the request may have been carried out. It never writes a request twice.
- Once lost (EOF, reset, timeout, a broken frame), a session stays dead: open a new one.
- When the SMSC unbinds, the session answers unbind_resp, writes nothing more (`alive` is
  False at once, `call` raises `NotSent`), and keeps reading until every request already
  written has its answer, the SMSC closes the line, or `UNBIND_DRAIN_S` pass; then it closes.
  A submit_sm the SMSC answered before closing is therefore never "uncertain".
- The password is never logged; smpplib's own loggers are not used.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable
from typing import Any

import smpplib.consts
import smpplib.smpp

from masiv_desktop.gateway.outcomes import NetworkFailure, network_failure
from masiv_desktop.gateway.smpp.deliver import DELIVER_SM, Delivery, read_deliver_sm

log = logging.getLogger(__name__)

MAX_PDU_BYTES = 70_000
RESPONSE_BIT = 0x80000000
ESME_ROK: int = 0
ESME_RX_T_APPN = 0x64
"""ESME receiver temporary application error: "keep that receipt, send it again later"."""
UNBIND_DRAIN_S = 2.0
"""After the SMSC's unbind, how long answers to requests already written are awaited."""


class SessionError(Exception):
    """Base of what `call` raises; the message never contains the password. `failure` says
    why the network failed, for the person who must fix it."""

    failure: NetworkFailure = NetworkFailure.BROKEN


class NotSent(SessionError):
    """The request was not written (whole): the SMSC cannot have acted on it."""


class ResponseLost(SessionError):
    """The request was written but its response did not come: it may have been acted on."""


class BindRefused(SessionError):
    def __init__(self, status: int) -> None:
        super().__init__(f"bind refused with status 0x{status:08X}")
        self.status = status


class _Sequence:
    """smpplib's PDUs take their sequence numbers from a `client`: this one is thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.sequence = 0

    def next_sequence(self) -> int:
        with self._lock:
            self.sequence = self.sequence % 0x7FFFFFFF + 1
            return self.sequence


class _Waiter:
    __slots__ = ("event", "pdu")

    def __init__(self) -> None:
        self.event = threading.Event()
        self.pdu: Any = None


def parse(data: bytes, sequence: Any = None) -> Any:
    """One smpplib PDU from its bytes (unknown TLVs skipped)."""
    return smpplib.smpp.parse_pdu(data, client=sequence or _Sequence(),
                                  allow_unknown_opt_params=True)


def make(command: str, sequence: Any, **fields: Any) -> Any:
    return smpplib.smpp.make_pdu(command, client=sequence, **fields)


def read_frame(sock: socket.socket, *, idle_ok: bool) -> bytes | None:
    """One whole PDU's bytes; None on a timeout before its first byte when `idle_ok`.

    Raises `ConnectionError` on EOF or a broken length, `TimeoutError` mid-frame."""
    head = _recv_exact(sock, 4, idle_ok=idle_ok)
    if head is None:
        return None
    (length,) = struct.unpack(">L", head)
    if not 16 <= length <= MAX_PDU_BYTES:
        raise ConnectionError(f"a PDU of {length} bytes")
    body = _recv_exact(sock, length - 4, idle_ok=False)
    return head + (body or b"")


def _recv_exact(sock: socket.socket, size: int, *, idle_ok: bool) -> bytes | None:
    chunks: list[bytes] = []
    got = 0
    while got < size:
        try:
            chunk = sock.recv(size - got)
        except TimeoutError:
            if idle_ok and got == 0:
                return None
            raise
        if not chunk:
            raise ConnectionError("the connection was closed")
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


class SmppSession:
    """A bound transceiver. Create, `open()`, `call(...)` from any thread, `close()`."""

    def __init__(self, host: str, port: int, *, system_id: str, password: str,
                 system_type: str = "", ssl_context: ssl.SSLContext | None = None,
                 connect_timeout: float = 5.0, read_timeout: float = 30.0,
                 on_deliver: Callable[[Delivery], int] | None = None,
                 on_response: Callable[[Any], None] | None = None,
                 on_lost: Callable[[SmppSession], None] | None = None) -> None:
        """`on_deliver(delivery)` runs on the reader thread for every deliver_sm and returns
        the deliver_sm_resp status; `on_response(pdu)` runs there for every response before
        its caller is woken; `on_lost(session)` runs once when the connection is lost."""
        self.host, self.port = host, port
        self._system_id, self._password, self._system_type = system_id, password, system_type
        self._ssl_context = ssl_context
        self._connect_timeout, self._read_timeout = connect_timeout, read_timeout
        self._on_deliver = on_deliver
        self._on_response = on_response
        self._on_lost = on_lost
        self._seq = _Sequence()
        self._sock: socket.socket | None = None
        self._write_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._pending: dict[int, _Waiter] = {}
        self._alive = False
        self._draining_until: float | None = None
        self._reader: threading.Thread | None = None

    @property
    def alive(self) -> bool:
        return self._alive

    def open(self) -> None:
        """Connect and bind as transceiver. Raises `NotSent` (could not connect, no answer)
        or `BindRefused` (with the SMSC's status); the socket is closed then."""
        try:
            raw = socket.create_connection((self.host, self.port), self._connect_timeout)
        except OSError as exc:
            error = NotSent(f"could not connect to {self.host}:{self.port} "
                            f"({type(exc).__name__}: {exc.strerror or exc})")
            error.failure = network_failure([exc])
            raise error from None
        try:
            raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock = raw if self._ssl_context is None else \
                self._ssl_context.wrap_socket(raw, server_hostname=self.host)
            sock.settimeout(self._read_timeout)
            self._sock = sock
            self._bind(sock)
        except BindRefused:
            raw.close()
            raise
        except (OSError, ValueError, struct.error) as exc:
            raw.close()
            error = NotSent(f"the bind to {self.host}:{self.port} failed "
                            f"({type(exc).__name__})")
            error.failure = network_failure([exc])
            raise error from None
        self._alive = True
        self._reader = threading.Thread(target=self._read_loop, daemon=True,
                                        name=f"smpp-reader-{self.host}:{self.port}")
        self._reader.start()

    def _bind(self, sock: socket.socket) -> None:
        pdu = make("bind_transceiver", self._seq, system_id=self._system_id,
                   password=self._password, system_type=self._system_type,
                   addr_ton=0, addr_npi=0, address_range="")
        sock.sendall(pdu.generate())
        while True:
            frame = read_frame(sock, idle_ok=False)
            assert frame is not None
            answer = parse(frame, self._seq)
            if answer.command == "bind_transceiver_resp" or answer.command == "generic_nack":
                break
        if answer.status != ESME_ROK:
            raise BindRefused(int(answer.status))

    def call(self, command: str, timeout: float | None = None, **fields: Any) -> Any:
        """Send one request, wait for its response (any status). See the module docstring."""
        if not self._alive or self._sock is None:
            raise NotSent("not connected")
        pdu = make(command, self._seq, **fields)
        waiter = _Waiter()
        with self._state_lock:
            self._pending[pdu.sequence] = waiter
        try:
            self._write(pdu.generate())
        except NotSent:
            with self._state_lock:
                self._pending.pop(pdu.sequence, None)
            raise
        if not waiter.event.wait(self._read_timeout if timeout is None else timeout):
            with self._state_lock:
                self._pending.pop(pdu.sequence, None)
            raise ResponseLost(f"no answer to {command} within "
                               f"{self._read_timeout if timeout is None else timeout} s")
        if waiter.pdu is None:
            raise ResponseLost("the connection was lost before the answer")
        return waiter.pdu

    def _write(self, data: bytes) -> None:
        with self._write_lock:
            sock = self._sock
            if sock is None or not self._alive:
                raise NotSent("not connected")
            try:
                sock.sendall(data)
            except OSError as exc:
                self._lose(f"write failed ({type(exc).__name__})")
                raise NotSent(f"the request could not be written ({type(exc).__name__})") \
                    from None

    def _respond(self, command: str, sequence: int, status: int = ESME_ROK,
                 **fields: Any) -> None:
        pdu = make(command, self._seq, status=status, **fields)
        pdu.sequence = sequence
        try:
            self._write(pdu.generate())
        except NotSent:
            log.debug("could not answer %s %s: connection gone", command, sequence)

    def _read_loop(self) -> None:
        sock = self._sock
        reason = "closed"
        try:
            while sock is not None and (self._alive or self._draining_until is not None):
                if self._draining_until is not None and not self._drain_wait(sock):
                    reason = "the SMSC unbound"
                    break
                frame = read_frame(sock, idle_ok=True)
                if frame is not None:
                    self._dispatch(frame)
        except (OSError, ConnectionError) as exc:
            reason = f"{type(exc).__name__}: {exc}"
        except Exception:
            log.exception("the SMPP reader failed")
            reason = "internal error"
        self._lose(reason)

    def _drain_wait(self, sock: socket.socket) -> bool:
        """While draining after an unbind: False when nothing is awaited any more or the time
        is up, else True with the socket's timeout cut to the time left."""
        assert self._draining_until is not None
        left = self._draining_until - time.monotonic()
        with self._state_lock:
            awaited = bool(self._pending)
        if not awaited or left <= 0:
            return False
        sock.settimeout(max(0.05, left))
        return True

    def _dispatch(self, frame: bytes) -> None:
        command_id, status, sequence = struct.unpack(">LLL", frame[4:16])
        if command_id == DELIVER_SM:
            self._deliver(read_deliver_sm(frame))
            return
        try:
            pdu = parse(frame, self._seq)
        except Exception:  # noqa: BLE001  smpplib raises many kinds on a broken PDU
            log.warning("unreadable PDU 0x%08X (status 0x%X) from the SMSC", command_id, status)
            if command_id & RESPONSE_BIT:
                self._wake(sequence, None)
            else:
                self._respond("generic_nack", sequence, status=0x03)
            return
        if command_id & RESPONSE_BIT or pdu.command == "generic_nack":
            if self._on_response is not None:
                self._on_response(pdu)
            self._wake(sequence, pdu)
        elif pdu.command == "enquire_link":
            self._respond("enquire_link_resp", sequence)
        elif pdu.command == "unbind":
            self._unbound(sequence)
        else:
            self._respond("generic_nack", sequence, status=0x03)

    def _deliver(self, delivery: Delivery) -> None:
        """A receipt or a mobile-originated message: `on_deliver` decides the answer (it
        keeps what it must first). While draining nothing is answered (the SMSC sends it
        again on the next bind)."""
        answer = self._on_deliver(delivery) if self._on_deliver else ESME_ROK
        self._respond("deliver_sm_resp", delivery.sequence, status=answer)

    def _unbound(self, sequence: int) -> None:
        """The SMSC unbinds: answer, then stop writing and drain (module docstring)."""
        with self._write_lock:
            sock = self._sock
            if sock is not None and self._alive:
                pdu = make("unbind_resp", self._seq, status=ESME_ROK)
                pdu.sequence = sequence
                with contextlib.suppress(OSError):
                    sock.sendall(pdu.generate())
            with self._state_lock:
                self._alive = False
                self._draining_until = time.monotonic() + UNBIND_DRAIN_S
        log.info("the SMSC %s:%s unbinds; awaiting the answers already due", self.host,
                 self.port)

    def _wake(self, sequence: int, pdu: Any) -> None:
        with self._state_lock:
            waiter = self._pending.pop(sequence, None)
        if waiter is not None:
            waiter.pdu = pdu
            waiter.event.set()

    def _lose(self, reason: str) -> None:
        with self._state_lock:
            if not self._alive and self._sock is None:
                return
            was_alive = self._alive or self._draining_until is not None
            self._alive, self._draining_until = False, None
            sock, self._sock = self._sock, None
            waiters, self._pending = list(self._pending.values()), {}
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        for waiter in waiters:
            waiter.event.set()
        if was_alive:
            log.info("SMPP connection to %s:%s lost: %s", self.host, self.port, reason)
            if self._on_lost is not None:
                self._on_lost(self)

    def close(self, *, unbind: bool = True) -> None:
        """Unbind (briefly waiting for unbind_resp) and close. Idempotent, any thread."""
        if unbind and self._alive:
            with contextlib.suppress(SessionError):
                self.call("unbind", timeout=min(2.0, self._read_timeout))
        self._lose("closed by us")
        reader = self._reader
        if reader is not None and reader is not threading.current_thread():
            reader.join(timeout=2.0)
