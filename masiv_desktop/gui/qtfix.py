"""A work-around for a reference-counting defect of PySide6 6.12 on Python 3.11.

In that combination, every call of a PySide6 method that returns nothing (`setText`,
`resize`, `processEvents`, …) gives back `None` without taking a reference to it, and
`SignalInstance.emit()` does the same with `True`. On Python 3.12+ these objects are immortal
and nothing happens; on 3.11 each call drops one reference, and after some tens of thousands
of calls the interpreter aborts ("deallocating None"): a desktop program would crash after
minutes of use.

`apply()` probes for the defect and, only when it is present on an interpreter without
immortal objects, does what Python 3.12 does: gives `None`, `True` and `False` a reference
count so large that no program can exhaust it. These singletons are never freed anyway, so
nothing else changes. Applied on import of `masiv_desktop.gui`, so the program, its tests and
its benchmarks all run with it.

pyproject.toml keeps PySide6 below 6.12 (6.11.3 has no such defect), so an install made from
this repository never needs the work-around; it stays as a guard for environments that bring
their own PySide6. Remove once Python 3.11 is no longer supported.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

IMMORTAL_BOOST = 1 << 40
"""About 10^12 references: a billion Qt calls a second would take twenty minutes to use them."""

_applied = False


class _Probe(QObject):
    ping = Signal()


def pyside_drops_references() -> bool:
    """True when a void PySide6 call or a signal emit loses a reference to None or True."""
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(16):
        probe.setObjectName("probe")
        probe.ping.emit()
    lost = (sys.getrefcount(None) < none_before - 8 or sys.getrefcount(True) < true_before - 8)
    if lost:
        _boost(16)
    return lost


def _boost(count: int) -> None:
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += count


def apply() -> bool:
    """Protect the interpreter if this PySide6 needs it; returns whether protection is on."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or not pyside_drops_references():
        return False
    _boost(IMMORTAL_BOOST)
    _applied = True
    log.debug("PySide6 drops references to None/True: made them immortal, as Python 3.12 does")
    return True
