"""`masiv store init` and `masiv store copy`: a team's PostgreSQL store made ready, and a
desktop's history copied into it (core/store/copy.py, docs/team-store.md).

`password [--url URL]` keeps the server's password in the system keyring, after checking it
against the server. `init [--url URL]` creates or upgrades the store's tables (default: the
store in effect, MASIV_STORE_URL); running it again changes nothing. `copy --to URL`
copies this desktop's SQLite file (or `--from-file`) into the store: campaigns, replies,
the suppression list. It asks first: `--yes` skips the question, and without a terminal it
refuses. Passwords come from the keyring (as the program keeps it for the address),
PGPASSWORD or .pgpass, and are never printed.

Exit 0 done, 1 the store cannot be reached or refused the login (the message names its
address) or the user said no, 2 no address given, no such file, or no terminal to confirm.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

import keyring.errors

from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import own_settings
from masiv_desktop.core.settings.team_store import load_store_password, save_store_password
from masiv_desktop.core.store import db
from masiv_desktop.core.store.problems import DatabaseError, StoreProblem, display_url
from masiv_desktop.core.store.team import desktop_name

if TYPE_CHECKING:
    from masiv_desktop.core.store.copy import CopyPlan, CopyResult

# psycopg is imported by the handlers that use it: every `masiv` command builds this parser.

_YES = ("y", "yes", "s", "si", "sí")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "store", help="prepare a team's PostgreSQL store, copy this desktop's history into it",
        description="A team's store on a PostgreSQL server (docs/team-store.md). The password "
        "comes from PGPASSWORD or ~/.pgpass, never from the address.")
    parser.set_defaults(opens_store=False)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    init = actions.add_parser(
        "init", help="create or upgrade the team store's tables (running it again is harmless)")
    init.add_argument("--url", metavar="URL",
                      help="postgresql://user@host:port/database (default: MASIV_STORE_URL)")
    init.add_argument("--json", action="store_true")
    init.set_defaults(func=_init)

    copy = actions.add_parser(
        "copy", help="copy this desktop's campaigns, replies and suppression list into the "
        "team store (a campaign already there is skipped)")
    copy.add_argument("--to", required=True, metavar="URL",
                      help="the team store: postgresql://user@host:port/database")
    copy.add_argument("--from-file", type=Path, metavar="PATH",
                      help="the Masiv Desktop database to copy (default: this desktop's)")
    copy.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    copy.add_argument("--json", action="store_true")
    copy.set_defaults(func=_copy)

    password = actions.add_parser(
        "password", help="keep the team store's password in the system keyring (asked at the "
        "prompt, never on the command line)")
    password.add_argument("--url", metavar="URL",
                          help="the team store (default: the one in effect, MASIV_STORE_URL "
                          "or the store_url setting)")
    password.set_defaults(func=_save_password)


def _password(url: str) -> str | None:
    """The server's password from the keyring, unless PGPASSWORD gives one (libpq reads it,
    and .pgpass, by itself)."""
    return None if os.environ.get("PGPASSWORD") else load_store_password(url)


def _failed(action: str, error: DatabaseError) -> int:
    """The store or the file could not be used: its message names it (never a password)."""
    hint = {
        StoreProblem.TEAM_LOGIN: " Check the user name in the address and the password "
        "(masiv store password, PGPASSWORD or ~/.pgpass).",
        StoreProblem.TEAM_UNREACHABLE: " Check the address, the network and that the server "
        "is running.",
    }.get(error.problem, "")
    print(f"masiv store {action}: {error}{hint}", file=sys.stderr)
    return 1


def _save_password(args: argparse.Namespace) -> int:
    url = args.url or db.team_store() or own_settings(app_paths(args.data_dir)).store_url
    if not url:
        print("masiv store password: no team store address; give one with --url, or set "
              "store_url first.", file=sys.stderr)
        return 2
    if not sys.stdin.isatty():
        print("masiv store password: the password is typed at a terminal only; a script can "
              "give it in PGPASSWORD or ~/.pgpass instead.", file=sys.stderr)
        return 2
    typed = getpass.getpass(f"Password for {display_url(url)}: ")
    if not typed:
        print("masiv store password: nothing typed; nothing saved.", file=sys.stderr)
        return 1
    from masiv_desktop.core.store import postgres

    try:
        postgres.connect(url, migrate=False, password=typed).close()
    except DatabaseError as exc:
        return _failed("password", exc)
    try:
        save_store_password(url, typed)
    except keyring.errors.KeyringError as exc:
        print(f"masiv store password: the system keyring refused it ({exc}); use PGPASSWORD "
              "or ~/.pgpass instead.", file=sys.stderr)
        return 1
    print(f"The password for {display_url(url)} is in the system keyring.")
    return 0


def _init(args: argparse.Namespace) -> int:
    url = args.url or db.team_store()
    if not url:
        print("masiv store init: no team store address; give one with --url "
              "postgresql://user@host:port/database, or set MASIV_STORE_URL.", file=sys.stderr)
        return 2
    from masiv_desktop.core.store.copy import init_store

    try:
        change = init_store(url, password=_password(url))
    except DatabaseError as exc:
        return _failed("init", exc)
    if args.json:
        json.dump({"address": change.address, "before": change.before, "after": change.after},
                  sys.stdout)
        sys.stdout.write("\n")
    elif change.before == change.after:
        print(f"The team store {change.address} is ready: schema version {change.after} "
              "(nothing to change).")
    else:
        print(f"The team store {change.address} is ready: schema version {change.before} → "
              f"{change.after}.")
    return 0


def _copy(args: argparse.Namespace) -> int:
    from masiv_desktop.core.store import postgres
    from masiv_desktop.core.store.copy import CopyRefused, copy_store, open_source, plan_copy

    path = args.from_file or app_paths(args.data_dir).database
    desktop = desktop_name()
    try:
        with closing(open_source(path)) as source, \
                closing(postgres.connect(args.to, password=_password(args.to))) as target:
            if not args.yes:
                answer = _confirm(plan_copy(source, target, desktop=desktop))
                if answer:
                    return answer
            result = copy_store(source, target, desktop=desktop)
    except CopyRefused as exc:
        print(f"masiv store copy: {exc}", file=sys.stderr)
        return 2
    except DatabaseError as exc:
        return _failed("copy", exc)
    if args.json:
        json.dump(result.as_json(), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _summary(path, result)
    for sending in result.still_sending:
        print(f"masiv store copy: campaign {sending.id} \"{sending.name}\" is "
              f"{sending.state} on this desktop: it was copied as it is, and it continues from "
              "the team store once this desktop uses it ('masiv settings set store_url "
              "URL'). Pause it here first so it is not sent from both.", file=sys.stderr)
    return 0


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def _confirm(plan: CopyPlan) -> int:
    """0 when the user agrees to the copy, else the exit code."""
    if plan.already_there:
        print(f"{_count(plan.already_there, 'campaign')} of this desktop "
              f"{'is' if plan.already_there == 1 else 'are'} in the team store already and "
              "will be skipped.", file=sys.stderr)
    if not sys.stdin.isatty():
        print("masiv store copy: nothing was copied; add --yes to copy without a terminal to "
              "confirm.", file=sys.stderr)
        return 2
    print(f"Copy {_count(plan.campaigns, 'campaign')}, {_count(plan.recipients, 'recipient')} "
          f"and {_count(plan.suppressed, 'suppressed number')} to {plan.address}? [y/N] ",
          end="", file=sys.stderr, flush=True)
    if sys.stdin.readline().strip().lower() in _YES:
        return 0
    print("Nothing was copied.", file=sys.stderr)
    return 1


def _summary(path: Path, result: CopyResult) -> None:
    print(f"Copied {path} into the team store {result.address}:")
    print(f"  campaigns        {result.campaigns:>9,} added, "
          f"{result.campaigns_already_there:,} already there")
    print(f"  recipients       {result.recipients:>9,}")
    print(f"  replies          {result.replies:>9,} added, "
          f"{result.replies_already_there:,} already there")
    print(f"  suppression list {result.suppression_added:>9,} numbers added, "
          f"{result.suppression_already_there:,} already there")
