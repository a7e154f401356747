"""`masiv-desktop`: the desktop program's entry point (its options; the window itself is
opened by `launch.py`, the installation checked by `self_test.py`)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from masiv_desktop import __version__
from masiv_desktop.core.logs import setup_logging
from masiv_desktop.core.reports.export import clear_leftovers
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.privacy import keep_private
from masiv_desktop.core.words import LANGUAGES
from masiv_desktop.gui.errors import install_excepthook
from masiv_desktop.gui.launch import APPLICATION, StartAborted, create_application, start

log = logging.getLogger(__name__)


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


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `masiv-desktop` (declared in pyproject as a GUI script)."""
    args, qt_argv = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from masiv_desktop.gui.self_test import run_self_test
        return run_self_test(qt_argv)
    paths = app_paths(args.data_dir)
    keep_private(paths.folders)
    clear_leftovers(paths.database)
    try:
        setup_logging(paths.ensure().log_file)
    except OSError as exc:
        print(f"masiv-desktop: cannot write the log in {paths.logs}: {exc}", file=sys.stderr)
    app = create_application(qt_argv)
    install_excepthook(str(paths.log_file))
    try:
        window = start(paths, args.language)
    except StartAborted:
        return 1
    code = app.exec()
    log.info("masiv-desktop closed (%s)", "ok" if code == 0 else code)
    del window
    return code


if __name__ == "__main__":
    sys.exit(main())
