"""The suppression-list window: import a file, look numbers up, take one off the list.

Opened from the main window (Campaign › Suppression list…) and from the wizard's RNE warning
(with the RNE chosen as the source). Reading, importing and removing run off the GUI thread
(`run_store_op`); an import shows its progress and can be cancelled (nothing is added then:
the core imports in one transaction). `changed` tells the opener the list changed, so a list
being checked can be checked again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from masiv_desktop.core.labels import label
from masiv_desktop.core.law import suppression
from masiv_desktop.core.law.suppression import AddResult, SuppressionEntry
from masiv_desktop.core.lists.types import ImportCancelled, ListFileError
from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import Severity, SuppressionSource
from masiv_desktop.gui.confirm import Question, confirm
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.list_errors import list_error_text
from masiv_desktop.gui.new_campaign.busy import BusyBar
from masiv_desktop.gui.notice import Notice
from masiv_desktop.gui.ops import OpContext, OpHandle, run_store_op
from masiv_desktop.gui.suppression.model import SuppressionModel
from masiv_desktop.gui.throttle import Throttle
from masiv_desktop.gui.ui_state import fit_to_screen

log = logging.getLogger(__name__)

SHOWN = 2000
"""Numbers shown at once; the filter finds the others."""
FILTER_DELAY_MS = 250
IMPORT_SOURCES = (SuppressionSource.RNE, SuppressionSource.OPT_OUT,
                  SuppressionSource.COMPLAINT)


@dataclass(frozen=True)
class Listing:
    """What the window shows: the first `SHOWN` matching numbers and the counts."""

    search: str
    entries: tuple[SuppressionEntry, ...]
    matching: int
    total: int


def read_listing(store: Store, search: str) -> Listing:
    """The numbers holding `search`'s digits (worker thread)."""
    return Listing(search, tuple(suppression.entries(store.conn, search=search, limit=SHOWN)),
                   suppression.count(store.conn, search=search),
                   suppression.count(store.conn))


class SuppressionDialog(QDialog):
    changed = Signal()
    """The list changed (an import or a removal)."""

    def __init__(self, paths: AppPaths, region: str, parent: QWidget | None = None, *,
                 source: SuppressionSource = SuppressionSource.OPT_OUT) -> None:
        super().__init__(parent)
        self.paths, self.region = paths, region
        self.setWindowTitle(self.tr("Suppression list"))
        intro = QLabel(self.tr(
            "Numbers on this list never receive a message from any campaign: people who "
            "opted out, the RNE (Registro de Números Excluidos, from the CRC) and complaints."),
            self)
        intro.setWordWrap(True)
        self.source = QComboBox(self)
        for item in IMPORT_SOURCES:
            self.source.addItem(label(item, QCoreApplication.translate), item)
        self.source.setCurrentIndex(max(0, IMPORT_SOURCES.index(source)
                                        if source in IMPORT_SOURCES else 0))
        self.import_button = QPushButton(self.tr("Import a file…"), self)
        self.import_button.clicked.connect(self.choose_file)
        self.busy = BusyBar(self)
        self.busy.cancelRequested.connect(self.cancel_import)
        self.notice = Notice(Severity.INFO, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a number…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find a number on the list"))
        self._filter = Throttle(self.reload, FILTER_DELAY_MS, self)
        self.search.textChanged.connect(lambda _text: self._filter())
        self.count_label = QLabel(self)
        self.model = SuppressionModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Numbers never to message"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        self.remove_button = QPushButton(self.tr("Remove from the list…"), self)
        self.remove_button.clicked.connect(self.ask_remove)
        self.remove_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self._layout(intro, buttons)
        self._import: OpHandle[AddResult] | None = None
        self.listing: Listing | None = None
        fit_to_screen(self, QSize(620, 560))
        self.reload()

    def _layout(self, intro: QLabel, buttons: QDialogButtonBox) -> None:
        import_row = QHBoxLayout()
        source_label = QLabel(self.tr("Source of the file:"), self)
        source_label.setBuddy(self.source)
        import_row.addWidget(source_label)
        import_row.addWidget(self.source)
        import_row.addWidget(self.import_button)
        import_row.addStretch(1)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(import_row)
        layout.addWidget(self.busy)
        layout.addWidget(self.notice)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    # --- the list -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the numbers matching the filter box (off the GUI thread)."""
        self._filter.cancel()
        search = self.search.text()

        def work(store: Store, _ctx: OpContext) -> Listing:
            return read_listing(store, search)

        run_store_op(work, database=self.paths.database, on_success=self._show,
                     on_failure=self._failed, parent=self)

    def _show(self, listing: Listing) -> None:
        if listing.search != self.search.text():
            return
        self.listing = listing
        self.model.set_entries(listing.entries)
        locale = QLocale()
        if listing.search and "".join(c for c in listing.search if c.isdigit()):
            text = tr_fmt(self.tr("%1 of %Ln number(s) match", "", listing.total),
                          listing.matching)
        else:
            text = self.tr("%Ln number(s) on the list", "", listing.total)
        if listing.matching > len(listing.entries):
            text += " · " + tr_fmt(self.tr("the first %1 are shown"),
                                   locale.toString(len(listing.entries)))
        self.count_label.setText(text)
        self._selection()

    def _selection(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows())
                                      and self._import is None)

    def selected(self) -> SuppressionEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    # --- removing -----------------------------------------------------------------------

    def ask_remove(self) -> None:
        """Ask, then take the selected number off the list."""
        entry = self.selected()
        if entry is None:
            return
        number = f"+{entry.digits}"
        question = Question(
            title=self.tr("Remove from the suppression list"),
            text=tr_fmt(self.tr("Remove %1 from the suppression list?"), number),
            details=self.tr("The next campaigns may send it messages again. Remove a number "
                            "only when the person asked for it; numbers on the RNE may not "
                            "receive commercial messages."),
            yes=self.tr("Remove"), no=self.tr("Keep it"), destructive=True)
        confirm(self, question, lambda: self.remove(entry.digits))

    def remove(self, digits: str) -> None:
        def work(store: Store, _ctx: OpContext) -> bool:
            return suppression.remove_number(store.conn, digits, self.region)

        def done(removed: bool) -> None:
            log.info("number removed from the suppression list: %s", removed)
            self.notice.show_text(tr_fmt(self.tr("%1 was removed from the list."),
                                         f"+{digits}"), Severity.SUCCESS)
            self.changed.emit()
            self.reload()

        run_store_op(work, database=self.paths.database, on_success=done,
                     on_failure=self._failed, parent=self)

    # --- importing ----------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import numbers to the suppression list"), "",
            self.tr("Lists (*.csv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Add every number of `path` with the chosen source (off the GUI thread)."""
        source = self.chosen_source()
        region = self.region
        self.import_button.setEnabled(False)
        self.notice.show_text("")
        self.busy.start(tr_fmt(self.tr("Importing %1…"), path.name))

        def work(store: Store, ctx: OpContext) -> AddResult:
            return suppression.import_file(store.conn, path, source, region=region,
                                           progress=ctx.progress,
                                           cancel=lambda: ctx.cancelled)

        def progress(rows: object) -> None:
            if isinstance(rows, int):
                self.busy.set_text(tr_fmt(self.tr("Importing %1: %Ln row(s) read…", "", rows),
                                          path.name))

        self._import = run_store_op(
            work, database=self.paths.database, on_success=lambda r: self._imported(path, r),
            on_failure=self._import_failed, on_progress=progress, parent=self,
            expected=(ListFileError, ImportCancelled, OSError))
        self._selection()

    def chosen_source(self) -> SuppressionSource:
        """Where the file to import comes from (kept with each number it adds)."""
        return SuppressionSource(self.source.currentData())

    def cancel_import(self) -> None:
        if self._import is not None:
            self._import.cancel()

    def _imported(self, path: Path, result: AddResult) -> None:
        self._import_over()
        parts = [self.tr("%Ln number(s) added", "", result.added),
                 self.tr("%Ln already on the list", "", result.skipped)]
        if result.refused:
            parts.append(self.tr("%Ln row(s) without a phone number", "", len(result.refused)))
        self.notice.show_text(f"{path.name}: {', '.join(parts)}.", Severity.SUCCESS)
        self.changed.emit()
        self.reload()

    def _import_failed(self, error: BaseException) -> None:
        self._import_over()
        if isinstance(error, ImportCancelled):
            self.notice.show_text(self.tr("The import was cancelled; nothing was added."),
                                  Severity.WARNING)
        elif isinstance(error, ListFileError):
            self.notice.show_text(self.tr("This file cannot be imported:") + "\n"
                                  + list_error_text(error), Severity.ERROR)
        else:
            self._failed(error)

    def _import_over(self) -> None:
        self._import = None
        self.busy.stop()
        self.import_button.setEnabled(True)
        self._selection()

    def _failed(self, error: BaseException) -> None:
        detail = f"{getattr(error, 'filename', '') or ''} {getattr(error, 'strerror', '') or ''}"
        self.notice.show_text(tr_fmt(self.tr("The suppression list could not be read or "
                                             "changed (%1). Details are in the log."),
                                     detail.strip() or type(error).__name__), Severity.ERROR)

    def reject(self) -> None:
        """Closing while a file is imported cancels the import (nothing is added)."""
        self.cancel_import()
        super().reject()
