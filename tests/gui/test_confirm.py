"""gui/confirm.py: the question opens without blocking and calls back only on "yes"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from masiv_desktop.gui.confirm import Question, confirm

QUESTION = Question("Title", "Do it?", "It cannot be undone.", "Do it", "Keep", destructive=True)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _ask(parent: QWidget) -> tuple[QMessageBox, list[str]]:
    calls: list[str] = []
    box = confirm(parent, QUESTION, lambda: calls.append("yes"))
    return box, calls


def _button(box: QMessageBox, text: str) -> QAbstractButton:
    return next(b for b in box.buttons() if b.text() == text)


def test_the_question_is_window_modal_and_returns_at_once(parent: QWidget) -> None:
    box, calls = _ask(parent)
    assert box.isVisible() and calls == []
    assert box.windowModality() is Qt.WindowModality.WindowModal
    assert box.text() == "Do it?" and box.informativeText() == "It cannot be undone."
    assert box.defaultButton().text() == "Keep" and box.escapeButton().text() == "Keep"
    assert box.buttonRole(_button(box, "Do it")) is QMessageBox.ButtonRole.DestructiveRole
    box.escapeButton().click()


def test_yes_calls_back_once(qtbot: QtBot, parent: QWidget) -> None:
    box, calls = _ask(parent)
    _button(box, "Do it").click()
    qtbot.waitUntil(lambda: calls == ["yes"])
    qtbot.wait(50)
    assert calls == ["yes"]


def test_no_and_escape_do_nothing(qtbot: QtBot, parent: QWidget) -> None:
    box, calls = _ask(parent)
    _button(box, "Keep").click()
    second, more = _ask(parent)
    qtbot.keyClick(second, Qt.Key.Key_Escape)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: not second.isVisible())
    qtbot.wait(50)
    assert calls == more == []
