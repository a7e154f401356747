"""Window geometry, splitter sizes and the last folder: per-machine state, not settings.

Kept in an INI file beside the settings (`window-state.ini` in the config folder, so
`--data-dir` isolates it too) through QSettings, which stores Qt's geometry blobs natively.
The user's settings (account, rate, language…) live in `core.settings`, not here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from masiv_desktop.core.settings.paths import AppPaths


class UiState:
    def __init__(self, paths: AppPaths) -> None:
        self._store = QSettings(str(paths.config / "window-state.ini"),
                                QSettings.Format.IniFormat)

    def blob(self, key: str) -> QByteArray | None:
        value = self._store.value(key, QByteArray())
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_blob(self, key: str, value: QByteArray) -> None:
        self._store.setValue(key, value)

    @property
    def last_folder(self) -> Path:
        """The folder of the last spreadsheet opened, or the home folder."""
        folder = Path(str(self._store.value("last_folder", "") or "")).expanduser()
        return folder if str(folder) not in ("", ".") and folder.is_dir() else Path.home()

    @last_folder.setter
    def last_folder(self, folder: Path) -> None:
        self._store.setValue("last_folder", str(folder))

    def folder(self, key: str) -> Path:
        """A remembered folder (e.g. "reports"), else the last spreadsheet's folder."""
        folder = Path(str(self._store.value(f"folders/{key}", "") or "")).expanduser()
        return folder if str(folder) not in ("", ".") and folder.is_dir() else self.last_folder

    def set_folder(self, key: str, folder: Path) -> None:
        self._store.setValue(f"folders/{key}", str(folder))

    def sync(self) -> None:
        self._store.sync()
