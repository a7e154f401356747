"""Stub servers for the HTTP client's hostile-network tests: real sockets on 127.0.0.1.

Each stub answers every connection with one behaviour (a canned body, a reset, silence, an
endless body...). The sandbox gateway covers the documented API; these cover what a broken
network or a hostile server does, which the sandbox's knobs cannot express exactly.
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

Behaviour = Callable[[socket.socket, bytes, threading.Event], None]

HUGE_BYTES = 50 * 1024 * 1024


def _read_request(conn: socket.socket) -> bytes:
    """Read one HTTP request (headers and a Content-Length body) from a connection."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


@dataclass
class StubServer:
    """A listening socket whose every connection gets `behaviour(conn, request, stop)`."""

    behaviour: Behaviour
    tls: ssl.SSLContext | None = None
    requests: list[bytes] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.port = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True)
        self._acceptor.start()

    @property
    def base_url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(10)
            if self.tls is not None:
                conn = self.tls.wrap_socket(conn, server_side=True)
            request = _read_request(conn)
            self.requests.append(request)
            self.behaviour(conn, request, self._stop)
        except (OSError, ssl.SSLError):
            pass
        finally:
            with contextlib.suppress(OSError):
                conn.close()

    def stop(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        self._acceptor.join(timeout=2)
        for thread in self._threads:
            thread.join(timeout=2)


def canned(status: int, body: bytes, headers: dict[str, str] | None = None,
           reason: str = "Whatever") -> Behaviour:
    """Answer every request with this status, headers and body, then close."""
    def behave(conn: socket.socket, _request: bytes, _stop: threading.Event) -> None:
        lines = [f"HTTP/1.1 {status} {reason}", f"Content-Length: {len(body)}",
                 "Connection: close"]
        lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
        conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
    return behave


def reset(conn: socket.socket, _request: bytes, _stop: threading.Event) -> None:
    """Read the request, then tear the connection down with a TCP reset."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")


def hang_up(_conn: socket.socket, _request: bytes, _stop: threading.Event) -> None:
    """Read the request, then close without a word (RemoteDisconnected)."""


def silent(_conn: socket.socket, _request: bytes, stop: threading.Event) -> None:
    """Read the request and never answer (until the test ends)."""
    stop.wait(10)


def endless(declare_length: bool) -> Behaviour:
    """A 200 whose body is 50 MB, declared in Content-Length or not."""
    def behave(conn: socket.socket, _request: bytes, _stop: threading.Event) -> None:
        header = "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nConnection: close\r\n"
        if declare_length:
            header += f"Content-Length: {HUGE_BYTES}\r\n"
        conn.sendall(header.encode() + b"\r\n<response>")
        block = b"<data>" * 10_000
        for _ in range(HUGE_BYTES // len(block)):
            conn.sendall(block)
    return behave


_GZIP_BOMB: list[bytes] = []


def gzip_bomb(conn: socket.socket, _request: bytes, _stop: threading.Event) -> None:
    """A small gzip body that inflates to 50 MB, sent although we asked for identity."""
    if not _GZIP_BOMB:
        _GZIP_BOMB.append(gzip.compress(b"<response>" + b" " * HUGE_BYTES, compresslevel=9))
    body = _GZIP_BOMB[0]
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nConnection: close\r\n"
                 + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)


SLOW_ANSWER = (b"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nConnection: close\r\n"
               b"Content-Length: 200\r\n\r\n" + b"<response>" + b" " * 190)
"""A whole answer whose headers alone take 80 bytes: dripped, it outlasts any test timeout."""


def drip(*, headers: bool, interval: float = 1.0) -> Behaviour:
    """Answer one byte per `interval` seconds: from the first byte of the headers
    (`headers=True`), or headers at once and then the body, until the test ends."""
    def behave(conn: socket.socket, _request: bytes, stop: threading.Event) -> None:
        head, _, body = SLOW_ANSWER.partition(b"\r\n\r\n")
        fast, slow = (b"", SLOW_ANSWER) if headers else (head + b"\r\n\r\n", body)
        conn.sendall(fast)
        for index in range(len(slow)):
            conn.sendall(slow[index:index + 1])
            if stop.wait(interval):
                return
    return behave

