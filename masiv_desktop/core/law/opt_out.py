"""Does a reply mean "stop sending me messages"? The stop words of the `opt_out_words` setting.

The opt-out line ("Responda SALIR para no recibir más mensajes") promises that a reply saying
so is honoured (Ley 2300 de 2023: the person may ask to stop at any time). A reply opts out
when it holds one of the stop words or phrases as whole words, ignoring letter case, accents
and punctuation: "SALIR por favor", "salir.", "No más!" and "¡BAJA!" do; "Salirse" and
"Gracias" do not. A phrase ("NO MAS") matches its words in that order, next to each other.
The rule leans towards stopping: "no quiero salir" also opts out, because sending to someone
who asked to stop breaks the law and the opposite only costs one recipient (the user can take
the number off the suppression list).

Pure and thread-safe.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

DEFAULT_OPT_OUT_WORDS = "SALIR, BAJA, STOP, NO MÁS, CANCELAR, PARAR, DETENER, NO ENVIAR, " \
    "ELIMINAR, UNSUBSCRIBE"
"""The `opt_out_words` setting's default: comma-separated words or phrases."""

_WORD = re.compile(r"\w+")


def _folded_words(text: str) -> tuple[str, ...]:
    """The words of `text` without case or accents: "¡No MÁS!" → ("no", "mas")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return tuple(_WORD.findall(plain))


@dataclass(frozen=True)
class StopWords:
    """The stop words and phrases, each as its folded words."""

    phrases: tuple[tuple[str, ...], ...]

    @classmethod
    def parse(cls, text: str) -> StopWords:
        """The setting's text (comma- or semicolon-separated) as stop words; `ValueError`
        when it holds no word at all."""
        phrases = tuple(dict.fromkeys(
            words for item in re.split(r"[,;\n]", text) if (words := _folded_words(item))))
        if not phrases:
            raise ValueError("no stop word")
        return cls(phrases)

    def matched(self, reply: str) -> str | None:
        """The stop word or phrase `reply` holds (folded, words joined by a space), or None."""
        words = _folded_words(reply)
        for phrase in self.phrases:
            size = len(phrase)
            if any(words[i:i + size] == phrase for i in range(len(words) - size + 1)):
                return " ".join(phrase)
        return None

    def stops(self, reply: str) -> bool:
        """True when `reply` asks to receive no more messages."""
        return self.matched(reply) is not None


DEFAULT_STOP_WORDS = StopWords.parse(DEFAULT_OPT_OUT_WORDS)
