"""Why a campaign could not be started or changed, in the user's words.

The runner hands every failure of opening a run or of a store action here; typed errors are
worded from their type and fields, never parsed back from English. The account's errors name
the settings dialog's field that fixes them (`gui.settings.problems`). GUI thread only
(translations).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from masiv_desktop.core import campaigns
from masiv_desktop.core.actions import ActionRefused
from masiv_desktop.core.engine.runlock import CampaignBusy
from masiv_desktop.core.settings.account import AccountError, MissingSetting
from masiv_desktop.core.settings.credentials import CredentialsError
from masiv_desktop.core.settings.settings import SettingsError
from masiv_desktop.core.usertypes import CampaignState
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.settings.problems import account_problem_text

translate = QCoreApplication.translate


USER_PROBLEMS: tuple[type[BaseException], ...] = (
    CampaignBusy, CredentialsError, AccountError, SettingsError, ActionRefused,
    campaigns.CampaignError)
"""Failures a user can cause or fix (an account, a setting, another window sending): logged
on one line, not as a defect's traceback (`run_op(expected=...)`)."""


def run_problem_text(error: BaseException) -> str:
    """What to tell the user about `error`, raised while starting or changing a campaign."""
    if isinstance(error, CampaignBusy):
        return translate("RunProblem", "This campaign is being sent by another Masiv Desktop "
                         "window or a 'masiv' command. Wait for it to finish, or pause it "
                         "there.")
    if isinstance(error, CredentialsError | MissingSetting):
        return account_problem_text(error)
    if isinstance(error, AccountError | SettingsError):
        return tr_fmt(translate("RunProblem", "The account settings cannot be used: %1"),
                      str(error))
    if isinstance(error, ActionRefused):
        if error.state is CampaignState.CANCELLED:
            return translate("RunProblem",
                             "This campaign was cancelled: nothing can be sent again.")
        return translate("RunProblem",
                         "Pause the campaign before sending its uncertain recipients again.")
    if isinstance(error, campaigns.CampaignError):
        return str(error)
    return tr_fmt(translate("RunProblem", "The campaign could not be started: %1"), str(error))
