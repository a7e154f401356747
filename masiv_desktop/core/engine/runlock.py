"""One running engine per campaign, across threads and processes, released by the OS on a crash.

A lock file per campaign under the data folder, held with `fcntl.flock` (POSIX) or
`msvcrt.locking` (Windows) for the whole run. A process that is killed loses its lock at
once, so the next run may safely treat the campaign's claimed recipients as orphans.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from masiv_desktop.core.store import db
from masiv_desktop.core.store.team import Lease


def lock_folder(database: Path) -> Path:
    """Where the run locks of the campaigns stored in `database` are."""
    return database.parent / "locks"


def run_lock(database: Path, campaign_id: int, folder: Path | None = None) -> RunLock | Lease:
    """What a run of the campaign holds: the file lock beside the desktop's own store, or a
    lease in the team store (several desktops may send one campaign there)."""
    if db.team_store():
        return Lease(lambda: db.connect(database, migrate=False), campaign_id)
    return RunLock(folder or lock_folder(database), campaign_id)


class CampaignBusy(RuntimeError):
    def __init__(self, campaign_id: int) -> None:
        super().__init__(f"Campaign {campaign_id} is being sent by another window or "
                         "command right now; wait for it, or pause it there.")
        self.campaign_id = campaign_id


class RunLock:
    """Exclusive, non-blocking lock for one campaign; a context manager."""

    def __init__(self, folder: Path, campaign_id: int) -> None:
        self.path = folder / f"campaign-{campaign_id}.lock"
        self.campaign_id = campaign_id
        self.holder: str | None = None
        """Claims need no holder here: one run at a time has the file."""
        self._file: IO[bytes] | None = None

    def acquire(self) -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+b")  # noqa: SIM115 - held for the whole run
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise CampaignBusy(self.campaign_id) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        self._file = handle
        return self

    def release(self) -> None:
        if self._file is not None:
            _unlock(self._file)
            self._file.close()
            self._file = None

    def is_held_elsewhere(self) -> bool:
        """True when another run holds the lock (used to tell "running" from "interrupted")."""
        if self._file is not None:
            return False
        try:
            self.acquire()
        except CampaignBusy:
            return True
        self.release()
        return False

    def __enter__(self) -> RunLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
