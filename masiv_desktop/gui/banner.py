"""The sandbox banner: says plainly that nothing reaches real phones, and how to change that."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from masiv_desktop.core.usertypes import Severity
from masiv_desktop.gui.style import tint


class SandboxBanner(QFrame):
    """Shown while the gateway preset is the embedded sandbox."""

    setUpAccountRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sandboxBanner")
        self.setAutoFillBackground(True)
        palette = self.palette()
        colors = tint(Severity.WARNING, strength=0.22)
        palette.setColor(QPalette.ColorRole.Window, colors.background)
        palette.setColor(QPalette.ColorRole.WindowText, colors.text)
        self.setPalette(palette)
        self.setFrameShape(QFrame.Shape.NoFrame)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size, size))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(self.message.textFormat().PlainText)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.setUpAccountRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(10)
        layout.addWidget(icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.button)
        self.retranslate()

    def retranslate(self) -> None:
        self.message.setText(self.tr(
            "Sandbox: nothing reaches real phones. Campaigns run against a test gateway on "
            "this computer."))
        self.button.setText(self.tr("Set up my account…"))
