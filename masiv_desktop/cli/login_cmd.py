"""`masiv login` and `masiv logout`: the account's password in the OS keyring.

The user name goes to the settings file, the password only to the keyring. Where there is no
keyring, `login` says so plainly, keeps nothing but the user name, and exits 2: the password
can then be given per run (`MASIV_PASSWORD` or the prompt of the command that needs it).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from typing import Any

from masiv_desktop.cli.problems import check_details, check_text
from masiv_desktop.core.logs import register_secret
from masiv_desktop.core.settings import credentials
from masiv_desktop.core.settings.check import CheckVerdict, test_connection
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import (
    Settings,
    SettingsError,
    load_settings,
    save_settings,
)

log = logging.getLogger(__name__)

EXIT_NO_KEYRING = 2
EXIT_USAGE = 2


def register(subparsers: Any) -> None:
    login = subparsers.add_parser(
        "login", help="save the account's password in the system keyring",
        description="Save the Masiv account's user name (in the settings) and password (in "
        "the system keyring only; never in a file).")
    login.add_argument("--username", help="the account's user name (default: the saved one)")
    login.add_argument("--password-stdin", action="store_true",
                       help="read the password from the first line of standard input")
    login.add_argument("--check", action="store_true",
                       help="check the user name and password against the gateway first "
                       "(sends nothing billable)")
    login.set_defaults(func=login_command)
    logout = subparsers.add_parser(
        "logout", help="remove the account's password from the system keyring")
    logout.add_argument("--username", help="the account (default: the saved one)")
    logout.set_defaults(func=logout_command)


def _error(message: str) -> None:
    print(f"masiv: {message}", file=sys.stderr)


def _read_password(from_stdin: bool, username: str) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(f"Password for {username}: ")


def _ask_username() -> str:
    if not sys.stdin.isatty():
        return ""
    return input("User name: ").strip()


def login_command(args: argparse.Namespace) -> int:
    paths = app_paths(args.data_dir)
    settings = load_settings(paths)
    username = (args.username or "").strip() or settings.username
    if not username and not args.password_stdin:
        username = _ask_username()
    try:
        updated = settings.with_changes(username=username)
    except SettingsError as exc:
        _error(str(exc))
        return EXIT_USAGE
    if not username:
        _error("no user name: use 'masiv login --username NAME'.")
        return EXIT_USAGE
    password = _read_password(args.password_stdin, username)
    if not password:
        _error("no password given; nothing was saved.")
        return EXIT_USAGE
    register_secret(password)
    if args.check and not _check(updated, password):
        return 1
    previous = settings.username
    save_settings(paths, updated, before=settings)
    try:
        credentials.store_password(username, password)
    except credentials.KeyringUnavailable as exc:
        print(str(exc), file=sys.stderr)
        print(f"The user name {username!r} was saved; the password was not.", file=sys.stderr)
        return EXIT_NO_KEYRING
    if previous and previous != username:
        _forget(previous)
    print(f"Password for {username!r} saved in the system keyring.")
    if updated.uses_sandbox:
        print("Note: the program still sends to the built-in sandbox. To use this account: "
              "masiv settings set gateway_preset production")
    return 0


def _check(settings: Settings, password: str) -> bool:
    if settings.uses_sandbox:
        print("The gateway is the built-in sandbox: there is nothing to check this account "
              "against (set gateway_preset first).", file=sys.stderr)
        return True
    check = test_connection(settings, password)
    if check.verdict is CheckVerdict.OK:
        print(check.message)
        return True
    _error(f"{check_text(check)} Nothing was saved.")
    if check_details(check):
        print(check_details(check), file=sys.stderr)
    return False


def _forget(username: str) -> None:
    try:
        credentials.delete_password(username)
    except credentials.CredentialsError:
        log.warning("could not remove the old password of %s from the keyring", username)


def logout_command(args: argparse.Namespace) -> int:
    settings = load_settings(app_paths(args.data_dir))
    username = (args.username or "").strip() or settings.username
    if not username:
        _error("no account is saved: nothing to log out from.")
        return 1
    try:
        removed = credentials.delete_password(username)
    except credentials.KeyringUnavailable as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_NO_KEYRING
    if removed:
        print(f"The password of {username!r} was removed from the system keyring.")
    else:
        print(f"No password of {username!r} was saved in the system keyring.")
    return 0
