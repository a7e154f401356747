"""`masiv-desktop --self-test`: prove an installed (frozen) program has everything it needs.

A bundle can build and still lack a Qt plugin, a translation, a data file another library
loads by name, or the sample list. The installer build runs this on the frozen program; a
maintainer or support can run it on a user's machine. It starts Qt (offscreen when there is
no display), loads the icons and the Spanish translations, stores a campaign from the sample
list in a throw-away folder and reads it back, sends one message to the built-in sandbox and
asks its status, then opens and closes the main window. Nothing touches the user's data or
real phones. One line per check; exit 0 when all passed, 1 otherwise.
"""

from __future__ import annotations

import logging
import os
import platform
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

import PySide6
from PySide6.QtCore import QEventLoop, QLibraryInfo, QTimer, QTranslator, qVersion
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from masiv_desktop import __version__
from masiv_desktop.core.store.db import Connection
from masiv_desktop.resources_path import is_frozen, user_guide

log = logging.getLogger(__name__)

SANDBOX_NUMBER = "573001234567"
WINDOW_TIMEOUT_S = 30.0
REPORT_FILE = "masiv-desktop-self-test.txt"
"""Written to the temp folder when there is no console to print to (Windows GUI program)."""


class SelfTestFailure(Exception):
    """A check found something missing or wrong; the message says what."""


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


@dataclass
class _Run:
    """What the checks share: the application and the throw-away data folder."""

    qt_argv: list[str]
    home: Path
    app: QApplication | None = None


Check = Callable[[_Run], str]


def run_self_test(qt_argv: Sequence[str] = (), out: TextIO | None = None) -> int:
    """Run every check, print one line each to `out` (default stdout); 0 if all passed.

    Call on the main thread before any QApplication exists, or with the one that does (tests).
    """
    stream = out if out is not None else sys.stdout
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="masiv-self-test-",
                                     ignore_cleanup_errors=True) as home:
        run = _Run(list(qt_argv), Path(home))
        results = run_checks(run)
    for result in results:
        lines.append(f"{'ok  ' if result.ok else 'FAIL'} {result.name}: {result.detail}")
    failed = [r.name for r in results if not r.ok]
    lines.append(f"self-test {'FAILED: ' + ', '.join(failed) if failed else 'passed'} "
                 f"(masiv-desktop {__version__})")
    _emit(lines, stream)
    return 1 if failed else 0


def run_checks(run: _Run) -> list[CheckResult]:
    """Each check in order; after Qt fails to start nothing else can run."""
    results: list[CheckResult] = []
    for name, check in CHECKS:
        try:
            results.append(CheckResult(name, True, check(run)))
        except Exception as exc:
            log.debug("self-test %s failed", name, exc_info=True)
            results.append(CheckResult(name, False, _describe(exc)))
            if run.app is None:
                break
    return results


def _describe(exc: BaseException) -> str:
    if isinstance(exc, SelfTestFailure):
        return str(exc)
    frame = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    where = f" at {Path(frame[0].filename).name}:{frame[0].lineno}" if frame else ""
    return f"{type(exc).__name__}: {exc}{where}"


def _emit(lines: list[str], stream: TextIO | None) -> None:
    text = "\n".join(lines) + "\n"
    if stream is not None:
        stream.write(text)
        stream.flush()
        return
    # A windowed program on Windows has no stdout: leave the report where support finds it.
    (Path(tempfile.gettempdir()) / REPORT_FILE).write_text(text, encoding="utf-8")


def _require(condition: bool, problem: str) -> None:
    if not condition:
        raise SelfTestFailure(problem)


# --- the checks -------------------------------------------------------------------------------

def check_qt(run: _Run) -> str:
    from masiv_desktop.gui.launch import create_application

    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    run.app = create_application(run.qt_argv)
    frozen = ", frozen" if is_frozen() else ""
    return (f"PySide6 {PySide6.__version__}, Qt {qVersion()}, platform "
            f"{run.app.platformName()}, Python {platform.python_version()}{frozen}")


def check_resources(_run: _Run) -> str:
    from masiv_desktop.gui.resources import ICON_SIZES, app_icon, icons_dir, resources_dir

    icons = icons_dir()
    missing = [f"masiv-desktop-{size}.png" for size in ICON_SIZES
               if not (icons / f"masiv-desktop-{size}.png").is_file()]
    _require(not missing, f"icons missing in {icons}: {', '.join(missing)}")
    svg = icons / "masiv-desktop.svg"
    _require(not QImage(str(svg)).isNull(), f"{svg} does not render (Qt's SVG plugin missing?)")
    _require(not app_icon().isNull(), "the application icon is empty")
    samples = sorted(p.name for p in (resources_dir() / "samples").glob("clientes-ejemplo.*"))
    _require(bool(samples), f"no sample list in {resources_dir() / 'samples'}")
    guides = [user_guide(language) for language in ("es", "en")]
    absent = [str(guide) for guide in guides if not guide.is_file()]
    _require(not absent, f"user guide missing: {', '.join(absent)}")
    return (f"{len(ICON_SIZES)} icons and the SVG render, samples {', '.join(samples)}, "
            f"user guide {', '.join(guide.name for guide in guides)}")


def check_translations(run: _Run) -> str:
    from masiv_desktop.core.words import CATALOG
    from masiv_desktop.gui.resources import translations_dir

    ours = QTranslator()
    _require(ours.load(f"{CATALOG}_es", str(translations_dir())) and not ours.isEmpty(),
             f"{CATALOG}_es.qm missing or empty in {translations_dir()}")
    _require(bool(ours.translate("QFileDialog", "&Look in:")),
             f"{CATALOG}_es.qm lacks the Qt file dialog's words Qt's Spanish misses")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator()
    _require(qt_own.load("qtbase_es", qt_folder),
             f"Qt's own Spanish (qtbase_es.qm) missing in {qt_folder}")
    from masiv_desktop.core.words import Words

    core_words = Words("es")
    _require(bool(core_words.table), f"{CATALOG}_es.ts (the words of the CLI and the reports) "
             f"missing or empty in {translations_dir()}")
    return f"{CATALOG}_es.qm, {CATALOG}_es.ts and qtbase_es.qm load"


def check_core_data(_run: _Run) -> str:
    """Data files libraries load by name at run time (phone zones, holidays, keyring)."""
    import keyring

    from masiv_desktop.core.law.contact_window import holiday_name, zones_for_number

    zones = [str(zone) for zone in zones_for_number(SANDBOX_NUMBER)]
    _require("America/Bogota" in zones, f"no Colombian time zone for a mobile number: {zones}")
    christmas = holiday_name(date(2025, 12, 25))
    _require(christmas is not None, "Colombia's holidays are missing")
    kind = type(keyring.get_keyring())
    backend = f"{kind.__module__.rsplit('.', 1)[-1]}.{kind.__name__}"
    return f"time zone {zones[0]}, holiday {christmas!r}, keyring backend {backend}"


def check_store(run: _Run) -> str:
    from masiv_desktop.core.settings.settings import Settings
    from masiv_desktop.core.startup import create_sample_campaign
    from masiv_desktop.core.store.campaigns import Store
    from masiv_desktop.core.store.db import connect, schema_version
    from masiv_desktop.gui.resources import resources_dir

    database = run.home / "store-check" / "masiv.sqlite3"
    sample = resources_dir() / "samples" / "clientes-ejemplo.xlsx"
    store = Store(connect(database))
    try:
        campaign_id = create_sample_campaign(store, Settings(), sample, "Self-test",
                                             now=time.time())
        stored = store.campaign(campaign_id)
    finally:
        store.close()
    conn = connect(database)
    try:
        count = _recipients(conn, campaign_id)
        version = schema_version(conn)
    finally:
        conn.close()
    _require(stored.recipients > 0 and count == stored.recipients,
             f"campaign {campaign_id}: {stored.recipients} recipients stored, {count} read back")
    return (f"sample list stored as campaign {campaign_id} ({count} recipients) and read "
            f"back, schema v{version}, SQLite {sqlite3.sqlite_version}")


def _recipients(conn: Connection, campaign_id: int) -> int:
    row = conn.execute("SELECT count(*) FROM recipient WHERE campaign_id = ?",
                       (campaign_id,)).fetchone()
    return int(row[0])


def check_sandbox(_run: _Run) -> str:
    from masiv_desktop.gateway.http.client import MasivHttpClient
    from masiv_desktop.gateway.http.endpoints import custom_endpoint
    from masiv_desktop.gateway.outcomes import SendResult
    from masiv_desktop.gateway.sandbox.server import SandboxGateway

    with SandboxGateway() as sandbox:
        client = MasivHttpClient(custom_endpoint(sandbox.base_url), "demo", "demo",
                                 connect_timeout=5.0, read_timeout=10.0)
        try:
            outcome = client.send_message(SANDBOX_NUMBER, "Prueba de Masiv Desktop")
            _require(outcome.result is SendResult.ACCEPTED and bool(outcome.parts),
                     f"the sandbox did not accept a message: {outcome.result} "
                     f"{outcome.error_text}")
            report = client.get_message(outcome.parts[0].message_id)
        finally:
            client.close()
    _require(report.status is not None,
             f"getMessage gave no status: {report.error_code} {report.error_text}")
    assert report.status is not None
    return f"sent one message over HTTP, getMessage answered {report.status.name}"


def check_main_window(run: _Run) -> str:
    from masiv_desktop.core.settings.paths import app_paths
    from masiv_desktop.gui.i18n.translators import install_translators
    from masiv_desktop.gui.launch import start
    from masiv_desktop.gui.workspace import Workspace

    assert run.app is not None
    paths = app_paths(run.home / "window-check").ensure()
    window = start(paths, "es")
    try:
        workspace = window.findChild(Workspace)
        _require(workspace is not None, "the main window has no workspace")
        assert workspace is not None
        done: list[object] = []
        workspace.firstRunDone.connect(done.append)
        _require(_wait_until(lambda: bool(done), WINDOW_TIMEOUT_S),
                 f"the first run did not finish within {WINDOW_TIMEOUT_S:.0f} s")
        _require(window.isVisible(), "the main window is not visible")
        title = window.windowTitle()
        window.close()
        _require(not window.isVisible(), "the main window did not close")
    finally:
        window.close()
        window.deleteLater()
        _wait_until(lambda: False, 0.2)
        install_translators(run.app, "en")
    sample = "with the sample draft" if done[0] is not None else "no sample draft"
    return f"opened ({title!r}, {sample}) and closed"


def _wait_until(condition: Callable[[], bool], timeout_s: float) -> bool:
    """Run the event loop until `condition()` or the timeout; returns the condition."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() >= deadline:
            return False
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    return True


CHECKS: tuple[tuple[str, Check], ...] = (
    ("qt", check_qt),
    ("resources", check_resources),
    ("translations", check_translations),
    ("core data", check_core_data),
    ("store", check_store),
    ("sandbox", check_sandbox),
    ("main window", check_main_window),
)
