"""The engine under the contact window, on a fake clock shared with the sandbox: a commercial
campaign stops submitting at the window's end, waits (polling goes on), and resumes by itself
at the next opening; nothing is ever submitted on a Sunday or a holiday."""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from masiv_desktop.core.engine.events import EventQueue, RunEnded, StateChanged
from masiv_desktop.core.engine.poller import PollPolicy
from masiv_desktop.core.engine.run import CampaignRun, EngineOptions, PollMode
from masiv_desktop.core.engine.window import DeliveryTimes, WindowGate
from masiv_desktop.core.law.contact_window import BOGOTA, LAW_WINDOW
from masiv_desktop.core.reasons import Reason, ReasonKind, describe
from masiv_desktop.core.store.campaigns import CampaignDraft, NewRecipient, Store
from masiv_desktop.core.usertypes import CampaignState, PartRule, Purpose
from masiv_desktop.gateway.http.client import MasivHttpClient
from masiv_desktop.gateway.outcomes import SendOutcome, StatusReport
from masiv_desktop.gateway.sandbox.server import SandboxGateway
from masiv_desktop.gateway.sandbox.state import FakeClock
from tests.helpers.campaigns import FAST, client, numbers

MINUTE = 60.0
OPTIONS = EngineOptions(connections=1, poll=PollMode.NONE, poll_policy=FAST.poll_policy,
                        control_interval=0.05, contact_window=LAW_WINDOW)


def bogota(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=BOGOTA)


class MinutePerMessage:
    """A real client whose every accepted send takes one minute of the fake clock."""

    def __init__(self, inner: MasivHttpClient, clock: FakeClock) -> None:
        self.inner = inner
        self.clock = clock

    def send_message(self, recipient: str, text: str, *, originator: str | None = None,
                     long_message: bool = False, send_on: datetime | None = None) -> SendOutcome:
        outcome = self.inner.send_message(recipient, text, originator=originator,
                                          long_message=long_message, send_on=send_on)
        self.clock.advance(MINUTE)
        return outcome

    def get_message(self, message_id: str) -> StatusReport:
        return self.inner.get_message(message_id)

    def close(self) -> None:
        self.inner.close()


def make(database: Path, n: int, *, now: float, purpose: Purpose = Purpose.COMMERCIAL,
         override: bool = False, send_at: datetime | None = None,
         schedule_rate: float | None = None) -> int:
    with closing(Store.open(database)) as store:
        draft = CampaignDraft(name="Ley 2300", template="Hola", part_rule=PartRule.MASIV_HTTP,
                              purpose=purpose, window_override=override, send_at=send_at,
                              schedule_rate=schedule_rate)
        return store.create_campaign(
            draft, (NewRecipient(i + 2, d, 1) for i, d in enumerate(numbers(n))), now=now)


def wait_for(events: EventQueue, seen: list[object], test: Callable[[object], bool],
             timeout: float = 20.0) -> object:
    """Real-time wait for an event (the engine's turns are real, its clock is fake)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        events.wait(0.05)
        for event in events.drain(10_000):
            seen.append(event)
            if test(event):
                return event
    raise AssertionError(f"no such event within {timeout} s; saw {seen[-5:]}")


def waiting(event: object) -> bool:
    return isinstance(event, StateChanged) and event.state is CampaignState.WAITING_WINDOW


def running(event: object) -> bool:
    return isinstance(event, StateChanged) and event.state is CampaignState.RUNNING


def ended(event: object) -> bool:
    return isinstance(event, RunEnded)


def received(sandbox: SandboxGateway) -> list[datetime]:
    return sorted(datetime.fromisoformat(r.received_at).astimezone(UTC) for r in sandbox.sent())


def start(database: Path, cid: int, sandbox: SandboxGateway, clock: FakeClock,
          events: EventQueue, options: EngineOptions = OPTIONS) -> CampaignRun:
    transport = MinutePerMessage(client(sandbox.base_url), clock)
    return CampaignRun(database, cid, transport, options, events=events,
                       clock=clock).start()


def test_friday_18_50_stops_at_19_00_and_resumes_saturday_at_8(
        tmp_path: Path, sandbox_with_clock: SandboxGateway, fake_clock: FakeClock) -> None:
    friday = bogota(2026, 11, 27, 18, 50)
    fake_clock.advance(friday.timestamp() - fake_clock())
    database = tmp_path / "masiv.sqlite3"
    cid = make(database, 25, now=fake_clock())
    events = EventQueue()
    seen: list[object] = []
    run = start(database, cid, sandbox_with_clock, fake_clock, events)
    try:
        wait_for(events, seen, waiting)
        first = received(sandbox_with_clock)
        assert len(first) == 10
        assert first[0] == friday and first[-1] == bogota(2026, 11, 27, 18, 59)
        with closing(Store.open(database)) as store:
            campaign = store.campaign(cid)
        assert campaign.state is CampaignState.WAITING_WINDOW
        assert campaign.reason is not None
        assert "Sat 2026-11-28 08:00" in describe(campaign.reason)
        fake_clock.advance(bogota(2026, 11, 28, 7, 59).timestamp() - fake_clock())
        time.sleep(0.3)  # several turns of the run: still nothing may be submitted
        assert len(received(sandbox_with_clock)) == 10
        fake_clock.advance(MINUTE)
        wait_for(events, seen, running)
        wait_for(events, seen, ended)
    finally:
        run.pause()
        assert run.wait(20)
    times = received(sandbox_with_clock)
    assert len(times) == 25
    assert times[10] == bogota(2026, 11, 28, 8, 0)
    assert all(LAW_WINDOW.is_allowed(t) for t in times)
    assert run.final_state is CampaignState.SENT


def test_nothing_goes_out_on_a_sunday_or_a_holiday(
        tmp_path: Path, sandbox_with_clock: SandboxGateway, fake_clock: FakeClock) -> None:
    saturday = bogota(2026, 1, 10, 14, 57)   # Sunday 11 and Monday 12 (Reyes) are closed
    fake_clock.advance(saturday.timestamp() - fake_clock())
    database = tmp_path / "masiv.sqlite3"
    cid = make(database, 6, now=fake_clock())
    events = EventQueue()
    seen: list[object] = []
    run = start(database, cid, sandbox_with_clock, fake_clock, events)
    try:
        wait_for(events, seen, waiting)
        for moment in (bogota(2026, 1, 11, 10, 0), bogota(2026, 1, 12, 7, 0),
                       bogota(2026, 1, 12, 12, 0), bogota(2026, 1, 13, 6, 59)):
            fake_clock.advance(moment.timestamp() - fake_clock())
            time.sleep(0.2)
            assert len(received(sandbox_with_clock)) == 3
        fake_clock.advance(bogota(2026, 1, 13, 7, 0).timestamp() - fake_clock())
        wait_for(events, seen, ended)
    finally:
        run.pause()
        assert run.wait(20)
    times = received(sandbox_with_clock)
    assert len(times) == 6 and times[3] == bogota(2026, 1, 13, 7, 0)
    assert all(LAW_WINDOW.is_allowed(t) for t in times)


def test_polling_goes_on_while_waiting_and_ctrl_c_pauses(
        tmp_path: Path, sandbox_with_clock: SandboxGateway, fake_clock: FakeClock) -> None:
    fake_clock.advance(bogota(2026, 11, 27, 18, 58).timestamp() - fake_clock())
    closing_time = bogota(2026, 11, 27, 19, 0).timestamp()
    database = tmp_path / "masiv.sqlite3"
    cid = make(database, 5, now=fake_clock())
    events = EventQueue()
    seen: list[object] = []
    options = EngineOptions(connections=1, poll=PollMode.WHILE_SENDING,
                            poll_policy=PollPolicy(delays=(30,)), control_interval=0.05,
                            contact_window=LAW_WINDOW)
    polled_at: list[float] = []
    transport = MinutePerMessage(client(sandbox_with_clock.base_url), fake_clock)
    inner_get = transport.get_message

    def get_message(message_id: str) -> StatusReport:
        polled_at.append(fake_clock())
        return inner_get(message_id)

    transport.get_message = get_message  # type: ignore[method-assign]
    run = CampaignRun(database, cid, transport, options, events=events,
                      clock=fake_clock).start()
    try:
        wait_for(events, seen, waiting)
        deadline = time.monotonic() + 10
        while not polled_at and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        run.pause(Reason(ReasonKind.PAUSED_FROM_COMMAND_LINE))
        assert run.wait(20)
    assert polled_at and min(polled_at) >= closing_time, "no status asked while waiting"
    assert run.final_state is CampaignState.PAUSED
    assert len(received(sandbox_with_clock)) == 2


def test_transactional_campaigns_ignore_the_window_only_with_the_switch(
        tmp_path: Path, sandbox_with_clock: SandboxGateway, fake_clock: FakeClock) -> None:
    sunday = bogota(2026, 11, 29, 22, 0)
    fake_clock.advance(sunday.timestamp() - fake_clock())
    database = tmp_path / "masiv.sqlite3"
    released = make(database, 3, now=fake_clock(), purpose=Purpose.TRANSACTIONAL, override=True)
    held = make(database, 3, now=fake_clock(), purpose=Purpose.TRANSACTIONAL)
    events = EventQueue()
    seen: list[object] = []
    run = start(database, released, sandbox_with_clock, fake_clock, events)
    wait_for(events, seen, ended)
    assert run.final_state is CampaignState.SENT and len(received(sandbox_with_clock)) == 3
    run = start(database, held, sandbox_with_clock, fake_clock, events)
    try:
        wait_for(events, seen, waiting)
    finally:
        run.pause()
        assert run.wait(20)
    assert len(received(sandbox_with_clock)) == 3


def test_a_sandbox_run_does_not_wait(
        tmp_path: Path, sandbox_with_clock: SandboxGateway, fake_clock: FakeClock) -> None:
    fake_clock.advance(bogota(2026, 11, 29, 22, 0).timestamp() - fake_clock())
    database = tmp_path / "masiv.sqlite3"
    cid = make(database, 2, now=fake_clock())
    events = EventQueue()
    run = start(database, cid, sandbox_with_clock, fake_clock, events,
                EngineOptions(connections=1, poll=PollMode.NONE, contact_window=LAW_WINDOW,
                              enforce_window=False))
    wait_for(events, [], ended)
    assert run.final_state is CampaignState.SENT


def test_a_split_scheduled_campaign_gives_each_message_its_own_delivery_time(
        tmp_path: Path, sandbox_with_clock: SandboxGateway, fake_clock: FakeClock) -> None:
    fake_clock.advance(bogota(2026, 11, 25, 10, 0).timestamp() - fake_clock())
    friday = bogota(2026, 11, 27, 18, 58)
    database = tmp_path / "masiv.sqlite3"
    cid = make(database, 4, now=fake_clock(), send_at=friday, schedule_rate=1 / 60)
    events = EventQueue()
    options = EngineOptions(connections=1, poll=PollMode.NONE, contact_window=LAW_WINDOW)
    transport = client(sandbox_with_clock.base_url)
    run = CampaignRun(database, cid, transport, options, events=events,
                      clock=fake_clock).start()
    wait_for(events, [], ended)
    assert run.final_state is CampaignState.SCHEDULED
    dates = sorted(r.sendondate or "" for r in sandbox_with_clock.sent())
    expected = [t.astimezone(UTC).strftime("%m/%d/%Y %H:%M:%S") for t in (
        friday, friday + timedelta(minutes=1), bogota(2026, 11, 28, 8, 0),
        bogota(2026, 11, 28, 8, 1))]
    assert dates == sorted(expected)


def test_the_gate_and_the_delivery_times_alone() -> None:
    gate = WindowGate(LAW_WINDOW)
    assert gate.closed_until(bogota(2026, 11, 27, 18, 59).timestamp()) is None
    opening = gate.closed_until(bogota(2026, 11, 27, 19, 0).timestamp())
    assert opening == bogota(2026, 11, 28, 8, 0).timestamp()
    assert "Sat 2026-11-28 08:00" in describe(gate.waiting_reason(opening))
    assert WindowGate(None).closed_until(0.0) is None
    assert DeliveryTimes(None, 0, None).send_on_for(5) is None
