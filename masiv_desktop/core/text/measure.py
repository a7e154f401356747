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

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

import regex

from masiv_desktop.core.text import forbidden, gsm7
from masiv_desktop.core.text.char_names import char_name
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

_JOINING = regex.compile(
    r"[\p{GCB=Extend}\p{GCB=ZWJ}\p{GCB=SpacingMark}\p{GCB=Prepend}"
    r"\p{GCB=Regional_Indicator}\p{GCB=L}\p{GCB=V}\p{GCB=T}\p{GCB=LV}\p{GCB=LVT}]")
"""Characters that may join a neighbour into one grapheme. Without them (CR LF aside), each
code point is a grapheme of its own and parts are cut by arithmetic on units."""
_SCANNED = ((0x300, 0x20000), (0xE0000, 0xE1000))
"""Where joining characters live: no code point below U+0300 joins; planes 2-13 hold none."""


@functools.cache
def _joining() -> frozenset[str]:
    """The characters `_JOINING` matches, as a set: the `regex` class costs ~10 µs per
    search of a message, `frozenset.isdisjoint` ~1 µs.

    Built once, on the first non-ASCII text (~0.1 s), from `regex`'s own Unicode data.
    """
    return frozenset(chr(code) for first, end in _SCANNED for code in range(first, end)
                     if _JOINING.match(chr(code)))


def _has_joining(text: str) -> bool:
    return not text.isascii() and not _joining().isdisjoint(text)


_GRAPHEME = regex.compile(r"\X")
_NOT_LATIN1 = re.compile(r"[^\x00-\xff]")
_NOT_CARRIED = forbidden.REFUSED
"""Control characters other than LF (not allowed in the gateway's XML, not on a handset),
lone surrogates (no UTF-8 form), private-use characters and non-characters."""

_ESCAPED = str.maketrans({c: "\x1b" + c for c in gsm7.EXTENSION})
"""GSM-7 text to one string element per septet (the escape before each extension char)."""

_basic_only = gsm7.BASIC_ONLY.fullmatch
_GSM, _SMPP, _GSM7 = PartRule.GSM, PartRule.SMPP_LATIN1, Encoding.GSM7

_UNIT_NAMES = {"septets": "septets", "utf16": "UTF-16 code units", "chars": "characters"}


def _utf16_cost(piece: str) -> int:
    if piece.isascii():
        return len(piece)
    return len(piece.encode("utf-16-le", "surrogatepass")) >> 1


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


def _greedy_cuts(total: int, per_part: int, forbidden: Callable[[int], bool]) -> list[int]:
    """Unit offsets [0, cut…, total] of the fullest parts, never cutting at a forbidden offset.

    Greedy filling gives the fewest parts for contiguous parts.
    """
    cuts = [0]
    while total - cuts[-1] > per_part:
        cut = cuts[-1] + per_part
        while forbidden(cut):
            cut -= 1
        cuts.append(cut)
    cuts.append(total)
    return cuts


def _unit_cuts(text: str, kind: str, counted: int,
               per_part: int) -> tuple[list[int], Callable[[int, int], str]]:
    """Cuts of a text whose graphemes are single code points or CR LF, by unit arithmetic,
    and how to take the text between two cuts."""
    if kind == "utf16" and counted != len(text):
        data = text.encode("utf-16-le", "surrogatepass")

        def inside(k: int) -> bool:
            return (0xDC <= data[2 * k + 1] <= 0xDF
                    or data[2 * k - 2:2 * k + 2] == b"\r\x00\n\x00")

        def between(a: int, b: int) -> str:
            return data[2 * a:2 * b].decode("utf-16-le", "surrogatepass")

        return _greedy_cuts(counted, per_part, inside), between
    escaped = kind == "septets" and counted != len(text)
    units = text.translate(_ESCAPED) if escaped else text

    def inside_pair(k: int) -> bool:
        return units[k - 1] == "\x1b" or units[k - 1:k + 1] == "\r\n"

    def slice_of(a: int, b: int) -> str:
        return units[a:b].replace("\x1b", "") if escaped else units[a:b]

    return _greedy_cuts(counted, per_part, inside_pair), slice_of


def _pieces(text: str, cost: Callable[[str], int], limit: int) -> Iterator[tuple[str, int]]:
    """Graphemes with their cost; one longer than a whole part is cut between code points."""
    for cluster in _GRAPHEME.findall(text):
        size = cost(cluster)
        if size <= limit:
            yield cluster, size
        else:
            for char in cluster:
                yield char, cost(char)


def _cluster_split(text: str, cost: Callable[[str], int],
                   per_part: int) -> list[tuple[str, int]]:
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


def _split(text: str, kind: str, counted: int, single: int,
           per_part: int) -> list[tuple[str, int]]:
    """Parts of `text` with their size in the rule's unit."""
    if not text:
        return []
    if counted <= single:
        return [(text, counted)]
    if not _has_joining(text):
        cuts, between = _unit_cuts(text, kind, counted, per_part)
        return [(between(a, b), b - a) for a, b in itertools.pairwise(cuts)]
    return _cluster_split(text, _COSTS[kind], per_part)


def _count_parts(text: str, kind: str, counted: int, single: int, per_part: int) -> int:
    if not text:
        return 0
    if counted <= single:
        return 1
    if _has_joining(text):
        return len(_cluster_split(text, _COSTS[kind], per_part))
    if counted == len(text) and "\r" not in text:
        return -(-counted // per_part)
    return len(_unit_cuts(text, kind, counted, per_part)[0]) - 1


_BASIC_NO_CR = re.compile("[" + "".join(re.escape(c) for c in gsm7.BASIC if c != "\r") + "]*")
_PLAIN = {
    PartRule.MASIV_HTTP: (_BASIC_NO_CR, Encoding.GSM7, 160, 160),
    PartRule.GSM: (_BASIC_NO_CR, Encoding.GSM7, 160, 153),
    PartRule.SMPP_LATIN1: (re.compile(r"[\x00-\x0c\x0e-\xff]*"), Encoding.LATIN1, 140, 134),
}


class Counting(NamedTuple):
    """How texts made of a fixed text plus plain pieces count (see `counting_with`)."""

    accepts: Callable[[str], object]
    """True-ish for a plain piece: NFC, one unit per code point, no joining character."""
    encoding: Encoding
    fixed_units: int
    single: int
    per_part: int
    exact: bool
    """Parts beyond one part are `ceil(units / per_part)`; else only one part is certain."""


def counting_with(fixed: str, rule: PartRule) -> Counting | None:
    """How `fixed` (a template's literal text) plus any plain pieces count, or None.

    For a text made of `fixed` and pieces `accepts` matches, in any order: its encoding is
    `encoding`, it is NFC and it counts `fixed_units + len(pieces)` units. When the result
    fits `single`, it is one part (none when empty); beyond, `exact` says whether
    `ceil(units / per_part)` is right (a plain GSM-7 or Latin-1 text) or `measure` is needed.
    Lets a campaign count most recipients by length alone.
    """
    rule = PartRule(rule)
    pattern, encoding, single, per_part = _PLAIN[rule]
    if pattern.fullmatch(fixed):
        return Counting(pattern.fullmatch, encoding, len(fixed), single, per_part, True)
    if (encoding_of(fixed, rule) is not Encoding.UCS2 or "\r" in fixed
            or _has_joining(fixed) or nfc(fixed) != fixed):
        return None
    single, per_part = _LIMITS[rule, Encoding.UCS2]
    return Counting(pattern.fullmatch, Encoding.UCS2, _utf16_cost(fixed), single, per_part,
                    False)


def measure(text: str, rule: PartRule = PartRule.MASIV_HTTP,
            long_message: bool = True) -> Measure:
    """Encoding, size and parts of `text`, without the details `analyze` adds.

    Made for rendering a campaign (up to 1,000,000 recipients): it skips the part texts and
    the character lists whenever it can. The caller caches by text when texts repeat.
    """
    if rule.__class__ is not PartRule:
        rule = PartRule(rule)
    if not text.isascii():
        text = nfc(text)
    if rule is not _SMPP and _basic_only(text):
        counted = len(text)
        if counted <= 160:
            return Measure(text, _GSM7, counted, 1 if text else 0, False)
        if "\r" not in text:
            per_part = 153 if rule is _GSM else 160
            return Measure(text, _GSM7, counted, -(-counted // per_part), not long_message)
    encoding = encoding_of(text, rule)
    kind = _cost_kind(rule, encoding)
    counted = _COSTS[kind](text)
    single, per_part = _LIMITS[rule, encoding]
    parts = _count_parts(text, kind, counted, single, per_part)
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
        """What a person calls it, in English ("right curly quote ”"; `char_names`)."""
        return char_name(self.char)


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
    (CR, tab and form feed included), lone surrogates, private use, non-characters."""
    exceeds_single_limit: bool
    """Long messages are off and the text needs more than one part: the gateway would answer
    1160 (Message is too long) under the Masiv HTTP rule."""

    @property
    def fits_without_long_message(self) -> bool:
        return self.parts <= 1


@functools.lru_cache(maxsize=4096)
def analyze(text: str, rule: PartRule = PartRule.MASIV_HTTP, *,
            long_message: bool = True) -> TextAnalysis:
    """Characters, encoding, units and parts of `text` under `rule` (module docstring).

    Cached per (text, rule, long_message); cheap for plain GSM-7 texts. Thread-safe.
    """
    rule = PartRule(rule)
    text = nfc(text)
    encoding = encoding_of(text, rule)
    kind = _cost_kind(rule, encoding)
    counted = _COSTS[kind](text)
    single, per_part = _LIMITS[rule, encoding]
    split = _split(text, kind, counted, single, per_part)
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
    if not _has_joining(text):
        return len(text) - text.count("\r\n")
    return len(_GRAPHEME.findall(text))


def _found(pattern: re.Pattern[str], text: str) -> tuple[CharAt, ...]:
    return tuple(CharAt(m.start(), m.group()) for m in pattern.finditer(text))
