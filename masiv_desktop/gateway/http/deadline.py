"""One overall deadline per HTTP request, whatever the server does.

A socket timeout bounds each `recv`, not the exchange: a server that drips one byte a second
never trips it, in the headers or in the body. So every request gets a `Watch` with its
deadline; the sockets the request uses are attached to it, and when the deadline passes one
shared watchdog thread shuts them down. A read or write blocked on them returns at once, the
request fails like a broken connection, and `Watch.expired` tells the client it was the
deadline.

How the sockets are found: `WatchedAdapter` makes requests' pools open
`_WatchedHTTPConnection`s, which attach their socket to the calling thread's current watch
(`watching`) when they connect and when they send a request on a kept-alive connection.
Neither thread nor timer is made per request: one heap, one daemon thread. The sandbox's
server bounds the reading of each request the same way (`watch_socket`).
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.poolmanager import PoolManager

_current = threading.local()


class Watch:
    """The deadline of one request and the sockets it uses. Thread-safe."""

    __slots__ = ("_lock", "_sockets", "deadline", "done", "expired", "seconds")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.expired = False
        self.done = False
        self._sockets: list[Any] = []
        self._lock = threading.Lock()

    def attach(self, sock: Any) -> None:
        """Watch one more socket; one attached after the deadline is shut down at once."""
        with self._lock:
            if self.done:
                return
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def expire(self) -> None:
        """The deadline passed: shut every attached socket down (unless the request ended)."""
        with self._lock:
            if self.done:
                return
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def finish(self) -> None:
        """The request is over: its sockets go back to the pool untouched."""
        with self._lock:
            self.done = True
            self._sockets.clear()


def _shut(sock: Any) -> None:
    """Shut a socket down for both directions without closing it (its owner closes it)."""
    with contextlib.suppress(OSError, ValueError):
        if isinstance(sock, socket.socket):
            # The base method: SSLSocket's own would drop its TLS state under the reader.
            socket.socket.shutdown(sock, socket.SHUT_RDWR)
        else:
            sock.shutdown(socket.SHUT_RDWR)


class _Watchdog:
    """One daemon thread expiring watches in deadline order."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, Watch]] = []
        self._order = itertools.count()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def add(self, watch: Watch) -> None:
        """Watch `watch`; finished watches at the front are dropped on the way, so the heap
        holds about the requests in flight, not every request of the last timeout."""
        with self._wake:
            while self._heap and self._heap[0][2].done:
                heapq.heappop(self._heap)
            heapq.heappush(self._heap, (watch.deadline, next(self._order), watch))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="http-deadlines",
                                                daemon=True)
                self._thread.start()
            if self._heap[0][2] is watch:
                self._wake.notify()

    def _run(self) -> None:
        while True:
            due: list[Watch] = []
            with self._wake:
                while not due:
                    now = time.monotonic()
                    while self._heap and (self._heap[0][2].done or self._heap[0][0] <= now):
                        watch = heapq.heappop(self._heap)[2]
                        if not watch.done:
                            due.append(watch)
                    if not due:
                        self._wake.wait(self._heap[0][0] - now if self._heap else None)
            for watch in due:
                watch.expire()


_watchdog = _Watchdog()


@contextlib.contextmanager
def watching(seconds: float) -> Iterator[Watch]:
    """A watch over the calling thread's next request (and the reading of its body): the
    sockets it uses are shut down `seconds` from now unless the block has ended."""
    watch = Watch(seconds)
    _watchdog.add(watch)
    previous = getattr(_current, "watch", None)
    _current.watch = watch
    try:
        yield watch
    finally:
        _current.watch = previous
        watch.finish()


def watch_socket(sock: Any, seconds: float) -> Watch:
    """A watch that shuts `sock` down `seconds` from now unless `finish()`ed before."""
    watch = Watch(seconds)
    watch.attach(sock)
    _watchdog.add(watch)
    return watch


def _attach(sock: Any) -> None:
    watch: Watch | None = getattr(_current, "watch", None)
    if watch is not None and sock is not None:
        watch.attach(sock)


class _WatchedHTTPConnection(HTTPConnection):
    def connect(self) -> None:
        super().connect()
        _attach(self.sock)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _attach(self.sock)
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(HTTPSConnection):
    def connect(self) -> None:
        super().connect()
        _attach(self.sock)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _attach(self.sock)
        super().request(*args, **kwargs)


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class WatchedAdapter(HTTPAdapter):
    """requests' adapter whose connections (direct or through a proxy) attach their sockets
    to the calling thread's watch (`watching`)."""

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False,
                         **pool_kwargs: Any) -> None:
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if isinstance(manager, PoolManager) and not proxy.lower().startswith("socks"):
            manager.pool_classes_by_scheme = _POOLS
        return manager
