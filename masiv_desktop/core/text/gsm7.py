"""The GSM 03.38 default alphabet (3GPP TS 23.038, section 6.2.1) and its extension table.

Only what a text counter needs: which characters are GSM-7 and how many septets each costs.
The basic table holds 127 printable characters plus LF and CR (0x1B is the escape to the
extension table, not a character). Each extension character costs two septets (escape +
code). Note the traps: 0x09 is capital `Ç` (lowercase `ç` is not in the table), 0x24 is `¤`
(the `$` is 0x02), the backtick is absent, and `á í ó ú Á Í Ó Ú` are absent while
`é É ñ Ñ ü Ü ¿ ¡ à è ì ò ù` are present.
"""

from __future__ import annotations

import re

BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅå"
    "Δ_ΦΓΛΩΠΨΣΘΞ" "ÆæßÉ"        # 0x1B (escape) omitted
    " !\"#¤%&'()*+,-./"
    "0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
"""The basic table in code order, without the escape (0x1B): one septet each."""

EXTENSION = "\f^{}\\[~]|€"
"""The extension table's characters: two septets each (escape + code)."""

GSM7_CHARS = frozenset(BASIC) | frozenset(EXTENSION)

_BASIC_CLASS = "".join(re.escape(c) for c in BASIC)
_ALL_CLASS = _BASIC_CLASS + "".join(re.escape(c) for c in EXTENSION)

BASIC_ONLY = re.compile(f"[{_BASIC_CLASS}]*")
"""`BASIC_ONLY.fullmatch(text)` is true when every character costs exactly one septet."""
GSM7_ONLY = re.compile(f"[{_ALL_CLASS}]*")
"""`GSM7_ONLY.fullmatch(text)` is true when the whole text can be sent in GSM-7."""
NOT_GSM7 = re.compile(f"[^{_ALL_CLASS}]")
"""Finds the characters that force UCS-2."""

_EXTENSION_SET = frozenset(EXTENSION)


def is_gsm7(text: str) -> bool:
    """True when every character of `text` is in the basic or the extension table."""
    return GSM7_ONLY.fullmatch(text) is not None


def septets(text: str) -> int:
    """Septets `text` takes in GSM-7; the caller must have checked `is_gsm7(text)`."""
    if BASIC_ONLY.fullmatch(text):
        return len(text)
    return len(text) + sum(text.count(c) for c in _EXTENSION_SET)
