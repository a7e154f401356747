"""The message's one-click fixes: smart encoding (curly quotes, dashes, ellipsis, non-breaking
spaces) and, as a separate choice, á í ó ú without accent. Each button is enabled only when
it saves parts under the part rule in force (`core.text.smart_encoding.saving`), says how
many, and its tooltip says what the rule counts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from masiv_desktop.core.text.smart_encoding import Saving, saving
from masiv_desktop.core.usertypes import PartRule
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.message.tools import tool_button


def rule_counts(rule: PartRule) -> str:
    """What `rule` counts, in one sentence (why a replacement does or does not save)."""
    translate = QCoreApplication.translate
    if rule is PartRule.MASIV_HTTP:
        return translate("FixesBar", "The Masiv rule counts characters: 160 a part, whatever "
                         "the encoding. Only a shorter message saves a part.")
    if rule is PartRule.GSM:
        return translate("FixesBar", "GSM 03.38 counts 160 characters a part (153 when split) "
                         "in the SMS alphabet, 70 (67) in Unicode: one character outside the "
                         "alphabet turns the whole message into Unicode.")
    return translate("FixesBar", "SMPP Latin-1 counts 140 characters a part (134 when split) in "
                     "Latin-1, 70 (67) in Unicode: one character outside Latin-1 turns the "
                     "whole message into Unicode.")


class FixesBar(QWidget):
    """The two fix buttons; clicking calls `smart` or `accents` (the editor applies them).
    `smart_saving` and `accents_saving` are the figures last shown (None before)."""

    def __init__(self, smart: Callable[[], None], accents: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.smart_button = tool_button(self, self.tr("Smart encoding"), smart)
        self.accents_button = tool_button(self, self.tr("Write á í ó ú without accent"),
                                          accents)
        self.smart_saving: Saving | None = None
        self.accents_saving: Saving | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.smart_button)
        layout.addWidget(self.accents_button)
        layout.addStretch(1)

    def show_savings(self, message: str, suffix: str, rule: PartRule,
                     long_message: bool) -> None:
        """Enable each fix that saves parts on `message` (sent with `suffix`, the opt-out
        line) under `rule`, and name the parts it saves."""
        self.smart_saving = saving(message, rule, long_message=long_message, suffix=suffix)
        self.accents_saving = saving(message, rule, long_message=long_message, accents=True,
                                     suffix=suffix)
        for button, fix, title in (
                (self.smart_button, self.smart_saving, self.tr("Smart encoding")),
                (self.accents_button, self.accents_saving,
                 self.tr("Write á í ó ú without accent"))):
            self._show(button, fix, title, rule)

    def _show(self, button: QToolButton, fix: Saving, title: str, rule: PartRule) -> None:
        button.setEnabled(fix.offered)
        if fix.offered:
            button.setText(title + " " + tr_fmt(self.tr("(%1 → %Ln part(s))", "",
                                                        fix.after.parts), fix.before.parts))
            why = self.tr("Saves %Ln part(s).", "", fix.parts_saved)
        else:
            button.setText(title)
            why = self.tr("Nothing to replace.") if not fix.replaceable else self.tr(
                "Replacing these characters would save no part.")
        button.setToolTip(why + " " + rule_counts(rule))
