"""The gateway's codes and what they mean to us, in one table.

Every error code the Masiv HTTP API documents (v4.2, rev. 3) and every status code of
getMessage lives here, with the reaction the campaign engine takes (DESIGN.md, "Outcome
policy"). Transports translate what they receive into these codes; nobody else compares a
code number by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum


class ErrorCode(IntEnum):
    """Error codes of the `<errorcode>` element, as documented."""

    INVALID_RECIPIENT = 1
    PACKAGE_NOT_ASSOCIATED = 1156
    INVALID_CREDENTIALS = 1157
    NO_ACTION = 1158
    INSUFFICIENT_CREDITS = 1159
    MESSAGE_TOO_LONG = 1160
    MISSING_PARAMETER = 1164
    INVALID_ID = 2000
    GENERAL_EXCEPTION = 8734


class Reaction(StrEnum):
    """What the engine does with a recipient and its campaign after an error code."""

    REJECT_RECIPIENT = "reject_recipient"
    """This recipient is refused for good; the campaign continues."""
    STOP_ACCOUNT = "stop_account"
    """Credentials or package are wrong: the recipient goes back to pending, the campaign stops."""
    PAUSE_CREDITS = "pause_credits"
    """No credits: back to pending, the campaign pauses until the user tops up and resumes."""
    STOP_DEFECT = "stop_defect"
    """Our request was malformed (a bug of ours): back to pending, stop, log as a defect."""
    RETRY_THEN_REJECT = "retry_then_reject"
    """A gateway exception: retried a few times with backoff, then rejected."""
    UNKNOWN_ID = "unknown_id"
    """getMessage does not know this id: recorded once, never polled again."""


@dataclass(frozen=True)
class ErrorInfo:
    code: int
    message: str
    """The gateway's own message text, as documented."""
    meaning: str
    """What it means for the user, in plain words."""
    reaction: Reaction


ERRORS: dict[int, ErrorInfo] = {
    info.code: info
    for info in (
        ErrorInfo(1, "Invalid recipient.", "The recipient number is not valid.",
                  Reaction.REJECT_RECIPIENT),
        ErrorInfo(1156, "Default Package not associated with user",
                  "The account is not enabled to send SMS over HTTP; contact Estratec.",
                  Reaction.STOP_ACCOUNT),
        ErrorInfo(1157, "Invalid username or password",
                  "The user name or password is not valid.", Reaction.STOP_ACCOUNT),
        ErrorInfo(1158, "No action parameter specified in HTTP query.",
                  "The request had no action parameter.", Reaction.STOP_DEFECT),
        ErrorInfo(1159, "Insufficient credits",
                  "Not enough credits to send the message; top up, then resume.",
                  Reaction.PAUSE_CREDITS),
        ErrorInfo(1160, "Message is too long",
                  "The message exceeds 160 characters and long messages were not enabled.",
                  Reaction.REJECT_RECIPIENT),
        ErrorInfo(1164, "Mandatory http parameter is missing",
                  "A required parameter was missing from the request.", Reaction.STOP_DEFECT),
        ErrorInfo(2000, "Invalid ID",
                  "The message id is invalid or does not exist.", Reaction.UNKNOWN_ID),
        ErrorInfo(8734, "General exception, please contact Estratec:",
                  "The gateway had an unhandled exception.", Reaction.RETRY_THEN_REJECT),
    )
}


def error_info(code: int) -> ErrorInfo:
    """Look up a code, documented or not: an unknown code rejects only its recipient.

    An undocumented code most likely concerns the one message (the documented account-wide
    codes are all listed), so the safe default is to refuse that recipient and keep going.
    """
    return ERRORS.get(
        code,
        ErrorInfo(code, f"Unknown error {code}", f"The gateway answered error {code}, "
                  "which its documentation does not list.", Reaction.REJECT_RECIPIENT),
    )


class GatewayStatus(IntEnum):
    """The `<status>` of getMessage. 3, 4, 5 and 6 are final; 2 is final after a while."""

    READY_TO_SEND = 0
    SENDING = 1
    DELIVERED_TO_NETWORK = 2
    DELIVERED_TO_HANDSET = 3
    DELIVERY_ERROR = 4
    GENERAL_ERROR = 5
    LENGTH_ERROR = 6

    @property
    def is_final(self) -> bool:
        return self >= GatewayStatus.DELIVERED_TO_HANDSET

    @property
    def progress(self) -> int:
        """Order of advancement: a multi-part message shows its least-advanced part."""
        return int(self)


STATUS_TEXT: dict[GatewayStatus, str] = {
    GatewayStatus.READY_TO_SEND: "Ready to send",
    GatewayStatus.SENDING: "Sending",
    GatewayStatus.DELIVERED_TO_NETWORK: "Delivered to network",
    GatewayStatus.DELIVERED_TO_HANDSET: "Delivered to handset",
    GatewayStatus.DELIVERY_ERROR: "Delivery error",
    GatewayStatus.GENERAL_ERROR: "General error",
    GatewayStatus.LENGTH_ERROR: "Length error",
}
