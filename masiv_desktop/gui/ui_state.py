"""Window geometry, splitter sizes and the last folder: per-machine state, not settings; and
windows that fit the screen they open on.

Kept in an INI file beside the settings (`window-state.ini` in the config folder, so
`--data-dir` isolates it too) through QSettings, which stores Qt's geometry blobs natively.
The user's settings (account, rate, language…) live in `core.settings`, not here.

A laptop of 1366×768 at 150 % scaling gives Qt a screen of about 911×512 logical pixels, less
a task bar: every window opens inside the screen's available area (`fit_to_screen`, and
`ScreenFit` for any window as it shows), a remembered size comes back only if it still fits
(`restore_geometry`), and long pages scroll (`scrolling`, `scroll_page`) so that their
buttons stay in sight.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QFrame, QMessageBox, QScrollArea, QVBoxLayout, QWidget

from masiv_desktop.core.settings.paths import AppPaths

FRAME_GUESS = QSize(16, 40)
"""A title bar and borders, in logical pixels, for a window whose frame is not known yet
(before it first shows, or on an X server that reports none)."""


class UiState:
    def __init__(self, paths: AppPaths) -> None:
        self._store = QSettings(str(paths.config / "window-state.ini"),
                                QSettings.Format.IniFormat)

    def blob(self, key: str) -> QByteArray | None:
        value = self._store.value(key, QByteArray())
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_blob(self, key: str, value: QByteArray) -> None:
        self._store.setValue(key, value)

    @property
    def last_folder(self) -> Path:
        """The folder of the last spreadsheet opened, or the home folder."""
        folder = Path(str(self._store.value("last_folder", "") or "")).expanduser()
        return folder if str(folder) not in ("", ".") and folder.is_dir() else Path.home()

    @last_folder.setter
    def last_folder(self, folder: Path) -> None:
        self._store.setValue("last_folder", str(folder))

    def folder(self, key: str) -> Path:
        """A remembered folder (e.g. "reports"), else the last spreadsheet's folder."""
        folder = Path(str(self._store.value(f"folders/{key}", "") or "")).expanduser()
        return folder if str(folder) not in ("", ".") and folder.is_dir() else self.last_folder

    def set_folder(self, key: str, folder: Path) -> None:
        self._store.setValue(f"folders/{key}", str(folder))

    def sync(self) -> None:
        self._store.sync()


def available_area(window: QWidget) -> QRect:
    """The part of the screen `window` opens on that windows may use (no task bar, no dock):
    its own once shown, else its parent's."""
    parent = window.parentWidget()
    if window.windowHandle() is None and parent is not None:
        return parent.window().screen().availableGeometry()
    return window.screen().availableGeometry()


def _frame_extra(window: QWidget) -> QSize:
    """How much bigger the window's frame is than its contents: measured once shown, else a
    generous guess (an offscreen or bare X server has almost no frame)."""
    frame, inside = window.frameGeometry().size(), window.geometry().size()
    extra = QSize(frame.width() - inside.width(), frame.height() - inside.height())
    return extra.expandedTo(FRAME_GUESS)


def room_for(window: QWidget) -> QSize:
    """The largest contents size whose frame fits the available area."""
    area, extra = available_area(window).size(), _frame_extra(window)
    return QSize(area.width() - extra.width(), area.height() - extra.height())


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Size a top-level `window` to `preferred`, or less where the screen has less room, and
    centre it on the available area (a dialog is centred over its parent by Qt when shown)."""
    size = preferred.boundedTo(room_for(window)).expandedTo(window.minimumSize())
    window.resize(size)
    if window.parentWidget() is None:
        area = available_area(window)
        extra = _frame_extra(window)
        window.move(area.x() + max(0, (area.width() - size.width() - extra.width()) // 2),
                    area.y() + max(0, (area.height() - size.height() - extra.height()) // 2))


def restore_geometry(window: QWidget, blob: QByteArray | None) -> bool:
    """Give `window` its remembered geometry only if that still fits the screen it would open
    on (a laptop taken off its big monitor, a larger scaling chosen since); False when not
    restored, and the caller sizes the window itself (`fit_to_screen`)."""
    if blob is None or not window.restoreGeometry(blob):
        return False
    if window.isMaximized():
        return True
    room = room_for(window)
    if window.width() <= room.width() and window.height() <= room.height():
        return True
    window.setWindowState(Qt.WindowState.WindowNoState)
    return False


def shrink_to_screen(window: QWidget) -> None:
    """Make `window` no bigger than the available area allows (down to its minimum size)."""
    if window.isMaximized() or window.isFullScreen():
        return
    size = window.size().boundedTo(room_for(window)).expandedTo(window.minimumSize())
    if size != window.size():
        window.resize(size)


def keep_on_screen(window: QWidget) -> None:
    """Shrink `window` to the available area and move its frame inside it."""
    if window.isMaximized() or window.isFullScreen():
        return
    shrink_to_screen(window)
    area, frame = available_area(window), window.frameGeometry()
    extra = _frame_extra(window)
    width = max(frame.width(), window.width() + extra.width())
    height = max(frame.height(), window.height() + extra.height())
    x = max(min(frame.x(), area.right() + 1 - width), area.x())
    y = max(min(frame.y(), area.bottom() + 1 - height), area.y())
    if (x, y) != (frame.x(), frame.y()):
        window.move(window.pos() + QPoint(x - frame.x(), y - frame.y()))


def _fit_message_box(box: QMessageBox) -> None:
    """A message box taller than the screen (Qt limits only its width) moves its explanation,
    then its text but the first sentence, behind its "Show details" button, where it
    scrolls."""
    too_tall = box.frameGeometry().height() > available_area(box).height()
    if too_tall and (box.informativeText() or len(first_sentence(box.text())) < len(box.text())):
        details = box.detailedText()
        if box.informativeText():
            moved = box.informativeText()
            box.setInformativeText("")
        else:
            moved = box.text()
            box.setText(first_sentence(moved))
        box.setDetailedText(moved + ("\n\n" + details if details else ""))
        QTimer.singleShot(0, box, lambda: _fit_message_box(box))
        return
    parent = box.parentWidget()
    if parent is not None and box.y() <= available_area(box).y():
        box.move(parent.window().frameGeometry().center() - box.rect().center())
    keep_on_screen(box)


def first_sentence(text: str) -> str:
    """The first line or sentence of `text`, with "…" when there was more."""
    for end in ("\n", ". ", ": "):
        cut = text.find(end)
        if 0 < cut < 300:
            return text[:cut + 1].rstrip() + " …"
    return text[:200].rstrip() + "…"


SETTLED_MS = (0, 300)
"""When to check a window that just showed: once it has its place and final size (a message
box and a progress dialog size themselves as they show), and again once an X11 window
manager has put its frame around it."""


class ScreenFit(QObject):
    """Installed on the application: every window that shows (dialogs, message boxes, Qt's
    own) is kept inside the available area of its screen. It shrinks before it shows (so a
    dialog is still centred over its parent by Qt), and is moved inside the screen once it
    has its place and final size (a message box and a progress dialog size themselves)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) \
                and watched.isWindow() and _is_window_kind(watched):
            if not isinstance(watched, QMessageBox):
                shrink_to_screen(watched)
            for delay in SETTLED_MS:
                QTimer.singleShot(delay, watched, lambda window=watched: _fit(window))
        return False


def _fit(window: QWidget) -> None:
    if isinstance(window, QMessageBox):
        _fit_message_box(window)
    elif window.isVisible():
        keep_on_screen(window)


def _is_window_kind(widget: QWidget) -> bool:
    kind = widget.windowType()
    return kind in (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet)


class ScrollArea(QScrollArea):
    """A frameless scroll area that asks for the whole of its content (Qt's own asks for at
    most 36×24 lines), so a window is as large as its content where the screen allows, and
    scrolls only where it does not."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no extra stop for Tab
        self.setWidgetResizable(True)
        self.setWidget(content)
        content.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint().expandedTo(content.minimumSizeHint())
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + bar, hint.height())


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a scroll area that scrolls only when the window is too small for it (a
    settings tab)."""
    return ScrollArea(content, content.parentWidget())


def scroll_page(page: QWidget) -> QScrollArea:
    """Move what `page` holds (its layout and the widgets in it) into a scroll area that fills
    the page: a wizard page taller than the screen scrolls, and the wizard's buttons below it
    stay in sight."""
    content = QWidget(page)
    layout = page.layout()
    if layout is not None:
        content.setLayout(layout)  # takes the layout and its widgets from the page
    area = ScrollArea(content, page)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return area
