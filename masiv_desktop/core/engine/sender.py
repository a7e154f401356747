"""What one send answer means for its recipient and its campaign (DESIGN.md, "Outcome policy").

One table from the transport's `SendResult` and, for refusals, from the code's
`codes.Reaction`; the engine applies the decision. No code numbers are compared here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from masiv_desktop.core.reasons import Reason, ReasonKind
from masiv_desktop.core.usertypes import CampaignState, RecipientState
from masiv_desktop.gateway.codes import ErrorInfo, Reaction, error_info
from masiv_desktop.gateway.outcomes import SendOutcome, SendResult


class Step(StrEnum):
    SETTLE = "settle"
    """The recipient's outcome is known: record `state`."""
    RETRY_GATEWAY = "retry_gateway"
    """A gateway exception: retry this recipient after a backoff, a few times, then reject."""
    RETRY_UNREACHABLE = "retry_unreachable"
    """Nothing was sent: hold all sending for a backoff; pause after repeated failures."""
    SLOW_DOWN = "slow_down"
    """The gateway pushed back (429/503): lower the rate, wait, send the recipient again."""
    HALT = "halt"
    """An account-wide answer: the recipient goes back to pending, the campaign halts."""


@dataclass(frozen=True)
class SendDecision:
    step: Step
    state: RecipientState | None = None
    campaign_state: CampaignState | None = None
    reason: Reason | None = None
    defect: bool = False
    """The answer means our request was malformed: log it as a defect of the program."""


def _halt(state: CampaignState, *, defect: bool = False
          ) -> Callable[[ErrorInfo], SendDecision]:
    return lambda info: SendDecision(
        Step.HALT, campaign_state=state, defect=defect,
        reason=Reason(ReasonKind.GATEWAY_ERROR, {"code": info.code}))


_BY_REACTION: dict[Reaction, Callable[[ErrorInfo], SendDecision]] = {
    Reaction.REJECT_RECIPIENT: lambda info: SendDecision(Step.SETTLE, RecipientState.REJECTED),
    Reaction.UNKNOWN_ID: lambda info: SendDecision(Step.SETTLE, RecipientState.REJECTED),
    Reaction.RETRY_THEN_REJECT: lambda info: SendDecision(Step.RETRY_GATEWAY),
    Reaction.STOP_ACCOUNT: _halt(CampaignState.STOPPED),
    Reaction.PAUSE_CREDITS: _halt(CampaignState.PAUSED),
    Reaction.STOP_DEFECT: _halt(CampaignState.STOPPED, defect=True),
}

_BY_RESULT: dict[SendResult, Callable[[SendOutcome], SendDecision]] = {
    SendResult.ACCEPTED: lambda o: SendDecision(Step.SETTLE, RecipientState.ACCEPTED),
    SendResult.REFUSED: lambda o: _partly_accepted(o) if o.parts else _BY_REACTION[
        error_info(o.error_code or 0).reaction](error_info(o.error_code or 0)),
    SendResult.NOT_SENT: lambda o: SendDecision(Step.RETRY_UNREACHABLE),
    SendResult.RETRY_LATER: lambda o: SendDecision(Step.SLOW_DOWN),
    SendResult.UNCERTAIN: lambda o: SendDecision(Step.SETTLE, RecipientState.UNCERTAIN),
}


def _partly_accepted(outcome: SendOutcome) -> SendDecision:
    """Some blocks of a long message were accepted, another refused. The accepted blocks
    will be delivered and billed, so the recipient is settled (never sent again, whatever
    the refused block's code says) and its accepted parts are recorded and polled."""
    return SendDecision(Step.SETTLE, RecipientState.REJECTED,
                        reason=Reason(ReasonKind.PARTLY_ACCEPTED, {"parts": len(outcome.parts)}))


def decide_send(outcome: SendOutcome) -> SendDecision:
    """The decision for one answer; pure, so the whole table is tested without a gateway."""
    return _BY_RESULT[outcome.result](outcome)


UNREACHABLE_REASON = Reason(ReasonKind.GATEWAY_UNREACHABLE)
