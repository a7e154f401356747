"""The top of a campaign page: its name, its state in words, its purpose and when, who created
it and, on a team store, the desktops sending it now."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from masiv_desktop.core.store.campaigns import Campaign
from masiv_desktop.core.store.team import split_name
from masiv_desktop.core.usertypes import CampaignState, Purpose, Severity
from masiv_desktop.gui import style
from masiv_desktop.gui.i18n.formats import time_text
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.labels import campaign_state_label

_STATE_SEVERITY = {
    CampaignState.RUNNING: Severity.INFO, CampaignState.WAITING_WINDOW: Severity.WARNING,
    CampaignState.PAUSED: Severity.WARNING, CampaignState.STOPPED: Severity.ERROR,
    CampaignState.SENT: Severity.SUCCESS, CampaignState.FINISHED: Severity.SUCCESS,
    CampaignState.SCHEDULED: Severity.INFO,
}
"""A state's colour; the others (draft, cancelled) are grey."""


def local_time(moment: datetime) -> str:
    """A stored (aware) time in the user's zone and locale with its weekday, e.g.
    "mar 8 dic 2026 07:00": a numeric short date reads as another day across locales."""
    return time_text(moment)


class CampaignHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLabel(self)
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name.setFont(font)
        self.state = QLabel(self)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.people = QLabel(self)
        """Who created the campaign and who sends it now (hidden when nobody is known)."""
        self.people.setWordWrap(True)
        self.people.setTextFormat(Qt.TextFormat.PlainText)
        self.people.hide()
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addWidget(self.people)

    def show_campaign(self, campaign: Campaign) -> None:
        self.name.setText(campaign.name)
        self.show_state(campaign.state)
        self.details.setText(" · ".join(self._details(campaign)))

    def show_people(self, created_by: str | None, sending_from: Sequence[str]) -> None:
        """"Created by ana on PC-ANA" and, while desktops send it, "Sending from: …"."""
        lines = []
        creator = split_name(created_by)
        if creator is not None:
            lines.append(tr_fmt(self.tr("Created by %1"), self._desktop(*creator)))
        if sending_from:
            lines.append(tr_fmt(self.tr("Sending from: %1"), ", ".join(
                self._desktop(*(split_name(name) or (name, ""))) for name in sending_from)))
        text = "\n".join(lines)
        self.people.setText(text)
        self.people.setAccessibleName(text.replace("\n", ". "))
        self.people.setVisible(bool(lines))

    def _desktop(self, user: str, computer: str) -> str:
        return tr_fmt(self.tr("%1 on %2"), user, computer) if computer else user

    def show_state(self, state: CampaignState) -> None:
        severity = _STATE_SEVERITY.get(state)
        colors = style.neutral_tint() if severity is None else style.tint(severity)
        self.state.setText(campaign_state_label(state))
        self.state.setStyleSheet(f"QLabel {{ background: {colors.background.name()}; "
                                 f"color: {colors.text.name()}; border-radius: 10px; "
                                 "padding: 3px 12px; font-weight: bold; }")

    def _details(self, campaign: Campaign) -> list[str]:
        purpose = self.tr("Commercial message (contact hours apply)") if \
            campaign.purpose is Purpose.COMMERCIAL else self.tr("Service notice (transactional)")
        items = [purpose, self.tr("%Ln recipient(s)", "", campaign.recipients),
                 self.tr("%Ln SMS part(s)", "", campaign.parts)]
        if campaign.per_row and campaign.send_at is not None:
            items.append(tr_fmt(self.tr("each row at its own time (column “%1”), the last %2"),
                                campaign.send_column or "", local_time(campaign.send_at)))
        elif campaign.send_at is not None:
            items.append(tr_fmt(self.tr("scheduled for %1"), local_time(campaign.send_at)))
        if campaign.finished_at is not None:
            items.append(tr_fmt(self.tr("finished %1"), local_time(campaign.finished_at)))
        elif campaign.started_at is not None:
            items.append(tr_fmt(self.tr("started %1"), local_time(campaign.started_at)))
        else:
            items.append(tr_fmt(self.tr("created %1"), local_time(campaign.created_at)))
        return items
