"""Fixtures shared by the whole suite: a temp data dir, Qt offscreen, the sandbox gateway."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh program home (store, settings, logs) that nothing else shares."""
    home = tmp_path / "masiv-home"
    home.mkdir()
    monkeypatch.setenv("MASIV_DESKTOP_HOME", str(home))
    yield home
