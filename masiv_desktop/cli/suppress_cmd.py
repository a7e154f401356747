"""`masiv suppress`: the numbers never to message (opt-outs, RNE, complaints).

`add NUMBER...`, `import FILE` (`--source reply`: a replies file, only the stop replies are
added), `list`, `export FILE` (CSV), `remove NUMBER`. Exit code 0 on
success, 1 when something asked for did not happen (a number refused or not on the list),
2 for a file that cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from masiv_desktop.cli.check_cmd import add_list_arguments
from masiv_desktop.core import replies
from masiv_desktop.core.law import suppression
from masiv_desktop.core.lists import phones
from masiv_desktop.core.lists.types import ListFileError
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import load_settings
from masiv_desktop.core.store import db
from masiv_desktop.core.store.db import Connection
from masiv_desktop.core.usertypes import SuppressionSource

_SOURCES = [source.value for source in SuppressionSource]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "suppress", help="manage the suppression list (opt-outs, RNE, complaints)",
        description="Numbers on the suppression list are refused in every list and campaign.")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add numbers typed on the command line")
    add.add_argument("numbers", nargs="+", metavar="NUMBER")
    add.add_argument("--source", choices=_SOURCES, default=SuppressionSource.MANUAL.value)
    add.add_argument("--note", default="", help="why (kept with each number)")
    add.add_argument("--region", default=phones.DEFAULT_REGION)
    add.set_defaults(func=_add)

    imp = actions.add_parser("import", help="add every number of a list file")
    add_list_arguments(imp)
    imp.add_argument("--source", choices=_SOURCES, default=SuppressionSource.OPT_OUT.value,
                     help="reply: a replies file exported from the Masiv platform; every row "
                     "is kept as a reply and only those saying stop (setting opt_out_words) "
                     "add their number")
    imp.add_argument("--text-column", metavar="COLUMN",
                     help="with --source reply: the replies' text column (default: guessed)")
    imp.add_argument("--note", default="")
    imp.add_argument("--region", default=phones.DEFAULT_REGION)
    imp.set_defaults(func=_import)

    show = actions.add_parser("list", help="print the list")
    show.add_argument("--json", action="store_true")
    show.add_argument("--search", default="", metavar="DIGITS",
                      help="only the numbers holding these digits")
    show.set_defaults(func=_list)

    export = actions.add_parser("export", help="write the list to a CSV file")
    export.add_argument("file", metavar="FILE", type=Path)
    export.set_defaults(func=_export)

    remove = actions.add_parser("remove", help="take a number off the list")
    remove.add_argument("number", metavar="NUMBER")
    remove.add_argument("--region", default=phones.DEFAULT_REGION)
    remove.set_defaults(func=_remove)


def _add(args: argparse.Namespace) -> int:
    with _connection(args) as conn:
        result = suppression.add_numbers(conn, args.numbers, SuppressionSource(args.source),
                                         note=args.note, region=args.region.upper())
    print(f"Added {result.added}; already on the list {result.skipped}.")
    for refused in result.refused:
        print(f"Not added: {refused.input!r}: {refused.reason}", file=sys.stderr)
    return 1 if result.refused else 0


def _import(args: argparse.Namespace) -> int:
    if args.source == SuppressionSource.REPLY:
        return _import_replies(args)
    try:
        with _connection(args) as conn:
            result = suppression.import_file(
                conn, args.file, SuppressionSource(args.source), sheet=args.sheet,
                column=args.column, region=args.region.upper(), note=args.note)
    except ListFileError as exc:
        print(f"masiv suppress import: {exc}", file=sys.stderr)
        return 2
    print(f"{args.file}: added {result.added}; already on the list {result.skipped}; "
          f"not numbers {len(result.refused)}.")
    for refused in result.refused[:20]:
        print(f"  row {refused.row}: {refused.input!r}: {refused.reason}", file=sys.stderr)
    return 0


def _import_replies(args: argparse.Namespace) -> int:
    stop_words = load_settings(app_paths(args.data_dir)).stop_words
    try:
        with _connection(args) as conn:
            result = replies.import_replies(
                conn, args.file, stop_words, now=time.time(), sheet=args.sheet,
                column=args.column, text_column=args.text_column, region=args.region.upper())
    except ListFileError as exc:
        print(f"masiv suppress import: {exc}", file=sys.stderr)
        return 2
    where = f'sheet "{result.sheet}", ' if result.sheet else ""
    print(f"{args.file}: {where}numbers in \"{result.phone_column}\", replies in "
          f"\"{result.text_column}\".")
    print(f"Replies kept {result.kept} (already imported {result.already}); asking to stop "
          f"{result.opt_outs}; added to the suppression list {result.suppressed}; not numbers "
          f"{len(result.refused)}.")
    for refused in result.refused[:20]:
        print(f"  row {refused.row}: {refused.input!r}: {refused.reason}", file=sys.stderr)
    return 0


def _list(args: argparse.Namespace) -> int:
    with _connection(args) as conn:
        entries = list(suppression.entries(conn, search=args.search))
    if args.json:
        print(json.dumps([{"number": e.digits, "source": e.source.value,
                           "added_at": e.added_at.isoformat(timespec="seconds"),
                           "note": e.note} for e in entries], ensure_ascii=False, indent=1))
        return 0
    for e in entries:
        print(f"{e.digits:<16} {e.source.value:<10} {e.added_at:%Y-%m-%d %H:%M} UTC  {e.note}")
    print(f"{len(entries)} numbers.")
    return 0


def _export(args: argparse.Namespace) -> int:
    with _connection(args) as conn:
        written = suppression.export_csv(conn, args.file)
    print(f"Wrote {written} numbers to {args.file}.")
    return 0


def _remove(args: argparse.Namespace) -> int:
    with _connection(args) as conn:
        removed = suppression.remove_number(conn, args.number, args.region.upper())
    print("Removed." if removed else f"{args.number} is not on the suppression list.")
    return 0 if removed else 1


def _connection(args: argparse.Namespace) -> closing[Connection]:
    return closing(db.connect(app_paths(args.data_dir).database))
