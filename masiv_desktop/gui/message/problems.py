"""The merge-field problems of a message, in the user's language.

`core.merge.parse_template` decides whether a template can be used; its sentences are English.
This module says the same things through `tr()` by walking the same tokens, so a Spanish user
reads Spanish while typing. When it finds nothing but the core still refuses the template,
the core's sentence is shown as it is.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from masiv_desktop.core.text.char_names import char_label
from masiv_desktop.core.text.forbidden import Forbidden, forbidden_characters
from masiv_desktop.core.text.merge import (
    MissingValuesError,
    TemplateError,
    header_key,
    parse_template,
)
from masiv_desktop.gui.i18n.translators import tr_fmt

translate = QCoreApplication.translate

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_ROWS_SHOWN = 10


def template_problems(template: str, headers: Sequence[str]) -> list[str]:
    """One translated sentence per problem; empty when the template can be used."""
    try:
        parse_template(template, headers)
    except TemplateError as exc:
        return _translated(template, headers) or list(exc.problems)
    return []


def _translated(template: str, headers: Sequence[str]) -> list[str]:
    keys: dict[str, list[str]] = {}
    for header in headers:
        if header_key(header):
            keys.setdefault(header_key(header), []).append(header.strip())
    problems: list[str] = []
    for match in _TOKEN.finditer(template):
        token = match.group()
        where = str(match.start() + 1)
        if token == "{":
            problems.append(tr_fmt(translate(
                "MessageProblems",
                "The { at character %1 is never closed: write {{ for a literal {."), where))
        elif token == "}":
            problems.append(tr_fmt(translate(
                "MessageProblems",
                "The } at character %1 closes nothing: write }} for a literal }."), where))
        elif match.group(1) is not None:
            problem = _field_problem(token, match.group(1), keys)
            if problem:
                problems.append(problem)
    problems += [forbidden_text(found) for found in forbidden_characters(template)]
    return problems


def forbidden_text(found: Forbidden) -> str:
    """A character no SMS can carry, named with its position, in the user's language: a
    control by its usual abbreviation ("BEL (U+0007)"), anything else as `char_label` calls
    it ("carácter de uso privado U+E000")."""
    name = (f"{found.short_name} ({found.code_point})" if found.short_name
            else char_label(found.char, translate))
    return tr_fmt(translate("MessageProblems", "The message holds %1 at character %2, which no "
                            "SMS can carry: delete it."), name, found.position)


def _field_problem(placeholder: str, inside: str, keys: dict[str, list[str]]) -> str | None:
    key = header_key(inside.partition("|")[0])
    if not key:
        return tr_fmt(translate("MessageProblems", "%1 names no column: write {Column name}."),
                      placeholder)
    found = keys.get(key)
    if found is not None and len(found) > 1:
        names = ", ".join(f'"{h}"' for h in found)
        return tr_fmt(translate("MessageProblems", "%1 matches several columns (%2): rename one "
                                "of them in the list."), placeholder, names)
    if found is not None:
        return None
    sentence = tr_fmt(translate("MessageProblems", "%1 matches no column of the list."),
                      placeholder)
    close = difflib.get_close_matches(key, list(keys), n=1, cutoff=0.6)
    if close:
        field = "{" + keys[close[0]][0] + "}"
        return sentence + " " + tr_fmt(translate("MessageProblems", "Did you mean %1?"), field)
    if keys:
        shown = ", ".join("{" + names[0] + "}" for names in list(keys.values())[:8])
        return sentence + " " + tr_fmt(translate("MessageProblems", "The columns are: %1."), shown)
    return sentence + " " + translate("MessageProblems", "The list has no column headers.")


def missing_values_text(error: MissingValuesError) -> list[str]:
    """The empty-cell problems of a campaign's rows, translated."""
    lines = []
    for missing in error.missing:
        rows = ", ".join(str(r) for r in missing.rows[:_ROWS_SHOWN])
        more = len(missing.rows) - _ROWS_SHOWN
        if more > 0:
            rows += " " + tr_fmt(translate("MessageProblems", "and %1 more"), more)
        text = translate("MessageProblems", 'The column "%1" is empty in row %2: fill it in, '
                         "or give a default such as %3.")
        lines.append(tr_fmt(text, missing.header, rows, "{" + missing.header + "|cliente}"))
    return lines
