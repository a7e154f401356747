"""The settings dialog's password field, whose placeholder tells the truth about the keyring.

An empty field means "keep the saved password" only when one is saved: the field asks the
keyring (off the GUI thread: a keyring may block on an unlock prompt) whether it holds a
password for the account's user name, and says "Unchanged (kept in the system keyring)",
"No password saved: type it", or that this computer has no keyring. The password itself never
reaches the widget.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from masiv_desktop.core.settings.credentials import KeyringUnavailable, has_password
from masiv_desktop.gui.ops import OpContext, run_op


class Saved(StrEnum):
    """What the keyring holds for the account."""

    UNKNOWN = "unknown"
    """Not asked yet (or being asked), or no user name to ask about."""
    YES = "yes"
    NO = "no"
    NO_KEYRING = "no_keyring"
    NOT_NEEDED = "not_needed"
    """The sandbox needs no password."""


class PasswordField(QLineEdit):
    """Echo-mode password; `look_up(username, needed)` refreshes the placeholder. Emits
    `found(Saved)` once the keyring answered (tests wait on it)."""

    found = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.saved = Saved.UNKNOWN
        self._asking = ""
        self._show(Saved.UNKNOWN)

    def look_up(self, username: str, needed: bool = True) -> None:
        """Ask the keyring about `username` (nothing to ask for the sandbox or no name)."""
        username = username.strip()
        if not needed:
            self._asking = ""
            self._show(Saved.NOT_NEEDED)
            return
        if not username:
            self._asking = ""
            self._show(Saved.NO)
            return
        if username == self._asking:
            return
        self._asking = username
        self._show(Saved.UNKNOWN)

        def work(_ctx: OpContext) -> Saved:
            try:
                return Saved.YES if has_password(username) else Saved.NO
            except KeyringUnavailable:
                return Saved.NO_KEYRING

        def done(saved: Saved) -> None:
            if username == self._asking:
                self._show(saved)
                self.found.emit(saved)

        run_op(work, on_success=done, parent=self)

    def _show(self, saved: Saved) -> None:
        self.saved = saved
        self.setPlaceholderText({
            Saved.UNKNOWN: "",
            Saved.YES: self.tr("Unchanged (kept in the system keyring)"),
            Saved.NO: self.tr("No password saved: type it"),
            Saved.NO_KEYRING: self.tr("This computer has no keyring: asked for when sending"),
            Saved.NOT_NEEDED: self.tr("Not needed for the sandbox"),
        }[saved])
