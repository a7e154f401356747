"""`masiv demo`: a whole campaign on the built-in sandbox, from the sample list to final
statuses and a delivery report, with nothing to configure and nothing sent for real.

It runs the same commands a user would (`send`, `status`, `export`) in a throw-away data
folder (or `--data-dir`), so what it shows is what the program does.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from masiv_desktop.resources_path import resources_dir

SAMPLE = resources_dir() / "samples" / "clientes-ejemplo.xlsx"
MESSAGE = ("Hola {Nombre}, su pedido lo espera en nuestra tienda de {Ciudad}. "
           "Lo atendemos de lunes a viernes, de 8 a 18 h.")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo", help="send the sample list through the built-in sandbox and show every status",
        description="A whole campaign on the built-in sandbox gateway: the sample list, a "
        "personalised message, sending, statuses polled to final, and a delivery report. "
        "Nothing reaches real phones.")
    parser.add_argument("--file", type=Path, default=SAMPLE, help="list to send (default: "
                        "the sample list)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from masiv_desktop.cli import main

    home = args.data_dir or tempfile.mkdtemp(prefix="masiv-demo-")
    print(f"Demo data folder: {home}\n", file=sys.stderr)
    base = ["--data-dir", home]
    # A service notice (transactional): the demo must work at any hour, and the contact
    # rules for commercial messages are shown by `masiv send` itself.
    code = main([*base, "send", str(args.file), "--message", MESSAGE, "--sandbox", "--yes",
                 "--name", "Demo", "--purpose", "transactional", "--ignore-window",
                 "--until-final", "--poll-delays", "1,1,2"])
    if code != 0:
        return code
    print(file=sys.stderr)
    main([*base, "status", "1"])
    report = Path(home) / "demo-report.xlsx"
    code = main([*base, "export", "1", "-o", str(report)])
    if code == 0:
        print(f"\nDelivery report: {report}")
    return code
