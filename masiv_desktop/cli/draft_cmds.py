"""`masiv start ID [--at TIME]` and `masiv delete ID`: what the desktop program does with a
draft ("Send…"), through the same core (`core/drafts.py`), and its Campaign › Delete…
(`core.actions.delete_campaign`).

`start` sets the draft's send time (the given local time, or now), then runs it in the
foreground exactly like `resume`. Only a DRAFT can be started; anything else exits 2 with
the command to use instead. Exit codes as for `resume`.

`delete` removes a draft at once; a campaign that was sent, only once the gateway has
nothing of it left to deliver (`core.actions.delete_refusal`), and after a question (its
delivery report goes with it): `--yes` skips it, without a terminal it refuses. Exit 0
deleted, 1 the user said no, 2 refused (the reason and what to do first) or unknown.
"""

from __future__ import annotations

import argparse
import sys
import time
from contextlib import closing
from datetime import datetime
from typing import Any

from masiv_desktop.cli.campaign_cmds import run_campaign
from masiv_desktop.cli.foreground import add_gateway_arguments, settings_for
from masiv_desktop.cli.problems import error_text
from masiv_desktop.core.actions import (
    Action,
    DeleteBlock,
    DeleteRefused,
    allowed_actions,
    delete_campaign,
    delete_refusal,
)
from masiv_desktop.core.campaigns import CampaignError
from masiv_desktop.core.drafts import schedule_draft
from masiv_desktop.core.engine.run import PollMode
from masiv_desktop.core.law.scheduling import (
    CANNOT_CANCEL,
    ScheduleError,
    describe,
    parse_local_time,
)
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import SettingsError
from masiv_desktop.core.store.campaigns import Campaign, CampaignNotFound, Store
from masiv_desktop.core.usertypes import CampaignState


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "start", help="send a draft (saved with 'masiv send --draft' or the desktop program)",
        description="Set when the draft is delivered (--at, or now), confirm, then send it "
        "with a progress line like 'resume'. Ctrl-C pauses it.")
    p.add_argument("id", type=int)
    p.add_argument("--at", metavar='"YYYY-MM-DD HH:MM"',
                   help="deliver at this local date and time instead of now")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--until-final", action="store_true",
                   help="after sending, stay until every message has a final status")
    add_gateway_arguments(p)
    p.set_defaults(func=_start)

    p = subparsers.add_parser(
        "delete", help="delete a draft, or a campaign the gateway has nothing left of to "
        "deliver, with its delivery report (the exclusion list stays)")
    p.add_argument("id", type=int)
    p.add_argument("--yes", action="store_true",
                   help="do not ask before deleting a campaign that was sent")
    p.set_defaults(func=_delete)


def _start(args: argparse.Namespace) -> int:
    paths = app_paths(args.data_dir)
    try:
        send_at = parse_local_time(args.at) if args.at else None
        settings = settings_for(args)
        with closing(Store.open(paths.database)) as store:
            campaign = _draft(store, args.id, Action.SEND)
            if campaign is None:
                return 2
            _show(campaign, send_at, settings.gateway_timezone)
            if not args.yes and not _confirm():
                print("Nothing was sent; the draft is unchanged.", file=sys.stderr)
                return 1
            schedule_draft(store, args.id, send_at, settings, now=time.time())
    except (ScheduleError, CampaignError, SettingsError, CampaignNotFound) as exc:
        print(f"masiv start: {error_text(exc)}", file=sys.stderr)
        return 2
    return run_campaign(args, "start", send=True,
                        poll=PollMode.UNTIL_FINAL if args.until_final
                        else PollMode.WHILE_SENDING)


def _delete(args: argparse.Namespace) -> int:
    with closing(Store.open(app_paths(args.data_dir).database)) as store:
        try:
            refused = delete_refusal(store, args.id, now=time.time())
            if refused is not None:
                raise refused
            campaign = store.campaign(args.id)
            if campaign.state is not CampaignState.DRAFT and not args.yes:
                answer = _confirm_delete(campaign)
                if answer != 0:
                    return answer
            deleted = delete_campaign(store, args.id, now=time.time())
        except DeleteRefused as exc:
            print(f"masiv delete: {delete_refusal_text(exc)}", file=sys.stderr)
            return 2
        except CampaignNotFound as exc:
            print(f"masiv delete: {error_text(exc)}", file=sys.stderr)
            return 2
    what = "draft" if deleted.state is CampaignState.DRAFT else "campaign"
    print(f"Deleted {what} {args.id} \"{deleted.name}\".")
    return 0


def _confirm_delete(campaign: Campaign) -> int:
    """0 when the user agrees to lose the campaign and its report, else the exit code."""
    print(f"Campaign {campaign.id} \"{campaign.name}\" and its delivery report will be "
          "deleted; this cannot be undone. The exclusion list is kept.", file=sys.stderr)
    if not sys.stdin.isatty():
        print("masiv delete: nothing was deleted; add --yes to delete it without a terminal "
              "to confirm.", file=sys.stderr)
        return 2
    print("Delete it? [y/N] ", end="", file=sys.stderr, flush=True)
    if sys.stdin.readline().strip().lower() in ("y", "yes", "s", "si", "sí"):
        return 0
    print("Nothing was deleted.", file=sys.stderr)
    return 1


def delete_refusal_text(error: DeleteRefused) -> str:
    """Why the campaign stays, and the command to run first."""
    cid = error.campaign_id
    match error.block:
        case DeleteBlock.SENDING:
            return (f"campaign {cid} is sending; cancel it first ('masiv cancel {cid}'), or "
                    "delete it once it is finished.")
        case DeleteBlock.NOT_SENT:
            return (f"campaign {cid} is {error.state.value} with recipients not sent yet; "
                    f"cancel it first ('masiv cancel {cid}'), or resume it and delete it once "
                    "it is finished.")
        case DeleteBlock.SCHEDULED:
            when = error.until.isoformat(timespec="minutes") if error.until else "later"
            return (f"the gateway holds campaign {cid}'s messages until {when} (UTC) and "
                    "cannot recall them; delete it after that time, once their statuses are "
                    f"known ('masiv poll {cid}').")
        case DeleteBlock.PENDING:
            return (f"{error.count} messages of campaign {cid} are still waiting at the "
                    f"gateway; delete it once they are delivered or failed ('masiv poll {cid} "
                    "--until-final').")
        case DeleteBlock.CONTACTED_TODAY:
            return (f"campaign {cid} reached people today: they count for today's one "
                    "commercial message a day (Ley 2300), which deleting would forget. Delete "
                    "it tomorrow.")
        case _:
            return (f"campaign {cid} is being sent or followed by the desktop program or "
                    "another command right now; delete it once that has ended.")


def _draft(store: Store, campaign_id: int, action: Action) -> Campaign | None:
    """The campaign if its state allows `action` (a draft's); None after saying what to do
    with it instead."""
    campaign = store.campaign(campaign_id)
    if action in allowed_actions(campaign.state):
        return campaign
    instead = {
        CampaignState.PAUSED: f"'masiv resume {campaign_id}' continues it",
        CampaignState.STOPPED: f"'masiv resume {campaign_id}' continues it",
        CampaignState.WAITING_WINDOW: f"'masiv resume {campaign_id}' continues it",
        CampaignState.RUNNING: f"'masiv pause {campaign_id}' pauses it",
    }.get(campaign.state, f"'masiv status {campaign_id}' shows it")
    print(f"masiv {action.value}: campaign {campaign_id} is not a draft (it is "
          f"{campaign.state.value}); {instead}.", file=sys.stderr)
    return None


def _show(campaign: Campaign, send_at: datetime | None, gateway_timezone: str) -> None:
    lines = [f"Draft {campaign.id} \"{campaign.name}\": {campaign.recipients} recipients, "
             f"{campaign.parts} parts, purpose {campaign.purpose.value}"]
    if send_at is None:
        lines.append("When: now")
    else:
        lines.append(f"When: {describe(send_at, gateway_timezone).describe()}")
        lines.append(CANNOT_CANCEL)
    print("\n".join(lines), file=sys.stderr)


def _confirm() -> bool:
    if not sys.stdin.isatty():
        print("masiv start: add --yes to send without a terminal to confirm.", file=sys.stderr)
        return False
    print("Send this draft? [y/N] ", end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip().lower() in ("y", "yes", "s", "si", "sí")
