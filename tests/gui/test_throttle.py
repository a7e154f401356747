"""gui/throttle.py: a burst of calls runs once, after the interval, and the last call counts."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from masiv_desktop.gui.throttle import Throttle


class Recorder:
    def __init__(self) -> None:
        self.value = 0
        self.seen: list[int] = []
        self.times: list[float] = []

    def run(self) -> None:
        self.seen.append(self.value)
        self.times.append(time.monotonic())


def test_a_burst_runs_once_after_the_interval_with_the_latest_state(qtbot: QtBot) -> None:
    owner, recorder = QObject(), Recorder()
    throttle = Throttle(recorder.run, 100, owner)
    started = time.monotonic()
    for value in range(1, 6):
        recorder.value = value
        throttle()
    assert throttle.pending and recorder.seen == []
    qtbot.waitUntil(lambda: recorder.seen == [5], timeout=2000)
    assert recorder.times[0] - started >= 0.09
    qtbot.wait(250)
    assert recorder.seen == [5] and not throttle.pending


def test_steady_calls_run_at_most_once_per_interval_and_the_last_is_delivered(
        qtbot: QtBot) -> None:
    owner, recorder = QObject(), Recorder()
    throttle = Throttle(recorder.run, 80, owner)
    for value in range(1, 16):
        recorder.value = value
        throttle()
        qtbot.wait(20)
    qtbot.waitUntil(lambda: bool(recorder.seen) and recorder.seen[-1] == 15, timeout=2000)
    assert 2 <= len(recorder.seen) <= 6
    gaps = [b - a for a, b in zip(recorder.times, recorder.times[1:], strict=False)]
    assert all(gap >= 0.07 for gap in gaps)


def test_cancel_drops_the_scheduled_run(qtbot: QtBot) -> None:
    owner, recorder = QObject(), Recorder()
    throttle = Throttle(recorder.run, 50, owner)
    throttle()
    throttle.cancel()
    assert not throttle.pending
    qtbot.wait(150)
    assert recorder.seen == []


def test_a_new_interval_applies_to_the_next_run(qtbot: QtBot) -> None:
    owner, recorder = QObject(), Recorder()
    throttle = Throttle(recorder.run, 1000, owner)
    throttle.interval_ms = 30
    throttle()
    qtbot.waitUntil(lambda: recorder.seen == [0], timeout=500)
    assert throttle.interval_ms == 30
