"""A team on one store: who a desktop is, and the run leases that let several desktops send
one campaign at once (docs/team-store.md).

A run holds a lease row while it sends, and a session advisory lock on its own connection:
a desktop that is killed or closed loses that connection and its lock at once, and one that
is cut off or asleep stops renewing the row (every `RENEW_S`), which lapses `LEASE_S` later.
A run turns into "uncertain" only the claims of runs whose lease is gone: never those of a
desktop that is still sending. Times are the server's (`now()`), so the desktops' clocks
need not agree.
"""

from __future__ import annotations

import getpass
import logging
import platform
import secrets
import threading
import uuid
from collections.abc import Callable
from contextlib import suppress

from masiv_desktop.core.store.db import Connection, DatabaseError, is_file

log = logging.getLogger(__name__)

LEASE_S = 60
"""A run's lease lasts this long after its last renewal (seconds)."""
RENEW_S = 10.0


LOCK_SPACE = 0x4D415356
"""The first key of every lease's advisory lock ("MASV"); the second is `run_lease.lock_key`."""
LIVE = (f"SELECT holder FROM run_lease WHERE expires_at > now() AND EXISTS (SELECT 1 FROM "
        f"pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.classid = {LOCK_SPACE} "
        "AND l.objid::bigint = run_lease.lock_key AND l.objsubid = 2)")
"""The holders of the leases whose runs are alive."""


TEAM_SETTINGS = ("contact_window", "opt_out_footer", "append_opt_out_footer", "opt_out_words",
                 "personal_data_days")
"""Settings that are the team's rules (the contact window, the opt-out line and words, how
long personal data is kept): on a team store they are kept there, one value for every
desktop, and a desktop's own settings file no longer decides them."""


def team_settings(conn: Connection) -> dict[str, str]:
    """The team's values (setting name → its JSON text) that someone has set."""
    return {name: value for name, value in conn.execute(
        "SELECT name, value FROM team_setting")}


def save_team_settings(conn: Connection, values: dict[str, str], *, at: str) -> list[str]:
    """Store the team's values that changed; returns their names (for the log)."""
    stored = team_settings(conn)
    changed = [name for name, value in values.items() if stored.get(name) != value]
    with conn:
        for name in changed:
            conn.execute(
                "INSERT INTO team_setting (name, value, changed_by, changed_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value, "
                "changed_by = excluded.changed_by, changed_at = excluded.changed_at",
                (name, values[name], desktop_name(), at))
    return changed


def desktop_name() -> str:
    """"user@computer" for the campaigns a desktop creates and the runs it holds."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return f"{user}@{platform.node() or '?'}"


def split_name(name: str | None) -> tuple[str, str] | None:
    """("user", "computer") of a stored `desktop_name`, None when none was kept."""
    if not name:
        return None
    user, _, computer = name.rpartition("@")
    return (user, computer) if user else (name, "")


def senders(conn: Connection, campaign_id: int) -> list[str]:
    """The desktops sending the campaign now (live leases), oldest first."""
    return [row[0] for row in conn.execute(
        f"SELECT sender FROM run_lease WHERE campaign_id = ? AND holder IN ({LIVE}) "
        "ORDER BY started_at", (campaign_id,))]


def sending_from(conn: Connection, campaign_id: int) -> list[str]:
    """The desktops a person reads as sending the campaign now: the live leases' senders on
    the team store. Empty on the desktop's own SQLite file: there only this desktop sends,
    and asking its run lock would take the lock for a moment, which could refuse a run
    starting just then."""
    return [] if is_file(conn) else senders(conn, campaign_id)


def sending_now(conn: Connection) -> dict[int, list[str]]:
    """Every campaign being sent now → its desktops (`sending_from` for a whole list, in one
    query)."""
    if is_file(conn):
        return {}
    sending: dict[int, list[str]] = {}
    for campaign_id, sender in conn.execute(
            f"SELECT campaign_id, sender FROM run_lease WHERE holder IN ({LIVE}) "
            "ORDER BY started_at"):
        sending.setdefault(int(campaign_id), []).append(str(sender))
    return sending


def leased(conn: Connection, campaign_id: int) -> bool:
    """True when some desktop holds a live lease on the campaign."""
    return bool(senders(conn, campaign_id))


class Lease:
    """One run's lease on a campaign in the team store: `acquire()`, then `release()`.

    Offers what `engine.runlock.RunLock` offers, so a run takes either; unlike that file
    lock it never refuses: other desktops may hold leases on the same campaign.
    """

    def __init__(self, connect: Callable[[], Connection], campaign_id: int) -> None:
        self.connect = connect
        self.campaign_id = campaign_id
        self.holder = f"{desktop_name()}/{uuid.uuid4().hex}"
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._conn: Connection | None = None

    def acquire(self) -> Lease:
        conn = self.connect()
        try:
            key = secrets.randbelow(2**31 - 1) + 1
            conn.execute("SELECT pg_advisory_lock(?, ?)", (LOCK_SPACE, key))
            with conn:
                conn.execute("DELETE FROM run_lease WHERE expires_at < now() - interval '1 day'")
                conn.execute(
                    "INSERT INTO run_lease (holder, campaign_id, sender, lock_key, expires_at) "
                    f"VALUES (?, ?, ?, ?, now() + interval '{LEASE_S} seconds')",
                    (self.holder, self.campaign_id, desktop_name(), key))
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        self._stop.clear()
        self._thread = threading.Thread(target=self._renew, daemon=True,
                                        name=f"lease-{self.campaign_id}")
        self._thread.start()
        return self

    def release(self) -> None:
        if self._thread is None:
            return
        self._stop.set()
        self._thread.join(RENEW_S + 5)
        self._thread = None
        try:
            conn = self._conn if self._conn is not None else self.connect()
            self._conn = None
            try:
                with conn:
                    conn.execute("DELETE FROM run_lease WHERE holder = ?", (self.holder,))
            finally:
                conn.close()
        except DatabaseError:
            log.warning("campaign %s: the lease could not be given back; it lapses in %s s",
                        self.campaign_id, LEASE_S)

    def is_held_elsewhere(self) -> bool:
        """True when another run (any desktop) holds a live lease on the campaign."""
        conn = self.connect()
        try:
            return bool(conn.execute(
                f"SELECT 1 FROM run_lease WHERE campaign_id = ? AND holder <> ? "
                f"AND holder IN ({LIVE})", (self.campaign_id, self.holder)).fetchone())
        finally:
            conn.close()

    def _renew(self) -> None:
        """Renew on the lease's own connection; a lost connection lost the lock with it, and
        with it the lease: other desktops may already have taken its claims as uncertain,
        which is safe (nothing uncertain is resent), so the run goes on without one."""
        while not self._stop.wait(RENEW_S):
            conn = self._conn
            if conn is None:
                return
            try:
                with conn:
                    conn.execute(f"UPDATE run_lease SET expires_at = now() + interval "
                                 f"'{LEASE_S} seconds' WHERE holder = ?", (self.holder,))
            except DatabaseError:
                log.warning("campaign %s: the run's lease was lost with its connection",
                            self.campaign_id)
                with suppress(Exception):
                    conn.close()
                self._conn = None
                return

    def __enter__(self) -> Lease:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
