"""`masiv sandbox`: run the local sandbox gateway until Ctrl-C or SIGTERM.

The first line of output is the base URL and nothing else (flushed at once), so scripts and
tests can start it as a subprocess and read where it listens. With `--smpp-port N` a test
SMSC (SMPP 3.4) shares the same accounts, credits and sent log; the second line is then
`smpp://HOST:PORT`.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType
from typing import Any

from masiv_desktop.gateway.sandbox.server import SandboxConfig, SandboxGateway, SandboxUser
from masiv_desktop.gateway.sandbox.smsc import SmppSandbox
from masiv_desktop.gateway.sandbox.store import SandboxStoreError


def parse_user(text: str) -> SandboxUser:
    """`NAME:PASSWORD[:CREDITS]`; CREDITS is the last field when it is a whole number."""
    name, sep, rest = text.partition(":")
    if not name or not sep or not rest:
        raise argparse.ArgumentTypeError(
            f"--user {text!r}: write NAME:PASSWORD or NAME:PASSWORD:CREDITS")
    password, sep, credits = rest.rpartition(":")
    if sep and password and credits.isdigit():
        return SandboxUser(name, password, int(credits))
    return SandboxUser(name, rest)


def _rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not a share between 0 and 1")
    return value


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "sandbox", help="run a local gateway that speaks the Masiv HTTP API",
        description="Serve the documented Masiv HTTP API on this machine, for demos and tests. "
                    "Prints the base URL on the first line; Ctrl-C stops it.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    parser.add_argument("--latency-ms", type=float, default=0.0,
                        help="delay added to every gateway request")
    parser.add_argument("--seed", type=int, default=0,
                        help="decides which numbers fail and which requests hit a fault")
    parser.add_argument("--user", action="append", type=parse_user, default=[],
                        metavar="NAME:PASSWORD[:CREDITS]",
                        help="another account (repeatable); demo/demo always exists")
    parser.add_argument("--error-5xx-rate", type=_rate, default=0.0, metavar="R")
    parser.add_argument("--drop-rate", type=_rate, default=0.0, metavar="R",
                        help="share of requests whose connection closes unanswered")
    parser.add_argument("--malformed-rate", type=_rate, default=0.0, metavar="R")
    parser.add_argument("--exception-rate", type=_rate, default=0.0, metavar="R",
                        help="share of requests answered with error 8734")
    parser.add_argument("--rate-limit", type=float, default=None, metavar="N",
                        help="requests per second; beyond it: 503 with Retry-After")
    parser.add_argument("--status-step", type=float, default=2.0, metavar="S",
                        help="seconds each status lasts before the next (0 → 1 → 2 → final)")
    parser.add_argument("--timezone", default="UTC",
                        help="time zone that sendondate is read in")
    parser.add_argument("--state", default=None, metavar="FILE",
                        help="keep credits, messages and the sent log in this SQLite file, so a "
                             "restarted sandbox still knows its message ids (default: memory)")
    parser.add_argument("--smpp-port", type=int, default=None, metavar="N",
                        help="also serve SMPP 3.4 on this port (0: a free one), same accounts "
                             "and sent log; receipts follow --status-step")
    parser.set_defaults(func=run)


def build_config(args: argparse.Namespace) -> SandboxConfig:
    users = {"demo": SandboxUser("demo", "demo")}
    users.update({u.name: u for u in args.user})
    return SandboxConfig(
        host=args.host, port=args.port, latency_ms=args.latency_ms,
        error_5xx_rate=args.error_5xx_rate, drop_rate=args.drop_rate,
        malformed_rate=args.malformed_rate, gateway_exception_rate=args.exception_rate,
        rate_limit=args.rate_limit, seed=args.seed, status_step_s=args.status_step,
        timezone=args.timezone, users=tuple(users.values()), state_file=args.state)


def run(args: argparse.Namespace) -> int:
    try:
        config = build_config(args)
        gateway = SandboxGateway(config)
    except (ValueError, SandboxStoreError) as exc:
        print(f"masiv sandbox: {exc}", file=sys.stderr)
        return 2
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    try:
        gateway.start()
    except OSError as exc:
        gateway.state.close()
        print(f"masiv sandbox: cannot listen on {config.host}:{config.port}: {exc}",
              file=sys.stderr)
        return 1
    smsc: SmppSandbox | None = None
    if args.smpp_port is not None:
        try:
            smsc = SmppSandbox(gateway.state, host=config.host, port=args.smpp_port).start()
        except OSError as exc:
            gateway.stop()
            print(f"masiv sandbox: cannot listen for SMPP on {config.host}:{args.smpp_port}: "
                  f"{exc}", file=sys.stderr)
            return 1
    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        print(gateway.base_url, flush=True)
        if smsc is not None:
            print("smpp://{}:{}".format(*smsc.address), flush=True)
        names = ", ".join(u.name for u in config.users)
        kept = f"messages kept in {config.state_file}" if config.state_file else "in memory"
        print(f"Sandbox gateway running (accounts: {names}; {kept}). Press Ctrl-C to stop.",
              flush=True)
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if smsc is not None:
            smsc.stop()
        gateway.stop()
    print("Sandbox gateway stopped.", flush=True)
    return 0
