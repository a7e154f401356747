"""A one-paragraph notice (information, warning, error) shown inside a page, not as a popup.

Problems users can fix (a file, a column, a merge field, a send time) are shown where they
are, in plain words, so the flow never stops on a dialog. Hidden while empty.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class Tone(Enum):
    INFO = ("#e8f1fb", "#1d4f86", "#b9d3f0")
    WARNING = ("#fff4d6", "#6b4e00", "#f0d58a")
    ERROR = ("#fde8e8", "#8a1c1c", "#f2b8b8")
    SUCCESS = ("#e6f5ea", "#1f5e32", "#b5dfc0")


class Notice(QLabel):
    """Plain text in a tinted box; `show_text("")` hides it."""

    def __init__(self, tone: Tone = Tone.INFO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.tone = tone
        self.set_tone(tone)
        self.hide()

    def set_tone(self, tone: Tone) -> None:
        self.tone = tone
        background, text, border = tone.value
        self.setStyleSheet(f"QLabel {{ background: {background}; color: {text}; "
                           f"border: 1px solid {border}; border-radius: 4px; padding: 6px 8px; }}")

    def show_text(self, text: str, tone: Tone | None = None) -> None:
        if tone is not None:
            self.set_tone(tone)
        self.setText(text)
        self.setVisible(bool(text))
