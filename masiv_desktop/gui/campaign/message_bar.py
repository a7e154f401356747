"""The message bar at the top of a campaign page: why it paused, what to do, when it resumes.

One message at a time (the latest wins), in a tinted strip with an optional action button
("Resume", "Settings…") and a close button. Hidden while empty.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from masiv_desktop.core.usertypes import Severity
from masiv_desktop.gui.style import tint


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
        self.close_button.setAccessibleName(self.tr("Close notice"))
        self.close_button.setToolTip(self.tr("Close notice"))
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._callback: Callable[[], None] | None = None
        self.severity = Severity.INFO
        self.hide()

    def show_message(self, text: str, severity: Severity = Severity.INFO, action_text: str = "",
                     action: Callable[[], None] | None = None) -> None:
        """Show `text` (replacing any earlier message); empty text hides the bar."""
        if not text:
            self.clear()
            return
        self.severity = severity
        colors = tint(severity)
        self.setStyleSheet(colors.style("QFrame#messageBar", "border-radius: 4px; ")
                           + f" QFrame#messageBar QLabel, QFrame#messageBar QToolButton "
                             f"{{ color: {colors.text.name()}; }}")
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
