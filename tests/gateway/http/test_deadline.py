"""gateway/http/deadline.py: a watch shuts its sockets down at its deadline, and only then."""

from __future__ import annotations

import socket
import time

from masiv_desktop.gateway.http import deadline
from masiv_desktop.gateway.http.deadline import watch_socket, watching


def test_a_blocked_read_returns_at_the_deadline() -> None:
    ours, theirs = socket.socketpair()
    with ours, theirs:
        ours.settimeout(10)
        watch = watch_socket(ours, 0.3)
        started = time.monotonic()
        assert ours.recv(10) == b""
        assert 0.2 < time.monotonic() - started < 2
        assert watch.expired


def test_a_finished_watch_leaves_its_socket_alone() -> None:
    ours, theirs = socket.socketpair()
    with ours, theirs:
        with watching(0.2) as watch:
            watch.attach(ours)
        time.sleep(0.4)
        theirs.sendall(b"still here")
        ours.settimeout(2)
        assert ours.recv(10) == b"still here"
        assert not watch.expired


def test_a_socket_attached_after_the_deadline_is_shut_at_once() -> None:
    ours, theirs = socket.socketpair()
    with ours, theirs, watching(0.05) as watch:
        time.sleep(0.3)
        assert watch.expired
        watch.attach(ours)
        ours.settimeout(2)
        assert ours.recv(10) == b""


def test_finished_watches_do_not_pile_up() -> None:
    for _ in range(5000):
        with watching(60):
            pass
    assert len(deadline._watchdog._heap) < 10
