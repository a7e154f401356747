"""The one background helper: run a core function off the GUI thread, get its result back on it.

Modelled on Anki's `QueryOp` and Picard's `run_task`. Every dialog and window uses `run_op`
instead of making threads; the campaign engine is the one exception (see `campaign.engine_bridge`).
`run_store_op` is `run_op` with the store opened for `work` (Anki's `CollectionOp`): the GUI
never opens the store itself.

The rule that matters: **never touch widgets (or any Qt object living on the GUI thread) in
`work`**. It runs on a `QThreadPool` worker. Do the I/O or computation there and return a
value; `on_success` receives it on the GUI thread, where widgets may be updated.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from masiv_desktop.core.reports.data import open_snapshot
from masiv_desktop.core.store.campaigns import Store

log = logging.getLogger(__name__)

T = TypeVar("T")


class OpCancelled(Exception):
    """Raised inside `work` by `OpContext.check_cancelled()` once the user cancelled."""


@dataclass
class OpContext:
    """Handed to `work`: report progress and notice cancellation. Safe to use from any thread."""

    _cancel: threading.Event = field(default_factory=threading.Event, repr=False)
    _report: Callable[[object], None] = field(default=lambda _value: None, repr=False)

    def progress(self, value: object) -> None:
        """Report progress (any value the caller's `on_progress` understands).

        Only the latest value is delivered: calling this thousands of times a second costs the
        GUI thread one update per event-loop turn, not thousands.
        """
        self._report(value)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        """Raise `OpCancelled` if the user cancelled; call it between units of work."""
        if self._cancel.is_set():
            raise OpCancelled


class _Relay(QObject):
    """Lives on the GUI thread: the worker emits, the slots run there (queued connection)."""

    finished = Signal(bool, object)
    progressed = Signal()

    def __init__(self, op: _Op[Any]) -> None:
        super().__init__()
        self._op = op
        self.finished.connect(self._on_finished)
        self.progressed.connect(self._on_progressed)

    @Slot(bool, object)
    def _on_finished(self, ok: bool, result: object) -> None:
        self._op._deliver(ok, result)

    @Slot()
    def _on_progressed(self) -> None:
        self._op._deliver_progress()


class OpHandle(Generic[T]):
    """A running operation: cancel it, or ask whether it is done."""

    def __init__(self, context: OpContext) -> None:
        self._context = context
        self._done = threading.Event()

    def cancel(self) -> None:
        """Ask `work` to stop; it stops at its next `check_cancelled()`. Callbacks still run."""
        self._context._cancel.set()

    @property
    def done(self) -> bool:
        """True once the callbacks have run (or were skipped because `parent` was deleted)."""
        return self._done.is_set()


_running: set[_Op[Any]] = set()


class _Op(QRunnable, Generic[T]):
    def __init__(self, work: Callable[[OpContext], T], on_success: Callable[[T], None],
                 on_failure: Callable[[BaseException], None] | None,
                 on_progress: Callable[[object], None] | None,
                 on_cancelled: Callable[[], None] | None, parent: QObject | None,
                 expected: tuple[type[BaseException], ...] = ()) -> None:
        super().__init__()
        self._expected = expected
        self.setAutoDelete(False)
        self._work, self._on_success, self._on_failure = work, on_success, on_failure
        self._on_progress, self._on_cancelled, self._parent = on_progress, on_cancelled, parent
        self._lock = threading.Lock()
        self._latest: object = None
        self._progress_posted = False
        self.context = OpContext(_report=self._report)
        self.handle: OpHandle[T] = OpHandle(self.context)
        self._relay = _Relay(self)

    def run(self) -> None:
        try:
            result: object = self._work(self.context)
            ok = True
        except OpCancelled as exc:
            log.info("operation %s cancelled", _name(self._work))
            result, ok = exc, False
        except self._expected as exc:
            log.info("operation %s stopped: %s: %s", _name(self._work), type(exc).__name__, exc)
            result, ok = exc, False
        except BaseException as exc:
            log.error("operation %s failed", _name(self._work), exc_info=exc)
            result, ok = exc, False
        if not self._post(lambda relay: relay.finished.emit(ok, result)):
            log.debug("operation %s finished after the application closed", _name(self._work))
            self._close()

    def _post(self, emit: Callable[[_Relay], None]) -> bool:
        """Emit on the relay from the worker; False when the relay is gone: at exit, PySide
        destroys every QObject Python still owns while pool threads may still be running."""
        try:
            if shiboken6.isValid(self._relay):
                emit(self._relay)
                return True
        except RuntimeError:  # destroyed between the check and the emit
            pass
        return False

    def _report(self, value: object) -> None:
        if self._on_progress is None:
            return
        with self._lock:
            self._latest = value
            post = not self._progress_posted
            self._progress_posted = True
        if post:
            self._post(lambda relay: relay.progressed.emit())

    def _alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    def _deliver_progress(self) -> None:
        with self._lock:
            value, self._progress_posted = self._latest, False
        if self._on_progress is not None and self._alive():
            self._on_progress(value)

    def _deliver(self, ok: bool, result: object) -> None:
        try:
            if not self._alive():
                log.debug("operation %s finished after its window closed", _name(self._work))
            elif ok:
                self._on_success(result)  # type: ignore[arg-type]
            elif isinstance(result, OpCancelled):
                if self._on_cancelled is not None:
                    self._on_cancelled()
            elif self._on_failure is not None:
                self._on_failure(result)  # type: ignore[arg-type]
            else:
                from masiv_desktop.gui.errors import show_unexpected_error

                show_unexpected_error(result)  # type: ignore[arg-type]
        finally:
            self._close()
            self._relay.deleteLater()

    def _close(self) -> None:
        self.handle._done.set()
        _running.discard(self)


def run_op(work: Callable[[OpContext], T], *, on_success: Callable[[T], None],
           on_failure: Callable[[BaseException], None] | None = None,
           on_progress: Callable[[object], None] | None = None,
           on_cancelled: Callable[[], None] | None = None,
           parent: QObject | None = None, pool: QThreadPool | None = None,
           expected: tuple[type[BaseException], ...] = ()) -> OpHandle[T]:
    """Run `work(context)` on a worker thread, call back on the GUI thread (call it from there).

    Args:
        work: the core call. Runs on a pool thread: it must not touch widgets. It receives an
            `OpContext` to report progress and to check for cancellation.
        on_success: gets `work`'s return value, on the GUI thread.
        on_failure: gets the exception `work` raised (already logged), on the GUI thread.
            Without it, a plain error dialog is shown.
        on_progress: gets the latest value passed to `context.progress()`, on the GUI thread.
        on_cancelled: called instead of `on_failure` when `work` stopped with `OpCancelled`.
        parent: a widget whose deletion means nobody wants the result any more: if it is gone
            when `work` ends, no callback runs.
        pool: defaults to the global `QThreadPool`.
        expected: exception types the user can cause (a broken file, a bad template): they
            are logged at INFO on one line, without a traceback, and still go to `on_failure`.
            Anything else is a bug and keeps its ERROR record with the traceback.
    """
    op = _Op(work, on_success, on_failure, on_progress, on_cancelled, parent, expected)
    _running.add(op)
    (pool or QThreadPool.globalInstance()).start(op)
    return op.handle


def run_store_op(work: Callable[[Store, OpContext], T], *, database: Path,
                 on_success: Callable[[T], None], snapshot: bool = False,
                 on_failure: Callable[[BaseException], None] | None = None,
                 on_progress: Callable[[object], None] | None = None,
                 on_cancelled: Callable[[], None] | None = None,
                 parent: QObject | None = None, pool: QThreadPool | None = None,
                 expected: tuple[type[BaseException], ...] = ()) -> OpHandle[T]:
    """`run_op` with the store: open `database` on the worker thread, call
    `work(store, context)`, close the store, deliver the result or exception like `run_op`.

    The store is the worker's own connection (sqlite3 connections stay on their thread):
    `work` must not keep it, nor return objects that still read from it. `snapshot=True`
    opens it read-only inside one read transaction, so every query sees the same moment
    (figures of a campaign being sent). Callbacks and the other arguments: see `run_op`.
    """
    def in_store(context: OpContext) -> T:
        store = Store(open_snapshot(database)) if snapshot else Store.open(database)
        try:
            return work(store, context)
        finally:
            store.close()

    in_store.__qualname__ = _name(work)
    return run_op(in_store, on_success=on_success, on_failure=on_failure,
                  on_progress=on_progress, on_cancelled=on_cancelled, parent=parent, pool=pool,
                  expected=expected)


def _name(work: Callable[..., object]) -> str:
    return getattr(work, "__qualname__", None) or repr(work)
