"""Keyboard helpers for GUI tests: the Alt letters a window offers."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget

MNEMONIC = re.compile(r"&([^&\s])")
"""An Alt letter in a widget's text ("&&" is a plain ampersand)."""


def mnemonics(window: QWidget) -> list[str]:
    """The Alt letters a person can press in `window` now: its visible buttons, labels with a
    buddy, visible tabs and menu titles."""
    texts: list[str] = []
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            texts.append(button.text())
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and label.isVisibleTo(window):
            texts.append(label.text())
    for bar in window.findChildren(QTabBar):
        if bar.isVisibleTo(window):
            texts.extend(bar.tabText(i) for i in range(bar.count()) if bar.isTabVisible(i))
    menu_bar = getattr(window, "menuBar", None)
    if callable(menu_bar):
        texts.extend(action.text() for action in menu_bar().actions())
    return [match.group(1).lower() for text in texts for match in MNEMONIC.finditer(text)]
