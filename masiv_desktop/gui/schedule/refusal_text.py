"""The contact window's refusal (`core.law.refusal.WindowRefusal`) in the user's language:
which recipients close the window at the chosen time, in which country, at what local time
and why ("3 números de España (+34): allí serían las 00:00 del jue 3 dic, fuera del horario
permitido (07:00 a 19:00)"; "8 dic: La Inmaculada Concepción, festivo").

Country and holiday names come from the core (phonenumbers' and the holidays package's data,
Spanish or English as the program speaks); times and dates are QLocale's. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QObject, QTime

from masiv_desktop.core.law.refusal import (
    ClosedBecause,
    ClosedPlace,
    WindowRefusal,
    country_name,
    holiday_name,
)
from masiv_desktop.gui.i18n.translators import tr_fmt

SHOWN_PLACES = 5
"""Places listed one per line; the rest are counted on one line."""


def language() -> str:
    """"es" or "en": the language dates and names are shown in (the default locale's)."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def refusal_text(refusal: WindowRefusal, when: str, next_allowed: str) -> str:
    """Why `when` cannot be used, place by place, and `next_allowed`, the next time allowed
    for every recipient (both already worded)."""
    return RefusalWords().refusal(refusal, when, next_allowed)


def left_out_text(refusal: WindowRefusal) -> str:
    """What leaving the closed numbers out did, place by place."""
    return RefusalWords().left_out(refusal)


class RefusalWords(QObject):
    """The sentences (a QObject so that `tr` marks plural forms for lupdate)."""

    def refusal(self, refusal: WindowRefusal, when: str, next_allowed: str) -> str:
        whole_day = self._whole_day(refusal)
        if whole_day is not None:
            head = self.tr("%1 is outside the hours allowed for commercial messages "
                           "(Ley 2300): %2.")
            tail = self.tr("The next time allowed for every recipient is %1.")
            return "\n".join([tr_fmt(head, when, whole_day), tr_fmt(tail, next_allowed)])
        if refusal.allowed_count:
            head = self.tr("%1 is outside the hours allowed for commercial messages "
                           "(Ley 2300) for some recipients:")
        else:
            head = self.tr("%1 is outside the hours allowed for commercial messages "
                           "(Ley 2300):")
        tail = self.tr("The next time allowed for every recipient is %1.")
        return "\n".join([tr_fmt(head, when), *self.place_lines(refusal),
                          tr_fmt(tail, next_allowed)])

    def _whole_day(self, refusal: WindowRefusal) -> str | None:
        """The one reason when the day itself is closed for everyone (a holiday, a Sunday),
        which a line per country would only repeat."""
        days = {(place.because, place.local.date()) for place in refusal.closed}
        if refusal.allowed_count or len(days) != 1 or \
                refusal.closed[0].because is ClosedBecause.OUTSIDE_HOURS:
            return None
        return self.reason(refusal.closed[0])

    def left_out(self, refusal: WindowRefusal) -> str:
        head = self.tr("Left out of this campaign, because the contact hours are closed there "
                       "at this time (they are listed among the rows not sent, with the "
                       "reason):")
        return "\n".join([head, *self.place_lines(refusal)])

    def place_lines(self, refusal: WindowRefusal) -> list[str]:
        """One line per place ("• 3 números de España (+34): …"), the first `SHOWN_PLACES`."""
        lines = [f"• {self.place(place)}" for place in refusal.closed[:SHOWN_PLACES]]
        rest = sum(place.count for place in refusal.closed[SHOWN_PLACES:])
        if rest:
            lines.append("• " + self.tr("%Ln more number(s) in other places", "", rest))
        return lines

    def place(self, place: ClosedPlace) -> str:
        """One place: who, their local time, why the window is closed there."""
        local = place.local
        day = QLocale().toString(QDate(local.year, local.month, local.day), "ddd d MMM")
        clock = QLocale().toString(QTime(local.hour, local.minute), "HH:mm")
        country = country_name(place.region, language()) if place.region else \
            self.tr("an unknown country")
        code = f" (+{place.calling_code})" if place.calling_code else ""
        if place.count:
            text = self.tr("%Ln number(s) in %1: there it would be %2 on %3, %4", "",
                           place.count)
        else:
            text = self.tr("In %1: it would be %2 on %3, %4")
        return tr_fmt(text, country + code, clock, day, self.reason(place))

    def reason(self, place: ClosedPlace) -> str:
        """Why the window is closed at the place's local time."""
        local = place.local
        match place.because:
            case ClosedBecause.HOLIDAY:
                day = QLocale().toString(QDate(local.year, local.month, local.day), "d MMM")
                name = holiday_name(local.date(), language()) or ""
                return tr_fmt(self.tr("%1: %2, a public holiday"), day, name)
            case ClosedBecause.CLOSED_DAY:
                weekday = QLocale().dayName(local.isoweekday(), QLocale.FormatType.LongFormat)
                return tr_fmt(self.tr("no commercial messages on a %1"), weekday)
            case _:
                start, end = place.hours or (0, 0)
                return tr_fmt(self.tr("outside the allowed hours (%1 to %2)"), _hhmm(start),
                              _hhmm(end))


def _hhmm(minutes: int) -> str:
    if minutes >= 24 * 60:
        return "24:00"
    return QLocale().toString(QTime(minutes // 60, minutes % 60), "HH:mm")
