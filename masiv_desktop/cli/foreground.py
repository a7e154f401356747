"""Running a campaign in the foreground for `send`, `resume` and `poll`: the gateway to use,
the progress line on stderr, Ctrl-C as a clean pause.

Not a sub-command itself (it is not in COMMAND_MODULES); `send_cmd` and `campaign_cmds`
share it.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from dataclasses import replace
from typing import TextIO

from masiv_desktop.cli.problems import problem_text
from masiv_desktop.core.engine.events import (
    EngineNotice,
    EventQueue,
    Progress,
    RunEnded,
    StateChanged,
)
from masiv_desktop.core.engine.run import CampaignRun, EngineOptions
from masiv_desktop.core.engine.runlock import CampaignBusy
from masiv_desktop.core.overview import sent_count
from masiv_desktop.core.reasons import Reason, ReasonKind, describe
from masiv_desktop.core.settings import account
from masiv_desktop.core.settings.credentials import CredentialsError
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import Settings, SettingsError, load_settings
from masiv_desktop.core.usertypes import CampaignState, RecipientState

DONE_STATES = frozenset({CampaignState.SCHEDULED, CampaignState.SENT, CampaignState.FINISHED,
                         CampaignState.CANCELLED})
"""A run that ended in one of these did what it was asked (exit 0); a cancel is the user's."""


def add_gateway_arguments(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--sandbox", action="store_true",
                       help="send to a sandbox gateway started for this run (nothing real)")
    where.add_argument("--gateway", metavar="URL",
                       help="send to the gateway at this base URL (a running 'masiv sandbox', "
                       "say) with the stored account or MASIV_USERNAME/MASIV_PASSWORD")
    parser.add_argument("--connections", type=int, help="parallel requests (default: setting)")
    parser.add_argument("--rate", type=float,
                        help="messages (or parts) per second (default: setting, unlimited)")
    parser.add_argument("--poll-delays", help=argparse.SUPPRESS)


def settings_for(args: argparse.Namespace) -> Settings:
    """The saved settings with this command's gateway choice applied."""
    settings = load_settings(app_paths(args.data_dir))
    if getattr(args, "sandbox", False):
        return settings.with_changes(gateway_preset="sandbox")
    if getattr(args, "gateway", None):
        return settings.with_changes(gateway_preset="custom", gateway_url=args.gateway)
    return settings


def poll_delays(args: argparse.Namespace) -> tuple[float, ...] | None:
    text = getattr(args, "poll_delays", None)
    return tuple(float(x) for x in text.split(",")) if text else None


def open_connection(settings: Settings, prog: str, data_dir: str | None = None
                    ) -> account.GatewayConnection | None:
    """The gateway for this run, or None after printing why it cannot be opened.

    `data_dir` is the run's `--data-dir`: the built-in sandbox keeps its messages there, so
    a later `poll` or `resume` of the same campaign finds them."""
    prompt = getpass.getpass if sys.stdin.isatty() else None
    try:
        return account.open_gateway(settings, prompt=prompt, data_dir=data_dir)
    except (CredentialsError, account.AccountError, SettingsError) as exc:
        print(f"masiv {prog}: {problem_text(exc)}", file=sys.stderr)
        return None


def run_foreground(args: argparse.Namespace, campaign_id: int,
                   connection: account.GatewayConnection, options: EngineOptions,
                   prog: str) -> tuple[int, CampaignState | None]:
    """Run the campaign until its run ends; Ctrl-C pauses it cleanly. Returns (exit, state)."""
    paths = app_paths(args.data_dir)
    events = EventQueue()
    engine = CampaignRun(paths.database, campaign_id, connection.client,
                         replace(options, recipient_events=False), events=events)
    try:
        engine.start()
    except CampaignBusy as exc:
        print(f"masiv {prog}: {exc}", file=sys.stderr)
        return 1, None
    line = ProgressLine(sys.stderr)
    interrupted = False
    while True:
        try:
            ended = _pump(events, line)
            if ended is not None:
                break
        except KeyboardInterrupt:
            if not interrupted:
                interrupted = True
                engine.pause(Reason(ReasonKind.PAUSED_FROM_COMMAND_LINE))
                line.message("Pausing: waiting for the requests in flight…")
    engine.wait()
    line.finish()
    state = engine.final_state
    if interrupted:
        print(f"Paused. 'masiv resume {campaign_id}' continues.", file=sys.stderr)
        return 130, state
    return (0 if state in DONE_STATES or not options.send else 1), state


def _pump(events: EventQueue, line: ProgressLine) -> RunEnded | None:
    events.wait(0.2)
    for event in events.drain(10_000):
        if isinstance(event, Progress):
            line.update(event)
        elif isinstance(event, EngineNotice):
            line.message(describe(event.reason))
        elif isinstance(event, StateChanged) and event.reason:
            line.message(f"Campaign {event.state.value}: {describe(event.reason)}")
        elif isinstance(event, RunEnded):
            return event
    return None


class ProgressLine:
    """One line rewritten in place on a terminal; a line every few seconds otherwise."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.tty = out.isatty()
        self.last = ""
        self.unprinted = ""
        self.next_plain = 0.0

    def update(self, p: Progress) -> None:
        s = p.by_state
        sent = sent_count(s)
        cancelled = s.get(RecipientState.CANCELLED, 0)
        eta = f" · ETA {_clock(p.eta_seconds)}" if p.eta_seconds is not None else ""
        text = (f"{sent}/{p.total} sent · {s.get(RecipientState.ACCEPTED, 0)} accepted · "
                f"{s.get(RecipientState.REJECTED, 0)} rejected · "
                f"{s.get(RecipientState.UNCERTAIN, 0)} uncertain · {p.rate:.0f}/s{eta}"
                f" · {p.open_parts} awaiting status"
                + (f" · {cancelled} cancelled" if cancelled else ""))
        if self.tty:
            self.out.write("\r" + text.ljust(len(self.last)))
            self.out.flush()
        elif time.monotonic() >= self.next_plain:
            self.next_plain = time.monotonic() + 2.0
            self.out.write(text + "\n")
            text = ""
        else:
            self.unprinted = text
            return
        self.unprinted = ""
        self.last = text

    def message(self, text: str) -> None:
        if self.tty and self.last:
            self.out.write("\n")
        self.out.write(text + "\n")
        self.last = ""

    def finish(self) -> None:
        if self.tty and self.last:
            self.out.write("\n")
        elif self.unprinted:
            self.out.write(self.unprinted + "\n")


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"
