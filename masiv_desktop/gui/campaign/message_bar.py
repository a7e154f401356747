"""The message bar at the top of a campaign page: why it paused, what to do, when it resumes.

One message at a time (the latest wins), in a tinted strip with an optional action button
("Resume", "Preferences…") and a close button. Hidden while empty.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class Level(Enum):
    INFO = ("#e8f1fb", "#1d4f86", "#b9d3f0")
    WARNING = ("#fff4d6", "#6b4e00", "#f0d58a")
    ERROR = ("#fde8e8", "#8a1c1c", "#f2b8b8")
    SUCCESS = ("#e6f5ea", "#1f5e32", "#b5dfc0")


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton(self)
        self.action.hide()
        self.action.clicked.connect(self._act)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._callback: Callable[[], None] | None = None
        self.level = Level.INFO
        self.hide()

    def show_message(self, text: str, level: Level = Level.INFO, action_text: str = "",
                     action: Callable[[], None] | None = None) -> None:
        """Show `text` (replacing any earlier message); empty text hides the bar."""
        if not text:
            self.clear()
            return
        self.level = level
        background, color, border = level.value
        self.setStyleSheet(
            f"QFrame#messageBar {{ background: {background}; border: 1px solid {border}; "
            f"border-radius: 4px; }} QFrame#messageBar QLabel {{ color: {color}; }}")
        self.text.setText(text)
        self._callback = action
        self.action.setText(action_text)
        self.action.setVisible(bool(action_text) and action is not None)
        self.show()

    def clear(self) -> None:
        self.text.clear()
        self._callback = None
        self.hide()

    def _act(self) -> None:
        if self._callback is not None:
            self._callback()
