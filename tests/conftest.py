"""Fixtures shared by the whole suite: a temp data dir, Qt offscreen, the sandbox gateway,
a PostgreSQL server."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from masiv_desktop.gateway.sandbox.server import SandboxConfig, SandboxGateway
from masiv_desktop.gateway.sandbox.state import FakeClock
from tests.helpers import postgres

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _forget_secrets_after_each_test() -> Iterator[None]:
    """Secrets registered for redaction are process-wide; a test's throw-away password
    (even "x") must not redact the next test's log records."""
    from masiv_desktop.core import logs

    with logs._secrets_lock:
        before = set(logs._secrets)
    yield
    with logs._secrets_lock:
        logs._secrets.intersection_update(before)


class _ErrorRecords(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _fail_on_unexpected_error_logs(request: pytest.FixtureRequest) -> Iterator[None]:
    """An ERROR record is a defect the log file would hide (qutebrowser's logfail): a test
    fails on one unless it is marked `error_logs_expected` (it provokes a defect on
    purpose and checks what is logged)."""
    handler = _ErrorRecords()
    root = logging.getLogger()
    root.addHandler(handler)
    yield
    root.removeHandler(handler)
    if handler.records and request.node.get_closest_marker("error_logs_expected") is None:
        pytest.fail("unexpected ERROR log records:\n" + "\n".join(
            f"{r.name}: {r.getMessage()}" for r in handler.records), pytrace=False)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh program home (store, settings, logs) that nothing else shares."""
    home = tmp_path / "masiv-home"
    home.mkdir()
    monkeypatch.setenv("MASIV_DESKTOP_HOME", str(home))
    yield home


# --- sandbox gateway (owner: the sandbox engineer) ---------------------------------------

SANDBOX_STATUS_STEP_S = 0.2
"""Status step of the `sandbox` fixture: a message is final 0.6 s after it was accepted."""


@pytest.fixture
def sandbox() -> Iterator[SandboxGateway]:
    """A running sandbox gateway on a free 127.0.0.1 port (account demo/demo, seed 1, no
    faults, real clock); `sandbox.base_url`, `sandbox.configure(...)`, `sandbox.sent()`."""
    with SandboxGateway(SandboxConfig(seed=1, status_step_s=SANDBOX_STATUS_STEP_S)) as gateway:
        yield gateway


@pytest.fixture
def fake_clock() -> FakeClock:
    """A clock moved by hand (`fake_clock.advance(seconds)`), for `sandbox_with_clock`."""
    return FakeClock()


@pytest.fixture
def sandbox_with_clock(fake_clock: FakeClock) -> Iterator[SandboxGateway]:
    """Like `sandbox`, but statuses, schedules and the rate limit follow `fake_clock`
    (status step 2 s): advance the clock instead of sleeping."""
    with SandboxGateway(SandboxConfig(seed=1, status_step_s=2.0), clock=fake_clock) as gateway:
        yield gateway


# --- PostgreSQL -------------------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[postgres.PostgresServer]:
    """One real PostgreSQL server for the whole run (started the first time a test asks for
    it; see tests/helpers/postgres.py). Skips when no server binaries are installed, but
    fails under CI, where `make test` installs them."""
    postgres.require()
    with postgres.PostgresServer() as server:
        yield server


@pytest.fixture
def postgres_url(postgres_server: postgres.PostgresServer,
                 monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh empty database for this test: its URL carries no password, PGPASSWORD does
    (as a user would set it). Dropped afterwards, even with connections still open."""
    url = postgres_server.create_database()
    monkeypatch.setenv("PGPASSWORD", postgres_server.password)
    yield url
    postgres_server.drop_database(url)


# --- the store's engine: SQLite (default) or a team's PostgreSQL ---------------------------

STORE_ENGINE = os.environ.get("MASIV_TEST_STORE", "sqlite")
"""`postgresql`: every test that is not `sqlite_only` runs on a fresh database of the
`postgres_server`, reached as a desktop would (MASIV_STORE_URL, PGPASSWORD)."""


@pytest.fixture(scope="session")
def _store_template(postgres_server: postgres.PostgresServer) -> str:
    """A database with the team store's schema, copied for each test (faster than
    migrating each one)."""
    from masiv_desktop.core.store import postgres as team_store

    url = postgres_server.create_database("masiv_template")
    team_store.connect(url, password=postgres_server.password).close()
    return "masiv_template"


@pytest.fixture(autouse=True)
def _store_engine(request: pytest.FixtureRequest,
                  monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from masiv_desktop.core.store import db

    # A front end started by a test chose its store for the process: the next test chooses
    # again (from MASIV_STORE_URL, as a new process would).
    monkeypatch.setattr(db, "_team_url", None)
    monkeypatch.setattr(db, "_team_password", None)
    if STORE_ENGINE != "postgresql" or request.node.get_closest_marker("sqlite_only"):
        yield
        return
    server: postgres.PostgresServer = request.getfixturevalue("postgres_server")
    url = server.create_database(template=request.getfixturevalue("_store_template"))
    monkeypatch.setenv("PGPASSWORD", server.password)
    monkeypatch.setenv("MASIV_STORE_URL", url)
    yield
    _let_workers_finish()
    server.drop_database(url)


def _let_workers_finish() -> None:
    """A window's store reads may still be on Qt's worker threads when its test ends: on a
    file they finish on their own; a database dropped under them would fail them."""
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is not None:
        qt_core.QThreadPool.globalInstance().waitForDone(10_000)
