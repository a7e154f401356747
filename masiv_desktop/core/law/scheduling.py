"""A campaign's send time: the user's local time in, the gateway's zone out (DESIGN.md, "Time").

The user types a local date and time ("2025-03-01 09:30", the computer's zone); the store
keeps it in UTC; the transport writes `sendondate` in the gateway's zone (a setting, default
UTC). A time in the past is refused. The gateway cannot cancel a message submitted for later:
`CANNOT_CANCEL` says so in the user's words.

People read times with the weekday and the year first ("Tue 2026-12-08 07:00"): the gateway's
`MM/DD/YYYY` reads as another day to a Colombian (12/08 is 8 December, not 12 August), so it
is only shown labelled as the gateway's form (`ScheduleView.sendondate`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

LOCAL_FORMAT = "%Y-%m-%d %H:%M"
SHOWN_FORMAT = "%a %Y-%m-%d %H:%M"
"""A time a person reads outside the GUI (the CLI): weekday, then year-month-day."""
SENDONDATE_FORMAT = "%m/%d/%Y %H:%M:%S"

CANNOT_CANCEL = ("The gateway cannot cancel messages already submitted for a later time: "
                 "those will still be delivered at the scheduled time. Only the recipients "
                 "not yet submitted are cancelled.")


class ScheduleError(ValueError):
    """A send time the program cannot use; the message says what to type instead."""


def parse_local_time(text: str, *, zone: tzinfo | None = None) -> datetime:
    """'YYYY-MM-DD HH:MM' in `zone` (default: the computer's zone, with its DST rules)."""
    try:
        naive = datetime.strptime(text.strip(), LOCAL_FORMAT)
    except ValueError:
        raise ScheduleError(f"The send time {text!r} is not a date and time like "
                            "'2025-03-01 09:30' (YYYY-MM-DD HH:MM, your local time).") from None
    return naive.astimezone() if zone is None else naive.replace(tzinfo=zone)


def gateway_zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError(f"The gateway time zone {name!r} is unknown; use a name such as "
                            "'UTC' or 'America/Bogota' (setting gateway_timezone).") from None


def check_future(when: datetime, *, now: float) -> None:
    """Refuse a send time that is not in the future."""
    if when.timestamp() <= now:
        local = when.astimezone().strftime(LOCAL_FORMAT)
        raise ScheduleError(f"The send time {local} is in the past; choose a later time.")


@dataclass(frozen=True)
class ScheduleView:
    """Both times the user should see before confirming (`SHOWN_FORMAT`), and the gateway's
    own `sendondate` text, which is never shown without saying whose format it is."""

    local: str
    gateway: str
    zone: str
    sendondate: str

    def describe(self) -> str:
        return (f"{self.local} your time ({self.gateway} in the gateway's zone, {self.zone}; "
                f"sendondate {self.sendondate}, the gateway's MM/DD/YYYY form)")


def describe(when: datetime, zone_name: str, *, local_zone: tzinfo | None = None) -> ScheduleView:
    """The send time as the user wrote it, in the gateway's zone, and as `sendondate` will
    carry it."""
    local = when.astimezone(local_zone) if local_zone else when.astimezone()
    at_gateway = when.astimezone(gateway_zone(zone_name))
    return ScheduleView(local.strftime(SHOWN_FORMAT), at_gateway.strftime(SHOWN_FORMAT),
                        zone_name, at_gateway.strftime(SENDONDATE_FORMAT))


def to_utc(when: datetime) -> datetime:
    return when.astimezone(UTC)
