"""The main window shell: campaigns on the left, the selected campaign on the right.

It owns the menus, the sandbox banner, the status bar, drag and drop of a spreadsheet, and
remembering geometry and the last folder. What happens inside a campaign (the wizard, the
live grid, the report) is added by other modules through `set_campaign_page` and the signals.
"""

from __future__ import annotations

import itertools
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, QLocale, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from masiv_desktop import __version__
from masiv_desktop.core.settings.check import gateway_name
from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.gui.banner import SandboxBanner
from masiv_desktop.gui.campaign_list.model import CampaignIdRole, CampaignsModel
from masiv_desktop.gui.campaign_list.view import CampaignsView
from masiv_desktop.gui.confirm import Question, confirm
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.resources import app_icon
from masiv_desktop.gui.ui_state import UiState, fit_to_screen, restore_geometry
from masiv_desktop.resources_path import user_guide

log = logging.getLogger(__name__)

SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt"})


def spreadsheet_in(urls: list[QUrl]) -> Path | None:
    """The first local spreadsheet file among dropped URLs, or None."""
    for url in urls:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in SPREADSHEET_SUFFIXES and path.is_file():
                return path
    return None


def default_size(screen: QSize) -> QSize:
    """The first window: most of a laptop's 1366×768 screen (title bar and task bar beside),
    no bigger than 1280×800 on large screens."""
    return QSize(min(1280, int(screen.width() * 0.94)), min(800, int(screen.height() * 0.9)))


class MainWindow(QMainWindow):
    fileDropped = Signal(str)
    """A spreadsheet was dropped on the window (its path)."""
    spreadsheetChosen = Signal(str)
    """A spreadsheet was chosen to start a campaign: dropped or picked with File > Open."""
    newCampaignRequested = Signal()
    campaignSelected = Signal(object)
    """The selected campaign's id, or None when nothing is selected."""
    settingsChanged = Signal(object)
    """The user saved new `Settings` in the settings dialog."""
    closing = Signal()
    """The window is closing for good (after any question): stop what runs."""

    def __init__(self, paths: AppPaths, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths, self.settings = paths, settings
        self.ui_state = UiState(paths)
        self._is_sending: Callable[[], bool] = lambda: False
        self._pause: Callable[[], None] = lambda: None
        self._pause_agreed = False
        self._asking_pause = False
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.campaigns = CampaignsModel(self)
        self._build_central()
        self._build_actions()
        self._build_menus()
        self.gateway_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.gateway_label)
        self.retranslate()
        self.set_settings(settings)
        self._chain_focus()
        self._restore_state()

    # --- building ----------------------------------------------------------------------

    def _build_central(self) -> None:
        self.banner = SandboxBanner(self)
        self.banner.setUpAccountRequested.connect(self.open_settings)
        self.campaigns_title = QLabel(self)
        title_font = QFont(self.campaigns_title.font())
        title_font.setBold(True)
        self.campaigns_title.setFont(title_font)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.newCampaignRequested)
        self.campaigns_view = CampaignsView(self)
        self.campaigns_view.setModel(self.campaigns)
        self.campaigns_view.selectionModel().selectionChanged.connect(self._on_selection)
        left = QWidget(self)
        top = QHBoxLayout()
        top.addWidget(self.campaigns_title, 1)
        top.addWidget(self.new_button)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(10, 10, 4, 10)
        left_layout.addLayout(top)
        left_layout.addWidget(self.campaigns_view, 1)
        self.stack = QStackedWidget(self)
        self.placeholder = self._build_placeholder()
        self.stack.addWidget(self.placeholder)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 720])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _build_placeholder(self) -> QWidget:
        page = QWidget(self)
        icon = QLabel(page)
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder_title = QLabel(page)
        font = QFont(self.placeholder_title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.placeholder_title.setFont(font)
        self.placeholder_text = QLabel(page)
        self.placeholder_text.setWordWrap(True)
        self.placeholder_button = QPushButton(page)
        self.placeholder_button.setDefault(True)
        self.placeholder_button.clicked.connect(self.newCampaignRequested)
        for label in (self.placeholder_title, self.placeholder_text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(icon)
        layout.addSpacing(12)
        layout.addWidget(self.placeholder_title)
        layout.addWidget(self.placeholder_text)
        layout.addSpacing(16)
        layout.addWidget(self.placeholder_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        layout.setContentsMargins(48, 24, 48, 24)
        return page

    def _build_actions(self) -> None:
        def action(key: QKeySequence.StandardKey | str | None, slot: Callable[[], object],
                   role: QAction.MenuRole = QAction.MenuRole.NoRole) -> QAction:
            item = QAction(self)
            if isinstance(key, QKeySequence.StandardKey):
                item.setShortcuts(key)
            elif key:
                item.setShortcut(QKeySequence(key))
            item.setMenuRole(role)
            item.triggered.connect(slot)
            return item

        self.new_action = action(QKeySequence.StandardKey.New, self.newCampaignRequested.emit)
        self.open_action = action(QKeySequence.StandardKey.Open, self.choose_spreadsheet)
        self.quit_action = action(QKeySequence.StandardKey.Quit, self.close,
                                  QAction.MenuRole.QuitRole)
        self.settings_action = action(QKeySequence.StandardKey.Preferences, self.open_settings,
                                      QAction.MenuRole.PreferencesRole)
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.logs_action = action(None, self.open_log_folder)
        self.docs_action = action(QKeySequence.StandardKey.HelpContents, self.open_documentation)
        self.docs_action.setEnabled(self.user_guide().is_file())
        self.export_action = action("Ctrl+E", lambda: None)
        self.send_action = action(None, lambda: None)
        self.edit_action = action(None, lambda: None)
        self.pause_action = action(None, lambda: None)
        self.resume_action = action(None, lambda: None)
        self.cancel_action = action(None, lambda: None)
        self.resend_action = action(None, lambda: None)
        self.delete_action = action(None, lambda: None)
        self.show_campaign_action = action(None, self._show_selected)
        for item in (self.export_action, self.send_action, self.edit_action, self.pause_action,
                     self.resume_action, self.cancel_action, self.resend_action,
                     self.delete_action):
            item.setEnabled(False)
        self.campaigns_view.menu_actions = (
            self.show_campaign_action, self.export_action, None, self.send_action,
            self.edit_action, self.pause_action,
            self.resume_action, self.cancel_action, self.resend_action, None,
            self.delete_action)
        self.campaigns_view.deleteRequested.connect(self.delete_action.trigger)
        self.about_action = action(None, self.show_about, QAction.MenuRole.AboutRole)
        self.suppression_action = action(None, self.open_suppression_list)
        self.replies_action = action(None, self.open_replies)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new_action, self.open_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.campaign_menu = bar.addMenu("")
        self.campaign_menu.addActions([self.send_action, self.edit_action])
        self.campaign_menu.addSeparator()
        self.campaign_menu.addActions([self.pause_action, self.resume_action,
                                       self.cancel_action, self.resend_action])
        self.campaign_menu.addSeparator()
        self.campaign_menu.addAction(self.delete_action)
        self.campaign_menu.addAction(self.suppression_action)
        self.campaign_menu.addAction(self.replies_action)
        self.settings_menu = bar.addMenu("")
        self.settings_menu.addAction(self.settings_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.docs_action, self.logs_action, self.about_action])

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Masiv Desktop"))
        self.campaigns_title.setText(self.tr("Campaigns"))
        self.campaigns_view.setAccessibleName(self.tr("Campaigns"))
        self.campaigns_view.setAccessibleDescription(self.tr(
            "Each campaign with its state, its progress and when it was created"))
        self.new_button.setText(self.tr("New campaign…"))
        self.placeholder_title.setText(self.tr("No campaign selected"))
        self.placeholder_text.setText(self.tr(
            "Choose a campaign on the left, or start a new one: pick a spreadsheet "
            "(Excel, ODS or CSV) or drop it onto this window."))
        self.placeholder_button.setText(self.tr("New campaign…"))
        self.file_menu.setTitle(self.tr("&File"))
        windows = sys.platform == "win32"
        self.settings_menu.setTitle(self.tr("&Tools") if windows else self.tr("&Edit"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_action.setText(self.tr("&New campaign…"))
        self.open_action.setText(self.tr("&Open spreadsheet…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.logs_action.setText(self.tr("Show the &log folder"))
        self.docs_action.setText(self.tr("&Documentation"))
        self.export_action.setText(self.tr("&Export report…"))
        self.campaign_menu.setTitle(self.tr("&Campaign"))
        self.send_action.setText(self.tr("Se&nd…"))
        self.edit_action.setText(self.tr("&Edit…"))
        self.pause_action.setText(self.tr("&Pause"))
        self.resume_action.setText(self.tr("&Resume"))
        self.cancel_action.setText(self.tr("&Cancel campaign…"))
        self.resend_action.setText(self.tr("Resend &uncertain…"))
        self.delete_action.setText(self.tr("&Delete…"))
        self.show_campaign_action.setText(self.tr("&Open"))
        self.about_action.setText(self.tr("&About Masiv Desktop"))
        self.suppression_action.setText(self.tr("Suppression &list…"))
        self.replies_action.setText(self.tr("Replie&s…"))
        self.banner.retranslate()
        self._show_gateway()

    # --- what other modules call --------------------------------------------------------

    def set_settings(self, settings: Settings) -> None:
        """Show the banner and the status bar for these settings."""
        self.settings = settings
        self.banner.setVisible(settings.uses_sandbox)
        self._show_gateway()

    def set_sending_hooks(self, is_sending: Callable[[], bool],
                          pause: Callable[[], None]) -> None:
        """What closing the window asks (`is_sending`) and does when the user agrees (`pause`)."""
        self._is_sending, self._pause = is_sending, pause

    def set_campaign_page(self, page: QWidget, tab_order: Sequence[QWidget] = ()) -> None:
        """Show `page` on the right (added to the stack the first time); Tab goes through
        `tab_order` (the page's widgets as they read) after the campaigns list."""
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._chain_focus(*tab_order)

    def _chain_focus(self, *page: QWidget) -> None:
        """Tab as the window reads, left to right: the banner's button, "New campaign…", the
        campaigns list, then the page on the right (set explicitly, since moving a widget
        into the stack puts it wherever Qt's focus chain ends)."""
        chain = [self.banner.button, self.new_button, self.campaigns_view,
                 self.placeholder_button, *page]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def show_placeholder(self) -> None:
        self.stack.setCurrentWidget(self.placeholder)

    def selected_campaign(self) -> int | None:
        rows = self.campaigns_view.selectionModel().selectedRows()
        return int(self.campaigns.data(rows[0], CampaignIdRole)) if rows else None  # type: ignore[call-overload]

    def select_campaign(self, campaign_id: int) -> None:
        row = self.campaigns.row_of(campaign_id)
        if row is not None:
            self.campaigns_view.setCurrentIndex(self.campaigns.index(row, 0))

    def choose_spreadsheet(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a list of recipients"), str(self.ui_state.last_folder),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)"))
        if path:
            self._chosen(Path(path))

    def open_settings(self) -> None:
        from masiv_desktop.gui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.paths, self.settings, self)
        dialog.saved.connect(self._on_settings_saved)
        dialog.open()

    def user_guide(self) -> Path:
        """The user guide in the program's language (the default locale the translators
        installed)."""
        spanish = QLocale().language() == QLocale.Language.Spanish
        return user_guide("es" if spanish else "en")
    def open_suppression_list(self) -> None:
        """The numbers never to message: import the RNE or an opt-out file, find, remove."""
        from masiv_desktop.gui.suppression import SuppressionDialog

        dialog = SuppressionDialog(self.paths, self.settings.region, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_replies(self) -> None:
        """The replies people sent, the opt-outs among them; import, search, export."""
        from masiv_desktop.gui.replies import RepliesDialog

        dialog = RepliesDialog(self.paths, self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_documentation(self) -> None:
        """Help › Documentation: the user guide, in the browser."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.user_guide())))

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.logs)))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Masiv Desktop"), tr_fmt(self.tr(
            "Masiv Desktop %1\n\nBulk SMS campaigns through the Masiv gateway: from a "
            "spreadsheet to a delivery report."), __version__))

    # --- events -------------------------------------------------------------------------

    def _on_settings_saved(self, settings: Settings) -> None:
        self.set_settings(settings)
        self.settingsChanged.emit(settings)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        campaign = self.selected_campaign()
        if campaign is None:
            self.show_placeholder()
        self.delete_action.setEnabled(campaign is not None)
        self.campaignSelected.emit(campaign)

    def _show_selected(self) -> None:
        """The list menu's Open: show the selected campaign's page, freshly read."""
        self.campaignSelected.emit(self.selected_campaign())
        self.stack.setFocus()

    def _show_gateway(self) -> None:
        settings = getattr(self, "settings", None)
        if settings is None:
            return
        if settings.uses_sandbox:
            self.gateway_label.setText(self.tr("Test gateway (sandbox) on this computer: "
                                               "nothing reaches a phone"))
        else:
            who = settings.username or self.tr("no user name")
            self.gateway_label.setText(tr_fmt(self.tr("Account %1 · %2"), who, gateway_name(
                settings, QCoreApplication.translate)))

    def _chosen(self, path: Path) -> None:
        self.ui_state.last_folder = path.parent
        self.statusBar().showMessage(tr_fmt(self.tr("Opening %1…"), path.name), 5000)
        self.spreadsheetChosen.emit(str(path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and spreadsheet_in(event.mimeData().urls()):
            event.acceptProposedAction()
            self.statusBar().showMessage(self.tr("Drop the list to start a new campaign"))
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = spreadsheet_in(event.mimeData().urls()) if event.mimeData().hasUrls() else None
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.fileDropped.emit(str(path))
        self._chosen(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._is_sending() and not self._pause_agreed:
            event.ignore()
            self._confirm_pause()
            return
        self._save_state()
        # What follows may wait for in-flight answers to be recorded (seconds at most, with a
        # gateway that hangs): the window goes away first, so nothing looks frozen.
        self.hide()
        self.closing.emit()
        event.accept()

    def _confirm_pause(self) -> None:
        """Ask whether to pause the send and close; returns at once, and pauses and closes the
        window later if the user agrees. Asks once, however often the window is closed."""
        if self._asking_pause:
            return
        self._asking_pause = True
        box = confirm(self, Question(
            self.tr("A campaign is sending"),
            self.tr("Pause the campaign and close Masiv Desktop?"), self.tr(
                "Nothing already sent is lost. The campaign continues by itself where it stopped "
                "the next time you open Masiv Desktop."),
            self.tr("Pause and close"), self.tr("Keep sending"),
            icon=QMessageBox.Icon.Question), self._pause_and_close)
        box.finished.connect(self._pause_answered)

    def _pause_answered(self) -> None:
        self._asking_pause = False

    def _pause_and_close(self) -> None:
        self._pause_agreed = True
        self.hide()
        self._pause()
        self.close()

    def _restore_state(self) -> None:
        if not restore_geometry(self, self.ui_state.blob("main/geometry")):
            fit_to_screen(self, default_size(self.screen().availableGeometry().size()))
        state = self.ui_state.blob("main/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.ui_state.blob("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _save_state(self) -> None:
        self.ui_state.set_blob("main/geometry", self.saveGeometry())
        self.ui_state.set_blob("main/state", self.saveState())
        self.ui_state.set_blob("main/splitter", self.splitter.saveState())
        self.ui_state.sync()
