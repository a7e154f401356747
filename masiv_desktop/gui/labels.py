"""The core's labels (`core.labels`) in the user's language, for the widgets.

The texts are looked up at call time (not import time) so a language change applies to the
next repaint; the words themselves are defined once, in the core, for the GUI, the CLI and
the reports alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from masiv_desktop.core.labels import label
from masiv_desktop.core.usertypes import CampaignState, RecipientState
from masiv_desktop.gateway.codes import GatewayStatus


def recipient_state_label(state: RecipientState) -> str:
    return label(state, QCoreApplication.translate)


def campaign_state_label(state: CampaignState) -> str:
    return label(state, QCoreApplication.translate)


def gateway_status_label(status: GatewayStatus) -> str:
    return label(status, QCoreApplication.translate)
