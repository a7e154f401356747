"""Merge fields: parsing against the list's headers, errors naming rows, campaign totals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from masiv_desktop.core.text.measure import analyze
from masiv_desktop.core.text.merge import (
    MissingValuesError,
    TemplateError,
    header_key,
    parse_template,
    render_campaign,
    rows_from_mappings,
)
from masiv_desktop.core.usertypes import Encoding, PartRule

HEADERS = ("Teléfono", "Nombre", " Saldo ", "Fecha de pago")


def test_placeholders_match_headers_ignoring_case_accents_and_spaces() -> None:
    template = parse_template("Hola { NOMBRE }, tel {telefono}, {saldo}, {FECHA  DE PAGO}",
                              HEADERS)
    assert [(f.column, f.header) for f in template.fields] == [
        (1, "Nombre"), (0, "Teléfono"), (2, "Saldo"), (3, "Fecha de pago")]
    assert template.render(("573001", "Ana", "10", "hoy")) == "Hola Ana, tel 573001, 10, hoy"


def test_header_key() -> None:
    assert header_key("  Teléfono   Móvil ") == header_key("TELEFONO movil") == "telefono movil"


def test_defaults_and_escaped_braces() -> None:
    template = parse_template("{{Hola}} {Nombre|cliente}, saldo {Saldo|}}}", HEADERS)
    assert template.render(("1", "  ", "", "")) == "{Hola} cliente, saldo }"
    assert template.render(("1", " Ana ", "5", "")) == "{Hola} Ana, saldo 5}"
    assert template.fields[0].default == "cliente"
    assert template.fields[1].default == ""


def test_template_without_fields() -> None:
    template = parse_template("Promo {{2x1}}", HEADERS)
    assert not template.has_fields
    assert template.render(()) == "Promo {2x1}"


def test_unknown_placeholders_are_all_named_with_a_suggestion() -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template("Hola {Nombr}, tu {Ciudad} y {Saldo}", HEADERS)
    assert caught.value.problems == (
        "{Nombr} matches no column of the list. Did you mean {Nombre}?",
        "{Ciudad} matches no column of the list. The columns are: {Teléfono}, {Nombre}, "
        "{Saldo}, {Fecha de pago}.",
    )


@pytest.mark.parametrize(("template", "problem"), [
    ("Hola {Nombre", "The { at character 6 is never closed: write {{ for a literal {."),
    ("Hola } x", "The } at character 6 closes nothing: write }} for a literal }."),
    ("Hola {}", "{} names no column: write {Column name}."),
    ("Hola { |x}", "{ |x} names no column: write {Column name}."),
])
def test_broken_braces(template: str, problem: str) -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template(template, HEADERS)
    assert caught.value.problems == (problem,)


def test_two_columns_with_the_same_name_are_ambiguous() -> None:
    with pytest.raises(TemplateError, match=r'several columns \("Nombre" and "NOMBRE "\)'):
        parse_template("{nombre}", ("Nombre", "NOMBRE "))
    assert parse_template("{x}", ("Nombre", "NOMBRE ", "X")).fields[0].column == 2


def test_empty_values_name_every_row() -> None:
    rows = [("1", "Ana", "5", "hoy"), ("2", "", "5", ""), ("3", None, "5", "hoy"),
            ("4",), ("5", "Luis", "5", " ")]
    with pytest.raises(MissingValuesError) as caught:
        render_campaign("Hola {Nombre}, paga el {Fecha de pago}", HEADERS, rows,
                        row_numbers=[2, 3, 4, 5, 6])
    missing = {m.header: m.rows for m in caught.value.missing}
    assert missing == {"Nombre": (3, 4, 5), "Fecha de pago": (3, 5, 6)}
    assert str(caught.value).startswith('The column "Nombre" is empty in rows 3, 4, 5: ')


def test_many_missing_rows_are_summarised() -> None:
    rows = [("1", "")] * 25
    with pytest.raises(MissingValuesError) as caught:
        render_campaign("{Nombre}", HEADERS, rows)
    assert "1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 15 more" in str(caught.value)
    assert len(caught.value.missing[0].rows) == 25


def test_render_campaign_totals() -> None:
    rows = [("1", "Ana"), ("2", "Luis"), ("3", "Íñigo"), ("4", "B" * 160), ("5", "Eva")]
    result = render_campaign("Hola {Nombre}", HEADERS, rows, PartRule.GSM)
    assert result.texts[:3] == ("Hola Ana", "Hola Luis", "Hola Íñigo")
    assert result.parts == (1, 1, 1, 2, 1)
    assert (result.messages, result.total_parts, result.min_parts, result.max_parts) == (
        5, 6, 1, 2)
    assert result.average_parts == pytest.approx(1.2)
    assert result.usual_parts == 1
    assert result.longer_rows == (3,)
    assert result.unicode_rows == (2,)
    assert result.too_long_rows == ()
    assert result.histogram() == {1: 4, 2: 1}


def test_render_campaign_without_long_messages_lists_what_the_gateway_refuses() -> None:
    rows = [("1", "Ana"), ("2", "B" * 160)]
    result = render_campaign("Hola {Nombre}", HEADERS, rows, PartRule.MASIV_HTTP, False)
    assert result.too_long_rows == (1,)


def test_render_campaign_texts_are_nfc_and_can_be_left_out() -> None:
    rows = [("1", "Jose\u0301")]
    assert render_campaign("{Nombre}", HEADERS, rows).texts == ("José",)
    lean = render_campaign("{Nombre}", HEADERS, rows, keep_texts=False)
    assert lean.texts == () and lean.parts == (1,)


def test_render_campaign_without_fields_counts_every_row() -> None:
    result = render_campaign("Promo “hoy”", HEADERS, [("1",), ("2",), ("3",)])
    assert result.texts == ("Promo “hoy”",) * 3
    assert result.unicode_rows == (0, 1, 2)
    assert result.total_parts == 3


def test_a_template_without_fields_writes_doubled_braces_once() -> None:
    """`{{50%}}` is sent as `{50%}` with or without a field, and counted that way."""
    result = render_campaign("Promo {{50%}} hoy", HEADERS, [(), ()], keep_texts=False)
    assert result.fixed_text == "Promo {50%} hoy" and result.texts == ()
    assert render_campaign("Promo {{50%}} hoy", HEADERS, [()]).texts == ("Promo {50%} hoy",)
    assert render_campaign("Promo {{50%}} {Nombre}", HEADERS, [("1", "Ana")]).texts == (
        "Promo {50%} Ana",)
    assert render_campaign("{Nombre}", HEADERS, [("1", "Ana")]).fixed_text is None


def test_parts_are_counted_on_the_rendered_braces() -> None:
    """160 characters once rendered fit in one SMS; the template as written (162) would not."""
    template = "{{" + "x" * 158 + "}}"
    result = render_campaign(template, HEADERS, [()], PartRule.MASIV_HTTP)
    assert result.fixed_text == "{" + "x" * 158 + "}"
    assert result.parts == (1,) and analyze(template).parts == 2


def test_render_campaign_of_nothing() -> None:
    result = render_campaign("Hola {Nombre}", HEADERS, [])
    assert (result.messages, result.total_parts, result.max_parts) == (0, 0, 0)
    assert result.average_parts == 0.0


def test_cells_that_are_not_text_are_written_as_text() -> None:
    result = render_campaign("{Nombre} {Saldo}", HEADERS, [("1", "Ana", 1500)])
    assert result.texts == ("Ana 1500",)


def test_rows_from_mappings() -> None:
    rows = rows_from_mappings(HEADERS, [{"Nombre": "Ana", " Saldo ": "5"}])
    result = render_campaign("{Nombre} {Saldo} {Teléfono|-}", HEADERS, rows)
    assert result.texts == ("Ana 5 -",)


def test_a_value_with_braces_is_written_as_is() -> None:
    result = render_campaign("Hola {Nombre}", HEADERS, [("1", "{Saldo}")])
    assert result.texts == ("Hola {Saldo}",)


_CELLS = st.lists(st.sampled_from([*"aZ9 é€\r\nΔá“\t", "😀", "e\u0301"]),
                  max_size=90).map("".join)
_LITERALS = st.lists(st.sampled_from([*"aZ9 é€\nΔá“", "\r\n", "😀", "e\u0301"]),
                     max_size=90).map("".join)
"""What a message may hold: no control but the line break (a cell may hold any)."""


@settings(max_examples=150, deadline=None)
@given(literal=_LITERALS, rows=st.lists(st.tuples(_CELLS, _CELLS), max_size=8),
       rule=st.sampled_from(list(PartRule)), long_message=st.booleans())
def test_render_campaign_agrees_with_analyze(literal: str, rows: list[tuple[str, str]],
                                             rule: PartRule, long_message: bool) -> None:
    template = "{Nombre|x}" + literal.replace("{", "{{").replace("}", "}}") + "{Saldo|y}"
    result = render_campaign(template, HEADERS, [("1", a, b) for a, b in rows], rule,
                             long_message)
    for index, (name, balance) in enumerate(rows):
        text = (name.strip() or "x") + literal + (balance.strip() or "y")
        analysis = analyze(text, rule, long_message=long_message)
        assert result.texts[index] == analysis.text
        assert result.parts[index] == analysis.parts
        assert (index in result.unicode_rows) == (analysis.encoding is Encoding.UCS2)
        assert (index in result.too_long_rows) == analysis.exceeds_single_limit


@pytest.mark.parametrize("rule", list(PartRule))
@pytest.mark.parametrize("long_message", [True, False])
def test_plain_long_texts_agree_with_analyze(rule: PartRule, long_message: bool) -> None:
    names = ["a" * n for n in range(120, 330, 3)] + ["Δ" * 200, "é" * 150 + "\r\n" + "b" * 9]
    result = render_campaign("Hola {Nombre}.", HEADERS, [("1", n) for n in names], rule,
                             long_message)
    for index, name in enumerate(names):
        analysis = analyze(f"Hola {name}.", rule, long_message=long_message)
        assert result.parts[index] == analysis.parts
        assert (index in result.too_long_rows) == analysis.exceeds_single_limit
        assert (index in result.unicode_rows) == (analysis.encoding is Encoding.UCS2)
