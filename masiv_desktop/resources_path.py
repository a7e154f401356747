"""Where the program's read-only files are (icons, translations, samples, the user guide,
docs), Qt-free.

From a source checkout they sit beside the package; in a PyInstaller bundle they are unpacked
under `sys._MEIPASS` with the same names (`installer/masiv_desktop.spec` puts them there), so
the CLI and the desktop program find them the same way in both.
"""

from __future__ import annotations

import sys
from pathlib import Path


def is_frozen() -> bool:
    """True inside a PyInstaller bundle (the installed program), False from source."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """The folder holding `resources/` and `docs/`: the bundle's, or the source tree's."""
    bundle: str | None = getattr(sys, "_MEIPASS", None)
    if bundle and is_frozen():
        return Path(bundle)
    return Path(__file__).resolve().parents[1]


def resources_dir() -> Path:
    return bundle_root() / "resources"


def docs_dir() -> Path:
    return bundle_root() / "docs"


USER_GUIDES = {"es": "guide/guia-usuario.es.html", "en": "guide/user-guide.en.html"}
"""The user guide (for the people who send campaigns, not developers) per language, under
`resources/`; Help › Documentation opens the one of the program's language."""


def user_guide(language: str) -> Path:
    """The user guide in `language` ("es" or "en"; any other gets the English one)."""
    return resources_dir() / USER_GUIDES.get(language, USER_GUIDES["en"])
