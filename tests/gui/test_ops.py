"""gui/ops.py: results, errors and progress come back on the GUI thread; cancellation works."""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from masiv_desktop.core.store import db
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.gui.ops import OpCancelled, OpContext, run_op, run_store_op
from tests.helpers.campaigns import make_campaign, numbers


def test_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    gui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def work(_ctx: OpContext) -> int:
        seen["work"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"], seen["callback"] = value, threading.get_ident()

    handle = run_op(work, on_success=done)
    qtbot.waitUntil(lambda: handle.done)
    assert seen["value"] == 42
    assert seen["callback"] == gui_thread
    assert seen["work"] != gui_thread


@pytest.mark.error_logs_expected
def test_exception_is_logged_and_handed_to_failure(
        qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    gui_thread = threading.get_ident()
    failures: list[tuple[BaseException, int]] = []

    def work(_ctx: OpContext) -> int:
        raise ValueError("row 7: not a number")

    handle = run_op(work, on_success=lambda _v: pytest.fail("no success expected"),
                    on_failure=lambda exc: failures.append((exc, threading.get_ident())))
    with caplog.at_level(logging.ERROR, logger="masiv_desktop.gui.ops"):
        qtbot.waitUntil(lambda: handle.done)
    (exc, thread), = failures
    assert isinstance(exc, ValueError) and "row 7" in str(exc)
    assert thread == gui_thread
    record, = [r for r in caplog.records if r.name == "masiv_desktop.gui.ops"]
    assert record.exc_info is not None and record.exc_info[1] is exc


@pytest.mark.error_logs_expected
def test_an_expected_failure_is_logged_on_one_line_without_traceback(
        qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    failures: list[BaseException] = []

    def user_error(_ctx: OpContext) -> int:
        raise KeyError("lista.xlsx")

    def bug(_ctx: OpContext) -> int:
        raise ValueError("a bug")

    with caplog.at_level(logging.INFO, logger="masiv_desktop.gui.ops"):
        first = run_op(user_error, on_success=lambda _v: pytest.fail("no success expected"),
                       on_failure=failures.append, expected=(LookupError,))
        qtbot.waitUntil(lambda: first.done)
        second = run_op(bug, on_success=lambda _v: pytest.fail("no success expected"),
                        on_failure=failures.append, expected=(LookupError,))
        qtbot.waitUntil(lambda: second.done)
    assert [type(exc) for exc in failures] == [KeyError, ValueError]
    expected, unexpected = [r for r in caplog.records if r.name == "masiv_desktop.gui.ops"]
    assert expected.levelno == logging.INFO and expected.exc_info is None
    assert "KeyError" in expected.getMessage() and "lista.xlsx" in expected.getMessage()
    assert unexpected.levelno == logging.ERROR and unexpected.exc_info is not None


def test_progress_is_marshalled_and_coalesced(qtbot: QtBot) -> None:
    gui_thread = threading.get_ident()
    progress: list[tuple[object, int]] = []
    go = threading.Event()

    def work(ctx: OpContext) -> str:
        go.wait(5)
        for i in range(10_000):
            ctx.progress(i)
        return "ok"

    results: list[str] = []
    handle = run_op(work, on_success=results.append,
                    on_progress=lambda v: progress.append((v, threading.get_ident())))
    go.set()
    qtbot.waitUntil(lambda: handle.done)
    assert results == ["ok"]
    assert progress, "at least the last value arrives"
    assert progress[-1][0] == 9_999
    assert all(thread == gui_thread for _v, thread in progress)
    values = [v for v, _t in progress]
    assert values == sorted(values)
    assert len(values) < 10_000, "progress values are coalesced, not queued one by one"


def test_cancel_stops_the_work_and_calls_on_cancelled(qtbot: QtBot) -> None:
    started = threading.Event()
    steps: list[int] = []
    cancelled: list[bool] = []

    def work(ctx: OpContext) -> None:
        started.set()
        for i in range(1_000):
            ctx.check_cancelled()
            steps.append(i)
            threading.Event().wait(0.005)

    handle = run_op(work, on_success=lambda _v: pytest.fail("was cancelled"),
                    on_failure=lambda exc: pytest.fail(f"not a failure: {exc!r}"),
                    on_cancelled=lambda: cancelled.append(True))
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: handle.done)
    assert cancelled == [True]
    assert len(steps) < 1_000


def test_no_callback_once_the_parent_is_gone(qtbot: QtBot) -> None:
    release = threading.Event()
    widget = QWidget()
    calls: list[object] = []

    def work(_ctx: OpContext) -> int:
        release.wait(5)
        return 1

    handle = run_op(work, on_success=calls.append, on_failure=calls.append, parent=widget)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not _is_valid(widget))
    release.set()
    qtbot.waitUntil(lambda: handle.done)
    assert calls == []


def test_a_job_ending_after_the_application_destroyed_its_relay_is_dropped_quietly(
        qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    """At exit PySide destroys every QObject Python owns while pool threads still run:
    the job's end is logged at debug, with no traceback and no callback."""
    import shiboken6

    from masiv_desktop.gui import ops

    release = threading.Event()
    calls: list[object] = []

    def work(_ctx: OpContext) -> int:
        release.wait(5)
        return 1

    handle = run_op(work, on_success=calls.append, on_failure=calls.append)
    op, = [op for op in ops._running if op.handle is handle]
    shiboken6.delete(op._relay)
    with caplog.at_level(logging.DEBUG, logger="masiv_desktop.gui.ops"):
        release.set()
        qtbot.waitUntil(lambda: handle.done)
    assert calls == []
    assert op not in ops._running
    assert "finished after the application closed" in caplog.text


def test_op_cancelled_raised_directly_counts_as_cancelled(qtbot: QtBot) -> None:
    outcome: list[str] = []

    def work(_ctx: OpContext) -> None:
        raise OpCancelled

    handle = run_op(work, on_success=lambda _v: outcome.append("success"),
                    on_failure=lambda _e: outcome.append("failure"),
                    on_cancelled=lambda: outcome.append("cancelled"))
    qtbot.waitUntil(lambda: handle.done)
    assert outcome == ["cancelled"]


def _is_valid(obj: QWidget) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(obj))


def test_run_store_op_opens_the_store_on_the_worker_and_closes_it(
        qtbot: QtBot, tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work(store: Store, _ctx: OpContext) -> int:
        seen["thread"], seen["store"] = threading.get_ident(), store
        return len(store.campaigns())

    handle = run_store_op(work, database=database, on_success=lambda n: seen.update(n=n))
    qtbot.waitUntil(lambda: handle.done)
    assert seen["n"] == 0 and seen["thread"] != gui_thread
    store = seen["store"]
    assert isinstance(store, Store)
    with pytest.raises((sqlite3.ProgrammingError, db.DatabaseError)):  # closed
        store.conn.execute("SELECT 1")


def test_run_store_op_closes_the_store_and_hands_over_the_exception(
        qtbot: QtBot, tmp_path: Path) -> None:
    stores: list[Store] = []
    failures: list[BaseException] = []

    def work(store: Store, _ctx: OpContext) -> int:
        stores.append(store)
        raise LookupError("campaign 9")

    handle = run_store_op(work, database=tmp_path / "masiv.sqlite3",
                          on_success=lambda _v: pytest.fail("no success expected"),
                          on_failure=failures.append, expected=(LookupError,))
    qtbot.waitUntil(lambda: handle.done)
    assert [str(e) for e in failures] == ["campaign 9"]
    with pytest.raises((sqlite3.ProgrammingError, db.DatabaseError)):  # closed
        stores[0].conn.execute("SELECT 1")


def test_run_store_op_snapshot_is_read_only(qtbot: QtBot, tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    make_campaign(database, numbers(2))
    failures: list[BaseException] = []

    def work(store: Store, _ctx: OpContext) -> None:
        assert len(store.campaigns()) == 1
        store.conn.execute("DELETE FROM campaign")

    handle = run_store_op(work, database=database, snapshot=True,
                          on_success=lambda _v: pytest.fail("a snapshot must not write"),
                          on_failure=failures.append,
                          expected=(sqlite3.OperationalError, db.DatabaseError))
    qtbot.waitUntil(lambda: handle.done)
    assert isinstance(failures[0], sqlite3.OperationalError | db.DatabaseError)
    store = Store.open(database)
    assert len(store.campaigns()) == 1
    store.close()
