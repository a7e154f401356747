"""Step 7: review and confirm. The core plans the campaign again from the file with every
choice (off the GUI thread) and this page shows what will happen: recipients, parts, cost,
when, the contact rules' advice and warnings. Confirming stores the campaign as a DRAFT; the
wizard then tells the main window whether to start it now."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from masiv_desktop.core.campaigns import CampaignError, CampaignPlan, PlanRequest, plan_campaign
from masiv_desktop.core.law.scheduling import ScheduleError
from masiv_desktop.core.lists.types import ListFileError
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.text.merge import MissingValuesError, TemplateError
from masiv_desktop.core.usertypes import Purpose, Severity
from masiv_desktop.gui import style
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.list_errors import list_error_text
from masiv_desktop.gui.message.problems import missing_values_text
from masiv_desktop.gui.new_campaign import review_texts as texts
from masiv_desktop.gui.new_campaign.busy import BusyBar
from masiv_desktop.gui.new_campaign.state import FlowState, store_campaign
from masiv_desktop.gui.new_campaign.validation_page import rne_text
from masiv_desktop.gui.notice import Notice
from masiv_desktop.gui.ops import OpContext, run_store_op
from masiv_desktop.gui.throttle import Throttle

log = logging.getLogger(__name__)
REPLAN_DELAY_MS = 150


class ReviewPage(QWizardPage):
    stored = Signal(int, bool)
    """(campaign id, start now) once the DRAFT is in the store."""

    def __init__(self, state: FlowState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.plan: CampaignPlan | None = None
        self.storing = False
        self._request: PlanRequest | None = None
        self.setTitle(self.tr("Review and confirm"))
        self.setSubTitle(self.tr("Check the figures. Nothing is sent until you confirm."))
        self.setFinalPage(True)
        self.name = QLineEdit(self)
        self.name.textChanged.connect(self._name_changed)
        self.commercial = QRadioButton(self.tr("Commercial or collection"), self)
        self.transactional = QRadioButton(self.tr("Transactional (codes, service notices)"),
                                          self)
        self.purpose_group = QButtonGroup(self)
        self.purpose_group.addButton(self.commercial)
        self.purpose_group.addButton(self.transactional)
        self.purpose_group.buttonToggled.connect(self._purpose_changed)
        self.purpose_hint = QLabel(self)
        self.purpose_hint.setWordWrap(True)
        style.set_hint(self.purpose_hint)
        self.override = QCheckBox(self.tr("Send outside the contact hours"), self)
        self.override.toggled.connect(self._rules_changed)
        self.footer = QCheckBox(self)
        self.footer.toggled.connect(self._rules_changed)
        self.values = {key: _value_label(self) for key in
                       ("file", "recipients", "parts", "cost", "when")}
        big = QFont(self.values["cost"].font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.values["cost"].setFont(big)
        self.values["recipients"].setFont(big)
        self.busy = BusyBar(self)
        self.busy.cancel.hide()
        self.error = Notice(Severity.ERROR, self)
        self.notices = [Notice(Severity.WARNING, self) for _ in range(5)]
        self.cannot_cancel = Notice(Severity.WARNING, self)
        self._layout()
        self._replan_throttle = Throttle(self.replan, REPLAN_DELAY_MS, self)

    def _layout(self) -> None:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Campaign name:"), self.name)
        purpose = QVBoxLayout()
        purpose.setSpacing(2)
        for widget in (self.commercial, self.transactional, self.purpose_hint, self.override):
            purpose.addWidget(widget)
        form.addRow(self.tr("Purpose:"), purpose)
        form.addRow("", self.footer)
        form.addRow(self.tr("List:"), self.values["file"])
        form.addRow(self.tr("Recipients:"), self.values["recipients"])
        form.addRow(self.tr("SMS parts:"), self.values["parts"])
        form.addRow(self.tr("Estimated cost:"), self.values["cost"])
        form.addRow(self.tr("When:"), self.values["when"])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        for notice in (*self.notices, self.cannot_cancel):
            layout.addWidget(notice)
        layout.addStretch(1)

    # --- filling ----------------------------------------------------------------------------

    def initializePage(self) -> None:
        state = self.state
        if not state.name and state.file is not None:
            state.name = state.file.stem
        self.name.blockSignals(True)
        self.name.setText(state.name)
        self.name.blockSignals(False)
        self.purpose_group.blockSignals(True)
        for widget, value in ((self.commercial, state.purpose is Purpose.COMMERCIAL),
                              (self.transactional, state.purpose is Purpose.TRANSACTIONAL),
                              (self.override, state.window_override),
                              (self.footer, state.footer_on())):
            widget.blockSignals(True)
            widget.setChecked(value)
            widget.blockSignals(False)
        self.purpose_group.blockSignals(False)
        self.footer.setText(tr_fmt(self.tr("Add the opt-out line: “%1”"),
                                   state.settings.opt_out_footer))
        self._show_rules()
        self.replan()

    def _show_rules(self) -> None:
        transactional = self.state.purpose is Purpose.TRANSACTIONAL
        self.override.setVisible(transactional)
        self.footer.setVisible(not transactional)
        self.purpose_hint.setText(
            self.tr("Codes and service notices: no daily limit, RNE not applied, no opt-out "
                    "line.") if transactional else
            self.tr("Ley 2300 applies: contact hours, one contact a day per person, RNE, "
                    "opt-out line."))

    def _name_changed(self, text: str) -> None:
        self.state.name = text.strip()
        self.completeChanged.emit()

    def _purpose_changed(self, *_args: object) -> None:
        self.state.purpose = (Purpose.TRANSACTIONAL if self.transactional.isChecked()
                              else Purpose.COMMERCIAL)
        if self.state.purpose is Purpose.COMMERCIAL:
            self.override.setChecked(False)
        self._show_rules()
        self._rules_changed()

    def _rules_changed(self, *_args: object) -> None:
        self.state.window_override = (self.state.purpose is Purpose.TRANSACTIONAL
                                      and self.override.isChecked())
        if self.state.purpose is Purpose.COMMERCIAL:
            self.state.footer = self.footer.isChecked()
        if self.state.plan_request() != self._request:
            self._replan_throttle()

    def replan(self) -> None:
        """Ask the core for the plan with the current choices (off the GUI thread)."""
        request = self.state.plan_request()
        if request is None:
            return
        self._request, self.plan = request, None
        self.error.show_text("")
        self.busy.start(self.tr("Preparing the campaign…"), cancellable=False)
        self.completeChanged.emit()

        def work(store: Store, _ctx: OpContext) -> CampaignPlan:
            return plan_campaign(store, request, now=time.time())

        run_store_op(work, database=self.state.paths.database,
                     on_success=lambda plan: self._planned(request, plan),
                     on_failure=lambda error: self._failed(request, error), parent=self,
                     expected=(ListFileError, TemplateError, ScheduleError, CampaignError))

    def _planned(self, request: PlanRequest, plan: CampaignPlan) -> None:
        if request != self._request:
            return
        self.busy.stop()
        self.plan = plan
        self._show_plan(plan)
        self.completeChanged.emit()

    def _failed(self, request: PlanRequest, error: BaseException) -> None:
        if request != self._request:
            return
        self.busy.stop()
        self._show_plan(None)
        self.error.show_text(plan_error_text(error), Severity.ERROR)
        self.completeChanged.emit()

    def _show_plan(self, plan: CampaignPlan | None) -> None:
        for label in self.values.values():
            label.setText("—")
        for notice in (*self.notices, self.cannot_cancel):
            notice.show_text("")
        if plan is None:
            return
        s = plan.summary
        where = plan.source.name + (f" · {plan.sheet}" if plan.sheet else "")
        self.values["file"].setText(tr_fmt(self.tr("%1 · phone column “%2” (%3)"), where,
                                           plan.column.name, plan.column.letter))
        self.values["recipients"].setText(tr_fmt(self.tr("%1 of %Ln row(s) (%2 not sent)", "",
                                                         s.rows),
                                                 len(plan.recipients), plan.refused))
        self.values["parts"].setText(texts.parts_text(plan))
        self.values["cost"].setText(self.tr("%Ln SMS part(s)", "", plan.total_parts))
        self.values["when"].setText(
            texts.RowTimesTexts(self).when(plan.row_times) if plan.row_times is not None
            else texts.when_text(plan.send_at, self.state.settings.gateway_timezone))
        count = len(plan.recipients)
        warnings = [texts.advice_text(plan.now_advice, count) if plan.send_at is None else "",
                    texts.schedule_text(plan.schedule) or texts.RowTimesTexts(self).details(plan),
                    rne_text(plan.rne_warning),
                    texts.sandbox_note(plan), self._too_long(plan)]
        for notice, text in zip(self.notices, warnings, strict=True):
            notice.show_text(text, Severity.INFO if notice is self.notices[3] else Severity.WARNING)
        if plan.send_at is not None or plan.row_times is not None:
            self.cannot_cancel.show_text(self.tr(
                "Scheduled messages cannot be cancelled: once the gateway has them, they are "
                "delivered at the scheduled time even if you cancel the campaign."))

    def _too_long(self, plan: CampaignPlan) -> str:
        if not plan.too_long:
            return ""
        return self.tr("%Ln message(s) over one part, and long messages are off in the "
                       "settings: the gateway will refuse them (error 1160).", "", plan.too_long)

    # --- confirming ---------------------------------------------------------------------------

    def confirm(self, start_now: bool) -> None:
        """Store the planned campaign as a DRAFT (off the GUI thread), then emit `stored`."""
        plan = self.plan
        if plan is None or self.storing or not self.state.name:
            return
        self.storing = True
        self.completeChanged.emit()
        self.busy.start(self.tr("Saving the campaign…"), cancellable=False)
        name, replaces = self.state.name, self.state.replaces

        def work(store: Store, _ctx: OpContext) -> int:
            return store_campaign(store, plan, name, now=time.time(), replaces=replaces)

        def done(campaign_id: int) -> None:
            self.busy.stop()
            log.info("campaign %s stored from the wizard (start now: %s)", campaign_id,
                     start_now)
            self.stored.emit(campaign_id, start_now)

        def failed(error: BaseException) -> None:
            self.storing = False
            self.busy.stop()
            self.error.show_text(tr_fmt(self.tr("The campaign could not be saved: %1"),
                                        str(error)), Severity.ERROR)
            self.completeChanged.emit()

        run_store_op(work, database=self.state.paths.database, on_success=done,
                     on_failure=failed, parent=self)

    def isComplete(self) -> bool:
        return self.plan is not None and not self.storing and bool(self.state.name)


def plan_error_text(error: BaseException) -> str:
    """A problem the user can fix, from the core's exception (which names the place)."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    if isinstance(error, MissingValuesError):
        return "\n".join(missing_values_text(error))
    if isinstance(error, ListFileError):
        return translate("Review", "The list cannot be read:") + f"\n{list_error_text(error)}"
    if isinstance(error, TemplateError):
        return translate("Review", "The message has a problem:") + f"\n{error}"
    if isinstance(error, ScheduleError):
        return translate("Review", "The send time cannot be used; go back to the "
                         "schedule:") + f"\n{error}"
    if isinstance(error, CampaignError):
        return translate("Review", "The campaign cannot be created:") + f"\n{error}"
    return translate("Review", "Unexpected problem (details are in the log):") + f"\n{error}"


def _value_label(parent: QWidget) -> QLabel:
    label = QLabel("—", parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
