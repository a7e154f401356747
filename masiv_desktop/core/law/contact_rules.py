"""Colombia's contact rules applied to a campaign (Ley 2300 de 2023; docs/contact-rules.md).

What applies to which campaign: commercial (and collection) campaigns get every rule — the
contact window, one commercial contact per person per day, the RNE, the opt-out footer.
Transactional ones (one-time codes, service notices) skip the frequency cap, the RNE and the
footer, and follow the window too unless the user switched it off for that campaign
(`window_override`, allowed only for transactional ones).

Pure core, no printing: the CLI and the GUI show what these functions return. Times are
epoch seconds (`now`) or aware datetimes; "today" is the Colombian calendar day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from masiv_desktop.core.law import suppression
from masiv_desktop.core.law.contact_window import (
    BOGOTA,
    ContactWindow,
    Schedule,
    calendar_day,
    describe_time,
)
from masiv_desktop.core.law.refusal import NumberGroup, WindowRefusal, explain_refusal, zones_of
from masiv_desktop.core.law.scheduling import ScheduleError
from masiv_desktop.core.store.campaigns import parse_utc, utc_text
from masiv_desktop.core.store.db import Connection
from masiv_desktop.core.usertypes import Purpose

RNE_MAX_AGE_DAYS = 30
DEFAULT_PER_CONNECTION = 5.0
"""Messages per second one connection is assumed to send when no rate is set (a request
answered in about 200 ms): only for the "will it fit in the window" estimate."""

Zones = Sequence[tzinfo]


class OutsideWindow(ScheduleError):
    """A send time outside the contact window; `next_allowed` is the time to offer instead.
    `refusal`, when the recipients are known, says which of them close it and why."""

    def __init__(self, when: datetime, next_allowed: datetime, zone: tzinfo,
                 refusal: WindowRefusal | None = None) -> None:
        self.when = when
        self.next_allowed = next_allowed
        self.refusal = refusal
        places = "".join(f"\n  {line}" for line in refusal.describe()) if refusal else ""
        super().__init__(
            f"The send time {describe_time(when, zone)} is outside the hours allowed for "
            f"commercial messages (Ley 2300)"
            + (f" for these recipients:{places}\n" if places else ". ")
            + f"The next allowed time for every recipient is "
            f"{describe_time(next_allowed, zone)}.")


def window_applies(purpose: Purpose, window_override: bool) -> bool:
    """The window binds every campaign except a transactional one the user released."""
    return not (purpose is Purpose.TRANSACTIONAL and window_override)


def check_override(purpose: Purpose, window_override: bool) -> None:
    """Refuse the switch on a commercial campaign: the law allows no exception there."""
    if window_override and purpose is not Purpose.TRANSACTIONAL:
        raise ScheduleError("Only transactional campaigns (codes, service notices) may be sent "
                            "outside the contact window; this campaign is commercial.")


def check_send_time(window: ContactWindow, when: datetime,
                    zones: Zones = (BOGOTA,)) -> None:
    """Raise OutsideWindow (with the next allowed time) for a time outside the window."""
    if not window.is_allowed(when, zones):
        raise OutsideWindow(when, window.next_opening(when, zones), zones[0])


def check_recipients_time(window: ContactWindow, when: datetime,
                          groups: Sequence[NumberGroup]) -> None:
    """Raise OutsideWindow for a time outside the window for some recipients (`groups`,
    from `refusal.group_numbers`), saying which of them, where and why (`refusal`)."""
    refusal = explain_refusal(window, when, groups)
    if refusal is not None:
        raise OutsideWindow(when, refusal.next_allowed, zones_of(groups)[0], refusal)


def contacted_today(conn: Connection, now: float,
                    zone: tzinfo = BOGOTA) -> frozenset[str]:
    """Numbers sent a commercial message during today's calendar day in `zone` by any
    campaign in the store (accepted by the gateway). One indexed query (recipient.sent_at);
    a scheduled campaign counts on its delivery day (its `send_at`), not its submit day, and
    a recipient with its own send time on that time's day (recipient.send_at)."""
    start, end = calendar_day(now, zone)
    a, b = utc_text(start.timestamp()), utc_text(end.timestamp())
    found = {row[0] for row in conn.execute(
        "SELECT r.digits FROM recipient r JOIN campaign c ON c.id = r.campaign_id "
        "WHERE r.sent_at >= ?1 AND r.sent_at < ?2 AND r.state = 'accepted' "
        "AND r.send_at IS NULL "
        "AND c.purpose = 'commercial' AND (c.send_at IS NULL OR c.send_at < ?2)", (a, b))}
    scheduled = [row[0] for row in conn.execute(
        "SELECT id FROM campaign WHERE purpose = 'commercial' AND send_at >= ? AND send_at < ? "
        "AND send_column IS NULL", (a, b))]
    for campaign_id in scheduled:
        found.update(row[0] for row in conn.execute(
            "SELECT digits FROM recipient WHERE campaign_id = ? AND state = 'accepted'",
            (campaign_id,)))
    found.update(digits for digits, _ in _own_times(conn, a, b))
    return frozenset(found)


def contacts_by_day(conn: Connection, now: float, zone: tzinfo = BOGOTA
                    ) -> tuple[tuple[date, frozenset[str]], ...]:
    """Numbers with a commercial contact on each calendar day (in `zone`) from today on:
    today's (`contacted_today`), then every later day's scheduled messages (a campaign's
    send time, or a recipient's own). What a campaign whose rows each have their own send
    time checks each row against, on that row's day."""
    today_start, _ = calendar_day(now, zone)
    today = today_start.astimezone(zone).date()
    days: dict[date, set[str]] = {today: set(contacted_today(conn, now, zone))}
    a = utc_text(today_start.timestamp())
    for send_at, campaign_id in conn.execute(
            "SELECT send_at, id FROM campaign WHERE purpose = 'commercial' AND send_at >= ? "
            "AND send_column IS NULL", (a,)).fetchall():
        day = parse_utc(send_at).astimezone(zone).date()
        days.setdefault(day, set()).update(row[0] for row in conn.execute(
            "SELECT digits FROM recipient WHERE campaign_id = ? AND state = 'accepted'",
            (campaign_id,)))
    for digits, send_at in _own_times(conn, a, None):
        days.setdefault(parse_utc(send_at).astimezone(zone).date(), set()).add(digits)
    return tuple(sorted((day, frozenset(numbers)) for day, numbers in days.items()))


def _own_times(conn: Connection, start: str, end: str | None
               ) -> list[tuple[str, str]]:
    """(digits, send time) of accepted commercial recipients with their own send time in
    [start, end) (index recipient_send_at)."""
    return conn.execute(
        "SELECT r.digits, r.send_at FROM recipient r JOIN campaign c ON c.id = r.campaign_id "
        "WHERE r.send_at >= ?1 AND (CAST(?2 AS TEXT) IS NULL OR r.send_at < ?2) "
        "AND r.state = 'accepted' "
        "AND c.purpose = 'commercial'", (start, end)).fetchall()


@dataclass(frozen=True)
class RneWarning:
    """The RNE (Registro de Números Excluidos) is missing or stale for a commercial campaign:
    numbers that refused commercial messages may be contacted. Worded by the front ends (the
    CLI names its import command, the GUI its own way to import)."""

    last_import: datetime | None
    """When it was last imported (aware UTC); None: never."""
    days: int = 0
    """How many days ago."""


def rne_warning(conn: Connection, now: float) -> RneWarning | None:
    """A warning for commercial campaigns when the RNE list is missing or over 30 days old."""
    last = suppression.last_rne_import(conn)
    if last is None:
        return RneWarning(None)
    age = datetime.fromtimestamp(now, UTC) - last
    if age > timedelta(days=RNE_MAX_AGE_DAYS):
        return RneWarning(last, age.days)
    return None


def with_footer(message: str, footer: str) -> str:
    """The template with the opt-out line below it (braces in the footer stay literal)."""
    escaped = footer.replace("{", "{{").replace("}", "}}")
    return f"{message}\n{escaped}"


def throughput(*, rate: float | None, connections: int, rate_counts_parts: bool,
               average_parts: float) -> float:
    """Messages per second to expect: the configured rate (in messages), bounded by what
    the connections send at `DEFAULT_PER_CONNECTION` each."""
    by_connections = connections * DEFAULT_PER_CONNECTION
    if rate is None:
        return by_connections
    per_message = rate / average_parts if rate_counts_parts and average_parts > 0 else rate
    return min(per_message, by_connections)


@dataclass(frozen=True)
class NowAdvice:
    """What the user must know before sending a campaign now, in the window's terms."""

    allowed_now: bool
    starts_at: datetime
    """Now, or the next opening when the window is closed (UTC)."""
    closes_at: datetime
    """End of the period the campaign starts in (UTC)."""
    seconds_needed: float
    fits: bool
    fitting: int
    """Messages expected to go out before `closes_at`."""
    zone: tzinfo

    def describe(self, count: int) -> str | None:
        """One paragraph for the confirmation, or None when nothing needs saying."""
        lines = []
        if not self.allowed_now:
            lines.append("Commercial messages may not be sent now (Ley 2300 contact hours); "
                         f"sending waits until {describe_time(self.starts_at, self.zone)}.")
        if not self.fits:
            lines.append(
                f"At the expected speed the campaign needs about {_duration(self.seconds_needed)}"
                f"; the window closes at {describe_time(self.closes_at, self.zone)}, so about "
                f"{count - self.fitting:,} of {count:,} messages will wait for the next "
                "allowed window (sending resumes by itself while the program runs).")
        return "\n".join(lines) or None


def advise_now(window: ContactWindow, now: float, count: int, per_second: float,
               zones: Zones = (BOGOTA,)) -> NowAdvice:
    """Will `count` messages at `per_second` fit in the current (or next) window period?"""
    start = window.next_opening(now, zones)
    close = window.window_end(start, zones)
    seconds = count / per_second if per_second > 0 else 0.0
    room = (close - start).total_seconds()
    fitting = min(count, int(room * per_second))
    return NowAdvice(window.is_allowed(now, zones), start, close, seconds, seconds <= room,
                     fitting, zones[0])


def describe_schedule(schedule: Schedule, zone: tzinfo = BOGOTA) -> list[str]:
    """One line per period of a split scheduled campaign, for the confirmation."""
    return [f"{slot.count:,} messages from {describe_time(slot.start, zone)} to "
            f"{slot.end.astimezone(zone):%H:%M}" for slot in schedule.slots]


def _duration(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"
