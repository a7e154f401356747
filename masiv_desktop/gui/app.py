"""`masiv-desktop`: the desktop program's entry point and its QApplication set-up."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from masiv_desktop import __version__
from masiv_desktop.core.logs import setup_logging
from masiv_desktop.core.paths import AppPaths, app_paths
from masiv_desktop.core.settings import Settings, read_settings
from masiv_desktop.gui.errors import install_excepthook
from masiv_desktop.gui.i18n import LANGUAGES, choose_language, install_translators
from masiv_desktop.gui.main_window import MainWindow
from masiv_desktop.gui.resources import app_icon
from masiv_desktop.gui.workspace import Workspace

log = logging.getLogger(__name__)

ORGANIZATION = "Masiv"
APPLICATION = "Masiv Desktop"


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options; whatever else is on the command line goes to Qt (-style, -platform…)."""
    parser = argparse.ArgumentParser(prog="masiv-desktop", description=APPLICATION)
    parser.add_argument("--version", action="version", version=f"masiv-desktop {__version__}")
    parser.add_argument("--data-dir", help="folder for the store, settings and logs "
                        "(default: $MASIV_DESKTOP_HOME or the user data folder)")
    parser.add_argument("--language", choices=LANGUAGES,
                        help="use this language for this run (default: the setting, "
                        "then the system's)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation (Qt, resources, store, sandbox, window), "
                        "print one line per check and exit")
    args, rest = parser.parse_known_args(list(argv))
    return args, rest


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


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `masiv-desktop` (declared in pyproject as a GUI script)."""
    args, qt_argv = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from masiv_desktop.gui.self_test import run_self_test
        return run_self_test(qt_argv)
    paths = app_paths(args.data_dir)
    try:
        setup_logging(paths.ensure().log_file)
    except OSError as exc:
        print(f"masiv-desktop: cannot write the log in {paths.logs}: {exc}", file=sys.stderr)
    app = create_application(qt_argv)
    install_excepthook(str(paths.log_file))
    window = start(paths, args.language)
    code = app.exec()
    log.info("masiv-desktop closed (%s)", "ok" if code == 0 else code)
    del window
    return code


if __name__ == "__main__":
    sys.exit(main())
