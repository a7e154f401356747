"""Where the program's icons and translations are: the source tree, or the frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def resources_dir() -> Path:
    """`resources/` beside the package, or inside a PyInstaller bundle (`sys._MEIPASS`)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def app_icon() -> QIcon:
    """The application icon at every rendered size (crisp in task bars and title bars)."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = icons_dir() / f"masiv-desktop-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    if icon.isNull():
        icon.addFile(str(icons_dir() / "masiv-desktop.svg"))
    return icon
