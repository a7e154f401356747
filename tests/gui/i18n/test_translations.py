"""Translations: complete in Spanish, not stale, compiled; the language follows the setting."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from masiv_desktop.core.usertypes import CampaignState
from masiv_desktop.gateway.codes import GatewayStatus
from masiv_desktop.gui.i18n import tool as i18n_tool
from masiv_desktop.gui.i18n.translators import choose_language, install_translators
from masiv_desktop.gui.labels import campaign_state_label, gateway_status_label
from masiv_desktop.gui.recipients.model import RecipientsModel
from masiv_desktop.gui.resources import translations_dir


def test_committed_translations_are_complete_and_up_to_date() -> None:
    assert i18n_tool.check() == []


@pytest.fixture
def copy_of_translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "translations"
    shutil.copytree(translations_dir(), folder)
    monkeypatch.setattr(i18n_tool, "translations_dir", lambda: folder)
    return folder


def _edit_es(folder: Path, change: str) -> None:
    ts = folder / "masiv_desktop_es.ts"
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        for message in list(context.iter("message")):
            if message.findtext("source") == "Delivered to the phone":
                if change == "untranslate":
                    translation = message.find("translation")
                    assert translation is not None
                    translation.set("type", "unfinished")
                else:
                    context.remove(message)
    tree.write(ts, encoding="utf-8")


def test_check_finds_an_untranslated_string(copy_of_translations: Path) -> None:
    _edit_es(copy_of_translations, "untranslate")
    problems = i18n_tool.check()
    assert any("untranslated" in p and "Delivered to the phone" in p for p in problems)


def test_check_finds_a_stale_ts(copy_of_translations: Path) -> None:
    _edit_es(copy_of_translations, "remove")
    problems = i18n_tool.check()
    assert any("stale" in p and "Delivered to the phone" in p for p in problems)


def test_check_finds_an_outdated_qm(copy_of_translations: Path) -> None:
    qm = copy_of_translations / "masiv_desktop_es.qm"
    i18n_tool.compile_qm(copy_of_translations / "masiv_desktop_en.ts", qm)
    problems = i18n_tool.check()
    assert any("masiv_desktop_es.qm does not match" in p for p in problems)


def test_spanish_at_run_time(qapp: QApplication) -> None:
    try:
        install_translators(qapp, "es")
        model = RecipientsModel()
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Fila"
        assert gateway_status_label(GatewayStatus.DELIVERED_TO_HANDSET) == (
            "Entregado al teléfono")
        assert campaign_state_label(CampaignState.CANCELLED) == "Cancelada"
        assert QLocale().language() == QLocale.Language.Spanish
    finally:
        install_translators(qapp, "en")
    assert gateway_status_label(GatewayStatus.DELIVERED_TO_HANDSET) == "Delivered to the phone"


@pytest.mark.parametrize(("setting", "system", "expected"), [
    ("", "es_CO", "es"), ("", "es_ES", "es"), ("", "en_US", "en"), ("", "pt_BR", "en"),
    ("en", "es_CO", "en"), ("es", "en_US", "es")])
def test_setting_overrides_the_system_language(setting: str, system: str,
                                               expected: str) -> None:
    assert choose_language(setting, QLocale(system)) == expected


def test_counts_take_their_plural_form_in_both_languages(qapp: QApplication) -> None:
    from masiv_desktop.gui.message.tools import TotalsWords
    from masiv_desktop.gui.new_campaign.review_texts import ReviewCounts

    words = TotalsWords()
    assert (words.recipients(1), words.recipients(1234)) == ("1 recipient", "1,234 recipients")
    try:
        install_translators(qapp, "es")
        assert (words.recipients(1), words.recipients(1234)) == (
            "1 destinatario", "1.234 destinatarios")
        assert words.unicode(1) == "1 mensaje se envía como Unicode"
        assert "hace 1 día;" in ReviewCounts().rne_days(1)
    finally:
        install_translators(qapp, "en")
