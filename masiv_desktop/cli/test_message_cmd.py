"""`masiv test-message NUMBER --message TEXT`: one message to the user's own phone before a
campaign, through the same core as the desktop program's "Send a test to my number".

Prints the gateway's answer as it is. Exit 0 when the gateway accepted it; 1 when it
refused it, nothing left this computer, or it may have arrived (do not simply send again);
2 for a bad number, an empty message, or settings/password that cannot be used.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from masiv_desktop.cli.foreground import settings_for
from masiv_desktop.cli.problems import problem_text
from masiv_desktop.core.labels import label
from masiv_desktop.core.settings.settings import SettingsError
from masiv_desktop.core.test_message import TrialOutcome, TrialResult, send_test_message


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "test-message", help="send one test message to your own number",
        description="Send TEXT once to NUMBER through the configured gateway (same account, "
        "originator and long-message setting as a campaign). It is not stored in any "
        "campaign and never retried.")
    p.add_argument("number", help="your phone number, in any usual form (3001234567)")
    p.add_argument("--message", required=True, help="the message text")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--sandbox", action="store_true",
                       help="send to a sandbox gateway started for this run (nothing real)")
    where.add_argument("--gateway", metavar="URL",
                       help="send to the gateway at this base URL with the stored account or "
                       "MASIV_USERNAME/MASIV_PASSWORD")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    if not args.message.strip():
        print("masiv test-message: the message is empty.", file=sys.stderr)
        return 2
    try:
        settings = settings_for(args)
    except SettingsError as exc:
        print(f"masiv test-message: {exc}", file=sys.stderr)
        return 2
    result = send_test_message(settings, args.number, args.message, data_dir=args.data_dir)
    print(_describe(result))
    if result.ok:
        return 0
    if result.outcome in (TrialOutcome.BAD_NUMBER, TrialOutcome.NOT_CONFIGURED):
        return 2
    return 1


def _describe(r: TrialResult) -> str:
    where = f" ({r.gateway})" if r.gateway else ""
    match r.outcome:
        case TrialOutcome.ACCEPTED if r.sandbox:
            status = "none (this test number never gets one)" if r.simulated_status is None \
                else label(r.simulated_status)
            return (f"The test gateway (sandbox) accepted the message for {r.number}; it is "
                    f"not sent to any phone. Its simulated status: {status} (message id "
                    f"{', '.join(r.message_ids)}).")
        case TrialOutcome.ACCEPTED:
            ids = ", ".join(r.message_ids) or "none given"
            return f"Accepted by the gateway{where} for {r.number}; message id: {ids}."
        case TrialOutcome.REFUSED:
            return f"Refused by the gateway{where}: error {r.error_code} {r.error_text}".rstrip()
        case TrialOutcome.UNCERTAIN:
            return (f"No clear answer from the gateway{where}: the message may have been sent "
                    f"to {r.number}; check your phone before sending again. {r.error_text}"
                    ).rstrip()
        case TrialOutcome.NOT_SENT:
            return f"Not sent: {r.error_text}"
        case TrialOutcome.NOT_CONFIGURED:
            return f"Not sent: {r.error_text if r.problem is None else problem_text(r.problem)}"
        case TrialOutcome.BAD_NUMBER:
            return f"Not sent: {r.number!r} is not a phone number."
