"""The campaign engine: one worker thread runs one campaign, sending, then polling statuses.

Threads: `CampaignRun.start()` starts the run thread, the only writer of the campaign's
recipients and parts; it hands requests to a pool of `connections` sender threads and gets
their answers back on a queue. `pause()`, `cancel()` and the `events` queue may be used from
any thread. Another process may pause or cancel through the store: the run re-reads the
campaign's state every `control_interval` seconds.

The guarantees (DESIGN.md, "Sending without duplicates or losses"):
- a recipient is claimed in a committed transaction before its request goes out, and at most
  `connections` recipients are claimed-but-unrecorded at any instant, so a crash leaves at
  most that many "uncertain";
- answers are recorded by the run thread at every turn of its loop (milliseconds apart), in
  one transaction together with the next claims;
- an answer that may mean "sent" is never retried; the first answer saying the account is
  wrong stops the run, and the first request of every run goes alone (a probe), so bad
  credentials cost exactly one request.
"""

from __future__ import annotations

import errno
import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from masiv_desktop.core.engine import replies
from masiv_desktop.core.engine.events import EngineNotice, EventQueue, RunEnded
from masiv_desktop.core.engine.loop import RunLoop
from masiv_desktop.core.engine.runlock import run_lock
from masiv_desktop.core.engine.types import Answer, EngineOptions, PollMode, Wake
from masiv_desktop.core.reasons import Reason, ReasonKind
from masiv_desktop.core.store import db
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.store.problems import DatabaseError, StoreProblem
from masiv_desktop.core.usertypes import CampaignState, Severity
from masiv_desktop.gateway.transport import Transport

log = logging.getLogger(__name__)

_BY_THE_USER = Reason(ReasonKind.PAUSED_BY_USER)

__all__ = ["CampaignRun", "EngineOptions", "PollMode"]


class CampaignRun:
    """One run of one campaign. Create, `start()`, then `pause()`/`cancel()`/`wait()`."""

    def __init__(self, database: Path, campaign_id: int, transport: Transport,
                 options: EngineOptions | None = None, *, events: EventQueue | None = None,
                 clock: Callable[[], float] = time.time, lock_folder: Path | None = None) -> None:
        """`clock` gives epoch seconds (UTC); every stored time and the rate use it."""
        self.database = database
        self.campaign_id = campaign_id
        self.transport = transport
        self.options = options or EngineOptions()
        self.events = events or EventQueue()
        self.clock = clock
        self.lock = run_lock(database, campaign_id, lock_folder)
        self.final_state: CampaignState | None = None
        self._request: tuple[CampaignState, Reason | None] | None = None
        self._request_lock = threading.Lock()
        self._answers: queue.SimpleQueue[Answer] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None

    def start(self) -> CampaignRun:
        """Take the campaign's run lock (raises `CampaignBusy`) and start the run thread."""
        self.lock.acquire()
        self._thread = threading.Thread(target=self._main, name=f"campaign-{self.campaign_id}",
                                        daemon=True)
        self._thread.start()
        return self

    def run(self) -> CampaignState | None:
        """Run in the calling thread until the run ends (for scripts); returns the state."""
        self.lock.acquire()
        self._main()
        return self.final_state

    def pause(self, reason: Reason | None = _BY_THE_USER) -> None:
        """Stop sending within a second; requests in flight finish and are recorded."""
        self._ask(CampaignState.PAUSED, reason)

    def cancel(self) -> None:
        """Cancel: nothing more is sent; pending recipients become cancelled."""
        self._ask(CampaignState.CANCELLED, None)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the run thread to end; True when it has."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def take_request(self) -> tuple[CampaignState, Reason | None] | None:
        """The run loop's side of pause/cancel: the latest request, once."""
        with self._request_lock:
            request, self._request = self._request, None
        return request

    def _ask(self, state: CampaignState, reason: Reason | None) -> None:
        with self._request_lock:
            self._request = (state, reason)
        self._answers.put(Wake())

    def _main(self) -> None:
        store = Store.open(self.database)
        stop_replies = replies.listen(self.transport, self.database, self.options.stop_words,
                                      region=self.options.region)
        try:
            loop = RunLoop(self.campaign_id, store, self.transport, self.options,
                           events=self.events, clock=self.clock, answers=self._answers,
                           take_request=self.take_request, holder=self.lock.holder)
            self.final_state = loop.run()
        except Exception as exc:
            log.exception("campaign %s: the run failed", self.campaign_id)
            reason = failure_reason(exc)
            self.events.put(EngineNotice(self.campaign_id, Severity.ERROR,
                                         reason or Reason(ReasonKind.ENGINE_FAILED)))
            self.final_state = _state_after_failure(
                store, self.campaign_id, self.clock,
                reason or Reason(ReasonKind.PAUSED_AFTER_FAILURE),
                reopen=lambda: Store.open(self.database))
        finally:
            stop_replies()
            store.close()
            self.lock.release()
            self.events.put(RunEnded(self.campaign_id,
                                     self.final_state or CampaignState.PAUSED))


_SQLITE_FULL, _SQLITE_READONLY = 13, 8
_STORE_REASONS = {
    StoreProblem.DISK_FULL: Reason(ReasonKind.DISK_FULL),
    StoreProblem.READ_ONLY: Reason(ReasonKind.STORE_READ_ONLY),
    StoreProblem.TEAM_UNREACHABLE: Reason(ReasonKind.TEAM_STORE_UNREACHABLE),
}
_WRITE_RETRIES = (0.2, 0.5, 1.0)
"""Seconds between the tries to write PAUSED after a failure (a disk freed meanwhile)."""


def failure_reason(error: BaseException) -> Reason | None:
    """What the user can fix behind a run's failure (full disk, read-only store); None for
    a defect. SQLite says it through its result code, the file system through errno."""
    if isinstance(error, DatabaseError):
        return _STORE_REASONS.get(error.problem)
    if isinstance(error, sqlite3.Error):
        code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
        if code == _SQLITE_FULL:
            return Reason(ReasonKind.DISK_FULL)
        if code == _SQLITE_READONLY:
            return Reason(ReasonKind.STORE_READ_ONLY)
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return Reason(ReasonKind.DISK_FULL)
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return Reason(ReasonKind.STORE_READ_ONLY)
    return None


def _state_after_failure(store: Store, campaign_id: int, clock: Callable[[], float],
                         reason: Reason, *, reopen: Callable[[], Store] | None = None
                         ) -> CampaignState | None:
    """Write PAUSED with `reason` over RUNNING, so no campaign says it is sending when it is
    not; tried again a few times (a full disk may take a small write a moment later). If it
    cannot be written, the campaign is still RUNNING in the store and resumes at the next
    start, where a run that fails the same way tries again. A team store's connection lost
    with its server is opened again (`reopen`) for each try."""
    reopened: Store | None = None
    try:
        for delay in (*_WRITE_RETRIES, None):
            try:
                if reopen is not None and not db.is_file(store.conn):
                    if reopened is not None:
                        reopened.close()
                    reopened = store = reopen()
                store.conn.rollback()
                state = store.campaign_state(campaign_id)
                if state is CampaignState.RUNNING:
                    store.set_state(campaign_id, CampaignState.PAUSED, reason, now=clock())
                    return CampaignState.PAUSED
                return state
            except Exception:
                log.exception("campaign %s: cannot record the state after a failure",
                              campaign_id)
            if delay is not None:
                time.sleep(delay)
        return None
    finally:
        if reopened is not None:
            reopened.close()
