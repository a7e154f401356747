"""Reading the shown campaign off the GUI thread: its details (header, counts, report figures)
and its recipients for the grid.

A new read cancels the one under way, and a result for a campaign no longer shown is
dropped. While a run reports progress the details are re-read at most every
`DETAILS_REFRESH_MS`, spaced further when a read is slow so the engine keeps the database.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from masiv_desktop.core.overview import CampaignDetails, campaign_details
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.gui.ops import OpContext, OpHandle, run_store_op
from masiv_desktop.gui.recipients.loader import GridData, load_grid
from masiv_desktop.gui.throttle import Throttle

DETAILS_REFRESH_MS = 1500
"""While a run reports progress, the header, counts and chart are re-read this often."""
DETAILS_DUTY = 0.1
"""While a campaign runs, re-reading its figures may take at most this share of the time: a
million-recipient campaign takes ~1.4 s per read, and the engine needs the database too."""


class DetailsLoader(QObject):
    """Reads `campaign_id`'s details and recipients; results arrive as signals on the GUI
    thread, only for the campaign still shown."""

    detailsRead = Signal(object)
    """`CampaignDetails` of the shown campaign."""
    gridRead = Signal(int, object)
    """The shown campaign's id and its `GridData` (recipients, rows refused at import)."""

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.campaign_id: int | None = None
        self.throttle = Throttle(self.read_details, DETAILS_REFRESH_MS, self)
        self._details_op: OpHandle[CampaignDetails] | None = None
        self._grid_op: OpHandle[GridData] | None = None

    def run_progressed(self) -> None:
        """A run of the shown campaign progressed: re-read the details soon (throttled),
        unless a read is under way."""
        if self._details_op is None or self._details_op.done:
            self.throttle()

    def read_details(self) -> None:
        campaign_id = self.campaign_id
        if campaign_id is None:
            return
        if self._details_op is not None:
            self._details_op.cancel()
        started = time.monotonic()

        def work(store: Store, _ctx: OpContext) -> CampaignDetails:
            return campaign_details(store, campaign_id)

        def done(details: CampaignDetails) -> None:
            took_ms = (time.monotonic() - started) * 1000
            self.throttle.interval_ms = max(DETAILS_REFRESH_MS, int(took_ms / DETAILS_DUTY))
            if details.campaign.id == self.campaign_id:
                self.detailsRead.emit(details)

        self._details_op = run_store_op(work, database=self.database, snapshot=True,
                                        on_success=done, parent=self)

    def read_grid(self) -> None:
        campaign_id = self.campaign_id
        if campaign_id is None:
            return
        if self._grid_op is not None:
            self._grid_op.cancel()

        def work(store: Store, ctx: OpContext) -> GridData:
            return load_grid(store, campaign_id, ctx)

        def done(grid: GridData) -> None:
            if campaign_id == self.campaign_id:
                self.gridRead.emit(campaign_id, grid)

        self._grid_op = run_store_op(work, database=self.database, on_success=done,
                                     on_cancelled=lambda: None, parent=self)
