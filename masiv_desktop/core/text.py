"""What a message costs: its characters, encoding and parts under a part rule.

Three rules (DESIGN.md, "Message text"; docs/message-text.md has the full reasoning):

- `PartRule.MASIV_HTTP` (default): the HTTP gateway counts characters, at most 160 without
  longMessage (else error 1160) and blocks of 160 with it, one acceptreport each. The gateway
  is an ASP.NET handler, whose strings count UTF-16 code units, so a "character" here is a
  UTF-16 code unit of the NFC text: an emoji outside the BMP counts two. This never counts
  fewer characters than the gateway can, whichever way it counts.
- `PartRule.GSM`: GSM 03.38, 160/153 septets (extension characters two), else UCS-2 with
  70/67 UTF-16 code units, as the industry's calculators.
- `PartRule.SMPP_LATIN1`: data_coding 3 (ISO-8859-1), 140/134 characters when every
  character is Latin-1, else UCS-2 with 70/67 UTF-16 code units.

Every rule works on the NFC text (the text the engine must send) and never cuts what the
reader sees as one character (an escape pair, a surrogate pair, an emoji sequence, a flag, a
letter and its combining marks) unless that one character is longer than a whole part.

`analyze` runs on every keystroke; `measure` is its cheap subset for one recipient of a
campaign. Both are pure and thread-safe, and cache by text.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import regex

from masiv_desktop.core import gsm7
from masiv_desktop.core.usertypes import Encoding, PartRule

_LIMITS: dict[tuple[PartRule, Encoding], tuple[int, int]] = {
    (PartRule.MASIV_HTTP, Encoding.GSM7): (160, 160),
    (PartRule.MASIV_HTTP, Encoding.UCS2): (160, 160),
    (PartRule.GSM, Encoding.GSM7): (160, 153),
    (PartRule.GSM, Encoding.UCS2): (70, 67),
    (PartRule.SMPP_LATIN1, Encoding.LATIN1): (140, 134),
    (PartRule.SMPP_LATIN1, Encoding.UCS2): (70, 67),
}
"""(units in a single part, units per part of a concatenated message)."""

_JOINS = regex.compile(
    r"[\r\p{GCB=Extend}\p{GCB=ZWJ}\p{GCB=SpacingMark}\p{GCB=Prepend}"
    r"\p{GCB=Regional_Indicator}\p{GCB=L}\p{GCB=V}\p{GCB=T}\p{GCB=LV}\p{GCB=LVT}]")
"""Characters that may join a neighbour into one grapheme; without them each code point
stands alone."""
_GRAPHEME = regex.compile(r"\X")
_NOT_LATIN1 = regex.compile(r"[^\x00-\xff]")
_ASTRAL = regex.compile(r"[\U00010000-\U0010FFFF]")
_NOT_CARRIED = regex.compile(
    r"(?![\n\r])[\p{Cc}\p{Cs}\p{Co}\p{Noncharacter_Code_Point}]")
"""Control characters other than LF and CR (not allowed in the gateway's XML, not on a
handset), lone surrogates (no UTF-8 form), private-use characters and non-characters."""

_UNIT_NAMES = {"septets": "septets", "utf16": "UTF-16 code units", "chars": "characters"}


def _utf16_cost(piece: str) -> int:
    if piece.isascii() or max(piece) <= "\uffff":
        return len(piece)
    return len(piece) + len(_ASTRAL.findall(piece))


def _chars_cost(piece: str) -> int:
    return len(piece)


_COSTS: dict[str, Callable[[str], int]] = {
    "septets": gsm7.septets, "utf16": _utf16_cost, "chars": _chars_cost}


def _cost_kind(rule: PartRule, encoding: Encoding) -> str:
    if rule is PartRule.MASIV_HTTP or encoding is Encoding.UCS2:
        return "utf16"
    return "septets" if encoding is Encoding.GSM7 else "chars"


def nfc(text: str) -> str:
    """The NFC form of `text`, cheaply when it already is (always for ASCII)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def encoding_of(text: str, rule: PartRule) -> Encoding:
    """The handset encoding `text` (already NFC) needs under `rule`."""
    if rule is PartRule.SMPP_LATIN1:
        return Encoding.LATIN1 if _NOT_LATIN1.search(text) is None else Encoding.UCS2
    return Encoding.GSM7 if gsm7.GSM7_ONLY.fullmatch(text) else Encoding.UCS2


class Measure(NamedTuple):
    """The figures of one recipient's message (see `measure`)."""

    text: str
    """The NFC text: what must be sent."""
    encoding: Encoding
    counted: int
    """Size in the rule's unit (septets, UTF-16 code units or Latin-1 characters)."""
    parts: int
    exceeds_single_limit: bool


def _pieces(text: str, cost: Callable[[str], int], limit: int) -> Iterator[tuple[str, int]]:
    """Graphemes with their cost; one longer than a whole part is cut between code points."""
    clusters = _GRAPHEME.findall(text) if _JOINS.search(text) else text
    for cluster in clusters:
        size = cost(cluster)
        if size <= limit:
            yield cluster, size
        else:
            for char in cluster:
                yield char, cost(char)


def _split(text: str, counted: int, cost: Callable[[str], int],
           single: int, per_part: int) -> list[tuple[str, int]]:
    """Parts of `text` with their cost: greedy, which is minimal for contiguous parts."""
    if not text:
        return []
    if counted <= single:
        return [(text, counted)]
    if counted == len(text) and _JOINS.search(text) is None:
        return [(text[i:i + per_part], min(per_part, len(text) - i))
                for i in range(0, len(text), per_part)]
    parts: list[tuple[str, int]] = []
    current: list[str] = []
    used = 0
    for piece, size in _pieces(text, cost, per_part):
        if used + size > per_part:
            parts.append(("".join(current), used))
            current, used = [], 0
        current.append(piece)
        used += size
    parts.append(("".join(current), used))
    return parts


def _count_parts(text: str, counted: int, cost: Callable[[str], int],
                 single: int, per_part: int) -> int:
    if not text:
        return 0
    if counted <= single:
        return 1
    if counted == len(text) and _JOINS.search(text) is None:
        return math.ceil(counted / per_part)
    return len(_split(text, counted, cost, single, per_part))


def measure(text: str, rule: PartRule = PartRule.MASIV_HTTP,
            long_message: bool = True) -> Measure:
    """Encoding, size and parts of `text`, without the details `analyze` adds.

    Made for rendering a campaign (up to 1,000,000 recipients): it skips the part texts and
    the character lists whenever it can. The caller caches by text when texts repeat.
    """
    rule = PartRule(rule)
    text = nfc(text)
    encoding = encoding_of(text, rule)
    cost = _COSTS[_cost_kind(rule, encoding)]
    counted = cost(text)
    single, per_part = _LIMITS[rule, encoding]
    parts = _count_parts(text, counted, cost, single, per_part)
    return Measure(text, encoding, counted, parts, not long_message and counted > single)


@dataclass(frozen=True)
class CharAt:
    """One character of the analysed (NFC) text and its 0-based code point position."""

    position: int
    char: str

    @property
    def code_point(self) -> str:
        return f"U+{ord(self.char):04X}"

    @property
    def name(self) -> str:
        """The Unicode name, e.g. RIGHT DOUBLE QUOTATION MARK, or the code point."""
        return unicodedata.name(self.char, self.code_point)


@dataclass(frozen=True)
class TextAnalysis:
    """Everything the user sees about one message text under one part rule."""

    text: str
    """The NFC text: part texts and positions refer to it, and it is what must be sent."""
    rule: PartRule
    long_message: bool
    encoding: Encoding
    """The handset encoding: GSM-7 or UCS-2 (Latin-1 or UCS-2 under the SMPP rule)."""
    characters: int
    """Characters as the reader sees them (grapheme clusters: a flag or 👨‍👩‍👧 is one)."""
    units: int
    """Encoded size: septets (GSM-7), UTF-16 code units (UCS-2) or octets (Latin-1)."""
    counted: int
    """Size in the unit the rule's limits count (`count_unit`); equals `units` except
    under the Masiv HTTP rule, whose "characters" are UTF-16 code units whatever the
    encoding (an extension character such as € is one, an emoji two)."""
    count_unit: str
    parts: int
    """Parts needed with long messages on (0 for an empty text)."""
    part_limit: int
    """Units allowed in each part at this part count (the single or the concatenated limit)."""
    left_in_last_part: int
    part_texts: tuple[str, ...]
    unicode_characters: tuple[CharAt, ...]
    """Every occurrence of a character that forces UCS-2 (outside GSM-7, or outside Latin-1
    under the SMPP rule)."""
    not_carried: tuple[CharAt, ...]
    """Characters the gateway may refuse or the handset cannot show: controls other than LF
    and CR (tab and form feed included), lone surrogates, private use, non-characters."""
    exceeds_single_limit: bool
    """Long messages are off and the text needs more than one part: the gateway would answer
    1160 (Message is too long) under the Masiv HTTP rule."""

    @property
    def fits_without_long_message(self) -> bool:
        return self.parts <= 1


@lru_cache(maxsize=4096)
def analyze(text: str, rule: PartRule = PartRule.MASIV_HTTP, *,
            long_message: bool = True) -> TextAnalysis:
    """Characters, encoding, units and parts of `text` under `rule` (module docstring).

    Cached per (text, rule, long_message); cheap for plain GSM-7 texts. Thread-safe.
    """
    rule = PartRule(rule)
    text = nfc(text)
    encoding = encoding_of(text, rule)
    kind = _cost_kind(rule, encoding)
    cost = _COSTS[kind]
    counted = cost(text)
    single, per_part = _LIMITS[rule, encoding]
    split = _split(text, counted, cost, single, per_part)
    part_limit = single if len(split) <= 1 else per_part
    if encoding is Encoding.GSM7:
        units = gsm7.septets(text)
    elif encoding is Encoding.UCS2:
        units = _utf16_cost(text)
    else:
        units = len(text)
    forcing = _NOT_LATIN1 if rule is PartRule.SMPP_LATIN1 else gsm7.NOT_GSM7
    return TextAnalysis(
        text=text, rule=rule, long_message=long_message, encoding=encoding,
        characters=grapheme_count(text), units=units, counted=counted,
        count_unit="characters" if rule is PartRule.MASIV_HTTP else _UNIT_NAMES[kind],
        parts=len(split), part_limit=part_limit,
        left_in_last_part=part_limit - (split[-1][1] if split else 0),
        part_texts=tuple(part for part, _ in split),
        unicode_characters=_found(forcing, text),
        not_carried=_found(_NOT_CARRIED, text),
        exceeds_single_limit=not long_message and counted > single,
    )


def grapheme_count(text: str) -> int:
    """Characters as the reader sees them (extended grapheme clusters)."""
    if _JOINS.search(text) is None:
        return len(text)
    return len(_GRAPHEME.findall(text))


def _found(pattern: re.Pattern[str], text: str) -> tuple[CharAt, ...]:
    return tuple(CharAt(m.start(), m.group()) for m in pattern.finditer(text))
