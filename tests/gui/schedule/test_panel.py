"""SchedulePanel: the past refused, a Sunday refused for a commercial campaign on a real
gateway (with the next allowed time offered), the gateway's time and zone shown in the
locale (never month-first in Spanish), a date typed in digits; a time refused abroad names
the country and its local time (English and Spanish), a holiday is named, and the numbers
abroad can be left out and taken back."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from masiv_desktop.core.law.refusal import group_numbers
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.usertypes import Purpose
from masiv_desktop.gui.i18n.formats import editable_format
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.schedule.panel import SchedulePanel

BOGOTA = ZoneInfo("America/Bogota")
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=BOGOTA).timestamp()  # a Wednesday
SUNDAY = datetime(2026, 11, 29, 10, 0, tzinfo=BOGOTA)
REAL = Settings(gateway_preset="production", gateway_timezone="America/Bogota")


def _panel(qtbot: QtBot, settings: Settings = REAL) -> SchedulePanel:
    panel = SchedulePanel(settings, clock=lambda: NOW)
    qtbot.addWidget(panel)
    return panel


def test_now_is_the_default_and_valid(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    assert panel.send_at() is None
    assert panel.is_valid()
    assert panel.cannot_cancel.isHidden()


def test_the_past_is_refused(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.set_send_at(datetime(2026, 11, 24, 10, 0, tzinfo=BOGOTA))
    assert not panel.is_valid()
    assert "passed" in panel.problem()
    assert panel.problem_notice.isVisibleTo(panel)


def test_a_sunday_is_refused_for_a_commercial_campaign(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.set_send_at(SUNDAY)
    assert not panel.is_valid()
    assert "Ley 2300" in panel.problem()
    assert panel.use_button.isVisibleTo(panel)
    monday_7 = datetime(2026, 11, 30, 7, 0, tzinfo=BOGOTA)
    assert panel.next_allowed == monday_7
    panel.use_button.click()
    assert panel.send_at() == monday_7
    assert panel.is_valid()
    assert not panel.cannot_cancel.isHidden()


def test_a_transactional_campaign_released_from_the_window_may_use_sunday(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.set_send_at(SUNDAY)
    panel.set_purpose(Purpose.TRANSACTIONAL, window_override=True)
    assert panel.is_valid()
    panel.set_purpose(Purpose.TRANSACTIONAL, window_override=False)
    assert not panel.is_valid()


def test_the_sandbox_keeps_a_sunday_with_a_warning(qtbot: QtBot) -> None:
    panel = _panel(qtbot, Settings())
    panel.set_send_at(SUNDAY)
    assert panel.is_valid()
    assert "sandbox" in panel.problem_notice.text()


def test_the_gateway_time_and_zone_are_shown(qtbot: QtBot) -> None:
    panel = _panel(qtbot, REAL.with_changes(gateway_timezone="UTC"))
    panel.set_send_at(datetime(2026, 11, 30, 8, 30, tzinfo=BOGOTA))
    text = panel.gateway_label.text()
    assert "Mon 30 Nov 2026 13:30 (UTC time)" in text
    assert "Mon 30 Nov 2026 08:30 (America/Bogota)" in text
    assert "11/30/2026" not in text
    assert "11/30/2026 13:30:00" in panel.gateway_label.toolTip()
    assert "MM/DD/YYYY" in panel.gateway_label.toolTip()


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "es")
    yield
    install_translators(qapp, "en")


def test_in_spanish_the_gateway_time_reads_day_first(qtbot: QtBot, spanish: None) -> None:
    """8 December at noon UTC: "12/08/2026" would read as 12 August to a Colombian."""
    panel = _panel(qtbot, REAL.with_changes(gateway_timezone="UTC"))
    panel.set_send_at(datetime(2026, 12, 8, 12, 0, tzinfo=UTC))
    text = panel.gateway_label.text()
    assert re.search(r"Se envía a la pasarela como mar\.? 8 dic\.? 2026 12:00 \(hora de UTC\)",
                     text), text
    assert text.index("8") < text.index("dic")
    assert "12/08/2026" not in text
    assert "12/08/2026 12:00:00" in panel.gateway_label.toolTip()
    assert "MM/DD/AAAA" in panel.gateway_label.toolTip()
    assert panel.date_words.text() == "martes, 8 de diciembre de 2026"


def test_the_editable_format_follows_the_locale_s_day_and_month_order() -> None:
    assert editable_format(QLocale("es_CO")) == "dd/MM/yyyy HH:mm"
    assert editable_format(QLocale("en_US")) == "MM/dd/yyyy HH:mm"
    assert editable_format(QLocale("de_DE")) == "dd.MM.yyyy HH:mm"


def _typed(qtbot: QtBot, keys: str, *, click: bool = False) -> SchedulePanel:
    panel = _panel(qtbot)
    with qtbot.waitActive(panel):
        panel.show()
        panel.activateWindow()
    panel.later_button.setChecked(True)
    if click:
        QTest.mouseClick(panel.when.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(4, 5))
        qtbot.wait(10)
    else:
        panel.when.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClicks(panel.when, keys)
    return panel


def test_a_date_can_be_typed_day_first_in_spanish(qtbot: QtBot, spanish: None) -> None:
    panel = _typed(qtbot, "09/12/2026 10:30")
    assert panel.when.displayFormat() == "dd/MM/yyyy HH:mm"
    assert panel.send_at() == datetime(2026, 12, 9, 10, 30).astimezone()
    assert panel.date_words.text() == "miércoles, 9 de diciembre de 2026"


def test_a_date_can_be_typed_after_a_click_and_without_separators(qtbot: QtBot,
                                                                   spanish: None) -> None:
    assert _typed(qtbot, "09/12/2026 10:30", click=True).send_at() == datetime(
        2026, 12, 9, 10, 30).astimezone()
    assert _typed(qtbot, "091220261030").send_at() == datetime(2026, 12, 9, 10, 30).astimezone()


def test_a_date_is_typed_month_first_in_us_english(qtbot: QtBot) -> None:
    panel = _typed(qtbot, "12/09/2026 10:30")
    assert panel.send_at() == datetime(2026, 12, 9, 10, 30).astimezone()
    assert panel.date_words.text() == "Wednesday, December 9, 2026"


MIXED = group_numbers(["573150000001"] * 5 + ["34612345671", "34612345672", "34612345673"]
                      + ["12125550101"] * 2)
EVENING = datetime(2026, 12, 2, 18, 0, tzinfo=BOGOTA)  # Wednesday: 00:00 in Madrid


def test_a_time_refused_abroad_names_the_country_and_its_local_time(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.set_groups(MIXED)
    panel.set_send_at(EVENING)
    assert not panel.is_valid()
    assert "for some recipients" in panel.problem()
    assert "3 numbers in Spain (+34): there it would be 00:00 on Thu 3 Dec, outside the " \
        "allowed hours (07:00 to 19:00)" in panel.problem()
    assert "United States" not in panel.problem()   # 18:00 in New York is allowed
    assert panel.leave_out_button.isHidden()        # the wizard's panel offers it


def test_the_refusal_reads_in_spanish(qapp: QApplication, qtbot: QtBot) -> None:
    install_translators(qapp, "es")
    try:
        panel = _panel(qtbot)
        panel.set_groups(MIXED)
        panel.set_send_at(EVENING)
        text = panel.problem()
        assert "está fuera del horario permitido para mensajes comerciales (Ley 2300) para " \
            "algunos destinatarios" in text
        assert "3 números de España (+34): allí serían las 00:00 del jue 3 dic, fuera del " \
            "horario permitido (07:00 a 19:00)" in text.replace(".", "")
        assert "La siguiente hora permitida para todos los destinatarios es" in text
        panel.set_send_at(datetime(2026, 12, 8, 10, 0, tzinfo=BOGOTA))
        assert "(Ley 2300): 8 dic: La Inmaculada Concepción, festivo" in \
            panel.problem().replace(".", "")
        assert "números de" not in panel.problem()   # closed for everyone: said once
    finally:
        install_translators(qapp, "en")


def test_a_holiday_is_named_in_english(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.set_groups(MIXED)
    panel.set_send_at(datetime(2026, 12, 8, 10, 0, tzinfo=BOGOTA))
    assert "8 Dec: Immaculate Conception, a public holiday" in panel.problem()


def test_the_numbers_abroad_can_be_left_out_and_taken_back(qtbot: QtBot) -> None:
    panel = SchedulePanel(REAL, clock=lambda: NOW, offer_leave_out=True)
    qtbot.addWidget(panel)
    panel.set_groups(MIXED)
    panel.set_send_at(EVENING)
    assert not panel.is_valid()
    assert panel.leave_out_button.isVisibleTo(panel)
    assert panel.leave_out_button.text() == "Leave out these 3 numbers"
    panel.leave_out_button.click()
    assert panel.skip_outside_window and panel.is_valid()
    assert panel.leave_out_button.isHidden()
    assert panel.left_out_notice.isVisibleTo(panel)
    assert "3 numbers in Spain (+34)" in panel.left_out_notice.text()
    assert "rows not sent" in panel.left_out_notice.text()
    panel.include_button.click()
    assert not panel.skip_outside_window and not panel.is_valid()
    assert panel.left_out_notice.isHidden()


def test_nobody_is_left_out_when_nobody_would_remain(qtbot: QtBot) -> None:
    panel = SchedulePanel(REAL, clock=lambda: NOW, offer_leave_out=True)
    qtbot.addWidget(panel)
    panel.set_groups(MIXED)
    panel.set_send_at(datetime(2026, 12, 8, 10, 0, tzinfo=BOGOTA))
    assert not panel.is_valid()
    assert panel.leave_out_button.isHidden()
