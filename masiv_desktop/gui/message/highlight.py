"""Colours in the message text: characters that force Unicode, characters the gateway may not
carry, merge fields known and unknown; and the tooltip naming the character under the mouse.

The decisions come from the core (`text.encoding_of`, `merge.header_key`); this module only
paints them. Positions: Python counts code points, Qt counts UTF-16 units, so a character
outside the Basic Multilingual Plane (an emoji) advances Qt's position by two.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint
from PySide6.QtGui import (
    QHelpEvent,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from masiv_desktop.core.text.char_names import char_label
from masiv_desktop.core.text.measure import analyze, encoding_of
from masiv_desktop.core.text.merge import header_key
from masiv_desktop.core.usertypes import Encoding, PartRule, Severity
from masiv_desktop.gui import style
from masiv_desktop.gui.i18n.translators import tr_fmt

FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")


class Mark(Enum):
    UNICODE = "unicode"
    NOT_CARRIED = "not_carried"
    FIELD = "field"
    UNKNOWN_FIELD = "unknown_field"


def forces_unicode(char: str, rule: PartRule) -> bool:
    """True when this one character makes the message UCS-2 under `rule`."""
    return encoding_of(unicodedata.normalize("NFC", char), rule) is Encoding.UCS2


def not_carried(char: str) -> bool:
    """A control, private-use or non-character the gateway may refuse (core's rule)."""
    return bool(analyze(char).not_carried)


def marks(text: str, rule: PartRule, known: frozenset[str]
          ) -> Iterator[tuple[int, int, Mark, str]]:
    """(Qt start, Qt length, mark, the marked text) for one block of text."""
    utf16 = _utf16_offsets(text)
    for match in FIELD.finditer(text):
        if match.group(1) is None:
            continue
        name = match.group(1).partition("|")[0]
        kind = Mark.FIELD if header_key(name) in known else Mark.UNKNOWN_FIELD
        start, end = utf16[match.start()], utf16[match.end()]
        yield start, end - start, kind, match.group()
    for index, char in enumerate(text):
        if char.isascii() and char.isprintable():
            continue
        if not_carried(char):
            yield utf16[index], utf16[index + 1] - utf16[index], Mark.NOT_CARRIED, char
        elif unicodedata.combining(char) == 0 and forces_unicode(char, rule):
            yield utf16[index], utf16[index + 1] - utf16[index], Mark.UNICODE, char


def char_at_utf16(text: str, position: int) -> str | None:
    """The character of `text` at Qt's UTF-16 `position`, or None past the end."""
    offset = 0
    for char in text:
        width = 2 if ord(char) > 0xFFFF else 1
        if offset <= position < offset + width:
            return char
        offset += width
    return None


def _utf16_offsets(text: str) -> list[int]:
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (2 if ord(char) > 0xFFFF else 1))
    return offsets


def describe_char(char: str, rule: PartRule) -> str | None:
    """The tooltip for a marked character, or None for an ordinary one: what it is in the
    user's language ("comilla tipográfica izquierda “ (U+201C)", `core.text.char_names`)."""
    label = char_label(char, QCoreApplication.translate)
    if not_carried(char):
        return tr_fmt(QCoreApplication.translate(
            "MessageEditor", "%1: a control or private character; the gateway may refuse it "
            "and phones do not show it. Delete it."), label)
    if forces_unicode(char, rule):
        return tr_fmt(QCoreApplication.translate(
            "MessageEditor", "%1 is not in the GSM-7 alphabet: the whole message is sent as "
            "Unicode, with fewer characters per part."), label)
    return None


class MessageHighlighter(QSyntaxHighlighter):
    """Paints `marks` in each block; call `configure` when the rule or the columns change."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.rule = PartRule.MASIV_HTTP
        self.known: frozenset[str] = frozenset()
        self._formats = mark_formats()

    def configure(self, rule: PartRule, headers: Sequence[str]) -> None:
        self.rule = rule
        self.known = frozenset(header_key(h) for h in headers if header_key(h))
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for start, length, kind, _ in marks(text, self.rule, self.known):
            self.setFormat(start, length, self._formats[kind])


def mark_formats() -> dict[Mark, QTextCharFormat]:
    """How each mark looks, from the current palette (tinted on the text box's base)."""
    base = QPalette.ColorRole.Base
    warning = style.tint(Severity.WARNING, role=base, strength=0.3)
    unicode_format = QTextCharFormat()
    unicode_format.setBackground(warning.background)
    unicode_format.setForeground(warning.text)
    bad = QTextCharFormat()
    bad.setBackground(style.tint(Severity.ERROR, role=base, strength=0.35).background)
    info = style.tint(Severity.INFO, role=base)
    field = QTextCharFormat()
    field.setForeground(info.text)
    field.setBackground(info.background)
    unknown = QTextCharFormat()
    unknown.setForeground(style.accent(Severity.ERROR))
    unknown.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    unknown.setUnderlineColor(style.accent(Severity.ERROR))
    return {Mark.UNICODE: unicode_format, Mark.NOT_CARRIED: bad, Mark.FIELD: field,
            Mark.UNKNOWN_FIELD: unknown}


class _TooltipFilter(QObject):
    """Shows the text box's tooltips; a child of the viewport, so it goes with it, and it
    touches the box only for a tooltip (never while Qt is tearing the box down, when a
    Python override on the box itself can be called after its C++ half is gone)."""

    def __init__(self, text: MessageText) -> None:
        super().__init__(text.viewport())
        self._text = text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return False
        assert isinstance(event, QHelpEvent)
        tip = self._text.tooltip_at(event.pos().x(), event.pos().y())
        if tip:
            QToolTip.showText(event.globalPos(), tip, self._text.viewport())
        else:
            QToolTip.hideText()
        return True


class MessageText(QPlainTextEdit):
    """The text box; its tooltip names the offending character under the mouse. Tab moves
    to the next field, as everywhere else (a tab character is not allowed in an SMS)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.highlighter = MessageHighlighter(self.document())
        self.viewport().installEventFilter(_TooltipFilter(self))

    def tooltip_at(self, x: int, y: int) -> str | None:
        """The explanation of the character at viewport point (x, y), if it is marked."""
        cursor = self.cursorForPosition(QPoint(x, y))
        position = cursor.positionInBlock()
        if x < self.cursorRect(cursor).x():
            position -= 1
        char = char_at_utf16(cursor.block().text(), max(0, position))
        return describe_char(char, self.highlighter.rule) if char else None
