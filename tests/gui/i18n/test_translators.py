"""tr_fmt: Qt's %1 placeholders filled in one pass, counts in the locale."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from masiv_desktop.gui.i18n.translators import install_translators, tr_fmt


def test_placeholders_are_filled_in_any_order() -> None:
    assert tr_fmt("%2 de %1", 10, 3) == "3 de 10"


def test_a_value_holding_a_placeholder_is_not_replaced_again() -> None:
    assert tr_fmt("“%1” (%2)", "50%2 off", "x") == "“50%2 off” (x)"


def test_a_placeholder_without_a_value_stays() -> None:
    assert tr_fmt("%1 and %3", "a") == "a and %3"


def test_an_int_is_a_count_with_the_locale_s_thousands_separator(qapp: QApplication) -> None:
    install_translators(qapp, "es")
    try:
        assert tr_fmt("%1 de %2", 8653, 20000) == "8.653 de 20.000"
        assert tr_fmt("error %1", "1157") == "error 1157"
    finally:
        install_translators(qapp, "en")
    assert tr_fmt("%1 of %2", 8653, 20000) == "8,653 of 20,000"
    assert tr_fmt("%1", True) == "True"
def test_qt_own_dialogs_speak_spanish(qapp: QApplication) -> None:
    """Qt's file dialog (its widget version, as offscreen and desktops without a portal show
    it) and message boxes' standard buttons, with Qt's Spanish and the words it lacks."""
    install_translators(qapp, "es")
    try:
        dialog = QFileDialog(None, "Abrir lista")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Buscar en:", "&Nombre de archivo:", "Archivos de &tipo:"} <= labels
        dialog.deleteLater()
        box = QMessageBox(QMessageBox.Icon.Question, "t", "x",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                          | QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
        assert {b.text() for b in box.buttons()} == {"&Sí", "&No", "Guardar", "Cancelar"}
        box.deleteLater()
    finally:
        install_translators(qapp, "en")
    english = QFileDialog(None, "Open list")
    english.setOption(QFileDialog.Option.DontUseNativeDialog)
    assert "&Look in:" in {label.text() for label in english.findChildren(QLabel)}
    english.deleteLater()
