"""The contact window inside a campaign run (Ley 2300; docs/contact-rules.md).

Two jobs, both built once when a run starts, used on the run thread (and `send_on_for` on the
sender threads: it is pure):
- `WindowGate`: a campaign sent now may submit only while the window is open in every time
  zone of its recipients; outside, the run keeps polling and waits, and submits again at the
  next opening. Its checks use the engine's injected clock, so tests move time by hand.
- `DeliveryTimes`: a scheduled campaign too long for one period was split by
  `ContactWindow.split_schedule` when it was planned (`campaign.schedule_rate`); each message
  gets its own `sendondate` from the same split, by its position in the list (recipient ids
  of a campaign are consecutive: they are inserted in one transaction).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, tzinfo

from masiv_desktop.core.law.contact_rules import window_applies
from masiv_desktop.core.law.contact_window import (
    BOGOTA,
    ContactWindow,
    Schedule,
    zones_for_numbers,
)
from masiv_desktop.core.law.refusal import NumberGroup, group_counted
from masiv_desktop.core.reasons import Reason, waiting_window
from masiv_desktop.core.store.campaigns import Campaign
from masiv_desktop.core.store.db import Connection


def campaign_zones(conn: Connection, campaign_id: int) -> tuple[tzinfo, ...]:
    """The time zones of a campaign's recipients: one number per 6-digit prefix (one query)."""
    rows = conn.execute("SELECT MIN(digits) FROM recipient WHERE campaign_id = ? "
                        "GROUP BY substr(digits, 1, 6)", (campaign_id,))
    return zones_for_numbers(row[0] for row in rows)


def campaign_groups(conn: Connection, campaign_id: int) -> tuple[NumberGroup, ...]:
    """A stored campaign's recipients by country and zone (`refusal.group_numbers`), in one
    query grouped by 6-digit prefix: what explains a refused send time."""
    rows = conn.execute("SELECT MIN(digits), COUNT(*) FROM recipient WHERE campaign_id = ? "
                        "GROUP BY substr(digits, 1, 6)", (campaign_id,))
    return group_counted((digits, count) for digits, count in rows)


class WindowGate:
    """Whether a run may submit now; cheap to ask every turn (the answer is cached until the
    window next opens or closes)."""

    def __init__(self, window: ContactWindow | None, zones: tuple[tzinfo, ...] = (BOGOTA,)
                 ) -> None:
        self.window = window
        self.zones = zones
        self._open_until = -math.inf
        self._closed_until = -math.inf

    @classmethod
    def for_campaign(cls, conn: Connection, campaign: Campaign,
                     window: ContactWindow | None, *, sending_now: bool) -> WindowGate:
        """An open gate unless the campaign is sent now under the window."""
        if window is None or not sending_now or \
                not window_applies(campaign.purpose, campaign.window_override):
            return cls(None)
        return cls(window, campaign_zones(conn, campaign.id))

    @property
    def active(self) -> bool:
        return self.window is not None

    def closed_until(self, now: float) -> float | None:
        """None while submitting is allowed at `now`; else the epoch of the next opening."""
        if self.window is None or now < self._open_until:
            return None
        if now < self._closed_until:
            return self._closed_until
        opening = self.window.next_opening(now, self.zones).timestamp()
        if opening <= now:
            self._open_until = self.window.window_end(now, self.zones).timestamp()
            return None
        self._closed_until = opening
        return opening

    def waiting_reason(self, opening: float) -> Reason:
        """The campaign's stored reason while it waits: when it resumes, in the zone of the
        recipients that restrict it most."""
        zone = self.zones[0]
        return waiting_window(datetime.fromtimestamp(opening, UTC),
                              getattr(zone, "key", str(zone)))


class DeliveryTimes:
    """Each message's `sendondate` for a scheduled campaign (None: the campaign's own)."""

    def __init__(self, schedule: Schedule | None, first_id: int, default: datetime | None) -> None:
        self.schedule = schedule
        self.first_id = first_id
        self.default = default

    @classmethod
    def for_campaign(cls, conn: Connection, campaign: Campaign,
                     window: ContactWindow | None, send_on: datetime | None) -> DeliveryTimes:
        if send_on is None or campaign.schedule_rate is None or window is None \
                or campaign.send_at is None:
            return cls(None, 0, send_on)
        first = conn.execute("SELECT MIN(id) FROM recipient WHERE campaign_id = ?",
                             (campaign.id,)).fetchone()[0]
        zones = campaign_zones(conn, campaign.id)
        schedule = window.split_schedule(campaign.send_at, campaign.recipients,
                                         campaign.schedule_rate, zones)
        return cls(schedule, int(first or 0), send_on)

    def send_on_for(self, recipient_id: int) -> datetime | None:
        """Thread-safe (pure)."""
        if self.schedule is None:
            return self.default
        try:
            return self.schedule.time_of(recipient_id - self.first_id)
        except IndexError:
            return self.default
