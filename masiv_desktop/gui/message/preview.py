"""The message as one chosen recipient receives it: its row and number, the text in a bubble,
and that text's figures. A merge-field error or a missing cell is said in place of the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from masiv_desktop.core.lists.check import Candidate
from masiv_desktop.core.text.measure import analyze
from masiv_desktop.core.text.merge import MissingValuesError, TemplateError, parse_template
from masiv_desktop.core.usertypes import PartRule, Severity
from masiv_desktop.gui import style
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.message.figures import FigureWords
from masiv_desktop.gui.message.problems import missing_values_text


@dataclass(frozen=True)
class PreviewSource:
    """What the preview renders: the template, the list's columns and recipients, the rule."""

    template_text: str
    headers: tuple[str, ...]
    recipients: Sequence[Candidate]
    rule: PartRule
    long_message: bool


class PreviewBox(QGroupBox):
    """Renders `PreviewSource` for the recipient chosen in `preview_row` (1-based)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Preview"), parent)
        self.words = FigureWords(self)
        self.source: PreviewSource | None = None
        self.preview_row = QSpinBox(self)
        self.preview_row.setMinimum(1)
        self.preview_row.valueChanged.connect(self._render)
        self.preview_count = QLabel(self)
        self.preview_who = QLabel(self)
        style.set_hint(self.preview_who)
        chooser = QHBoxLayout()
        chooser_label = QLabel(self.tr("Recipient"), self)
        chooser_label.setBuddy(self.preview_row)
        self.preview_row.setAccessibleName(self.tr("Recipient shown in the preview"))
        chooser.addWidget(chooser_label)
        chooser.addWidget(self.preview_row)
        chooser.addWidget(self.preview_count)
        chooser.addStretch(1)
        self.bubble = _bubble(self)
        self.preview_figures = QLabel(self)
        self.preview_figures.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.preview_who)
        layout.addWidget(self.bubble)
        layout.addWidget(self.preview_figures)
        layout.addStretch(1)

    def set_count(self, count: int) -> None:
        """The list has `count` recipients to choose from."""
        self.preview_row.setMaximum(max(1, count))

    def show_source(self, source: PreviewSource) -> None:
        self.source = source
        self._render()

    def _render(self) -> None:
        source = self.source
        if source is None:
            return
        count = len(source.recipients)
        self.preview_count.setText(tr_fmt(self.tr("of %1"), count))
        self.preview_row.setEnabled(count > 1)
        try:
            template = parse_template(source.template_text, source.headers)
        except TemplateError:
            self._show("", self.tr("Fix the merge fields to see the preview."))
            return
        if not count:
            self.preview_who.setText("")
            text = template.literals[0] if not template.has_fields else ""
            self._show(text, "" if text else self.tr("No recipients to preview."))
            return
        who = source.recipients[min(self.preview_row.value(), count) - 1]
        self.preview_who.setText(tr_fmt(self.tr("Row %1 · %2"), str(who.row), "+" + who.digits))
        try:
            self._show(template.render(who.cells, who.row), None)
        except MissingValuesError as exc:
            self._show("", "\n".join(missing_values_text(exc)))

    def _show(self, text: str, problem: str | None) -> None:
        if problem is not None or not text or self.source is None:
            self.bubble.setText(problem or "")
            self.preview_figures.setText("")
            return
        a = analyze(text, self.source.rule, long_message=self.source.long_message)
        self.bubble.setText(a.text)
        self.preview_figures.setText(" · ".join([self.words.parts(a), self.words.sentence(a)]))


def _bubble(parent: QWidget) -> QLabel:
    """A chat-like bubble in the palette's success tint."""
    bubble = QLabel(parent)
    bubble.setWordWrap(True)
    bubble.setTextFormat(Qt.TextFormat.PlainText)
    bubble.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    bubble.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    bubble.setMinimumHeight(70)
    colors = style.tint(Severity.SUCCESS, role=QPalette.ColorRole.Base, strength=0.1)
    text = style.readable(parent.palette().color(QPalette.ColorRole.Text), colors.background)
    bubble.setStyleSheet(f"QLabel {{ background: {colors.background.name()}; "
                         f"color: {text.name()}; border: 1px solid {colors.border.name()}; "
                         "border-radius: 10px; padding: 8px 10px; }")
    return bubble
