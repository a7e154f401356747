"""Programming errors: logged with their traceback, shown to the user as a plain dialog.

Errors a user can cause (a broken file, a wrong password) are handled where they happen, with
a message naming the file or setting; what reaches this module is a defect of ours.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

import shiboken6
from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from masiv_desktop.core.logs import redact
from masiv_desktop.gui.i18n.translators import tr_fmt

log = logging.getLogger(__name__)

translate = QCoreApplication.translate
_open_boxes: list[QMessageBox] = []


def show_unexpected_error(error: BaseException, log_file: str | None = None) -> None:
    """Tell the user something went wrong, without blocking (call on the GUI thread).

    The dialog is window-modal but opened with `open()`, so no nested event loop runs inside
    an exception hook. The text never includes the traceback: it is in the log.
    """
    if QApplication.instance() is None:
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Errors", "Unexpected error"))
    box.setText(translate("Errors", "Something went wrong inside Masiv Desktop."))
    details = translate("Errors", "Your campaigns are safe: everything already sent is "
                        "recorded. If this keeps happening, send the log file to support.")
    if log_file:
        details += "\n\n" + tr_fmt(translate("Errors", "Log file: %1"), log_file)
    box.setInformativeText(details)
    box.setDetailedText(redact(f"{type(error).__name__}: {error}"))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_boxes.append(box)
    box.finished.connect(lambda _result: _open_boxes.remove(box))
    box.open()


class _MainThreadPoster(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.pending: list[BaseException] = []

    @Slot()
    def show_pending(self) -> None:
        while self.pending:
            show_unexpected_error(self.pending.pop(0), _log_file)


_poster: _MainThreadPoster | None = None
_log_file: str | None = None


def _post(error: BaseException) -> None:
    """Queue the dialog on the GUI thread; nothing once the application is being torn down
    (the poster is destroyed with it, and the error is already in the log)."""
    poster = _poster
    if poster is None or not shiboken6.isValid(poster):
        return
    poster.pending.append(error)
    try:
        QMetaObject.invokeMethod(poster, "show_pending", Qt.ConnectionType.QueuedConnection)
    except RuntimeError:  # destroyed between the check and the call
        log.debug("no dialog for an error raised while the program closes")


def install_excepthook(log_file: str | None) -> None:
    """Route uncaught exceptions (GUI thread and others) to the log and a plain dialog."""
    global _poster, _log_file
    _log_file = log_file
    _poster = _MainThreadPoster()

    def hook(kind: type[BaseException], value: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.critical("uncaught exception", exc_info=(kind, value, tb))
        _post(value)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
