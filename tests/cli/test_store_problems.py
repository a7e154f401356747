"""A store the CLI cannot use is explained, never an "internal error"."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from masiv_desktop.cli import main
from masiv_desktop.core.store import db


@pytest.mark.sqlite_only
def test_a_database_of_random_bytes_is_set_aside_and_the_command_works(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (data_dir / "masiv.sqlite3").write_bytes(os.urandom(100_000))
    assert main(["--data-dir", str(data_dir), "suppress", "add", "3001234567"]) == 0
    err = capsys.readouterr().err
    assert "masiv.sqlite3 was damaged, so it was set aside as" in err
    assert [p.name.split("-")[0] for p in data_dir.glob("masiv.sqlite3.damaged-*")] == [
        "masiv.sqlite3.damaged"]
    assert main(["--data-dir", str(data_dir), "suppress", "list"]) == 0
    captured = capsys.readouterr()
    assert "573001234567" in captured.out and captured.err == ""


@pytest.mark.sqlite_only
def test_a_store_error_met_mid_command_is_named(data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    def full(*args: object, **kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(db.sqlite3, "connect", full)
    assert main(["--data-dir", str(data_dir), "campaigns"]) == 1
    err = capsys.readouterr().err
    assert "is full: free some space" in err and str(data_dir / "masiv.sqlite3") in err
