"""The new-campaign wizard on a 100,000-row xlsx: how long each off-thread step takes and
how long the GUI thread was ever blocked meanwhile.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/wizard_responsiveness.py [--rows N]

Drives the real wizard offscreen (file → column → validation → message → review → stored
DRAFT) on the list `import_speed.py` generates under benchmarks/out/. A 5 ms timer on the GUI
thread records the longest gap between its ticks during each step: that is the longest the
window could not repaint or react. Prints seconds per step and the longest stall.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_speed import ensure_files
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication, QWizard

import masiv_desktop.gui  # noqa: F401  (the PySide6 work-around)
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.gui.new_campaign import NewCampaignWizard
from masiv_desktop.gui.new_campaign.wizard import MAPPING


class StallMeter:
    """Longest gap between ticks of a 5 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.longest = 0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.longest = 0
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())

    def stop(self) -> int:
        self.timer.stop()
        return self.longest


def wait(app: QApplication, done: Callable[[], bool], limit: float = 120.0) -> None:
    end = time.monotonic() + limit
    while not done():
        if time.monotonic() > end:
            raise SystemExit("step did not finish in time")
        app.processEvents()
        time.sleep(0.001)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    xlsx, _csv = ensure_files(args.rows)
    app = QApplication([])
    paths = app_paths(tempfile.mkdtemp(prefix="masiv-bench-")).ensure()
    wizard = NewCampaignWizard(paths, Settings(), file=xlsx)
    wizard.show()
    meter = StallMeter()
    created: list[int] = []
    wizard.campaignCreated.connect(lambda campaign, _now: created.append(campaign))
    steps: list[tuple[str, Callable[[], None], Callable[[], bool]]] = [
        ("open file (sheets, preview)", lambda: None, lambda: wizard.currentId() == MAPPING),
        ("read + check every row", wizard.next, wizard.validation_page.isComplete),
        ("message totals (render all)", lambda: _type(wizard),
         lambda: wizard.message_page.editor.totals is not None),
        ("plan for the review", lambda: (wizard.next(), wizard.next()),
         wizard.review_page.isComplete),
        ("store the DRAFT", lambda: wizard.button(QWizard.WizardButton.FinishButton).click(),
         lambda: bool(created)),
    ]
    print(f"{args.rows:,} rows, {xlsx.name}")
    for name, action, done in steps:
        meter.start()
        started = time.perf_counter()
        action()
        wait(app, done)
        seconds = time.perf_counter() - started
        print(f"  {name:<30} {seconds:6.2f} s   longest GUI stall {meter.stop():4d} ms")
    recipients = len(wizard.review_page.plan.recipients) if wizard.review_page.plan else 0
    print(f"  campaign {created[0]} stored with {recipients:,} recipients")
    return 0


def _type(wizard: NewCampaignWizard) -> None:
    wizard.next()
    wizard.message_page.editor.set_message("Hola {Nombre}, su saldo de {Saldo} vence pronto.")


if __name__ == "__main__":
    sys.exit(main())
