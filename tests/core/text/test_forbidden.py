"""Characters no SMS can carry are found with their position; CR LF is a line break."""

from __future__ import annotations

import pytest

from masiv_desktop.core.text.forbidden import forbidden_characters, with_plain_newlines
from masiv_desktop.core.text.merge import TemplateError, parse_template


def test_each_control_is_found_with_its_position_and_name() -> None:
    found = forbidden_characters("a\x00b\x07c\x1bd\x7fe\rf\tg\n\udcff\ue000")
    assert [(f.position, f.short_name or f.code_point) for f in found] == [
        (2, "NUL"), (4, "BEL"), (6, "ESC"), (8, "DEL"), (10, "CR"), (12, "TAB"),
        (15, "U+DCFF"), (16, "U+E000")]
    assert found[0].describe() == "NUL (U+0000) at character 2"


def test_line_breaks_are_allowed_and_windows_ones_made_plain() -> None:
    assert forbidden_characters("Hola\nAna\r\nGracias") == []
    assert with_plain_newlines("Hola\r\nAna\r\n") == "Hola\nAna\n"


@pytest.mark.parametrize("template", ["Hola\x00", "Hola {Nombre}\x1b", "\udcffHola"])
def test_a_template_with_a_control_cannot_be_used(template: str) -> None:
    with pytest.raises(TemplateError, match="which no SMS can carry"):
        parse_template(template, ["Nombre"])
