"""The message's live figures: its parts in large type, then characters (or septets, or
UTF-16 units, as the part rule counts them), the encoding and what is left in the last part.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from masiv_desktop.core.text.measure import TextAnalysis
from masiv_desktop.core.usertypes import Encoding


class FigureWords(QObject):
    """Words a `TextAnalysis`: shared by the editor's figures and its preview."""

    def parts(self, a: TextAnalysis) -> str:
        return self.tr("%Ln part(s)", "", a.parts)

    def sentence(self, a: TextAnalysis) -> str:
        """'160 characters · GSM-7 · 0 left in this part'."""
        units = {"characters": self.tr("%Ln character(s)", "", a.counted),
                 "septets": self.tr("%Ln septet(s)", "", a.counted)}.get(
            a.count_unit, self.tr("%Ln UTF-16 unit(s)", "", a.counted))
        left = self.tr("%Ln left in this part", "", a.left_in_last_part)
        encoding = self.tr("Unicode") if a.encoding is Encoding.UCS2 else a.encoding.value
        return " · ".join([units, encoding, left])


class FiguresPanel(QWidget):
    """Shows the figures of the message being written (`show_analysis`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = FigureWords(self)
        self.parts_label = QLabel(self)
        big = QFont(self.parts_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.35)
        big.setBold(True)
        self.parts_label.setFont(big)
        self.figures_label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.parts_label)
        layout.addSpacing(10)
        layout.addWidget(self.figures_label, 1)

    def show_analysis(self, a: TextAnalysis) -> None:
        self.parts_label.setText(self.words.parts(a))
        self.figures_label.setText(self.words.sentence(a))
