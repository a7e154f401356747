"""The message's one-click fixes: smart encoding (curly quotes, dashes, ellipsis, non-breaking
spaces) and, as a separate choice, á í ó ú without accent. Each button is enabled only when
it would change the message and says the parts it saves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QWidget

from masiv_desktop.core.law.contact_rules import with_footer
from masiv_desktop.core.text.measure import analyze
from masiv_desktop.core.text.smart_encoding import remove_spanish_accents, smart_encode
from masiv_desktop.core.usertypes import PartRule
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.message.tools import tool_button


class FixesBar(QWidget):
    """The two fix buttons; clicking calls `smart` or `accents` (the editor applies them)."""

    def __init__(self, smart: Callable[[], None], accents: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.smart_button = tool_button(self, self.tr("Smart encoding"), smart)
        self.accents_button = tool_button(self, self.tr("Write á í ó ú without accent"),
                                          accents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.smart_button)
        layout.addWidget(self.accents_button)
        layout.addStretch(1)

    def show_savings(self, message: str, footer: str, rule: PartRule, long_message: bool,
                     parts: int) -> None:
        """Enable each fix that changes `message` (of `parts` parts with its footer) and
        name the parts it saves."""
        for button, fixed, title in (
                (self.smart_button, smart_encode(message).text, self.tr("Smart encoding")),
                (self.accents_button, remove_spanish_accents(message).text,
                 self.tr("Write á í ó ú without accent"))):
            button.setEnabled(fixed != message)
            after = analyze(with_footer(fixed, footer) if footer else fixed, rule,
                            long_message=long_message)
            if fixed != message and after.parts < parts:
                button.setText(title + " " + tr_fmt(self.tr("(%1 → %Ln part(s))", "",
                                                            after.parts), str(parts)))
            else:
                button.setText(title)
