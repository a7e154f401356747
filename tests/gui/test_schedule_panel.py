"""SchedulePanel: the past refused, a Sunday refused for a commercial campaign on a real
gateway (with the next allowed time offered), the gateway's time and zone shown."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.usertypes import Purpose
from masiv_desktop.gui.schedule_panel import SchedulePanel

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
    assert "11/30/2026 13:30:00" in text
    assert "UTC" in text
    assert "America/Bogota" in text
