"""Reading the shown campaign off the GUI thread: its details (header, counts, report figures)
and its recipients for the grid.

A new read cancels the one under way, and a result for a campaign no longer shown is
dropped. While a run reports progress the details are re-read at most every
`DETAILS_REFRESH_MS`, spaced further when a read is slow so the engine keeps the database.

Another desktop's run (team store) sends this window no progress. On the team store, every
`FOLLOW_MS` one light query asks which desktops hold a live lease on the shown campaign
(`core.store.team.senders`); while one does and no run of this window sends it, the details
are re-read, and `othersChanged` asks for the grid again when the counts moved. When nobody
sends it any more, one last reading shows where they left it, and the re-reading stops.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from masiv_desktop.core.overview import CampaignDetails, campaign_details
from masiv_desktop.core.store import db
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.store.team import senders
from masiv_desktop.gui.ops import OpContext, OpHandle, run_store_op
from masiv_desktop.gui.recipients.loader import GridData, load_grid
from masiv_desktop.gui.throttle import Throttle

log = logging.getLogger(__name__)

DETAILS_REFRESH_MS = 1500
"""While a run reports progress, the header, counts and chart are re-read this often."""
DETAILS_DUTY = 0.1
"""While a campaign runs, re-reading its figures may take at most this share of the time: a
million-recipient campaign takes ~1.4 s per read, and the engine needs the database too."""
FOLLOW_MS = 2000
"""On the team store, who sends the shown campaign is asked this often; while another
desktop does, its details are re-read as often (spaced further when a read is slow, like a
run's own progress: `DETAILS_DUTY`)."""


class DetailsLoader(QObject):
    """Reads `campaign_id`'s details and recipients; results arrive as signals on the GUI
    thread, only for the campaign still shown."""

    detailsRead = Signal(object)
    """`CampaignDetails` of the shown campaign."""
    gridRead = Signal(int, object)
    """The shown campaign's id and its `GridData` (recipients, rows refused at import)."""
    othersChanged = Signal(int)
    """Another desktop's run changed the shown campaign's counts: its grid is out of date."""

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.campaign_id: int | None = None
        self.throttle = Throttle(self.read_details, DETAILS_REFRESH_MS, self)
        self._details_op: OpHandle[CampaignDetails] | None = None
        self._grid_op: OpHandle[GridData] | None = None
        self.runs_here: Callable[[int], bool] = lambda _campaign_id: False
        """True when a run of this window sends the campaign (its events keep it current)."""
        self.following = False
        """Another desktop sends the shown campaign: its details are re-read on a timer."""
        self._senders_op: OpHandle[list[str]] | None = None
        self._watch = QTimer(self)
        self._watch.setSingleShot(True)
        self._watch.timeout.connect(self.ask_senders)
        if db.team_store():
            self._watch.start(FOLLOW_MS)
        self._grid_counts: tuple[int, object] | None = None
        """The campaign and counts the grid was last asked again for while following."""

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
                self._follow_others(details)

        self._details_op = run_store_op(work, database=self.database, snapshot=True,
                                        on_success=done, parent=self)

    def _follow_others(self, details: CampaignDetails) -> None:
        """Keep re-reading while other desktops send the campaign; once they stop, one last
        grid read shows where they left it."""
        campaign_id = details.campaign.id
        others = bool(details.sending_from) and not self.runs_here(campaign_id)
        seen = (campaign_id, details.counts)
        if self._grid_counts is None or self._grid_counts[0] != campaign_id:
            self._grid_counts = seen  # a campaign just shown: its grid is being read
        elif (self.following and self._grid_counts != seen
              and (self._grid_op is None or self._grid_op.done or not others)):
            self._grid_counts = seen
            self.othersChanged.emit(campaign_id)
        self.following = others

    def ask_senders(self) -> None:
        """Ask (one light query off the GUI thread) whether other desktops send the shown
        campaign; re-read its details while they do, and once after they stopped."""
        campaign_id = self.campaign_id
        if campaign_id is None or (self._senders_op is not None and not self._senders_op.done):
            self._watch.start(FOLLOW_MS)
            return

        def work(store: Store, _ctx: OpContext) -> list[str]:
            return senders(store.conn, campaign_id)

        def done(names: list[str]) -> None:
            others = bool(names) and not self.runs_here(campaign_id)
            if campaign_id == self.campaign_id and (others or self.following):
                self.read_details()
            self._watch.start(max(FOLLOW_MS, self.throttle.interval_ms))

        def failed(error: BaseException) -> None:
            log.info("who sends campaign %s could not be read: %s", campaign_id, error)
            self._watch.start(max(FOLLOW_MS, self.throttle.interval_ms))

        self._senders_op = run_store_op(work, database=self.database, on_success=done,
                                        on_failure=failed, on_cancelled=lambda: None,
                                        parent=self, expected=(db.DatabaseError,))

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
