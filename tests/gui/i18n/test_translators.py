"""tr_fmt: Qt's %1 placeholders filled in one pass."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from masiv_desktop.gui.i18n.translators import install_translators, tr_fmt


def test_placeholders_are_filled_in_any_order() -> None:
    assert tr_fmt("%2 de %1", 10, 3) == "3 de 10"


def test_a_value_holding_a_placeholder_is_not_replaced_again() -> None:
    assert tr_fmt("“%1” (%2)", "50%2 off", "x") == "“50%2 off” (x)"


def test_a_placeholder_without_a_value_stays() -> None:
    assert tr_fmt("%1 and %3", "a") == "a and %3"


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
