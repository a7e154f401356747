"""Personal data and the password stay the user's own: files only they can read, no core dump
that could hold the password.

Campaign lists hold names and phone numbers (Ley 1581 de 2012), the logs hold numbers, and
the process holds the gateway password in memory. `keep_private` runs first thing in both
front ends: from then on every file and folder the program creates (store, `-wal`/`-shm`,
sandbox, logs, exports, reports saved elsewhere) is readable by the user alone, and the
folders an older version created are tightened.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_UMASK = 0o077
"""New files 0600, new folders 0700."""
_PR_SET_DUMPABLE = 4


def keep_private(folders: tuple[Path, ...] = ()) -> None:
    """Private modes for what the process creates and for `folders` (and their files), and
    no core dumps. Harmless to call more than once; does nothing where POSIX modes do not
    apply (Windows keeps a profile private already)."""
    if os.name != "posix":
        return
    os.umask(PRIVATE_UMASK)
    no_core_dumps()
    for folder in folders:
        tighten(folder)


def no_core_dumps() -> None:
    """A crash must not write the process's memory, password included, to a file; on Linux
    other processes of the same user may not read that memory either."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)


def tighten(folder: Path) -> None:
    """Folder 0700, its files 0600 (one level down and the `logs` folder): what an older
    version left readable by every user of the computer."""
    if not folder.is_dir():
        return
    try:
        folder.chmod(0o700)
        for entry in folder.iterdir():
            if entry.is_symlink():
                continue
            if entry.is_dir():
                entry.chmod(0o700)
                for inner in entry.iterdir():
                    if inner.is_file() and not inner.is_symlink():
                        inner.chmod(0o600)
            elif entry.is_file():
                entry.chmod(0o600)
    except OSError as exc:
        log.warning("could not make %s private: %s", folder, exc)
