"""The campaign page's tabs: the live grid of recipients, the report, and the message.

The report tab is hidden on a draft (nothing to report yet); the grid's model is fed by the
page (a loaded snapshot) and by the runner's bridge (live changes).
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QTabWidget, QWidget

from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.store.campaigns import Campaign
from masiv_desktop.core.usertypes import CampaignState
from masiv_desktop.gui.campaign.report_view import ReportView
from masiv_desktop.gui.recipients.model import RecipientsModel
from masiv_desktop.gui.recipients.panel import RecipientsPanel

_REPORT = 1


class CampaignTabs(QTabWidget):
    """Holds the grid (`model`, `recipients`), the `report` and the read-only `message`."""

    def __init__(self, paths: AppPaths, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.model = RecipientsModel(self)
        self.recipients = RecipientsPanel(self.model, self)
        self.report = ReportView(paths, settings, self)
        self.message = QPlainTextEdit(self)
        self.message.setReadOnly(True)
        self.addTab(self.recipients, "")
        self.addTab(self.report, "")
        self.addTab(self.message, "")
        self.retranslate()

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("&Recipients"))
        self.setTabText(_REPORT, self.tr("Re&port"))
        self.setTabText(2, self.tr("&Message"))
        self.message.setAccessibleName(self.tr("The campaign's message"))

    def show_campaign(self, campaign: Campaign) -> None:
        self.message.setPlainText(campaign.template)
        self.setTabVisible(_REPORT, campaign.state is not CampaignState.DRAFT)

    def show_sending(self) -> None:
        """A run changed the campaign's state: it is no longer a draft."""
        self.setTabVisible(_REPORT, True)
