"""The opt-out part of the settings dialog's sending page: the line added to commercial
messages, the words that make a reply an opt-out, and whether this account can honour a
reply at all. Over SMPP replies reach the program while a campaign runs; an HTTP account's
do not (the API has none), so the note says to import the Masiv platform's export or to word
the line so it points to another channel (core/law/opt_out.py, docs/smpp.md)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from masiv_desktop.gui import style
from masiv_desktop.gui.settings.fields import Field, line_edit


class OptOutFields(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Opt-out"))
        self.footer = QLineEdit(self)
        self.footer.setMaxLength(160)
        self.words = QLineEdit(self)
        self.words.setPlaceholderText("SALIR, BAJA, STOP")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        style.set_hint(self.note)
        form = QFormLayout(self)
        form.addRow(self.tr("Opt-out line:"), self.footer)
        form.addRow(self.tr("Stop words:"), self.words)
        form.addRow("", self.note)
        self.set_account(smpp=False)

    def set_account(self, *, smpp: bool) -> None:
        """Say how replies reach the program with this kind of account."""
        self.smpp = smpp
        if smpp:
            self.note.setText(self.tr(
                "Replies arrive while a campaign is sending or following its statuses. A reply "
                "holding a stop word puts its number on the suppression list at once; see them "
                "all in Campaign › Replies."))
        else:
            self.note.setText(self.tr(
                "With an HTTP account replies do not reach this program. Export them from the "
                "Masiv platform and import the file in Campaign › Replies, or write a line "
                "that points to another channel (a web page or a phone line)."))

    def fields(self) -> list[Field]:
        """The opt-out settings' fields, for the dialog's `FieldTable`."""
        return [line_edit("opt_out_footer", self.footer),
                line_edit("opt_out_words", self.words)]
