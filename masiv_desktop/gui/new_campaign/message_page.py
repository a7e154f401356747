"""Step 5: the message, in the message editor, with the list's columns as merge fields and
the recipients kept by the validation for the preview and the totals."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget, QWizardPage

from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.usertypes import Purpose
from masiv_desktop.gui.message.editor import MessageEditor
from masiv_desktop.gui.new_campaign.state import FlowState


class MessagePage(QWizardPage):
    settingsChanged = Signal(object)

    def __init__(self, state: FlowState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Write the message"))
        self.setSubTitle(self.tr("Figures update as you type. Highlighted characters make the "
                                 "message Unicode; merge fields take each recipient's cell."))
        self.editor = MessageEditor(state.settings, state.paths, self)
        self.editor.changed.connect(self._changed)
        self.editor.settingsChanged.connect(self._settings_saved)
        self.footer = QCheckBox(self)
        self.footer.toggled.connect(self._footer_toggled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.footer)
        if state.message:
            self.editor.set_message(state.message)

    def initializePage(self) -> None:
        checked = self.state.checked
        if checked is not None:
            self.editor.set_list(checked.headers, self.state.kept())
        commercial = self.state.purpose is Purpose.COMMERCIAL
        self.footer.setVisible(commercial)
        self.footer.blockSignals(True)
        self.footer.setChecked(self.state.footer_on())
        self.footer.blockSignals(False)
        self.footer.setText(self.tr("Add the opt-out line to every message: “%1”").replace(
            "%1", self.state.settings.opt_out_footer))
        self.editor.set_footer(self.state.footer_text())

    def _footer_toggled(self, on: bool) -> None:
        self.state.footer = on
        self.editor.set_footer(self.state.footer_text())

    def _changed(self) -> None:
        self.state.message = self.editor.message()
        self.completeChanged.emit()

    def _settings_saved(self, settings: Settings) -> None:
        self.state.settings = settings
        self.settingsChanged.emit(settings)

    def isComplete(self) -> bool:
        return self.editor.is_valid()
