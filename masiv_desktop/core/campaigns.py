"""Campaign use cases, shared by the CLI and the GUI: plan from a file, create, status,.

Planning reads and checks the whole list and renders every recipient's text before anything
is stored, so every problem a user can fix (file, sheet, column, template, send time) is
reported first, naming where it is. Pure core: no printing, no Qt. Times are epoch seconds
(`now`) or aware datetimes.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from masiv_desktop.core.engine.poller import PollPolicy
from masiv_desktop.core.engine.types import EngineOptions, PollMode
from masiv_desktop.core.law import contact_rules, refusal, suppression
from masiv_desktop.core.law.contact_window import Schedule, zones_for_numbers
from masiv_desktop.core.law.row_times import RowTimer, RowTimes, SendColumn
from masiv_desktop.core.law.scheduling import check_future
from masiv_desktop.core.lists.columns import choose_phone_column, find_column
from masiv_desktop.core.lists.importer import open_list
from masiv_desktop.core.lists.types import SheetColumn
from masiv_desktop.core.lists.validation import ListValidator, RowCheck, Summary
from masiv_desktop.core.reasons import describe
from masiv_desktop.core.reports import data as report_data
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.settings.smpp import part_rule_for, poll_delays_for
from masiv_desktop.core.store.campaigns import (
    Campaign,
    CampaignCounts,
    CampaignDraft,
    NewRecipient,
    Store,
    encode_cells,
)
from masiv_desktop.core.store.db import Connection
from masiv_desktop.core.text.forbidden import with_plain_newlines
from masiv_desktop.core.text.merge import parse_template, render_campaign
from masiv_desktop.core.usertypes import (
    PartRule,
    Purpose,
    SuppressionSource,
    Verdict,
)
from masiv_desktop.gateway.codes import GatewayStatus


class CampaignError(ValueError):
    """Something about the campaign the user must change; the message says what."""


class NoValidRecipients(CampaignError):
    """No row of the list has a valid mobile number in the chosen column."""

    def __init__(self, path: Path, column: SheetColumn) -> None:
        super().__init__(f"{path.name}: no row has a valid mobile number in column "
                         f"\"{column.name}\" ({column.letter}).")
        self.path = path
        self.column = column


class NoSendTimes(CampaignError):
    """Every row with a valid number has an empty, unreadable or past send time."""

    def __init__(self, path: Path, column: str) -> None:
        super().__init__(f"{path.name}: no row has a send time in the future in column "
                         f"\"{column}\" (a date and time such as 2026-12-09 10:00).")
        self.path = path
        self.column = column


@dataclass(frozen=True)
class CampaignPlan:
    """A checked campaign, ready to store: what the user confirms."""

    name: str
    source: Path
    sheet: str | None
    column: SheetColumn
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
    purpose: Purpose = Purpose.COMMERCIAL
    window_override: bool = False
    footer: str = ""
    """The opt-out line appended to every message ('' when none); counted in the parts."""
    refused_rows: tuple[RowCheck, ...] = ()
    """Rows not kept, stored with the campaign for the report's refused-rows sheet."""
    now_advice: contact_rules.NowAdvice | None = None
    """Sending now under the contact window: when it starts and whether it fits."""
    schedule: Schedule | None = None
    """A scheduled campaign split across the window's periods (None: all at `send_at`)."""
    rne_warning: contact_rules.RneWarning | None = None
    window_note: str | None = None
    """A sentence about the window for a sandbox run (which does not enforce it)."""
    headers: tuple[str, ...] = ()
    """The list's column headers; every recipient keeps its cells in this order."""
    keep_not_mobile: bool = False
    allow_second_contact: bool = False
    contact_window: str = ""
    """The contact window's text (settings) the plan was checked against."""
    row_times: RowTimes | None = None
    """Each row its own send time (`PlanRequest.send_column`): the span, the days, the
    moves; each recipient's time is its `NewRecipient.send_at`. `send_at` is then None."""

    @property
    def refused(self) -> int:
        return self.summary.rows - len(self.recipients)


@dataclass(frozen=True)
class ContactChecks:
    """What the store says about a new campaign's recipients (`contact_checks`)."""

    suppressed: frozenset[str]
    contacted: frozenset[str]
    """Sent a commercial message today: held back unless the user allows a second contact."""
    rne_warning: contact_rules.RneWarning | None
    by_day: tuple[tuple[date, frozenset[str]], ...] = ()
    """Numbers contacted on each Colombian day from today on (`contacts_by_day`): rows with
    their own send time are checked on their own day. Empty unless asked for."""


def contact_checks(conn: Connection, purpose: Purpose, *, now: float,
                   per_day: bool = False) -> ContactChecks:
    """The suppression list, today's contacts and the RNE warning for a campaign of this
    purpose: transactional ones skip the RNE entries, the frequency cap and the warning.
    `per_day`: also every later day's contacts (rows with their own send time)."""
    if purpose is Purpose.TRANSACTIONAL:
        return ContactChecks(suppression.suppressed_digits(conn, skip=[SuppressionSource.RNE]),
                             frozenset(), None)
    return ContactChecks(suppression.suppressed_digits(conn),
                         contact_rules.contacted_today(conn, now),
                         contact_rules.rne_warning(conn, now),
                         contact_rules.contacts_by_day(conn, now) if per_day else ())


@dataclass(frozen=True)
class Choices:
    """The user's choices about the contact rules for one campaign (defaults: the law's)."""

    purpose: Purpose = Purpose.COMMERCIAL
    window_override: bool = False
    """Transactional only: ignore the contact window."""
    keep_not_mobile: bool = False
    allow_second_contact: bool = False
    """Keep recipients already sent a commercial message today."""
    footer: bool | None = None
    """Append the opt-out line (commercial only); None = the setting."""
    skip_outside_window: bool = False
    """Scheduled campaigns: leave out the recipients for whom the send time is outside the
    contact window in their own zone (numbers abroad), instead of refusing the time. They
    are kept among the refused rows (`Verdict.OUTSIDE_WINDOW`), so none is lost silently."""

    def window_applies(self) -> bool:
        """The contact window binds this campaign (`contact_rules.window_applies`)."""
        return contact_rules.window_applies(self.purpose, self.window_override)

    def footer_on(self, settings: Settings) -> bool:
        """Whether the opt-out line applies: commercial campaigns only, the user's choice or
        else the setting. The one place this rule lives (planning, the wizard, `masiv send`)."""
        if self.purpose is not Purpose.COMMERCIAL:
            return False
        return settings.append_opt_out_footer if self.footer is None else self.footer

    def footer_text(self, settings: Settings) -> str:
        """The opt-out line appended to every message ('' when none applies)."""
        return settings.opt_out_footer if self.footer_on(settings) else ""


@dataclass(frozen=True)
class PlanRequest:
    """What planning a campaign needs: the list, the message and the user's choices.

    Equal requests give equal plans at the same moment (the wizard replans only when its
    request changes). `send_at` is an aware datetime (None: send now). `checks` (from
    `contact_checks`) holds the store's suppression list and today's contacts: None checks
    against nothing (`plan_campaign` fills it from the store)."""

    path: Path
    message: str
    settings: Settings
    sheet: str | None = None
    column: str | None = None
    name: str | None = None
    send_at: datetime | None = None
    choices: Choices = Choices()
    checks: ContactChecks | None = None
    send_column: SendColumn | None = None
    """Each row its own send time, read from this column (`send_at` must be None)."""


def plan_campaign(store: Store, request: PlanRequest, *, now: float) -> CampaignPlan:
    """The store's contact checks for the request's purpose, then `plan_from_file`: what
    `masiv send` and the new-campaign wizard both run. Reads the store, writes nothing."""
    checks = contact_checks(store.conn, request.choices.purpose, now=now,
                            per_day=request.send_column is not None)
    return plan_from_file(replace(request, checks=checks), now=now)


def plan_from_file(request: PlanRequest, *, now: float) -> CampaignPlan:
    """Read, validate and render a list. Raises ListFileError, TemplateError, ScheduleError
    (OutsideWindow for a time outside the contact window) or CampaignError, each naming the
    file/sheet/column/row concerned. Only rows with a valid mobile number are kept
    (duplicates, suppressed, invalid and — unless chosen — not-mobile and already-contacted
    rows are refused)."""
    path, message, settings, choices = (request.path, request.message, request.settings,
                                        request.choices)
    checks, send_at = request.checks, request.send_at
    contact_rules.check_override(choices.purpose, choices.window_override)
    if send_at is not None:
        if request.send_column is not None:
            raise CampaignError("Choose one send time for the campaign or a column with each "
                                "row's time, not both.")
        check_future(send_at, now=now)
    footer = choices.footer_text(settings)
    message = with_plain_newlines(message)
    text = contact_rules.with_footer(message, footer) if footer else message
    reader = open_list(path, request.sheet)
    chosen = choose_phone_column(reader.columns, reader.preview, path=path, sheet=reader.sheet,
                                 wanted=request.column, region=settings.region)
    headers = [c.name for c in reader.columns]
    template = parse_template(text, headers)
    timer = _row_timer(request, reader.columns, path, reader.sheet, now)
    validator = ListValidator(settings.region, checks.suppressed if checks else frozenset(),
                              checks.contacted if checks and timer is None else frozenset())
    wanted = {Verdict.OK}
    if choices.keep_not_mobile:
        wanted.add(Verdict.NOT_MOBILE)
    if choices.allow_second_contact:
        wanted.add(Verdict.CONTACTED_TODAY)
    kept: list[tuple[int, str, tuple[str, ...], str, float | None]] = []
    refused: list[RowCheck] = []
    left_out: list[RowCheck] = []
    changed: list[tuple[Verdict, Verdict]] = []
    closed = _leave_out_test(settings, choices, send_at)
    for number, cells in reader.rows():
        check = validator.check(number, cells[chosen.index])
        if check.verdict in wanted and check.digits:
            if closed is not None and closed(check.digits):
                left_out.append(check)
                refused.append(check._replace(verdict=Verdict.OUTSIDE_WINDOW))
                continue
            own = None if timer is None else timer[0].time_of(check, cells[timer[1]])
            if isinstance(own, RowCheck):
                refused.append(own)
                changed.append((check.verdict, own.verdict))
                continue
            kept.append((number, check.digits, cells if template.has_fields else (),
                         encode_cells(_phone_as_text(cells, chosen.index)),
                         None if own is None else own.at.timestamp()))
        else:
            refused.append(check)
    if not kept and left_out and send_at is not None:
        contact_rules.check_recipients_time(
            settings.window, send_at, refusal.group_numbers(c.digits or "" for c in left_out))
    if not kept and timer is not None and timer[0].refused:
        raise NoSendTimes(path, timer[0].column)
    if not kept:
        raise NoValidRecipients(path, chosen)
    rendered = render_campaign(template, headers, [row[2] for row in kept]
                               if template.has_fields else [()] * len(kept),
                               part_rule_for(settings), settings.long_messages,
                               row_numbers=[row[0] for row in kept],
                               keep_texts=template.has_fields)
    texts: list[str | None] = (list(rendered.texts) if template.has_fields
                               else [_unless_template(rendered.fixed_text, text)] * len(kept))
    recipients = [
        NewRecipient(row_number=number, digits=digits, parts=parts, text=text, cells=stored,
                     send_at=own)
        for (number, digits, _, stored, own), parts, text in zip(kept, rendered.parts, texts,
                                                                 strict=True)]
    plan = CampaignPlan(
        name=request.name or path.stem, source=path, sheet=reader.sheet, column=chosen,
        template=text, part_rule=part_rule_for(settings), long_message=settings.long_messages,
        originator=settings.originator, send_at=send_at,
        summary=validator.summary().without(left_out).reclassified(changed),
        recipients=recipients, total_parts=rendered.total_parts, max_parts=rendered.max_parts,
        unicode_recipients=len(rendered.unicode_rows), too_long=len(rendered.too_long_rows),
        purpose=choices.purpose, window_override=choices.window_override, footer=footer,
        refused_rows=tuple(refused), rne_warning=checks.rne_warning if checks else None,
        headers=tuple(headers), keep_not_mobile=choices.keep_not_mobile,
        allow_second_contact=choices.allow_second_contact,
        contact_window=settings.contact_window,
        row_times=None if timer is None else timer[0].summary())
    if timer is not None or not contact_rules.window_applies(choices.purpose,
                                                             choices.window_override):
        return plan
    return _within_window(plan, settings, now)


def _row_timer(request: PlanRequest, columns: Sequence[SheetColumn], path: Path,
               sheet: str | None, now: float) -> tuple[RowTimer, int] | None:
    """Each row's own send time (`PlanRequest.send_column`) and the column it is read from;
    commercial rows move into the contact window and are checked against the contacts of
    their own day (unless the user allowed a second contact); transactional ones keep
    their time."""
    rule = request.send_column
    if rule is None:
        return None
    column = find_column(columns, rule.column, path=path, sheet=sheet)
    commercial = request.choices.purpose is Purpose.COMMERCIAL
    checks = request.checks
    contacted = dict(checks.by_day) if checks and commercial and \
        not request.choices.allow_second_contact else None
    timer = RowTimer(rule, column.name, now=now,
                     window=request.settings.window if commercial else None,
                     contacted=contacted)
    return timer, column.index


def _leave_out_test(settings: Settings, choices: Choices,
                    send_at: datetime | None) -> Callable[[str], bool] | None:
    """The test of the numbers to leave out (`Choices.skip_outside_window`), or None."""
    if not (choices.skip_outside_window and send_at is not None and choices.window_applies()):
        return None
    return refusal.closed_numbers(settings.window, send_at)


def _phone_as_text(cells: tuple[str, ...], phone: int) -> tuple[str, ...]:
    """The row's cells with the phone cell as plain text: a phone is digits to read, never
    a number for a spreadsheet to sum or show as 5.73E+11 (the other cells keep their type)."""
    if type(cells[phone]) is str:
        return cells
    return (*cells[:phone], str(cells[phone]), *cells[phone + 1:])


def _unless_template(fixed_text: str | None, template: str) -> str | None:
    """What a recipient stores when the template has no field: None (the template as it is)
    only when the rendered text is the template; `Promo {{50%}}` is sent as `Promo {50%}`."""
    return None if fixed_text == template else fixed_text


def _within_window(plan: CampaignPlan, settings: Settings, now: float) -> CampaignPlan:
    """Check a scheduled time against the contact window and split it across periods, or
    say whether sending now fits before the window closes."""
    window = settings.window
    count = len(plan.recipients)
    per_second = contact_rules.throughput(
        rate=settings.rate_per_second, connections=settings.connections,
        rate_counts_parts=settings.rate_counts_parts, average_parts=plan.total_parts / count)
    if plan.send_at is None:
        advice = contact_rules.advise_now(window, now, count, per_second,
                                          zones_for_numbers(r.digits for r in plan.recipients))
        note = None if reaches_people(settings) or advice.describe(count) is None else \
            f"{REHEARSAL} so it sends at once; a real gateway would follow the contact hours."
        return replace(plan, now_advice=advice, window_note=note)
    groups = refusal.group_numbers(r.digits for r in plan.recipients)
    zones = refusal.zones_of(groups)
    try:
        contact_rules.check_recipients_time(window, plan.send_at, groups)
    except contact_rules.OutsideWindow as exc:
        if reaches_people(settings):
            raise
        return replace(plan, window_note=f"{REHEARSAL}, so this time is kept; with a real "
                       f"gateway it would be refused. {exc}")
    schedule = window.split_schedule(plan.send_at, count, per_second, zones)
    return replace(plan, schedule=schedule if schedule.days > 1 else None)


REHEARSAL = "This gateway is a sandbox on this computer and contacts nobody"


def reaches_people(settings: Settings) -> bool:
    """False for the built-in sandbox and any gateway on this computer (a `masiv sandbox`):
    they contact nobody, so the contact window is shown but not enforced there. Real
    gateways are never on loopback (the settings require https for them)."""
    if settings.uses_sandbox:
        return False
    if settings.gateway_preset != "custom":
        return True
    host = urlsplit(settings.gateway_url).hostname or ""
    return host not in ("127.0.0.1", "localhost", "::1")


def create_campaign(store: Store, plan: CampaignPlan, *, now: float) -> int:
    """Store the planned campaign (DRAFT, every recipient pending) in one transaction, then
    the rows the import refused (for the report). The rules it is made under (the user's
    choices, the window, the RNE's last import now) are kept for the report's summary."""
    schedule_rate = plan.schedule.slots[0].rate if plan.schedule else None
    times = plan.row_times
    draft = CampaignDraft(name=plan.name, template=plan.template, part_rule=plan.part_rule,
                          originator=plan.originator, long_message=plan.long_message,
                          purpose=plan.purpose,
                          send_at=times.latest if times else plan.send_at,
                          send_column=times.column if times else None,
                          send_offset=times.offset_minutes if times else 0,
                          source_file=str(plan.source), window_override=plan.window_override,
                          schedule_rate=schedule_rate, headers=plan.headers,
                          allow_second_contact=plan.allow_second_contact,
                          keep_not_mobile=plan.keep_not_mobile, footer=bool(plan.footer),
                          contact_window=plan.contact_window,
                          rne_imported_at=suppression.last_rne_import(store.conn),
                          sheet=plan.sheet, phone_column=plan.column.name)
    campaign_id = store.create_campaign(draft, plan.recipients, now=now)
    if plan.refused_rows:
        report_data.save_refused_rows(store.conn, campaign_id, plan.refused_rows)
    return campaign_id


def engine_options(settings: Settings, *, connections: int | None = None,
                   rate: float | None = None, poll: PollMode = PollMode.WHILE_SENDING,
                   send: bool = True, poll_delays: tuple[float, ...] | None = None
                   ) -> EngineOptions:
    """The engine's options from the settings, with a command's overrides (the contact
    window comes from the settings too)."""
    policy = PollPolicy(window=settings.polling_window_hours * 3600.0)
    poll_delays = poll_delays or poll_delays_for(settings)
    if poll_delays:
        policy = replace(policy, delays=poll_delays,
                         network_grace=min(policy.network_grace, 4 * max(poll_delays)))
    return EngineOptions(connections=connections or settings.connections,
                         rate=rate if rate is not None else settings.rate_per_second,
                         rate_counts_parts=settings.rate_counts_parts, send=send, poll=poll,
                         poll_policy=policy, poll_all_first=not send,
                         contact_window=settings.window,
                         enforce_window=reaches_people(settings),
                         stop_words=settings.stop_words, region=settings.region)


# -- status ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CampaignStatus:
    campaign: Campaign
    counts: CampaignCounts

    def as_json(self) -> dict[str, Any]:
        c = self.campaign
        return {
            "id": c.id, "name": c.name, "state": c.state.value,
            "reason": describe(c.reason) if c.reason else "",
            "reason_code": c.reason.kind.value if c.reason else None,
            "reason_args": dict(c.reason.args) if c.reason else {},
            "recipients": self.counts.recipients, "parts": c.parts,
            "by_state": {s.value: n for s, n in self.counts.by_state.items()},
            "by_status": {str(int(s)): self.counts.by_status.get(int(s), 0)
                          for s in GatewayStatus},
            "open_parts": self.counts.open_parts,
            "send_at": c.send_at.isoformat() if c.send_at else None,
            "created_at": c.created_at.isoformat(),
            "purpose": c.purpose.value, "window_override": c.window_override,
            "created_by": c.created_by,
        }


def status(store: Store, campaign_id: int, now: float | None = None) -> CampaignStatus:
    """A campaign and its counts, in the state it has at `now` (`Campaign.as_of`)."""
    campaign = store.campaign(campaign_id).as_of(time.time() if now is None else now)
    return CampaignStatus(campaign, store.counts(campaign_id))
