"""The Spanish catalog keeps the house style of docs/glossary.md: usted, one word per thing,
no English left, counts through plural forms (`gui/i18n/wording.py`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from masiv_desktop.gui.i18n import wording
from masiv_desktop.gui.i18n.tool import ts_file
from masiv_desktop.gui.i18n.wording import Entry, entry_problems, spanish_problems

GLOSSARY = Path(__file__).resolve().parents[3] / "docs" / "glossary.md"


def problems_of(spanish: str, source: str = "Some English text.") -> list[str]:
    return entry_problems(Entry("Context", source, (spanish,), numerus=False))


def test_the_committed_spanish_catalog_keeps_the_house_style() -> None:
    assert spanish_problems(ts_file("es")) == []


@pytest.mark.parametrize("spanish", [
    "La campaña continúa sola la próxima vez que abras Masiv Desktop.",
    "Otra ventana está enviando esta campaña. Espera a que termine o páusala desde allí.",
    "Revisa el usuario y la contraseña.",
    "Elige la columna del celular.",
    "Escribe el mensaje.",
    "Pulsa Reanudar.",
    "Haz clic en Enviar.",
    "Intenta de nuevo.",
    "Puedes cambiarlo en Preferencias.",
    "No tienes créditos.",
    "¿Quieres enviar la campaña?",
    "Revise tu cuenta.",
    "Tus campañas están a salvo.",
    "Te avisaremos.",
    "Ábrelo en Excel y guárdalo de nuevo.",
])
def test_a_tu_form_is_found(spanish: str) -> None:
    assert any("tú" in p for p in problems_of(spanish)), spanish


@pytest.mark.parametrize("spanish", [
    "La contraseña está vacía.",
    "El envío espera hasta las 8:00.",
    "Espere a que termine o páusela desde allí.",
    "Revise el usuario; luego pulse Reanudar.",
    "Un tutorial de Estratec: tuvo un error en la pasarela.",
    "La campaña se pausa y usted puede reanudarla.",
    "Escríbala en Preferencias › Cuenta › Contraseña.",
    "Los celulares no lo muestran.",
    "En espera",
])
def test_usted_is_not_mistaken_for_tu(spanish: str) -> None:
    assert problems_of(spanish) == []


@pytest.mark.parametrize(("spanish", "word"), [
    ("La plataforma no tiene forma de retirarlos.", "pasarela"),
    ("Pasarela de prueba en este computador.", "equipo"),
    ("Este ordenador no tiene llavero.", "equipo"),
    ("Corrija los campos combinados.", "campo de combinación"),
    ("Cada encabezado se puede usar como campo de fusión.", "campo de combinación"),
    ("Entregado a la red", "Entregado al operador"),
    ("Escriba su número móvil.", "celular"),
    ("No se puede conectar con el almacén del equipo.", "base de datos compartida"),
    ("La base de datos del equipo rechazó la contraseña.", "base de datos compartida"),
])
def test_an_off_glossary_word_is_found(spanish: str, word: str) -> None:
    assert any("glossary" in p and word in p for p in problems_of(spanish)), spanish


def test_the_masiv_web_platform_keeps_its_name() -> None:
    assert problems_of("Cree el usuario en la plataforma web de Masiv.") == []


def _never_words() -> list[str]:
    """The words of the glossary's "Never" columns (the second of the usted table, the third
    of the word table), split at commas and slashes."""
    words: list[str] = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 2 or set(cells[0]) <= {"-"} or cells[0] in ("English", "Say (usted)"):
            continue
        never = cells[1] if len(cells) == 2 else cells[2]
        words += [w.strip().replace("**", "") for w in re.split(r"[,/]", never) if w.strip()]
    return words


def test_every_word_the_glossary_forbids_is_checked() -> None:
    words = _never_words()
    assert {"plataforma", "computador", "campo combinado", "Entregado a la red", "abras",
            "páusala", "tu"} <= set(words) | {w.split()[-1] for w in words}
    missed = [w for w in words if not problems_of(f"Revise esto. {w[0].upper()}{w[1:]} algo.")]
    assert missed == []


@pytest.mark.parametrize(("source", "spanish"), [
    ("Send test", "Send test"),
    ("Sending", ""),
    ("Report saved: %1", "Informe guardado: %1. Please open the file."),
    ("The file %1", "El archivo %1 and the other"),
])
def test_english_left_in_the_spanish_ui_is_found(source: str, spanish: str) -> None:
    assert problems_of(spanish, source), spanish


@pytest.mark.parametrize("same", ["Masiv Desktop", "%1 h %2 min", "Unicode", "Error", "Total",
                                  "UTC", "—", "SMPP Latin-1 (140/134)",
                                  "Masiv (api.masivapp.com)", "GSM 03.38 (160/153, 70/67)"])
def test_names_and_symbols_may_stay_as_they_are(same: str) -> None:
    assert problems_of(same, same) == []


def test_settings_and_commands_inside_a_sentence_are_not_english() -> None:
    assert problems_of("la dirección base de la pasarela cuando gateway_preset es custom; "
                       "impórtelo (masiv suppress import ARCHIVO --source rne)") == []


@pytest.mark.parametrize("spanish", ["%1 — unas %2 filas", "%1 de %2 enviados",
                                     "%1 partes de SMS", "hace %2 días"])
def test_a_count_outside_a_plural_string_is_found(spanish: str) -> None:
    assert any("plural" in p for p in problems_of(spanish)), spanish


def test_plural_strings_need_both_spanish_forms() -> None:
    one = Entry("Context", "%n row(s)", ("%n fila",), numerus=True)
    two = Entry("Context", "%n row(s)", ("%n fila", "%n filas"), numerus=True)
    assert entry_problems(one) and entry_problems(two) == []


def test_a_catalog_file_is_checked_entry_by_entry(tmp_path: Path) -> None:
    ts = tmp_path / "masiv_desktop_es.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="es">'
        "<context><name>Ctx</name>"
        "<message><source>Wait</source><translation>Espera un momento.</translation></message>"
        '<message><source>New</source><translation type="unfinished"/></message>'
        "<message><source>Row</source><translation>Fila</translation></message>"
        "</context></TS>", encoding="utf-8")
    problems = spanish_problems(ts)
    assert len(problems) == 2
    assert "[Ctx] 'Wait'" in problems[0] and "tú" in problems[0]
    assert "[Ctx] 'New'" in problems[1] and "untranslated" in problems[1]
    assert wording.main([str(ts)]) == 1


def test_the_spanish_texts_outside_the_catalog_say_usted_too() -> None:
    from masiv_desktop.cli.demo_cmd import MESSAGE
    from masiv_desktop.core.settings.options import DEFAULT_OPT_OUT_FOOTER
    from masiv_desktop.core.startup import SAMPLE_MESSAGE

    for text in (DEFAULT_OPT_OUT_FOOTER, SAMPLE_MESSAGE, MESSAGE):
        assert problems_of(text) == [], text
