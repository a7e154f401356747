"""`masiv send FILE --message TEXT`: import, check, confirm, send, print the campaign id.
With `--draft` the campaign is only stored (DRAFT) and nothing is sent.

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

from masiv_desktop.cli.foreground import (
    add_gateway_arguments,
    open_connection,
    poll_delays,
    run_foreground,
    settings_for,
)
from masiv_desktop.cli.problems import error_text, rne_text
from masiv_desktop.core.campaigns import (
    CampaignError,
    CampaignPlan,
    Choices,
    PlanRequest,
    create_campaign,
    engine_options,
    plan_campaign,
)
from masiv_desktop.core.drafts import replace_draft
from masiv_desktop.core.engine.run import PollMode
from masiv_desktop.core.law.contact_rules import OutsideWindow, describe_schedule
from masiv_desktop.core.law.contact_window import BOGOTA
from masiv_desktop.core.law.row_times import SendColumn, parse_offset
from masiv_desktop.core.law.scheduling import (
    CANNOT_CANCEL,
    ScheduleError,
    describe,
    parse_local_time,
)
from masiv_desktop.core.lists.types import ListFileError
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import Settings, SettingsError
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.text.merge import TemplateError
from masiv_desktop.core.usertypes import Language, Purpose, Verdict


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
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--at", metavar='"YYYY-MM-DD HH:MM"',
                      help="deliver at this local date and time instead of now")
    when.add_argument("--at-column", metavar="COLUMN",
                      help="deliver each row at its own local date and time, read from this "
                      "column (header or letter; an Excel date-time, or text such as "
                      "2026-12-09 10:00 or 09/12/2026 10:00, day first)")
    parser.add_argument("--offset", metavar="-1d|-2h|+30m",
                        help="with --at-column: shift each row's time (minus: before), e.g. "
                        "-1d for a reminder the day before")
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    parser.add_argument("--draft", action="store_true",
                        help="only save the campaign as a draft and print its id; "
                        "'masiv start ID' sends it later, 'masiv delete ID' drops it")
    parser.add_argument("--replaces", type=int, metavar="ID",
                        help="with --draft: save in place of draft ID (the desktop program's "
                        "Edit…): that draft is deleted and its creation time kept")
    rules = parser.add_argument_group("Colombian contact rules (Ley 2300)")
    rules.add_argument("--purpose", choices=[p.value for p in Purpose],
                       default=Purpose.COMMERCIAL.value,
                       help="commercial (default: contact hours, one contact a day, RNE, "
                       "opt-out line) or transactional (codes, service notices)")
    rules.add_argument("--ignore-window", action="store_true",
                       help="transactional only: send outside the contact hours")
    rules.add_argument("--allow-second-contact", action="store_true",
                       help="also send to people already sent a commercial message today")
    rules.add_argument("--keep-not-mobile", action="store_true",
                       help="also send to numbers that look like fixed lines")
    rules.add_argument("--skip-outside-window", action="store_true",
                       help="with --at: leave out the numbers for which that time is outside "
                       "the contact hours in their own country (numbers abroad); they are kept "
                       "among the refused rows")
    rules.add_argument("--opt-out-footer", action=argparse.BooleanOptionalAction,
                       help="add (or not) the opt-out line to commercial messages "
                       "(default: setting append_opt_out_footer)")
    parser.add_argument("--until-final", action="store_true",
                        help="after sending, stay until every message has a final status")
    add_gateway_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    paths = app_paths(args.data_dir)
    if args.replaces is not None and not args.draft:
        print("masiv send: --replaces only goes with --draft (it saves an edited draft).",
              file=sys.stderr)
        return 2
    try:
        settings = settings_for(args)
        message = args.message if args.message is not None else \
            args.message_file.read_text(encoding="utf-8").rstrip("\r\n")
        send_at = parse_local_time(args.at) if args.at else None
        send_column = _send_column(args, settings)
        choices = Choices(purpose=Purpose(args.purpose), window_override=args.ignore_window,
                          keep_not_mobile=args.keep_not_mobile,
                          allow_second_contact=args.allow_second_contact,
                          footer=args.opt_out_footer,
                          skip_outside_window=args.skip_outside_window)
        request = PlanRequest(args.file, message, settings, sheet=args.sheet,
                              column=args.column, name=args.name, send_at=send_at,
                              choices=choices, send_column=send_column)
        with closing(Store.open(paths.database)) as store:
            plan = plan_campaign(store, request, now=time.time())
    except (ListFileError, TemplateError, ScheduleError, CampaignError, SettingsError) as exc:
        print(f"masiv send: {error_text(exc)}", file=sys.stderr)
        if isinstance(exc, OutsideWindow) and exc.refusal and exc.refusal.can_leave_out:
            print(f"--skip-outside-window leaves those {exc.refusal.closed_count:,} numbers out "
                  "of this campaign (they are kept among the refused rows).", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"masiv send: cannot read {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 2
    _show_plan(plan, settings)
    if not args.yes and not _confirm("Save as draft?" if args.draft else "Send now?"):
        print("Nothing was saved." if args.draft else "Nothing was sent.", file=sys.stderr)
        return 1
    if args.draft:
        with closing(Store.open(paths.database)) as store:
            campaign_id = create_campaign(store, plan, now=time.time()) \
                if args.replaces is None else \
                replace_draft(store, args.replaces, plan, now=time.time())
        print(campaign_id, flush=True)
        print(f"Saved as draft; nothing was sent. 'masiv start {campaign_id}' sends it, "
              f"'masiv delete {campaign_id}' drops it.", file=sys.stderr)
        return 0
    connection = open_connection(settings, "send", args.data_dir)
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
    refused = {r.verdict for r in plan.refused_rows}
    lines = [
        f"Campaign \"{plan.name}\" from {plan.source.name}"
        + (f", sheet {plan.sheet}" if plan.sheet else "")
        + f", phone column \"{plan.column.name}\" ({plan.column.letter})",
        f"Purpose: {plan.purpose.value}"
        + (" (contact hours ignored)" if plan.window_override else ""),
        f"Recipients: {len(plan.recipients)} of {s.rows} rows "
        f"({s.invalid} invalid, {s.not_mobile} not mobile, {s.empty} empty, "
        f"{s.duplicates} duplicates, {s.suppressed} suppressed, "
        f"{s.contacted_today} already contacted today)",
        f"Parts: {plan.total_parts} in all (up to {plan.max_parts} per message"
        + (f"; {plan.unicode_recipients} need Unicode" if plan.unicode_recipients else "")
        + ")",
    ]
    lines += _rule_lines(plan, refused)
    if plan.too_long:
        lines.append(f"Warning: {plan.too_long} messages are over 160 characters and long "
                     "messages are off: the gateway will refuse them (error 1160).")
    if plan.row_times is not None:
        lines += plan.row_times.describe()
        if s.send_time:
            lines.append(f"Refused: {s.send_time} rows whose send time is empty, unreadable or "
                         "already past (kept among the refused rows; 'masiv check' lists them "
                         "with --json).")
        lines.append(CANNOT_CANCEL)
    elif plan.send_at is None:
        lines.append("When: now")
        advice = plan.now_advice.describe(len(plan.recipients)) if plan.now_advice else None
        if advice:
            lines.append(advice)
    else:
        view = describe(plan.send_at, settings.gateway_timezone)
        lines.append(f"When: {view.describe()}")
        if plan.schedule:
            lines.append("The messages do not fit in one contact period; they are delivered "
                         "in these periods:")
            lines += [f"  {line}" for line in describe_schedule(plan.schedule, BOGOTA)]
        lines.append(CANNOT_CANCEL)
    print("\n".join(lines), file=sys.stderr)


def _send_column(args: argparse.Namespace, settings: Settings) -> SendColumn | None:
    """`--at-column` and `--offset` as the planner's rule (day-first unless English)."""
    if args.offset is not None and args.at_column is None:
        raise ScheduleError("--offset goes with --at-column (it shifts each row's own time).")
    if args.at_column is None:
        return None
    return SendColumn(args.at_column, parse_offset(args.offset or "0"),
                      day_first=settings.language is not Language.ENGLISH)


def _rule_lines(plan: CampaignPlan, refused: set[Verdict]) -> list[str]:
    """What the contact rules held back or added, and how to change it."""
    s = plan.summary
    lines = []
    if Verdict.CONTACTED_TODAY in refused:
        lines.append(f"Held back: {s.contacted_today} recipients already received a commercial "
                     "message today (Ley 2300: one contact a day); --allow-second-contact "
                     "sends to them too.")
    elif s.contacted_today:
        lines.append(f"Second contact today allowed for {s.contacted_today} recipients.")
    if s.outside_window:
        lines.append(f"Left out: {s.outside_window} numbers for which the send time is outside "
                     "the contact hours in their own country (kept among the refused rows).")
    if Verdict.NOT_MOBILE in refused:
        lines.append(f"Refused: {s.not_mobile} numbers that are not mobiles; --keep-not-mobile "
                     "sends to them too.")
    if plan.footer:
        lines.append(f"Opt-out line added to every message: \"{plan.footer}\" (counted in the "
                     "parts)")
    if plan.rne_warning:
        lines.append(f"Warning: {rne_text(plan.rne_warning)}")
    if plan.window_note:
        lines.append(plan.window_note)
    return lines


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        print("masiv send: add --yes to send without a terminal to confirm.", file=sys.stderr)
        return False
    print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip().lower() in ("y", "yes", "s", "si", "sí")
