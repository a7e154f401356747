"""Questions before an action that cannot be undone, asked without blocking the program.

`confirm` opens a window-modal QMessageBox with `open()`: no nested event loop runs, so the
engine bridge, timers and repaints go on while the user reads, and the answer arrives as a
callback on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


@dataclass(frozen=True)
class Question:
    """What to ask: a title, the question, why it matters, and the two answers' words."""

    title: str
    text: str
    details: str
    yes: str
    no: str
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning
    destructive: bool = False


def confirm(parent: QWidget, question: Question, on_yes: Callable[[], None]) -> QMessageBox:
    """Ask `question` over `parent` and return at once; `on_yes` runs (on the GUI thread)
    only if the user picks the "yes" answer. "No" is the default and the Escape answer. The
    box deletes itself once answered; the caller must not rely on it afterwards."""
    # `on_yes` hangs on the button, not on a slot holding the box: PySide crashed deleting a
    # box whose own `finished` slot referenced it.
    box = QMessageBox(question.icon, question.title, question.text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(question.details)
    role = (QMessageBox.ButtonRole.DestructiveRole if question.destructive
            else QMessageBox.ButtonRole.AcceptRole)
    yes = box.addButton(question.yes, role)
    no = box.addButton(question.no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    yes.clicked.connect(on_yes)
    box.open()
    return box
