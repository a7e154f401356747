"""A focus ring that shows which widget has the keyboard, in every window and every style.

Fusion marks a focused button only by tinting its outline (the same tint as a default
button, so a focused "Send…" looks unfocused), a drop-down and a flat or tool button not at
all, and only after a Tab press; Windows styles draw a thin dotted line. Keyboard users
could not see where they were. One `QFocusFrame` follows `QApplication.focusChanged` and
draws a ring in the palette's highlight colour (at least 3:1 against the window, the WCAG
contrast for focus indicators) just outside the focused widget, above its neighbours so no
layout margin or parent clips it. The ring has its own small style (`_RingStyle`): the
widgets keep theirs, and painting them costs nothing more.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)
from shiboken6 import isValid

from masiv_desktop.gui import style

RING_WIDTH = 2
"""The ring's line, in device-independent pixels."""
MARGIN = 3
"""How far outside the widget the ring's band reaches (the line and one pixel of air)."""
MIN_CONTRAST = 3.0
"""WCAG 2.2 (1.4.11, 2.4.13): a focus indicator contrasts at least 3:1 with its surroundings."""


def ring_color(palette: QPalette) -> QColor:
    """The palette's highlight, darkened or lightened until it stands out on the window."""
    return style.readable(palette.color(QPalette.ColorRole.Highlight),
                          palette.color(QPalette.ColorRole.Window), MIN_CONTRAST)


class _RingStyle(QProxyStyle):
    """The ring's own style: drawn above the widget (not clipped by its parent), in a band
    `MARGIN` wide around it."""

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,
                  widget: QWidget | None = None,
                  returnData: QStyleHintReturn | None = None) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        return super().styleHint(hint, option, widget, returnData)

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        if metric in (QStyle.PixelMetric.PM_FocusFrameHMargin,
                      QStyle.PixelMetric.PM_FocusFrameVMargin):
            return MARGIN
        return super().pixelMetric(metric, option, widget)


class FocusRing(QFocusFrame):
    """The ring around one widget (`setWidget`); Qt keeps it on the widget as it moves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._style = _RingStyle()
        self.setStyle(self._style)
        self.setObjectName("focusRing")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(ring_color(self.palette()), RING_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset),
                                MARGIN, MARGIN)


class FocusRings(QObject):
    """Puts the ring on whichever widget gets the keyboard (not on menus and drop-down
    lists, which show their own current item). `remove()` stops it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._moved)
        self._moved(None, app.focusWidget())

    @property
    def ring(self) -> FocusRing | None:
        """The ring while it exists (its window may have taken it along when it closed)."""
        if self._ring is not None and not isValid(self._ring):
            self._ring = None
        return self._ring

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        ring = self.ring
        if new is None or new.isWindow() or new.window().windowType() in (
                Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            if ring is not None:
                ring.setWidget(None)  # type: ignore[arg-type]  # Qt: nullptr detaches
            return
        if ring is None:
            ring = self._ring = FocusRing(new.window())
        ring.setWidget(new)

    def remove(self) -> None:
        """No ring any more (`install` then puts a new one)."""
        self._app.focusChanged.disconnect(self._moved)
        ring = self.ring
        if ring is not None:
            ring.setWidget(None)  # type: ignore[arg-type]  # Qt: nullptr detaches
            ring.deleteLater()
        self._ring = None
        self.setParent(None)
        self.deleteLater()


def install(app: QApplication) -> FocusRings:
    """Show the focus ring in every window of `app` (once per application)."""
    existing = app.findChild(FocusRings)
    return existing if isinstance(existing, FocusRings) else FocusRings(app)
