"""The Spanish catalog's house style, checked: *usted*, one word per thing, no English left,
counts through plural forms. The rules a person reads are in `docs/glossary.md`; this module
is what `tool check` (and `tests/gui/i18n/test_spanish_words.py`) runs over
`masiv_desktop_es.ts`, so a merge that brings back "abras" or "plataforma" fails the tests.

A developer tool like `tool` (not bundled, no Qt). `spanish_problems(path)` works on any .ts
file, so it can be re-run on a merged catalog:

    python -m masiv_desktop.gui.i18n.tool check
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

_WORD = r"(?<![\wáéíóúüñÁÉÍÓÚÜÑ])({})(?![\wáéíóúüñÁÉÍÓÚÜÑ])"


def _words(*words: str) -> re.Pattern[str]:
    return re.compile(_WORD.format("|".join(words)), re.IGNORECASE)


TU_FORMS = _words(
    # possessives and pronouns of tú
    "tu", "tus", "tú", "te", "contigo", "tuyo", "tuya", "tuyos", "tuyas",
    # present and subjunctive of tú: only tú ends like this
    "abras", "abres", "cierras", "cierres", "esperes", "revisas", "revises", "eliges", "elijas",
    "escribes", "escribas", "pulsas", "pulses", "haces", "hagas", "intentas", "intentes",
    "puedes", "puedas", "tienes", "tengas", "quieres", "quieras", "debes", "debas",
    "necesitas", "necesites", "estás", "estés", "eres", "seas", "vuelves", "vuelvas", "envías",
    "envíes", "cancelas", "canceles", "guardes", "borres", "elimines", "eliminas", "agregas",
    "agregues", "añades", "añadas", "sabes", "sepas", "recibes", "recibas", "sigues", "sigas",
    "usas", "uses", "cambias", "cambies", "corriges", "corrijas", "confirmas", "confirmes",
    "reanudas", "reanudes", "pausas(?= la| el| su)", "verás", "podrás", "tendrás", "recibirás",
    # imperatives of tú that no other person shares
    "haz", "pon", "sal(?= de)", "ten(?= en)", "dale", "mira", "oye",
    # tú imperatives with a pronoun (usted: páusela, ábralo, revísela…)
    "páusala", "páusalo", "páusalas", "ábrela", "ábrelo", "ábrelos", "ciérrala", "ciérralo",
    "guárdala", "guárdalo", "bórrala", "bórralo", "bórralos", "revísala", "revísalo",
    "revísalos", "elígela", "elígelo", "escríbela", "escríbelo", "corrígela", "corrígelo",
    "inténtalo", "cámbiala", "cámbialo", "llénala", "llénalo", "quítala", "quítalo",
    "impórtala", "impórtalo", "recárgala", "descárgala", "descárgalo", "envíala", "envíalo",
    "selecciónala", "selecciónalo", "reanúdala", "cancélala", "elimínala",
    "elimínalo", "agrégala", "agrégalo", "confírmalo", "dímelo")
"""Words only *tú* uses (the program says *usted*: abra, espere, revise, puede, su)."""

TU_AT_START = re.compile(
    r"(?:^|[.:;!?¿¡(—–]\s*|\s[oy]\s)(espera|revisa|elige|escribe|intenta|abre|cierra|borra|"
    r"guarda|cambia|usa|vuelve|elimina|agrega|añade|selecciona|confirma|corrige|llena|quita|"
    r"importa|descarga|envía|cancela|reanuda|recarga|sigue|comprueba|verifica|instala|"
    r"configura|pulsa|presiona|haz|asegúrate|recuerda)\s+\S", re.IGNORECASE)
"""Forms shared by *tú*'s imperative and the third person ("el envío espera"): a *tú*
command only where a sentence or clause starts with it ("Espera a que termine")."""


@dataclass(frozen=True)
class OffGlossary:
    pattern: re.Pattern[str]
    use: str


OFF_GLOSSARY: tuple[OffGlossary, ...] = (
    OffGlossary(_words(r"plataformas?(?! web)"),
                "«pasarela» for the gateway («plataforma web» only for Masiv's web site)"),
    OffGlossary(_words(r"computador(?:a|es|as)?", r"ordenador(?:es)?", r"PC"),
                "«equipo» for the computer"),
    OffGlossary(_words(r"campos? combinados?", r"campos? de fusión", r"campos? de mezcla",
                       r"campos? combinables?"),
                "«campo de combinación» (as Word says it) for a merge field"),
    OffGlossary(_words(r"entregad[oa]s? a la red"),
                "«Entregado al operador» for delivered to the network"),
    OffGlossary(_words(r"móvil", r"móviles"), "«celular» (Colombian usage) for a mobile"),
    OffGlossary(_words(r"reportes? de entrega"), "«informe de entrega» for the report, "
                "«confirmación de entrega» for the operator's delivery receipt"),
    OffGlossary(_words(r"almac[eé]n(?:es)? del equipo", r"bases? de datos del equipo"),
                "«base de datos compartida» for the team store («equipo» is the computer)"),
)
"""A word for a thing the glossary names otherwise, and the word to use."""

ENGLISH_WORDS = _words(
    "the", "and", "please", "with", "your", "you", "this", "that", "from", "for", "of", "to",
    "is", "are", "was", "were", "not", "cannot", "can't", "don't", "click", "press", "send",
    "sent", "cancel", "campaign", "campaigns", "message", "messages", "recipient",
    "recipients", "gateway", "settings", "failed", "unknown", "delivered", "file", "row",
    "rows", "column", "part", "parts", "which", "will", "should", "there", "these", "those")
"""English words that are never Spanish (not "no", "a", "error", "total", "test")."""

SAME_IN_BOTH = frozenset({
    "error", "total", "unicode", "masiv", "desktop", "sms", "excel", "csv", "smpp", "utc",
    "gsm", "tls", "http", "api", "ip", "rne", "ley", "s", "min", "h", "latin", "xlsx", "ods",
    "txt", "crc", "id", "voip", "ok", "estratec", "libreoffice", "emoji", "no"})
"""Words that read the same in Spanish: a translation made only of these, numbers,
placeholders and punctuation may equal its English source."""

SAME_ALLOWED = frozenset({"System id:", "System type:"})
"""Sources kept in English on purpose: the SMPP parameter names the provider uses."""

COUNT_WITHOUT_PLURAL = re.compile(
    r"%L?\d[ \t]+(?:\w+[ \t]+)?(filas|destinatarios|partes|mensajes|números|personas|"
    r"caracteres|días|horas|celdas|columnas|hojas|campañas|minutos|segundos|septetos|unidades|"
    r"enviad[oa]s|cancelad[oa]s|aceptad[oa]s|rechazad[oa]s|entregad[oa]s|inciert[oa]s|"
    r"necesitan|recibirán|tienen|quedan|esperan)\b",
    re.IGNORECASE)
"""A number written before a plural noun in a plain (non-%n) string: "unas %2 filas" reads
"unas 1 filas" for one row. Such a count needs a numerus string (%n / %Ln)."""

_CODE = re.compile(r"<[^>]+>|%L?[n\d]|`[^`]*`|'[^']*'|\([^)]*[_.][^)]*\)|\S*[_./@-]\S*"
                   r"|--\S+|\b[A-Z]{2,}\b")
"""Markup, placeholders and code-like words (setting names, addresses, commands, ACRONYMS)
that legitimately stay as they are inside a Spanish sentence."""


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    forms: tuple[str, ...]
    """The translation (one form, or the plural forms); () when unfinished."""
    numerus: bool


def entries(ts: Path) -> list[Entry]:
    """Every message of the .ts file `ts`."""
    found: list[Entry] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            forms: tuple[str, ...] = ()
            if translation is not None and not translation.get("type"):
                forms = (tuple(f.text or "" for f in translation.iter("numerusform"))
                         if numerus else (translation.text or "",))
            found.append(Entry(name, message.findtext("source", ""), forms, numerus))
    return found


def spanish_problems(ts: Path) -> list[str]:
    """What breaks the house style in the Spanish catalog `ts`; empty when all is well."""
    problems: list[str] = []
    for entry in entries(ts):
        where = f"{ts.name}: [{entry.context}] {entry.source!r}"
        problems += [f"{where}: {p}" for p in entry_problems(entry)]
    return problems


def entry_problems(entry: Entry) -> list[str]:
    """What is wrong with one message's Spanish translation."""
    if not entry.forms or not all(form.strip() for form in entry.forms):
        return ["untranslated (empty or unfinished)"]
    problems: list[str] = []
    for form in entry.forms:
        problems += [f"«{m.group(1)}» is tú: say it with usted" for m in TU_FORMS.finditer(form)]
        problems += [f"«{m.group(1)}» starts a tú command: say it with usted"
                     for m in TU_AT_START.finditer(form)]
        problems += [f"«{m.group(0)}» is off the glossary: use {rule.use}"
                     for rule in OFF_GLOSSARY for m in rule.pattern.finditer(form)]
        prose = _CODE.sub(" ", form)
        problems += [f"«{m.group(1)}» is English" for m in ENGLISH_WORDS.finditer(prose)]
    if not entry.numerus:
        problems += [f"«{m.group(0)}» is a count: make the string a %n plural"
                     for m in COUNT_WITHOUT_PLURAL.finditer(entry.forms[0])]
    elif len(entry.forms) != 2:
        problems.append(f"has {len(entry.forms)} plural forms, Spanish has 2")
    if _left_in_english(entry):
        problems.append("left in English (the translation equals the source)")
    return problems


def _left_in_english(entry: Entry) -> bool:
    if entry.numerus or entry.source in SAME_ALLOWED or entry.forms[0] != entry.source:
        return False
    words = re.findall(r"[^\W\d_]+", re.sub(r"%L?[n\d]|\([^)]*\)", " ", entry.source))
    return any(word.lower() not in SAME_IN_BOTH for word in words)


def main(argv: list[str] | None = None) -> int:
    """`python -m masiv_desktop.gui.i18n.wording [FILE.ts]`: print the problems, exit 1 if any."""
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else (Path(__file__).resolve().parents[3] / "resources"
                                       / "translations" / "masiv_desktop_es.ts")
    problems = spanish_problems(path)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
