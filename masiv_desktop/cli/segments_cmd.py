"""`masiv segments`: characters, encoding and parts of a message text, and how to fix it.

Exit code 0, or 1 when `--no-long` is given and the text needs more than one part (the
gateway would answer 1160). TEXT `-` reads standard input, without its final new line.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from masiv_desktop.core.text.measure import TextAnalysis, analyze
from masiv_desktop.core.text.smart_encoding import Saving, SmartResult, saving
from masiv_desktop.core.usertypes import PartRule

_RULE_NAMES = {PartRule.MASIV_HTTP: "Masiv HTTP", PartRule.GSM: "GSM 03.38",
               PartRule.SMPP_LATIN1: "SMPP Latin-1"}
_COUNTS = {PartRule.MASIV_HTTP: "160 characters a part, whatever the encoding",
           PartRule.GSM: "160 or 153 GSM-7 characters a part, 70 or 67 in Unicode",
           PartRule.SMPP_LATIN1: "140 or 134 Latin-1 characters a part, 70 or 67 in Unicode"}
"""What each rule counts, to say why a replacement saves nothing."""


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "segments", help="count the characters, encoding and parts of a message",
        description="Show how many characters and parts a message takes, which characters "
                    "force Unicode, and what smart encoding would save.")
    parser.add_argument("text", metavar="TEXT", help="the message, or - to read stdin "
                        "(put -- before a message that begins with -)")
    parser.add_argument("--rule", choices=[r.value for r in PartRule],
                        default=PartRule.MASIV_HTTP.value,
                        help="part rule: masiv (HTTP gateway, default), gsm (GSM 03.38), "
                             "smpp (SMPP Latin-1)")
    parser.add_argument("--no-long", action="store_true",
                        help="long messages off: more than one part is an error (1160)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--smart", action="store_true",
                        help="also show the text after smart encoding and its figures, "
                        "with only the replacements that save a part under the rule")
    parser.add_argument("--no-accents", action="store_true",
                        help="with --smart (implied), also write á í ó ú without accent")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    text: str = args.text
    if text == "-":
        text = sys.stdin.read()
        text = text.removesuffix("\n").removesuffix("\r")
    rule = PartRule(args.rule)
    long_message = not args.no_long
    analysis = analyze(text, rule, long_message=long_message)
    fix = None
    if args.smart or args.no_accents:
        fix = saving(text, rule, long_message=long_message, accents=args.no_accents)
    if args.json:
        document = _figures(analysis)
        if fix is not None:
            document["smart"] = _figures(fix.after) | {"changes": _changes(fix.result)}
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        _print(analysis)
        if fix is not None:
            print()
            _print_fix(fix)
    return 1 if analysis.exceeds_single_limit else 0


def _distinct(chars: Any) -> list[str]:
    return list(dict.fromkeys(c.char for c in chars))


def _figures(a: TextAnalysis) -> dict[str, Any]:
    return {
        "characters": a.characters, "encoding": a.encoding.value, "units": a.units,
        "parts": a.parts, "unicode_characters": _distinct(a.unicode_characters),
        "rule": a.rule.value, "long_message": a.long_message, "counted": a.counted,
        "count_unit": a.count_unit, "part_limit": a.part_limit,
        "left_in_last_part": a.left_in_last_part,
        "exceeds_single_limit": a.exceeds_single_limit,
        "unicode_positions": [[c.position, c.char] for c in a.unicode_characters],
        "not_carried": [[c.position, c.char] for c in a.not_carried],
        "part_texts": list(a.part_texts), "text": a.text,
    }


def _changes(result: SmartResult) -> list[dict[str, Any]]:
    return [{"position": c.position, "original": c.original, "replacement": c.replacement}
            for c in result.changes]


def _describe(chars: Any) -> str:
    seen: dict[str, int] = {}
    names: dict[str, str] = {}
    for c in chars:
        seen[c.char] = seen.get(c.char, 0) + 1
        names[c.char] = f"{c.code_point} {c.name}"
    return ", ".join(f"{c!r} ({names[c]}) ×{n}" for c, n in seen.items())


def _print(a: TextAnalysis) -> None:
    print(f"Rule:        {_RULE_NAMES[a.rule]}"
          f"{'' if a.long_message else ', long messages off'}")
    print(f"Characters:  {a.characters}")
    print(f"Encoding:    {a.encoding.value}")
    print(f"Size:        {a.units} {'septets' if a.encoding.value == 'GSM-7' else a.count_unit}"
          + (f" ({a.counted} {a.count_unit} for the gateway)" if a.counted != a.units else ""))
    print(f"Parts:       {a.parts} (up to {a.part_limit} {a.count_unit} each, "
          f"{a.left_in_last_part} left in the last)")
    if a.unicode_characters:
        print(f"Unicode because of: {_describe(a.unicode_characters)}")
    if a.not_carried:
        print(f"May not be carried: {_describe(a.not_carried)}")
    if a.exceeds_single_limit:
        print("Too long without long messages: the gateway would answer 1160 "
              "(Message is too long).")


def _print_fix(fix: Saving) -> None:
    result, after = fix.result, fix.after
    if not result.changes:
        if fix.replaceable:
            print(f"No replacement saves a part under the {_RULE_NAMES[after.rule]} rule "
                  f"({_COUNTS[after.rule]}): nothing replaced.")
        else:
            print("Nothing to replace.")
        return
    replaced = ", ".join(f"{o!r} → {r!r} ×{n}" for o, r, n in result.summary())
    print(f"Replaced: {replaced}")
    print(f"Text: {after.text}")
    _print(after)
