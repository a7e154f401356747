"""gui/app.py: options, language from the settings, the exception hook."""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import Settings, save_settings
from masiv_desktop.core.store import db
from masiv_desktop.gui import errors
from masiv_desktop.gui.app import parse_args
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.launch import StartAborted, create_application, start


def test_options_and_qt_arguments_are_separated() -> None:
    args, rest = parse_args(["--data-dir", "/tmp/x", "--language", "es", "-style", "fusion"])
    assert args.data_dir == "/tmp/x" and args.language == "es"
    assert rest == ["-style", "fusion"]


def test_language_setting_is_used_and_the_window_opens(qtbot: QtBot, data_dir: Path,
                                                       qapp: QApplication) -> None:
    paths = app_paths(data_dir).ensure()
    save_settings(paths, Settings(language="es"))
    try:
        assert create_application([]) is qapp
        assert qapp.applicationName() == "Masiv Desktop"
        assert not qapp.windowIcon().isNull()
        window = start(paths)
        qtbot.addWidget(window)
        assert window.isVisible()
        assert window.campaigns_title.text() == "Campañas"
        assert window.banner.button.text() == "Configurar mi cuenta…"
        window.close()
    finally:
        install_translators(qapp, "en")


@pytest.mark.error_logs_expected
def test_uncaught_errors_are_logged_and_shown(qtbot: QtBot, data_dir: Path,
                                              caplog: pytest.LogCaptureFixture) -> None:
    saved_hooks = sys.excepthook, threading.excepthook
    try:
        errors.install_excepthook(str(data_dir / "logs" / "masiv-desktop.log"))
        error = RuntimeError("boom in a slot")
        with caplog.at_level(logging.CRITICAL, logger="masiv_desktop.gui.errors"):
            sys.excepthook(RuntimeError, error, None)
        qtbot.waitUntil(lambda: bool(errors._open_boxes))
        box = errors._open_boxes[-1]
        assert box.windowTitle() == "Unexpected error"
        assert "boom in a slot" in box.detailedText()
        assert "masiv-desktop.log" in box.informativeText()
        record, = [r for r in caplog.records if r.name == "masiv_desktop.gui.errors"]
        assert record.exc_info is not None and record.exc_info[1] is error
        box.close()
        qtbot.waitUntil(lambda: not errors._open_boxes)
    finally:
        sys.excepthook, threading.excepthook = saved_hooks


@pytest.mark.error_logs_expected
def test_an_error_after_the_application_was_torn_down_is_only_logged(
        data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    """At exit PySide destroys the hook's poster: an error raised then (a pool thread still
    running) is logged, and the hook itself does not fail."""
    import shiboken6

    saved_hooks = sys.excepthook, threading.excepthook
    try:
        errors.install_excepthook(str(data_dir / "logs" / "masiv-desktop.log"))
        assert errors._poster is not None
        shiboken6.delete(errors._poster)
        error = RuntimeError("late")
        with caplog.at_level(logging.CRITICAL, logger="masiv_desktop.gui.errors"):
            sys.excepthook(RuntimeError, error, None)
        record, = [r for r in caplog.records if r.name == "masiv_desktop.gui.errors"]
        assert record.exc_info is not None and record.exc_info[1] is error
    finally:
        sys.excepthook, threading.excepthook = saved_hooks
        errors._poster = None


@pytest.mark.sqlite_only
def test_a_damaged_database_is_set_aside_and_the_user_told(qtbot: QtBot, data_dir: Path,
                                                           qapp: QApplication) -> None:
    paths = app_paths(data_dir).ensure()
    paths.database.write_bytes(os.urandom(50_000))
    save_settings(paths, Settings(language="es"))
    try:
        window = start(paths)
        qtbot.addWidget(window)
        box = window.findChild(QMessageBox, "setAsideBox")
        assert box is not None and box.isVisible()
        assert "se apartó como" in box.text() and ".damaged-" in box.text()
        assert list(data_dir.glob("masiv.sqlite3.damaged-*"))
        box.close()
        window.close()
    finally:
        install_translators(qapp, "en")


@pytest.mark.sqlite_only
def test_a_database_of_a_newer_version_stops_the_start_with_words(
        qtbot: QtBot, data_dir: Path, qapp: QApplication,
        monkeypatch: pytest.MonkeyPatch) -> None:
    paths = app_paths(data_dir).ensure()
    conn = db.connect(paths.database)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    save_settings(paths, Settings(language="es"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text: shown.append(text))
    install_translators(qapp, "es")
    try:
        with pytest.raises(StartAborted):
            start(paths)
    finally:
        install_translators(qapp, "en")
    assert shown and "versión más reciente" in shown[0] and str(paths.database) in shown[0]
