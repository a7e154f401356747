"""A one-paragraph notice (information, warning, error) shown inside a page, not as a popup.

Problems users can fix (a file, a column, a merge field, a send time) are shown where they
are, in plain words, so the flow never stops on a dialog. Hidden while empty.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from masiv_desktop.core.usertypes import Severity
from masiv_desktop.gui.style import tint


class Notice(QLabel):
    """Plain text in a tinted box; `show_text("")` hides it."""

    def __init__(self, severity: Severity = Severity.INFO,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.severity = severity
        self.set_severity(severity)
        self.hide()

    def set_severity(self, severity: Severity) -> None:
        """Colour the box for `severity` from the current palette."""
        self.severity = severity
        self.setStyleSheet(tint(severity).style(
            "QLabel", "border-radius: 4px; padding: 6px 8px; "))

    def show_text(self, text: str, severity: Severity | None = None) -> None:
        if severity is not None:
            self.set_severity(severity)
        self.setText(text)
        self.setVisible(bool(text))
