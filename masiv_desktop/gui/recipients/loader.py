"""Fill the live grid from the store: run `load_recipients` through `gui.ops.run_store_op`.

On the worker's own store connection it reads the campaign's recipients page by
page and packs them into `RecipientColumns`, reporting `(done, total)` progress and stopping
when cancelled. The GUI thread then calls `RecipientsModel.load(columns)`.

`load_grid` also reads the rows the import refused (`core.reports.data.refused_rows`), which
the grid shows under "Refused at import".

The name column shows the spreadsheet's name field, or else its first field, when the
campaign kept the list's cells (its message uses merge fields); otherwise it is empty. The
status time is the latest of the recipient's parts (`core.grid_rows`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from masiv_desktop.core.reasons import Reason, recipient_problem
from masiv_desktop.core.reports.data import RefusedRow, refused_rows
from masiv_desktop.core.store.campaigns import Store, parse_utc
from masiv_desktop.core.store.grid_rows import grid_rows
from masiv_desktop.core.usertypes import RecipientState
from masiv_desktop.gateway.codes import GatewayStatus, error_info
from masiv_desktop.gui.ops import OpContext
from masiv_desktop.gui.recipients.columns import (
    GridRow,
    RecipientColumns,
    build_columns,
    fold,
)

NAME_FIELDS = ("nombre", "name", "nombres", "nombre completo", "cliente", "razon social")
PROGRESS_EVERY = 20_000


class GridData(NamedTuple):
    """What the grid shows of one campaign: its recipients and the rows refused at import."""

    columns: RecipientColumns
    refused: list[RefusedRow]


def display_name(fields: Mapping[str, str] | None) -> str:
    """The value of a name-like column ("Nombre", "name"…), else the first field, else ""."""
    if not fields:
        return ""
    by_folded = {fold(key).strip(): value for key, value in fields.items()}
    for key in NAME_FIELDS:
        if by_folded.get(key):
            return str(by_folded[key])
    return str(next(iter(fields.values()), ""))


def error_text(code: int | None, text: str | None, reason: Reason | None = None) -> str:
    """What the error column shows: the gateway's code, the program's reason in the user's
    language and the gateway's own words (`core.reasons.recipient_problem`)."""
    if reason is not None:
        worded = recipient_problem(reason, text, QCoreApplication.translate)
        return f"{code}: {worded}" if code is not None else worded
    if text:
        return f"{code}: {text}" if code is not None else text
    if code is not None:
        return f"{code}: {error_info(code).meaning}"
    return ""


def _timestamp(text: str | None) -> float | None:
    return parse_utc(text).timestamp() if text else None


def _name(fields: str | None) -> str:
    if not fields:
        return ""
    try:
        cells = json.loads(fields)
    except ValueError:
        return ""
    return display_name(cells) if isinstance(cells, dict) else ""


def load_recipients(store: Store, campaign_id: int, ctx: OpContext) -> RecipientColumns:
    """The grid's columns for one campaign. Worker thread only (`run_store_op`)."""
    total = store.campaign(campaign_id).recipients

    def rows() -> Iterator[GridRow]:
        done = 0
        for batch in grid_rows(store.conn, campaign_id):
            ctx.check_cancelled()
            for row in batch:
                status = GatewayStatus(row.status) if row.status is not None else None
                yield GridRow(
                    row.id, row.row_number, row.digits, _name(row.fields), row.parts,
                    RecipientState(row.state), status, _timestamp(row.status_time),
                    error_text(row.error_code, row.error_text,
                               Reason.stored(row.error_reason or "", row.error_args or "{}")),
                    _timestamp(row.send_at))
            done += len(batch)
            if done % PROGRESS_EVERY < len(batch):
                ctx.progress((done, total))

    columns = build_columns(rows())
    ctx.progress((total, total))
    return columns


def load_grid(store: Store, campaign_id: int, ctx: OpContext) -> GridData:
    """The recipients (`load_recipients`) and the refused rows. Worker thread only."""
    columns = load_recipients(store, campaign_id, ctx)
    refused = [row for batch in refused_rows(store.conn, campaign_id) for row in batch]
    return GridData(columns, refused)
