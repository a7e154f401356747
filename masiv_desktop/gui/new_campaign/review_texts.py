"""The review step's sentences, translated from the core's figures (the core's own sentences
are English, for the CLI): the contact-window advice, the split schedule, the send time."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject

from masiv_desktop.core.campaigns import CampaignPlan
from masiv_desktop.core.law.contact_rules import NowAdvice
from masiv_desktop.core.law.contact_window import Schedule
from masiv_desktop.core.law.row_times import RowTimes
from masiv_desktop.core.law.scheduling import gateway_zone
from masiv_desktop.gui.i18n.formats import date_words, time_text
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.schedule.panel import format_time, local_zone_name

translate = QCoreApplication.translate


class ReviewCounts(QObject):
    """The review's counts, each through a plural string (lupdate reads plurals in `tr`)."""

    def too_late(self, n: int) -> str:
        return self.tr(
            "At the expected speed the campaign needs about %1; the allowed hours end at %2, "
            "so about %3 of %Ln message(s) will wait for the next allowed period (sending "
            "resumes by itself while the program runs).", "", n)

    def slot(self, n: int) -> str:
        return self.tr("%Ln message(s) from %1 to %2", "", n)

    def unicode(self, n: int) -> str:
        return self.tr("%Ln sent as Unicode", "", n)

    def rne_days(self, n: int) -> str:
        return self.tr("The RNE list was last imported on %1, %Ln day(s) ago; import the CRC's "
                       "current file (“Import the RNE list…”, or the menu Campaign › "
                       "Suppression list).", "", n)


def duration_text(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    hours, minutes = divmod(minutes, 60)
    if hours:
        return tr_fmt(translate("Review", "%1 h %2 min"), hours, f"{minutes:02d}")
    return tr_fmt(translate("Review", "%1 min"), minutes)


def advice_text(advice: NowAdvice | None, count: int) -> str:
    """What sending now means under the contact window ('' when nothing needs saying)."""
    if advice is None:
        return ""
    lines = []
    if not advice.allowed_now:
        lines.append(tr_fmt(translate(
            "Review", "Commercial messages may not be sent now (Ley 2300 contact hours); "
            "sending waits until %1."), format_time(advice.starts_at)))
    if not advice.fits:
        lines.append(tr_fmt(ReviewCounts().too_late(count), duration_text(advice.seconds_needed),
                            format_time(advice.closes_at), count - advice.fitting))
    return "\n".join(lines)


def schedule_text(schedule: Schedule | None) -> str:
    """The periods of a scheduled campaign split across the allowed hours."""
    if schedule is None:
        return ""
    lines = [translate("Review", "The messages do not fit in one allowed period; they are "
                       "delivered in these periods:")]
    for slot in schedule.slots:
        lines.append("• " + tr_fmt(ReviewCounts().slot(slot.count), format_time(slot.start),
                                   format_time(slot.end)))
    return "\n".join(lines)


def when_text(send_at: datetime | None, zone: str) -> str:
    """The send time in the user's zone and in the gateway's (`zone`), both in the locale
    with the weekday: never the gateway's month-first `sendondate`."""
    if send_at is None:
        return translate("Review", "Now")
    text = translate("Review", "%1, your time (%2) — sent to the gateway as %3 (%4)")
    return tr_fmt(text, format_time(send_at), local_zone_name(),
                  time_text(send_at, gateway_zone(zone)), zone)


def parts_text(plan: CampaignPlan) -> str:
    text = tr_fmt(translate("Review", "%1 in all, up to %2 per message"),
                  plan.total_parts, plan.max_parts)
    if plan.unicode_recipients:
        text += "; " + ReviewCounts().unicode(plan.unicode_recipients)
    return text


def sandbox_note(plan: CampaignPlan) -> str:
    if not plan.window_note:
        return ""
    return translate("Review", "This gateway is a sandbox on this computer and contacts "
                     "nobody: the contact hours are shown but not enforced. A real gateway "
                     "would follow them.")


class RowTimesTexts(QObject):
    """The review's words for a campaign whose rows each have their own send time (a QObject
    so that lupdate sees its plurals: it does not see them in `QCoreApplication.translate`)."""

    def shift(self, minutes: int) -> str:
        """The shift in words: 1 day before, 2 hours before, 30 minutes after (empty: none)."""
        if not minutes:
            return ""
        size = abs(minutes)
        days, rest = divmod(size, 1440)
        hours, odd = divmod(size, 60)
        if not rest:
            amount = self.tr("%Ln day(s)", "", days)
        elif not odd:
            amount = self.tr("%Ln hour(s)", "", hours)
        else:
            amount = self.tr("%Ln minute(s)", "", size)
        if minutes < 0:
            return tr_fmt(self.tr("%1 before"), amount)
        return tr_fmt(self.tr("%1 after"), amount)

    def when(self, times: RowTimes) -> str:
        """Where each row's time comes from and the span: the review's "When"."""
        text = self.tr("Each row at its own time, from column “%1”%2, your time (%3): "
                       "from %4 to %5")
        shift = self.shift(times.offset_minutes)
        return tr_fmt(text, times.column, f", {shift}" if shift else "", local_zone_name(),
                      format_time(times.earliest), format_time(times.latest))

    def details(self, plan: CampaignPlan) -> str:
        """How many go each day, what the contact hours moved, and the rows refused for
        their time (empty for a campaign with one time for all)."""
        times = plan.row_times
        if times is None:
            return ""
        lines = [self.tr("Messages per day:")]
        for day, count in times.per_day:
            lines.append("• " + tr_fmt(self.tr("%1: %2"), date_words(day),
                                       self.tr("%Ln message(s)", "", count)))
        earlier, later, refused = times.moved_earlier, times.moved_later, plan.summary.send_time
        if earlier:
            lines.append(self.tr(
                "%Ln commercial message(s) outside the allowed hours (Ley 2300) move earlier, "
                "to the end of the allowed period before their time.", "", earlier))
        if later:
            lines.append(self.tr(
                "%Ln commercial message(s) outside the allowed hours move later, to the next "
                "opening: the period before has already passed.", "", later))
        if refused:
            lines.append(self.tr(
                "%Ln row(s) have an empty, unreadable or past send time and are not sent (they "
                "are listed among the rows not sent).", "", refused))
        return "\n".join(lines)
