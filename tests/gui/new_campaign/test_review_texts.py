"""The review step's send time: both times in the locale, never the gateway's MM/DD."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QApplication

from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.new_campaign.review_texts import when_text


def test_the_send_time_reads_day_first_in_spanish(qapp: QApplication) -> None:
    install_translators(qapp, "es")
    try:
        text = when_text(datetime(2026, 12, 8, 12, 0, tzinfo=UTC), "UTC").replace(".", "")
    finally:
        install_translators(qapp, "en")
    assert "se envía a la pasarela como mar 8 dic 2026 12:00 (UTC)" in text
    assert "12/08" not in text


def test_the_send_time_in_english() -> None:
    text = when_text(datetime(2026, 12, 8, 12, 0, tzinfo=UTC), "America/Bogota")
    assert text.endswith("sent to the gateway as Tue 8 Dec 2026 07:00 (America/Bogota)")
