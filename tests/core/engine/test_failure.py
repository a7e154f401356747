"""A run that cannot write its store (a full disk, a read-only file) leaves the campaign
paused with a reason the user can act on, never "running" (issue 15, item 6). The failures
are real SQLite ones: a page limit plays the full disk, a read-only connection the rest."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from masiv_desktop.core.engine import run as run_module
from masiv_desktop.core.engine.events import EngineNotice, EventQueue
from masiv_desktop.core.engine.run import failure_reason
from masiv_desktop.core.reasons import Reason, ReasonKind, describe
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import CampaignState
from masiv_desktop.core.words import Words
from masiv_desktop.gateway.sandbox.server import SandboxGateway
from tests.helpers.campaigns import client, make_campaign, numbers, run


def _full_error(tmp_path: Path) -> sqlite3.Error:
    conn = sqlite3.connect(tmp_path / "full.sqlite3")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute("PRAGMA max_page_count = 2")
    try:
        with pytest.raises(sqlite3.Error) as caught:
            for _ in range(100):
                conn.execute("INSERT INTO t VALUES (?)", ("x" * 1000,))
        return caught.value
    finally:
        conn.close()


def _read_only_error(tmp_path: Path) -> sqlite3.Error:
    path = tmp_path / "ro.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x TEXT)").connection.close()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.Error) as caught:
            conn.execute("INSERT INTO t VALUES ('x')")
        return caught.value
    finally:
        conn.close()


@pytest.mark.sqlite_only
def test_what_the_user_can_fix_is_told_apart_from_a_defect(tmp_path: Path) -> None:
    assert failure_reason(_full_error(tmp_path)) == Reason(ReasonKind.DISK_FULL)
    assert failure_reason(_read_only_error(tmp_path)) == Reason(ReasonKind.STORE_READ_ONLY)
    assert failure_reason(OSError(28, "No space left on device")) == Reason(ReasonKind.DISK_FULL)
    assert failure_reason(ValueError("a defect")) is None
    assert describe(Reason(ReasonKind.DISK_FULL)) == (
        "The disk is full: free some space and press Resume.")
    assert describe(Reason(ReasonKind.DISK_FULL), Words("es")) == (
        "El disco está lleno: libere espacio y pulse Reanudar.")


class FillingStore(Store):
    """The engine's store on a disk that fills up: a few pages more than at the start."""

    @classmethod
    def open(cls, path: Path) -> Store:
        store = super().open(path)
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 3}")
        return store


@pytest.mark.error_logs_expected
@pytest.mark.sqlite_only
def test_a_full_disk_pauses_the_campaign_with_the_reason(
        tmp_path: Path, sandbox: SandboxGateway, monkeypatch: pytest.MonkeyPatch) -> None:
    database = tmp_path / "store.sqlite3"
    cid = make_campaign(database, numbers(3000), text="Hola " + "x" * 100)
    monkeypatch.setattr(run_module, "Store", FillingStore)
    events = EventQueue()
    assert run(database, cid, client(sandbox.base_url), events=events) is CampaignState.PAUSED
    store = Store.open(database)
    try:
        campaign = store.campaign(cid)
        assert campaign.state is CampaignState.PAUSED
        assert campaign.reason == Reason(ReasonKind.DISK_FULL)
    finally:
        store.close()
    notices = [e.reason for e in events.drain(100_000) if isinstance(e, EngineNotice)]
    assert Reason(ReasonKind.DISK_FULL) in notices


class FullForAMoment(Store):
    """A store whose first state write after a failure finds the disk still full."""

    failures = 1

    def set_state(self, *args: object, **kwargs: object) -> None:
        if self.failures:
            self.failures -= 1
            raise sqlite3.OperationalError("database or disk is full")
        super().set_state(*args, **kwargs)  # type: ignore[arg-type]


@pytest.mark.error_logs_expected
@pytest.mark.sqlite_only
def test_paused_is_written_as_soon_as_it_can_be(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    database = tmp_path / "store.sqlite3"
    cid = make_campaign(database, numbers(2))
    store = FullForAMoment.open(database)
    try:
        store.conn.execute("UPDATE campaign SET state = 'running' WHERE id = ?", (cid,))
        store.conn.commit()
        monkeypatch.setattr(run_module, "_WRITE_RETRIES", (0.01, 0.01))
        state = run_module._state_after_failure(store, cid, lambda: 1e9,
                                                Reason(ReasonKind.DISK_FULL))
        assert state is CampaignState.PAUSED
        assert store.campaign(cid).reason == Reason(ReasonKind.DISK_FULL)
    finally:
        store.close()
