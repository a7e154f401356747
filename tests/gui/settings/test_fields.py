"""gui/settings/fields.py: one table maps the dialog's widgets to settings, both ways."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from masiv_desktop.core.settings.options import OPTION
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import SETTING_NAMES, Settings
from masiv_desktop.core.usertypes import AccountType, GatewayPreset, Language, PartRule
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.settings.dialog import SettingsDialog

NOT_IN_THE_DIALOG = {"contact_window", "append_opt_out_footer"}
"""Set from the new-campaign wizard and `masiv settings`, not from Settings."""

EVERY_FIELD_CHANGED = Settings(
    gateway_preset=GatewayPreset.CUSTOM, gateway_url="https://sms.example.com",
    username="acme", account_type=AccountType.SMPP, smpp_host="smpp.example.co",
    smpp_port=2775, smpp_system_id="ACME01", smpp_system_type="VMA", smpp_window=20,
    smpp_tls=True, smpp_use_message_payload=True, originator="ACME", region="MX",
    part_rule=PartRule.GSM, long_messages=False, gateway_timezone="America/Bogota",
    connections=12, rate_per_second=25.0, rate_counts_parts=False, polling_window_hours=48.0,
    language=Language.ENGLISH, test_number="573001234567",
    opt_out_footer="Escriba a baja@acme.co para no recibir más", opt_out_words="FUERA, NO MAS")


def _dialog(qtbot: QtBot, data_dir: Path, settings: Settings) -> SettingsDialog:
    dialog = SettingsDialog(app_paths(data_dir).ensure(), settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_every_setting_of_the_dialog_has_one_field(qtbot: QtBot, data_dir: Path) -> None:
    dialog = _dialog(qtbot, data_dir, Settings())
    shown = [field.setting for field in dialog.fields.fields]
    assert len(shown) == len(set(shown))
    assert set(shown) == set(SETTING_NAMES) - NOT_IN_THE_DIALOG


def test_every_field_shows_its_description_as_tooltip(qtbot: QtBot, data_dir: Path) -> None:
    dialog = _dialog(qtbot, data_dir, Settings())
    for field in dialog.fields.fields:
        described = OPTION[field.setting].description
        assert field.widget.toolTip() == described[:1].upper() + described[1:]


def test_tooltips_are_translated(qtbot: QtBot, data_dir: Path, qapp: QApplication) -> None:
    install_translators(qapp, "es")
    try:
        dialog = _dialog(qtbot, data_dir, Settings())
        assert dialog.connections.toolTip() == "Solicitudes enviadas a la vez (1-64)"
    finally:
        install_translators(qapp, "en")


def test_every_field_shows_its_setting_and_reads_it_back(qtbot: QtBot, data_dir: Path) -> None:
    for settings in (Settings(), EVERY_FIELD_CHANGED):
        dialog = _dialog(qtbot, data_dir, settings)
        assert dialog.settings() == settings
        for field in dialog.fields.fields:
            assert field.read() == getattr(settings, field.setting), field.setting
    changed = _dialog(qtbot, data_dir, Settings())
    changed.fields.show(EVERY_FIELD_CHANGED)
    assert changed.settings() == EVERY_FIELD_CHANGED


def test_typed_text_is_cleaned_as_before(qtbot: QtBot, data_dir: Path) -> None:
    dialog = _dialog(qtbot, data_dir, Settings())
    values: dict[str, Any] = {"gateway_url": " https://sms.example.com/ ", "region": "mx",
                              "test_number": "+57 300 123-4567", "originator": " ACME "}
    for name, text in values.items():
        widget = dialog.fields.widget(name)
        assert widget is not None
        widget.setText(text)  # type: ignore[attr-defined]
    read = dialog.fields.values()
    assert (read["gateway_url"], read["region"], read["test_number"], read["originator"]) == (
        "https://sms.example.com", "MX", "573001234567", "ACME")


def test_a_refused_smpp_value_opens_the_account_tab_on_its_field(
        qtbot: QtBot, data_dir: Path, modal: Any) -> None:
    dialog = _dialog(qtbot, data_dir, Settings(gateway_preset="production", username="acme",
                                               account_type="smpp"))
    dialog.tabs.setCurrentIndex(2)
    dialog.smpp.host.setText("http://bad/host")
    modal.next()
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.save()
    assert modal.texts[0].startswith("“Server” must be a host name")
    assert dialog.tabs.currentIndex() == 0
    assert dialog.smpp.host.hasFocus() or dialog.focusWidget() is dialog.smpp.host


def test_the_opt_out_note_says_whether_replies_reach_the_program(
        qtbot: QtBot, data_dir: Path) -> None:
    dialog = _dialog(qtbot, data_dir, Settings())
    assert "HTTP account replies do not reach this program" in dialog.opt_out.note.text()
    dialog.account_type.setCurrentIndex(dialog.account_type.findData(AccountType.SMPP.value))
    assert "Replies arrive while a campaign is sending" in dialog.opt_out.note.text()
