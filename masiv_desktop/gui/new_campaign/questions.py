"""The wizard's two questions: "Send now?" before a campaign starts from the last page, and
"Discard the new campaign?" before a wizard with work in it closes (Escape, Cancel, the
window's close button).

Both boxes open with `open()` (no nested event loop) and answer through callbacks; neither
makes the answer that sends or discards the default, so Enter never does either.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from masiv_desktop.core.campaigns import CampaignPlan
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.gui.confirm import Question
from masiv_desktop.gui.i18n.translators import tr_fmt

translate = QCoreApplication.translate


def send_now_question(plan: CampaignPlan, name: str, settings: Settings) -> Question:
    """The same question the campaign page's "Send…" asks, for a campaign that starts as
    soon as it is stored."""
    locale = QLocale()
    where = translate("Wizard", "the sandbox on this computer (nothing reaches real phones)") \
        if settings.uses_sandbox else tr_fmt(translate("Wizard", "your Masiv account %1"),
                                             settings.username)
    return Question(
        translate("Wizard", "Send the campaign"),
        tr_fmt(translate("Wizard", "Send “%1”?"), name),
        tr_fmt(translate("Wizard", "%1 recipients, %2 SMS parts in all, through %3. Sending "
                         "starts at once."), locale.toString(len(plan.recipients)),
               locale.toString(plan.total_parts), where),
        translate("Wizard", "&Send now"), translate("Wizard", "&Not yet"),
        icon=QMessageBox.Icon.Question)


def ask_leave(parent: QWidget, *, editing: str | None, can_save: bool,
              on_save: Callable[[], None], on_discard: Callable[[], None]) -> QMessageBox:
    """Ask whether to save the campaign as a draft, discard it or keep editing; returns at
    once. `editing` is the name of the draft being edited (None for a new campaign);
    without `can_save` (no list or phone column yet) only Discard and Keep editing are
    offered. Keep editing is the default and the Escape answer."""
    if editing is None:
        text = translate("Wizard", "Discard the new campaign?")
        details = translate("Wizard", "The list and the message you chose are not saved yet.")
    else:
        text = tr_fmt(translate("Wizard", "Discard the changes to “%1”?"), editing)
        details = translate("Wizard", "The draft keeps what it had before you opened it.")
    if not can_save:
        details += " " + translate("Wizard", "A draft can be saved once the list and its "
                                   "phone column are chosen.")
    box = QMessageBox(QMessageBox.Icon.Question, translate("Wizard", "Close the campaign"),
                      text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(details)
    if can_save:
        save = box.addButton(translate("Wizard", "Save as &draft"),
                             QMessageBox.ButtonRole.AcceptRole)
        save.clicked.connect(on_save)
    discard = box.addButton(translate("Wizard", "D&iscard"),
                            QMessageBox.ButtonRole.DestructiveRole)
    discard.clicked.connect(on_discard)
    keep = box.addButton(translate("Wizard", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setObjectName("leaveWizardBox")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
