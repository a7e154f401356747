"""`masiv send FILE --message TEXT`: import, check, confirm, send, print the campaign id.

The figures and the progress line go to stderr; stdout gets only the campaign id, so a
script can capture it. Exit 0 when every recipient ended accepted, rejected or uncertain;
1 when the campaign paused or stopped (the reason is printed); 2 for a problem with the
file, the message, the time or the settings; 130 after Ctrl-C (the campaign is paused).
"""

from __future__ import annotations

import argparse
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from masiv_desktop.cli.campaign_run import (
    add_gateway_arguments,
    open_connection,
    poll_delays,
    run_foreground,
    settings_for,
)
from masiv_desktop.core import db, suppression
from masiv_desktop.core.campaigns import (
    CampaignError,
    CampaignPlan,
    create_campaign,
    engine_options,
    plan_from_file,
)
from masiv_desktop.core.engine import PollMode
from masiv_desktop.core.listtypes import ListFileError
from masiv_desktop.core.merge import TemplateError
from masiv_desktop.core.paths import app_paths
from masiv_desktop.core.scheduling import CANNOT_CANCEL, ScheduleError, describe, parse_local_time
from masiv_desktop.core.settings import Settings, SettingsError
from masiv_desktop.core.store import Store


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "send", help="send a campaign from a spreadsheet or CSV file",
        description="Read FILE, check every number, show the figures, ask to confirm, send "
        "with a progress line, and print the campaign id. Ctrl-C pauses the campaign.")
    parser.add_argument("file", type=Path, help="xlsx, xls, ods or csv list")
    text = parser.add_mutually_exclusive_group(required=True)
    text.add_argument("--message", help="message text; {Column} inserts that column's cell")
    text.add_argument("--message-file", type=Path, help="read the message text from a file")
    parser.add_argument("--sheet", help="sheet name (default: the first with data)")
    parser.add_argument("--column", help="phone column by header or letter (default: guessed)")
    parser.add_argument("--name", help="campaign name (default: the file's name)")
    parser.add_argument("--at", metavar='"YYYY-MM-DD HH:MM"',
                        help="deliver at this local date and time instead of now")
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    parser.add_argument("--until-final", action="store_true",
                        help="after sending, stay until every message has a final status")
    add_gateway_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    paths = app_paths(args.data_dir)
    try:
        settings = settings_for(args)
        message = args.message if args.message is not None else \
            args.message_file.read_text(encoding="utf-8").rstrip("\r\n")
        send_at = parse_local_time(args.at) if args.at else None
        with closing(db.connect(paths.database)) as conn:
            suppressed = suppression.suppressed_digits(conn)
        plan = plan_from_file(args.file, message, settings, suppressed=suppressed,
                              sheet=args.sheet, column=args.column, name=args.name,
                              send_at=send_at, now=time.time())
    except (ListFileError, TemplateError, ScheduleError, CampaignError, SettingsError) as exc:
        print(f"masiv send: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"masiv send: cannot read {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 2
    _show_plan(plan, settings)
    if not args.yes and not _confirm():
        print("Nothing was sent.", file=sys.stderr)
        return 1
    connection = open_connection(settings, "send")
    if connection is None:
        return 2
    with connection:
        print(f"Sending through {connection.describe()}.", file=sys.stderr)
        with closing(Store.open(paths.database)) as store:
            campaign_id = create_campaign(store, plan, now=time.time())
        print(campaign_id, flush=True)
        options = engine_options(settings, connections=args.connections, rate=args.rate,
                                 poll=PollMode.UNTIL_FINAL if args.until_final
                                 else PollMode.WHILE_SENDING, poll_delays=poll_delays(args))
        code, _state = run_foreground(args, campaign_id, connection, options, "send")
    return code


def _show_plan(plan: CampaignPlan, settings: Settings) -> None:
    s = plan.summary
    lines = [
        f"Campaign \"{plan.name}\" from {plan.source.name}"
        + (f", sheet {plan.sheet}" if plan.sheet else "")
        + f", phone column \"{plan.column.name}\" ({plan.column.letter})",
        f"Recipients: {len(plan.recipients)} of {s.rows} rows "
        f"(refused: {s.invalid} invalid, {s.not_mobile} not mobile, {s.empty} empty, "
        f"{s.duplicates} duplicates, {s.suppressed} suppressed)",
        f"Parts: {plan.total_parts} in all (up to {plan.max_parts} per message"
        + (f"; {plan.unicode_recipients} need Unicode" if plan.unicode_recipients else "")
        + ")",
    ]
    if plan.too_long:
        lines.append(f"Warning: {plan.too_long} messages are over 160 characters and long "
                     "messages are off: the gateway will refuse them (error 1160).")
    if plan.send_at is None:
        lines.append("When: now")
    else:
        view = describe(plan.send_at, settings.gateway_timezone)
        lines.append(f"When: {view.describe()}")
        lines.append(CANNOT_CANCEL)
    print("\n".join(lines), file=sys.stderr)


def _confirm() -> bool:
    if not sys.stdin.isatty():
        print("masiv send: add --yes to send without a terminal to confirm.", file=sys.stderr)
        return False
    print("Send now? [y/N] ", end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip().lower() in ("y", "yes", "s", "si", "sí")
