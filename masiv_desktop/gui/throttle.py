"""Coalescing calls: run a function at most once per interval, and always after the last call.

A burst of changes (keystrokes, engine events, database notices) asks for one refresh, not one
per change. Unlike qutebrowser's `misc/throttle.py`, the first call of a burst waits too: here
a burst's first event is rarely its last, and each refresh costs a database read or a full
recount. Lives on the GUI thread; call it only there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class Throttle(QObject):
    """Calling the throttle schedules `func` `interval_ms` later unless a run is already
    scheduled: calls in between fold into that run, which therefore sees every change made
    before it. `func` takes no arguments; it reads the current state when it runs."""

    def __init__(self, func: Callable[[], None], interval_ms: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        """Waiting time of the next scheduled run; changing it leaves a scheduled run alone."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(func)

    def __call__(self) -> None:
        if not self._timer.isActive():
            self._timer.start(self.interval_ms)

    @property
    def pending(self) -> bool:
        """True while a run is scheduled."""
        return self._timer.isActive()

    def cancel(self) -> None:
        """Drop the scheduled run, if any (e.g. the caller just ran `func` itself)."""
        self._timer.stop()
