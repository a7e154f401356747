"""The `masiv` command: the same core as the desktop program, headless.

Each sub-command lives in its own module under `masiv_desktop.cli` and exposes
`register(subparsers)`, which adds its parser and sets `func` to a handler taking the parsed
arguments and returning the exit code. A command that opens no store of its own
(`masiv store`, which names the store it works on) sets `opens_store=False`: the program's
store is then neither checked nor opened at start.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sqlite3
import sys
import time
from collections.abc import Sequence
from contextlib import closing

from masiv_desktop import __version__
from masiv_desktop.cli.problems import set_aside_text, store_text
from masiv_desktop.core.logs import setup_logging
from masiv_desktop.core.reports.export import clear_leftovers
from masiv_desktop.core.settings.paths import AppPaths, app_paths
from masiv_desktop.core.settings.privacy import keep_private
from masiv_desktop.core.settings.settings import load_settings, own_settings
from masiv_desktop.core.settings.team_store import use_store_of
from masiv_desktop.core.startup import forget_old_personal_data
from masiv_desktop.core.store import db
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.store.recovery import mark_suspect, set_aside_if_damaged

log = logging.getLogger(__name__)

COMMAND_MODULES: tuple[str, ...] = (
    "demo_cmd",
    "sandbox_cmd",
    "segments_cmd",
    "login_cmd",
    "settings_cmd",
    "check_cmd",
    "suppress_cmd",
    "replies_cmd",
    "send_cmd",
    "campaign_cmds",
    "export_cmd",
    "draft_cmds",
    "test_message_cmd",
    "store_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="masiv", description="Bulk SMS campaigns through the Masiv gateway, headless.")
    parser.add_argument("--version", action="version", version=f"masiv {__version__}")
    parser.add_argument("--data-dir", help="folder for the store, settings and logs "
                        "(default: $MASIV_DESKTOP_HOME or the user data folder)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log to the console too")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(f"masiv_desktop.cli.{name}").register(subparsers)
    return parser


SIGNED_OPTIONS = ("--offset",)
"""Options whose value may start with a minus (`--offset -1d`), which argparse would take
for an option of its own."""


def signed_values(argv: Sequence[str]) -> list[str]:
    """`--offset -1d` as `--offset=-1d`, so the shift before a time reads as people write it."""
    out: list[str] = []
    items = iter(argv)
    for item in items:
        if item in SIGNED_OPTIONS:
            value = next(items, None)
            out.append(item if value is None else f"{item}={value}")
        else:
            out.append(item)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `masiv`: parse, set up logging, run the sub-command, return its code."""
    args = build_parser().parse_args(signed_values(sys.argv[1:] if argv is None else argv))
    paths = app_paths(args.data_dir)
    keep_private(paths.folders)
    clear_leftovers(paths.database)
    try:
        setup_logging(paths.ensure().log_file, console=args.verbose)
    except OSError as exc:
        print(f"masiv: cannot write the log in {paths.logs}: {exc}", file=sys.stderr)
    try:
        use_store_of(own_settings(paths))
        if getattr(args, "opens_store", True):
            recovered = set_aside_if_damaged(paths.database)
            if recovered is not None:
                print(f"masiv: {set_aside_text(recovered)}", file=sys.stderr)
            _apply_retention(paths)
        code: int = args.func(args)
    except (db.DatabaseError, sqlite3.Error) as exc:
        error = exc if isinstance(exc, db.DatabaseError) else db.store_error(exc, paths.database)
        log.warning("masiv %s: %s", args.command, error, exc_info=True)
        if error.problem is db.StoreProblem.DAMAGED:
            mark_suspect(paths.database)
        print(f"masiv: {store_text(error)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nInterrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`masiv campaigns --json | head`): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception:
        log.exception("masiv %s failed", args.command)
        print(f"masiv: an internal error stopped '{args.command}'; details are in "
              f"{paths.log_file}", file=sys.stderr)
        return 70
    return code


if __name__ == "__main__":
    sys.exit(main())


def _apply_retention(paths: AppPaths) -> None:
    """The personal-data retention setting, applied at every start like the window does."""
    settings = load_settings(paths)
    if settings.personal_data_days > 0 and (db.team_store() or paths.database.exists()):
        with closing(Store.open(paths.database)) as store:
            forget_old_personal_data(store, settings, now=time.time())
