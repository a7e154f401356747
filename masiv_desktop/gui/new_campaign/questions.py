"""The wizard's two questions: "Send now?" before a campaign starts from the last page, and
"Discard the new campaign?" before a wizard with work in it closes (Escape, Cancel, the
window's close button).

Both boxes open with `open()` (no nested event loop) and answer through callbacks; neither
makes the answer that sends or discards the default, so Enter never does either.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from masiv_desktop.core.campaigns import CampaignPlan
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.gui.confirm import Question
from masiv_desktop.gui.i18n.translators import tr_fmt


class WizardQuestions(QObject):
    """Words and opens the wizard's questions (`tr` here, so counts get plural forms)."""

    def send_now(self, plan: CampaignPlan, name: str, settings: Settings) -> Question:
        """The same question the campaign page's "Send…" asks, for a campaign that starts
        as soon as it is stored."""
        where = self.tr("the sandbox on this computer (nothing reaches real phones)") \
            if settings.uses_sandbox else tr_fmt(self.tr("your Masiv account %1"),
                                                 settings.username)
        return Question(
            self.tr("Send the campaign"), tr_fmt(self.tr("Send “%1”?"), name),
            tr_fmt(self.tr("%1, %2 in all, through %3. Sending starts at once."),
                   self.tr("%Ln recipient(s)", "", len(plan.recipients)),
                   self.tr("%Ln SMS part(s)", "", plan.total_parts), where),
            self.tr("&Send now"), self.tr("&Not yet"), icon=QMessageBox.Icon.Question)

    def ask_leave(self, parent: QWidget, *, editing: str | None, can_save: bool,
                  on_save: Callable[[], None], on_discard: Callable[[], None]) -> QMessageBox:
        """Ask whether to save the campaign as a draft, discard it or keep editing; returns
        at once. `editing` is the name of the draft being edited (None for a new campaign);
        without `can_save` (no list or phone column yet) only Discard and Keep editing are
        offered. Keep editing is the default and the Escape answer."""
        if editing is None:
            text = self.tr("Discard the new campaign?")
            details = self.tr("The list and the message you chose are not saved yet.")
        else:
            text = tr_fmt(self.tr("Discard the changes to “%1”?"), editing)
            details = self.tr("The draft keeps what it had before you opened it.")
        if not can_save:
            details += " " + self.tr("A draft can be saved once the list and its phone "
                                     "column are chosen.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close the campaign"), text,
                          QMessageBox.StandardButton.NoButton, parent)
        box.setInformativeText(details)
        if can_save:
            save = box.addButton(self.tr("Save as &draft"), QMessageBox.ButtonRole.AcceptRole)
            save.clicked.connect(on_save)
        discard = box.addButton(self.tr("D&iscard"), QMessageBox.ButtonRole.DestructiveRole)
        discard.clicked.connect(on_discard)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setObjectName("leaveWizardBox")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
