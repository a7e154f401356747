"""Counts and moments as a person reads them, in the program's locale (`QLocale()`, which
`install_translators` makes the default): "20.000" in Spanish, "20,000" in English; a time
with its weekday and the month in words ("mar 8 dic 2026 07:00"), never a numeric day/month
pair that a Colombian and an American read as different days.

Call on the GUI thread (QLocale's default is process-wide).
"""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone

TIME_PATTERN = "ddd d MMM yyyy HH:mm"
"""Weekday, day, month in words, year, 24-hour time: readable in either language."""


def count_text(value: int) -> str:
    """A count with the locale's thousands separator ("8.653" in Spanish)."""
    return QLocale().toString(value)


def zone_key(zone: tzinfo | None) -> str:
    """The IANA name of `zone` ("America/Bogota"), "UTC" for UTC or an unnamed zone."""
    return getattr(zone, "key", "") or "UTC"


def time_text(moment: datetime, zone: tzinfo | None = None) -> str:
    """An aware `moment` in the computer's zone (or `zone`): 'Tue 8 Dec 2026 07:00'."""
    seconds = int(moment.timestamp())
    value = QDateTime.fromSecsSinceEpoch(seconds) if zone is None else \
        QDateTime.fromSecsSinceEpoch(seconds, QTimeZone(zone_key(zone).encode()))
    return QLocale().toString(value, TIME_PATTERN)


def date_words(day: date | QDate) -> str:
    """The locale's long date with the weekday: 'miércoles, 2 de diciembre de 2026'."""
    value = day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)
    return QLocale().toString(value, QLocale.FormatType.LongFormat)


def editable_format(locale: QLocale | None = None) -> str:
    """A date-time format a person can type digits into, in the locale's day/month order:
    'dd/MM/yyyy HH:mm' in Spanish, 'MM/dd/yyyy HH:mm' in US English (24-hour, two digits
    each, so every section has a fixed width and typing moves from one to the next)."""
    short = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    order = sorted("dMy", key=lambda letter: short.find(letter) % (len(short) + 1))
    found = re.search(r"[^dMy\s]", short)
    separator = found.group(0) if found else "/"
    widths = {"d": "dd", "M": "MM", "y": "yyyy"}
    return separator.join(widths[letter] for letter in order) + " HH:mm"
