"""The confirmation before a draft is sent: what goes where, and when (the `SchedulePanel`)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.store.campaigns import Campaign
from masiv_desktop.gui.i18n.translators import tr_fmt


class SendDialog(QDialog):
    """Open with `open()`; when accepted, `send_at()` is None (now) or the chosen time."""

    def __init__(self, campaign: Campaign, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from masiv_desktop.gui.schedule.panel import SchedulePanel

        self.setWindowTitle(self.tr("Send the campaign"))
        title = QLabel(tr_fmt(self.tr("Send “%1”?"), campaign.name), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        where = self.tr("the sandbox on this computer (nothing reaches real phones)") \
            if settings.uses_sandbox else tr_fmt(self.tr("your Masiv account %1"),
                                                 settings.username)
        summary = QLabel(tr_fmt(self.tr("%1, %2 in all, through %3."),
                                self.tr("%Ln recipient(s)", "", campaign.recipients),
                                self.tr("%Ln SMS part(s)", "", campaign.parts), where), self)
        summary.setWordWrap(True)
        self.schedule = SchedulePanel(settings, self)
        self.schedule.set_purpose(campaign.purpose, campaign.window_override)
        self.schedule.set_send_at(campaign.send_at)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button: QPushButton = self.buttons.addButton(
            self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.schedule.changed.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addSpacing(8)
        layout.addWidget(self.schedule)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._check()

    def send_at(self) -> datetime | None:
        return self.schedule.send_at()

    def _check(self) -> None:
        self.send_button.setEnabled(self.schedule.is_valid())
