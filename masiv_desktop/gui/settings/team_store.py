"""The team store part of the settings dialog's program page: the PostgreSQL address every
desktop of the team shares (`store_url`, validated by its Option like any setting) and its
password, which goes to the system keyring (`core.settings.team_store.save_store_password`)
and never into `Settings` or the settings file. The store is chosen once, at start, so a
change applies the next time the program starts (docs/team-store.md)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from masiv_desktop.gui import style
from masiv_desktop.gui.settings.fields import Field, line_edit


class TeamStoreFields(QGroupBox):
    """The address (a setting) and the password (keyring only) of the team store."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Team store"))
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("postgresql://ana@servidor:5432/masiv")
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Unchanged"))
        note = QLabel(self.tr(
            "Empty: this computer keeps its own store. The password is saved in the system "
            "keyring, never in a file. A change applies the next time the program starts. "
            "With a team store, the contact window, the opt-out line and words and the "
            "removal of personal data are the same for the whole team."),
            self)
        note.setWordWrap(True)
        style.set_hint(note)
        form = QFormLayout(self)
        form.addRow(self.tr("Server address:"), self.url)
        form.addRow(self.tr("Server password:"), self.password)
        form.addRow("", note)

    def fields(self) -> list[Field]:
        """The team store's setting, for the dialog's `FieldTable`."""
        return [line_edit("store_url", self.url)]
