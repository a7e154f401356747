"""Personal data private to the user: file modes, masked numbers in the log, no core dumps."""

from __future__ import annotations

import logging
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from masiv_desktop.core.logs import RedactingFilter, mask_numbers
from tests.helpers.paths import SAMPLES

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.sqlite_only
def test_every_file_the_program_writes_is_the_users_alone(tmp_path: Path) -> None:
    home = tmp_path / "datos"
    home.mkdir(mode=0o755)
    old_log = home / "logs"
    old_log.mkdir(mode=0o755)
    (old_log / "masiv-desktop.log.1").write_text("573001234567")
    (old_log / "masiv-desktop.log.1").chmod(0o644)
    report = tmp_path / "informe.xlsx"
    for args in (["send", str(SAMPLES / "clientes-ejemplo.xlsx"), "--message", "Hola {Nombre}",
                  "--purpose", "transactional", "--sandbox", "--yes"],
                 ["export", "1", "-o", str(report)]):
        subprocess.run([sys.executable, "-m", "masiv_desktop.cli", "--data-dir", str(home),
                        *args], check=True, capture_output=True, timeout=120)
    assert (home / "masiv.sqlite3").exists() and (home / "logs").is_dir()
    for path in [home, *home.rglob("*")]:
        expected = 0o700 if path.is_dir() else 0o600
        assert _mode(path) == expected, path
    assert _mode(report) == 0o600


def test_no_core_dump_can_hold_the_password(tmp_path: Path) -> None:
    script = (
        "import ctypes, resource\n"
        "from masiv_desktop.core.settings.privacy import keep_private\n"
        "keep_private(())\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
        "print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    limits, dumpable = done.stdout.split("\n")[:2]
    assert limits == "(0, 0)"
    if sys.platform.startswith("linux"):
        assert dumpable == "0"


def test_numbers_are_masked_in_the_log_except_at_debug_level() -> None:
    assert mask_numbers("sent to 573001234567 and +573109876543, id 1733212345678.5") == (
        "sent to 57300***4567 and +57310***6543, id 1733212345678.5")
    record = logging.LogRecord("masiv_desktop.x", logging.INFO, __file__, 1,
                               "recipient %s failed", ("573001234567",), None)
    assert RedactingFilter().filter(record) and record.getMessage() == (
        "recipient 57300***4567 failed")
    record = logging.LogRecord("masiv_desktop.x", logging.DEBUG, __file__, 1,
                               "recipient %s failed", ("573001234567",), None)
    assert RedactingFilter(numbers=True).filter(record) and record.getMessage() == (
        "recipient 573001234567 failed")
