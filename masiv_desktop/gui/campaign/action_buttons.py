"""The campaign page's row of action buttons: Send…/Edit… on a draft, Pause, Resume,
Cancel campaign… and Resend uncertain… otherwise.

Which buttons show follows the state; which are enabled is the core's decision
(`core.actions.allowed_actions`), so the buttons, the window's Campaign menu and the CLI never
disagree.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from masiv_desktop.core.actions import Action, allowed_actions
from masiv_desktop.core.store.campaigns import CampaignCounts
from masiv_desktop.core.usertypes import CampaignState

Slot = Callable[[], None]


class ActionButtons(QWidget):
    """Shows the buttons of a campaign's state and enables those the core allows; each click
    calls the slot given for it."""

    def __init__(self, *, send: Slot, edit: Slot, pause: Slot, resume: Slot, cancel: Slot,
                 resend: Slot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.send_button = self._button(send)
        self.send_button.setDefault(True)
        self.edit_button = self._button(edit)
        self.pause_button = self._button(pause)
        self.resume_button = self._button(resume)
        self.cancel_button = self._button(cancel)
        self.resend_button = self._button(resend)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in self.in_order():
            layout.addWidget(button)
        layout.addStretch(1)
        self.retranslate()

    def _button(self, slot: Slot) -> QPushButton:
        button = QPushButton(self)
        button.clicked.connect(slot)
        return button

    def in_order(self) -> tuple[QPushButton, ...]:
        return (self.send_button, self.edit_button, self.pause_button, self.resume_button,
                self.cancel_button, self.resend_button)

    def retranslate(self) -> None:
        self.send_button.setText(self.tr("Send…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.pause_button.setText(self.tr("Pause"))
        self.resume_button.setText(self.tr("Resume"))
        self.cancel_button.setText(self.tr("Cancel campaign…"))
        self.resend_button.setText(self.tr("Resend uncertain…"))

    def show_allowed(self, state: CampaignState | None, counts: CampaignCounts | None,
                     running: bool) -> None:
        """The buttons of `state` (None: no campaign read yet, none shown), enabled by
        `allowed_actions`."""
        draft = state is CampaignState.DRAFT
        allowed = frozenset() if state is None else allowed_actions(state, counts,
                                                                    running=running)
        for button in (self.send_button, self.edit_button):
            button.setVisible(draft)
        for button in (self.pause_button, self.resume_button, self.cancel_button,
                       self.resend_button):
            button.setVisible(not draft and state is not None)
        for button, action in zip(self.in_order(), (Action.SEND, Action.EDIT, Action.PAUSE,
                                                Action.RESUME, Action.CANCEL,
                                                Action.RESEND_UNCERTAIN), strict=True):
            button.setEnabled(action in allowed)
