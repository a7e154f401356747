"""One label per member of each enum people read (states, statuses, purposes, verdicts):
the same words in the grid, the campaign list, the chart, the report and the CLI.

The English is marked for translation (`core.words`); the GUI passes
`QCoreApplication.translate`, the reports `words_for(language)`. A label for a group of
rows (the wizard's counts, "Valid mobiles") is a different thing from a row's verdict
("Valid"), so verdicts have both. `tests/core/test_labels.py` checks every member has a
label in every language.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from masiv_desktop.core.usertypes import (
    CampaignState,
    Purpose,
    RecipientState,
    SuppressionSource,
    Verdict,
)
from masiv_desktop.core.words import QT_TRANSLATE_NOOP, Translate, english
from masiv_desktop.gateway.codes import GatewayStatus

CAMPAIGN_STATES: Mapping[CampaignState, str] = {
    CampaignState.DRAFT: QT_TRANSLATE_NOOP("CampaignState", "Draft"),
    CampaignState.RUNNING: QT_TRANSLATE_NOOP("CampaignState", "Sending"),
    CampaignState.PAUSED: QT_TRANSLATE_NOOP("CampaignState", "Paused"),
    CampaignState.WAITING_WINDOW: QT_TRANSLATE_NOOP("CampaignState", "Waiting for contact hours"),
    CampaignState.STOPPED: QT_TRANSLATE_NOOP("CampaignState", "Stopped"),
    CampaignState.CANCELLED: QT_TRANSLATE_NOOP("CampaignState", "Cancelled"),
    CampaignState.SCHEDULED: QT_TRANSLATE_NOOP("CampaignState", "Scheduled"),
    CampaignState.SENT: QT_TRANSLATE_NOOP("CampaignState", "Sent"),
    CampaignState.FINISHED: QT_TRANSLATE_NOOP("CampaignState", "Finished"),
}

RECIPIENT_STATES: Mapping[RecipientState, str] = {
    RecipientState.PENDING: QT_TRANSLATE_NOOP("RecipientState", "Waiting"),
    RecipientState.CLAIMED: QT_TRANSLATE_NOOP("RecipientState", "Sending"),
    RecipientState.ACCEPTED: QT_TRANSLATE_NOOP("RecipientState", "Accepted"),
    RecipientState.REJECTED: QT_TRANSLATE_NOOP("RecipientState", "Rejected"),
    RecipientState.UNCERTAIN: QT_TRANSLATE_NOOP("RecipientState", "Uncertain"),
    RecipientState.CANCELLED: QT_TRANSLATE_NOOP("RecipientState", "Cancelled"),
}

GATEWAY_STATUSES: Mapping[GatewayStatus, str] = {
    GatewayStatus.READY_TO_SEND: QT_TRANSLATE_NOOP("GatewayStatus", "Ready to send"),
    GatewayStatus.SENDING: QT_TRANSLATE_NOOP("GatewayStatus", "Sending"),
    GatewayStatus.DELIVERED_TO_NETWORK: QT_TRANSLATE_NOOP("GatewayStatus",
                                                          "Delivered to the network"),
    GatewayStatus.DELIVERED_TO_HANDSET: QT_TRANSLATE_NOOP("GatewayStatus",
                                                          "Delivered to the phone"),
    GatewayStatus.DELIVERY_ERROR: QT_TRANSLATE_NOOP("GatewayStatus", "Delivery error"),
    GatewayStatus.GENERAL_ERROR: QT_TRANSLATE_NOOP("GatewayStatus", "General error"),
    GatewayStatus.LENGTH_ERROR: QT_TRANSLATE_NOOP("GatewayStatus", "Length error"),
}

PURPOSES: Mapping[Purpose, str] = {
    Purpose.COMMERCIAL: QT_TRANSLATE_NOOP("Purpose", "Commercial"),
    Purpose.TRANSACTIONAL: QT_TRANSLATE_NOOP("Purpose", "Transactional"),
}

VERDICTS: Mapping[Verdict, str] = {
    Verdict.OK: QT_TRANSLATE_NOOP("Verdict", "Valid"),
    Verdict.NOT_MOBILE: QT_TRANSLATE_NOOP("Verdict", "Not a mobile"),
    Verdict.INVALID: QT_TRANSLATE_NOOP("Verdict", "Invalid number"),
    Verdict.EMPTY: QT_TRANSLATE_NOOP("Verdict", "Empty"),
    Verdict.DUPLICATE: QT_TRANSLATE_NOOP("Verdict", "Duplicate"),
    Verdict.SUPPRESSED: QT_TRANSLATE_NOOP("Verdict", "On the suppression list"),
    Verdict.CONTACTED_TODAY: QT_TRANSLATE_NOOP("Verdict", "Already contacted today"),
    Verdict.OUTSIDE_WINDOW: QT_TRANSLATE_NOOP("Verdict", "Outside the hours in its country"),
    Verdict.SEND_TIME: QT_TRANSLATE_NOOP("Verdict", "No usable send time"),
}
"""One row's verdict (the report's refused rows, `masiv check`)."""

VERDICT_GROUPS: Mapping[Verdict, str] = {
    Verdict.OK: QT_TRANSLATE_NOOP("VerdictGroup", "Valid mobiles"),
    Verdict.NOT_MOBILE: QT_TRANSLATE_NOOP("VerdictGroup", "Not mobile (fixed lines?)"),
    Verdict.INVALID: QT_TRANSLATE_NOOP("VerdictGroup", "Invalid numbers"),
    Verdict.EMPTY: QT_TRANSLATE_NOOP("VerdictGroup", "Empty cells"),
    Verdict.DUPLICATE: QT_TRANSLATE_NOOP("VerdictGroup", "Duplicates"),
    Verdict.SUPPRESSED: QT_TRANSLATE_NOOP("VerdictGroup", "On the suppression list"),
    Verdict.CONTACTED_TODAY: QT_TRANSLATE_NOOP("VerdictGroup", "Already contacted today"),
    Verdict.OUTSIDE_WINDOW: QT_TRANSLATE_NOOP("VerdictGroup",
                                              "Left out: outside the hours in their country"),
    Verdict.SEND_TIME: QT_TRANSLATE_NOOP("VerdictGroup",
                                         "Send time empty, unreadable or past"),
}
"""The heading of a group of rows with one verdict (the wizard's counts)."""

SUPPRESSION_SOURCES: Mapping[SuppressionSource, str] = {
    SuppressionSource.OPT_OUT: QT_TRANSLATE_NOOP("SuppressionSource", "Opt-out"),
    SuppressionSource.RNE: QT_TRANSLATE_NOOP("SuppressionSource", "RNE (CRC)"),
    SuppressionSource.COMPLAINT: QT_TRANSLATE_NOOP("SuppressionSource", "Complaint"),
    SuppressionSource.MANUAL: QT_TRANSLATE_NOOP("SuppressionSource", "Added by hand"),
    SuppressionSource.REPLY: QT_TRANSLATE_NOOP("SuppressionSource", "Replied to stop"),
}
"""Where a number on the suppression list came from."""

CATALOGS: dict[type[Enum], tuple[str, Mapping[Any, str]]] = {}
"""Each enum's (translation context, labels); other packages register theirs here too
(`register`), so `label` words any of them and the test checks them all."""


def register(enum: type[Enum], context: str, labels: Mapping[Any, str]) -> None:
    """Make `labels` (marked in `context`) the catalog of `enum`; call at import time."""
    CATALOGS[enum] = (context, labels)


def label(member: Enum, translate: Translate = english) -> str:
    """The words for `member` in the language of `translate`.

    A member without a label (added to an enum after its catalog) shows its stored value
    rather than crashing a report; the label test keeps that from shipping."""
    context, labels = CATALOGS.get(type(member), ("", {}))
    text = labels.get(member)
    if text is None:
        return str(member.value).replace("_", " ")
    return translate(context, text)


def group_label(verdict: Verdict, translate: Translate = english) -> str:
    """The heading of the rows with `verdict` ("Valid mobiles", not "Valid")."""
    return translate("VerdictGroup", VERDICT_GROUPS[verdict])


register(CampaignState, "CampaignState", CAMPAIGN_STATES)
register(RecipientState, "RecipientState", RECIPIENT_STATES)
register(GatewayStatus, "GatewayStatus", GATEWAY_STATUSES)
register(SuppressionSource, "SuppressionSource", SUPPRESSION_SOURCES)
register(Purpose, "Purpose", PURPOSES)
register(Verdict, "Verdict", VERDICTS)
