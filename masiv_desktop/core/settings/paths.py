"""Where the program keeps its files: data (the store), config (settings), logs.

`--data-dir` or `MASIV_DESKTOP_HOME` puts everything under one folder (tests and benchmarks
always do); otherwise the platform's user dirs are used (platformdirs).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "masiv-desktop"
HOME_ENV = "MASIV_DESKTOP_HOME"


@dataclass(frozen=True)
class AppPaths:
    data: Path
    config: Path
    logs: Path

    @property
    def database(self) -> Path:
        return self.data / "masiv.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.logs / "masiv-desktop.log"

    def ensure(self) -> AppPaths:
        """Create the folders (private to the user); call before writing, not merely to know
        where things go."""
        for folder in (self.data, self.config, self.logs):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return self

    @property
    def folders(self) -> tuple[Path, ...]:
        return self.data, self.config, self.logs


def app_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The folders for this run: an explicit dir, then MASIV_DESKTOP_HOME, then user dirs."""
    chosen = data_dir or os.environ.get(HOME_ENV)
    if chosen:
        root = Path(chosen).expanduser()
        return AppPaths(data=root, config=root, logs=root / "logs")
    return AppPaths(
        data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
