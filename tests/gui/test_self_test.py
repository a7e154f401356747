"""gui/self_test.py: `masiv-desktop --self-test` passes on a complete program and names what
is missing otherwise."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from masiv_desktop.gui import resources
from masiv_desktop.gui.self_test import CHECKS, run_self_test


def test_every_check_passes_in_process(qapp: QApplication) -> None:
    out = io.StringIO()
    assert run_self_test([], out) == 0
    lines = out.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == [f"ok   {name}" for name, _ in CHECKS]
    assert "47 recipients" in out.getvalue()
    assert "getMessage answered" in out.getvalue()
    assert lines[-1].startswith("self-test passed")


def test_missing_icons_fail_and_the_other_checks_still_run(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "icons_dir", lambda: tmp_path)
    out = io.StringIO()
    assert run_self_test([], out) == 1
    text = out.getvalue()
    assert f"FAIL resources: icons missing in {tmp_path}: masiv-desktop-16.png" in text
    assert "ok   sandbox:" in text and "ok   main window:" in text
    assert text.splitlines()[-1].startswith("self-test FAILED: resources")


def test_the_command_line_option_runs_it_and_exits(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MASIV_DESKTOP_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "masiv_desktop.gui.app", "--self-test"],
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok   main window: opened" in done.stdout
    assert "self-test passed" in done.stdout
    assert list(tmp_path.iterdir()) == []
