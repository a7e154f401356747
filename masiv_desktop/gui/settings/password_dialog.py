"""Asks for the account's password when this computer has no keyring to keep it.

The password typed here is used while the program stays open and is never written anywhere
(not in the settings, not in the log: `core.account` registers it as a secret).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PasswordDialog(QDialog):
    """Open with `open()`; `answered` carries the password, or None when the user cancels."""

    answered = Signal(object)

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password for this session"))
        explanation = QLabel(self.tr(
            "This computer has no password store (keyring), so Masiv Desktop cannot keep the "
            "password. Type it to send now: it is used until you close the program and is "
            "never saved."), self)
        explanation.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Account:"), QLabel(username, self))
        form.addRow(self.tr("Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def done(self, result: int) -> None:
        typed = self.password.text()
        self.password.clear()
        super().done(result)
        accepted = result == int(QDialog.DialogCode.Accepted) and bool(typed)
        self.answered.emit(typed if accepted else None)
