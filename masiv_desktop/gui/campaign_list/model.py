"""The campaigns list on the left of the main window: name, state, progress, date.

Filled from plain rows (`CampaignRow`) read from the store off the GUI thread; a campaign's
progress is refreshed in place from the engine bridge's `Progress` events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QDateTime, QLocale, QModelIndex, QObject, Qt
from PySide6.QtCore import QPersistentModelIndex as _Persistent

from masiv_desktop.core.usertypes import CampaignState
from masiv_desktop.gui.labels import campaign_state_label

CampaignIdRole = Qt.ItemDataRole.UserRole + 1
ProgressRole = Qt.ItemDataRole.UserRole + 2
"""The progress as a fraction 0..1 (for the progress-bar delegate)."""

_Index = QModelIndex | _Persistent


class CampaignColumn(IntEnum):
    NAME = 0
    STATE = 1
    PROGRESS = 2
    CREATED = 3


@dataclass(frozen=True)
class CampaignRow:
    campaign_id: int
    name: str
    state: CampaignState
    settled: int
    """Recipients already sent (accepted, rejected or uncertain): a cancelled campaign is not
    shown as complete."""
    total: int
    created: datetime
    """When the campaign was created; timezone-aware (the store keeps UTC)."""
    send_at: datetime | None = None
    """When the gateway delivers (aware UTC): a SCHEDULED campaign's state shows it."""

    @property
    def progress(self) -> float:
        return self.settled / self.total if self.total else 0.0


class CampaignsModel(QAbstractTableModel):
    """A few hundred campaigns at most: plain rows, reset on reload. GUI thread only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CampaignRow] = []

    def set_campaigns(self, rows: Sequence[CampaignRow]) -> None:
        """Replace the list (newest first is the caller's choice of order)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def refresh(self, rows: Sequence[CampaignRow]) -> None:
        """Like `set_campaigns`, but in place (keeping the selection) when the list holds the
        same campaigns in the same order."""
        if [r.campaign_id for r in rows] != [r.campaign_id for r in self._rows]:
            self.set_campaigns(rows)
            return
        self._rows = list(rows)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(CampaignColumn) - 1))

    def update_progress(self, campaign_id: int, settled: int, total: int,
                        state: CampaignState | None = None) -> None:
        """Refresh one campaign's progress (and state) in place."""
        for row, campaign in enumerate(self._rows):
            if campaign.campaign_id == campaign_id:
                self._rows[row] = replace(campaign, settled=settled, total=total,
                                          state=state or campaign.state)
                self.dataChanged.emit(self.index(row, CampaignColumn.STATE),
                                      self.index(row, CampaignColumn.PROGRESS))
                return

    def campaign(self, row: int) -> CampaignRow:
        return self._rows[row]

    def row_of(self, campaign_id: int) -> int | None:
        for row, campaign in enumerate(self._rows):
            if campaign.campaign_id == campaign_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CampaignColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        campaign, column = self._rows[index.row()], CampaignColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(campaign, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is CampaignColumn.PROGRESS:
            return self.tr("%1 of %Ln recipient(s)", "", campaign.total).replace(
                "%1", QLocale().toString(campaign.settled))
        if role == Qt.ItemDataRole.ToolTipRole and column is CampaignColumn.CREATED:
            moment = QDateTime.fromSecsSinceEpoch(int(campaign.created.timestamp()))
            return QLocale().toString(moment, QLocale.FormatType.LongFormat)
        if role == ProgressRole:
            return campaign.progress
        if role == CampaignIdRole:
            return campaign.campaign_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column is CampaignColumn.PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, campaign: CampaignRow, column: CampaignColumn) -> str:
        if column is CampaignColumn.NAME:
            return campaign.name
        if column is CampaignColumn.STATE:
            label = campaign_state_label(campaign.state)
            if campaign.state is CampaignState.SCHEDULED and campaign.send_at is not None:
                moment = QDateTime.fromSecsSinceEpoch(int(campaign.send_at.timestamp()))
                return f"{label} · {QLocale().toString(moment, QLocale.FormatType.ShortFormat)}"
            return label
        if column is CampaignColumn.PROGRESS:
            return f"{campaign.progress * 100:.0f} %"
        moment = QDateTime.fromSecsSinceEpoch(int(campaign.created.timestamp()))
        return QLocale().toString(moment.date(), QLocale.FormatType.ShortFormat)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {CampaignColumn.NAME: self.tr("Campaign"), CampaignColumn.STATE: self.tr("State"),
                  CampaignColumn.PROGRESS: self.tr("Progress"),
                  CampaignColumn.CREATED: self.tr("Created")}
        return titles.get(CampaignColumn(section)) if 0 <= section < len(CampaignColumn) else None
