"""Campaign use cases, shared by the CLI and the GUI: plan from a file, create, status, and
the user's actions (pause, cancel, resend uncertain).

Planning reads and checks the whole list and renders every recipient's text before anything
is stored, so every problem a user can fix (file, sheet, column, template, send time) is
reported first, naming where it is. Pure core: no printing, no Qt. Times are epoch seconds
(`now`) or aware datetimes.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from masiv_desktop.core.columns import choose_phone_column
from masiv_desktop.core.engine_types import EngineOptions, PollMode
from masiv_desktop.core.importer import open_list
from masiv_desktop.core.listtypes import Column
from masiv_desktop.core.merge import parse_template, render_campaign
from masiv_desktop.core.poller import PollPolicy
from masiv_desktop.core.scheduling import CANNOT_CANCEL, check_future
from masiv_desktop.core.settings import Settings
from masiv_desktop.core.settings_smpp import part_rule_for, poll_delays_for
from masiv_desktop.core.store import Campaign, CampaignCounts, CampaignDraft, NewRecipient, Store
from masiv_desktop.core.usertypes import CampaignState, PartRule, RecipientState, Verdict
from masiv_desktop.core.validation import ListValidator, Summary
from masiv_desktop.gateway.codes import GatewayStatus


class CampaignError(ValueError):
    """Something about the campaign the user must change; the message says what."""


@dataclass(frozen=True)
class CampaignPlan:
    """A checked campaign, ready to store: what the user confirms."""

    name: str
    source: Path
    sheet: str | None
    column: Column
    template: str
    part_rule: PartRule
    long_message: bool
    originator: str
    send_at: datetime | None
    summary: Summary
    recipients: list[NewRecipient]
    total_parts: int
    max_parts: int
    unicode_recipients: int
    too_long: int
    """Recipients whose text is over 160 characters while long messages are off (error 1160)."""

    @property
    def refused(self) -> int:
        return self.summary.rows - len(self.recipients)


def plan_from_file(path: Path, message: str, settings: Settings, *,
                   suppressed: Collection[str] = frozenset(), sheet: str | None = None,
                   column: str | None = None, name: str | None = None,
                   send_at: datetime | None = None, now: float) -> CampaignPlan:
    """Read, validate and render a list. Raises ListFileError, TemplateError, ScheduleError
    or CampaignError, each naming the file/sheet/column/row concerned. Only rows with a
    valid mobile number are kept (duplicates, suppressed and invalid rows are refused)."""
    if send_at is not None:
        check_future(send_at, now=now)
    reader = open_list(path, sheet)
    chosen = choose_phone_column(reader.columns, reader.preview, path=path, sheet=reader.sheet,
                                 wanted=column, region=settings.region)
    headers = [c.name for c in reader.columns]
    template = parse_template(message, headers)
    validator = ListValidator(settings.region, suppressed)
    kept: list[tuple[int, str, tuple[str, ...]]] = []
    for number, cells in reader.rows():
        check = validator.check(number, cells[chosen.index])
        if check.verdict is Verdict.OK and check.digits:
            kept.append((number, check.digits, cells if template.has_fields else ()))
    if not kept:
        raise CampaignError(f"{path.name}: no row has a valid mobile number in column "
                            f"\"{chosen.name}\" ({chosen.letter}); see 'masiv check'.")
    rendered = render_campaign(template, headers, [cells for _, _, cells in kept]
                               if template.has_fields else [()] * len(kept),
                               part_rule_for(settings), settings.long_messages,
                               row_numbers=[number for number, _, _ in kept],
                               keep_texts=template.has_fields)
    texts: list[str | None] = list(rendered.texts) if template.has_fields else [None] * len(kept)
    fields = [c.name for c in reader.columns]
    recipients = [
        NewRecipient(row_number=number, digits=digits, parts=parts, text=text,
                     fields=dict(zip(fields, cells, strict=False)) if cells else None)
        for (number, digits, cells), parts, text in zip(kept, rendered.parts, texts, strict=True)]
    return CampaignPlan(
        name=name or path.stem, source=path, sheet=reader.sheet, column=chosen,
        template=message, part_rule=part_rule_for(settings), long_message=settings.long_messages,
        originator=settings.originator, send_at=send_at, summary=validator.summary(),
        recipients=recipients, total_parts=rendered.total_parts, max_parts=rendered.max_parts,
        unicode_recipients=len(rendered.unicode_rows), too_long=len(rendered.too_long_rows))


def create_campaign(store: Store, plan: CampaignPlan, *, now: float) -> int:
    """Store the planned campaign (DRAFT, every recipient pending) in one transaction."""
    draft = CampaignDraft(name=plan.name, template=plan.template, part_rule=plan.part_rule,
                          originator=plan.originator, long_message=plan.long_message,
                          send_at=plan.send_at, source_file=str(plan.source))
    return store.create_campaign(draft, plan.recipients, now=now)


def engine_options(settings: Settings, *, connections: int | None = None,
                   rate: float | None = None, poll: PollMode = PollMode.WHILE_SENDING,
                   send: bool = True, poll_delays: tuple[float, ...] | None = None
                   ) -> EngineOptions:
    """The engine's options from the settings, with a command's overrides."""
    policy = PollPolicy(window=settings.polling_window_hours * 3600.0)
    poll_delays = poll_delays or poll_delays_for(settings)
    if poll_delays:
        policy = replace(policy, delays=poll_delays,
                         network_grace=min(policy.network_grace, 4 * max(poll_delays)))
    return EngineOptions(connections=connections or settings.connections,
                         rate=rate if rate is not None else settings.rate_per_second,
                         rate_counts_parts=settings.rate_counts_parts, send=send, poll=poll,
                         poll_policy=policy, poll_all_first=not send)


# -- status ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CampaignStatus:
    campaign: Campaign
    counts: CampaignCounts

    def as_json(self) -> dict[str, Any]:
        c = self.campaign
        return {
            "id": c.id, "name": c.name, "state": c.state.value, "reason": c.reason,
            "recipients": self.counts.recipients, "parts": c.parts,
            "by_state": {s.value: n for s, n in self.counts.by_state.items()},
            "by_status": {str(int(s)): self.counts.by_status.get(int(s), 0)
                          for s in GatewayStatus},
            "open_parts": self.counts.open_parts,
            "send_at": c.send_at.isoformat() if c.send_at else None,
            "created_at": c.created_at.isoformat(),
        }


def status(store: Store, campaign_id: int) -> CampaignStatus:
    return CampaignStatus(store.campaign(campaign_id), store.counts(campaign_id))


def campaign_list(store: Store) -> list[dict[str, Any]]:
    return [{"id": c.id, "name": c.name, "state": c.state.value, "recipients": c.recipients,
             "created_at": c.created_at.isoformat()} for c in store.campaigns()]


# -- the user's actions ----------------------------------------------------------------

_SETTLED = frozenset({CampaignState.CANCELLED, CampaignState.SENT, CampaignState.FINISHED})


def pause(store: Store, campaign_id: int, *, now: float) -> str:
    """Ask a campaign to pause; a run in any process stops sending within a second."""
    campaign = store.campaign(campaign_id)
    if campaign.state in _SETTLED:
        return f"Campaign {campaign_id} is {campaign.state.value}: nothing to pause."
    if campaign.state is CampaignState.PAUSED:
        return f"Campaign {campaign_id} is already paused."
    store.set_state(campaign_id, CampaignState.PAUSED, "Paused by the user.", now=now)
    return f"Campaign {campaign_id} paused. 'masiv resume {campaign_id}' continues it."


def cancel(store: Store, campaign_id: int, *, now: float) -> str:
    """Cancel what is not sent yet; says plainly when scheduled messages cannot be recalled."""
    campaign = store.campaign(campaign_id)
    scheduled = campaign.submitted and campaign.send_at is not None \
        and campaign.send_at.timestamp() > now
    if campaign.state in _SETTLED:
        text = f"Campaign {campaign_id} is {campaign.state.value}: nothing left to cancel."
        return f"{text} {CANNOT_CANCEL}" if scheduled else text
    dropped = store.cancel(campaign_id, now=now)
    text = f"Campaign {campaign_id} cancelled: {dropped} recipients will not be sent."
    return f"{text} {CANNOT_CANCEL}" if scheduled else text


def resend_uncertain(store: Store, campaign_id: int, *, now: float) -> str:
    """The explicit action: uncertain recipients go back to pending (they may get it twice)."""
    campaign = store.campaign(campaign_id)
    if campaign.state is CampaignState.CANCELLED:
        raise CampaignError(f"Campaign {campaign_id} is cancelled; nothing can be resent.")
    uncertain = store.counts(campaign_id).by_state[RecipientState.UNCERTAIN]
    if not uncertain:
        return f"Campaign {campaign_id} has no uncertain recipients."
    moved = store.resend_uncertain(campaign_id, now=now)
    return (f"{moved} uncertain recipients of campaign {campaign_id} will be sent again "
            f"(some may receive the message twice). Run 'masiv resume {campaign_id}'.")
