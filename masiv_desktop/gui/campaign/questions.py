"""The campaign page's confirmations for what cannot be undone, saying what it cannot do:
cancelling does not recall messages already scheduled at the gateway, and resending an
uncertain message may deliver (and bill) it twice."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject

from masiv_desktop.core.actions import AtGateway
from masiv_desktop.core.store.campaigns import Campaign
from masiv_desktop.gui.campaign.header import local_time
from masiv_desktop.gui.confirm import Question
from masiv_desktop.gui.i18n.translators import tr_fmt


class CampaignQuestions(QObject):
    """Words the cancel and resend-uncertain questions (`gui.confirm.Question`)."""

    def cancel(self, campaign: Campaign, waiting: int,
               at_gateway: AtGateway | None = None) -> Question:
        """Cancel `campaign`, whose `waiting` recipients are not sent yet; `at_gateway`: the
        messages handed over for later, which no cancel recalls."""
        text = self.tr("The %Ln recipient(s) not sent yet will not be sent. This cannot be "
                       "undone.", "", waiting)
        if at_gateway is not None:
            text += "\n\n" + tr_fmt(self.tr(
                "%Ln message(s) already handed to the gateway wait there until %1 and cannot be "
                "cancelled: the gateway has no way to recall them, so they will still be "
                "delivered at their times.", "", at_gateway.count), local_time(at_gateway.until))
        elif campaign.send_at is not None and campaign.send_at.timestamp() > time.time():
            text += "\n\n" + tr_fmt(self.tr(
                "Messages already handed to the gateway for %1 cannot be cancelled: the "
                "gateway has no way to recall them, so they will still be delivered at that "
                "time."), local_time(campaign.send_at))
        return Question(self.tr("Cancel the campaign"),
                        tr_fmt(self.tr("Cancel “%1”?"), campaign.name), text,
                        self.tr("Cancel campaign"), self.tr("Keep it"), destructive=True)

    def resend(self, uncertain: int) -> Question:
        """Send again to the `uncertain` recipients, most of whom probably have the message
        (on the fault tests 96-98 % of uncertain messages had reached the gateway)."""
        return Question(
            self.tr("Resend uncertain"),
            self.tr("Send again to the %Ln uncertain recipient(s)?", "", uncertain), self.tr(
                "For these recipients the connection broke before the gateway answered: nobody "
                "knows whether the message went out. Most were probably delivered: in fault "
                "tests, 96 to 98 % of such messages had reached the gateway. Sending again will "
                "likely make nearly all of these people receive it twice, and each copy is "
                "billed."),
            self.tr("Send again"), self.tr("Don't send"))
