"""What to call a character the program marks or replaces, in words a person uses: "left curly
quote" ("comilla tipográfica izquierda"), not Unicode's LEFT DOUBLE QUOTATION MARK. Qt-free.

The table names what the editor flags and smart encoding replaces (its `REPLACEMENTS`:
quotes, apostrophes, dashes, spaces, invisible characters, bullets, symbols). Other
characters are named by their kind: a letter outside GSM-7 as "accented letter «á»", an emoji
as "emoji", a control, private-use or invisible formatting character with its code point, and
anything else as "character U+XXXX". Each name is marked with `QT_TRANSLATE_NOOP("CharName",
…)`: the GUI passes Qt's translate, the CLI keeps the English default.
"""

from __future__ import annotations

import unicodedata

import regex

from masiv_desktop.core.words import QT_TRANSLATE_NOOP, Translate, english, fill

_C = "CharName"
"""The catalog context (lupdate needs the literal in each mark below)."""

_NAMES: dict[str, str] = {
    **dict.fromkeys("“", QT_TRANSLATE_NOOP("CharName", "left curly quote")),
    **dict.fromkeys("”", QT_TRANSLATE_NOOP("CharName", "right curly quote")),
    **dict.fromkeys("„", QT_TRANSLATE_NOOP("CharName", "low curly quote")),
    **dict.fromkeys("‟〝〞", QT_TRANSLATE_NOOP("CharName", "reversed curly quote")),
    **dict.fromkeys("«", QT_TRANSLATE_NOOP("CharName", "opening angle quote")),
    **dict.fromkeys("»", QT_TRANSLATE_NOOP("CharName", "closing angle quote")),
    **dict.fromkeys("″‶", QT_TRANSLATE_NOOP("CharName", "double prime (seconds sign)")),
    **dict.fromkeys("＂", QT_TRANSLATE_NOOP("CharName", "full-width double quote")),
    **dict.fromkeys("‘", QT_TRANSLATE_NOOP("CharName", "left curly single quote")),
    **dict.fromkeys("’", QT_TRANSLATE_NOOP("CharName", "curly apostrophe")),
    **dict.fromkeys("‚", QT_TRANSLATE_NOOP("CharName", "low curly single quote")),
    **dict.fromkeys("‛", QT_TRANSLATE_NOOP("CharName", "reversed curly single quote")),
    **dict.fromkeys("′‵", QT_TRANSLATE_NOOP("CharName", "prime (minutes sign)")),
    **dict.fromkeys("‹", QT_TRANSLATE_NOOP("CharName", "opening single angle quote")),
    **dict.fromkeys("›", QT_TRANSLATE_NOOP("CharName", "closing single angle quote")),
    **dict.fromkeys("´", QT_TRANSLATE_NOOP("CharName", "loose acute accent")),
    **dict.fromkeys("`ˋ", QT_TRANSLATE_NOOP("CharName", "loose grave accent (backtick)")),
    **dict.fromkeys("＇", QT_TRANSLATE_NOOP("CharName", "full-width apostrophe")),
    **dict.fromkeys("‐", QT_TRANSLATE_NOOP("CharName", "typographic hyphen")),
    **dict.fromkeys("‑", QT_TRANSLATE_NOOP("CharName", "non-breaking hyphen")),
    **dict.fromkeys("‒", QT_TRANSLATE_NOOP("CharName", "figure dash")),
    **dict.fromkeys("–", QT_TRANSLATE_NOOP("CharName", "en dash")),
    **dict.fromkeys("—", QT_TRANSLATE_NOOP("CharName", "em dash")),
    **dict.fromkeys("―", QT_TRANSLATE_NOOP("CharName", "horizontal bar")),
    **dict.fromkeys("−", QT_TRANSLATE_NOOP("CharName", "minus sign")),
    **dict.fromkeys("⁃", QT_TRANSLATE_NOOP("CharName", "hyphen bullet")),
    **dict.fromkeys("﹘﹣－", QT_TRANSLATE_NOOP("CharName", "small or full-width dash")),
    **dict.fromkeys("\t", QT_TRANSLATE_NOOP("CharName", "tab")),
    **dict.fromkeys("\u00a0", QT_TRANSLATE_NOOP("CharName", "non-breaking space")),
    **dict.fromkeys("\u202f", QT_TRANSLATE_NOOP("CharName", "narrow non-breaking space")),
    **dict.fromkeys("\u2009\u200a\u2006\u2005", QT_TRANSLATE_NOOP("CharName", "thin space")),
    **dict.fromkeys("\u1680\u2000\u2001\u2002\u2003\u2004\u2007\u2008\u205f\u3000",
                    QT_TRANSLATE_NOOP("CharName", "wide or special space")),
    **dict.fromkeys("\u200b", QT_TRANSLATE_NOOP("CharName", "zero-width space (invisible)")),
    **dict.fromkeys("\u200c\u180e", QT_TRANSLATE_NOOP("CharName", "invisible separator")),
    **dict.fromkeys("\u200d", QT_TRANSLATE_NOOP("CharName", "zero-width joiner (invisible)")),
    **dict.fromkeys("\u2060", QT_TRANSLATE_NOOP("CharName", "word joiner (invisible)")),
    **dict.fromkeys("\ufeff", QT_TRANSLATE_NOOP("CharName", "byte order mark (invisible)")),
    **dict.fromkeys("\u00ad", QT_TRANSLATE_NOOP("CharName", "optional hyphen (invisible)")),
    **dict.fromkeys("\ufe0e\ufe0f",
                    QT_TRANSLATE_NOOP("CharName", "variation selector (invisible)")),
    **dict.fromkeys("\u2028\u0085", QT_TRANSLATE_NOOP("CharName", "line separator")),
    **dict.fromkeys("\u2029", QT_TRANSLATE_NOOP("CharName", "paragraph separator")),
    **dict.fromkeys("•◦‣∙⦁", QT_TRANSLATE_NOOP("CharName", "bullet")),
    **dict.fromkeys("▪▫●", QT_TRANSLATE_NOOP("CharName", "square or round bullet")),
    **dict.fromkeys("…", QT_TRANSLATE_NOOP("CharName", "ellipsis")),
    **dict.fromkeys("·‧", QT_TRANSLATE_NOOP("CharName", "middle dot")),
    **dict.fromkeys("©", QT_TRANSLATE_NOOP("CharName", "copyright sign")),
    **dict.fromkeys("®", QT_TRANSLATE_NOOP("CharName", "registered trademark sign")),
    **dict.fromkeys("™", QT_TRANSLATE_NOOP("CharName", "trademark sign")),
    **dict.fromkeys("º", QT_TRANSLATE_NOOP("CharName", "masculine ordinal indicator")),
    **dict.fromkeys("ª", QT_TRANSLATE_NOOP("CharName", "feminine ordinal indicator")),
    **dict.fromkeys("°", QT_TRANSLATE_NOOP("CharName", "degree sign")),
    **dict.fromkeys("×", QT_TRANSLATE_NOOP("CharName", "multiplication sign")),
    **dict.fromkeys("÷", QT_TRANSLATE_NOOP("CharName", "division sign")),
    **dict.fromkeys("⁄", QT_TRANSLATE_NOOP("CharName", "fraction slash")),
    **dict.fromkeys("¦", QT_TRANSLATE_NOOP("CharName", "broken bar")),
    **dict.fromkeys("½¼¾", QT_TRANSLATE_NOOP("CharName", "fraction")),
    **dict.fromkeys("¢", QT_TRANSLATE_NOOP("CharName", "cent sign")),
    **dict.fromkeys("ˆ", QT_TRANSLATE_NOOP("CharName", "loose circumflex accent")),
    **dict.fromkeys("˜", QT_TRANSLATE_NOOP("CharName", "loose tilde")),
}
"""Character → its English name (the catalog translates it). Every character of smart
encoding's `REPLACEMENTS` has one (tests/core/text/test_char_names.py)."""

_ACCENTED = QT_TRANSLATE_NOOP("CharName", "accented letter “%1”")
_LETTER = QT_TRANSLATE_NOOP("CharName", "letter “%1”")
_DIGIT = QT_TRANSLATE_NOOP("CharName", "digit “%1”")
_EMOJI = QT_TRANSLATE_NOOP("CharName", "emoji")
_SKIN_TONE = QT_TRANSLATE_NOOP("CharName", "emoji skin tone")
_COMBINING = QT_TRANSLATE_NOOP("CharName", "combining accent %1")
_CONTROL = QT_TRANSLATE_NOOP("CharName", "control character %1")
_PRIVATE = QT_TRANSLATE_NOOP("CharName", "private-use character %1")
_FORMAT = QT_TRANSLATE_NOOP("CharName", "invisible formatting character %1")
_UNASSIGNED = QT_TRANSLATE_NOOP("CharName", "unassigned character %1")
_SPACE = QT_TRANSLATE_NOOP("CharName", "wide or special space")
_SYMBOL = QT_TRANSLATE_NOOP("CharName", "symbol “%1”")
_PUNCTUATION = QT_TRANSLATE_NOOP("CharName", "punctuation mark “%1”")
_OTHER = QT_TRANSLATE_NOOP("CharName", "character %1")

_PICTOGRAPH = regex.compile(r"[\p{Extended_Pictographic}\p{Regional_Indicator}]")
_MODIFIER = regex.compile(r"\p{Emoji_Modifier}")

_BY_CATEGORY: dict[str, str] = {"Cc": _CONTROL, "Co": _PRIVATE, "Cf": _FORMAT,
                                "Cn": _UNASSIGNED, "Cs": _UNASSIGNED, "Zs": _SPACE,
                                "Zl": _NAMES["\u2028"], "Zp": _NAMES["\u2029"],
                                "Mn": _COMBINING, "Me": _COMBINING, "Mc": _COMBINING,
                                "Nd": _DIGIT, "No": _DIGIT, "Nl": _LETTER,
                                **dict.fromkeys(("Sc", "Sm", "Sk", "So"), _SYMBOL),
                                **dict.fromkeys(("Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po"),
                                                _PUNCTUATION)}
_SHOWN = frozenset({_LETTER, _ACCENTED, _DIGIT, _SYMBOL, _PUNCTUATION})
"""The wordings that show the character itself (%1); the others give its code point."""


def code_point(char: str) -> str:
    """'U+201C': how the program writes a character's number."""
    return f"U+{ord(char):04X}"


def char_name(char: str, translate: Translate = english) -> str:
    """What to call `char` (one code point) in the language of `translate`: a name from the
    table ("left curly quote “", the character shown when it is visible), else its kind
    ("accented letter “á”", "emoji 😀", "control character U+0007"), else "character U+XXXX".
    Never Unicode's English name."""
    category = unicodedata.category(char)
    visible = category[0] not in "ZCM"
    if char in _NAMES:
        return translate(_C, _NAMES[char]) + (f" {char}" if visible else "")
    if _MODIFIER.match(char):
        return translate(_C, _SKIN_TONE)
    if _PICTOGRAPH.match(char):
        return f"{translate(_C, _EMOJI)} {char}"
    if category.startswith("L"):
        accented = unicodedata.normalize("NFD", char) != char
        return fill(translate(_C, _ACCENTED if accented else _LETTER), char)
    text = _BY_CATEGORY.get(category, _OTHER)
    return fill(translate(_C, text), char if text in _SHOWN else code_point(char))


def char_label(char: str, translate: Translate = english) -> str:
    """`char_name` with the code point when the name does not already give it:
    "left curly quote (U+201C)", "control character U+0007"."""
    name = char_name(char, translate)
    code = code_point(char)
    return name if code in name else f"{name} ({code})"
