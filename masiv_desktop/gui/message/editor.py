"""The message editor: the text, its live figures, the fixes, merge fields, a preview for any
recipient, the campaign's totals and a test to the user's own number.

Figures come from `core.text.analyze` (tens of µs) after a short debounce; the campaign's
totals from `core.merge.render_campaign` on a worker thread (run_op), one run at a time,
redone when the text changed meanwhile. Reusable outside the wizard: give it the list with
`set_list` (or nothing, for a message without fields).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from masiv_desktop.core.law.contact_rules import with_footer
from masiv_desktop.core.lists.check import Candidate
from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.settings.smpp import part_rule_for
from masiv_desktop.core.text.measure import TextAnalysis, analyze
from masiv_desktop.core.text.merge import (
    MissingValuesError,
    RenderResult,
    TemplateError,
    parse_template,
    render_campaign,
)
from masiv_desktop.core.text.smart_encoding import SmartResult, remove_spanish_accents, smart_encode
from masiv_desktop.core.usertypes import Encoding, Severity
from masiv_desktop.gui import style
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.message.highlight import MessageText
from masiv_desktop.gui.message.problems import missing_values_text, template_problems
from masiv_desktop.gui.message.test_send import TestSendBox
from masiv_desktop.gui.message.tools import (
    FieldButtons,
    fix_summary,
    tool_button,
    totals_html,
)
from masiv_desktop.gui.notice import Notice
from masiv_desktop.gui.ops import OpContext, run_op
from masiv_desktop.gui.throttle import Throttle

log = logging.getLogger(__name__)

FIGURES_DELAY_MS = 40
TOTALS_DELAY_MS = 300


class MessageEditor(QWidget):
    """Edit a campaign's message. `changed` fires when the text, its validity or the totals
    change; read `message()`, `template_text()` and `is_valid()`."""

    changed = Signal()
    settingsChanged = Signal(object)
    """`Settings` with a new test number (already saved)."""
    totalsReady = Signal(object)
    """The campaign's `RenderResult`, or None when it could not be rendered."""

    def __init__(self, settings: Settings, paths: AppPaths | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.rule, self.long_message = part_rule_for(settings), settings.long_messages
        self.headers: tuple[str, ...] = ()
        self.recipients: Sequence[Candidate] = ()
        self.footer = ""
        self.totals: RenderResult | None = None
        self.totals_problems: list[str] = []
        self._totals_for: str | None = None
        self._totals_running = False
        self._figures_throttle = Throttle(self.refresh, FIGURES_DELAY_MS, self)
        self._totals_throttle = Throttle(self._compute_totals, TOTALS_DELAY_MS, self)
        self._build(paths)
        self.text.highlighter.configure(self.rule, self.headers)
        self.refresh()

    # --- building -------------------------------------------------------------------------

    def _build(self, paths: AppPaths | None) -> None:
        self.fields = FieldButtons(self)
        self.fields.inserted.connect(self.insert_field)
        self.smart_button = tool_button(self, self.tr("Smart encoding"), self.apply_smart)
        self.accents_button = tool_button(self, self.tr("Write á í ó ú without accent"),
                                           self.apply_accents)
        fixes = QHBoxLayout()
        fixes.addWidget(self.smart_button)
        fixes.addWidget(self.accents_button)
        fixes.addStretch(1)
        self.text = MessageText(self)
        self.text.setPlaceholderText(self.tr("Write the message. {Nombre} inserts each "
                                             "recipient's cell of the column Nombre."))
        self.text.setMinimumHeight(130)
        self.text.textChanged.connect(self._text_changed)
        self.parts_label = QLabel(self)
        big = QFont(self.parts_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.35)
        big.setBold(True)
        self.parts_label.setFont(big)
        self.figures_label = QLabel(self)
        figures = QHBoxLayout()
        figures.addWidget(self.parts_label)
        figures.addSpacing(10)
        figures.addWidget(self.figures_label, 1)
        self.fix_notice = Notice(Severity.SUCCESS, self)
        self.problems = Notice(Severity.ERROR, self)
        self.unicode_notice = Notice(Severity.WARNING, self)
        left = QVBoxLayout()
        left.addWidget(self.fields)
        left.addWidget(self.text, 1)
        left.addLayout(figures)
        left.addLayout(fixes)
        for notice in (self.problems, self.unicode_notice, self.fix_notice):
            left.addWidget(notice)
        right = QVBoxLayout()
        right.addWidget(self._preview_box(), 1)
        right.addWidget(self._totals_box())
        self.test_box = TestSendBox(self.settings, paths, self.text_for_test, self)
        self.test_box.settingsChanged.connect(self._test_number_saved)
        right.addWidget(self.test_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addSpacing(8)
        layout.addLayout(right, 2)

    def _preview_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Preview"), self)
        self.preview_row = QSpinBox(box)
        self.preview_row.setMinimum(1)
        self.preview_row.valueChanged.connect(self._show_preview)
        self.preview_count = QLabel(box)
        self.preview_who = QLabel(box)
        self.preview_who.setEnabled(False)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Recipient"), box))
        chooser.addWidget(self.preview_row)
        chooser.addWidget(self.preview_count)
        chooser.addStretch(1)
        self.bubble = QLabel(box)
        self.bubble.setWordWrap(True)
        self.bubble.setTextFormat(Qt.TextFormat.PlainText)
        self.bubble.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.bubble.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bubble.setMinimumHeight(70)
        bubble = style.tint(Severity.SUCCESS, role=QPalette.ColorRole.Base, strength=0.1)
        text = style.readable(self.palette().color(QPalette.ColorRole.Text), bubble.background)
        self.bubble.setStyleSheet(f"QLabel {{ background: {bubble.background.name()}; "
                                  f"color: {text.name()}; border: 1px solid "
                                  f"{bubble.border.name()}; border-radius: 10px; "
                                  "padding: 8px 10px; }")
        self.preview_figures = QLabel(box)
        self.preview_figures.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addLayout(chooser)
        layout.addWidget(self.preview_who)
        layout.addWidget(self.bubble)
        layout.addWidget(self.preview_figures)
        layout.addStretch(1)
        return box

    def _totals_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Whole campaign"), self)
        self.totals_label = QLabel(box)
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(box)
        layout.addWidget(self.totals_label)
        return box

    # --- what callers set -----------------------------------------------------------------

    def set_settings(self, settings: Settings) -> None:
        """A new part rule, long-message flag or test number."""
        self.settings = settings
        self.rule, self.long_message = part_rule_for(settings), settings.long_messages
        self.test_box.set_settings(settings)
        self.text.highlighter.configure(self.rule, self.headers)
        self._invalidate_totals()

    def set_list(self, headers: Sequence[str], recipients: Sequence[Candidate]) -> None:
        """The list's columns (merge fields) and the recipients to preview and count."""
        self.headers, self.recipients = tuple(headers), recipients
        self.fields.set_columns(self.headers)
        self.preview_row.setMaximum(max(1, len(recipients)))
        self.text.highlighter.configure(self.rule, self.headers)
        self._invalidate_totals()

    def set_footer(self, footer: str) -> None:
        """The opt-out line appended to every message ('' for none)."""
        if footer != self.footer:
            self.footer = footer
            self._invalidate_totals()

    def set_message(self, text: str) -> None:
        self.text.setPlainText(text)

    def message(self) -> str:
        """What the user typed (without the opt-out line)."""
        return self.text.toPlainText()

    def template_text(self) -> str:
        """The campaign's template: the message and the opt-out line, if any."""
        message = self.message()
        return with_footer(message, self.footer) if self.footer else message

    def analysis(self) -> TextAnalysis:
        return analyze(self.template_text(), self.rule, long_message=self.long_message)

    def template_problems(self) -> list[str]:
        return template_problems(self.template_text(), self.headers)

    def is_valid(self) -> bool:
        """A non-empty message whose fields all exist, and no recipient missing a value."""
        if not self.message().strip() or self.template_problems():
            return False
        return not (self._totals_for == self.template_text() and self.totals_problems)

    # --- actions ----------------------------------------------------------------------------

    def insert_field(self, header: str) -> None:
        """Insert `{header}` at the cursor."""
        self.text.insertPlainText("{" + header + "}")
        self.text.setFocus()

    def apply_smart(self) -> None:
        self._apply_fix(smart_encode(self.message()), self.tr("Smart encoding"))

    def apply_accents(self) -> None:
        self._apply_fix(remove_spanish_accents(self.message()), self.tr("Without accents"))

    def _apply_fix(self, result: SmartResult, what: str) -> None:
        before, fixed = self.analysis(), result.text
        if not result.changes:
            return
        cursor = QTextCursor(self.text.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(fixed)
        cursor.endEditBlock()
        after = self.analysis()
        self.fix_notice.show_text(fix_summary(what, result, before, after))

    def text_for_test(self) -> str | None:
        """The first recipient's text (the template itself without a list), or None."""
        if not self.message().strip() or self.template_problems():
            self.problems.show_text(self.tr("Write a message first.")
                                    if not self.message().strip() else self.problems.text())
            return None
        template = parse_template(self.template_text(), self.headers)
        if not template.has_fields:
            return analyze(template.literals[0], self.rule).text
        if not self.recipients:
            return None
        first = self.recipients[0]
        try:
            return analyze(template.render(first.cells, first.row), self.rule).text
        except MissingValuesError:
            return None

    # --- live figures -----------------------------------------------------------------------

    def _text_changed(self) -> None:
        self._figures_throttle()
        self._totals_throttle()

    def refresh(self) -> None:
        """Figures, buttons and problems for the current text (after the debounce)."""
        a = self.analysis()
        self.parts_label.setText(self.tr("%n part(s)", "", a.parts))
        self.figures_label.setText(self._figures_sentence(a))
        self._show_fix_buttons(a)
        problems = self.template_problems()
        if self._totals_for == self.template_text():
            problems += self.totals_problems
        if a.not_carried:
            problems.append(tr_fmt(self.tr("The message holds characters the gateway may refuse: "
                                           "%1. Delete them."),
                                   ", ".join(f"{c.name} ({c.code_point})"
                                             for c in a.not_carried[:5])))
        if a.exceeds_single_limit:
            problems.append(self.tr("Long messages are off in the settings: the gateway "
                                    "refuses messages over one part (error 1160)."))
        self.problems.show_text("\n".join(problems))
        self._show_unicode(a)
        self._show_preview()
        self.changed.emit()

    def _figures_sentence(self, a: TextAnalysis) -> str:
        units = {"characters": self.tr("%n character(s)", "", a.counted),
                 "septets": self.tr("%n septet(s)", "", a.counted)}.get(
            a.count_unit, self.tr("%n UTF-16 unit(s)", "", a.counted))
        left = tr_fmt(self.tr("%1 left in this part"), str(a.left_in_last_part))
        encoding = self.tr("Unicode") if a.encoding is Encoding.UCS2 else a.encoding.value
        return " · ".join([units, encoding, left])

    def _show_fix_buttons(self, a: TextAnalysis) -> None:
        message = self.message()
        for button, fixed, title in (
                (self.smart_button, smart_encode(message).text, self.tr("Smart encoding")),
                (self.accents_button, remove_spanish_accents(message).text,
                 self.tr("Write á í ó ú without accent"))):
            button.setEnabled(fixed != message)
            after = analyze(with_footer(fixed, self.footer) if self.footer else fixed,
                            self.rule, long_message=self.long_message)
            if fixed != message and after.parts < a.parts:
                button.setText(title + " " + tr_fmt(self.tr("(%1 → %2 parts)"), str(a.parts),
                                                    str(after.parts)))
            else:
                button.setText(title)

    def _show_unicode(self, a: TextAnalysis) -> None:
        if a.encoding is not Encoding.UCS2 or not a.unicode_characters:
            self.unicode_notice.show_text("")
            return
        seen = list(dict.fromkeys(c.char for c in a.unicode_characters))
        shown = " ".join(seen[:12]) + (" …" if len(seen) > 12 else "")
        self.unicode_notice.show_text(tr_fmt(self.tr(
            "Sent as Unicode because of: %1 (highlighted). Smart encoding or writing without "
            "accents may save parts."), shown))

    # --- preview ----------------------------------------------------------------------------

    def _show_preview(self) -> None:
        count = len(self.recipients)
        self.preview_count.setText(tr_fmt(self.tr("of %1"), f"{count:,}"))
        self.preview_row.setEnabled(count > 1)
        try:
            template = parse_template(self.template_text(), self.headers)
        except TemplateError:
            self._bubble("", self.tr("Fix the merge fields to see the preview."))
            return
        if not count:
            self.preview_who.setText("")
            text = template.literals[0] if not template.has_fields else ""
            self._bubble(text, "" if text else self.tr("No recipients to preview."))
            return
        who = self.recipients[min(self.preview_row.value(), count) - 1]
        self.preview_who.setText(tr_fmt(self.tr("Row %1 · %2"), str(who.row), "+" + who.digits))
        try:
            self._bubble(template.render(who.cells, who.row), None)
        except MissingValuesError as exc:
            self._bubble("", "\n".join(missing_values_text(exc)))

    def _bubble(self, text: str, problem: str | None) -> None:
        if problem is not None or not text:
            self.bubble.setText(problem or "")
            self.preview_figures.setText("")
            return
        a = analyze(text, self.rule, long_message=self.long_message)
        self.bubble.setText(a.text)
        self.preview_figures.setText(" · ".join([
            self.tr("%n part(s)", "", a.parts), self._figures_sentence(a)]))

    # --- totals -----------------------------------------------------------------------------

    def _invalidate_totals(self) -> None:
        self._totals_for = None
        self._figures_throttle()
        self._totals_throttle()

    def _compute_totals(self) -> None:
        """Render every recipient off the GUI thread; one run at a time."""
        template_text = self.template_text()
        if self._totals_running or self._totals_for == template_text:
            return
        if not self.recipients or self.template_problems() or not self.message().strip():
            self.totals, self.totals_problems, self._totals_for = None, [], template_text
            self._show_totals()
            return
        self._totals_running = True
        headers, rule, long_message = self.headers, self.rule, self.long_message
        cells = [r.cells for r in self.recipients]
        numbers = [r.row for r in self.recipients]
        self.totals_label.setText(self.tr("Counting the parts of every message…"))

        def work(_ctx: OpContext) -> RenderResult | list[str]:
            try:
                return render_campaign(template_text, headers, cells, rule, long_message,
                                       row_numbers=numbers, keep_texts=False)
            except MissingValuesError as exc:
                return missing_values_text(exc)
            except TemplateError as exc:
                return list(exc.problems)

        def done(result: RenderResult | list[str]) -> None:
            self._totals_running = False
            self._totals_for = template_text
            if isinstance(result, list):
                self.totals, self.totals_problems = None, result
            else:
                self.totals, self.totals_problems = result, []
            self._show_totals()
            self.refresh()
            self.totalsReady.emit(self.totals)
            if self.template_text() != template_text:
                self._totals_throttle()

        def failed(error: BaseException) -> None:
            self._totals_running = False
            log.error("totals failed: %s", error)
            self.totals_label.setText(self.tr("The totals could not be computed."))

        run_op(work, on_success=done, on_failure=failed, parent=self)

    def _show_totals(self) -> None:
        self.totals_label.setText(totals_html(self.totals))

    def _test_number_saved(self, settings: Settings) -> None:
        self.settings = settings
        self.settingsChanged.emit(settings)
