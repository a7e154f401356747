"""GUI tests run in English (the source language, plural forms from masiv_desktop_en.qm);
`modal` answers message boxes, whether opened with exec() or open()."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from masiv_desktop.gui.i18n.translators import install_translators


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield


@pytest.fixture(autouse=True)
def _widgets_die_with_their_test(qapp: QApplication) -> Iterator[None]:
    """Delete what a test left behind while it is still that test's turn: widgets whose
    Python side is collected later would otherwise be destroyed in the middle of another
    test's event processing."""
    yield
    gc.collect()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()


class ModalAnswerer:
    """Answers the next message box by clicking a button, whether it was opened with exec()
    or with open() (the program's `confirm`, which returns at once: `wait` until answered)."""

    def __init__(self, qtbot: QtBot) -> None:
        self.texts: list[str] = []
        self._qtbot = qtbot
        self._pending = 0

    def next(self, button_text: str | None = None) -> None:
        """Click `button_text` (default: the box's default or escape button) when it shows."""
        self._pending += 1

        def answer() -> None:
            box = _shown_message_box()
            if box is None:
                QTimer.singleShot(20, answer)
                return
            self.texts.append(box.text())
            self._pending -= 1
            for button in box.buttons():
                if button_text is None or button.text() == button_text:
                    button.click()
                    return
            box.reject()

        QTimer.singleShot(0, answer)

    def wait(self, timeout_ms: int = 10_000) -> None:
        """Return once every answer asked for with `next` has been given."""
        self._qtbot.waitUntil(lambda: self._pending == 0, timeout=timeout_ms)


def _shown_message_box() -> QMessageBox | None:
    active = QApplication.activeModalWidget()
    if isinstance(active, QMessageBox) and active.isVisible():
        return active
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible() and w.result() == 0]
    return shown[-1] if shown else None


@pytest.fixture
def modal(qtbot: QtBot) -> ModalAnswerer:
    return ModalAnswerer(qtbot)
