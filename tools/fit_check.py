"""Every window of the program against the screen it opens on: for each top-level window (the
main window with a campaign on each tab, the wizard on every page, the settings dialog on each
tab, the send, password, suppression, replies and export dialogs, and long message boxes) its
frame, the screen's available area, and whatever of it lies outside (a button, the status bar,
the grid's scroll bar, a chart bar…).

    # a real X server: a 1366×768 laptop at 150 %, a 60-pixel task bar (needs xvfb-run;
    # openbox, when installed, gives the windows frames and keeps the task bar free)
    .venv/bin/python tools/fit_check.py --xvfb 1366x768 --scale 1.5 --taskbar 60
    # offscreen, a screen of 911×472 logical pixels (what the tests do)
    QT_QPA_PLATFORM="offscreen:configfile=screens.json" .venv/bin/python tools/fit_check.py

screens.json: {"screens": [{"name": "s", "x": 0, "y": 0, "width": 911, "height": 472,
"logicalDpi": 96, "dpr": 1}]}. Without `--xvfb` it runs on whatever screen Qt finds.
`--json` prints one JSON object per window; the exit status is 1 when anything does not fit.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QScrollArea,
    QWidget,
    QWizard,
)

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from masiv_desktop.core.settings.paths import app_paths  # noqa: E402
from masiv_desktop.core.settings.settings import Settings, save_settings  # noqa: E402
from masiv_desktop.gui.launch import create_application, start  # noqa: E402
from masiv_desktop.gui.main_window import MainWindow  # noqa: E402
from masiv_desktop.gui.workspace import Workspace  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "clientes-ejemplo.xlsx"
MESSAGE = ("Hola {Nombre}, su saldo de ${Saldo} vence el {Vence}. Pague en línea y evite "
           "recargos.")
WIZARD_BUTTONS = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                  QWizard.WizardButton.CancelButton, QWizard.WizardButton.CustomButton1)


@dataclass
class Fit:
    """One window as shown: where it is, where it may be, and what does not fit."""

    name: str
    frame: list[int]
    available: list[int]
    minimum: list[int]
    problems: list[str] = field(default_factory=list)

    @property
    def fits(self) -> bool:
        return not self.problems


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def seen_rect(widget: QWidget) -> QRect:
    """The part of `widget` its parents leave in sight, on the screen (children over it, such
    as a scroll area's viewport, do not hide it)."""
    seen = global_rect(widget)
    parent = widget.parentWidget()
    while parent is not None:
        seen = seen.intersected(global_rect(parent))
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return seen


def wait_until(predicate: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the program did not reach the expected step")
        QApplication.processEvents()
        time.sleep(0.02)


def settle(seconds: float = 0.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def shown_whole(widget: QWidget, window: QWidget, available: QRect) -> str | None:
    """Why `widget` (a button, the status bar…) is not seen whole, or None."""
    if not widget.isVisible():
        return "hidden"
    where = global_rect(widget)
    if not available.contains(where):
        return f"outside the screen at {rect(where)}"
    if not global_rect(window).contains(where):
        return f"outside its window at {rect(where)}"
    if seen_rect(widget) != where:
        return "cut by its parent"
    return None


def buttons_of(window: QWidget) -> Iterator[QAbstractButton]:
    """The buttons that close or move on: a dialog's button box, the wizard's buttons."""
    if isinstance(window, QWizard):
        for which in WIZARD_BUTTONS:
            button = window.button(which)
            if button is not None and button.isVisible():
                yield button
    for box in window.findChildren(QDialogButtonBox):
        if box.isVisible() and box.window() is window:
            yield from (b for b in box.buttons() if b.isVisible())


def measure(name: str, window: QWidget, extra: dict[str, QWidget] | None = None, *,
            wait: bool = True) -> Fit:
    """How `window` sits on its screen: its frame, every button and each widget in `extra`
    (named) whole inside the available area and the window."""
    if wait:
        settle()
    available = window.screen().availableGeometry()
    frame = window.frameGeometry()
    least = window.minimumSize() if window.minimumSize().height() > 0 else \
        window.minimumSizeHint().expandedTo(window.minimumSize())
    fit = Fit(name, rect(frame), rect(available), [least.width(), least.height()])
    if not available.contains(frame):
        fit.problems.append(f"window outside the screen: {rect(frame)}")
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    if least.width() + extra_w > available.width() or \
            least.height() + extra_h > available.height():
        fit.problems.append(f"its least size {least.width()}×{least.height()} is larger than "
                            "the screen")
    for button in buttons_of(window):
        why = shown_whole(button, window, available)
        if why:
            fit.problems.append(f"button “{button.text()}”: {why}")
    for label, widget in (extra or {}).items():
        why = shown_whole(widget, window, available)
        if why:
            fit.problems.append(f"{label}: {why}")
    return fit


def report_checks(window: MainWindow, workspace: Workspace) -> dict[str, QWidget]:
    """What the main window must show whole: the status bar, the grid's search box and its
    view (with a scroll bar when columns are hidden), the action buttons."""
    page = workspace.page
    extra: dict[str, QWidget] = {"status bar": window.statusBar(),
                                 "campaign list": window.campaigns_view}
    recipients = page.recipients
    if recipients.isVisible():
        extra["search box"] = recipients.search
        extra["grid"] = recipients.view.viewport()
        bar = recipients.view.horizontalScrollBar()
        if bar.maximum() > 0:
            extra["grid's scroll bar"] = bar
    for button in (page.send_button, page.edit_button):
        if button.isVisible():
            extra[f"button “{button.text()}”"] = button
    return extra


def main_window_fits(window: MainWindow, workspace: Workspace) -> list[Fit]:
    page = workspace.page
    fits = []
    recipients = measure("main window · recipients", window, report_checks(window, workspace))
    search = page.recipients.search
    if search.width() < search.fontMetrics().horizontalAdvance(search.placeholderText()):
        recipients.problems.append(f"search box cut: {search.width()} px")
    fits.append(recipients)
    return fits


def report_fit(window: MainWindow, workspace: Workspace) -> Fit:
    """The report tab of the campaign being sent: the chart with all its bars."""
    from masiv_desktop.core.usertypes import CampaignState

    page = workspace.page
    wait_until(lambda: page.state is not CampaignState.DRAFT and page.tabs.isTabVisible(1))
    page.tabs.setCurrentWidget(page.report)
    wait_until(lambda: page.report.figures is not None)
    report = measure("main window · report", window, report_checks(window, workspace))
    report.problems.extend(chart_problems(page.report))
    page.tabs.setCurrentWidget(page.recipients)
    return report


def chart_problems(report: QWidget) -> list[str]:
    """Every bar of the chart is drawn tall enough for its label, and the chart can be
    scrolled to."""
    from masiv_desktop.gui.campaign.report_view import ReportView

    assert isinstance(report, ReportView)
    bars = len(report.chart_counts())
    plot = report.chart.plotArea()
    height = 2 * report.chart_view.fontMetrics().height()  # less: Qt Charts elides the labels
    problems = []
    if bars == 0:
        problems.append("the chart has no bars")
    elif plot.height() / bars < height:
        problems.append(f"chart bars {plot.height() / bars:.0f} px high for {bars} bars")
    axis = next((a for a in report.chart.axes() if isinstance(a, QBarCategoryAxis)), None)
    if axis is None or axis.count() != bars:
        problems.append("the chart has no label for every bar")
    problems.extend(unreachable(report.window(), {"chart": report.chart_view}))
    return problems


def wizard_fits(workspace: Workspace, home: Path) -> list[Fit]:
    from masiv_desktop.gui.new_campaign.wizard import NewCampaignWizard

    opened: list[QWizard] = []
    workspace.wizardOpened.connect(opened.append)
    workspace.open_wizard()
    wait_until(lambda: bool(opened))
    wizard = opened[-1]
    assert isinstance(wizard, NewCampaignWizard)
    fits = [measure("wizard · file", wizard)]
    wizard.file_page.load(SAMPLE)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    wait_until(lambda: wizard.currentId() == 2)
    fits.append(measure("wizard · phone column", wizard))
    next_button.click()
    wait_until(wizard.validation_page.isComplete)
    fits.append(measure("wizard · numbers check", wizard))
    next_button.click()
    editor = wizard.message_page.editor
    editor.text.setPlainText(MESSAGE)
    wait_until(lambda: editor.totals is not None and next_button.isEnabled())
    page = wizard.message_page
    message = measure("wizard · message", wizard)
    message.problems.extend(unreachable(wizard, {
        "message box": editor.text, "parts counter": editor.figures.parts_label,
        "smart encoding": editor.fixes.smart_button, "test number": editor.test_box.number,
        "opt-out line": page.footer}))
    fits.append(message)
    next_button.click()
    fits.append(measure("wizard · schedule", wizard))
    next_button.click()
    wait_until(wizard.review_page.isComplete)
    fits.append(measure("wizard · review", wizard))
    wizard.reject()
    settle()
    sheets = home / "two-sheets.xlsx"
    two_sheets(sheets)
    workspace.open_wizard()
    wait_until(lambda: len(opened) == 2)
    wizard = opened[-1]
    assert isinstance(wizard, NewCampaignWizard)
    wizard.file_page.load(sheets)
    wait_until(lambda: wizard.currentId() == 1)
    fits.append(measure("wizard · sheet", wizard))
    wizard.reject()
    settle()
    return fits


def unreachable(window: QWidget, widgets: dict[str, QWidget]) -> list[str]:
    """Which of `widgets` cannot be brought into view: each is scrolled to (inside a scroll
    area) and must then show inside its window and the screen."""
    available = window.screen().availableGeometry()
    problems = []
    for label, widget in widgets.items():
        scroll = scroll_area_of(widget)
        if scroll is not None:
            scroll.ensureWidgetVisible(widget, 0, 0)
            settle(0.05)
        where = seen_rect(widget)
        if not widget.isVisible() or where.isEmpty():
            problems.append(f"{label}: hidden")
        elif not available.contains(where):
            problems.append(f"{label}: outside the screen at {rect(where)}")
        elif scroll is None and where.size() != widget.size():
            problems.append(f"{label}: cut and cannot scroll")
    return problems


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def two_sheets(path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Clientes"
    first.append(["Nombre", "Celular"])
    first.append(["Ana", "3001234567"])
    second = book.create_sheet("Proveedores")
    second.append(["Nombre", "Celular"])
    second.append(["Luis", "3109876543"])
    book.save(path)


def dialog_fits(window: MainWindow, workspace: Workspace) -> list[Fit]:
    from masiv_desktop.gui.campaign.send_dialog import SendDialog
    from masiv_desktop.gui.replies import RepliesDialog
    from masiv_desktop.gui.settings.dialog import SettingsDialog
    from masiv_desktop.gui.settings.password_dialog import PasswordDialog
    from masiv_desktop.gui.suppression import SuppressionDialog

    fits = []
    settings = SettingsDialog(window.paths, window.settings, window)
    settings.open()
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        fits.append(measure(f"settings · {settings.tabs.tabText(index)}", settings))
    settings.reject()
    page = workspace.page
    page.send_button.click()
    send = next(d for d in page.findChildren(SendDialog) if d.isVisible())
    fits.append(measure("send", send))
    send.hide()
    password = PasswordDialog("demo", window)
    password.open()
    fits.append(measure("password", password))
    password.reject()
    for name, opener, kind in (("suppression list", window.open_suppression_list,
                                SuppressionDialog),
                               ("replies", window.open_replies, RepliesDialog)):
        opener()
        dialog = next(d for d in window.findChildren(kind) if d.isVisible())
        fits.append(measure(name, dialog))
        dialog.reject()
    fits.extend(message_box_fits(window))
    send.send_button.click()
    fits.append(report_fit(window, workspace))
    fits.append(export_fit(window, workspace))
    return fits


def export_fit(window: MainWindow, workspace: Workspace) -> Fit:
    """The progress dialog of an export of a campaign with a long name."""
    from masiv_desktop.core.reports.export import ReportFormat

    exporter = workspace.page.report.exporter
    target = window.paths.data / ("informe " * 30).strip()
    exporter.choose_target = lambda _suggested, _fmt: target
    exporter.export(1, "x", ReportFormat.CSV)
    progress = exporter.progress
    assert progress is not None
    progress.forceShow()
    fit = measure("export progress", progress, wait=False)
    wait_until(lambda: not exporter.busy)
    return fit


LONG = " ".join(["Los destinatarios de Venezuela, Ecuador, Perú y España no reciben mensajes "
                 "a esta hora: en su país ya es de noche."] * 14)


def message_box_fits(window: MainWindow) -> list[Fit]:
    """A question with a long explanation, and a warning with long text and details."""
    from masiv_desktop.gui.confirm import Question, confirm

    box = confirm(window, Question("Pregunta larga", "¿Enviar de todos modos?",
                                   "\n\n".join([LONG] * 4), "Enviar", "No enviar"),
                  lambda: None)
    fits = [measure("message box · question", box)]
    box.reject()
    warning = QMessageBox(QMessageBox.Icon.Warning, "Aviso largo", LONG * 3,
                          QMessageBox.StandardButton.Ok, window)
    warning.setDetailedText("\n".join(f"línea {n}" for n in range(200)))
    warning.open()
    fits.append(measure("message box · warning", warning))
    warning.reject()
    settle()
    return fits


def run(language: str) -> list[Fit]:
    with tempfile.TemporaryDirectory(prefix="masiv-fit-") as home:
        paths = app_paths(home).ensure()
        save_settings(paths, Settings(language=language, rate_per_second=2.0))
        window = start(paths, language)
        workspace = window.findChild(Workspace)
        assert workspace is not None
        page = workspace.page
        wait_until(lambda: page.details is not None and page.model.rowCount() > 0)
        fits = main_window_fits(window, workspace)
        fits.extend(wizard_fits(workspace, Path(home)))
        fits.extend(dialog_fits(window, workspace))
        window.showMaximized()
        settle(0.5)
        maximised = measure("main window · maximised", window, report_checks(window, workspace))
        fits.append(maximised)
        window.close()
        window.deleteLater()
        settle(0.5)
        return fits


OPENBOX_MARGINS = "<margins><top>0</top><bottom>{bottom}</bottom><left>0</left><right>0</right>" \
    "</margins>"


def under_xvfb(size: str, scale: float, taskbar: int, rest: list[str]) -> int:
    """Run this check again inside a new X server of `size` pixels, Qt scaled by `scale`,
    with openbox (if installed) keeping `taskbar` pixels free at the bottom."""
    if shutil.which("xvfb-run") is None:
        print("xvfb-run is not installed (Debian: apt-get install xvfb)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="masiv-fit-x-") as folder:
        script = f"exec {shlex.quote(sys.executable)} {shlex.quote(__file__)} " + \
            " ".join(shlex.quote(a) for a in rest)
        if shutil.which("openbox") and Path("/etc/xdg/openbox/rc.xml").is_file():
            rc = Path(folder) / "rc.xml"
            config = Path("/etc/xdg/openbox/rc.xml").read_text(encoding="utf-8")
            start, end = config.find("<margins>"), config.find("</margins>")
            if start >= 0 and end > start:
                config = config[:start] + OPENBOX_MARGINS.format(bottom=taskbar) + \
                    config[end + len("</margins>"):]
            rc.write_text(config, encoding="utf-8")
            script = f"openbox --config-file {shlex.quote(str(rc))} 2>/dev/null & sleep 1; " + \
                script
        env = {**os.environ, "QT_SCALE_FACTOR": f"{scale:g}", "QT_QPA_PLATFORM": "xcb"}
        return subprocess.call(["xvfb-run", "-a", "-s", f"-screen 0 {size}x24", "sh", "-c",
                                script], env=env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="es", choices=["es", "en"])
    parser.add_argument("--json", action="store_true", help="one JSON object per window")
    parser.add_argument("--xvfb", metavar="WIDTHxHEIGHT",
                        help="run inside a new X server of this size (physical pixels)")
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR for --xvfb")
    parser.add_argument("--taskbar", type=int, default=0,
                        help="pixels kept free at the bottom with --xvfb (needs openbox)")
    args = parser.parse_args(argv)
    if args.xvfb:
        rest = ["--language", args.language] + (["--json"] if args.json else [])
        return under_xvfb(args.xvfb, args.scale, args.taskbar, rest)
    app = create_application([])
    screen = app.primaryScreen()
    if not args.json:
        print(f"platform {app.platformName()}, QT_SCALE_FACTOR "
              f"{os.environ.get('QT_SCALE_FACTOR', '1')}: screen "
              f"{rect(screen.geometry())} logical, available {rect(screen.availableGeometry())}"
              f", device pixel ratio {screen.devicePixelRatio():g}")
    fits = run(args.language)
    for fit in fits:
        if args.json:
            print(json.dumps({**asdict(fit), "fits": fit.fits}, ensure_ascii=False))
        else:
            x, y, w, h = fit.frame
            verdict = "fits" if fit.fits else "DOES NOT FIT"
            least_w, least_h = fit.minimum
            print(f"{fit.name:32} {w:4}×{h:<4} at {x:4},{y:<4} (least {least_w:4}×{least_h:<4})"
                  f" {verdict}")
            for problem in fit.problems:
                print(f"    {problem}")
    return 0 if all(f.fits for f in fits) else 1


if __name__ == "__main__":
    sys.exit(main())
