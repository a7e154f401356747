"""Changes to a campaign that was never started (DRAFT), for the desktop program.

- `schedule_draft`: the "Send…" confirmation of a draft may choose a later time; the same
  checks as planning apply (in the future; inside the contact hours on a gateway that
  reaches people; split across periods when the messages do not fit in one). A draft whose
  rows each have their own time keeps them (a row whose time passed meanwhile is not sent:
  the engine rejects it with `SEND_TIME_PASSED`).
- `replace_draft`: "Edit…" on a draft stores the edited campaign as a new one; the old draft
  goes away and the new one keeps its creation time (it is the same campaign to the user).
- `delete_draft`: remove a draft.

They write the store: call them off the GUI thread.
"""

from __future__ import annotations

from datetime import UTC, datetime

from masiv_desktop.core.campaigns import (
    CampaignError,
    CampaignPlan,
    create_campaign,
    reaches_people,
)
from masiv_desktop.core.engine.window import campaign_groups
from masiv_desktop.core.law import contact_rules
from masiv_desktop.core.law.refusal import zones_of
from masiv_desktop.core.law.scheduling import check_future
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.store.campaigns import Campaign, Store, utc_text
from masiv_desktop.core.usertypes import CampaignState


def schedule_draft(store: Store, campaign_id: int, send_at: datetime | None,
                   settings: Settings, *, now: float) -> None:
    """Set when a draft is sent (None: as soon as it starts). Raises ScheduleError
    (OutsideWindow with the next allowed time) or CampaignError when it is no longer a
    draft."""
    campaign = store.campaign(campaign_id)
    if campaign.state is not CampaignState.DRAFT:
        raise CampaignError(f"Campaign {campaign_id} has already started; its send time "
                            "cannot change.")
    if campaign.per_row:
        if send_at is not None:
            raise CampaignError(f"Each recipient of campaign {campaign_id} has its own send "
                                f"time (column \"{campaign.send_column}\"); start it without "
                                "a time, or edit it to choose one time for all.")
        return
    rate: float | None = None
    if send_at is not None:
        check_future(send_at, now=now)
        if reaches_people(settings) and contact_rules.window_applies(
                campaign.purpose, campaign.window_override):
            groups = campaign_groups(store.conn, campaign_id)
            zones = zones_of(groups)
            contact_rules.check_recipients_time(settings.window, send_at, groups)
            per_second = contact_rules.throughput(
                rate=settings.rate_per_second, connections=settings.connections,
                rate_counts_parts=settings.rate_counts_parts,
                average_parts=campaign.parts / max(1, campaign.recipients))
            schedule = settings.window.split_schedule(send_at, campaign.recipients,
                                                      per_second, zones)
            rate = schedule.slots[0].rate if schedule.days > 1 else None
    text = None if send_at is None else utc_text(send_at.astimezone(UTC).timestamp())
    with store.conn:
        store.conn.execute("UPDATE campaign SET send_at = ?, schedule_rate = ? "
                           "WHERE id = ? AND state = ?",
                           (text, rate, campaign_id, CampaignState.DRAFT.value))
    store.log_event(campaign_id, "scheduled", f"Send time set to {text or 'now'}.", now=now)


def replace_draft(store: Store, campaign_id: int, plan: CampaignPlan, *, now: float) -> int:
    """Store `plan` as a DRAFT in place of the draft `campaign_id`; the new id. The new draft
    takes the old one's creation time and the old one is deleted. When `campaign_id` is no
    longer a draft (started meanwhile), it is left alone and the new draft is simply new."""
    new_id = create_campaign(store, plan, now=now)
    with store.conn:
        kept = store.conn.execute(
            "UPDATE campaign SET created_at = (SELECT created_at FROM campaign "
            "WHERE id = ? AND state = ?) WHERE id = ? AND EXISTS (SELECT 1 FROM campaign "
            "WHERE id = ? AND state = ?)",
            (campaign_id, CampaignState.DRAFT.value, new_id, campaign_id,
             CampaignState.DRAFT.value)).rowcount
        store.conn.execute("DELETE FROM campaign WHERE id = ? AND state = ?",
                           (campaign_id, CampaignState.DRAFT.value))
    if kept:
        store.log_event(new_id, "edited", f"Replaces draft {campaign_id}.", now=now)
    return new_id


def message_of(draft: Campaign, settings: Settings) -> str:
    """The message the user wrote, for editing: the stored template without the opt-out
    line planning appended (`with_footer`), so editing does not add it twice. The line is
    the setting's current one, or else the template's last line (the setting changed)."""
    template = draft.template
    if not draft.footer or "\n" not in template:
        return template
    appended = contact_rules.with_footer("", settings.opt_out_footer)
    if template.endswith(appended):
        return template.removesuffix(appended)
    return template.rsplit("\n", 1)[0]


def delete_draft(store: Store, campaign_id: int) -> bool:
    """Remove a campaign that was never started (its recipients and refused rows go with it);
    False, and nothing changed, for any other state. Any campaign: `actions.delete_campaign`."""
    return store.delete_campaign(campaign_id, state=CampaignState.DRAFT)
