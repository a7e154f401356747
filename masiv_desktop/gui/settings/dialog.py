"""The settings dialog: the account (password to the OS keyring only), sending, the program
(with the team store, whose password also goes to the keyring only).

Values are validated by `core.settings.Settings` itself; a refused value is shown with the
setting it concerns and that field gets the focus. The password never goes into `Settings`
or the settings file: on OK it is stored with `core.credentials.store_password`, on a worker
thread (a keyring may block on an unlock prompt), like the connection check.
"""

from __future__ import annotations

import logging
from zoneinfo import available_timezones

import keyring.errors
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from masiv_desktop.core.logs import redact
from masiv_desktop.core.settings.check import ConnectionCheck, test_connection
from masiv_desktop.core.settings.credentials import (
    CredentialsError,
    KeyringUnavailable,
    store_password,
)
from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.settings.settings import (
    MAX_CONNECTIONS,
    MAX_POLLING_WINDOW_HOURS,
    Settings,
    SettingsError,
    save_settings,
    save_team_rules,
)
from masiv_desktop.core.settings.team_store import save_store_password
from masiv_desktop.core.store import db
from masiv_desktop.core.usertypes import AccountType, GatewayPreset, Language, PartRule
from masiv_desktop.gui import style
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.ops import OpContext, run_op
from masiv_desktop.gui.settings.check_row import CheckRow
from masiv_desktop.gui.settings.fields import (
    FieldTable,
    check_box,
    combo_data,
    combo_text,
    combo_value,
    line_edit,
    number_box,
    spin_box,
)
from masiv_desktop.gui.settings.opt_out import OptOutFields
from masiv_desktop.gui.settings.password_field import PasswordField
from masiv_desktop.gui.settings.problems import account_problem_text, setting_problem_text
from masiv_desktop.gui.settings.smpp import SmppFields
from masiv_desktop.gui.settings.team_store import TeamStoreFields
from masiv_desktop.gui.ui_state import fit_to_screen, scrolling

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
    """Edit the settings; emits `saved(Settings)` once they are written. Open with `open()`."""

    saved = Signal(object)
    checked = Signal(object)
    """A `ConnectionCheck` finished (for tests and for whoever wants to know)."""

    def __init__(self, paths: AppPaths, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths, self.original = paths, settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        tabs = QTabWidget(self)
        tabs.addTab(scrolling(self._account_page()), self.tr("Account"))
        tabs.addTab(scrolling(self._sending_page()), self.tr("Sending"))
        tabs.addTab(scrolling(self._program_page()), self.tr("Program"))
        self.tabs = tabs
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.buttons)
        self.fields = self._fields()
        self._fill(settings)
        fit_to_screen(self, self.sizeHint())  # Qt alone stops at 2/3 of the screen's height

    # --- pages ---------------------------------------------------------------------------

    def _account_page(self) -> QWidget:
        page = QWidget(self)
        self.preset = QComboBox(page)
        for key, label in (
                (GatewayPreset.SANDBOX, self.tr("Sandbox on this computer (nothing is sent)")),
                (GatewayPreset.PRODUCTION, self.tr("Masiv (api.masivapp.com)")),
                (GatewayPreset.FIXED_IP, self.tr("Masiv fixed IP (api.masiv.co)")),
                (GatewayPreset.TEST, self.tr("Estratec test server")),
                (GatewayPreset.CUSTOM, self.tr("Another address…"))):
            self.preset.addItem(label, key.value)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.account_type = QComboBox(page)
        self.account_type.addItem(self.tr("HTTP API"), AccountType.HTTP.value)
        self.account_type.addItem(self.tr("SMPP 3.4 (for high volumes)"),
                                  AccountType.SMPP.value)
        self.account_type.currentIndexChanged.connect(self._preset_changed)
        self.smpp = SmppFields(page)
        self.url = QLineEdit(page)
        self.url.setPlaceholderText("https://")
        self.username = QLineEdit(page)
        self.username.editingFinished.connect(self._look_up_password)
        self.password = PasswordField(page)
        self.check_row = CheckRow(page)
        self.check_row.checked.connect(self.checked)
        self.check_button, self.check_result = self.check_row.button, self.check_row.result
        self.check_button.clicked.connect(self.check_connection)
        form = QFormLayout(page)
        form.addRow(self.tr("Gateway:"), self.preset)
        form.addRow(self.tr("Connection:"), self.account_type)
        form.addRow(self.tr("Address:"), self.url)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        note = QLabel(self.tr("The password is saved in the system keyring, never in a file."),
                      page)
        note.setWordWrap(True)
        style.set_hint(note)
        form.addRow("", note)
        form.addRow("", self.check_row)
        form.addRow(self.smpp)
        return page

    def _sending_page(self) -> QWidget:
        page = QWidget(self)
        self.originator = QLineEdit(page)
        self.originator.setMaxLength(16)
        self.region = QLineEdit(page)
        self.region.setMaxLength(2)
        self.region.setMaximumWidth(60)
        self.part_rule = QComboBox(page)
        for rule, label in ((PartRule.MASIV_HTTP, self.tr("Masiv HTTP (blocks of 160)")),
                            (PartRule.GSM, self.tr("GSM 03.38 (160/153, 70/67)")),
                            (PartRule.SMPP_LATIN1, self.tr("SMPP Latin-1 (140/134)"))):
            self.part_rule.addItem(label, rule.value)
        self.long_messages = QCheckBox(self.tr("Allow messages longer than one part"), page)
        self.timezone = QComboBox(page)
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(available_timezones()))
        self.connections = QSpinBox(page)
        self.connections.setRange(1, MAX_CONNECTIONS)
        self.rate = QDoubleSpinBox(page)
        self.rate.setRange(0, 10_000)
        self.rate.setDecimals(1)
        self.rate.setSpecialValueText(self.tr("No limit"))
        self.rate.setSuffix(self.tr(" per second"))
        self.rate_counts_parts = QCheckBox(self.tr("The rate counts parts, not messages"), page)
        self.polling = QDoubleSpinBox(page)
        self.polling.setRange(1, MAX_POLLING_WINDOW_HOURS)
        self.polling.setDecimals(0)
        self.polling.setSuffix(self.tr(" h", "hours, after a number"))
        self.test_number = QLineEdit(page)
        self.test_number.setPlaceholderText("573001234567")
        form = QFormLayout(page)
        form.addRow(self.tr("Sender name:"), self.originator)
        form.addRow(self.tr("Default country:"), self.region)
        form.addRow(self.tr("Part rule:"), self.part_rule)
        form.addRow("", self.long_messages)
        form.addRow(self.tr("Gateway time zone:"), self.timezone)
        form.addRow(self.tr("Connections:"), self.connections)
        form.addRow(self.tr("Sending rate:"), self.rate)
        form.addRow("", self.rate_counts_parts)
        form.addRow(self.tr("Follow statuses for:"), self.polling)
        form.addRow(self.tr("My number for tests:"), self.test_number)
        self.opt_out = OptOutFields(page)
        form.addRow(self.opt_out)
        return page

    def _program_page(self) -> QWidget:
        page = QWidget(self)
        self.language = QComboBox(page)
        self.language.addItem(self.tr("The system's language"), Language.SYSTEM.value)
        self.language.addItem("Español", Language.SPANISH.value)
        self.language.addItem("English", Language.ENGLISH.value)
        note = QLabel(self.tr("A new language applies the next time the program starts."), page)
        note.setWordWrap(True)
        style.set_hint(note)
        self.personal_data_days = QSpinBox(page)
        self.personal_data_days.setRange(0, 3650)
        self.personal_data_days.setSpecialValueText(self.tr("Never"))
        self.personal_data_days.setSuffix(self.tr(" days after it ends"))
        self.personal_data_days.setAccessibleName(self.tr("Remove a campaign's personal data"))
        privacy = QLabel(self.tr(
            "The numbers, names and texts of a campaign's recipients are removed; its counts "
            "and results stay for history (Ley 1581 de 2012)."), page)
        privacy.setWordWrap(True)
        style.set_hint(privacy)
        form = QFormLayout(page)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", note)
        form.addRow(self.tr("Remove personal data:"), self.personal_data_days)
        form.addRow("", privacy)
        self.team_store = TeamStoreFields(page)
        form.addRow(self.team_store)
        return page

    # --- values --------------------------------------------------------------------------

    def _fields(self) -> FieldTable:
        """Which widget shows which setting, and how (`gui/settings/fields.py`)."""
        return FieldTable([
            combo_data("gateway_preset", self.preset),
            line_edit("gateway_url", self.url, clean=lambda text: text.strip().rstrip("/")),
            line_edit("username", self.username),
            combo_data("account_type", self.account_type),
            *self.smpp.fields(),
            *self.opt_out.fields(),
            *self.team_store.fields(),
            line_edit("originator", self.originator),
            line_edit("region", self.region, clean=lambda text: text.strip().upper()),
            combo_data("part_rule", self.part_rule),
            check_box("long_messages", self.long_messages),
            combo_text("gateway_timezone", self.timezone),
            spin_box("connections", self.connections),
            number_box("rate_per_second", self.rate, zero_is_none=True),
            check_box("rate_counts_parts", self.rate_counts_parts),
            number_box("polling_window_hours", self.polling),
            combo_data("language", self.language),
            spin_box("personal_data_days", self.personal_data_days),
            line_edit("test_number", self.test_number,
                      clean=lambda text: "".join(c for c in text if c.isdigit())),
        ])

    def _fill(self, s: Settings) -> None:
        self.fields.show(s)
        self._preset_changed()

    def _preset_changed(self) -> None:
        preset = combo_value(self.preset)
        custom, sandbox = preset == GatewayPreset.CUSTOM, preset == GatewayPreset.SANDBOX
        smpp = combo_value(self.account_type) == AccountType.SMPP
        self.url.setEnabled(custom and not smpp)
        self.smpp.setVisible(smpp)
        self.opt_out.set_account(smpp=smpp)
        self.smpp.setEnabled(smpp and not sandbox)
        for field in (self.username, self.password):
            field.setEnabled(not sandbox)
        self._look_up_password()

    def _look_up_password(self) -> None:
        """The password's placeholder says whether the keyring holds one for this user."""
        sandbox = combo_value(self.preset) == GatewayPreset.SANDBOX
        self.password.look_up(self.username.text(), needed=not sandbox)

    def settings(self) -> Settings:
        """The settings as the form shows them; raises `SettingsError` naming the setting."""
        return self.original.with_changes(**self.fields.values())

    def _validated(self) -> Settings | None:
        try:
            return self.settings()
        except SettingsError as exc:
            self._show_problem(exc)
            return None

    def _show_problem(self, exc: SettingsError) -> None:
        widget = self.fields.widget(exc.setting)
        if widget is not None:
            self._show_place(widget)
        QMessageBox.warning(self, self.tr("Check the settings"), setting_problem_text(
            exc, self.fields.label(exc.setting), self.fields.values().get(exc.setting)))

    def _show_place(self, widget: QWidget) -> None:
        """Bring `widget`'s tab forward, scroll it into sight and give it the focus."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
                if isinstance(page, QScrollArea):
                    page.ensureWidgetVisible(widget)
        widget.setFocus()

    # --- actions -------------------------------------------------------------------------

    def check_connection(self) -> None:
        """Ask the gateway whether the account works, off the GUI thread; bills nothing."""
        settings = self._validated()
        if settings is None:
            return
        password = self.password.text() or None
        data_dir = self.paths.data

        def work(_ctx: OpContext) -> ConnectionCheck:
            return test_connection(settings, password, data_dir=data_dir)

        self.check_row.run(work)

    def save(self) -> None:
        """Validate, store the passwords (if typed) in the keyring, then write the settings."""
        settings = self._validated()
        if settings is None:
            return
        password = "" if settings.uses_sandbox else self.password.text()
        if password and not settings.username:
            self.username.setFocus()
            QMessageBox.warning(self, self.tr("Check the settings"), self.tr(
                "Type the user name this password belongs to."))
            return
        store_url, store_secret = settings.store_url, self.team_store.password.text()
        if store_secret and not store_url:
            self._show_place(self.team_store.url)
            QMessageBox.warning(self, self.tr("Check the settings"), self.tr(
                "Type the team store's server address this password belongs to."))
            return
        if not password and not store_secret:
            self._write(settings)
            return
        self.buttons.setEnabled(False)
        username = settings.username

        def work(_ctx: OpContext) -> None:
            if password:
                store_password(username, password)
            if store_secret:
                try:
                    save_store_password(store_url, store_secret)
                except keyring.errors.KeyringError as exc:
                    raise StorePasswordNotSaved(str(exc)) from exc

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            if isinstance(error, StorePasswordNotSaved):
                self._warn(self.tr("Password not saved"), self.tr(
                    "The system keyring did not take the team store's password. The other "
                    "settings are saved; PostgreSQL can also read the password from "
                    "PGPASSWORD or a .pgpass file."), str(error))
                self._write(settings)
            elif isinstance(error, KeyringUnavailable):
                self._warn(self.tr("Password not saved"), account_problem_text(error) + " "
                           + self.tr("The other settings are saved."), error.detail)
                self._write(settings)
            else:
                self._warn(self.tr("Password not saved"), self.tr(
                    "The system keyring did not take the password, so nothing was saved. "
                    "Press OK to try again."), f"{type(error).__name__}: {error}")

        run_op(work, on_success=lambda _none: self._write(settings), on_failure=failed,
               parent=self, expected=(CredentialsError, StorePasswordNotSaved))

    def _warn(self, title: str, text: str, details: str = "") -> None:
        """A warning in the user's words; the technical text only behind "Show Details"."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self)
        if details:
            box.setDetailedText(redact(details))
        box.exec()

    def _write(self, settings: Settings) -> None:
        self.buttons.setEnabled(True)
        try:
            save_settings(self.paths, settings, team_rules=False)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Settings not saved"), tr_fmt(self.tr(
                "Could not write %1: %2"), str(self.paths.settings_file), exc.strerror or str(exc)))
            return
        self.password.clear()
        self.team_store.password.clear()
        self._save_team_rules(settings)
        self.saved.emit(settings)
        self.accept()
        if settings.store_url != self.original.store_url:
            self._tell_restart()

    def _save_team_rules(self, settings: Settings) -> None:
        """On a team store the rules the user changed go to the server, off the GUI thread."""
        if not db.team_store():
            return
        paths, before, owner = self.paths, self.original, self.parentWidget() or self
        title = self.tr("Team rules not saved")
        text = self.tr("The contact window and opt-out settings could not be saved in the "
                       "team store, so the other desktops keep theirs. Check the connection "
                       "and save them again.")

        def failed(error: BaseException) -> None:
            box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                              QMessageBox.StandardButton.Ok, owner)
            box.setDetailedText(redact(str(error)))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        run_op(lambda _ctx: save_team_rules(paths, settings, before),
               on_success=lambda _names: None, on_failure=failed, parent=owner,
               expected=(OSError,))

    def _tell_restart(self) -> None:
        """The store is chosen at start: say that the new team store waits for a restart."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Team store changed"), self.tr(
            "The program will use the new team store the next time it starts. Close Masiv "
            "Desktop and open it again when no campaign is sending."),
            QMessageBox.StandardButton.Ok, self.parentWidget() or self)
        box.setObjectName("teamStoreRestartBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


class StorePasswordNotSaved(Exception):
    """The keyring refused the team store's password (the other settings are still saved)."""
