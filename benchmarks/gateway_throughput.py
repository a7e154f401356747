"""Requests per second of MasivHttpClient.send_message against the sandbox, beside bare requests.

The sandbox runs as a subprocess (`masiv sandbox`), as a real gateway would: it does not
share our GIL. For 0 ms and 150 ms of gateway latency and 1, 8 and 16 connections (one
thread each), the client and a bare `requests` loop (one Session per thread, same URL and
parameters) each send for a fixed window; the table gives requests/s, the client's share of
the bare loop, and at 150 ms the share of the ideal connections / latency.

Run: .venv/bin/python benchmarks/gateway_throughput.py   (about 35 s)
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import requests
from sandbox_process import sandbox_process

from masiv_desktop.gateway.http.client import MasivHttpClient
from masiv_desktop.gateway.http.endpoints import custom_endpoint
from masiv_desktop.gateway.outcomes import SendResult

USER, PASSWORD = "bench", "bench-password"
RECIPIENT, TEXT = "573151234567", "Benchmark message"
CONNECTIONS = (1, 8, 16)
WINDOW_S = {0: 2.0, 150: 3.0}


@contextmanager
def sandbox(latency_ms: int) -> Iterator[str]:
    """A `masiv sandbox` subprocess; yields its base URL."""
    with sandbox_process("--latency-ms", str(latency_ms),
                         "--user", f"{USER}:{PASSWORD}:1000000000") as base_url:
        yield base_url


def measure(connections: int, window_s: float,
            make_sender: Callable[[], Callable[[], bool]]) -> tuple[float, int]:
    """Requests/s over `window_s` with one thread per connection; and the failure count."""
    counts = [0] * connections
    failures = [0] * connections
    start = threading.Barrier(connections + 1)
    deadline = [0.0]

    def work(slot: int) -> None:
        send = make_sender()
        send()  # open the connection before the window
        start.wait()
        while time.perf_counter() < deadline[0]:
            if send():
                counts[slot] += 1
            else:
                failures[slot] += 1

    threads = [threading.Thread(target=work, args=(i,)) for i in range(connections)]
    for thread in threads:
        thread.start()
    began = time.perf_counter()
    deadline[0] = began + window_s
    start.wait()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    return sum(counts) / elapsed, sum(failures)


def client_sender(client: MasivHttpClient) -> Callable[[], Callable[[], bool]]:
    def make() -> Callable[[], bool]:
        return lambda: client.send_message(RECIPIENT, TEXT).result is SendResult.ACCEPTED
    return make


def bare_sender(url: str) -> Callable[[], Callable[[], bool]]:
    params = {"action": "sendmessage", "username": USER, "password": PASSWORD,
              "recipient": RECIPIENT, "messagedata": TEXT, "longMessage": "false"}

    def make() -> Callable[[], bool]:
        session = requests.Session()

        def send() -> bool:
            answer = session.get(url, params=params, timeout=(5.0, 30.0))
            return answer.status_code == 200 and b"<statuscode>0<" in answer.content
        return send
    return make


def main() -> int:
    print("gateway_throughput: MasivHttpClient.send_message vs a bare requests loop, "
          "sandbox as a subprocess")
    print(f"{'latency':>8} {'conns':>5} {'bare req/s':>11} {'client req/s':>13} "
          f"{'client/bare':>11} {'of ideal':>9} {'failures':>8}")
    started = time.perf_counter()
    for latency_ms, window_s in WINDOW_S.items():
        with sandbox(latency_ms) as base_url:
            endpoint = custom_endpoint(base_url)
            for connections in CONNECTIONS:
                client = MasivHttpClient(endpoint, USER, PASSWORD, pool_size=connections)
                bare, bare_failed = measure(connections, window_s,
                                            bare_sender(endpoint.send_url))
                ours, ours_failed = measure(connections, window_s, client_sender(client))
                client.close()
                ideal = f"{ours / (connections / (latency_ms / 1000)):>8.0%}" \
                    if latency_ms else f"{'-':>8}"
                print(f"{latency_ms:>6}ms {connections:>5} {bare:>11.1f} {ours:>13.1f} "
                      f"{ours / bare:>11.0%} {ideal} {bare_failed + ours_failed:>8}",
                      flush=True)
    print(f"total {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
