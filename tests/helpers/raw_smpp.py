"""SMPP 3.4 written and read byte by byte (`struct`, no smpplib): an independent peer.

The program's SMPP client and the sandbox's SMSC both build on smpplib's PDU classes, so a
test of one against the other can share a misreading of the protocol. These helpers follow
the SMPP 3.4 specification (section 4 for the PDU layouts, 5.3 for the TLVs) and nothing
of ours:

- `RawSmsc`: an SMSC stand-in on 127.0.0.1; each connection runs a test's script on its own
  thread with a `RawPeer` (read a PDU, write a PDU). Exceptions in a script are kept in
  `errors` (a test asserts there are none).
- `RawEsme`: a client for testing the sandbox SMSC the same way.
- `sm_body` builds a submit_sm / deliver_sm body (same mandatory layout), `read_sm` reads one.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

BIND_RECEIVER, BIND_TRANSMITTER, SUBMIT_SM, DELIVER_SM = 0x01, 0x02, 0x04, 0x05
UNBIND, BIND_TRANSCEIVER, ENQUIRE_LINK, GENERIC_NACK = 0x06, 0x09, 0x15, 0x80000000
RESP = 0x80000000

TLV_ADDITIONAL_STATUS_INFO_TEXT = 0x001D
TLV_RECEIPTED_MESSAGE_ID = 0x001E
TLV_DPF_RESULT = 0x0420
TLV_MS_AVAILABILITY_STATUS = 0x0422
TLV_NETWORK_ERROR_CODE = 0x0423
TLV_DELIVERY_FAILURE_REASON = 0x0425
TLV_MESSAGE_STATE = 0x0427


def c_string(text: str | bytes) -> bytes:
    """A C-Octet String: the characters, then NUL."""
    return (text.encode("latin-1") if isinstance(text, str) else text) + b"\x00"


def tlv(tag: int, value: bytes) -> bytes:
    return struct.pack(">HH", tag, len(value)) + value


def pdu(command_id: int, sequence: int, body: bytes = b"", status: int = 0) -> bytes:
    """A whole PDU: command_length, command_id, command_status, sequence_number, body."""
    return struct.pack(">LLLL", 16 + len(body), command_id, status, sequence) + body


def sm_body(*, source: tuple[int, int, str] = (0, 0, ""),
            dest: tuple[int, int, str] = (1, 1, "573000000003"), esm_class: int = 0,
            registered_delivery: int = 1, data_coding: int = 3, short_message: bytes = b"",
            schedule: str = "", tlvs: bytes = b"") -> bytes:
    """A submit_sm or deliver_sm body (4.4.1 / 4.6.1): the mandatory fields, then TLVs."""
    return (c_string("")  # service_type
            + bytes(source[:2]) + c_string(source[2])
            + bytes(dest[:2]) + c_string(dest[2])
            + bytes((esm_class, 0, 0))  # esm_class, protocol_id, priority_flag
            + c_string(schedule) + c_string("")  # schedule_delivery_time, validity_period
            + bytes((registered_delivery, 0, data_coding, 0, len(short_message)))
            + short_message + tlvs)


def bind_body(system_id: str, password: str, system_type: str = "") -> bytes:
    """bind_* body (4.1.1): interface_version 0x34, addr_ton/npi 0, empty address_range."""
    return (c_string(system_id) + c_string(password) + c_string(system_type)
            + bytes((0x34, 0, 0)) + c_string(""))


@dataclass(frozen=True)
class Frame:
    command_id: int
    status: int
    sequence: int
    body: bytes


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def octet(self) -> int:
        self.pos += 1
        return self.data[self.pos - 1]

    def c_string(self) -> str:
        end = self.data.index(b"\x00", self.pos)
        value, self.pos = self.data[self.pos:end], end + 1
        return value.decode("latin-1")


def read_sm(body: bytes) -> dict[str, object]:
    """The fields of a submit_sm / deliver_sm body by name, TLVs under "tlvs" by tag."""
    r = _Reader(body)
    fields: dict[str, object] = {"service_type": r.c_string()}
    fields.update(source_addr_ton=r.octet(), source_addr_npi=r.octet(),
                  source_addr=r.c_string(), dest_addr_ton=r.octet(), dest_addr_npi=r.octet(),
                  destination_addr=r.c_string(), esm_class=r.octet(), protocol_id=r.octet(),
                  priority_flag=r.octet(), schedule_delivery_time=r.c_string(),
                  validity_period=r.c_string(), registered_delivery=r.octet(),
                  replace_if_present_flag=r.octet(), data_coding=r.octet(),
                  sm_default_msg_id=r.octet())
    length = r.octet()
    fields["short_message"] = body[r.pos:r.pos + length]
    pos, tlvs = r.pos + length, {}
    while pos + 4 <= len(body):
        tag, size = struct.unpack(">HH", body[pos:pos + 4])
        tlvs[tag] = body[pos + 4:pos + 4 + size]
        pos += 4 + size
    fields["tlvs"] = tlvs
    return fields


class RawPeer:
    """One end of an SMPP connection, read and written whole PDU by whole PDU."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self._sequence = 0
        self._write_lock = threading.Lock()

    def next_sequence(self) -> int:
        self._sequence += 1
        return self._sequence

    def read(self, timeout: float = 5.0) -> Frame | None:
        """The next PDU; None when the peer closed the line (or `timeout` passed)."""
        self.sock.settimeout(timeout)
        try:
            head = self._exactly(16)
            if head is None:
                return None
            length, command_id, status, sequence = struct.unpack(">LLLL", head)
            body = self._exactly(length - 16) if length > 16 else b""
        except (TimeoutError, OSError):
            return None
        return Frame(command_id, status, sequence, body or b"")

    def _exactly(self, size: int) -> bytes | None:
        data = b""
        while len(data) < size:
            chunk = self.sock.recv(size - len(data))
            if not chunk:
                return None
            data += chunk
        return data

    def write(self, command_id: int, sequence: int, body: bytes = b"", status: int = 0) -> None:
        with self._write_lock:
            self.sock.sendall(pdu(command_id, sequence, body, status))

    def request(self, command_id: int, body: bytes = b"") -> int:
        """Write a request with the next sequence number; returns that number."""
        sequence = self.next_sequence()
        self.write(command_id, sequence, body)
        return sequence

    def accept_bind(self) -> Frame:
        """Read the client's bind and accept it."""
        frame = self.read()
        assert frame is not None and frame.command_id in (
            BIND_RECEIVER, BIND_TRANSMITTER, BIND_TRANSCEIVER), frame
        self.write(frame.command_id | RESP, frame.sequence, c_string("RawSmsc"))
        return frame

    def idle_until_closed(self, seconds: float = 10.0) -> list[Frame]:
        """Answer enquire_link and unbind, acknowledge deliver-style requests, until EOF."""
        frames: list[Frame] = []
        while (frame := self.read(seconds)) is not None:
            frames.append(frame)
            if frame.command_id in (ENQUIRE_LINK, UNBIND):
                self.write(frame.command_id | RESP, frame.sequence)
            if frame.command_id == UNBIND:
                break
        return frames


Script = Callable[[RawPeer, int], None]
"""A connection's behaviour: the peer and the connection's number (0 for the first)."""


@dataclass
class RawSmsc:
    """An SMSC stand-in: `script(peer, n)` runs for the n-th connection on its own thread."""

    script: Script
    errors: list[BaseException] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.host, self.port = "127.0.0.1", int(self._listener.getsockname()[1])
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._connections = 0
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            number, self._connections = self._connections, self._connections + 1
            thread = threading.Thread(target=self._serve, args=(conn, number), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket, number: int) -> None:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            self.script(RawPeer(conn), number)
        except BaseException as exc:  # noqa: BLE001  kept for the test to see
            self.errors.append(exc)
        finally:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()

    def stop(self) -> None:
        self._stop.set()
        self._listener.close()
        self._acceptor.join(timeout=2)
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> RawSmsc:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


class RawEsme(RawPeer):
    """A client connected to `address`; `call` writes a request and returns its response,
    keeping any deliver_sm that arrives meanwhile in `delivered` (unanswered)."""

    def __init__(self, address: tuple[str, int]) -> None:
        super().__init__(socket.create_connection(address, timeout=5))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.delivered: list[Frame] = []

    def call(self, command_id: int, body: bytes = b"", timeout: float = 5.0) -> Frame:
        sequence = self.request(command_id, body)
        while True:
            frame = self.read(timeout)
            assert frame is not None, f"no answer to command 0x{command_id:08X}"
            if frame.sequence == sequence and frame.command_id & RESP:
                return frame
            if frame.command_id == DELIVER_SM:
                self.delivered.append(frame)

    def bind(self, command_id: int, system_id: str, password: str) -> Frame:
        return self.call(command_id, bind_body(system_id, password))

    def deliveries(self, seconds: float) -> list[Frame]:
        """Every deliver_sm within `seconds` (plus those kept by `call`), each answered
        deliver_sm_resp ESME_ROK."""
        frames, self.delivered = self.delivered, []
        for frame in frames:
            self.write(DELIVER_SM | RESP, frame.sequence, c_string(""))
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            frame = self.read(left)
            if frame is None:
                break
            if frame.command_id == DELIVER_SM:
                frames.append(frame)
                self.write(DELIVER_SM | RESP, frame.sequence, c_string(""))
        return frames

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()

