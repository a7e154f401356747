"""`masiv campaigns | status | pause | resume | cancel | poll | resend-uncertain`.

`pause` and `cancel` only write to the store: a run in another process notices within a
second. `resume` and `poll` run the engine in the foreground (Ctrl-C pauses). What a
campaign's state allows is `core.actions`' rule, the desktop program's buttons: otherwise
`pause` and `cancel` say why and change nothing. Exit 0 on success, 1 when a run ended
paused or stopped, 2 for an unknown campaign, a `resend-uncertain` or `resume` the state
refuses, or bad settings. `resend-uncertain` asks first (most uncertain messages were in fact
delivered): `--yes` skips the question, and without a terminal it refuses (exit 2); a "no"
is exit 1.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from contextlib import closing
from typing import Any

from masiv_desktop.cli.foreground import (
    add_gateway_arguments,
    open_connection,
    poll_delays,
    run_foreground,
    settings_for,
)
from masiv_desktop.cli.problems import error_text
from masiv_desktop.core import actions, campaigns
from masiv_desktop.core.actions import (
    Action,
    ActionRefused,
    ActionResult,
    Done,
    allowed_actions,
    resume_allowed,
)
from masiv_desktop.core.engine.run import PollMode
from masiv_desktop.core.law.scheduling import CANNOT_CANCEL
from masiv_desktop.core.overview import campaign_details, campaign_progress
from masiv_desktop.core.reasons import describe
from masiv_desktop.core.reports.data import open_snapshot
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import SettingsError
from masiv_desktop.core.store.campaigns import CampaignNotFound, Store
from masiv_desktop.core.store.team import split_name
from masiv_desktop.core.usertypes import CampaignState, RecipientState
from masiv_desktop.gateway.codes import STATUS_TEXT, GatewayStatus


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("campaigns", help="list the campaigns")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_with_store(_list))

    p = subparsers.add_parser("status", help="a campaign's counts by state and by status")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_with_store(_status, snapshot=True))

    for name, action, text in (
            ("pause", actions.pause, "pause a campaign (a running send stops within a second)"),
            ("cancel", actions.cancel, "cancel what is not sent yet")):
        p = subparsers.add_parser(name, help=text)
        p.add_argument("id", type=int)
        p.set_defaults(func=_with_store(_action(action)))

    p = subparsers.add_parser(
        "resend-uncertain", help="send again, on the next resume, the recipients whose first "
        "request may have reached the gateway (most of them were delivered: it asks first)")
    p.add_argument("id", type=int)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=_with_store(_resend_uncertain))

    p = subparsers.add_parser("resume", help="continue sending a paused or stopped campaign "
                              "(a draft starts at its saved time; 'masiv start' can choose "
                              "another)")
    p.add_argument("id", type=int)
    p.add_argument("--until-final", action="store_true",
                   help="after sending, stay until every message has a final status")
    add_gateway_arguments(p)
    p.set_defaults(func=_resume)

    p = subparsers.add_parser("poll", help="ask the gateway for the statuses of a campaign")
    p.add_argument("id", type=int)
    p.add_argument("--until-final", action="store_true",
                   help="keep polling (with growing pauses) until every status is final")
    add_gateway_arguments(p)
    p.set_defaults(func=_poll)


def _with_store(handler: Callable[[argparse.Namespace, Store], int], *, snapshot: bool = False
                ) -> Callable[[argparse.Namespace], int]:
    """The handler with the store open (`snapshot`: read-only, in one read transaction)."""
    def run(args: argparse.Namespace) -> int:
        database = app_paths(args.data_dir).database
        opened = Store(open_snapshot(database)) if snapshot else Store.open(database)
        with closing(opened) as store:
            try:
                return handler(args, store)
            except (CampaignNotFound, campaigns.CampaignError) as exc:
                print(f"masiv {args.command}: {error_text(exc)}", file=sys.stderr)
                return 2
    return run


def _list(args: argparse.Namespace, store: Store) -> int:
    lines = campaign_progress(store)
    if args.json:
        json.dump([line.as_json() for line in lines], sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    for line in lines:
        print(f"{line.campaign_id:>5}  {line.state.value:<10} {line.recipients:>9}  "
              f"{line.created_at.isoformat()[:16]}  {line.name}")
    return 0


def _status(args: argparse.Namespace, store: Store) -> int:
    details = campaign_details(store, args.id)
    figures = details.figures
    data = campaigns.CampaignStatus(details.campaign, details.counts).as_json()
    data["by_outcome"] = {outcome.value: n for outcome, n in figures.by_outcome.items()}
    data["refused_rows"] = figures.refused_rows
    data["sending_from"] = list(details.sending_from)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    reason = f" — {data['reason']}" if data["reason"] else ""
    print(f"Campaign {data['id']} \"{data['name']}\": {data['state']}{reason}")
    print(f"Purpose: {data['purpose']}"
          + (" (contact hours ignored)" if data["window_override"] else ""))
    if data["send_at"]:
        print(f"Scheduled for: {data['send_at']} (UTC)")
    if details.campaign.created_by:
        print(f"Created by {desktop_words(details.campaign.created_by)}")
    if details.sending_from:
        print("Sending from: " + ", ".join(desktop_words(name) for name in details.sending_from))
    print(f"Recipients: {data['recipients']}")
    for state, n in data["by_state"].items():
        if n:
            print(f"  {state:<10} {n:>9}")
    if any(data["by_status"].values()):
        print("Gateway status (accepted recipients):")
        for code, n in data["by_status"].items():
            if n:
                print(f"  {code} {STATUS_TEXT[GatewayStatus(int(code))]:<22} {n:>9}")
    if data["open_parts"]:
        print(f"Parts still awaiting a final status: {data['open_parts']}")
    if figures.refused_rows:
        print(f"Rows of the list refused at import: {figures.refused_rows}")
    return 0


def desktop_words(name: str) -> str:
    """A stored "user@computer" as a person reads it: "ana on PC-ANA"."""
    user, computer = split_name(name) or (name, "")
    return f"{user} on {computer}" if computer else user


def _action(action: Callable[..., ActionResult]) -> Callable[[argparse.Namespace, Store], int]:
    def handler(args: argparse.Namespace, store: Store) -> int:
        try:
            print(said(action(store, args.id, now=time.time())))
        except ActionRefused as exc:
            print(f"masiv {args.command}: {refusal(exc)}", file=sys.stderr)
            return 2
        return 0
    return handler


def _resend_uncertain(args: argparse.Namespace, store: Store) -> int:
    """Ask before sending again: on the fault tests 96-98 % of the uncertain messages had
    reached the gateway, so a resend delivers (and bills) nearly all of them twice. Nothing
    is asked when the action would change nothing or is refused (the action says why)."""
    counts = store.counts(args.id)
    if not args.yes and Action.RESEND_UNCERTAIN in allowed_actions(
            store.campaign(args.id).state, counts):
        uncertain = counts.by_state[RecipientState.UNCERTAIN]
        print(uncertain_warning(args.id, uncertain), file=sys.stderr)
        if not sys.stdin.isatty():
            print("masiv resend-uncertain: nothing was changed; add --yes to send them again "
                  "without a terminal to confirm.", file=sys.stderr)
            return 2
        print(f"Send again to these {uncertain} recipients? [y/N] ", end="", file=sys.stderr,
              flush=True)
        if sys.stdin.readline().strip().lower() not in ("y", "yes", "s", "si", "sí"):
            print("Nothing was changed.", file=sys.stderr)
            return 1
    return _action(actions.resend_uncertain)(args, store)


def uncertain_warning(cid: int, uncertain: int) -> str:
    """How many would be sent again, and why most of them already have the message."""
    return (f"Campaign {cid} has {uncertain} uncertain recipients: the connection broke before "
            "the gateway answered, so nobody knows whether their message went out. Most were "
            "probably delivered (in fault tests, 96 to 98 % of such messages had reached the "
            "gateway): sending again will likely deliver nearly all of them twice, and each "
            "copy is billed.")


def said(result: ActionResult) -> str:
    """What an action did, in the command line's words (with the command to go on)."""
    cid, state = result.campaign_id, result.state.value
    draft = f" 'masiv start {cid}' sends it, 'masiv delete {cid}' deletes it." \
        if result.state is CampaignState.DRAFT else ""
    text = {
        Done.PAUSED: f"Campaign {cid} paused. 'masiv resume {cid}' continues it.",
        Done.ALREADY_PAUSED: f"Campaign {cid} is already paused.",
        Done.NOT_PAUSED: f"Campaign {cid} is {state}: nothing to pause.{draft}",
        Done.CANCELLED: f"Campaign {cid} cancelled: {result.count} recipients will not be sent.",
        Done.NOT_CANCELLED: f"Campaign {cid} is {state}: nothing left to cancel.{draft}",
        Done.RESENT: f"{result.count} uncertain recipients of campaign {cid} will be sent again "
                     f"(some may receive the message twice). Run 'masiv resume {cid}'.",
        Done.NO_UNCERTAIN: f"Campaign {cid} has no uncertain recipients.",
    }[result.done]
    waiting = result.at_gateway
    if waiting is None:
        return f"{text} {CANNOT_CANCEL}" if result.still_scheduled else text
    noun = "message waits" if waiting.count == 1 else "messages wait"
    return (f"{text} The gateway cannot cancel messages already submitted for a later time: "
            f"{waiting.count:,} {noun} there until "
            f"{waiting.until.astimezone():%a %Y-%m-%d %H:%M} (your time) and will still be "
            "delivered at their times.")


def refusal(error: ActionRefused) -> str:
    cid = error.campaign_id
    if error.state is CampaignState.CANCELLED:
        return f"Campaign {cid} is cancelled; nothing can be resent."
    return (f"Campaign {cid} is {error.state.value}; pause it first ('masiv pause {cid}'), "
            "then resend.")


def _resume(args: argparse.Namespace) -> int:
    return run_campaign(args, "resume", send=True,
                        poll=PollMode.UNTIL_FINAL if args.until_final else PollMode.WHILE_SENDING)


def _poll(args: argparse.Namespace) -> int:
    return run_campaign(args, "poll", send=False,
                        poll=PollMode.UNTIL_FINAL if args.until_final else PollMode.ONCE)


def run_campaign(args: argparse.Namespace, prog: str, *, send: bool, poll: PollMode) -> int:
    """Run campaign `args.id` in the foreground, then print its state (`resume`, `poll`,
    `start`). Exit 2 for an unknown campaign, one with nothing to send (`resume_allowed`)
    or a gateway that cannot be opened."""
    paths = app_paths(args.data_dir)
    with closing(Store.open(paths.database)) as store:
        try:
            campaign = store.campaign(args.id)
            left = store.counts(args.id)
        except CampaignNotFound as exc:
            print(f"masiv {prog}: {error_text(exc)}", file=sys.stderr)
            return 2
    if send and not resume_allowed(campaign.state, left):
        print(f"masiv {prog}: campaign {args.id} is {campaign.state.value}: nothing to send; "
              f"'masiv poll {args.id}' asks for its statuses.", file=sys.stderr)
        return 2
    try:
        settings = settings_for(args)
    except SettingsError as exc:
        print(f"masiv {prog}: {error_text(exc)}", file=sys.stderr)
        return 2
    connection = open_connection(settings, prog, args.data_dir)
    if connection is None:
        return 2
    with connection:
        options = campaigns.engine_options(settings, connections=args.connections,
                                           rate=args.rate, poll=poll, send=send,
                                           poll_delays=poll_delays(args))
        code, _state = run_foreground(args, args.id, connection, options, prog)
    with closing(Store.open(paths.database)) as store:
        status = campaigns.status(store, args.id)
    counts = status.counts.by_state
    print(f"Campaign {args.id}: {status.campaign.state.value}; "
          + ", ".join(f"{n} {s.value}" for s, n in counts.items() if n), file=sys.stderr)
    if status.campaign.reason:
        print(describe(status.campaign.reason), file=sys.stderr)
    return code
