"""The words the core shows people (labels, reasons, report words), in their language. Qt-free.

One source of truth for every word, in the GUI and out of it: the English text in the code,
marked with `QT_TRANSLATE_NOOP(context, text)`, which lupdate extracts into
`resources/translations/masiv_desktop_<language>.ts` with the GUI's own `tr()` strings (see
`gui/i18n/tool.py`). The GUI translates a marked text with `QCoreApplication.translate`; the
CLI and the reports, which have no Qt, read the same `.ts` through `words_for(language)`.
Either way a function that words something takes a `Translate` and stays Qt-free.

A count is worded through a plural string, as Qt's `tr(text, "", n)`: mark it with a fourth
argument, `QT_TRANSLATE_NOOP(context, "%n part(s)", "", 0)` (lupdate then extracts it with its
plural forms), and word it with `translate(context, text, None, n)`: Qt's translate and
`Words` fill %n (and %Ln, with thousands separators) and pick the form for `n`.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from pathlib import Path
from typing import Protocol
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

from masiv_desktop.resources_path import resources_dir

log = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = ("es", "en")
CATALOG = "masiv_desktop"


class Translate(Protocol):
    """(context, English text[, disambiguation, count]) → the text in some language, as
    `QCoreApplication.translate`; `english` is the identity but for plural forms."""

    def __call__(self, context: str, text: str, disambiguation: str | None = None,
                 n: int = -1, /) -> str: ...


_PLACEHOLDER = re.compile(r"%(\d)")
_COUNT = re.compile(r"%L?n")


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
    """Mark `text` for translation in `context` and return it unchanged (English); a fourth
    argument (any number) marks a plural string ("%n part(s)") for lupdate."""
    return text


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1, /) -> str:
    """The source language: every marked text is already English, but a plural string takes
    its English forms ("%n part(s)" → "1 part", "2 parts") from `masiv_desktop_en.ts`."""
    if n < 0:
        return text
    return count_form(_english_plurals().get((context, text), (text,)), n, "en")


THOUSANDS_SEPARATORS: dict[str, str] = {"es": ".", "en": ","}
"""How each language groups thousands: Colombian Spanish "20.000", English "20,000" (the
GUI gets the same from QLocale; this is for the Qt-free CLI and reports)."""


def count_text(value: int, language: str = "en") -> str:
    """A count as people of `language` write it ("8.653" in Spanish); English for others."""
    return f"{value:,}".replace(",", THOUSANDS_SEPARATORS.get(language, ","))


def count_form(forms: tuple[str, ...], n: int, language: str) -> str:
    """The plural form for `n` (Spanish and English: the first for 1, else the second) with
    %n written as the number and %Ln with the language's thousands separator."""
    form = forms[0] if n == 1 or len(forms) == 1 else forms[1]
    grouped = count_text(n, language)
    return _COUNT.sub(lambda m: grouped if m.group(0) == "%Ln" else str(n), form)


def fill(text: str, *args: object) -> str:
    """`text` with %1, %2… replaced by `args` in one pass, as Qt's QString::arg: a value
    holding "%2" is never replaced again, and a translation may reorder the placeholders."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if 0 <= index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


class Words:
    """One language's translations of the marked texts, read from its `.ts` file.

    A text without a finished translation stays English (and is logged once), so a report
    never fails over a missing word. Thread-safe after construction (read-only)."""

    def __init__(self, language: str, folder: Path | None = None) -> None:
        self.language = language
        self.table: dict[tuple[str, str], str] = {}
        """(context, English) → translation, finished ones only."""
        self.plurals: dict[tuple[str, str], tuple[str, ...]] = {}
        """(context, English plural string) → its forms, finished ones only."""
        if language != "en":
            self.table, self.plurals = _read_ts((folder or resources_dir() / "translations")
                                                / f"{CATALOG}_{language}.ts")

    def __call__(self, context: str, text: str, disambiguation: str | None = None,
                 n: int = -1, /) -> str:
        if n >= 0:
            forms = self.plurals.get((context, text))
            return count_form(forms, n, self.language) if forms else english(
                context, text, disambiguation, n)
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


@cache
def _english_plurals() -> dict[tuple[str, str], tuple[str, ...]]:
    return _read_ts(resources_dir() / "translations" / f"{CATALOG}_en.ts")[1]


def _read_ts(path: Path) -> tuple[dict[tuple[str, str], str],
                                  dict[tuple[str, str], tuple[str, ...]]]:
    """The finished translations of `path`: (context, source) → text, and → plural forms."""
    root = _parse(path)
    if root is None:
        return {}, {}
    table: dict[tuple[str, str], str] = {}
    plurals: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type"):
                continue
            text = translation.text or ""
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                if all(forms):
                    plurals[(name, source)] = forms
                text = forms[-1] if forms else ""
            if text:
                table[(name, source)] = text
    return table, plurals
