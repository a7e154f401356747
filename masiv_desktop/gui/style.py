"""The program's colours, derived from the palette so a dark system theme stays readable.

The four severity accents below (and `dark_palette`'s few greys) are the GUI's only colour
literals. Everything else is a palette role or a blend of one with an accent, and every
colour used for text is darkened or lightened (keeping its hue) until it has at least
`MIN_CONTRAST` (WCAG AA, 4.5:1) against what it is drawn on. Functions read
`QGuiApplication.palette()` when called, so a widget styled before a theme change keeps the
old colours until it is styled again.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from masiv_desktop.core.usertypes import Severity

MIN_CONTRAST = 4.5

_ACCENTS = {
    Severity.INFO: "#1d4f86",
    Severity.SUCCESS: "#1f7a3a",
    Severity.WARNING: "#b06000",
    Severity.ERROR: "#b3261e",
}
_Role = QPalette.ColorRole


@dataclass(frozen=True)
class Tint:
    """A tinted box: its background, the text on it and its border."""

    background: QColor
    text: QColor
    border: QColor

    def style(self, selector: str, extra: str = "") -> str:
        """A style sheet rule for `selector` painting this tint (plus `extra` declarations)."""
        return (f"{selector} {{ background: {self.background.name()}; "
                f"color: {self.text.name()}; border: 1px solid {self.border.name()}; {extra}}}")


def luminance(color: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 (same) to 21 (black on white); symmetric."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG contrast of text in `foreground` on `background` (4.5 is the AA minimum)."""
    return contrast(foreground, background)


def blend(under: QColor, over: QColor, amount: float) -> QColor:
    """`over` laid on `under` at `amount` opacity (0 keeps `under`, 1 gives `over`)."""
    keep = 1.0 - amount
    return QColor.fromRgbF(under.redF() * keep + over.redF() * amount,
                           under.greenF() * keep + over.greenF() * amount,
                           under.blueF() * keep + over.blueF() * amount)


def readable(color: QColor, background: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """`color` with its lightness moved (hue and saturation kept) until it reaches `minimum`
    contrast against `background`: darker on a light background, lighter on a dark one.
    Always reachable for 4.5, since black or white gives at least 4.58 on any background."""
    if contrast(color, background) >= minimum:
        return color
    darker = contrast(QColor.fromRgbF(0, 0, 0), background) >= \
        contrast(QColor.fromRgbF(1, 1, 1), background)
    hue, saturation, lightness = color.hslHueF(), color.hslSaturationF(), color.lightnessF()
    step = -0.02 if darker else 0.02
    candidate = color
    while contrast(candidate, background) < minimum and 0.0 < lightness < 1.0:
        lightness = min(1.0, max(0.0, lightness + step))
        candidate = QColor.fromHslF(max(hue, 0.0), saturation, lightness)
    return candidate


def current_palette() -> QPalette:
    """The application's palette (the theme's, or one the program set)."""
    return QGuiApplication.palette()


def accent(severity: Severity, palette: QPalette | None = None,
           role: QPalette.ColorRole = _Role.Base) -> QColor:
    """The colour of `severity` for text or marks drawn directly on the palette's `role`."""
    palette = palette or current_palette()
    return readable(QColor(_ACCENTS[severity]), palette.color(role))


def muted(palette: QPalette | None = None, role: QPalette.ColorRole = _Role.Base) -> QColor:
    """Secondary text (pending, cancelled): between the text and the background, readable."""
    palette = palette or current_palette()
    background = palette.color(role)
    return readable(blend(background, palette.color(_Role.Text), 0.55), background)


def tint(severity: Severity, palette: QPalette | None = None,
         role: QPalette.ColorRole = _Role.Window, strength: float = 0.14) -> Tint:
    """A box tinted with `severity`'s accent over the palette's `role` (its surroundings)."""
    palette = palette or current_palette()
    background = palette.color(role)
    hue = QColor(_ACCENTS[severity])
    if luminance(background) < 0.2:
        hue = readable(hue, background)
    shaded = blend(background, hue, strength)
    return Tint(shaded, readable(hue, shaded), blend(background, hue, 0.45))


def neutral_tint(palette: QPalette | None = None,
                 role: QPalette.ColorRole = _Role.Window) -> Tint:
    """A grey box (a draft, a cancelled campaign) in the palette's own shades."""
    palette = palette or current_palette()
    background = palette.color(role)
    shaded = blend(background, palette.color(_Role.Text), 0.08)
    return Tint(shaded, readable(blend(shaded, palette.color(_Role.Text), 0.75), shaded),
                palette.color(_Role.Mid))


def color_style(color: QColor) -> str:
    """A style sheet that sets only the text colour."""
    return f"color: {color.name()};"


def set_hint(label: QWidget, role: QPalette.ColorRole = _Role.Window) -> None:
    """Paint `label` as a hint ("Suggested: …", the file types) drawn on the palette's `role`:
    less emphasis than the text around it, still 4.5:1 (a disabled label's grey is not)."""
    label.setStyleSheet(f"QLabel {{ {color_style(muted(role=role))} }}")


def dark_palette() -> QPalette:
    """A dark theme for the Fusion style, as Windows' and GNOME's dark modes look: what the
    screenshots use with `--dark`, and what the tests check the colours against."""
    palette = QPalette()
    grey, base, text = QColor(_DARK["window"]), QColor(_DARK["base"]), QColor(_DARK["text"])
    disabled = blend(grey, text, 0.45)
    for role, color in (
            (_Role.Window, grey), (_Role.WindowText, text), (_Role.Base, base),
            (_Role.AlternateBase, blend(base, text, 0.05)), (_Role.ToolTipBase, grey),
            (_Role.ToolTipText, text), (_Role.PlaceholderText, blend(base, text, 0.6)),
            (_Role.Text, text), (_Role.Button, blend(grey, text, 0.06)),
            (_Role.ButtonText, text), (_Role.BrightText, QColor(_DARK["bright"])),
            (_Role.Light, blend(grey, text, 0.25)), (_Role.Midlight, blend(grey, text, 0.15)),
            (_Role.Mid, blend(grey, text, 0.3)), (_Role.Dark, blend(grey, base, 0.6)),
            (_Role.Shadow, base), (_Role.Highlight, QColor(_DARK["highlight"])),
            (_Role.HighlightedText, text), (_Role.Link, QColor(_DARK["link"])),
            (_Role.LinkVisited, QColor(_DARK["visited"]))):
        palette.setColor(role, color)
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, _Role.Light, grey)
    return palette


_DARK = {"window": "#2b2b2b", "base": "#1e1e1e", "text": "#e8e8e8", "bright": "#ff6b6b",
         "highlight": "#2f65a8", "link": "#6cb4ff", "visited": "#c39bff"}
