"""gui/settings/smpp.py inside the settings dialog: SMPP fields follow the account type."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.gui.settings.dialog import SettingsDialog


def test_an_smpp_account_is_set_up_in_the_dialog(qtbot: QtBot, data_dir: Path) -> None:
    dialog = SettingsDialog(app_paths(data_dir).ensure(),
                            Settings(gateway_preset="production", username="acme"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.smpp.isHidden()
    dialog.account_type.setCurrentIndex(dialog.account_type.findData("smpp"))
    assert not dialog.smpp.isHidden() and dialog.smpp.isEnabled()
    assert not dialog.url.isEnabled()
    dialog.smpp.host.setText("smpp.example.co")
    dialog.smpp.port.setValue(2775)
    dialog.smpp.window_size.setValue(20)
    dialog.smpp.tls.setChecked(True)
    chosen = dialog.settings()
    assert chosen.uses_smpp and chosen.smpp_host == "smpp.example.co"
    assert (chosen.smpp_port, chosen.smpp_window, chosen.smpp_tls) == (2775, 20, True)
    again = SettingsDialog(app_paths(data_dir), chosen)
    qtbot.addWidget(again)
    assert again.smpp.host.text() == "smpp.example.co" and again.smpp.tls.isChecked()
    again.preset.setCurrentIndex(again.preset.findData("sandbox"))
    assert not again.smpp.isEnabled()
