"""Step 6: when to send, in the schedule panel (now, a date and time, or each row's own time
from a column of the list; an edited draft's time comes back as it was saved). A time
refused because of numbers abroad names them, and the user may leave them out of this
campaign (`FlowState.skip_outside_window`)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizardPage

from masiv_desktop.gui.new_campaign.state import FlowState
from masiv_desktop.gui.schedule.panel import SchedulePanel


class SchedulePage(QWizardPage):
    def __init__(self, state: FlowState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("When should it be sent?"))
        self.setSubTitle(self.tr("Commercial messages may reach people only in the hours "
                                 "the law allows (Ley 2300)."))
        self.panel = SchedulePanel(state.settings, self, offer_leave_out=True,
                                   offer_column=True)
        self.panel.changed.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)

    def initializePage(self) -> None:
        """The panel shows the time already chosen (an edited draft's): read it first, as
        every change of the panel writes its own time back to the state."""
        when, rule = self.state.send_at, self.state.send_column
        self.panel.set_settings(self.state.settings)
        self.panel.set_columns(self.state.headers())
        self.panel.skip_outside_window = self.state.skip_outside_window
        self.panel.set_groups(self.state.groups)
        self.panel.set_purpose(self.state.purpose, self.state.window_override)
        self.panel.set_send_at(when)
        self.panel.set_send_column(rule)

    def _changed(self) -> None:
        self.state.send_at = self.panel.send_at()
        self.state.send_column = self.panel.send_column()
        self.state.skip_outside_window = self.panel.skip_outside_window
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.panel.is_valid()
