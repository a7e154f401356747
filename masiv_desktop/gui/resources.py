"""Where the program's icons and translations are: the source tree, or the frozen bundle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from masiv_desktop.resources_path import resources_dir

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)

__all__ = ["ICON_SIZES", "app_icon", "icons_dir", "resources_dir", "translations_dir"]


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
