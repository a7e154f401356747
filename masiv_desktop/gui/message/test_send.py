""""Send a test to my number": one message, off the GUI thread, the gateway's answer shown.

The number is prefilled from the `test_number` setting and saved back when it changes (the
settings file is small; writing it on the GUI thread is allowed). The button is disabled
while the one request is out, so a double click cannot send twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from masiv_desktop.core.labels import label
from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.settings.settings import Settings, SettingsError, save_settings
from masiv_desktop.core.test_message import (
    TrialOutcome,
    TrialResult,
    send_test_message,
    test_number_digits,
)
from masiv_desktop.core.usertypes import Severity
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.notice import Notice
from masiv_desktop.gui.ops import OpContext, run_op

log = logging.getLogger(__name__)


class TestSendBox(QWidget):
    """Number field, button, answer. `text_for_test` gives the text to send (or None when the
    message cannot be sent yet, with the reason shown by the caller)."""

    settingsChanged = Signal(object)
    """`Settings` with the new test number, already saved."""
    finished = Signal(object)
    """The `TrialResult` of a test send."""

    def __init__(self, settings: Settings, paths: AppPaths | None,
                 text_for_test: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self.paths = settings, paths
        self._text_for_test = text_for_test
        self.title = QLabel(self.tr("Send a test to my number"), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText("573001234567")
        self.number.setText(settings.test_number)
        self.number.setClearButtonEnabled(True)
        self.title.setBuddy(self.number)
        self.number.setAccessibleName(self.tr("My mobile number for the test"))
        self.number.returnPressed.connect(self.send)
        self.button = QPushButton(self.tr("Send test"), self)
        self.button.clicked.connect(self.send)
        self.result = Notice(Severity.INFO, self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.number, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.sending = False

    def set_settings(self, settings: Settings) -> None:
        self.settings = settings
        if not self.number.text().strip():
            self.number.setText(settings.test_number)

    def send(self) -> None:
        """Send the test once (ignored while one is out)."""
        if self.sending:
            return
        digits = test_number_digits(self.number.text(), self.settings.region)
        if digits is None:
            self.result.show_text(tr_fmt(self.tr("Type your mobile number, for example %1."),
                                         "300 123 4567"), Severity.ERROR)
            return
        text = self._text_for_test()
        if text is None:
            self.result.show_text(self.tr("Fix the message first (see above)."), Severity.ERROR)
            return
        self._remember(digits)
        settings, data_dir = self.settings, self.paths.data if self.paths else None
        self.sending = True
        self.button.setEnabled(False)
        self.result.show_text(tr_fmt(self.tr("Sending one message to %1…"), digits),
                              Severity.INFO)

        def work(_ctx: OpContext) -> TrialResult:
            return send_test_message(settings, digits, text, data_dir=data_dir)

        run_op(work, on_success=self._done, on_failure=self._failed, parent=self)

    def _remember(self, digits: str) -> None:
        if digits == self.settings.test_number:
            return
        try:
            self.settings = self.settings.with_changes(test_number=digits)
            if self.paths is not None:
                save_settings(self.paths, self.settings, team_rules=False)
        except (SettingsError, OSError) as exc:
            log.warning("test number not saved: %s", exc)
            return
        self.settingsChanged.emit(self.settings)

    def _done(self, result: TrialResult) -> None:
        self.sending = False
        self.button.setEnabled(True)
        self.result.show_text(self.describe(result),
                              Severity.SUCCESS if result.ok else Severity.ERROR)
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.sending = False
        self.button.setEnabled(True)
        self.result.show_text(tr_fmt(self.tr("The test could not be sent: %1"), str(error)),
                              Severity.ERROR)

    def describe(self, result: TrialResult) -> str:
        """The gateway's answer in plain words."""
        if result.outcome is TrialOutcome.ACCEPTED and result.sandbox:
            return self._describe_sandbox(result)
        if result.outcome is TrialOutcome.ACCEPTED:
            return tr_fmt(self.tr("The gateway accepted the test for %1 (message id %2). It "
                                  "should arrive in a few seconds."),
                          result.number, ", ".join(result.message_ids))
        if result.outcome is TrialOutcome.REFUSED:
            return tr_fmt(self.tr("The gateway refused the test: error %1, %2"),
                          str(result.error_code or ""), result.error_text)
        if result.outcome is TrialOutcome.UNCERTAIN:
            return tr_fmt(self.tr("No clear answer from the gateway: the test may have been sent. "
                                  "Wait a minute before trying again. (%1)"), result.error_text)
        if result.outcome is TrialOutcome.NOT_CONFIGURED:
            return tr_fmt(self.tr("The account is not ready: %1"), result.error_text)
        if result.outcome is TrialOutcome.BAD_NUMBER:
            return tr_fmt(self.tr("%1 is not a phone number."), result.number)
        return tr_fmt(self.tr("The test was not sent: %1"), result.error_text)

    def _describe_sandbox(self, result: TrialResult) -> str:
        """What the sandbox did: accepted, sent to no phone, and the status it simulates."""
        status = self.tr("none (this test number never gets one)") \
            if result.simulated_status is None \
            else label(result.simulated_status, QCoreApplication.translate)
        return tr_fmt(self.tr("The test gateway (sandbox) accepted the message; it is not sent "
                              "to any phone. Its simulated status: %1 (message id %2)."),
                      status, ", ".join(result.message_ids))
