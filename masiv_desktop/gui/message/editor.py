"""The message editor: the text and its problems, composed with one-job pieces for the live
figures (`figures`), the fixes (`fixes`), merge-field buttons (`tools.FieldButtons`), a
preview for any recipient (`preview`), the campaign's totals (`totals`) and a test to the
user's own number (`test_send`).

Figures come from `core.text.analyze` (tens of µs) after a short debounce; the campaign's
totals from `core.merge.render_campaign` on a worker thread (`TotalsBox`). Reusable outside
the wizard: give it the list with `set_list` (or nothing, for a message without fields).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from masiv_desktop.core.law.contact_rules import with_footer
from masiv_desktop.core.lists.check import Candidate
from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.settings.smpp import part_rule_for
from masiv_desktop.core.text.measure import TextAnalysis, analyze
from masiv_desktop.core.text.merge import MissingValuesError, RenderResult, parse_template
from masiv_desktop.core.text.smart_encoding import Saving, SmartResult, saving
from masiv_desktop.core.usertypes import Encoding, PartRule, Severity
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.message.figures import FiguresPanel
from masiv_desktop.gui.message.fixes import FixesBar, rule_counts
from masiv_desktop.gui.message.highlight import MessageText
from masiv_desktop.gui.message.preview import PreviewBox, PreviewSource
from masiv_desktop.gui.message.problems import template_problems
from masiv_desktop.gui.message.test_send import TestSendBox
from masiv_desktop.gui.message.tools import FieldButtons, fix_summary
from masiv_desktop.gui.message.totals import TotalsBox, TotalsSource
from masiv_desktop.gui.notice import Notice
from masiv_desktop.gui.throttle import Throttle

FIGURES_DELAY_MS = 40


class MessageEditor(QWidget):
    """Edit a campaign's message: owns the text, the list and rule it is measured against,
    and the problems shown under it. `changed` fires when the text, its validity or the
    totals change; read `message()`, `template_text()` and `is_valid()`."""

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
        self._figures_throttle = Throttle(self.refresh, FIGURES_DELAY_MS, self)
        self._fixing = False
        self._build(paths)
        self.text.highlighter.configure(self.rule, self.headers)
        self.refresh()

    def _build(self, paths: AppPaths | None) -> None:
        self.fields = FieldButtons(self)
        self.fields.inserted.connect(self.insert_field)
        self.text = MessageText(self)
        self.text.setPlaceholderText(self.tr("Write the message. {Nombre} inserts each "
                                             "recipient's cell of the column Nombre."))
        self.text.setMinimumHeight(130)
        self.text.setAccessibleName(self.tr("Message"))
        self.text.setAccessibleDescription(self.tr(
            "The text each recipient gets; a column name in braces, like {Nombre}, is "
            "replaced by that recipient's cell"))
        self.text.textChanged.connect(self._text_changed)
        self.figures = FiguresPanel(self)
        self.fixes = FixesBar(self.apply_smart, self.apply_accents, self)
        self.fix_notice = Notice(Severity.SUCCESS, self)
        self.problems = Notice(Severity.ERROR, self)
        self.unicode_notice = Notice(Severity.WARNING, self)
        left = QVBoxLayout()
        for widget in (self.fields, self.text, self.figures, self.fixes, self.problems,
                       self.unicode_notice, self.fix_notice):
            left.addWidget(widget, 1 if widget is self.text else 0)
        self.preview = PreviewBox(self)
        self.totals_box = TotalsBox(self._totals_source, self)
        self.totals_box.ready.connect(self._totals_ready)
        self.test_box = TestSendBox(self.settings, paths, self.text_for_test, self)
        self.test_box.settingsChanged.connect(self._test_number_saved)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.totals_box)
        right.addWidget(self.test_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addSpacing(8)
        layout.addLayout(right, 2)

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
        self.preview.set_count(len(recipients))
        self.text.highlighter.configure(self.rule, self.headers)
        self._invalidate_totals()

    def set_footer(self, footer: str) -> None:
        """The opt-out line appended to every message ('' for none)."""
        if footer != self.footer:
            self.footer = footer
            self._invalidate_totals()

    def set_message(self, text: str) -> None:
        self.text.setPlainText(text)

    @property
    def totals(self) -> RenderResult | None:
        """The campaign's totals last counted (None before, or when they cannot be)."""
        return self.totals_box.totals

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
        return not self.totals_box.problems_of(self.template_text())

    # --- actions ----------------------------------------------------------------------------

    def insert_field(self, header: str) -> None:
        """Insert `{header}` at the cursor."""
        self.text.insertPlainText("{" + header + "}")
        self.text.setFocus()

    def apply_smart(self) -> None:
        """Make the smart-encoding replacements that save parts under the rule (none when
        none does: the button is off then)."""
        self._apply_fix(self._saving(accents=False).result, self.tr("Smart encoding"))

    def apply_accents(self) -> None:
        self._apply_fix(self._saving(accents=True).result, self.tr("Without accents"))

    def _saving(self, *, accents: bool) -> Saving:
        suffix = with_footer("", self.footer) if self.footer else ""
        return saving(self.message(), self.rule, long_message=self.long_message,
                      accents=accents, suffix=suffix)

    def _apply_fix(self, result: SmartResult, what: str) -> None:
        before, fixed = self.analysis(), result.text
        if not result.changes:
            return
        self._fixing = True
        try:
            cursor = QTextCursor(self.text.document())
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(fixed)
            cursor.endEditBlock()
        finally:
            self._fixing = False
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
        if not self._fixing:
            self.fix_notice.show_text("")  # it described a text that is gone
        self._figures_throttle()
        self.totals_box.schedule()

    def refresh(self) -> None:
        """Figures, buttons and problems for the current text (after the debounce)."""
        a = self.analysis()
        self.figures.show_analysis(a)
        self.fixes.show_savings(self.message(),
                                with_footer("", self.footer) if self.footer else "",
                                self.rule, self.long_message)
        self.problems.show_text("\n".join(self._problems(a)))
        self._show_unicode(a)
        self.preview.show_source(PreviewSource(self.template_text(), self.headers,
                                               self.recipients, self.rule, self.long_message))
        self.changed.emit()

    def _problems(self, a: TextAnalysis) -> list[str]:
        problems = self.template_problems() + self.totals_box.problems_of(self.template_text())
        if a.exceeds_single_limit:
            problems.append(self.tr("Long messages are off in the settings: the gateway "
                                    "refuses messages over one part (error 1160)."))
        return problems

    def _show_unicode(self, a: TextAnalysis) -> None:
        if a.encoding is not Encoding.UCS2 or not a.unicode_characters:
            self.unicode_notice.show_text("")
            return
        seen = list(dict.fromkeys(c.char for c in a.unicode_characters))
        shown = " ".join(seen[:12]) + (" …" if len(seen) > 12 else "")
        self.unicode_notice.show_text(tr_fmt(self.tr(
            "Sent as Unicode because of: %1 (highlighted)."), shown) + " " + self._advice())
        self.unicode_notice.setToolTip(rule_counts(self.rule))

    def _advice(self) -> str:
        """What a fix would do under the rule in force: only a fix that saves is named."""
        for fix, what in ((self.fixes.smart_saving, self.tr("Smart encoding")),
                          (self.fixes.accents_saving, self.tr("Writing á í ó ú without "
                                                              "accent"))):
            if fix is not None and fix.offered:
                return tr_fmt(self.tr("%1 saves %Ln part(s): %2 → %3.", "", fix.parts_saved),
                              what, fix.before.parts, fix.after.parts)
        if self.rule is PartRule.MASIV_HTTP:
            return self.tr("Under the Masiv rule a part holds 160 characters whatever the "
                           "encoding: replacing them saves no part.")
        return self.tr("Replacing them saves no part for this message.")

    # --- totals -----------------------------------------------------------------------------

    def _totals_source(self) -> TotalsSource:
        countable = bool(self.message().strip()) and not self.template_problems()
        return TotalsSource(self.template_text(), self.headers, self.recipients, self.rule,
                            self.long_message, countable)

    def _invalidate_totals(self) -> None:
        self._figures_throttle()
        self.totals_box.invalidate()

    def _totals_ready(self, totals: RenderResult | None) -> None:
        self.refresh()
        self.totalsReady.emit(totals)

    def _test_number_saved(self, settings: Settings) -> None:
        self.settings = settings
        self.settingsChanged.emit(settings)
