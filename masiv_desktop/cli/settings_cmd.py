"""`masiv settings show|set|reset`: read and change the settings file from the command line.

Never shows a password: the password is not a setting (see `masiv login`).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from masiv_desktop.cli.problems import credentials_text, settings_text
from masiv_desktop.core.settings import credentials
from masiv_desktop.core.settings.paths import AppPaths, app_paths
from masiv_desktop.core.settings.settings import (
    DESCRIPTIONS,
    SETTING_NAMES,
    Settings,
    SettingsError,
    read_settings,
    save_settings,
)

EXIT_BAD_VALUE = 2


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "settings", help="show or change the settings",
        description="Show or change the settings (gateway, account user name, sender, rate…). "
        "Known settings: " + ", ".join(SETTING_NAMES) + ".")
    actions = parser.add_subparsers(dest="settings_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="print every setting")
    show.add_argument("--json", action="store_true", help="print the settings as JSON")
    show.set_defaults(func=show_command)
    change = actions.add_parser("set", help="change one setting")
    change.add_argument("key", metavar="KEY", help="the setting's name")
    change.add_argument("value", metavar="VALUE", help="its new value")
    change.set_defaults(func=set_command)
    reset = actions.add_parser("reset", help="put one setting back to its default")
    reset.add_argument("key", metavar="KEY", help="the setting's name")
    reset.set_defaults(func=reset_command)


def _shown(value: Any) -> str:
    if value is None:
        return "unlimited"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value == "":
        return "(empty)"
    return str(value)


def _password_state(username: str) -> str:
    if not username:
        return "no account"
    try:
        saved = credentials.load_password(username)
    except credentials.KeyringUnavailable:
        return "no system keyring on this computer (give it per run: MASIV_PASSWORD)"
    except credentials.CredentialsError as exc:
        return credentials_text(exc)
    return "saved in the system keyring" if saved else "not saved (run 'masiv login')"


def _load(paths: AppPaths) -> Settings:
    loaded = read_settings(paths)
    for problem in loaded.problems:
        print(f"masiv: {problem}", file=sys.stderr)
    return loaded.settings


def show_command(args: argparse.Namespace) -> int:
    paths = app_paths(args.data_dir)
    settings = _load(paths)
    if args.json:
        print(json.dumps(settings.to_json(), indent=2, ensure_ascii=False))
        return 0
    values = settings.to_json()
    width = max(map(len, values))
    print(f"Settings file: {paths.settings_file}")
    for key, value in values.items():
        print(f"  {key:<{width}}  {_shown(value):<22}  {DESCRIPTIONS[key]}")
    print(f"  {'password':<{width}}  {_password_state(settings.username)}")
    return 0


def _change(args: argparse.Namespace, how: str) -> int:
    paths = app_paths(args.data_dir)
    settings = _load(paths)
    try:
        if how == "set":
            updated = settings.set_from_text(args.key, args.value)
        else:
            updated = settings.reset(args.key)
    except SettingsError as exc:
        print(f"masiv: {settings_text(exc)}", file=sys.stderr)
        return EXIT_BAD_VALUE
    try:
        save_settings(paths, updated, before=settings)
    except OSError as exc:
        print(f"masiv: cannot save the settings in {paths.settings_file}: "
              f"{exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"{args.key} = {_shown(updated.to_json()[args.key])}")
    return 0


def set_command(args: argparse.Namespace) -> int:
    return _change(args, "set")


def reset_command(args: argparse.Namespace) -> int:
    return _change(args, "reset")
