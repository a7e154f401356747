"""Why the store cannot be used, for the front ends' own words: shared by both engines."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit


class StoreProblem(StrEnum):
    """Why the store cannot be used, for front ends that say it in the user's words."""

    DAMAGED = "damaged"
    """Not a database, or a damaged one: `recovery.set_aside_if_damaged` replaces it."""
    NEWER = "newer"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    CANNOT_OPEN = "cannot_open"
    OTHER = "other"
    TEAM_UNREACHABLE = "team_unreachable"
    """The team store's server does not answer (address, network, server down)."""
    TEAM_LOGIN = "team_login"
    """The team store's server refused the user name or password."""


class DatabaseError(Exception):
    """The store cannot be opened, written or is newer than this program: the message says
    which file; `problem` says why for the front ends' own words."""

    def __init__(self, message: str, *, path: Path | None = None,
                 problem: StoreProblem = StoreProblem.OTHER) -> None:
        super().__init__(message)
        self.path = path
        self.problem = problem


def display_url(url: str) -> str:
    """The URL as a user may see it: never a password."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    user = f"{parts.username}@" if parts.username else ""
    return f"{parts.scheme}://{user}{host}{port}{parts.path}"
