"""Setting up the QApplication and opening the main window: what `masiv-desktop`, its
self-test and the screenshot tool share."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from masiv_desktop import __version__
from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.settings.settings import Settings, read_settings
from masiv_desktop.gui.i18n.translators import choose_language, install_translators
from masiv_desktop.gui.main_window import MainWindow
from masiv_desktop.gui.resources import app_icon
from masiv_desktop.gui.workspace import Workspace

log = logging.getLogger(__name__)

ORGANIZATION = "Masiv"
APPLICATION = "Masiv Desktop"


def create_application(qt_argv: list[str]) -> QApplication:
    """The QApplication with our names, icon and style; reuses one that already exists."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(["masiv-desktop", *qt_argv])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName(APPLICATION)
    QGuiApplication.setDesktopFileName("masiv-desktop")
    app.setWindowIcon(app_icon())
    if sys.platform.startswith("linux") and "-style" not in qt_argv:
        app.setStyle("Fusion")
    return app


def start(paths: AppPaths, language: str | None = None) -> MainWindow:
    """Translations, settings, the main window (shown) and its `Workspace` (started: the
    first run's sample, campaigns that continue); the application must exist."""
    loaded = read_settings(paths)
    settings: Settings = loaded.settings
    app = QCoreApplication.instance()
    assert app is not None
    chosen = choose_language(language or settings.language)
    install_translators(app, chosen)
    log.info("masiv-desktop %s starting, language %s, data in %s", __version__, chosen,
             paths.data)
    window = MainWindow(paths, settings)
    window.show()
    if loaded.problems:
        window.statusBar().showMessage(loaded.problems[0], 15_000)
    Workspace(window).start()
    return window
