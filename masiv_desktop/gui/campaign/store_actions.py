"""A campaign's pause, cancel and resend-uncertain written to the store, off the GUI thread.

Used by the runner when no live run can take the action itself (or after stopping it): the
core's `actions` decide what is allowed and write it; success says `changed`, a refusal or an
error says `problem` with its words (`run_problems`), then `changed` so the page re-reads.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from masiv_desktop.core import actions
from masiv_desktop.core.actions import ActionResult
from masiv_desktop.core.engine.run import CampaignRun
from masiv_desktop.core.startup import CLOSED_REASON
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.gui.campaign.run_problems import run_problem_text
from masiv_desktop.gui.ops import OpContext, run_store_op

StoreAction = Callable[[Store, float], ActionResult]
"""Runs on a worker thread with the store and the time (UTC seconds)."""


class StoreActions(QObject):
    """Runs user actions on a campaign in the store; `stop` (a run still alive) is paused
    and waited for, on the worker, before the store is changed."""

    changed = Signal(int)
    """This campaign was changed in the store (or tried to be)."""
    problem = Signal(int, str)
    """An action failed: the campaign and what to tell the user."""

    def __init__(self, database: Path, wait_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database, self.wait_s = database, wait_s

    def pause(self, campaign_id: int) -> None:
        self.run(campaign_id, lambda store, now: actions.pause(store, campaign_id, now=now))

    def cancel(self, campaign_id: int, stop: CampaignRun | None) -> None:
        def action(store: Store, now: float) -> ActionResult:
            self._stop(stop)
            return actions.cancel(store, campaign_id, now=now)

        self.run(campaign_id, action)

    def resend_uncertain(self, campaign_id: int, stop: CampaignRun | None,
                         then: Callable[[], None]) -> None:
        def action(store: Store, now: float) -> ActionResult:
            self._stop(stop)
            return actions.resend_uncertain(store, campaign_id, now=now)

        self.run(campaign_id, action, then=then)

    def run(self, campaign_id: int, action: StoreAction,
            then: Callable[[], None] | None = None) -> None:
        """Run `action` off the GUI thread; on success emit `changed`, then call `then`."""
        def work(store: Store, _ctx: OpContext) -> ActionResult:
            return action(store, time.time())

        def done(_result: ActionResult) -> None:
            self.changed.emit(campaign_id)
            if then is not None:
                then()

        def failed(error: BaseException) -> None:
            self.problem.emit(campaign_id, run_problem_text(error))
            self.changed.emit(campaign_id)

        run_store_op(work, database=self.database, on_success=done, on_failure=failed,
                     parent=self)

    def mark_closed(self, campaign_id: int) -> None:
        """Record a run that did not stop in time as paused by the closing, if the store
        still says it is sending. Blocks until written: the program is about to exit."""
        pool = QThreadPool(self)
        run_store_op(lambda store, _ctx: actions.pause(store, campaign_id, now=time.time(),
                                                         reason=CLOSED_REASON),
                     database=self.database, on_success=lambda _text: None,
                     on_failure=lambda _error: None, pool=pool)
        pool.waitForDone(int(self.wait_s * 1000))

    def _stop(self, run: CampaignRun | None) -> None:
        if run is not None:
            run.pause()
            run.wait(self.wait_s)
