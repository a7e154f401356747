"""Replies while a campaign runs over SMPP: kept in the store from the transport's reader
thread, a stop reply on the suppression list at once, against the sandbox SMSC and against
an SMSC written byte by byte."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from masiv_desktop.core.engine.poller import PollPolicy
from masiv_desktop.core.engine.types import PollMode
from masiv_desktop.core.law import suppression
from masiv_desktop.core.store import db
from masiv_desktop.core.store import replies as stored
from masiv_desktop.core.usertypes import CampaignState, ReplyOrigin, SuppressionSource
from masiv_desktop.gateway.sandbox.config import SandboxConfig
from masiv_desktop.gateway.sandbox.smsc import SmppSandbox
from masiv_desktop.gateway.smpp.transport import SmppAccount, SmppTransport
from tests.helpers.campaigns import FAST, make_campaign, run
from tests.helpers.raw_smpp import (
    DELIVER_SM,
    RESP,
    SUBMIT_SM,
    TLV_MESSAGE_STATE,
    TLV_RECEIPTED_MESSAGE_ID,
    Frame,
    RawPeer,
    RawSmsc,
    c_string,
    sm_body,
    tlv,
)

STOPS, THANKS, SILENT = "573000000101", "573000000102", "573150000000"
UNTIL_FINAL = replace(FAST, poll=PollMode.UNTIL_FINAL, poll_policy=PollPolicy(
    delays=(0.1, 0.2, 0.5), window=30.0, network_grace=0.5))


@pytest.fixture
def smsc() -> Iterator[SmppSandbox]:
    config = SandboxConfig(seed=3, status_step_s=0.3, reply_delay_s=0.05)
    with SmppSandbox(config=config) as server:
        yield server


def test_a_stop_reply_suppresses_its_sender_and_a_thank_you_is_only_kept(
        tmp_path: Path, smsc: SmppSandbox) -> None:
    database = tmp_path / "masiv.sqlite3"
    cid = make_campaign(database, [STOPS, THANKS, SILENT])
    transport = SmppTransport(SmppAccount(*smsc.address, system_id="demo"), "demo")
    try:
        assert run(database, cid, transport, UNTIL_FINAL) is CampaignState.FINISHED
        assert transport.reply_listener is None
    finally:
        transport.close()
    with closing(db.connect(database)) as conn:
        kept = {r.digits: r for r in stored.replies(conn)}
        entries = list(suppression.entries(conn))
        counts = stored.counts_for(conn, cid)
    assert set(kept) == {STOPS, THANKS}
    assert (kept[STOPS].text, kept[STOPS].opt_out) == ("SALIR por favor", True)
    assert (kept[THANKS].text, kept[THANKS].opt_out) == ("Gracias", False)
    assert {r.campaign_id for r in kept.values()} == {cid}
    assert {r.origin for r in kept.values()} == {ReplyOrigin.SMPP}
    assert [(e.digits, e.source) for e in entries] == [(STOPS, SuppressionSource.REPLY)]
    assert counts == stored.ReplyCounts(2, 1)


def test_a_reply_sent_while_no_session_is_bound_is_kept_at_the_next_run(
        tmp_path: Path) -> None:
    """Replies reach the store only while a run's session is bound; the SMSC holds one that
    came meanwhile (the program closed) and delivers it at the next bind."""
    database = tmp_path / "masiv.sqlite3"
    config = SandboxConfig(seed=3, status_step_s=0.3, reply_delay_s=0.5)
    with SmppSandbox(config=config) as smsc:
        first = SmppTransport(SmppAccount(*smsc.address, system_id="demo"), "demo")
        first.send_message(STOPS, "Hola")
        first.close()
        time.sleep(0.7)
        assert smsc.receipts_waiting("demo") >= 1
        cid = make_campaign(database, [SILENT])
        second = SmppTransport(SmppAccount(*smsc.address, system_id="demo"), "demo")
        try:
            assert run(database, cid, second, UNTIL_FINAL) is CampaignState.FINISHED
        finally:
            second.close()
    with closing(db.connect(database)) as conn:
        assert [(r.digits, r.opt_out) for r in stored.replies(conn)] == [(STOPS, True)]


def test_against_an_independent_smsc_the_reply_is_acknowledged_after_it_is_kept(
        tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    number = "573151234567"
    cid = make_campaign(database, [number])
    answers: list[Frame] = []

    def script(peer: RawPeer, _number: int) -> None:
        peer.accept_bind()
        submit = peer.read()
        assert submit is not None and submit.command_id == SUBMIT_SM
        peer.write(SUBMIT_SM | RESP, submit.sequence, c_string("RAW1"))
        time.sleep(0.3)
        peer.request(DELIVER_SM, sm_body(source=(1, 1, number), dest=(0, 0, "3027"),
                                         data_coding=3, short_message="¡Baja ya!".encode(
                                             "latin-1")))
        answer = peer.read()
        assert answer is not None
        answers.append(answer)
        peer.request(DELIVER_SM, sm_body(
            source=(1, 1, number), esm_class=0x04, short_message=(
                b"id:RAW1 sub:001 dlvrd:001 submit date:2503071405 done date:2503071406 "
                b"stat:DELIVRD err:000 text:Hola"),
            tlvs=tlv(TLV_RECEIPTED_MESSAGE_ID, c_string("RAW1")) + tlv(TLV_MESSAGE_STATE,
                                                                       b"\x02")))
        peer.idle_until_closed()

    smsc = RawSmsc(script)
    transport = SmppTransport(SmppAccount(smsc.host, smsc.port, system_id="ana",
                                          read_timeout=3.0), "clave")
    try:
        assert run(database, cid, transport, UNTIL_FINAL) is CampaignState.FINISHED
    finally:
        transport.close()
        smsc.stop()
    assert smsc.errors == []
    assert [(a.command_id, a.status) for a in answers] == [(DELIVER_SM | RESP, 0)]
    with closing(db.connect(database)) as conn:
        assert [(r.digits, r.text, r.campaign_id, r.opt_out)
                for r in stored.replies(conn)] == [(number, "¡Baja ya!", cid, True)]
        assert [e.digits for e in suppression.entries(conn)] == [number]
