"""Fill the live grid from the store: run `load_recipients` through `gui.ops.run_op`.

It opens its own store connection (one per thread), reads the campaign's recipients page by
page and packs them into `RecipientColumns`, reporting `(done, total)` progress and stopping
when cancelled. The GUI thread then calls `RecipientsModel.load(columns)`.

The name column shows the spreadsheet's name field, or else its first field, when the store's
rows carry the fields (`fields`: a mapping of column name to value); otherwise it is empty.
Likewise the status time comes from the rows' `status_time` (an aware datetime) when present.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path

from masiv_desktop.core.store import Store
from masiv_desktop.gateway.codes import GatewayStatus, error_info
from masiv_desktop.gui.ops import OpContext
from masiv_desktop.gui.recipient_columns import (
    RecipientColumns,
    RecipientRow,
    build_columns,
    fold,
)

NAME_FIELDS = ("nombre", "name", "nombres", "nombre completo", "cliente", "razon social")
PROGRESS_EVERY = 20_000


def display_name(fields: Mapping[str, str] | None) -> str:
    """The value of a name-like column ("Nombre", "name"…), else the first field, else ""."""
    if not fields:
        return ""
    by_folded = {fold(key).strip(): value for key, value in fields.items()}
    for key in NAME_FIELDS:
        if by_folded.get(key):
            return str(by_folded[key])
    return str(next(iter(fields.values()), ""))


def error_text(code: int | None, text: str | None) -> str:
    """What the error column shows: the gateway's code and what it means."""
    if text:
        return f"{code}: {text}" if code is not None else text
    if code is not None:
        return f"{code}: {error_info(code).meaning}"
    return ""


def _timestamp(moment: datetime | None) -> float | None:
    return moment.timestamp() if moment is not None else None


def load_recipients(database: Path, campaign_id: int, ctx: OpContext) -> RecipientColumns:
    """The grid's columns for one campaign. Worker thread only (opens its own connection)."""
    store = Store.open(database)
    try:
        total = store.campaign(campaign_id).recipients

        def rows() -> Iterator[RecipientRow]:
            for done, row in enumerate(store.iter_recipients(campaign_id), start=1):
                if done % PROGRESS_EVERY == 0:
                    ctx.check_cancelled()
                    ctx.progress((done, total))
                status = GatewayStatus(row.status) if row.status is not None else None
                yield RecipientRow(
                    row.id, row.row_number, row.digits,
                    display_name(getattr(row, "fields", None)), row.parts, row.state, status,
                    _timestamp(getattr(row, "status_time", None)),
                    error_text(row.error_code, row.error_text))

        columns = build_columns(rows())
        ctx.progress((total, total))
        return columns
    finally:
        store.close()
