"""Setting up the QApplication and opening the main window: what `masiv-desktop`, its
self-test and the screenshot tool share."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from masiv_desktop import __version__
from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.settings.settings import Settings, read_settings
from masiv_desktop.core.settings.team_store import use_store_of
from masiv_desktop.core.store import db
from masiv_desktop.core.store.db import DatabaseError, StoreProblem
from masiv_desktop.core.store.problems import display_url
from masiv_desktop.core.store.recovery import SetAside, set_aside_if_damaged
from masiv_desktop.gui import focus_ring
from masiv_desktop.gui.i18n.translators import choose_language, install_translators, tr_fmt
from masiv_desktop.gui.main_window import MainWindow
from masiv_desktop.gui.resources import app_icon
from masiv_desktop.gui.ui_state import ScreenFit
from masiv_desktop.gui.workspace import Workspace

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

ORGANIZATION = "Masiv"
APPLICATION = "Masiv Desktop"


def create_application(qt_argv: list[str]) -> QApplication:
    """The QApplication with our names, icon, style and focus ring; reuses one that already
    exists."""
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
    focus_ring.install(app)
    if app.findChild(ScreenFit) is None:
        app.installEventFilter(ScreenFit(app))
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
    try:
        use_store_of(settings)
        recovered = set_aside_if_damaged(paths.database)
    except DatabaseError as exc:
        log.warning("the store cannot be used: %s", exc)
        QMessageBox.critical(None, translate("Store", "Masiv Desktop cannot start"),
                             store_problem_text(exc))
        raise StartAborted(str(exc)) from exc
    if db.team_store():  # the team's rules are in the store just opened
        settings = read_settings(paths).settings
    window = MainWindow(paths, settings)
    window.show()
    if recovered is not None:
        _tell_set_aside(window, recovered)
    if loaded.problems:
        window.statusBar().showMessage(loaded.problems[0], 15_000)
    Workspace(window).start()
    return window


class StartAborted(Exception):
    """The store cannot be used; the user was told why. The program exits."""


def store_problem_text(error: DatabaseError) -> str:
    """Why the program's database cannot be used, naming the file (or the team store's
    address, never its password), and what to do."""
    team = db.team_store()
    if team:
        team_sentence = _team_store_sentences().get(error.problem)
        if team_sentence is not None:
            return tr_fmt(team_sentence, display_url(team))
    where = str(error.path or "")
    sentences = {
        StoreProblem.DISK_FULL: translate(
            "Store", "The disk holding %1 is full. Free some space and open the program again; "
            "nothing was lost."),
        StoreProblem.READ_ONLY: translate(
            "Store", "The program's database %1 cannot be written (the file or its folder is "
            "read-only). Ask for permission to write it, then open the program again."),
        StoreProblem.CANNOT_OPEN: translate(
            "Store", "The program's database %1 cannot be opened. Check that its folder exists "
            "and that you may write in it."),
        StoreProblem.NEWER: translate(
            "Store", "The program's database %1 was written by a newer version of Masiv "
            "Desktop. Install that version to open it."),
        StoreProblem.DAMAGED: translate(
            "Store", "The program's database %1 is damaged. Close every Masiv Desktop window "
            "and open the program again: it will be set aside and a new one started."),
    }
    sentence = sentences.get(error.problem, translate(
        "Store", "The program's database %1 cannot be used. The log file has the details."))
    return tr_fmt(sentence, where)


def _team_store_sentences() -> dict[StoreProblem, str]:
    """What to do when the team store (PostgreSQL, shared by the team) cannot be used; %1 is
    its address."""
    return {
        StoreProblem.TEAM_UNREACHABLE: translate(
            "Store", "Cannot connect to the team store %1: check the network and that its "
            "server is running, or the address in Settings › Program › Team store. Then open "
            "the program again."),
        StoreProblem.TEAM_LOGIN: translate(
            "Store", "The team store %1 refused the user name or the password. Correct them in "
            "Settings › Program › Team store (the user name is in the address), or ask the "
            "person who runs the server, then open the program again."),
        StoreProblem.NEWER: translate(
            "Store", "The team store %1 was set up by a newer version of Masiv Desktop. "
            "Install that version on this computer to use it."),
    }


def _tell_set_aside(window: MainWindow, event: SetAside) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Store", "A new database was started"),
                      tr_fmt(translate(
                          "Store", "The program's database was damaged, so it was set aside as "
                          "%1 and a new, empty one was started. Your settings and your password "
                          "are kept. If you need the campaigns it held, send that file to "
                          "support."), str(event.aside)),
                      QMessageBox.StandardButton.Ok, window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("setAsideBox")
    box.open()
