"""The settings dialog's "Test connection" row: the button, one sentence, and the details.

The sentence names the host and says what to do, in the user's language
(`core.settings.check.check_sentence`); the library's technical text (an exception, an HTTP
status) is kept behind a "Details" button, for whoever helps the user. The check runs off the
GUI thread (`gui.ops`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from masiv_desktop.core.settings.check import ConnectionCheck
from masiv_desktop.gui.ops import OpContext, run_op
from masiv_desktop.gui.settings.problems import check_text

log = logging.getLogger(__name__)


class CheckRow(QWidget):
    """The button (its owner connects `clicked` and calls `run`), the verdict, the details;
    emits `checked` with each `ConnectionCheck`."""

    checked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QPushButton(self.tr("Test connection"), self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QPushButton(self.tr("Details"), self)
        self.details_button.setCheckable(True)
        self.details_button.setFlat(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(90)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.result, 1)
        row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.details)
        self._show_details("")

    def run(self, work: Callable[[OpContext], ConnectionCheck]) -> None:
        """Run `work` on a worker thread and show its verdict."""
        self.button.setEnabled(False)
        self.result.setText(self.tr("Checking…"))
        self._show_details("")
        run_op(work, on_success=self._done, on_failure=self._failed, parent=self)

    def _done(self, check: ConnectionCheck) -> None:
        self.button.setEnabled(True)
        self.result.setText(("✔ " if check.ok else "✖ ") + check_text(check))
        self._show_details("" if check.ok else check.detail)
        log.info("connection check: %s %s %s", check.verdict, check.host, check.detail)
        self.checked.emit(check)

    def _failed(self, error: BaseException) -> None:
        self.button.setEnabled(True)
        self.result.setText("✖ " + self.tr("The check stopped because of an error in the "
                                           "program; the log file has the details."))
        self._show_details(f"{type(error).__name__}: {error}")

    def _show_details(self, text: str) -> None:
        self.details.setPlainText(text)
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(text))
        self.details.hide()

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
