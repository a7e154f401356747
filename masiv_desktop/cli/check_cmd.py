"""`masiv check FILE`: read a recipient list and give every row its verdict, sending nothing.

Exit code 0 when the list was read (whatever the verdicts), 2 when the file, sheet, column
or region is wrong (the message says which). With `--json` the document is streamed row by
row, so a 1,000,000-row list does not have to fit in memory as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any, TextIO

from masiv_desktop.cli.problems import rne_text
from masiv_desktop.core.campaigns import contact_checks
from masiv_desktop.core.lists import phones
from masiv_desktop.core.lists.columns import choose_phone_column
from masiv_desktop.core.lists.importer import open_list
from masiv_desktop.core.lists.types import ListFileError, shortened
from masiv_desktop.core.lists.validation import ListValidator, RowCheck, Summary
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.store import db
from masiv_desktop.core.usertypes import Purpose, Verdict

PROBLEMS_SHOWN = 50


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check", help="check a recipient list (xlsx, xls, ods, csv, txt) without sending",
        description="Read a list, find its phone column and give every row a verdict: valid, "
                    "not a mobile, invalid (with the reason), empty, duplicate or suppressed.")
    add_list_arguments(parser)
    parser.add_argument("--region", default=phones.DEFAULT_REGION,
                        help="country for numbers written without country code (default CO)")
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object with the summary and every row")
    parser.add_argument("--purpose", choices=[p.value for p in Purpose],
                        default=Purpose.COMMERCIAL.value,
                        help="commercial (default) checks today's contacts and the RNE's age; "
                        "transactional does not")
    parser.set_defaults(func=run)


def add_list_arguments(parser: argparse.ArgumentParser) -> None:
    """FILE, --sheet and --column, shared with `masiv suppress import`."""
    parser.add_argument("file", metavar="FILE", type=Path, help="the list to read")
    parser.add_argument("--sheet", help="sheet name (default: the first sheet with data)")
    parser.add_argument("--column", help="phone column by header or letter (default: guessed)")


def run(args: argparse.Namespace) -> int:
    region = str(args.region).upper()
    if not phones.is_known_region(region):
        print(f"masiv check: unknown region {args.region!r}; use a two-letter country code "
              "such as CO", file=sys.stderr)
        return 2
    with closing(db.connect(app_paths(args.data_dir).database)) as conn:
        rules = contact_checks(conn, Purpose(args.purpose), now=time.time())
    if rules.rne_warning:
        print(f"Warning: {rne_text(rules.rne_warning)}", file=sys.stderr)
    try:
        reader = open_list(args.file, args.sheet)
        column = choose_phone_column(reader.columns, reader.preview, path=args.file,
                                     sheet=reader.sheet, wanted=args.column, region=region)
        validator = ListValidator(region, rules.suppressed, rules.contacted)
        checks = (validator.check(number, cells[column.index])
                  for number, cells in reader.rows())
        header: dict[str, Any] = {"file": str(args.file), "sheet": reader.sheet,
                  "column": {"name": column.name, "letter": column.letter},
                  "header_row": reader.header_row}
        if args.json:
            _write_json(sys.stdout, header, checks, validator, reader.legacy_rows)
        else:
            _write_text(sys.stdout, header, checks, validator)
            if reader.legacy_rows:
                print(legacy_rows_text(reader.legacy_rows))
    except ListFileError as exc:
        print(f"masiv check: {exc}", file=sys.stderr)
        return 2
    return 0


def row_json(check: RowCheck) -> dict[str, object]:
    return {"row": check.row, "input": check.input, "digits": check.digits,
            "verdict": check.verdict.value, "reason": check.text or None,
            "code": _code(check),
            "duplicate_of": check.duplicate_of}


def _code(check: RowCheck) -> str | None:
    """A stable code for `reason`: the phone reason, or "duplicate" / "suppressed"."""
    if check.reason is not None:
        return check.reason.value
    if check.verdict in (Verdict.DUPLICATE, Verdict.SUPPRESSED, Verdict.CONTACTED_TODAY):
        return check.verdict.value
    return None


def legacy_rows_text(rows: list[int]) -> str:
    """Rows of a UTF-8 list that were not UTF-8: their accents are worth a look."""
    shown = ", ".join(str(row) for row in rows[:PROBLEMS_SHOWN])
    more = f" and {len(rows) - PROBLEMS_SHOWN} more" if len(rows) > PROBLEMS_SHOWN else ""
    return (f"\nNote: the file is UTF-8 but row(s) {shown}{more} are not; they were read as "
            "Windows-1252 (ANSI). Check their accents.")


def _write_json(out: TextIO, header: dict[str, Any], checks: Any,
                validator: ListValidator, legacy_rows: list[int]) -> None:
    out.write(json.dumps(header, ensure_ascii=False)[:-1] + ', "rows": [')
    for index, check in enumerate(checks):
        out.write(("\n  " if index == 0 else ",\n  ") + json.dumps(row_json(check),
                                                                  ensure_ascii=False))
    summary = json.dumps(validator.summary().as_dict(), ensure_ascii=False)
    out.write(f'\n], "summary": {summary}, "rows_read_as_windows_1252": '
              f'{json.dumps(legacy_rows)}}}\n')


def _write_text(out: TextIO, header: dict[str, Any], checks: Any,
                validator: ListValidator) -> None:
    problems: list[RowCheck] = []
    hidden = 0
    for check in checks:
        if check.verdict is not Verdict.OK:
            if len(problems) < PROBLEMS_SHOWN:
                problems.append(check)
            else:
                hidden += 1
    sheet = f', sheet "{header["sheet"]}"' if header["sheet"] else ""
    column = header["column"]
    out.write(f'{header["file"]}{sheet}: phone column "{column["name"]}" ({column["letter"]})\n')
    _write_summary(out, validator.summary())
    if problems:
        out.write("\nRows to look at:\n")
        for check in problems:
            shown = shortened(check.input) if check.input else "(empty)"
            out.write(f"  row {check.row}: {shown} — {check.verdict.value}: {check.text}\n")
        if hidden:
            out.write(f"  … and {hidden} more (use --json to see every row)\n")


def _write_summary(out: TextIO, summary: Summary) -> None:
    lines = [("Rows", summary.rows), ("Valid mobiles", summary.ok),
             ("Not mobiles (can be kept)", summary.not_mobile), ("Invalid", summary.invalid)]
    lines += [(f"  {reason.value.replace('_', ' ')}", n)
              for reason, n in summary.invalid_by_reason.items()]
    lines += [("Empty", summary.empty), ("Duplicates", summary.duplicates),
              ("Suppressed", summary.suppressed),
              ("Already contacted today", summary.contacted_today)]
    width = max(len(label) for label, _ in lines)
    for label, number in lines:
        out.write(f"{label + ':':<{width + 1}} {number:>9,}\n")
