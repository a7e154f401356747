"""The core's labels (`core.labels`) in the user's language, for the widgets.

The texts are looked up at call time (not import time) so a language change applies to the
next repaint; the words themselves are defined once, in the core, for the GUI, the CLI and
the reports alike.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from masiv_desktop.core.labels import label
from masiv_desktop.core.reasons import Reason, describe
from masiv_desktop.core.usertypes import CampaignState, RecipientState
from masiv_desktop.gateway.codes import GatewayStatus


def recipient_state_label(state: RecipientState) -> str:
    return label(state, QCoreApplication.translate)


def campaign_state_label(state: CampaignState) -> str:
    return label(state, QCoreApplication.translate)


def gateway_status_label(status: GatewayStatus) -> str:
    return label(status, QCoreApplication.translate)


def reason_text(reason: Reason) -> str:
    """Why a campaign paused or stopped, or what the engine noticed, in the user's words."""
    return describe(reason, QCoreApplication.translate, _local_time)


def _local_time(moment: datetime) -> str:
    """A moment in the recipients' zone, with its weekday, as the user's locale writes it."""
    shown = QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)
    zone = getattr(moment.tzinfo, "key", "")
    text = QLocale().toString(shown, "dddd d MMMM, HH:mm")
    return f"{text} ({zone})" if zone else text
