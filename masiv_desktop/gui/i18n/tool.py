"""Refresh and check the translations (no Makefile needed).

    python -m masiv_desktop.gui.i18n.tool update    # extract tr() strings into the .ts files
    python -m masiv_desktop.gui.i18n.tool compile   # .ts -> .qm (commit both)
    python -m masiv_desktop.gui.i18n.tool check     # exit 1 if stale, untranslated, uncompiled
                                                    # or off the Spanish house style (wording)

The source strings are English. `masiv_desktop_es.ts` holds every string; `masiv_desktop_en.ts`
only the plural forms (`%n`), as Qt recommends for the source language. Locations are not
recorded, so moving code around does not make the files stale; changing a string does.
After `update`, translate the new entries (Qt Linguist: `pyside6-linguist`), then `compile`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import PySide6

from masiv_desktop.core.words import CATALOG, LANGUAGES
from masiv_desktop.gui.i18n.wording import spanish_problems
from masiv_desktop.gui.resources import translations_dir

PACKAGE_DIR = Path(__file__).resolve().parents[1]
"""The GUI package: every tr() string is in a module under it."""
CORE_DIR = PACKAGE_DIR.parent / "core"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool


def _tool(name: str) -> str:
    bundled = Path(PySide6.__file__).resolve().parent / name
    for candidate in (bundled, bundled.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships lupdate and lrelease)")
    return found


def sources() -> list[Path]:
    """Every Python file of the GUI (its tr() strings) and the core's files that mark words
    with QT_TRANSLATE_NOOP (`core/words.py`): one catalog for both."""
    gui = [p for p in PACKAGE_DIR.rglob("*.py") if p != Path(__file__).resolve()]
    core = [p for p in CORE_DIR.rglob("*.py") if p.name != "words.py"
            and "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8")]
    return sorted(gui + core)


def ts_file(language: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"{CATALOG}_{language}.ts"


def qm_file(language: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"{CATALOG}_{language}.qm"


def update(folder: Path | None = None) -> None:
    """Run lupdate for each language into `folder` (default: resources/translations)."""
    for language in LANGUAGES:
        target = ts_file(language, folder)
        target.parent.mkdir(parents=True, exist_ok=True)
        command = [_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                   "-source-language", "en", "-target-language", language,
                   *map(str, sources()), "-ts", str(target)]
        if language == "en":
            command.insert(1, "-pluralonly")
        subprocess.run(command, check=True, capture_output=True)


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)


def compile_all() -> None:
    for language in LANGUAGES:
        compile_qm(ts_file(language), qm_file(language))


def messages(ts: Path) -> dict[Message, list[str]]:
    """Each message of a .ts with its translations ([] or [""] when untranslated)."""
    found: dict[Message, list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            key = Message(name, message.findtext("source", ""), message.findtext("comment", ""),
                          numerus)
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                  "obsolete"):
                found[key] = []
            elif numerus:
                found[key] = [form.text or "" for form in translation.iter("numerusform")]
            else:
                found[key] = [translation.text or ""]
    return found


def check() -> list[str]:
    """Problems with the committed translations (and the Spanish wording, `wording`); empty
    when all is well."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as temp:
        fresh_dir = Path(temp)
        for language in LANGUAGES:
            if ts_file(language).exists():
                shutil.copy(ts_file(language), ts_file(language, fresh_dir))
        update(fresh_dir)
        for language in LANGUAGES:
            committed = ts_file(language)
            if not committed.exists():
                problems.append(f"{committed} is missing: run the 'update' command")
                continue
            problems += _stale(language, messages(committed), messages(ts_file(language,
                                                                               fresh_dir)))
            problems += [f"{committed.name}: untranslated: [{m.context}] {m.source!r}"
                         for m, forms in messages(committed).items()
                         if not forms or not all(f.strip() for f in forms)]
            problems += _uncompiled(language, fresh_dir)
    if ts_file("es").exists():
        problems += spanish_problems(ts_file("es"))
    return problems


def _stale(language: str, committed: dict[Message, list[str]],
           fresh: dict[Message, list[str]]) -> list[str]:
    name = ts_file(language).name
    return ([f"{name} is stale: new string [{m.context}] {m.source!r}"
             for m in fresh.keys() - committed.keys()]
            + [f"{name} is stale: string no longer in the code [{m.context}] {m.source!r}"
               for m in committed.keys() - fresh.keys()])


def _uncompiled(language: str, temp: Path) -> list[str]:
    qm = qm_file(language)
    if not qm.exists():
        return [f"{qm} is missing: run the 'compile' command"]
    expected = temp / f"expected_{language}.qm"
    compile_qm(ts_file(language), expected)
    if expected.read_bytes() != qm.read_bytes():
        return [f"{qm.name} does not match {ts_file(language).name}: run the 'compile' command"]
    return []


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0] not in ("update", "compile", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    if args[0] == "update":
        update()
        print(f"updated {', '.join(ts_file(lang).name for lang in LANGUAGES)}; "
              "translate the new entries, then run 'compile'")
    elif args[0] == "compile":
        compile_all()
        print(f"compiled {', '.join(qm_file(lang).name for lang in LANGUAGES)}")
    else:
        problems = check()
        for problem in problems:
            print(problem)
        if problems:
            return 1
        print("translations are complete and up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
