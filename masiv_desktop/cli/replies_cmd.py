"""`masiv replies`: the replies people sent, newest first; `--xlsx FILE` writes them to Excel.

Replies over SMPP are kept while a campaign runs (`masiv send`, `masiv resume`, `masiv poll`);
an HTTP account's come from the platform's export (`masiv suppress import FILE --source
reply`). Exit code 0; 1 when the Excel file cannot be written.
"""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

from masiv_desktop.core import replies
from masiv_desktop.core.reports.export import temp_folder
from masiv_desktop.core.reports.labels import LANGUAGES, choose_language
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import load_settings
from masiv_desktop.core.store import db
from masiv_desktop.core.store.replies import StoredReply


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "replies", help="list the replies people sent (opt-outs included)",
        description="Replies received over SMPP while a campaign ran, and those imported from "
        "the Masiv platform's export. A reply whose words mean stop (setting opt_out_words) "
        "put its number on the suppression list.")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--campaign", type=int, metavar="ID",
                        help="only the replies that answer this campaign")
    parser.add_argument("--search", default="", metavar="WORDS",
                        help="only replies whose number, text or campaign holds these words")
    parser.add_argument("--xlsx", type=Path, metavar="FILE",
                        help="write them to this Excel file instead of printing them")
    parser.add_argument("--language", choices=LANGUAGES,
                        help="words of the Excel file (default: the language setting)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    paths = app_paths(args.data_dir)
    with closing(db.connect(paths.database)) as conn:
        if args.xlsx is not None:
            language = args.language or choose_language(load_settings(paths).language)
            try:
                written = replies.export_replies(
                    conn, args.xlsx, language=language, search=args.search,
                    campaign_id=args.campaign, temp_dir=temp_folder(paths.database))
            except OSError as exc:
                print(f"masiv replies: cannot write {args.xlsx}: {exc.strerror or exc}",
                      file=sys.stderr)
                return 1
            print(f"Wrote {written} replies to {args.xlsx}.")
            return 0
        found = replies.list_replies(conn, search=args.search, campaign_id=args.campaign)
    if args.json:
        print(json.dumps([as_json(reply) for reply in found], ensure_ascii=False, indent=1))
        return 0
    for reply in found:
        campaign = f"campaign {reply.campaign_id}" if reply.campaign_id else "no campaign"
        mark = "opt-out" if reply.opt_out else "       "
        print(f"{reply.received_at:%Y-%m-%d %H:%M} UTC  {reply.digits:<15} {mark}  "
              f"{campaign:<14} {reply.text}")
    opted = sum(reply.opt_out for reply in found)
    print(f"{len(found)} replies, {opted} opted out.")
    return 0


def as_json(reply: StoredReply) -> dict[str, Any]:
    return {"id": reply.id, "number": reply.digits, "text": reply.text,
            "received_at": reply.received_at.isoformat(timespec="seconds"),
            "campaign_id": reply.campaign_id, "campaign": reply.campaign_name,
            "opt_out": reply.opt_out, "origin": reply.origin.value}
