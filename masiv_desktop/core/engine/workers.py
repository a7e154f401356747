"""The engine's sender threads: one long-lived thread per connection, fed by a queue.

Why not `ThreadPoolExecutor`: at a thousand requests a second its per-job `Future`, locks
and thread-count check run on the engine's run thread, which is also the only writer of the
store; that cost came straight out of the throughput budget (DESIGN.md, "Performance
budgets"). Here a job is a (function, argument) pair on a `SimpleQueue`, nothing more.

Jobs must not raise (the engine's jobs catch everything and answer on their own queue); one
that does is logged and the thread goes on. `submit` and `shutdown` are for the owner's
thread only.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

_Job = tuple[Callable[[Any], None], Any] | None


class Workers:
    """`count` threads named `name-N` running submitted jobs in submission order."""

    def __init__(self, count: int, name: str) -> None:
        self._jobs: queue.SimpleQueue[_Job] = queue.SimpleQueue()
        self._threads = [threading.Thread(target=self._work, name=f"{name}-{i}", daemon=True)
                         for i in range(count)]
        for thread in self._threads:
            thread.start()

    def submit(self, job: Callable[[T], None], argument: T) -> None:
        """Run `job(argument)` on the next free thread."""
        self._jobs.put((job, argument))

    def shutdown(self) -> None:
        """Drop the jobs not started yet, let running ones finish, and join the threads."""
        try:
            while True:
                self._jobs.get_nowait()
        except queue.Empty:
            pass
        for _ in self._threads:
            self._jobs.put(None)
        for thread in self._threads:
            thread.join()

    def _work(self) -> None:
        jobs = self._jobs
        while (entry := jobs.get()) is not None:
            job, argument = entry
            try:
                job(argument)
            except Exception:
                log.exception("a sender job failed")
