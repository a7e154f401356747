"""The live grid with its filter by state, its search box and how many rows are shown.

The filter and the search are the model's own (`RecipientsModel.set_filter`), computed off
the GUI thread for big campaigns; the search waits for a pause in the typing.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from masiv_desktop.core.usertypes import RecipientState
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.recipients.model import RecipientsModel
from masiv_desktop.gui.recipients.view import RecipientsView
from masiv_desktop.gui.throttle import Throttle

FILTERS: tuple[frozenset[RecipientState] | None, ...] = (
    None,
    frozenset({RecipientState.PENDING, RecipientState.CLAIMED}),
    frozenset({RecipientState.ACCEPTED}),
    frozenset({RecipientState.REJECTED}),
    frozenset({RecipientState.UNCERTAIN}),
    frozenset({RecipientState.CANCELLED}),
)
SEARCH_DELAY_MS = 250


class RecipientsPanel(QWidget):
    def __init__(self, model: RecipientsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter = QComboBox(self)
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for _ in FILTERS:
            self.filter.addItem("")
        self.filter.currentIndexChanged.connect(self._apply)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_later)
        self.shown = QLabel(self)
        self.view = RecipientsView(self)
        self.view.setModel(model)
        self._search_throttle = Throttle(self._apply, SEARCH_DELAY_MS, self)
        top = QHBoxLayout()
        self.filter_label = QLabel(self)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        top.addSpacing(12)
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        top.addWidget(self.shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        model.countsChanged.connect(self._show_counts)
        model.viewChanged.connect(self._show_counts)
        model.modelReset.connect(self._show_counts)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("Show:"))
        self.search.setPlaceholderText(self.tr("Search a number or a name"))
        self._show_counts()

    def set_state_filter(self, index: int) -> None:
        """Choose one of `FILTERS` (0 = all recipients)."""
        self.filter.setCurrentIndex(index)

    def _search_later(self) -> None:
        self._search_throttle()

    def _apply(self) -> None:
        self._search_throttle.cancel()
        self.model.set_filter(FILTERS[self.filter.currentIndex()], self.search.text().strip())

    def _show_counts(self) -> None:
        counts = self.model.counts()
        total = sum(counts.values())
        names = (self.tr("All recipients"), self.tr("Waiting to be sent"), self.tr("Accepted"),
                 self.tr("Rejected"), self.tr("Uncertain"), self.tr("Cancelled"))
        locale = QLocale()
        for index, (states, name) in enumerate(zip(FILTERS, names, strict=True)):
            count = total if states is None else sum(counts[s] for s in states)
            self.filter.setItemText(index, f"{name} ({locale.toString(count)})")
        self.shown.setText(tr_fmt(self.tr("%1 of %2 shown"),
                                  locale.toString(self.model.rowCount()), locale.toString(total)))
