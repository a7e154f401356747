"""When to send: now, at a date and time in the user's zone, or (in the new-campaign wizard)
at each row's own time from a column of the list (`gui.schedule.column_time`).

The date is typed in digits in the locale's order ("09/12/2026 10:30" in Spanish, see
`formats.editable_format`) or picked on the calendar, with the weekday and the date in words
beside it. Shows the time the gateway will receive (in the `gateway_timezone` setting) in the
user's locale with its weekday; the gateway's own `MM/DD/YYYY` only in a tooltip that says
whose format it is. Refuses the past, refuses a time outside the contact window for campaigns the
window binds (commercial ones; transactional ones unless released) with the next allowed
time offered on a button, and says that scheduled messages cannot be cancelled. The checks
are the core's (`scheduling.check_future`, `contact_rules.check_send_time`); with a gateway
that contacts nobody (the sandbox) a time outside the window is a warning, as in the core.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QDateTime, QEvent, QObject, QTimer, QTimeZone, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from masiv_desktop.core.campaigns import reaches_people
from masiv_desktop.core.law.contact_rules import window_applies
from masiv_desktop.core.law.contact_window import BOGOTA, WindowError
from masiv_desktop.core.law.refusal import NumberGroup, WindowRefusal, explain_refusal, zones_of
from masiv_desktop.core.law.row_times import SendColumn
from masiv_desktop.core.law.scheduling import ScheduleError, check_future, describe, gateway_zone
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.usertypes import Purpose, Severity
from masiv_desktop.gui.i18n.formats import date_words, editable_format, time_text, zone_key
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.notice import Notice
from masiv_desktop.gui.schedule.column_time import ColumnTimeFields
from masiv_desktop.gui.schedule.refusal_text import left_out_text, refusal_text

RECHECK_MS = 30_000


def format_time(when: datetime) -> str:
    """A send time in the user's zone and language: 'Mon 30 Nov 2026 07:00'."""
    return time_text(when)


def format_time_in(when: datetime, zone: tzinfo) -> str:
    """The same, in another zone (the recipients', the gateway's), naming it."""
    return f"{time_text(when, zone)} ({zone_key(zone)})"


def local_zone_name() -> str:
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name or (datetime.now().astimezone().tzname() or "")


class DateTimeField(QDateTimeEdit):
    """A date-time editor a person can type a whole date into: "09/12/2026 10:30".

    Qt's editor drops digits typed where no section is selected (a click leaves the cursor
    inside "25"), and after a full section it moves on by itself, so the "/" typed next
    skipped the month. Here focus and a click select the section under the cursor, and a
    separator typed just after such a move is taken as already done. The display format
    must be numeric (`formats.editable_format`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._moved_on = False
        self.lineEdit().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, self._select_at_cursor)
        return super().eventFilter(watched, event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._select_at_cursor()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if self._moved_on and text and not text.isdigit() and text.isprintable():
            self._moved_on = False
            return
        before = self.currentSection()
        super().keyPressEvent(event)
        self._moved_on = text.isdigit() and self.currentSection() != before

    def _select_at_cursor(self) -> None:
        """Select the section holding the cursor, so the digits typed next replace it."""
        self._moved_on = False
        line = self.lineEdit()
        if line.hasSelectedText():
            return
        index = len(re.findall(r"\D+", self.text()[:line.cursorPosition()]))
        index = min(index, self.sectionCount() - 1)
        self.setCurrentSectionIndex(index)
        self.setSelectedSection(self.sectionAt(index))


class SchedulePanel(QWidget):
    """`send_at()` is None for "now", else an aware UTC datetime; `is_valid()` says whether
    the choice can be used and `problem()` why not. `changed` fires on every change.

    A refused time names the recipients that close the window (`set_groups`: their country,
    count, local time, and why). With `offer_leave_out` a button leaves those numbers out
    (`skip_outside_window`, read by the caller on `changed`) when others remain to send to;
    a notice then lists who is left out, with a button to include them again."""

    changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.time, offer_leave_out: bool = False,
                 offer_column: bool = False) -> None:
        """`offer_column`: a third choice, each row's own time from a column of the list
        (`set_columns`, `send_column()`), for the new-campaign wizard."""
        super().__init__(parent)
        self.settings, self.clock = settings, clock
        self.purpose, self.window_override = Purpose.COMMERCIAL, False
        self.zones: tuple[tzinfo, ...] = (BOGOTA,)
        self.groups: tuple[NumberGroup, ...] = ()
        self.offer_leave_out = offer_leave_out
        self.skip_outside_window = False
        self.refusal: WindowRefusal | None = None
        self.next_allowed: datetime | None = None
        self._problem = ""
        self.now_button = QRadioButton(self.tr("&Send now"), self)
        self.later_button = QRadioButton(self.tr("At a &date and time"), self)
        self.now_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.now_button)
        group.addButton(self.later_button)
        self.column_button = QRadioButton(self.tr("From a column of the list"), self)
        self.column_button.setVisible(offer_column)
        group.addButton(self.column_button)
        self.column_fields = ColumnTimeFields(self)
        self.column_fields.setVisible(offer_column)
        self.column_fields.changed.connect(self.refresh)
        group.buttonToggled.connect(lambda *_: self.refresh())
        self.when = DateTimeField(self)
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Date and time to send"))
        self.when.setAccessibleDescription(tr_fmt(self.tr("In your time (%1)"),
                                                  local_zone_name()))
        self.when.setDisplayFormat(editable_format())
        self.when.setCurrentSection(QDateTimeEdit.Section.DaySection)
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(_default_time(clock())
                                                                .timestamp())))
        self.when.dateTimeChanged.connect(lambda *_: self.refresh())
        self.date_words = QLabel(self)
        self.zone_label = QLabel(tr_fmt(self.tr("your time (%1)"), local_zone_name()),
                                 self)
        self.gateway_label = QLabel(self)
        self.gateway_label.setWordWrap(True)
        self.problem_notice = Notice(Severity.ERROR, self)
        self.use_button = QPushButton(self)
        self.use_button.clicked.connect(self.use_next_allowed)
        self.leave_out_button = QPushButton(self)
        self.leave_out_button.clicked.connect(lambda: self.set_skip_outside_window(True))
        self.left_out_notice = Notice(Severity.INFO, self)
        self.include_button = QPushButton(self.tr("Include them again"), self)
        self.include_button.clicked.connect(lambda: self.set_skip_outside_window(False))
        self.cannot_cancel = Notice(Severity.WARNING, self)
        self.cannot_cancel.show_text(self.tr(
            "Scheduled messages cannot be cancelled: once the gateway has them, they are "
            "delivered at the scheduled time even if you cancel the campaign."))
        self._layout()
        self._recheck = QTimer(self)
        self._recheck.setInterval(RECHECK_MS)
        self._recheck.timeout.connect(self.refresh)
        self._recheck.start()
        self.refresh()

    def _layout(self) -> None:
        at_row = QHBoxLayout()
        at_row.addSpacing(24)
        at_row.addWidget(self.when)
        at_row.addWidget(self.date_words)
        at_row.addWidget(self.zone_label)
        at_row.addStretch(1)
        use_row = QHBoxLayout()
        use_row.addSpacing(24)
        use_row.addWidget(self.use_button)
        use_row.addWidget(self.leave_out_button)
        use_row.addStretch(1)
        include_row = QHBoxLayout()
        include_row.addSpacing(24)
        include_row.addWidget(self.include_button)
        include_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.now_button)
        layout.addWidget(self.later_button)
        layout.addLayout(at_row)
        gateway_row = QHBoxLayout()
        gateway_row.addSpacing(24)
        gateway_row.addWidget(self.gateway_label, 1)
        layout.addLayout(gateway_row)
        layout.addWidget(self.column_button)
        column_row = QHBoxLayout()
        column_row.addSpacing(24)
        column_row.addWidget(self.column_fields, 1)
        layout.addLayout(column_row)
        layout.addWidget(self.problem_notice)
        layout.addLayout(use_row)
        layout.addWidget(self.left_out_notice)
        layout.addLayout(include_row)
        layout.addWidget(self.cannot_cancel)
        layout.addStretch(1)

    # --- what callers set -----------------------------------------------------------------

    def set_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.refresh()

    def set_purpose(self, purpose: Purpose, window_override: bool = False) -> None:
        self.purpose, self.window_override = purpose, window_override
        self.refresh()

    def set_groups(self, groups: Sequence[NumberGroup]) -> None:
        """The recipients by country and time zone (`refusal.group_numbers`)."""
        self.groups = tuple(groups)
        self.zones = zones_of(self.groups)
        self.refresh()

    def set_skip_outside_window(self, skip: bool) -> None:
        """Leave out (or take back) the numbers for which the chosen time is closed."""
        self.skip_outside_window = skip
        self.refresh()

    def set_columns(self, headers: Sequence[str]) -> None:
        """The list's headers, for the third choice."""
        self.column_fields.set_columns(headers)

    def set_send_column(self, rule: SendColumn | None) -> None:
        """Choose each row's own time from this column (None: leave the choice as it is)."""
        if rule is not None:
            self.column_fields.set_rule(rule)
            self.column_button.setChecked(True)
        self.refresh()

    def send_column(self) -> SendColumn | None:
        """The column chosen for each row's own time, or None for one time for all."""
        if not self.column_button.isChecked():
            return None
        return self.column_fields.send_column(self.settings.language)

    def set_send_at(self, when: datetime | None) -> None:
        if when is None:
            self.now_button.setChecked(True)
        else:
            self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))
            self.later_button.setChecked(True)
        self.refresh()

    # --- what callers read ----------------------------------------------------------------

    def send_at(self) -> datetime | None:
        if not self.later_button.isChecked():
            return None
        return datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)

    def is_valid(self) -> bool:
        return not self._problem

    def problem(self) -> str:
        return self._problem

    def use_next_allowed(self) -> None:
        if self.next_allowed is not None:
            self.set_send_at(self.next_allowed)

    # --- checking -----------------------------------------------------------------------

    def refresh(self) -> None:
        later = self.later_button.isChecked()
        for widget in (self.when, self.date_words, self.zone_label):
            widget.setEnabled(later)
        self.date_words.setText(date_words(self.when.date()))
        by_column = self.column_button.isChecked()
        self.column_fields.setEnabled(by_column)
        self.cannot_cancel.setVisible(later or by_column)
        self._problem, warning, self.next_allowed, self.refusal = "", "", None, None
        when = self.send_at()
        if when is not None:
            self._show_gateway_time(when)
            self._problem, warning = self._check(when)
        else:
            self.gateway_label.setText("")
            self.gateway_label.setToolTip("")
        if by_column and self.send_column() is None:
            self._problem = self.tr("The list has no column to read the times from.")
        self.gateway_label.setVisible(when is not None)
        if self._problem:
            self.problem_notice.show_text(self._problem, Severity.ERROR)
        else:
            self.problem_notice.show_text(warning, Severity.WARNING)
        self.use_button.setVisible(self.next_allowed is not None)
        if self.next_allowed is not None:
            self.use_button.setText(tr_fmt(self.tr("Use %1"), format_time(self.next_allowed)))
        self._show_leave_out()
        self.changed.emit()

    def _show_gateway_time(self, when: datetime) -> None:
        """Both times in the user's locale; the gateway's `MM/DD/YYYY` only in the tooltip."""
        zone = self.settings.gateway_timezone
        self.gateway_label.setText(
            tr_fmt(self.tr("Sent to the gateway as %1 (%2 time)"),
                   time_text(when, gateway_zone(zone)), zone) + "\n" +
            tr_fmt(self.tr("For the recipients: %1"), format_time_in(when, self.zones[0])))
        self.gateway_label.setToolTip(tr_fmt(
            self.tr("In the gateway's own format (sendondate, MM/DD/YYYY, month first): %1"),
            describe(when, zone).sendondate))

    def _check(self, when: datetime) -> tuple[str, str]:
        """(problem, warning) for a scheduled time."""
        try:
            check_future(when, now=self.clock())
        except ScheduleError:
            return self.tr("This time has already passed; choose a later one."), ""
        if not window_applies(self.purpose, self.window_override):
            return "", ""
        try:
            refusal = explain_refusal(self.settings.window, when, self.groups)
        except WindowError as exc:
            return str(exc), ""
        self.refusal = refusal
        if refusal is None or (self.leaving_out() and refusal.can_leave_out):
            return "", ""
        self.next_allowed = refusal.next_allowed
        text = refusal_text(refusal, format_time(when), format_time(refusal.next_allowed))
        if reaches_people(self.settings):
            return text, ""
        return "", text + "\n" + self.tr("The sandbox contacts nobody, so this time is "
                                         "kept; a real gateway would refuse it.")

    def leaving_out(self) -> bool:
        """The user chose to leave out the numbers the chosen time is closed for."""
        return self.offer_leave_out and self.skip_outside_window

    def _show_leave_out(self) -> None:
        """The leave-out button under a refusal, or the notice of who is left out."""
        refusal = self.refusal if self.offer_leave_out else None
        can = refusal is not None and refusal.can_leave_out
        left_out = refusal is not None and can and self.skip_outside_window
        self.leave_out_button.setVisible(can and not left_out)
        if refusal is not None and can and not left_out:
            self.leave_out_button.setText(self.tr("Leave out these %Ln number(s)", "",
                                                  refusal.closed_count))
        self.left_out_notice.show_text(left_out_text(refusal) if refusal and left_out else "")
        self.include_button.setVisible(left_out)


def _default_time(now: float) -> datetime:
    """The next quarter hour at least an hour ahead."""
    start = datetime.fromtimestamp(now, UTC) + timedelta(hours=1)
    return start.replace(minute=start.minute - start.minute % 15, second=0,
                         microsecond=0) + timedelta(minutes=15)
