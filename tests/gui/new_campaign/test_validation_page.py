"""gui/new_campaign/validation_page.py on small real CSV files: a list where every row goes,
one where none does, one with only its headers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWizard
from pytestqt.qtbot import QtBot

from masiv_desktop.core.settings.paths import AppPaths, app_paths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.usertypes import Severity, Verdict
from masiv_desktop.gui import style
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.new_campaign import NewCampaignWizard
from masiv_desktop.gui.new_campaign.validation_page import ValidationPage
from masiv_desktop.gui.new_campaign.verdict_labels import verdict_label
from masiv_desktop.gui.new_campaign.wizard import MAPPING, VALIDATION

WAIT = 10_000


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return app_paths(data_dir).ensure()


def _checked(qtbot: QtBot, paths: AppPaths, file: Path) -> tuple[NewCampaignWizard,
                                                               ValidationPage]:
    wizard = NewCampaignWizard(paths, Settings())  # type: ignore[arg-type]
    wizard.state.file = file
    qtbot.addWidget(wizard)
    wizard.resize(1000, 720)
    wizard.show()
    wizard.file_page.load(file)
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=WAIT)
    wizard.next()
    assert wizard.currentId() == VALIDATION
    page = wizard.validation_page
    qtbot.waitUntil(lambda: wizard.state.checked is not None, timeout=WAIT)
    qtbot.wait(50)
    return wizard, page


def _csv(tmp_path: Path, *phones: str) -> Path:
    path = tmp_path / "lista.csv"
    path.write_text("Nombre,Celular\n" + "".join(f"N{i},{p}\n" for i, p in enumerate(phones)),
                    encoding="utf-8")
    return path


def _color(severity: Severity) -> str:
    return style.color_style(style.accent(severity, role=QPalette.ColorRole.Window))


def test_a_list_without_refused_rows_keeps_a_compact_page(qtbot: QtBot, paths: AppPaths,
                                                          tmp_path: Path) -> None:
    _wizard, page = _checked(qtbot, paths, _csv(tmp_path, "3001234567", "3012345678"))
    assert page.isComplete()
    assert page.kept_label.text() == "2 will receive the message"
    assert page.kept_label.styleSheet() == _color(Severity.SUCCESS)
    assert not page.table.isVisible() and not page.refused_title.isVisible()
    labels = {label.text(): label for label in page.results.findChildren(QLabel)}
    for verdict, count in page.counts.items():
        name = labels[verdict_label(verdict)]
        assert abs(count.geometry().center().y() - name.geometry().center().y()) <= 2, \
            "each count on the line of its label"
        assert count.height() < 3 * count.fontMetrics().height(), "not stretched"
    assert page.rne.isVisible(), "the RNE was never imported in a fresh data dir"
    assert page.rne.height() <= page.rne.sizeHint().height() + 2, "the RNE box is not stretched"
    assert page.counts[Verdict.DUPLICATE].text() == "0"


def test_zero_recipients_reads_as_a_problem(qtbot: QtBot, paths: AppPaths,
                                            tmp_path: Path) -> None:
    wizard, page = _checked(qtbot, paths, _csv(tmp_path, "123", "4567"))
    assert page.kept_label.text() == "0 will receive the message"
    assert page.kept_label.styleSheet() == _color(Severity.ERROR)
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_file_with_only_headers_is_said_and_stops_the_flow(
        qtbot: QtBot, paths: AppPaths, tmp_path: Path, qapp: QApplication) -> None:
    wizard, page = _checked(qtbot, paths, _csv(tmp_path))
    assert page.error.isVisible()
    assert page.error.text().startswith("The file “lista.csv” has no data rows (only headers)")
    assert not page.results.isVisible()
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.error.height() <= page.error.sizeHint().height() + 2
    install_translators(qapp, "es")
    try:
        page.initializePage()
        assert page.error.text().startswith(
            "El archivo «lista.csv» no tiene filas de datos (solo encabezados)")
    finally:
        install_translators(qapp, "en")
