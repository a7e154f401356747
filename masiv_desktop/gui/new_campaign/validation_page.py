"""Step 4: every row checked (off the GUI thread, with progress and Cancel): how many receive
the message, how many are refused and why, and the two explicit choices — numbers that look
like fixed lines, people already contacted today."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from masiv_desktop.core.law.contact_rules import RneWarning
from masiv_desktop.core.lists.types import ListFileError
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import Severity, SuppressionSource, Verdict
from masiv_desktop.gui import style
from masiv_desktop.gui.i18n.formats import count_text
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.new_campaign.busy import BusyBar
from masiv_desktop.gui.new_campaign.file_page import file_error_text
from masiv_desktop.gui.new_campaign.refused_model import RefusedModel
from masiv_desktop.gui.new_campaign.review_texts import ReviewCounts
from masiv_desktop.gui.new_campaign.state import Checked, CheckKey, FlowState, check_file
from masiv_desktop.gui.new_campaign.verdict_labels import reason_label, verdict_label
from masiv_desktop.gui.notice import Notice
from masiv_desktop.gui.ops import OpContext, OpHandle, run_store_op

_COUNTED = (Verdict.NOT_MOBILE, Verdict.INVALID, Verdict.EMPTY, Verdict.DUPLICATE,
            Verdict.SUPPRESSED, Verdict.CONTACTED_TODAY)


class ValidationPage(QWizardPage):
    def __init__(self, state: FlowState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Checking the numbers"))
        self.setSubTitle(self.tr("Every row is checked before anything is sent. Rows that "
                                 "cannot receive the message are listed with the reason."))
        self.busy = BusyBar(self)
        self.busy.cancelRequested.connect(self.cancel)
        self.error = Notice(Severity.ERROR, self)
        self.retry = QPushButton(self.tr("Check again"), self)
        self.retry.clicked.connect(self.start)
        self.retry.hide()
        self.results = QWidget(self)
        self.kept_label = QLabel(self.results)
        big = QFont(self.kept_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.kept_label.setFont(big)
        self.of_label = QLabel(self.results)
        self.counts: dict[Verdict, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for row, verdict in enumerate(_COUNTED):
            name = QLabel(verdict_label(verdict), self.results)
            count = QLabel(self.results)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts[verdict] = count
            grid.addWidget(name, row // 2, (row % 2) * 2)
            grid.addWidget(count, row // 2, (row % 2) * 2 + 1)
        grid.setColumnStretch(4, 1)
        self.reasons = QLabel(self.results)
        self.reasons.setWordWrap(True)
        self.reasons.setContentsMargins(16, 0, 0, 0)
        self.keep_not_mobile = QCheckBox(self.results)
        self.keep_not_mobile.toggled.connect(self._choices_changed)
        self.second_contact = QCheckBox(self.results)
        self.second_contact.toggled.connect(self._choices_changed)
        self.refused = RefusedModel(self)
        self.table = QTableView(self.results)
        self.table.setModel(self.refused)
        self.table.setAccessibleName(self.tr("Rows not sent"))
        self.table.setAccessibleDescription(self.tr(
            "Each row of the list that will not receive the message, with the reason"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 170)
        header.setStretchLastSection(True)
        self.refused_title = QLabel(self.results)
        title_font = QFont(self.refused_title.font())
        title_font.setBold(True)
        self.refused_title.setFont(title_font)
        self.rne = Notice(Severity.WARNING, self.results)
        self.rne_button = QPushButton(self.tr("Import the RNE list…"), self.results)
        self.rne_button.clicked.connect(self.open_rne_import)
        self.rne_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.kept_label)
        top.addWidget(self.of_label, 1, Qt.AlignmentFlag.AlignBottom)
        inner = QVBoxLayout(self.results)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(top)
        inner.addLayout(grid)
        inner.addWidget(self.reasons)
        inner.addWidget(self.keep_not_mobile)
        inner.addWidget(self.second_contact)
        rne_row = QHBoxLayout()
        rne_row.addWidget(self.rne, 1)
        rne_row.addWidget(self.rne_button, 0, Qt.AlignmentFlag.AlignTop)
        inner.addLayout(rne_row)
        inner.addWidget(self.refused_title)
        inner.addWidget(self.table, 1)
        inner.addStretch(0)
        self._inner = inner
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.results, 1)
        layout.addStretch(0)
        self._outer = layout
        self._handle: OpHandle[Checked] | None = None
        self._running: CheckKey | None = None
        self._show(False)

    def initializePage(self) -> None:
        key = self.state.check_key()
        if key is not None and key != self.state.checked_key:
            self.start()
        else:
            self._show_result()

    def start(self) -> None:
        """Check every row of the list off the GUI thread."""
        key = self.state.check_key()
        if key is None:
            return
        if self._handle is not None:
            self._handle.cancel()
        self.state.checked, self.state.checked_key = None, None
        self._running = key
        self.error.show_text("")
        self.retry.hide()
        self._show(False)
        self.busy.start(tr_fmt(self.tr("Reading and checking %1…"), key.path.name))
        region = self.state.settings.region
        self.completeChanged.emit()

        def work(store: Store, ctx: OpContext) -> Checked:
            return check_file(store, key, region, ctx, now=time.time())

        self._handle = run_store_op(work, database=self.state.paths.database,
                                    on_success=lambda done: self._done(key, done),
                                    on_failure=lambda error: self._failed(key, error),
                                    on_progress=self._progress,
                                    on_cancelled=lambda: self._cancelled(key), parent=self,
                                    expected=(ListFileError,))

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()

    def _progress(self, rows: object) -> None:
        if self._running is not None:
            name = self._running.path.name
            self.busy.set_text(
                tr_fmt(self.tr("Checked %Ln row(s) of %1…", "", rows), name)
                if isinstance(rows, int) else tr_fmt(self.tr("Reading and checking %1…"), name))

    def _done(self, key: CheckKey, done: Checked) -> None:
        if key != self._running:
            return
        self._handle, self._running = None, None
        self.busy.stop()
        self.state.checked, self.state.checks, self.state.checked_key = \
            done.checked, done.checks, key
        self.state.zones, self.state.groups = done.zones, done.groups
        self._show_result()
        self.completeChanged.emit()

    def _failed(self, key: CheckKey, error: BaseException) -> None:
        if key != self._running:
            return
        self._handle, self._running = None, None
        self.busy.stop()
        self.error.show_text(file_error_text(error), Severity.ERROR)
        self.retry.show()
        self.completeChanged.emit()

    def _cancelled(self, key: CheckKey) -> None:
        if key != self._running:
            return
        self._handle, self._running = None, None
        self.busy.stop()
        self.error.show_text(self.tr("Checking was cancelled. Press “Check again” or go "
                                     "back to choose another file."), Severity.WARNING)
        self.retry.show()
        self.completeChanged.emit()

    def _choices_changed(self) -> None:
        self.state.keep_not_mobile = self.keep_not_mobile.isChecked()
        self.state.allow_second_contact = self.second_contact.isChecked()
        self._show_result()
        self.completeChanged.emit()

    def _show(self, visible: bool) -> None:
        """Hidden sections leave their room to a stretch at the bottom, not to the notices."""
        self.results.setVisible(visible)
        self._outer.setStretch(self._outer.count() - 1, 0 if visible else 1)
        if not visible:
            self.rne.show_text("")
            self.rne_button.hide()

    def _show_result(self) -> None:
        checked = self.state.checked
        if checked is None:
            return
        s = checked.summary
        if s.rows == 0:
            self._show(False)
            name = self.state.checked_key.path.name if self.state.checked_key else ""
            self.error.show_text(tr_fmt(self.tr(
                "The file “%1” has no data rows (only headers): add the recipients under the "
                "headers, or choose another file."), name), Severity.ERROR)
            return
        self._show(True)
        kept = len(self.state.kept())
        self.kept_label.setText(self.tr("%Ln will receive the message", "", kept))
        self.kept_label.setStyleSheet(style.color_style(style.accent(
            Severity.SUCCESS if kept else Severity.ERROR, role=QPalette.ColorRole.Window)))
        self.of_label.setText(tr_fmt(self.tr("of %Ln row(s), phone column “%1”", "", s.rows),
                                     checked.column.name))
        values = {Verdict.NOT_MOBILE: s.not_mobile, Verdict.INVALID: s.invalid,
                  Verdict.EMPTY: s.empty, Verdict.DUPLICATE: s.duplicates,
                  Verdict.SUPPRESSED: s.suppressed, Verdict.CONTACTED_TODAY: s.contacted_today}
        for verdict, label in self.counts.items():
            label.setText(count_text(values[verdict]))
        self.reasons.setText("\n".join(
            f"• {reason_label(reason)} — {count_text(count)}"
            for reason, count in s.invalid_by_reason.items()))
        self.reasons.setVisible(bool(s.invalid_by_reason))
        self._checkbox(self.keep_not_mobile, self.state.keep_not_mobile, s.not_mobile,
                       self.tr("Also send to the %Ln number(s) that look like fixed lines", "",
                               s.not_mobile))
        self._checkbox(self.second_contact, self.state.allow_second_contact,
                       s.contacted_today, self.tr(
                           "Also send to the %Ln person(s) already sent a commercial message "
                           "today (Ley 2300 allows one contact a day)", "", s.contacted_today))
        refused = self.state.refused()
        self.refused.set_rows(refused)
        self.refused_title.setText(tr_fmt(self.tr("Rows not sent: %1"), len(refused)))
        self.refused_title.setVisible(bool(refused))
        self.table.setVisible(bool(refused))
        self._inner.setStretch(self._inner.count() - 1, 0 if refused else 1)
        rne = self.state.checks.rne_warning if self.state.checks else None
        self.rne.show_text(rne_text(rne))
        self.rne_button.setVisible(rne is not None)

    def open_rne_import(self) -> None:
        """The suppression-list window, set to import the RNE; the list is checked again
        after every change to it (the RNE's numbers become refused rows)."""
        from masiv_desktop.gui.suppression import SuppressionDialog

        dialog = SuppressionDialog(self.state.paths, self.state.settings.region, self,
                                   source=SuppressionSource.RNE)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.start)
        dialog.open()

    @staticmethod
    def _checkbox(box: QCheckBox, checked: bool, count: int, text: str) -> None:
        box.blockSignals(True)
        box.setChecked(checked)
        box.blockSignals(False)
        box.setText(text)
        box.setVisible(count > 0)

    def isComplete(self) -> bool:
        return self.state.checked is not None and bool(self.state.kept())


def rne_text(warning: RneWarning | None) -> str:
    """The core's RNE warning in the user's words, with the date of the last import."""
    from PySide6.QtCore import QCoreApplication, QDate, QLocale

    if warning is None:
        return ""
    if warning.last_import is None:
        return QCoreApplication.translate(
            "Review", "The RNE (Registro de Números Excluidos) has never been imported: "
            "numbers that refused commercial messages may be contacted. Download it from the "
            "CRC and import it (“Import the RNE list…”, or the menu Campaign › Suppression "
            "list).")
    last = warning.last_import
    day = QLocale().toString(QDate(last.year, last.month, last.day),
                             QLocale.FormatType.LongFormat)
    return tr_fmt(ReviewCounts().rne_days(warning.days), day)
