"""GUI tests run in English (the source language, plural forms from masiv_desktop_en.qm);
`modal` answers message boxes opened with exec()."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from masiv_desktop.gui.i18n.translators import install_translators


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield


class ModalAnswerer:
    """Answers the next modal QMessageBox (opened with exec) by clicking a button."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def next(self, button_text: str | None = None) -> None:
        """Click `button_text` (default: the box's default or escape button) when it shows."""

        def answer() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox) or not box.isVisible():
                QTimer.singleShot(20, answer)
                return
            self.texts.append(box.text())
            for button in box.buttons():
                if button_text is None or button.text() == button_text:
                    button.click()
                    return
            box.reject()

        QTimer.singleShot(0, answer)


@pytest.fixture
def modal() -> ModalAnswerer:
    return ModalAnswerer()
