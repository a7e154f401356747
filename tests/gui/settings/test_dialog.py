"""gui/settings/dialog.py: the password goes to the keyring only; checks run off the GUI thread.

The `keyring` test needs a real Secret Service: run
`tests/with-keyring.sh .venv/bin/pytest tests/gui -q` (make test does).
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from masiv_desktop.core.settings.check import CheckVerdict, ConnectionCheck
from masiv_desktop.core.settings.credentials import (
    delete_password,
    load_password,
    store_password,
)
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import Settings, load_settings
from masiv_desktop.core.settings.team_store import SERVICE as STORE_SERVICE
from masiv_desktop.core.settings.team_store import load_store_password
from masiv_desktop.core.store import db, team
from masiv_desktop.core.store.problems import display_url
from masiv_desktop.gateway.sandbox.server import SandboxGateway
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.settings.dialog import SettingsDialog
from masiv_desktop.gui.settings.password_field import Saved

needs_secret_service = pytest.mark.skipif(
    os.environ.get("MASIV_TEST_SECRET_SERVICE") != "1",
    reason="needs a real Secret Service: run through tests/with-keyring.sh (make test)")


def dialog(qtbot: QtBot, data_dir: Path, settings: Settings | None = None) -> SettingsDialog:
    dlg = SettingsDialog(app_paths(data_dir).ensure(), settings or Settings())
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def choose(combo: Any, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def fill_account(dlg: SettingsDialog, url: str, username: str, password: str) -> None:
    choose(dlg.preset, "custom")
    dlg.url.setText(url)
    dlg.username.setText(username)
    dlg.password.setText(password)


@pytest.mark.keyring
@needs_secret_service
def test_password_goes_to_the_keyring_never_to_the_file(qtbot: QtBot, data_dir: Path) -> None:
    username = f"gui-test-{uuid.uuid4().hex[:8]}"
    password = f"S3cret-{uuid.uuid4().hex}"
    dlg = dialog(qtbot, data_dir)
    fill_account(dlg, "http://127.0.0.1:9/", username, password)
    dlg.originator.setText("ACME")
    try:
        with qtbot.waitSignal(dlg.saved, timeout=10_000) as saved:
            dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
        assert load_password(username) == password
        settings_text = app_paths(data_dir).settings_file.read_text(encoding="utf-8")
        assert password not in settings_text
        stored = json.loads(settings_text)
        assert stored["username"] == username and stored["gateway_url"] == "http://127.0.0.1:9"
        assert "password" not in {key.lower() for key in stored}
        assert saved.args[0] == load_settings(app_paths(data_dir))
        assert dlg.password.text() == ""
        assert not any(password in p.read_text(errors="replace")
                       for p in data_dir.rglob("*") if p.is_file())
    finally:
        delete_password(username)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def test_without_a_keyring_settings_are_saved_and_the_password_is_not(
        qtbot: QtBot, data_dir: Path, no_keyring: None, modal: Any) -> None:
    dlg = dialog(qtbot, data_dir)
    fill_account(dlg, "https://sms.example.com", "acme", "hunter2-secret")
    modal.next()
    with qtbot.waitSignal(dlg.saved, timeout=10_000):
        dlg.save()
    assert "no system keyring" in modal.texts[0]
    assert modal.texts[0].endswith("The other settings are saved.")
    text = app_paths(data_dir).settings_file.read_text(encoding="utf-8")
    assert "hunter2-secret" not in text
    assert json.loads(text)["username"] == "acme"


def test_a_refused_value_names_the_setting_and_saves_nothing(
        qtbot: QtBot, data_dir: Path, modal: Any) -> None:
    dlg = dialog(qtbot, data_dir)
    fill_account(dlg, "http://sms.example.com", "acme", "")
    modal.next()
    with qtbot.assertNotEmitted(dlg.saved):
        dlg.save()
    assert "http://sms.example.com" in modal.texts[0] and "https://" in modal.texts[0]
    assert "Settings › Account › Address" in modal.texts[0]
    assert dlg.url.hasFocus() or dlg.focusWidget() is dlg.url
    assert not app_paths(data_dir).settings_file.exists()


def test_connection_check_against_a_gateway_on_loopback(
        qtbot: QtBot, data_dir: Path, sandbox: SandboxGateway) -> None:
    dlg = dialog(qtbot, data_dir)
    fill_account(dlg, sandbox.base_url, "demo", "not-the-password")
    with qtbot.waitSignal(dlg.checked, timeout=20_000) as wrong:
        dlg.check_button.click()
        assert not dlg.check_button.isEnabled()
    check: ConnectionCheck = wrong.args[0]
    assert check.verdict is CheckVerdict.WRONG_CREDENTIALS
    assert dlg.check_result.text().startswith("✖")
    dlg.password.setText("demo")
    with qtbot.waitSignal(dlg.checked, timeout=20_000) as right:
        dlg.check_button.click()
    assert right.args[0].ok and dlg.check_result.text().startswith("✔")
    assert dlg.check_button.isEnabled()
    assert sandbox.sent() == [], "a connection check sends nothing"


def test_fields_show_the_settings_and_read_back(qtbot: QtBot, data_dir: Path) -> None:
    original = Settings(gateway_preset="production", username="acme", originator="ACME",
                        region="MX", gateway_timezone="America/Bogota", connections=12,
                        rate_per_second=25.0, polling_window_hours=48.0, language="es",
                        test_number="573001234567", personal_data_days=90)
    dlg = dialog(qtbot, data_dir, original)
    assert not dlg.url.isEnabled() and dlg.username.isEnabled()
    assert dlg.settings() == original
    dlg.rate.setValue(0)
    assert dlg.settings().rate_per_second is None
    choose(dlg.preset, "sandbox")
    assert not dlg.username.isEnabled() and not dlg.password.isEnabled()


def test_a_refused_value_is_worded_in_spanish_with_the_fields_label(
        qtbot: QtBot, data_dir: Path, modal: Any, qapp: QApplication) -> None:
    install_translators(qapp, "es")
    try:
        dlg = dialog(qtbot, data_dir)
        dlg.timezone.setCurrentText("Marte/Olimpo")
        modal.next()
        with qtbot.assertNotEmitted(dlg.saved):
            dlg.save()
        assert modal.texts[0] == ("«Zona horaria de la pasarela» debe ser una zona horaria "
                                  "conocida, como UTC o America/Bogota, no 'Marte/Olimpo'.")
        dlg.timezone.setCurrentText("UTC")
        choose(dlg.account_type, "smpp")
        choose(dlg.preset, "production")
        dlg.smpp.host.setText("https://smpp.example.com")
        modal.next()
        dlg.save()
        assert modal.texts[1] == ("«Servidor» debe ser solo un nombre de servidor o una "
                                  "dirección IP (sin https:// ni ruta).")
    finally:
        install_translators(qapp, "en")


# --- the password's placeholder tells whether the keyring holds one ----------------------

def _placeholder(qtbot: QtBot, dlg: SettingsDialog) -> str:
    qtbot.waitUntil(lambda: dlg.password.saved is not Saved.UNKNOWN, timeout=10_000)
    return dlg.password.placeholderText()


@pytest.mark.keyring
@needs_secret_service
def test_the_placeholder_says_unchanged_only_when_a_password_is_saved(
        qtbot: QtBot, data_dir: Path) -> None:
    username = f"gui-test-{uuid.uuid4().hex[:8]}"
    settings = Settings(gateway_preset="production", username=username)
    assert _placeholder(qtbot, dialog(qtbot, data_dir, settings)) == "No password saved: type it"
    store_password(username, f"S3cret-{uuid.uuid4().hex}")
    try:
        saved = dialog(qtbot, data_dir, settings)
        assert _placeholder(qtbot, saved) == "Unchanged (kept in the system keyring)"
        saved.username.setText(f"{username}-other")
        saved.username.editingFinished.emit()
        assert _placeholder(qtbot, saved) == "No password saved: type it"
    finally:
        delete_password(username)


def test_the_placeholder_without_a_keyring_or_for_the_sandbox(
        qtbot: QtBot, data_dir: Path, no_keyring: None) -> None:
    dlg = dialog(qtbot, data_dir, Settings(gateway_preset="production", username="acme"))
    assert _placeholder(qtbot, dlg) == "This computer has no keyring: asked for when sending"
    choose(dlg.preset, "sandbox")
    assert dlg.password.placeholderText() == "Not needed for the sandbox"


def test_the_tabs_scroll_only_where_the_screen_has_no_room(qtbot: QtBot, data_dir: Path) -> None:
    """A tab scrolls on a small screen (its buttons stay in sight); where the screen has room
    the dialog is as large as its longest tab (Qt alone stops at 2/3 of the screen)."""
    dlg = dialog(qtbot, data_dir)
    dlg.show()
    qtbot.waitExposed(dlg)
    area = dlg.screen().availableGeometry()
    assert dlg.height() <= area.height() and dlg.height() > area.height() * 2 // 3
    for index in range(dlg.tabs.count()):
        dlg.tabs.setCurrentIndex(index)
        scroll = dlg.tabs.widget(index)
        qtbot.waitUntil(lambda s=scroll: s.isVisible())
        assert isinstance(scroll, QScrollArea)
        assert scroll.verticalScrollBar().maximum() == 0, dlg.tabs.tabText(index)
    dlg.resize(dlg.width(), dlg.minimumSizeHint().height())
    qtbot.waitUntil(lambda: dlg.tabs.currentWidget().verticalScrollBar().maximum() > 0)
    assert dlg.minimumSizeHint().height() < 472 - 40, "fits a laptop at 150 %"


@pytest.mark.keyring
@needs_secret_service
def test_the_team_store_address_is_a_setting_and_its_password_goes_to_the_keyring(
        qtbot: QtBot, data_dir: Path, modal: Any) -> None:
    url = f"postgresql://ana-{uuid.uuid4().hex[:8]}@db.example.com:5432/masiv"
    password = f"Team-{uuid.uuid4().hex}"
    dlg = dialog(qtbot, data_dir)
    dlg.team_store.url.setText(f"  {url} ")
    dlg.team_store.password.setText(password)
    modal.next()
    try:
        with qtbot.waitSignal(dlg.saved, timeout=10_000):
            dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
        modal.wait()
        assert load_store_password(url) == password
        settings_text = app_paths(data_dir).settings_file.read_text(encoding="utf-8")
        assert json.loads(settings_text)["store_url"] == url
        assert password not in settings_text
        assert dlg.team_store.password.text() == ""
        assert "next time it starts" in modal.texts[0]
    finally:
        keyring.delete_password(STORE_SERVICE, display_url(url))


def test_a_team_store_password_without_an_address_is_refused(
        qtbot: QtBot, data_dir: Path, modal: Any) -> None:
    dlg = dialog(qtbot, data_dir)
    dlg.team_store.password.setText("team-secret")
    modal.next()
    with qtbot.assertNotEmitted(dlg.saved):
        dlg.save()
    assert "team store's server address" in modal.texts[0]
    assert dlg.focusWidget() is dlg.team_store.url
    assert not app_paths(data_dir).settings_file.exists()


def test_a_team_store_address_holding_its_password_is_refused_in_spanish(
        qtbot: QtBot, data_dir: Path, modal: Any, qapp: QApplication) -> None:
    install_translators(qapp, "es")
    try:
        dlg = dialog(qtbot, data_dir)
        dlg.team_store.url.setText("postgresql://ana:clave@db.example.com/masiv")
        modal.next()
        with qtbot.assertNotEmitted(dlg.saved):
            dlg.save()
    finally:
        install_translators(qapp, "en")
    assert modal.texts[0].startswith("«Dirección del servidor»") and "clave" not in modal.texts[0]
    assert "llavero del sistema" in modal.texts[0]
    assert dlg.focusWidget() is dlg.team_store.url
    assert not app_paths(data_dir).settings_file.exists()


def test_the_same_team_store_address_saves_without_a_restart_note(
        qtbot: QtBot, data_dir: Path) -> None:
    url = "postgresql://ana@db.example.com/masiv"
    dlg = dialog(qtbot, data_dir, Settings(store_url=url))
    assert dlg.team_store.url.text() == url
    with qtbot.waitSignal(dlg.saved, timeout=10_000):
        dlg.save()
    assert not [w for w in QApplication.topLevelWidgets()
                if w.objectName() == "teamStoreRestartBox" and w.isVisible()]


def test_without_a_keyring_the_team_store_address_is_saved_and_its_password_is_not(
        qtbot: QtBot, data_dir: Path, no_keyring: None, modal: Any) -> None:
    url = "postgresql://ana@db.example.com/masiv"
    dlg = dialog(qtbot, data_dir)
    dlg.team_store.url.setText(url)
    dlg.team_store.password.setText("team-secret-word")
    modal.next()
    modal.next()
    with qtbot.waitSignal(dlg.saved, timeout=10_000):
        dlg.save()
    modal.wait()
    assert "did not take the team store's password" in modal.texts[0]
    assert "next time it starts" in modal.texts[1]
    text = app_paths(data_dir).settings_file.read_text(encoding="utf-8")
    assert json.loads(text)["store_url"] == url and "team-secret-word" not in text


def test_on_a_team_store_a_changed_rule_goes_to_the_store_for_every_desktop(
        qtbot: QtBot, data_dir: Path, postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASIV_STORE_URL", postgres_url)
    paths = app_paths(data_dir)
    before = load_settings(paths)
    dlg = dialog(qtbot, data_dir, before)
    dlg.opt_out.words.setText("SALIR, PARE")
    with qtbot.waitSignal(dlg.saved):
        dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
    with closing(db.connect(paths.database)) as conn:
        qtbot.waitUntil(lambda: "opt_out_words" in team.team_settings(conn), timeout=5_000)
        stored = team.team_settings(conn)
    assert json.loads(stored["opt_out_words"]) == "SALIR, PARE"
    assert set(stored) == {"opt_out_words"}, "only what the user changed"
