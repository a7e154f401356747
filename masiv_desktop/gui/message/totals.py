"""The whole campaign's parts: every recipient's message rendered off the GUI thread
(`core.merge.render_campaign` through `run_op`), one run at a time, redone when the message
changed meanwhile. A missing cell or a field error becomes a list of problems instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from masiv_desktop.core.lists.check import Candidate
from masiv_desktop.core.text.merge import (
    MissingValuesError,
    RenderResult,
    TemplateError,
    render_campaign,
)
from masiv_desktop.core.usertypes import PartRule
from masiv_desktop.gui.message.problems import missing_values_text
from masiv_desktop.gui.message.tools import totals_html
from masiv_desktop.gui.ops import OpContext, run_op
from masiv_desktop.gui.throttle import Throttle

log = logging.getLogger(__name__)

TOTALS_DELAY_MS = 300


@dataclass(frozen=True)
class TotalsSource:
    """The campaign to count; `countable` is False while the message is empty or its fields
    are wrong (nothing to count)."""

    template_text: str
    headers: tuple[str, ...]
    recipients: Sequence[Candidate]
    rule: PartRule
    long_message: bool
    countable: bool


class TotalsBox(QGroupBox):
    """Counts the campaign read from `source()` a moment after `schedule()`; `ready` carries
    the `RenderResult` (None when it could not be rendered)."""

    ready = Signal(object)

    def __init__(self, source: Callable[[], TotalsSource], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Whole campaign"), parent)
        self.source = source
        self.totals: RenderResult | None = None
        self.problems: list[str] = []
        self._counted: str | None = None
        self._running = False
        self.schedule = Throttle(self._compute, TOTALS_DELAY_MS, self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self).addWidget(self.label)

    def problems_of(self, template_text: str) -> list[str]:
        """The recipients' problems, if the totals were counted for `template_text`."""
        return list(self.problems) if self._counted == template_text else []

    def invalidate(self) -> None:
        """The list or the rule changed: count again even for the same text."""
        self._counted = None
        self.schedule()

    def _compute(self) -> None:
        source = self.source()
        template_text = source.template_text
        if self._running or self._counted == template_text:
            return
        if not source.recipients or not source.countable:
            self._finish(template_text, None, [])
            return
        self._running = True
        cells = [r.cells for r in source.recipients]
        numbers = [r.row for r in source.recipients]
        self.label.setText(self.tr("Counting the parts of every message…"))

        def work(_ctx: OpContext) -> RenderResult | list[str]:
            try:
                return render_campaign(template_text, source.headers, cells, source.rule,
                                       source.long_message, row_numbers=numbers,
                                       keep_texts=False)
            except MissingValuesError as exc:
                return missing_values_text(exc)
            except TemplateError as exc:
                return list(exc.problems)

        def done(result: RenderResult | list[str]) -> None:
            self._running = False
            if isinstance(result, list):
                self._finish(template_text, None, result, announce=True)
            else:
                self._finish(template_text, result, [], announce=True)
            if self.source().template_text != template_text:
                self.schedule()

        def failed(error: BaseException) -> None:
            self._running = False
            log.error("totals failed: %s", error)
            self.label.setText(self.tr("The totals could not be computed."))

        run_op(work, on_success=done, on_failure=failed, parent=self)

    def _finish(self, template_text: str, totals: RenderResult | None, problems: list[str],
                announce: bool = False) -> None:
        self._counted, self.totals, self.problems = template_text, totals, problems
        self.label.setText(totals_html(totals))
        if announce:
            self.ready.emit(totals)
