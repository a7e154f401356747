"""The words the core shows people (labels, reasons, report words), in their language. Qt-free.

One source of truth for every word, in the GUI and out of it: the English text in the code,
marked with `QT_TRANSLATE_NOOP(context, text)`, which lupdate extracts into
`resources/translations/masiv_desktop_<language>.ts` with the GUI's own `tr()` strings (see
`gui/i18n/tool.py`). The GUI translates a marked text with `QCoreApplication.translate`; the
CLI and the reports, which have no Qt, read the same `.ts` through `words_for(language)`.
Either way a function that words something takes a `Translate` and stays Qt-free.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

from masiv_desktop.resources_path import resources_dir

log = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = ("es", "en")
CATALOG = "masiv_desktop"

Translate = Callable[[str, str], str]
"""(context, English text) → the text in some language; `english` is the identity."""

_PLACEHOLDER = re.compile(r"%(\d)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` and return it unchanged (English)."""
    return text


def english(context: str, text: str) -> str:
    """The source language: every marked text is already English."""
    return text


def fill(text: str, *args: object) -> str:
    """`text` with %1, %2… replaced by `args` in one pass, as Qt's QString::arg: a value
    holding "%2" is never replaced again, and a translation may reorder the placeholders."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if 0 <= index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


THOUSANDS_SEPARATORS: dict[str, str] = {"es": ".", "en": ","}
"""How each language groups thousands: Colombian Spanish "20.000", English "20,000" (the
GUI gets the same from QLocale; this is for the Qt-free CLI and reports)."""


def count_text(value: int, language: str = "en") -> str:
    """A count as people of `language` write it ("8.653" in Spanish); English for others."""
    return f"{value:,}".replace(",", THOUSANDS_SEPARATORS.get(language, ","))


class Words:
    """One language's translations of the marked texts, read from its `.ts` file.

    A text without a finished translation stays English (and is logged once), so a report
    never fails over a missing word. Thread-safe after construction (read-only)."""

    def __init__(self, language: str, folder: Path | None = None) -> None:
        self.language = language
        self.table: dict[tuple[str, str], str] = {}
        """(context, English) → translation, finished ones only."""
        if language != "en":
            self.table = _read_ts((folder or resources_dir() / "translations")
                                   / f"{CATALOG}_{language}.ts")

    def __call__(self, context: str, text: str) -> str:
        found = self.table.get((context, text))
        if found is None and self.table:
            log.debug("no %s translation for %s: %r", self.language, context, text)
        return found or text


@cache
def words_for(language: str) -> Translate:
    """The `Translate` of `language` ("es", "en"; anything else is English), read once."""
    return Words(language) if language in LANGUAGES and language != "en" else english


def _parse(path: Path) -> Element | None:
    try:
        root: Element | None = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as exc:
        log.warning("translations %s cannot be read (%s): English is used", path, exc)
        return None
    return root


def _read_ts(path: Path) -> dict[tuple[str, str], str]:
    root = _parse(path)
    if root is None:
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type"):
                continue
            text = translation.text or ""
            if not text:
                forms = [form.text or "" for form in translation.iter("numerusform")]
                text = forms[-1] if forms else ""
            if text:
                table[(name, source)] = text
    return table
