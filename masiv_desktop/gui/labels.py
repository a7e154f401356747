"""What the user reads for each state and status, translated. One table per enum, defined once.

The texts are looked up at call time (not import time) so a language change applies to the
next repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from masiv_desktop.core.usertypes import CampaignState, RecipientState
from masiv_desktop.gateway.codes import GatewayStatus


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def recipient_state_label(state: RecipientState) -> str:
    labels = {
        RecipientState.PENDING: _t("Waiting"),
        RecipientState.CLAIMED: _t("Sending"),
        RecipientState.ACCEPTED: _t("Accepted"),
        RecipientState.REJECTED: _t("Rejected"),
        RecipientState.UNCERTAIN: _t("Uncertain"),
        RecipientState.CANCELLED: _t("Cancelled"),
    }
    return labels[state]


def campaign_state_label(state: CampaignState) -> str:
    labels = {
        CampaignState.DRAFT: _t("Draft"),
        CampaignState.RUNNING: _t("Sending"),
        CampaignState.PAUSED: _t("Paused"),
        CampaignState.STOPPED: _t("Stopped"),
        CampaignState.CANCELLED: _t("Cancelled"),
        CampaignState.SENT: _t("Sent"),
        CampaignState.FINISHED: _t("Finished"),
    }
    return labels[state]


def gateway_status_label(status: GatewayStatus) -> str:
    labels = {
        GatewayStatus.READY_TO_SEND: _t("Ready to send"),
        GatewayStatus.SENDING: _t("Sending"),
        GatewayStatus.DELIVERED_TO_NETWORK: _t("Delivered to the network"),
        GatewayStatus.DELIVERED_TO_HANDSET: _t("Delivered to the phone"),
        GatewayStatus.DELIVERY_ERROR: _t("Delivery error"),
        GatewayStatus.GENERAL_ERROR: _t("General error"),
        GatewayStatus.LENGTH_ERROR: _t("Length error"),
    }
    return labels[status]
