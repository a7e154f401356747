"""`masiv export ID -o FILE.xlsx|FILE.csv`: a campaign's delivery report.

The format follows the file's extension. Progress goes to stderr, the written path to stdout.
Exit 0 when written, 2 for an unknown campaign or an unusable file name or option.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from masiv_desktop.cli.problems import error_text
from masiv_desktop.core.reports.csv_file import DELIMITERS
from masiv_desktop.core.reports.export import ReportError, ReportOptions, export_report
from masiv_desktop.core.reports.labels import LANGUAGES
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import load_settings
from masiv_desktop.core.store.campaigns import CampaignNotFound


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export", help="write a campaign's delivery report (.xlsx or .csv)",
        description="Write the delivery report of campaign ID: an Excel workbook (summary "
        "with a chart, recipients, refused rows) or a CSV of the recipients (UTF-8 with "
        "BOM, times in UTC). The format follows the file's extension.")
    parser.add_argument("id", type=int, help="the campaign's number ('masiv campaigns')")
    parser.add_argument("-o", "--output", type=Path, required=True,
                        metavar="FILE.xlsx|FILE.csv", help="the report file (replaced)")
    parser.add_argument("--delimiter", choices=DELIMITERS,
                        help="CSV field separator (default: ';' where decimals are written "
                        "with a comma, else ',')")
    parser.add_argument("--language", choices=LANGUAGES,
                        help="words of the report (default: the language setting, else the "
                        "system's)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    paths = app_paths(args.data_dir)
    settings = load_settings(paths)
    options = ReportOptions(language=args.language, language_setting=settings.language,
                            delimiter=args.delimiter)
    shown = -1

    def progress(done: int, total: int) -> None:
        nonlocal shown
        percent = 100 * done // total if total else 100
        if percent != shown and sys.stderr.isatty():
            shown = percent
            print(f"\rWriting the report: {percent}%", end="", file=sys.stderr, flush=True)

    try:
        result = export_report(paths.database, args.id, args.output, options,
                               progress=progress)
    except (CampaignNotFound, ReportError) as exc:
        print(f"masiv export: {error_text(exc)}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"masiv export: cannot write {args.output}: {exc.strerror or exc}",
              file=sys.stderr)
        return 2
    if shown >= 0:
        print(file=sys.stderr)
    print(f"Campaign {args.id}: {result.recipients} recipients and {result.refused_rows} "
          f"refused rows in {result.seconds:.1f} s.", file=sys.stderr)
    print(result.path)
    return 0
