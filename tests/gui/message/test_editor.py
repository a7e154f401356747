"""MessageEditor on real lists: figures at the 160/161 boundary, smart encoding, the curly
quote highlighted and named, merge fields, the preview for a chosen row, the totals, and a
test message reaching a real sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from masiv_desktop.core.lists.check import CheckedList, check_list
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import Settings, load_settings
from masiv_desktop.core.usertypes import Encoding, PartRule
from masiv_desktop.gateway.sandbox.server import SandboxGateway
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.message.editor import MessageEditor
from masiv_desktop.gui.message.highlight import Mark, describe_char, mark_formats
from tests.helpers.paths import SAMPLES

SAMPLE = SAMPLES / "clientes-ejemplo.xlsx"


@pytest.fixture(scope="module")
def sample() -> CheckedList:
    return check_list(SAMPLE, sheet=None, column=None, region="CO")


def _editor(qtbot: QtBot, settings: Settings | None = None,
            **kwargs: object) -> MessageEditor:
    editor = MessageEditor(settings or Settings(), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    return editor


def _type(editor: MessageEditor, text: str) -> None:
    editor.set_message(text)
    editor.refresh()


def test_figures_at_the_160_boundary(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    _type(editor, "a" * 160)
    a = editor.analysis()
    assert (a.counted, a.parts, a.left_in_last_part, a.encoding) == (160, 1, 0, Encoding.GSM7)
    assert editor.figures.parts_label.text() == "1 part"
    assert "160 characters" in editor.figures.figures_label.text()
    assert "0 left" in editor.figures.figures_label.text()
    _type(editor, "a" * 161)
    assert editor.analysis().parts == 2
    assert editor.figures.parts_label.text() == "2 parts"
    assert "161 characters" in editor.figures.figures_label.text()


def test_smart_encoding_saves_parts_and_can_be_undone(qtbot: QtBot) -> None:
    editor = _editor(qtbot, Settings(part_rule=PartRule.GSM))
    text = "“Oferta” — " + "x" * 80
    _type(editor, text)
    assert editor.analysis().parts == 2
    assert "(2 → 1 part)" in editor.fixes.smart_button.text()
    editor.fixes.smart_button.click()
    assert editor.message() == '"Oferta" - ' + "x" * 80
    editor.refresh()
    assert editor.analysis().parts == 1
    assert "2 → 1" in editor.fix_notice.text()
    assert "“ → \"" in editor.fix_notice.text()
    editor.text.undo()
    assert editor.message() == text


def test_under_the_masiv_rule_no_fix_that_adds_a_part_is_offered(qtbot: QtBot) -> None:
    """The report: 159 characters with "…" are one part under the Masiv rule; smart
    encoding made them 161, two parts (11 → 22 SMS for the campaign)."""
    editor = _editor(qtbot)
    text = "a" * 158 + "…"
    _type(editor, text)
    assert editor.analysis().parts == 1
    button = editor.fixes.smart_button
    assert not button.isEnabled() and button.text() == "Smart encoding"
    assert "160 a part, whatever the encoding" in button.toolTip()
    assert "save no part" in button.toolTip()
    notice = editor.unicode_notice.text()
    assert "“" not in notice and "…" in notice
    assert "may save" not in notice and "saves no part" in notice
    assert "whatever the encoding" in editor.unicode_notice.toolTip()
    editor.apply_smart()
    assert editor.message() == text and editor.analysis().parts == 1


def test_the_advice_names_the_fix_that_saves_under_the_rule(qtbot: QtBot) -> None:
    editor = _editor(qtbot, Settings(part_rule=PartRule.GSM))
    _type(editor, "“Oferta” — " + "x" * 80)
    assert "Smart encoding saves 1 part: 2 → 1." in editor.unicode_notice.text()
    assert "Saves 1 part." in editor.fixes.smart_button.toolTip()
    assert "70 (67) in Unicode" in editor.fixes.smart_button.toolTip()


def test_the_note_of_a_fix_goes_when_the_text_changes(qtbot: QtBot) -> None:
    editor = _editor(qtbot, Settings(part_rule=PartRule.GSM))
    _type(editor, "“Oferta” — " + "x" * 80)
    editor.fixes.smart_button.click()
    assert "2 → 1" in editor.fix_notice.text()
    editor.text.moveCursor(QTextCursor.MoveOperation.End)
    editor.text.insertPlainText(" hoy")
    assert editor.fix_notice.text() == ""


def test_the_opt_out_line_counts_when_weighing_a_fix(qtbot: QtBot) -> None:
    editor = _editor(qtbot, Settings(part_rule=PartRule.GSM))
    _type(editor, "“Hola”")
    assert not editor.fixes.smart_button.isEnabled()
    editor.set_footer("Responda NO para no recibir mensajes " + "x" * 40)
    editor.refresh()
    assert editor.fixes.smart_button.isEnabled()
    editor.apply_smart()
    assert editor.message() == '"Hola"'


def test_accents_are_a_separate_choice(qtbot: QtBot) -> None:
    editor = _editor(qtbot, Settings(part_rule=PartRule.GSM))
    _type(editor, "Información útil " + "x" * 60)
    assert not editor.fixes.smart_button.isEnabled()
    assert editor.fixes.accents_button.isEnabled()
    editor.fixes.accents_button.click()
    assert editor.message().startswith("Informacion util ")


def test_a_curly_quote_is_highlighted_and_named(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    editor.resize(900, 400)
    editor.show()
    _type(editor, "Hola “amigo”")
    position = 5
    ranges = editor.text.document().firstBlock().layout().formats()
    marked = [r for r in ranges if r.start == position and r.length == 1]
    unicode_look = mark_formats()[Mark.UNICODE].background().color()
    assert marked and marked[0].format.background().color() == unicode_look
    assert "“" in editor.unicode_notice.text()
    cursor = QTextCursor(editor.text.document())
    cursor.setPosition(position)
    rect = editor.text.cursorRect(cursor)
    tip = editor.text.tooltip_at(rect.x() + 3, rect.center().y())
    assert tip is not None and tip.startswith("left curly quote “ (U+201C) is not in the GSM-7")


def test_merge_fields_are_inserted_at_the_cursor(qtbot: QtBot, sample: CheckedList) -> None:
    editor = _editor(qtbot)
    editor.set_list(sample.headers, sample.kept())
    _type(editor, "Hola , pague hoy")
    cursor = editor.text.textCursor()
    cursor.setPosition(5)
    editor.text.setTextCursor(cursor)
    qtbot.mouseClick(editor.fields.buttons[0], Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert editor.message() == "Hola {Nombre}, pague hoy"
    editor.refresh()
    assert editor.is_valid()
    assert editor.problems.isHidden()


def test_an_unknown_field_is_flagged_at_once(qtbot: QtBot, sample: CheckedList) -> None:
    editor = _editor(qtbot)
    editor.set_list(sample.headers, sample.kept())
    _type(editor, "Hola {Nombr}")
    assert not editor.is_valid()
    assert "{Nombr} matches no column of the list. Did you mean {Nombre}?" in \
        editor.problems.text()
    assert not editor.problems.isHidden()


def test_preview_for_a_chosen_recipient(qtbot: QtBot, sample: CheckedList) -> None:
    editor = _editor(qtbot)
    kept = sample.kept()
    editor.set_list(sample.headers, kept)
    _type(editor, "Hola {Nombre} de {Ciudad}")
    editor.preview.preview_row.setValue(3)
    third = kept[2]
    assert editor.preview.bubble.text() == f"Hola {third.cells[0]} de {third.cells[2]}"
    assert str(third.row) in editor.preview.preview_who.text()
    editor.set_footer("Responda SALIR")
    editor.refresh()
    assert editor.preview.bubble.text().endswith("\nResponda SALIR")


def test_totals_for_the_whole_campaign(qtbot: QtBot, sample: CheckedList) -> None:
    editor = _editor(qtbot)
    editor.set_list(sample.headers, sample.kept())
    with qtbot.waitSignal(editor.totalsReady, timeout=5000) as blocker:
        _type(editor, "Hola {Nombre}, " + "x" * 150)
    totals = blocker.args[0]
    assert totals is not None and totals.messages == 47
    assert totals.total_parts == sum(totals.parts)
    assert f"{totals.total_parts:,} SMS parts" in editor.totals_box.label.text()


def test_a_test_message_reaches_the_sandbox(qtbot: QtBot, sample: CheckedList,
                                            sandbox: SandboxGateway, data_dir: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASIV_PASSWORD", "demo")
    paths = app_paths(data_dir).ensure()
    settings = Settings(gateway_preset="custom", gateway_url=sandbox.base_url, username="demo")
    editor = _editor(qtbot, settings, paths=paths)
    kept = sample.kept()
    editor.set_list(sample.headers, kept)
    _type(editor, "Hola {Nombre}")
    editor.test_box.number.setText("300 123 4567")
    with qtbot.waitSignal(editor.test_box.finished, timeout=10000) as blocker:
        editor.test_box.button.click()
        assert not editor.test_box.button.isEnabled()
    assert blocker.args[0].ok
    sent = sandbox.sent()
    assert [(s.recipient, s.messagedata) for s in sent] == [
        ("573001234567", f"Hola {kept[0].cells[0]}")]
    assert "accepted" in editor.test_box.result.text()
    assert load_settings(paths).test_number == "573001234567"


def test_a_control_character_is_named_with_its_position_and_blocks(
        qtbot: QtBot, qapp: object) -> None:
    editor = _editor(qtbot)
    _type(editor, "Hola\x07 Ana")
    assert not editor.is_valid()
    assert "BEL (U+0007) at character 5" in editor.problems.text()
    install_translators(qapp, "es")  # type: ignore[arg-type]
    try:
        editor.refresh()
        assert "BEL (U+0007) en el carácter 5" in editor.problems.text()
    finally:
        install_translators(qapp, "en")  # type: ignore[arg-type]
    _type(editor, "Hola Ana")
    assert editor.is_valid() and editor.problems.text() == ""


def test_the_tooltip_names_the_character_in_spanish(qapp: QApplication) -> None:
    try:
        install_translators(qapp, "es")
        assert describe_char("“", PartRule.GSM) == (
            "comilla tipográfica izquierda “ (U+201C) no está en el alfabeto GSM-7: todo el "
            "mensaje se envía como Unicode, con menos caracteres por parte.")
        control = describe_char("\x07", PartRule.GSM)
        assert control is not None and control.startswith(
            "carácter de control U+0007: un carácter de control")
        assert describe_char("a", PartRule.GSM) is None
    finally:
        install_translators(qapp, "en")
