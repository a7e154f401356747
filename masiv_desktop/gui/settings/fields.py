"""The settings dialog's table of (setting, widget, how to show and read it), so loading,
saving and pointing at a refused setting are written once, not once per field.

Each helper below makes the `Field` for one kind of widget; the value read back is what
`Settings.with_changes` takes (it validates; a combo's item data is the setting's stored
value). GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from masiv_desktop.core.settings.options import DESCRIPTION_CONTEXT, OPTION
from masiv_desktop.core.settings.settings import Settings


@dataclass(frozen=True)
class Field:
    """One setting shown by one widget."""

    setting: str
    widget: QWidget
    show: Callable[[Any], None]
    read: Callable[[], Any]


def line_edit(setting: str, widget: QLineEdit,
              clean: Callable[[str], str] = str.strip) -> Field:
    """Text, cleaned as it is read back (default: without spaces around)."""
    return Field(setting, widget, lambda value: widget.setText(str(value)),
                 lambda: clean(widget.text()))


def combo_data(setting: str, widget: QComboBox) -> Field:
    """A choice among the combo's items, whose data are the setting's stored values."""
    def show(value: Any) -> None:
        widget.setCurrentIndex(max(0, widget.findData(str(value))))
    return Field(setting, widget, show, lambda: combo_value(widget))


def combo_text(setting: str, widget: QComboBox) -> Field:
    """An editable combo's text (a time zone typed or picked)."""
    return Field(setting, widget, lambda value: widget.setCurrentText(str(value)),
                 lambda: widget.currentText().strip())


def check_box(setting: str, widget: QCheckBox) -> Field:
    return Field(setting, widget, lambda value: widget.setChecked(bool(value)),
                 widget.isChecked)


def spin_box(setting: str, widget: QSpinBox) -> Field:
    return Field(setting, widget, lambda value: widget.setValue(int(value)), widget.value)


def number_box(setting: str, widget: QDoubleSpinBox, *, zero_is_none: bool = False) -> Field:
    """A number; with `zero_is_none`, the box's 0 (its special text) means None."""
    def read() -> float | None:
        value = float(widget.value())
        return None if zero_is_none and value <= 0 else value
    return Field(setting, widget, lambda value: widget.setValue(float(value or 0)), read)


def combo_value(widget: QComboBox) -> str:
    """The data of the combo's current item, as text ("" when there is none)."""
    return str(widget.itemData(widget.currentIndex()) or "")


def description(setting: str) -> str:
    """The setting's description (`core/settings/options.py`), translated, as a sentence."""
    text = QCoreApplication.translate(DESCRIPTION_CONTEXT, OPTION[setting].description)
    return text[:1].upper() + text[1:]


class FieldTable:
    """The dialog's fields: show settings in them, read them back, find a setting's widget.
    Each widget's tooltip is its setting's description."""

    def __init__(self, fields: Iterable[Field]) -> None:
        self.fields = tuple(fields)
        self._by_setting = {field.setting: field for field in self.fields}
        for field in self.fields:
            field.widget.setToolTip(description(field.setting))

    def show(self, settings: Settings) -> None:
        for field in self.fields:
            field.show(getattr(settings, field.setting))

    def values(self) -> dict[str, Any]:
        """Every field's value by setting name (for `Settings.with_changes`)."""
        return {field.setting: field.read() for field in self.fields}

    def widget(self, setting: str) -> QWidget | None:
        field = self._by_setting.get(setting)
        return None if field is None else field.widget

    def label(self, setting: str) -> str:
        """The name the dialog shows for `setting` (its form label, or its check box's text,
        as translated), "" when it has no field there."""
        widget = self.widget(setting)
        if widget is None:
            return ""
        text = widget.text() if isinstance(widget, QCheckBox) else ""
        holder = widget.parentWidget()
        form = holder.layout() if holder is not None else None
        if not text and isinstance(form, QFormLayout):
            shown = form.labelForField(widget)
            text = shown.text() if isinstance(shown, QLabel) else ""
        return text.replace("&", "").strip().rstrip(":").strip()
