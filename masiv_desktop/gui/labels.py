"""What the user reads for each state and status, translated. One table per enum, defined once.

The texts are looked up at call time (not import time) so a language change applies to the
next repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from masiv_desktop.core.usertypes import CampaignState, RecipientState
from masiv_desktop.gateway.codes import GatewayStatus

translate = QCoreApplication.translate


def recipient_state_label(state: RecipientState) -> str:
    labels = {
        RecipientState.PENDING: translate("RecipientState", "Waiting"),
        RecipientState.CLAIMED: translate("RecipientState", "Sending"),
        RecipientState.ACCEPTED: translate("RecipientState", "Accepted"),
        RecipientState.REJECTED: translate("RecipientState", "Rejected"),
        RecipientState.UNCERTAIN: translate("RecipientState", "Uncertain"),
        RecipientState.CANCELLED: translate("RecipientState", "Cancelled"),
    }
    return labels[state]


def campaign_state_label(state: CampaignState) -> str:
    labels = {
        CampaignState.DRAFT: translate("CampaignState", "Draft"),
        CampaignState.RUNNING: translate("CampaignState", "Sending"),
        CampaignState.PAUSED: translate("CampaignState", "Paused"),
        CampaignState.WAITING_WINDOW: translate("CampaignState", "Waiting for contact hours"),
        CampaignState.STOPPED: translate("CampaignState", "Stopped"),
        CampaignState.CANCELLED: translate("CampaignState", "Cancelled"),
        CampaignState.SENT: translate("CampaignState", "Sent"),
        CampaignState.FINISHED: translate("CampaignState", "Finished"),
    }
    return labels[state]


def gateway_status_label(status: GatewayStatus) -> str:
    labels = {
        GatewayStatus.READY_TO_SEND: translate("GatewayStatus", "Ready to send"),
        GatewayStatus.SENDING: translate("GatewayStatus", "Sending"),
        GatewayStatus.DELIVERED_TO_NETWORK: translate("GatewayStatus", "Delivered to the network"),
        GatewayStatus.DELIVERED_TO_HANDSET: translate("GatewayStatus", "Delivered to the phone"),
        GatewayStatus.DELIVERY_ERROR: translate("GatewayStatus", "Delivery error"),
        GatewayStatus.GENERAL_ERROR: translate("GatewayStatus", "General error"),
        GatewayStatus.LENGTH_ERROR: translate("GatewayStatus", "Length error"),
    }
    return labels[status]
