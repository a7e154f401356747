"""core/lists/check.py: the verdicts and kept rows agree with plan_from_file's choices."""

from __future__ import annotations

import pytest

from masiv_desktop.core.campaigns import Choices, PlanRequest, plan_from_file
from masiv_desktop.core.lists.check import check_list
from masiv_desktop.core.lists.types import ImportCancelled, ListFileError
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.usertypes import Verdict
from tests.helpers.paths import LISTS

LISTS = LISTS


def test_verdicts_and_choices_match_the_plan() -> None:
    path = LISTS / "clientes.xlsx"
    checked = check_list(path, sheet=None, column=None, region="CO")
    assert checked.column.name == "Celular"
    assert checked.headers == ("Nombre", "Celular", "Ciudad", "Saldo")
    s = checked.summary
    assert (s.rows, s.ok, s.not_mobile, s.invalid, s.duplicates) == (7, 4, 1, 1, 1)
    kept = checked.kept()
    assert [c.row for c in kept] == [2, 3, 4, 5]
    assert kept[0].cells[0] == "Ana María Gómez"
    assert [r.verdict for r in checked.refused()] == [Verdict.NOT_MOBILE, Verdict.INVALID,
                                                      Verdict.DUPLICATE]
    with_fixed = checked.kept(keep_not_mobile=True)
    assert [c.row for c in with_fixed] == [2, 3, 4, 5, 6]
    assert [r.row for r in checked.refused(keep_not_mobile=True)] == [7, 8]
    plan = plan_from_file(PlanRequest(path, "Hola {Nombre}", Settings(),
                                      choices=Choices(keep_not_mobile=True)), now=0)
    assert [r.row_number for r in plan.recipients] == [c.row for c in with_fixed]
    assert [r.row for r in plan.refused_rows] == [7, 8]


def test_contacted_today_is_optional() -> None:
    checked = check_list(LISTS / "clientes.xlsx", sheet=None, column=None, region="CO",
                         contacted={"573109876543"})
    assert checked.summary.contacted_today == 1
    assert 3 not in [c.row for c in checked.kept()]
    assert 3 in [c.row for c in checked.kept(allow_second_contact=True)]


def test_other_sheet_and_cancel() -> None:
    checked = check_list(LISTS / "clientes.xlsx", sheet="Otra", column=None, region="CO")
    assert checked.sheet == "Otra"
    assert checked.column.name == "Teléfono"
    with pytest.raises(ImportCancelled):
        check_list(LISTS / "clientes.xlsx", sheet=None, column=None, region="CO",
                   cancel=lambda: True)


def test_a_broken_file_names_itself() -> None:
    with pytest.raises(ListFileError, match=r"corrupt\.xlsx"):
        check_list(LISTS / "corrupt.xlsx", sheet=None, column=None, region="CO")
