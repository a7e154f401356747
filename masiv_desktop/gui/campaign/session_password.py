"""The account's password typed for this program session, on a computer without a keyring.

Kept in memory only, never written; forgotten when the account (user name or gateway)
changes. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from masiv_desktop.core.settings.settings import Settings

AskPassword = Callable[[str, Callable[[str | None], None]], None]
"""Ask for `username`'s password, then call the answer with it (None: the user declined)."""


class SessionPassword:
    """Holds the session's typed password and asks for it in a `PasswordDialog`.

    `ask` may be replaced (tests); `dialog_parent` is the window the dialog is modal to."""

    def __init__(self) -> None:
        self.password: str | None = None
        self.dialog_parent: QWidget | None = None
        self.ask: AskPassword = self._ask_in_dialog

    def account_changed(self, old: Settings, new: Settings) -> None:
        """Forget the password when the settings name another account."""
        if new.username != old.username or new.gateway_preset != old.gateway_preset:
            self.password = None

    def request(self, username: str, then: Callable[[], None]) -> None:
        """Ask for the password without blocking; keep it and call `then` if one was typed."""
        def typed(password: str | None) -> None:
            if password:
                self.password = password
                then()

        self.ask(username, typed)

    def _ask_in_dialog(self, username: str, answer: Callable[[str | None], None]) -> None:
        from masiv_desktop.gui.settings.password_dialog import PasswordDialog

        dialog = PasswordDialog(username, self.dialog_parent)
        dialog.answered.connect(answer)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
