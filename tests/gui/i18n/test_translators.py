"""tr_fmt: Qt's %1 placeholders filled in one pass."""

from __future__ import annotations

from masiv_desktop.gui.i18n.translators import tr_fmt


def test_placeholders_are_filled_in_any_order() -> None:
    assert tr_fmt("%2 de %1", 10, 3) == "3 de 10"


def test_a_value_holding_a_placeholder_is_not_replaced_again() -> None:
    assert tr_fmt("“%1” (%2)", "50%2 off", "x") == "“50%2 off” (x)"


def test_a_placeholder_without_a_value_stays() -> None:
    assert tr_fmt("%1 and %3", "a") == "a and %3"
