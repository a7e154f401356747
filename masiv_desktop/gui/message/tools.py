"""Small pieces of the message editor: the merge-field buttons and the sentence that says
what a fix (smart encoding, no accents) changed and saved."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from masiv_desktop.core.text.measure import TextAnalysis
from masiv_desktop.core.text.merge import RenderResult
from masiv_desktop.core.text.smart_encoding import SmartResult
from masiv_desktop.core.usertypes import Severity
from masiv_desktop.gui import style
from masiv_desktop.gui.i18n.translators import tr_fmt

CHIPS = 6
"""Columns shown as buttons; the others are in the "More" menu."""


class FieldButtons(QWidget):
    """One button per column (the first few) and a menu with all of them."""

    inserted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.label = QLabel(self.tr("Insert:"), self)
        self.more = QToolButton(self)
        self.more.setText(self.tr("More fields"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.more)
        self.more.setMenu(self.menu)
        self.buttons: list[QToolButton] = []
        self.set_columns(())

    def set_columns(self, headers: Sequence[str]) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        self.menu.clear()
        while self._layout.count():
            self._layout.takeAt(0)
        self._layout.addWidget(self.label)
        link = style.accent(Severity.INFO, role=QPalette.ColorRole.Window)
        for header in headers[:CHIPS]:
            button = QToolButton(self)
            button.setText("{" + header + "}")
            button.setToolTip(tr_fmt(self.tr("Insert each recipient's %1 at the cursor"), header))
            button.setStyleSheet(f"QToolButton {{ {style.color_style(link)} }}")
            button.clicked.connect(lambda _=False, h=header: self.inserted.emit(h))
            self._layout.addWidget(button)
            self.buttons.append(button)
        for header in headers:
            self.menu.addAction("{" + header + "}").triggered.connect(
                lambda _=False, h=header: self.inserted.emit(h))
        self._layout.addWidget(self.more)
        self._layout.addStretch(1)
        self.more.setVisible(len(headers) > CHIPS)
        self.label.setVisible(bool(headers))


def fix_summary(what: str, result: SmartResult, before: TextAnalysis,
                after: TextAnalysis) -> str:
    """'Smart encoding: “ → " (2), – → - (1). Parts: 3 → 1.'"""
    shown = ", ".join(f"{a} → {b or '∅'} ({n})" for a, b, n in result.summary()[:6])
    translate = QCoreApplication.translate
    sentence = what + ": " + (shown or translate("MessageEditor", "characters replaced"))
    return sentence + ". " + tr_fmt(translate("MessageEditor", "Parts: %1 → %2."),
                                    before.parts, after.parts)


class TotalsWords(QObject):
    """The totals' counts, each through a plural string (lupdate reads plurals in `tr`)."""

    def parts(self, n: int) -> str:
        return self.tr("%Ln SMS part(s)", "", n)

    def recipients(self, n: int) -> str:
        return self.tr("%Ln recipient(s)", "", n)

    def spread(self, least: int, most: int) -> str:
        return tr_fmt(self.tr("%1 to %Ln parts per message", "", most), least)

    def longer(self, n: int) -> str:
        return self.tr("%Ln message(s) need more parts than most", "", n)

    def unicode(self, n: int) -> str:
        return self.tr("%Ln message(s) sent as Unicode", "", n)

    def too_long(self, n: int) -> str:
        return self.tr("%Ln message(s) too long for one part, and long messages are off", "", n)


def totals_html(t: RenderResult | None) -> str:
    """The campaign's totals for the editor's "Whole campaign" box (rich text)."""
    translate = QCoreApplication.translate
    if t is None:
        return translate("MessageEditor", "The totals appear once the message is "
                         "written and the list is read.")
    words = TotalsWords()
    lines = [tr_fmt(translate("MessageEditor", "<b style='font-size:large'>%1</b> for %2"),
                    words.parts(t.total_parts), words.recipients(t.messages))]
    if t.min_parts == t.max_parts:
        lines.append(tr_fmt(translate("MessageEditor", "Parts per message: %1"), t.max_parts))
    else:
        spread = words.spread(t.min_parts, t.max_parts)
        if t.longer_rows:
            spread += "; " + words.longer(len(t.longer_rows))
        lines.append(spread)
    if t.unicode_rows:
        lines.append(words.unicode(len(t.unicode_rows)))
    if t.too_long_rows:
        error = style.accent(Severity.ERROR, role=QPalette.ColorRole.Window).name()
        lines.append(f"<span style='color:{error}'>" + words.too_long(len(t.too_long_rows))
                     + "</span>")
    return "<br>".join(lines)


def tool_button(parent: QWidget, text: str, slot: object) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.clicked.connect(slot)
    return button
