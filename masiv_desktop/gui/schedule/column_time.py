"""The schedule step's third choice: each row's own send time, read from a column of the list,
with a shift ("1 día antes", "2 horas antes", any number of minutes, hours or days, before
or after). Only gathers the choice (`send_column()`); the core reads the times and checks
them (core/law/row_times.py) when the campaign is planned."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from masiv_desktop.core.law.row_times import SendColumn
from masiv_desktop.core.lists.columns import fold
from masiv_desktop.core.usertypes import Language

_UNITS = (1, 60, 1440)
"""Minutes per unit of the shift's unit box: minutes, hours, days."""
_TIME_WORDS = ("fecha", "hora", "cita", "vence", "vencimiento", "date", "time", "envio",
               "appointment", "due")


def suggested_column(headers: Sequence[str]) -> str | None:
    """The header that most likely holds each row's date and time ("Cita", "Fecha y hora")."""
    for header in headers:
        words = fold(header).split()
        if any(word in _TIME_WORDS for word in words):
            return header
    return None


class ColumnTimeFields(QWidget):
    """The column and the shift; `changed` fires on every change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QComboBox(self)
        self.column.setAccessibleName(self.tr("Column with each row's date and time"))
        self.amount = QSpinBox(self)
        self.amount.setRange(0, 999)
        self.amount.setAccessibleName(self.tr("Shift"))
        self.unit = QComboBox(self)
        self.unit.addItems([self.tr("minutes"), self.tr("hours"), self.tr("days")])
        self.unit.setCurrentIndex(2)
        self.direction = QComboBox(self)
        self.direction.addItems([self.tr("before that time"), self.tr("after that time")])
        self.help = QLabel(self.tr(
            "Each row is sent at its own date and time from this column, in your time: an "
            "Excel date, or text such as 09/12/2026 10:00 (day first). Rows whose time is "
            "empty, unreadable or already past are not sent; commercial rows outside the "
            "allowed hours move to the end of the allowed period before."), self)
        self.help.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.column)
        row.addWidget(QLabel(self.tr("send it"), self))
        row.addWidget(self.amount)
        row.addWidget(self.unit)
        row.addWidget(self.direction)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.help)
        for box in (self.column, self.unit, self.direction):
            box.currentIndexChanged.connect(lambda *_: self.changed.emit())
        self.amount.valueChanged.connect(lambda *_: self.changed.emit())

    def set_columns(self, headers: Sequence[str]) -> None:
        """The list's headers; the chosen one stays chosen, else the likeliest is."""
        current = self.column.currentText()
        self.column.blockSignals(True)
        self.column.clear()
        self.column.addItems([str(h) for h in headers])
        wanted = current if current in headers else suggested_column(headers)
        if wanted:
            self.column.setCurrentText(wanted)
        self.column.blockSignals(False)
        self.changed.emit()

    def set_rule(self, rule: SendColumn) -> None:
        self.column.setCurrentText(rule.column)
        minutes = abs(rule.offset_minutes)
        unit = next((i for i in (2, 1) if minutes and minutes % _UNITS[i] == 0), 0)
        self.unit.setCurrentIndex(unit if minutes else 2)
        self.amount.setValue(minutes // _UNITS[unit])
        self.direction.setCurrentIndex(1 if rule.offset_minutes > 0 else 0)

    def send_column(self, language: Language) -> SendColumn | None:
        """The choice for the core (None before the list has columns). Day-first text
        unless the program is in English."""
        name = self.column.currentText()
        if not name:
            return None
        minutes = self.amount.value() * _UNITS[self.unit.currentIndex()]
        sign = 1 if self.direction.currentIndex() == 1 else -1
        return SendColumn(name, sign * minutes, day_first=language is not Language.ENGLISH)
