"""The engine's sender threads: every job runs once, a failing job spares its thread,
shutdown drops what has not started and waits for what has."""

from __future__ import annotations

import threading

import pytest

from masiv_desktop.core.engine.workers import Workers


def test_every_job_runs_once_on_the_named_threads() -> None:
    seen: list[tuple[int, str]] = []
    lock = threading.Lock()
    all_done = threading.Event()

    def job(n: int) -> None:
        with lock:
            seen.append((n, threading.current_thread().name))
            if len(seen) == 200:
                all_done.set()

    workers = Workers(3, "campaign-7-gateway")
    for n in range(200):
        workers.submit(job, n)
    assert all_done.wait(10)
    workers.shutdown()
    assert sorted(n for n, _ in seen) == list(range(200))
    assert {name for _, name in seen} <= {f"campaign-7-gateway-{i}" for i in range(3)}


@pytest.mark.error_logs_expected
def test_a_failing_job_does_not_take_its_thread_down() -> None:
    done = threading.Event()

    def fail(_: None) -> None:
        raise RuntimeError("boom")

    workers = Workers(1, "w")
    workers.submit(fail, None)
    workers.submit(lambda _: done.set(), None)
    assert done.wait(10)
    workers.shutdown()


def test_shutdown_drops_queued_jobs_and_waits_for_running_ones() -> None:
    started, release = threading.Event(), threading.Event()
    ran: list[str] = []

    def slow(_: None) -> None:
        started.set()
        release.wait(10)
        ran.append("slow")

    workers = Workers(1, "w")
    workers.submit(slow, None)
    assert started.wait(10)
    workers.submit(lambda _: ran.append("queued"), None)
    closer = threading.Thread(target=workers.shutdown)
    closer.start()
    closer.join(0.2)
    assert closer.is_alive()
    release.set()
    closer.join(10)
    assert not closer.is_alive()
    assert ran == ["slow"]
