"""The style helper: contrast as WCAG computes it, and accents readable on light and dark."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory

from masiv_desktop.core.usertypes import Severity
from masiv_desktop.gui import style
from masiv_desktop.gui.style import blend, contrast, readable

_COLOR_LITERAL = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|QColor\(\s*\d")
GUI = Path(style.__file__).parent


def palette(window: str, base: str, text: str) -> QPalette:
    result = QPalette()
    result.setColor(QPalette.ColorRole.Window, QColor(window))
    result.setColor(QPalette.ColorRole.Base, QColor(base))
    result.setColor(QPalette.ColorRole.Text, QColor(text))
    result.setColor(QPalette.ColorRole.WindowText, QColor(text))
    result.setColor(QPalette.ColorRole.Mid, blend(QColor(base), QColor(text), 0.4))
    return result


def fusion_light() -> QPalette:
    fusion = QStyleFactory.create("Fusion")
    assert fusion is not None
    return fusion.standardPalette()


THEMES = {"light": lambda: palette("#efefef", "#ffffff", "#000000"),
          "dark": lambda: palette("#2d2d2d", "#1e1e1e", "#e6e6e6"),
          "grey": lambda: palette("#777777", "#767676", "#ffffff"),
          "fusion-light": fusion_light,
          "fusion-dark": style.dark_palette}
ROLES = (QPalette.ColorRole.Window, QPalette.ColorRole.Base)


def test_contrast_matches_wcag() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    assert contrast(QColor("#ffffff"), QColor("#767676")) == \
        contrast(QColor("#767676"), QColor("#ffffff"))


def test_readable_darkens_on_light_and_lightens_on_dark() -> None:
    yellow = QColor("#f0c000")
    on_white = readable(yellow, QColor("#ffffff"))
    on_black = readable(QColor("#1d4f86"), QColor("#101010"))
    assert contrast(on_white, QColor("#ffffff")) >= 4.5
    assert on_white.lightnessF() < yellow.lightnessF()
    assert contrast(on_black, QColor("#101010")) >= 4.5
    assert on_black.lightnessF() > QColor("#1d4f86").lightnessF()
    assert readable(QColor("#000000"), QColor("#ffffff")) == QColor("#000000")


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("severity", list(Severity))
@pytest.mark.parametrize("role", ROLES, ids=["window", "base"])
def test_accents_and_tints_keep_contrast(qapp: QApplication, theme: str,
                                         severity: Severity, role: QPalette.ColorRole) -> None:
    """Every colour the helper gives, against the palette's Window and Base."""
    colors = THEMES[theme]()
    under = colors.color(role)
    assert style.contrast_ratio(style.accent(severity, colors, role), under) >= \
        style.MIN_CONTRAST
    boxed = style.tint(severity, colors, role)
    assert contrast(boxed.text, boxed.background) >= style.MIN_CONTRAST
    grey = style.neutral_tint(colors, role)
    assert contrast(grey.text, grey.background) >= style.MIN_CONTRAST
    assert contrast(style.muted(colors, role), under) >= style.MIN_CONTRAST


@pytest.mark.parametrize("theme", ["fusion-light", "fusion-dark"])
def test_a_hint_is_readable_where_a_disabled_label_is_not(qapp: QApplication,
                                                          theme: str) -> None:
    colors = THEMES[theme]()
    saved = qapp.palette()
    qapp.setPalette(colors)
    try:
        label = QLabel("Sugerida: Celular")
        style.set_hint(label)
        label.ensurePolished()
        window = colors.color(QPalette.ColorRole.Window)
        hint = label.palette().color(QPalette.ColorRole.WindowText)
        assert style.contrast_ratio(hint, window) >= style.MIN_CONTRAST
        assert hint != colors.color(QPalette.ColorRole.WindowText), "less emphasis than text"
        disabled = colors.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        assert style.contrast_ratio(disabled, window) < style.MIN_CONTRAST
    finally:
        qapp.setPalette(saved)


def test_the_dark_palette_is_dark_and_readable() -> None:
    colors = style.dark_palette()
    role = QPalette.ColorRole
    for background in (role.Window, role.Base, role.Button, role.AlternateBase):
        assert style.luminance(colors.color(background)) < 0.05
    for text, background in ((role.WindowText, role.Window), (role.Text, role.Base),
                             (role.ButtonText, role.Button), (role.Link, role.Base),
                             (role.HighlightedText, role.Highlight),
                             (role.ToolTipText, role.ToolTipBase),
                             (role.PlaceholderText, role.Base)):
        assert style.contrast_ratio(colors.color(text), colors.color(background)) >= \
            style.MIN_CONTRAST, (text, background)


def test_tints_follow_the_theme(qapp: QApplication) -> None:
    light = style.tint(Severity.ERROR, THEMES["light"]())
    dark = style.tint(Severity.ERROR, THEMES["dark"]())
    assert style.luminance(light.background) > 0.5
    assert style.luminance(dark.background) < 0.1
    assert dark.text.lightnessF() > light.text.lightnessF()


def test_colour_literals_live_only_in_the_style_helper() -> None:
    found = {path.relative_to(GUI).as_posix(): len(_COLOR_LITERAL.findall(path.read_text()))
             for path in GUI.rglob("*.py")}
    elsewhere = {name: count for name, count in found.items() if count and name != "style.py"}
    assert elsewhere == {}
    assert found["style.py"] <= 11, "the four accents and the dark palette's seven"
