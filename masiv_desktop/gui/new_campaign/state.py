"""What the pages of the new-campaign flow share, and the work they run off the GUI thread.

`FlowState` is plain mutable GUI state owned by the wizard (one per wizard, GUI thread only).
The other functions are what the pages hand to `run_op` / `run_store_op`: Qt-free, they only
call the core (the store comes opened from `run_store_op`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from pathlib import Path

from masiv_desktop.core.campaigns import (
    CampaignPlan,
    Choices,
    ContactChecks,
    PlanRequest,
    contact_checks,
    create_campaign,
    plan_campaign,
)
from masiv_desktop.core.drafts import message_of, replace_draft
from masiv_desktop.core.law.contact_window import BOGOTA
from masiv_desktop.core.law.refusal import NumberGroup, closed_numbers, group_numbers, zones_of
from masiv_desktop.core.law.row_times import SendColumn
from masiv_desktop.core.lists.check import Candidate, CheckedList, check_list
from masiv_desktop.core.lists.columns import suggest_phone_column
from masiv_desktop.core.lists.importer import list_sheets, open_list
from masiv_desktop.core.lists.types import SheetColumn, SheetInfo, SourceRow
from masiv_desktop.core.lists.validation import RowCheck
from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.store.campaigns import Campaign, Store
from masiv_desktop.core.usertypes import Purpose
from masiv_desktop.gui.ops import OpContext

PREVIEW_SHOWN = 8


@dataclass(frozen=True)
class SheetPreview:
    """One sheet opened: its columns, its first rows and the suggested phone column."""

    sheet: str | None
    columns: tuple[SheetColumn, ...]
    rows: tuple[SourceRow, ...]
    suggested: SheetColumn | None
    header_row: int | None

    def column_named(self, name: str | None) -> SheetColumn | None:
        return next((c for c in self.columns if c.name == name), None) if name else None


@dataclass(frozen=True)
class OpenedFile:
    path: Path
    sheets: tuple[SheetInfo, ...]
    preview: SheetPreview


@dataclass(frozen=True)
class CheckKey:
    """What a validation depends on: when one changes, the list is checked again."""

    path: Path
    sheet: str | None
    column: str
    purpose: Purpose


@dataclass
class FlowState:
    paths: AppPaths
    settings: Settings
    file: Path | None = None
    sheets: tuple[SheetInfo, ...] = ()
    preview: SheetPreview | None = None
    column: SheetColumn | None = None
    checked: CheckedList | None = None
    checked_key: CheckKey | None = None
    checks: ContactChecks | None = None
    zones: tuple[tzinfo, ...] = (BOGOTA,)
    groups: tuple[NumberGroup, ...] = ()
    """The numbers that may be sent, by country and zone (the contact window's reasons)."""
    skip_outside_window: bool = False
    """Leave out the numbers whose zone is closed at `send_at` (`Choices`)."""
    purpose: Purpose = Purpose.COMMERCIAL
    window_override: bool = False
    keep_not_mobile: bool = False
    allow_second_contact: bool = False
    footer: bool | None = None
    message: str = ""
    send_at: datetime | None = None
    send_column: SendColumn | None = None
    """Each row its own send time from this column (then `send_at` is None)."""
    name: str = ""
    replaces: int | None = None
    """The draft being edited: saving stores the campaign in its place (`replace_draft`)."""
    draft_sheet: str | None = None
    draft_column: str | None = None
    """The sheet and phone column the edited draft was read from, chosen when the file opens
    (when the file still has them)."""

    @classmethod
    def for_draft(cls, paths: AppPaths, settings: Settings, draft: Campaign) -> FlowState:
        """The flow set up with every choice a stored draft was saved with ("Edit…")."""
        return cls(paths, settings, file=Path(draft.source_file) if draft.source_file else None,
                   purpose=draft.purpose, window_override=draft.window_override,
                   keep_not_mobile=bool(draft.keep_not_mobile),
                   allow_second_contact=bool(draft.allow_second_contact),
                   footer=draft.footer, message=message_of(draft, settings),
                   send_at=None if draft.per_row else draft.send_at,
                   send_column=SendColumn(draft.send_column, draft.send_offset)
                   if draft.send_column is not None else None,
                   name=draft.name, replaces=draft.id,
                   draft_sheet=draft.sheet, draft_column=draft.phone_column)

    @property
    def sheet(self) -> str | None:
        return self.preview.sheet if self.preview else None

    def choices(self) -> Choices:
        return Choices(purpose=self.purpose, window_override=self.window_override,
                       keep_not_mobile=self.keep_not_mobile,
                       allow_second_contact=self.allow_second_contact, footer=self.footer,
                       skip_outside_window=self.skip_outside_window)

    def footer_on(self) -> bool:
        """The opt-out line applies (the core's rule, `Choices.footer_on`)."""
        return self.choices().footer_on(self.settings)

    def footer_text(self) -> str:
        return self.choices().footer_text(self.settings)

    def plan_request(self) -> PlanRequest | None:
        """What the core plans from, as the user set it up (None before a file and column)."""
        if self.file is None or self.column is None:
            return None
        return PlanRequest(self.file, self.message, self.settings, sheet=self.sheet,
                           column=self.column.name, name=self.name or None,
                           send_at=self.send_at, choices=self.choices(),
                           send_column=self.send_column)

    def headers(self) -> tuple[str, ...]:
        """The list's column headers (the checked list's, else the preview's)."""
        if self.checked is not None:
            return self.checked.headers
        if self.preview is not None:
            return tuple(c.name for c in self.preview.columns)
        return ()

    def kept(self) -> list[Candidate]:
        if self.checked is None:
            return []
        return self.checked.kept(keep_not_mobile=self.keep_not_mobile,
                                 allow_second_contact=self.allow_second_contact,
                                 left_out=self.left_out())

    def refused(self) -> list[RowCheck]:
        """Every row not sent with the user's choices, the numbers left out included."""
        if self.checked is None:
            return []
        return self.checked.refused(keep_not_mobile=self.keep_not_mobile,
                                    allow_second_contact=self.allow_second_contact,
                                    left_out=self.left_out())

    def left_out(self) -> Callable[[str], bool] | None:
        """The numbers the user left out for the contact window at `send_at`, as the core's
        plan leaves them out (`Choices.skip_outside_window`)."""
        if not self.skip_outside_window or self.send_at is None or \
                not self.choices().window_applies():
            return None
        return closed_numbers(self.settings.window, self.send_at)

    def answers(self) -> tuple[object, ...]:
        """Everything the user can choose in the flow: when it differs from what the flow
        opened with, closing asks before discarding it. A sheet or column not read yet
        counts as the edited draft's."""
        return (self.file, self.sheet if self.preview else self.draft_sheet,
                self.column.name if self.column else self.draft_column, self.message.strip(),
                self.send_at, self.name, self.purpose, self.window_override, self.footer,
                self.keep_not_mobile, self.allow_second_contact, self.skip_outside_window)

    def check_key(self) -> CheckKey | None:
        if self.file is None or self.column is None:
            return None
        return CheckKey(self.file, self.sheet, self.column.name, self.purpose)


def open_file(path: Path, region: str, sheet: str | None = None) -> OpenedFile:
    """The sheets of `path` and a preview of `sheet` if it has data, else of the first one
    with data (worker thread)."""
    sheets = tuple(list_sheets(path))
    with_data = [s.name for s in sheets if s.has_data]
    first = sheet if sheet in with_data else next(iter(with_data), None)
    return OpenedFile(path, sheets, open_sheet(path, first if len(sheets) > 1 else None, region))


def open_sheet(path: Path, sheet: str | None, region: str) -> SheetPreview:
    reader = open_list(path, sheet)
    return SheetPreview(reader.sheet, tuple(reader.columns), tuple(reader.preview[:PREVIEW_SHOWN]),
                        suggest_phone_column(reader.columns, reader.preview, region),
                        reader.header_row)


@dataclass(frozen=True)
class Checked:
    checked: CheckedList
    checks: ContactChecks
    groups: tuple[NumberGroup, ...]
    """Every number that may be sent, by country and time zones (the contact window's)."""

    @property
    def zones(self) -> tuple[tzinfo, ...]:
        return zones_of(self.groups)


def check_file(store: Store, key: CheckKey, region: str, ctx: OpContext, *,
               now: float) -> Checked:
    """The store's contact checks for the purpose, then every row of the list (worker
    thread, through `run_store_op`)."""
    checks = contact_checks(store.conn, key.purpose, now=now)
    ctx.check_cancelled()
    checked = check_list(key.path, sheet=key.sheet, column=key.column, region=region,
                         suppressed=checks.suppressed, contacted=checks.contacted,
                         progress=ctx.progress, cancel=lambda: ctx.cancelled)
    return Checked(checked, checks, group_numbers(c.digits for c in checked.candidates))


def store_campaign(store: Store, plan: CampaignPlan, name: str, *, now: float,
                   replaces: int | None = None) -> int:
    """Store the plan as a DRAFT campaign under the name the user gave last, in place of
    the draft `replaces` when one is being edited; its id."""
    plan = replace(plan, name=name or plan.name)
    if replaces is not None:
        return replace_draft(store, replaces, plan, now=now)
    return create_campaign(store, plan, now=now)


def plan_and_store(store: Store, request: PlanRequest, name: str, *, now: float,
                   replaces: int | None = None) -> int:
    """Plan the campaign from the file with the user's choices and store it as a DRAFT (the
    wizard closing with "Save as draft" before its last page); worker thread."""
    return store_campaign(store, plan_campaign(store, request, now=now), name, now=now,
                          replaces=replaces)
