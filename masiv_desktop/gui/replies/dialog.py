"""The Replies window: the replies people sent, filtered by a search box, exported to Excel.

Opened from the main window (Campaign › Replies…). Reading, importing and exporting run off
the GUI thread (`run_store_op`). An SMPP account's replies arrive while a campaign runs; an
HTTP account's are imported here from the Masiv platform's export ("Import a replies
file…"), which also puts the numbers that asked to stop on the suppression list. `changed`
tells the opener that the suppression list may have changed.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from masiv_desktop.core import replies
from masiv_desktop.core.lists.types import ImportCancelled, ListFileError
from masiv_desktop.core.replies import ReplyImport
from masiv_desktop.core.reports.export import temp_folder
from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.store import replies as stored
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.store.replies import StoredReply
from masiv_desktop.core.usertypes import Severity
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.list_errors import list_error_text
from masiv_desktop.gui.new_campaign.busy import BusyBar
from masiv_desktop.gui.notice import Notice
from masiv_desktop.gui.ops import OpContext, OpHandle, run_store_op
from masiv_desktop.gui.replies.model import TEXT, RepliesModel
from masiv_desktop.gui.throttle import Throttle
from masiv_desktop.gui.ui_state import fit_to_screen

log = logging.getLogger(__name__)

SHOWN = 2000
"""Replies shown at once; the search finds the others."""
FILTER_DELAY_MS = 250


@dataclass(frozen=True)
class Listing:
    """What the window shows: the newest `SHOWN` matching replies and the counts."""

    search: str
    replies: tuple[StoredReply, ...]
    matching: int
    total: int


def read_listing(store: Store, search: str) -> Listing:
    """The replies matching `search` (worker thread)."""
    return Listing(search, tuple(replies.list_replies(store.conn, search=search, limit=SHOWN)),
                   stored.count(store.conn, search=search), stored.count(store.conn))


class RepliesDialog(QDialog):
    changed = Signal()
    """A replies file was imported: the suppression list may have changed."""
    exported = Signal(object)
    """An Excel file was written (its `Path`)."""

    def __init__(self, paths: AppPaths, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths, self.settings = paths, settings
        self.setWindowTitle(self.tr("Replies"))
        intro = QLabel(self._intro_text(), self)
        intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a number, a word or a campaign…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find replies"))
        self._filter = Throttle(self.reload, FILTER_DELAY_MS, self)
        self.search.textChanged.connect(lambda _text: self._filter())
        self.count_label = QLabel(self)
        self.model = RepliesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Replies"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.busy = BusyBar(self)
        self.busy.cancelRequested.connect(self._cancel_import)
        self.notice = Notice(Severity.INFO, self)
        self.import_button = QPushButton(self.tr("Import a replies file…"), self)
        self.import_button.clicked.connect(self.choose_import)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.export_button.clicked.connect(self.choose_export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self._layout(intro, buttons)
        self._import: OpHandle[ReplyImport] | None = None
        self.listing: Listing | None = None
        fit_to_screen(self, QSize(760, 520))
        self.reload()

    def _intro_text(self) -> str:
        if self.settings.receives_replies:
            return self.tr(
                "Replies to your campaigns arrive while a campaign is sending or following its "
                "statuses. A reply with a stop word (SALIR, BAJA…) puts its number on the "
                "suppression list at once.")
        return self.tr(
            "With an HTTP account replies do not reach this program: export them from the Masiv "
            "platform and import the file here. Replies with a stop word (SALIR, BAJA…) put "
            "their number on the suppression list.")

    def _layout(self, intro: QLabel, buttons: QDialogButtonBox) -> None:
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.notice)
        layout.addLayout(bottom)

    # --- the list -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the replies matching the search box (off the GUI thread)."""
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
        self.model.set_replies(listing.replies)
        locale = QLocale()
        if listing.search.strip():
            text = tr_fmt(self.tr("%1 of %2 replies match"), locale.toString(listing.matching),
                          locale.toString(listing.total))
        else:
            text = self.tr("%Ln reply(ies)", "", listing.total)
        if listing.matching > len(listing.replies):
            text += " · " + tr_fmt(self.tr("the newest %1 are shown"),
                                   locale.toString(len(listing.replies)))
        self.count_label.setText(text)
        self.export_button.setEnabled(listing.matching > 0)

    # --- exporting ----------------------------------------------------------------------

    def choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the replies"), self.tr("replies.xlsx"),
            self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def export_to(self, target: Path) -> None:
        """Write the replies the search finds to `target` (off the GUI thread)."""
        search = self.search.text()
        language = "es" if QLocale().language() == QLocale.Language.Spanish else "en"
        temp = temp_folder(self.paths.database)
        self.export_button.setEnabled(False)

        def work(store: Store, _ctx: OpContext) -> int:
            return replies.export_replies(store.conn, target, language=language, search=search,
                                          temp_dir=temp)

        def done(written: int) -> None:
            self.export_button.setEnabled(True)
            self.notice.show_text(tr_fmt(self.tr("%Ln reply(ies) written to %1.", "", written),
                                         target.name), Severity.SUCCESS)
            self.exported.emit(target)

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            self._failed(error)

        run_store_op(work, database=self.paths.database, on_success=done, on_failure=failed,
                     parent=self, expected=(OSError,))

    # --- importing ----------------------------------------------------------------------

    def choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import the replies exported from the Masiv platform"), "",
            self.tr("Lists (*.csv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Keep every reply of `path`, suppress the stop ones (off the GUI thread)."""
        stop_words, region = self.settings.stop_words, self.settings.region
        self.import_button.setEnabled(False)
        self.notice.show_text("")
        self.busy.start(tr_fmt(self.tr("Importing %1…"), path.name))

        def work(store: Store, ctx: OpContext) -> ReplyImport:
            return replies.import_replies(store.conn, path, stop_words, now=time.time(),
                                          region=region, progress=ctx.progress,
                                          cancel=lambda: ctx.cancelled)

        self._import = run_store_op(
            work, database=self.paths.database, on_success=lambda r: self._imported(path, r),
            on_failure=self._import_failed, parent=self,
            expected=(ListFileError, ImportCancelled, OSError))

    def _imported(self, path: Path, result: ReplyImport) -> None:
        self._import_over()
        parts = [self.tr("%Ln reply(ies) kept", "", result.kept),
                 self.tr("%Ln asked to stop", "", result.opt_outs),
                 self.tr("%Ln number(s) added to the suppression list", "",
                         result.suppressed)]
        if result.already:
            parts.append(self.tr("%Ln already imported", "", result.already))
        if result.refused:
            parts.append(self.tr("%Ln row(s) without a phone number", "",
                                 len(result.refused)))
        self.notice.show_text(f"{path.name}: {', '.join(parts)}.", Severity.SUCCESS)
        self.changed.emit()
        self.reload()

    def _import_failed(self, error: BaseException) -> None:
        self._import_over()
        if isinstance(error, ImportCancelled):
            self.notice.show_text(self.tr("The import was cancelled; nothing was kept."),
                                  Severity.WARNING)
        elif isinstance(error, ListFileError):
            self.notice.show_text(self.tr("This file cannot be imported:") + "\n"
                                  + list_error_text(error), Severity.ERROR)
        else:
            self._failed(error)

    def _cancel_import(self) -> None:
        if self._import is not None:
            self._import.cancel()

    def _import_over(self) -> None:
        self._import = None
        self.busy.stop()
        self.import_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        detail = f"{getattr(error, 'filename', '') or ''} {getattr(error, 'strerror', '') or ''}"
        self.notice.show_text(tr_fmt(self.tr("The replies could not be read or written (%1). "
                                             "Details are in the log."),
                                     detail.strip() or type(error).__name__), Severity.ERROR)

    def reject(self) -> None:
        """Closing while a file is imported cancels the import (nothing is kept)."""
        self._cancel_import()
        super().reject()
