"""Characters no message may hold: controls other than the line break, lone surrogates,
private-use characters and non-characters.

The gateway's XML cannot carry most controls, a handset shows none of them, and in the SMS
alphabet byte 0x00 is "@": such a character is refused, named with its position, before
anything is sent. A Windows line break (CR LF) is a line break, which `with_plain_newlines`
turns into LF before sending; a lone CR is refused like the others.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

REFUSED = regex.compile(r"(?!\n|\r\n)[\p{Cc}\p{Cs}\p{Co}\p{Noncharacter_Code_Point}]")
"""A CR LF pair is a line break (made LF before sending); any other control is refused."""

_SHORT_NAMES = {0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x09: "TAB", 0x0B: "VT", 0x0C: "FF",
                0x0D: "CR", 0x1B: "ESC", 0x7F: "DEL"}


@dataclass(frozen=True)
class Forbidden:
    """One refused character and its 1-based position in the text (as the editor counts)."""

    position: int
    char: str

    @property
    def code_point(self) -> str:
        return f"U+{ord(self.char):04X}"

    @property
    def short_name(self) -> str:
        """The control's usual abbreviation (TAB, NUL, ESC…), or "" when it has none."""
        return _SHORT_NAMES.get(ord(self.char), "")

    def describe(self) -> str:
        """English: "TAB (U+0009) at character 12"."""
        name = f"{self.short_name} ({self.code_point})" if self.short_name else self.code_point
        return f"{name} at character {self.position}"


def with_plain_newlines(text: str) -> str:
    """CR LF (pasted from Windows) as the one line break a message has."""
    return text.replace("\r\n", "\n")


def forbidden_characters(text: str) -> list[Forbidden]:
    """Every refused character of `text`, in order."""
    return [Forbidden(match.start() + 1, match.group()) for match in REFUSED.finditer(text)]
