"""Deleting a campaign from the list (Campaign › Delete…, the list's menu, the Delete key).

The core decides (`core.actions.delete_refusal`, `delete_campaign`), off the GUI thread: a
campaign the gateway may still deliver messages of is refused with the reason and what to do
first; any other is deleted after a question naming it and what goes with it. GUI thread
only, apart from the `run_store_op` work.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from masiv_desktop.core.actions import (
    DeleteBlock,
    DeleteRefused,
    delete_campaign,
    delete_refusal,
)
from masiv_desktop.core.store.campaigns import Campaign, Store
from masiv_desktop.core.usertypes import CampaignState
from masiv_desktop.gui.campaign.header import local_time
from masiv_desktop.gui.confirm import Question, confirm
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.ops import OpContext, run_store_op

log = logging.getLogger(__name__)


class CampaignDeleter(QObject):
    """Asks, then deletes; `deleted` says which campaign went. `is_running(id)`: this
    program has a run of it going (sending or following its statuses)."""

    deleted = Signal(int)
    refused = Signal(int)
    """The campaign stays; the user was told why."""

    def __init__(self, database: Path, dialog_parent: QWidget,
                 is_running: Callable[[int], bool]) -> None:
        super().__init__(dialog_parent)
        self.database, self.dialog_parent, self.is_running = database, dialog_parent, is_running
        self._boxes: list[QMessageBox] = []

    def request(self, campaign_id: int) -> None:
        """Check whether `campaign_id` may be deleted; ask, or say why not."""
        running = self.is_running(campaign_id)

        def work(store: Store, _ctx: OpContext) -> tuple[Campaign, DeleteRefused | None]:
            return store.campaign(campaign_id), delete_refusal(store, campaign_id,
                                                                now=time.time(), running=running)

        def checked(result: tuple[Campaign, DeleteRefused | None]) -> None:
            campaign, refusal = result
            if refusal is not None:
                self._refuse(refusal)
            else:
                confirm(self.dialog_parent, self.question(campaign),
                        lambda: self._delete(campaign_id))

        run_store_op(work, database=self.database, on_success=checked, parent=self)

    def question(self, campaign: Campaign) -> Question:
        """Delete `campaign`? Names it and what is lost with it."""
        if campaign.state is CampaignState.DRAFT:
            details = tr_fmt(self.tr("The draft “%1” will be deleted (its list and message); "
                                     "this cannot be undone."), campaign.name)
        else:
            details = tr_fmt(self.tr(
                "The campaign “%1” and its delivery report will be deleted: its %Ln "
                "recipient(s) and the status of every message. This cannot be undone; export "
                "the report first if you need it. The exclusion list is kept.", "",
                campaign.recipients), campaign.name)
        return Question(self.tr("Delete campaign"), tr_fmt(self.tr("Delete “%1”?"),
                                                           campaign.name),
                        details, self.tr("Delete"), self.tr("Keep it"), destructive=True)

    def refusal_text(self, refusal: DeleteRefused) -> str:
        """Why the campaign stays and what to do first, in the user's words."""
        match refusal.block:
            case DeleteBlock.SENDING:
                return self.tr("It is being sent. Cancel it first, or delete it once it is "
                               "finished.")
            case DeleteBlock.NOT_SENT:
                return self.tr("Some recipients have not been sent yet. Cancel the campaign "
                               "first, or resume it and delete it once it is finished.")
            case DeleteBlock.SCHEDULED:
                when = local_time(refusal.until) if refusal.until else ""
                return tr_fmt(self.tr(
                    "The gateway holds its messages until %1 and cannot recall them. It can "
                    "be deleted after that time, once their statuses are known."), when)
            case DeleteBlock.PENDING:
                return self.tr("%Ln message(s) accepted by the gateway are still waiting to "
                               "be delivered. It can be deleted once they are delivered or "
                               "have failed.", "", refusal.count)
            case DeleteBlock.CONTACTED_TODAY:
                return self.tr("It reached people today, and Ley 2300 allows one commercial "
                               "message a day: the program needs it to know who was "
                               "contacted today. It can be deleted tomorrow.")
            case _:
                return self.tr("Masiv Desktop (this window, another one or a 'masiv' "
                               "command) is sending it or following its statuses right now. "
                               "It can be deleted once that has ended.")

    def _delete(self, campaign_id: int) -> None:
        def work(store: Store, _ctx: OpContext) -> Campaign:
            return delete_campaign(store, campaign_id, now=time.time())

        def failed(error: BaseException) -> None:
            if isinstance(error, DeleteRefused):
                self._refuse(error)
                return
            from masiv_desktop.gui.errors import show_unexpected_error

            show_unexpected_error(error)

        def done(campaign: Campaign) -> None:
            log.info("campaign %d deleted by the user", campaign.id)
            self.deleted.emit(campaign.id)

        run_store_op(work, database=self.database, on_success=done, on_failure=failed,
                     parent=self, expected=(DeleteRefused,))

    def _refuse(self, refusal: DeleteRefused) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Delete campaign"),
                          tr_fmt(self.tr("“%1” cannot be deleted now."), refusal.campaign.name),
                          QMessageBox.StandardButton.Ok, self.dialog_parent)
        box.setInformativeText(self.refusal_text(refusal))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._boxes.append(box)
        box.finished.connect(lambda _result: self._boxes.remove(box))
        box.open()
        self.refused.emit(refusal.campaign_id)
