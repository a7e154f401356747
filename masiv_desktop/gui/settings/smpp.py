"""The SMPP part of the settings dialog's account page (docs/smpp.md): the server, the
system id and type, the window, TLS and message_payload. Shown for an SMPP account only;
the values are checked by `core.settings.Settings` like every other setting."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLineEdit, QSpinBox, QWidget

from masiv_desktop.core.settings.smpp import MAX_SMPP_WINDOW, MAX_SYSTEM_ID, MAX_SYSTEM_TYPE
from masiv_desktop.gui.settings.fields import Field, check_box, line_edit, spin_box


class SmppFields(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("SMPP connection"))
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("host name or IP address"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.system_id = QLineEdit(self)
        self.system_id.setMaxLength(MAX_SYSTEM_ID)
        self.system_id.setPlaceholderText(self.tr("the user name"))
        self.system_type = QLineEdit(self)
        self.system_type.setMaxLength(MAX_SYSTEM_TYPE)
        self.window_size = QSpinBox(self)
        self.window_size.setRange(1, MAX_SMPP_WINDOW)
        self.tls = QCheckBox(self.tr("Encrypt the connection (TLS)"), self)
        self.payload = QCheckBox(self.tr("Send long messages in one piece (message_payload)"),
                                 self)
        form = QFormLayout(self)
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("System id:"), self.system_id)
        form.addRow(self.tr("System type:"), self.system_type)
        form.addRow(self.tr("Window:"), self.window_size)
        form.addRow("", self.tls)
        form.addRow("", self.payload)

    def fields(self) -> list[Field]:
        """The SMPP settings' fields, for the dialog's `FieldTable`."""
        return [line_edit("smpp_host", self.host), spin_box("smpp_port", self.port),
                line_edit("smpp_system_id", self.system_id),
                line_edit("smpp_system_type", self.system_type),
                spin_box("smpp_window", self.window_size), check_box("smpp_tls", self.tls),
                check_box("smpp_use_message_payload", self.payload)]
