"""Smart encoding: plain equivalents for the characters that silently force Unicode.

A curly quote pasted from Word turns a 1-part GSM-7 message into a 3-part UCS-2 one. Two
steps, both touching only characters that are NOT GSM-7, both reporting every change:

1. `smart_encode`: punctuation, spaces and symbols, from `REPLACEMENTS` (documented in
   docs/message-text.md), then any other character whose compatibility form (NFKC) is plain
   GSM-7 (full-width letters, ligatures, superscripts). Letters keep their accents, and a
   grapheme holding an emoji is left whole (its zero-width joiner belongs to it).
2. `remove_spanish_accents`: the user's explicit choice to write `á í ó ú Á Í Ó Ú` without
   their accent (and, by the same rule, any other accented Latin letter outside GSM-7:
   `À â ã ç …`); `é É ñ Ñ ü Ü à è ì ò ù` are GSM-7 and stay. `ç` becomes `c`, not the
   table's capital `Ç`, which would read as a capital in the middle of a word.

What is worth offering depends on the part rule (`saving`): under GSM 03.38 or SMPP a text
back in GSM-7 (Latin-1) fits more per part; under the Masiv HTTP rule a part is 160
characters whatever the encoding, so only a shorter text can save a part, and a longer
replacement (`…` → `...`, `©` → `(C)`) can add one. `saving` weighs the replacements under the
rule in force and keeps them only when they save a part, never when they add one.

Positions in `Change` refer to the NFC form of the input text. Pure functions, thread-safe.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import regex

from masiv_desktop.core.text import gsm7
from masiv_desktop.core.text.char_names import char_name
from masiv_desktop.core.text.measure import TextAnalysis, analyze, nfc
from masiv_desktop.core.usertypes import PartRule

_QUOTE, _APOSTROPHE, _DASH, _SPACE, _GONE = '"', "'", "-", " ", ""

REPLACEMENTS: dict[str, str] = {
    **dict.fromkeys("“”„‟«»″‶〝〞＂", _QUOTE),
    **dict.fromkeys("‘’‚‛′‵‹›´`ˋ＇", _APOSTROPHE),
    **dict.fromkeys("‐‑‒–—―−⁃﹘﹣－", _DASH),
    **dict.fromkeys("\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                    "\u2009\u200a\u202f\u205f\u3000", _SPACE),
    **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\ufe0e\ufe0f", _GONE),
    **dict.fromkeys("\u2028\u2029\u0085", "\n"),
    **dict.fromkeys("•◦▪▫●‣∙⦁", "*"),
    "…": "...", "·": ".", "‧": ".", "©": "(C)", "®": "(R)", "™": "TM",
    "º": "o", "ª": "a", "°": "o", "×": "x", "÷": "/", "⁄": "/", "¦": "|",
    "½": "1/2", "¼": "1/4", "¾": "3/4", "¢": "c", "ˆ": "^", "˜": "~",
}
"""Character → plain GSM-7 text. Tab, exotic spaces → space; zero-width characters, soft
hyphen and variation selectors are removed; line and paragraph separators → new line."""

_EMOJI = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}")
"""A grapheme of several code points holding one of these is an emoji sequence: kept whole
(a lone ™ or © is a symbol and goes through the table)."""
_GRAPHEME = regex.compile(r"\X")


@dataclass(frozen=True)
class Change:
    """One replaced character: where it was in the NFC input, what it was, what it became."""

    position: int
    original: str
    replacement: str

    @property
    def name(self) -> str:
        """What a person calls the replaced character, in English (`char_names`)."""
        return char_name(self.original)


@dataclass(frozen=True)
class SmartResult:
    text: str
    changes: tuple[Change, ...]

    def summary(self) -> tuple[tuple[str, str, int], ...]:
        """(original, replacement, how many times), most frequent first, for a short list."""
        counts = Counter((c.original, c.replacement) for c in self.changes)
        return tuple((o, r, n) for (o, r), n in counts.most_common())


@dataclass(frozen=True)
class Saving:
    """Figures before and after a fix, for the GUI's "3 parts → 1 part" button: `result`
    holds the replacements worth making under the rule (none when none saves a part), so
    `after` never has more parts than `before`."""

    before: TextAnalysis
    after: TextAnalysis
    result: SmartResult
    replaceable: int = 0
    """Characters the fix could replace at all (more than `result` changes when some, or
    all, would not save a part under the rule)."""

    @property
    def parts_saved(self) -> int:
        return self.before.parts - self.after.parts

    @property
    def offered(self) -> bool:
        """The fix saves at least one part: worth a button."""
        return bool(self.result.changes)


@lru_cache(maxsize=4096)
def _plain(char: str) -> str | None:
    """The GSM-7 replacement of one non-GSM-7 character, or None to keep it."""
    if char in REPLACEMENTS:
        return REPLACEMENTS[char]
    compat = unicodedata.normalize("NFKC", char)
    if compat != char and gsm7.is_gsm7(compat) and not unicodedata.combining(char):
        return compat
    return None


@lru_cache(maxsize=4096)
def _unaccented(char: str) -> str | None:
    """The base letter of an accented Latin letter outside GSM-7, or None to keep it."""
    base = unicodedata.normalize("NFD", char)[0]
    if base != char and base.isascii() and base.isalpha():
        return base
    return None


def _both(char: str) -> str | None:
    new = _plain(char)
    return _unaccented(char) if new is None else new


def _replace(text: str, plain: Callable[[str], str | None]) -> SmartResult:
    text = nfc(text)
    if gsm7.is_gsm7(text):
        return SmartResult(text, ())
    out: list[str] = []
    changes: list[Change] = []
    position = 0
    for cluster in _GRAPHEME.findall(text):
        if (len(cluster) > 1 and _EMOJI.search(cluster)) or gsm7.is_gsm7(cluster):
            out.append(cluster)
        else:
            for offset, char in enumerate(cluster):
                new = None if char in gsm7.GSM7_CHARS else plain(char)
                if new is None:
                    out.append(char)
                else:
                    out.append(new)
                    changes.append(Change(position + offset, char, new))
        position += len(cluster)
    return SmartResult(nfc("".join(out)), tuple(changes))


def smart_encode(text: str) -> SmartResult:
    """Replace curly quotes, dashes, ellipsis, exotic spaces… with plain GSM-7 (see table).

    Only characters outside GSM-7 change; letters keep their accents (that is
    `remove_spanish_accents`, a separate choice). The result is NFC.
    """
    return _replace(text, _plain)


def remove_spanish_accents(text: str) -> SmartResult:
    """Write á í ó ú Á Í Ó Ú (and other accented letters outside GSM-7) without the accent.

    A separate, explicit step because it changes spelling; é ñ ü and the other GSM-7
    letters are never touched.
    """
    return _replace(text, _unaccented)


def _not_longer(plain: Callable[[str], str | None]) -> Callable[[str], str | None]:
    def shorter(char: str) -> str | None:
        new = plain(char)
        return new if new is not None and len(new) <= len(char) else None
    return shorter


def saving(text: str, rule: PartRule = PartRule.MASIV_HTTP, *, long_message: bool = True,
           accents: bool = False, suffix: str = "") -> Saving:
    """The replacements of smart encoding (plus the accent step when `accents`) worth making
    under `rule`, and the parts before and after. `suffix` is sent after the text and is not
    changed (the opt-out line): the parts are those of `text + suffix`.

    Two candidates are measured: every replacement (back to GSM-7: what GSM 03.38 and SMPP
    reward), and only those that do not lengthen the text (what the Masiv rule, which counts
    characters, can reward). The one with the fewest parts, then the fewest counted units,
    is kept if it saves a part; otherwise nothing changes. Applying `result.text` therefore
    never adds a part. The two steps touch disjoint characters, so with `accents` one pass
    does both and every change's position refers to the NFC input.
    """
    plain = _both if accents else _plain
    before = analyze(text + suffix, rule, long_message=long_message)
    every = _replace(text, plain)
    best: tuple[SmartResult, TextAnalysis] | None = None
    for candidate in (every, _replace(text, _not_longer(plain))):
        if not candidate.changes:
            continue
        after = analyze(candidate.text + suffix, rule, long_message=long_message)
        if after.parts < before.parts and (best is None or (after.parts, after.counted)
                                           < (best[1].parts, best[1].counted)):
            best = candidate, after
    if best is None:
        return Saving(before, before, SmartResult(nfc(text), ()), len(every.changes))
    return Saving(before, best[1], best[0], len(every.changes))
