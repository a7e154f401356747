"""The program's language: the setting (`language`: "", "es", "en") or else the system's.

Spanish for a Spanish-language system, English otherwise. Installs Qt's own translation
(standard buttons, file dialogs) and then the program's, which Qt asks first: it also holds
the few Qt words Qt's Spanish lacks (`qt_words.py`). Makes that locale the default, so dates
and numbers follow it. Call on the GUI thread after the QApplication exists.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from masiv_desktop.core.words import CATALOG, LANGUAGES, fill
from masiv_desktop.gui.resources import translations_dir

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def tr_fmt(text: str, *args: object) -> str:
    """`text` (already translated) with %1, %2… filled in one pass (`core.words.fill`).

    An `int` is a count and is written with the locale's thousands separator ("20.000" in
    Spanish, "20,000" in English); pass an identifier (an error code, a row id) as `str`."""
    return fill(text, *(QLocale().toString(a) if type(a) is int else a for a in args))


def choose_language(setting: str, system: QLocale | None = None) -> str:
    """"es" or "en": the setting when it names one, else the system's language."""
    if setting in LANGUAGES:
        return setting
    system = system or QLocale.system()
    return "es" if system.language() == QLocale.Language.Spanish else "en"


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The system locale when it speaks `language` (keeps its country), else a sensible one."""
    system = system or QLocale.system()
    wanted = QLocale.Language.Spanish if language == "es" else QLocale.Language.English
    if system.language() == wanted:
        return system
    return QLocale("es_CO" if language == "es" else "en_US")


def install_translators(app: QCoreApplication, language: str) -> QLocale:
    """Replace the installed translators with `language`'s; returns the locale now in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = locale_for(language)
    QLocale.setDefault(locale)
    if language != "en":
        _load(app, f"qtbase_{language}",
              QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if language != "en" or (translations_dir() / f"{CATALOG}_en.qm").exists():
        _load(app, f"{CATALOG}_{language}", str(translations_dir()))
    return locale


def _load(app: QCoreApplication, name: str, folder: str) -> None:
    translator = QTranslator(app)
    if translator.load(name, folder):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        log.warning("translation %s not found in %s", name, folder)
