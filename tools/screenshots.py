"""Screenshots of each step of a campaign, made by driving the real program offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [--languages es en]

For each language: a fresh temporary data folder (first run on the embedded sandbox), the
main window with the sample draft, the new-campaign wizard's pages (file, phone column,
validation, message editor, schedule, review), the "Send" confirmation, the live grid while
the campaign sends, the report with its chart, a campaign scheduled at the gateway for a later
time, and one cancelled while it sends; then the corrected screens: a date typed on the
schedule step, the numbers check of a list with nothing refused, a time refused because of
the numbers abroad (with the offer to leave them out), and a connection test that fails;
then each row at its own time: the schedule step's column choice and the grid's send times.
PNGs go to docs/screenshots/<language>/; with `--dark`, the program runs in a dark theme
(the Fusion style with `gui.style.dark_palette()`, as a dark Windows or GNOME desktop gives it)
and they go to docs/screenshots/<language>-dark/.

    tools/screenshots.py --scale 1.5 --languages es --out docs/screenshots/es-150

shoots instead what a 1366×768 laptop at that scaling shows (125 %: 1.25, 150 %: 1.5; the
screen less a 40-pixel task bar, pictures in the screen's pixels): the main window as it
first opens, the wizard's message page and the settings dialog. Qt takes the scaling when
the application starts, so the tool runs itself again in a process of that scaling.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QPushButton, QWidget, QWizard

from masiv_desktop.core.campaigns import Choices, PlanRequest, create_campaign, plan_campaign
from masiv_desktop.core.reports.outcome import Outcome
from masiv_desktop.core.settings.paths import AppPaths, app_paths
from masiv_desktop.core.settings.settings import Settings, save_settings
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import CampaignState, Purpose
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.launch import create_application, start
from masiv_desktop.gui.style import dark_palette
from masiv_desktop.gui.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "clientes-ejemplo.xlsx"
MESSAGE = ("Hola {Nombre}, su saldo de ${Saldo} vence el {Vence}. Pague en línea y evite "
           "recargos.")
"""Spanish in both languages' pictures: the recipients are Colombian."""
SIZE = (1280, 800)


def wait_until(predicate: Callable[[], bool], timeout: float = 30.0) -> None:
    """Run the event loop until `predicate()` holds; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the program did not reach the expected step")
        QApplication.processEvents()
        time.sleep(0.02)


def settle(seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def open_wizard(workspace: Workspace) -> QWizard:
    """The new-campaign wizard, as *New campaign…* opens it."""
    opened: list[QWizard] = []
    workspace.wizardOpened.connect(opened.append)
    workspace.open_wizard()
    wait_until(lambda: bool(opened))
    return opened[-1]


def load_list(wizard: QWizard, path: Path) -> QPushButton:
    """Load `path` on the file page and wait for the phone-column page; its Next button."""
    wizard.file_page.load(path)  # type: ignore[attr-defined]
    wait_until(lambda: wizard.currentId() == 2)
    return wizard.button(QWizard.WizardButton.NextButton)


def save(widget: QWidget, folder: Path, name: str) -> None:
    settle()
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def shoot(language: str, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="masiv-shots-") as home:
        paths = app_paths(home).ensure()
        save_settings(paths, Settings(rate_per_second=4.0, language=language))
        window = start(paths, language)
        window.resize(*SIZE)
        workspace = window.findChild(Workspace)
        assert workspace is not None
        page = workspace.page
        wait_until(lambda: page.details is not None and page.model.rowCount() > 0)
        save(window, out, "01-first-run")

        wizard = open_wizard(workspace)
        save(wizard, out, "02-wizard-file")
        next_button = load_list(wizard, SAMPLE)
        save(wizard, out, "03-wizard-phone-column")
        next_button.click()
        wait_until(wizard.validation_page.isComplete)  # type: ignore[attr-defined]
        save(wizard, out, "04-wizard-validation")
        next_button.click()
        editor = wizard.message_page.editor  # type: ignore[attr-defined]
        editor.text.setPlainText(MESSAGE)
        wait_until(lambda: editor.totals is not None and next_button.isEnabled())
        save(wizard, out, "05-message-editor")
        next_button.click()
        save(wizard, out, "06-schedule")
        next_button.click()
        wait_until(wizard.review_page.isComplete)  # type: ignore[attr-defined]
        save(wizard, out, "07-review")
        wizard.button(QWizard.WizardButton.CustomButton1).click()  # save as draft
        wait_until(lambda: not wizard.isVisible())
        wait_until(lambda: page.details is not None and page.details.campaign.name ==
                   "clientes-ejemplo" and page.model.rowCount() > 0)

        page.send_button.click()
        from masiv_desktop.gui.campaign.send_dialog import SendDialog

        dialog = page.findChild(SendDialog)
        assert dialog is not None
        save(dialog, out, "08-send-confirmation")
        dialog.send_button.click()
        wait_until(lambda: page.state is CampaignState.RUNNING
                   and page.progress.bar.value() >= 12)
        save(window, out, "09-live-grid-sending")
        page.tabs.setCurrentWidget(page.report)
        wait_until(lambda: page.report.figures is not None and page.report.figures.by_outcome[
            Outcome.IN_PROGRESS] == 0, timeout=90)
        save(window, out, "10-report")
        shoot_scheduled_and_cancelled(window, workspace, paths, out)
        shoot_corrections(window, workspace, Path(home), out)
        shoot_row_times(window, workspace, Path(home), out)
        window.close()
        window.deleteLater()
        settle(1.0)


def shoot_scheduled_and_cancelled(window: QWidget, workspace: Workspace, paths: AppPaths,
                                   out: Path) -> None:
    """A campaign handed to the gateway for a later time (Scheduled), and one cancelled while
    it sends (sent and cancelled counted apart)."""
    from masiv_desktop.gui.campaign.send_dialog import SendDialog

    page = workspace.page
    for name in ("programada", "cancelada"):
        with closing(Store.open(paths.database)) as store:
            # The sample's people were contacted today already: a reminder, transactional.
            request = PlanRequest(SAMPLE, MESSAGE, Settings(), name=name, choices=Choices(
                purpose=Purpose.TRANSACTIONAL))
            campaign_id = create_campaign(store, plan_campaign(store, request, now=time.time()),
                                          now=time.time())
        workspace.reload_list(select=campaign_id)
        wait_until(lambda cid=campaign_id: page.details is not None  # type: ignore[misc]
                   and page.details.campaign.id == cid)
        page.send_button.click()
        dialog = next(d for d in page.findChildren(SendDialog) if d.isVisible())
        if name == "programada":
            dialog.schedule.set_send_at(_next_weekday_at_ten())
            dialog.send_button.click()
            wait_until(lambda: page.state is CampaignState.SCHEDULED, timeout=60)
            page.tabs.setCurrentWidget(page.recipients)
            save(window, out, "11-scheduled")
        else:
            dialog.send_button.click()
            wait_until(lambda: page.state is CampaignState.RUNNING
                       and page.progress.bar.value() >= 10)
            workspace.runner.cancel(campaign_id)
            wait_until(lambda: page.state is CampaignState.CANCELLED)
            wait_until(lambda: page.report.figures is not None and page.report.figures
                       .by_outcome[Outcome.IN_PROGRESS] == 0, timeout=90)
            save(window, out, "12-cancelled")


CLEAN_LIST = ("Nombre,Celular\nAna Pérez,3001234567\nLuis Gómez,3109876543\n"
              "Marta Ruiz,3157654321\nCarmen López,+34 612 345 671\n"
              "Jordi Puig,+34 622 345 672\nLucía Martín,+34 632 345 673\n")
"""Valid mobiles only (three of them in Spain): nothing refused at import."""


def shoot_corrections(window: QWidget, workspace: Workspace, home: Path, out: Path) -> None:
    """The screens the Spanish-first review corrected: the schedule step with a date, the
    numbers check with nothing refused, a time refused abroad, a failed connection test."""
    from masiv_desktop.gui.main_window import MainWindow
    from masiv_desktop.gui.settings.dialog import SettingsDialog

    assert isinstance(window, MainWindow)
    clean = home / "clientes-colombia-espana.csv"
    clean.write_text(CLEAN_LIST, encoding="utf-8")
    real = Settings(gateway_preset="production", username="demo", gateway_timezone="UTC",
                    language=window.settings.language)
    sandbox_settings = window.settings
    window.set_settings(real)
    workspace.settings = real
    wizard = open_wizard(workspace)
    next_button = load_list(wizard, clean)
    next_button.click()
    wait_until(wizard.validation_page.isComplete)  # type: ignore[attr-defined]
    save(wizard, out, "13-validation-nothing-refused")
    next_button.click()
    editor = wizard.message_page.editor  # type: ignore[attr-defined]
    editor.text.setPlainText("Hola {Nombre}, su pedido está listo para recoger.")
    wait_until(lambda: next_button.isEnabled())
    next_button.click()
    panel = wizard.schedule_page.panel  # type: ignore[attr-defined]
    panel.set_send_at(_next_weekday_at(10))
    save(wizard, out, "14-schedule-date")
    panel.set_send_at(_next_weekday_at(18))
    wait_until(lambda: not panel.is_valid())
    save(wizard, out, "15-schedule-refused-abroad")
    wizard.reject()
    settle()
    window.set_settings(sandbox_settings)
    workspace.settings = sandbox_settings

    dialog = SettingsDialog(window.paths, Settings(gateway_preset="custom",
                                                   gateway_url="https://nohost.invalid",
                                                   username="demo"), window)
    dialog.password.setText("demo")
    dialog.show()
    dialog.check_button.click()
    wait_until(lambda: dialog.check_button.isEnabled() and bool(dialog.check_result.text()))
    save(dialog, out, "16-connection-test-failed")
    dialog.reject()


def shoot_row_times(window: QWidget, workspace: Workspace, home: Path, out: Path) -> None:
    """Each row its own send time: the schedule step's third choice (a column of the list,
    one day before), then the stored campaign's grid with its send-time column."""
    import openpyxl

    monday = _next_weekday_at_ten().date()
    monday += timedelta(days=(7 - monday.weekday()) % 7 or 7)
    citas = home / "citas.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Nombre", "Celular", "Cita"])
    rows = [("Ana Pérez", "3001234567", datetime(monday.year, monday.month, monday.day, 9)),
            ("Luis Gómez", "3109876543", (monday + timedelta(days=2)).strftime("%d/%m/%Y")
             + " 10:30 a. m."),
            ("Marta Ruiz", "3157654321", (monday + timedelta(days=3)).strftime("%d/%m/%Y")
             + " 3:00 p. m."),
            ("Carmen López", "3201112233", "el jueves")]
    for row in rows:
        ws.append(list(row))
    wb.save(citas)
    page = workspace.page
    wizard = open_wizard(workspace)
    next_button = load_list(wizard, citas)
    next_button.click()
    wait_until(wizard.validation_page.isComplete)  # type: ignore[attr-defined]
    next_button.click()
    editor = wizard.message_page.editor  # type: ignore[attr-defined]
    editor.text.setPlainText("Hola {Nombre}, le recordamos su cita del {Cita}.")
    wait_until(lambda: next_button.isEnabled())
    next_button.click()
    panel = wizard.schedule_page.panel  # type: ignore[attr-defined]
    panel.column_button.click()
    panel.column_fields.amount.setValue(1)
    save(wizard, out, "17-schedule-column")
    next_button.click()
    wait_until(wizard.review_page.isComplete)  # type: ignore[attr-defined]
    wizard.button(QWizard.WizardButton.CustomButton1).click()  # save as draft
    wait_until(lambda: not wizard.isVisible())
    wait_until(lambda: page.details is not None and page.details.campaign.name == "citas"
               and page.model.rowCount() > 0)
    page.tabs.setCurrentWidget(page.recipients)
    save(window, out, "18-grid-send-time")


def _next_weekday_at(hour: int) -> datetime:
    """`hour`:00 in Bogotá on the next weekday after tomorrow."""
    return _next_weekday_at_ten().replace(hour=hour)


def _next_weekday_at_ten() -> datetime:
    """10:00 in Bogotá on the next weekday after tomorrow: inside the contact hours."""
    bogota = ZoneInfo("America/Bogota")
    day = datetime.now(bogota).date() + timedelta(days=2)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=bogota)


LAPTOP = (1366, 768 - 40)
"""A laptop screen less its task bar, in the screen's pixels."""


def shoot_scaled(language: str, out: Path) -> None:
    """The windows a laptop user sees first, as they open at this process's scaling."""
    from masiv_desktop.gui.settings.dialog import SettingsDialog

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="masiv-shots-") as home:
        paths = app_paths(home).ensure()
        save_settings(paths, Settings(language=language))
        window = start(paths, language)
        workspace = window.findChild(Workspace)
        assert workspace is not None
        page = workspace.page
        wait_until(lambda: page.details is not None and page.model.rowCount() > 0)
        save(window, out, "01-main-window")
        wizard = open_wizard(workspace)
        next_button = load_list(wizard, SAMPLE)
        next_button.click()
        wait_until(wizard.validation_page.isComplete)  # type: ignore[attr-defined]
        next_button.click()
        editor = wizard.message_page.editor  # type: ignore[attr-defined]
        editor.text.setPlainText(MESSAGE)
        wait_until(lambda: editor.totals is not None and next_button.isEnabled())
        save(wizard, out, "02-wizard-message")
        wizard.reject()
        dialog = SettingsDialog(window.paths, window.settings, window)
        dialog.open()
        save(dialog, out, "03-settings")
        dialog.reject()
        window.close()
        window.deleteLater()
        settle(1.0)


def rerun_scaled(scale: float, argv: list[str]) -> int:
    """This tool again, in a process whose Qt scales by `scale` on an offscreen laptop
    screen."""
    with tempfile.TemporaryDirectory(prefix="masiv-screen-") as folder:
        screens = Path(folder) / "screens.json"
        screens.write_text(json.dumps({"screens": [{
            "name": "laptop", "x": 0, "y": 0, "width": LAPTOP[0], "height": LAPTOP[1],
            "logicalDpi": 96, "dpr": 1}]}), encoding="utf-8")
        env = {**os.environ, "QT_SCALE_FACTOR": f"{scale:g}",
               "QT_QPA_PLATFORM": f"offscreen:configfile={screens}", "MASIV_SHOTS_SCALED": "1"}
        return subprocess.call([sys.executable, __file__, *argv], env=env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", nargs="+", default=["es", "en"], choices=["es", "en"])
    parser.add_argument("--out", type=Path, default=None,
                        help="folder of the pictures (default docs/screenshots; with --scale, "
                        "docs/screenshots/<language>-<percent>)")
    parser.add_argument("--scale", type=float, default=None,
                        help="a laptop's scaling (1.25, 1.5): its first windows only")
    parser.add_argument("--dark", action="store_true",
                        help="a dark theme; pictures go to <language>-dark/")
    args = parser.parse_args(argv)
    if args.scale is not None and not os.environ.get("MASIV_SHOTS_SCALED"):
        return rerun_scaled(args.scale, sys.argv[1:] if argv is None else argv)
    app = create_application([])
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    suffix = "-dark" if args.dark else ""
    for language in args.languages:
        print(f"{language}{suffix}:")
        install_translators(app, language)
        if args.scale is None:
            shoot(language, (args.out or ROOT / "docs" / "screenshots") / f"{language}{suffix}")
        elif args.out is not None and len(args.languages) == 1:
            shoot_scaled(language, args.out)
        else:
            folder = args.out or ROOT / "docs" / "screenshots"
            shoot_scaled(language, folder / f"{language}-{round(args.scale * 100)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
