"""Send ONE message to the user's own phone before a campaign: "send a test to my number".

The message goes through the configured gateway exactly as a campaign's would (same
account, originator, long-message flag), but it is not stored in any campaign and is never
retried: one request, one answer, shown to the user as it is. Network I/O: call it on a
worker thread. Used by the GUI's message editor and `masiv test-message`.

The embedded sandbox sends nothing to any phone: its result says so (`sandbox`) and carries
the status the sandbox will give the message (`simulated_status`), so neither front end
promises a message that will never arrive.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from masiv_desktop.core.lists import phones
from masiv_desktop.core.settings.account import AccountError, GatewayConnection, open_gateway
from masiv_desktop.core.settings.credentials import CredentialsError
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.text.forbidden import forbidden_characters, with_plain_newlines
from masiv_desktop.core.usertypes import Verdict
from masiv_desktop.gateway.codes import GatewayStatus
from masiv_desktop.gateway.errors import GatewayInputError
from masiv_desktop.gateway.outcomes import SendResult

log = logging.getLogger(__name__)


class TrialOutcome(StrEnum):
    ACCEPTED = "accepted"
    REFUSED = "refused"
    """The gateway answered with an error code (`error_code`, `error_text`)."""
    NOT_SENT = "not_sent"
    """Nothing left this computer (network down, request refused before sending)."""
    UNCERTAIN = "uncertain"
    """The request may have reached the gateway; do not simply send again."""
    NOT_CONFIGURED = "not_configured"
    """No password, or gateway settings that cannot be used (`error_text` says which)."""
    BAD_NUMBER = "bad_number"


@dataclass(frozen=True)
class TrialResult:
    outcome: TrialOutcome
    number: str
    """The number in international digits (as sent), or what the user typed if invalid."""
    message_ids: tuple[str, ...] = ()
    error_code: int | None = None
    error_text: str = ""
    """The gateway's (or the program's) own words, in English; never the password."""
    gateway: str = ""
    problem: CredentialsError | AccountError | None = None
    """For NOT_CONFIGURED: the typed error, for the front end to say what to set."""
    sandbox: bool = False
    """The embedded sandbox answered: nothing reaches a phone."""
    simulated_status: GatewayStatus | None = None
    """For a message the sandbox accepted: the final status it will report (None for the
    test numbers that never get one)."""

    @property
    def ok(self) -> bool:
        return self.outcome is TrialOutcome.ACCEPTED


def test_number_digits(raw: str, region: str) -> str | None:
    """The typed number in international digits (573001234567), or None if it is not a
    phone number. A fixed line is accepted: the user knows their own phone."""
    check = phones.checker(region)(raw)
    if check.verdict in (Verdict.OK, Verdict.NOT_MOBILE) and check.digits:
        return check.digits
    return None


def send_test_message(settings: Settings, number: str, text: str, *,
                      data_dir: str | os.PathLike[str] | None = None,
                      environ: Mapping[str, str] = os.environ) -> TrialResult:
    """Send `text` once to `number` (typed in any usual form). Never raises for the
    gateway, the network, a missing password or a bad number: the result says."""
    digits = test_number_digits(number, settings.region)
    if digits is None:
        return TrialResult(TrialOutcome.BAD_NUMBER, number)
    text = with_plain_newlines(text)
    refused = forbidden_characters(text)
    if refused:
        return TrialResult(TrialOutcome.NOT_SENT, digits, error_text=(
            f"The message holds {refused[0].describe()}, which no SMS can carry: delete it."))
    try:
        connection = open_gateway(settings, environ=environ, data_dir=data_dir)
    except (CredentialsError, AccountError) as exc:
        return TrialResult(TrialOutcome.NOT_CONFIGURED, digits, error_text=str(exc),
                           problem=exc)
    with connection:
        where = connection.describe()
        try:
            outcome = connection.client.send_message(
                digits, text, originator=settings.originator or None,
                long_message=settings.long_messages)
        except GatewayInputError as exc:
            return TrialResult(TrialOutcome.NOT_SENT, digits, error_text=str(exc),
                               gateway=where, sandbox=connection.is_sandbox)
        simulated = _simulated_status(connection, outcome.message_ids)
    log.info("test message to %s through %s: %s", digits, where, outcome.result)
    kind = {SendResult.ACCEPTED: TrialOutcome.ACCEPTED, SendResult.REFUSED: TrialOutcome.REFUSED,
            SendResult.UNCERTAIN: TrialOutcome.UNCERTAIN}.get(outcome.result,
                                                             TrialOutcome.NOT_SENT)
    return TrialResult(kind, digits, outcome.message_ids, outcome.error_code,
                       outcome.error_text, where, sandbox=connection.is_sandbox,
                       simulated_status=simulated)


def _simulated_status(connection: GatewayConnection,
                      message_ids: tuple[str, ...]) -> GatewayStatus | None:
    """The final status the embedded sandbox gives the message (all its parts alike)."""
    sandbox = connection.sandbox or connection.smpp_sandbox
    if sandbox is None or not message_ids:
        return None
    final = sandbox.state.final_status_at(message_ids[0])
    return None if final is None else final[0]


send_test_message.__test__ = False  # type: ignore[attr-defined]  # not a pytest test
test_number_digits.__test__ = False  # type: ignore[attr-defined]
