"""The engine's reasons and notices, in the user's language.

The core writes them in English (they are stored with the campaign and printed by the CLI).
The texts it can produce are few and fixed; each is recognised here and said again through
Qt's translations. Anything not recognised is shown as the core wrote it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from masiv_desktop.core.engine.sender import UNREACHABLE_REASON
from masiv_desktop.core.engine.window import WAITING_REASON
from masiv_desktop.core.startup import CLOSED_REASON
from masiv_desktop.gateway.codes import ErrorCode

translate = QCoreApplication.translate

_GATEWAY_ERROR = re.compile(r"^The gateway answered error (\d+)")
_WAITING = re.compile(re.escape(WAITING_REASON.split("{opening}")[0]) + r"(.+?)\.?$")
_RECOVERED = re.compile(r"^(\d+) recipients were being sent when the program stopped")
_ACCOUNT_CODES = frozenset({ErrorCode.INVALID_CREDENTIALS, ErrorCode.PACKAGE_NOT_ASSOCIATED})


def _fixed() -> dict[str, str]:
    return {
        "Paused by the user.": translate("Reason", "Paused by you."),
        "Paused with Ctrl-C.": translate("Reason", "Paused from the command line."),
        CLOSED_REASON: translate("Reason", "Paused when Masiv Desktop was closed; it "
                                 "continues by itself when the program starts."),
        UNREACHABLE_REASON: translate("Reason", "The gateway cannot be reached (no "
                                      "connection). Check the internet connection, then "
                                      "press Resume."),
        "Paused after an internal error; resume to continue.": translate(
            "Reason", "Paused after an internal error of the program; press Resume to "
            "continue."),
        "Sending stopped because of an internal error; details are in the log. Resume to "
        "continue.": translate("Reason", "Sending stopped because of an internal error of the "
                               "program (details are in the log). Press Resume to continue."),
    }


def reason_text(text: str) -> str:
    """A stored reason or a `Notice` text, translated when it is one the core writes."""
    if not text:
        return ""
    fixed = _fixed().get(text)
    if fixed is not None:
        return fixed
    error = _GATEWAY_ERROR.match(text)
    if error:
        return _gateway_error(int(error.group(1)))
    waiting = _WAITING.match(text)
    if waiting:
        return translate("Reason", "Outside the contact hours allowed by Ley 2300: sending "
                         "continues by itself at %1.").replace("%1", waiting.group(1))
    recovered = _RECOVERED.match(text)
    if recovered:
        # No %n plural here: lupdate 6.11 does not see plurals in QCoreApplication.translate.
        return translate("Reason", "Recipients being sent when the program stopped: %1. "
                         "They are marked uncertain (they may have received the message) and "
                         "are not sent again unless you choose to.").replace(
                             "%1", recovered.group(1))
    if text.startswith("The gateway asked to slow down"):
        return translate("Reason", "The gateway asked to slow down; sending more slowly for "
                         "a while.")
    if text.startswith("Status polling stopped:"):
        return translate("Reason", "Status checks stopped: the gateway refused the account. "
                         "Check it in Preferences.")
    return text


def _gateway_error(code: int) -> str:
    if code in _ACCOUNT_CODES:
        return translate("Reason", "The gateway refused the account (error %1): check the "
                         "user name and password in Preferences, then press Resume."
                         ).replace("%1", str(code))
    if code == ErrorCode.INSUFFICIENT_CREDITS:
        return translate("Reason", "The account has no credits left (error %1): top it up, "
                         "then press Resume.").replace("%1", str(code))
    return translate("Reason", "The gateway answered error %1 and sending stopped. Details "
                     "are in the log; press Resume to try again.").replace("%1", str(code))
