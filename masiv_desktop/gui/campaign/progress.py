"""A campaign's progress: a bar, big counts (accepted, rejected, uncertain, waiting, and
cancelled once there are any), and the speed and time left while it sends (from the engine's
`Progress` events). The bar counts the messages sent: cancelled recipients are beside it,
never among them (a cancelled campaign is not "8,653 of 8,653 sent", issue 15)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from masiv_desktop.core.engine.events import Progress
from masiv_desktop.core.overview import sent_count
from masiv_desktop.core.usertypes import RecipientState, Severity
from masiv_desktop.gui import style
from masiv_desktop.gui.i18n.translators import tr_fmt

_TILES = (
    (RecipientState.ACCEPTED, Severity.SUCCESS),
    (RecipientState.REJECTED, Severity.ERROR),
    (RecipientState.UNCERTAIN, Severity.WARNING),
    (RecipientState.PENDING, None),
    (RecipientState.CANCELLED, None),
)


def _tile_color(severity: Severity | None) -> QColor:
    window = QPalette.ColorRole.Window
    return style.muted(role=window) if severity is None else style.accent(severity, role=window)


class _Tile(QFrame):
    def __init__(self, color: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet("QFrame#tile { border: 1px solid palette(mid); border-radius: 6px; }")
        self.number = QLabel("0", self)
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setStyleSheet(style.color_style(color))
        self.caption = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)


class ProgressPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(True)
        self.bar.setMinimumHeight(22)
        self.tiles = {state: _Tile(_tile_color(severity), self) for state, severity in _TILES}
        self.speed = QLabel(self)
        self.speed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.addWidget(self.bar, 0, 0, 1, len(_TILES))
        for column, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, 1, column)
        grid.addWidget(self.speed, 2, 0, 1, len(_TILES))
        self._counts: dict[RecipientState, int] = {}
        self._total = 0
        self.retranslate()

    def retranslate(self) -> None:
        captions = {RecipientState.ACCEPTED: self.tr("accepted"),
                    RecipientState.REJECTED: self.tr("rejected"),
                    RecipientState.UNCERTAIN: self.tr("uncertain"),
                    RecipientState.PENDING: self.tr("waiting"),
                    RecipientState.CANCELLED: self.tr("cancelled")}
        for state, tile in self.tiles.items():
            tile.caption.setText(captions[state])
        self.show_counts(self._counts, self._total)

    def show_counts(self, by_state: Mapping[RecipientState, int], total: int) -> None:
        """Counts of the whole campaign (from the store or a `Progress` event)."""
        self._counts, self._total = dict(by_state), total
        locale = QLocale()
        waiting = by_state.get(RecipientState.PENDING, 0) + by_state.get(
            RecipientState.CLAIMED, 0)
        shown = {**by_state, RecipientState.PENDING: waiting}
        for state, tile in self.tiles.items():
            tile.number.setText(locale.toString(shown.get(state, 0)))
        cancelled = by_state.get(RecipientState.CANCELLED, 0)
        self.tiles[RecipientState.CANCELLED].setVisible(cancelled > 0)
        sent = sent_count(by_state)
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(sent if total else 0)
        text = tr_fmt(self.tr("%1 of %Ln sent", "", total), sent)
        if cancelled:
            text = tr_fmt(self.tr("%1 · %Ln cancelled", "", cancelled), text)
        self.bar.setFormat(text)

    def show_progress(self, progress: Progress) -> None:
        self.show_counts(progress.by_state, progress.total)
        parts = []
        if progress.rate > 0 and progress.eta_seconds is not None:
            parts.append(tr_fmt(self.tr("%1 messages a second"), QLocale().toString(
                progress.rate, "f", 0 if progress.rate >= 10 else 1)))
            parts.append(tr_fmt(self.tr("about %1 left"), duration(progress.eta_seconds)))
        if progress.open_parts:
            parts.append(self.tr("%Ln message part(s) waiting for a final status", "",
                                 progress.open_parts))
        self.speed.setText(" · ".join(parts))

    def clear_speed(self) -> None:
        self.speed.clear()


def duration(seconds: float) -> str:
    """"45 s", "3 min", "2 h 05 min": short and translated."""
    translate = QCoreApplication.translate
    whole = max(0, round(seconds))
    if whole < 60:
        return tr_fmt(translate("Duration", "%1 s"), whole)
    minutes = round(whole / 60)
    if minutes < 60:
        return tr_fmt(translate("Duration", "%1 min"), minutes)
    hours, minutes = divmod(minutes, 60)
    return tr_fmt(translate("Duration", "%1 h %2 min"), hours, f"{minutes:02d}")
