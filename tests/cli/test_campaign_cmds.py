"""`masiv campaigns | status | pause | resume | cancel | poll | resend-uncertain`."""

from __future__ import annotations

import getpass
import io
import json
import platform
import socket
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from masiv_desktop.cli import main
from masiv_desktop.core.store import db, team
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.usertypes import CampaignState, RecipientState
from masiv_desktop.gateway.sandbox.server import SandboxGateway
from tests.helpers.campaigns import make_campaign, numbers


@pytest.fixture
def account(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASIV_USERNAME", "demo")
    monkeypatch.setenv("MASIV_PASSWORD", "demo")


@pytest.fixture
def ana(monkeypatch: pytest.MonkeyPatch) -> None:
    """Campaigns are created by "ana" on "PC-ANA"."""
    monkeypatch.setattr(getpass, "getuser", lambda: "ana")
    monkeypatch.setattr(platform, "node", lambda: "PC-ANA")


def test_list_and_status_of_a_draft(data_dir: Path, ana: None,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    cid = make_campaign(data_dir / "masiv.sqlite3", numbers(7))
    assert main(["campaigns", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [{"id": cid, "name": "Prueba", "state": "draft", "recipients": 7,
                       "done": 0, "cancelled": 0, "created_at": listed[0]["created_at"],
                       "purpose": "commercial", "send_at": None, "created_by": "ana@PC-ANA",
                       "sending_from": []}]
    assert main(["status", str(cid)]) == 0
    out = capsys.readouterr().out
    assert "pending" in out and "Created by ana on PC-ANA" in out
    assert "Sending from" not in out
    assert main(["status", str(cid), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert (status["created_by"], status["sending_from"]) == ("ana@PC-ANA", [])


def test_status_names_the_desktops_sending_on_a_team_store(
        data_dir: Path, ana: None, postgres_url: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MASIV_STORE_URL", postgres_url)
    for kept in ("_team_url", "_team_password"):  # `main` keeps the store for the process
        monkeypatch.setattr(db, kept, None)
    path = data_dir / "masiv.sqlite3"
    cid = make_campaign(path, numbers(3))
    monkeypatch.setattr(getpass, "getuser", lambda: "luis")
    monkeypatch.setattr(platform, "node", lambda: "PC-LUIS")
    lease = team.Lease(lambda: db.connect(path), cid).acquire()
    try:
        assert main(["status", str(cid), "--json"]) == 0
        status = json.loads(capsys.readouterr().out)
        assert (status["created_by"], status["sending_from"]) == ("ana@PC-ANA", ["luis@PC-LUIS"])
        assert main(["status", str(cid)]) == 0
        out = capsys.readouterr().out
        assert "Created by ana on PC-ANA" in out and "Sending from: luis on PC-LUIS" in out
        assert main(["campaigns", "--json"]) == 0
        listed, = json.loads(capsys.readouterr().out)
        assert listed["sending_from"] == ["luis@PC-LUIS"]
    finally:
        lease.release()
    assert main(["status", str(cid), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sending_from"] == []


def test_an_unknown_campaign_is_exit_2(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "99"]) == 2
    assert "no campaign 99. 'masiv campaigns' lists them." in capsys.readouterr().err


def test_resume_poll_and_resend_uncertain(data_dir: Path, sandbox: SandboxGateway,
                                         account: None,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    sandbox.configure(status_step_s=0.02)
    database = data_dir / "masiv.sqlite3"
    cid = make_campaign(database, [*numbers(10), "573000000008"])
    assert main(["resume", str(cid), "--gateway", sandbox.base_url]) == 0
    assert main(["status", str(cid), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["by_state"]["accepted"] == 10 and status["by_state"]["uncertain"] == 1
    time.sleep(0.1)
    assert main(["poll", str(cid), "--gateway", sandbox.base_url]) == 0
    assert main(["status", str(cid), "--json"]) == 0
    assert sum(json.loads(capsys.readouterr().out)["by_status"].values()) == 10
    assert main(["resend-uncertain", str(cid), "--yes"]) == 0
    assert "1 uncertain" in capsys.readouterr().out
    assert main(["resume", str(cid), "--gateway", sandbox.base_url]) == 0
    assert [r.recipient for r in sandbox.sent()].count("573000000008") == 2


def set_state(database: Path, campaign_id: int, state: CampaignState) -> None:
    store = Store.open(database)
    try:
        store.set_state(campaign_id, state, "", now=time.time())
    finally:
        store.close()


def state_of(database: Path, campaign_id: int) -> CampaignState:
    store = Store.open(database)
    try:
        return store.campaign_state(campaign_id)
    finally:
        store.close()


def test_pause_and_cancel_say_what_happened(data_dir: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    database = data_dir / "masiv.sqlite3"
    cid = make_campaign(database, numbers(5))
    set_state(database, cid, CampaignState.RUNNING)  # as a run in another process does
    assert main(["pause", str(cid)]) == 0
    assert "paused" in capsys.readouterr().out
    assert main(["cancel", str(cid)]) == 0
    assert "5 recipients will not be sent" in capsys.readouterr().out


def test_cancel_of_a_submitted_scheduled_campaign_says_the_gateway_cannot(
        data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    database = data_dir / "masiv.sqlite3"
    cid = make_campaign(database, numbers(5),
                        send_at=datetime.now(UTC) + timedelta(hours=3))
    assert main(["resume", str(cid), "--gateway", sandbox.base_url]) == 0
    capsys.readouterr()
    assert main(["status", str(cid), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["state"] == "scheduled"
    assert main(["status", str(cid)]) == 0
    out = capsys.readouterr().out
    assert ": scheduled" in out and "Scheduled for: " in out
    assert main(["campaigns", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["send_at"] is not None
    assert main(["cancel", str(cid)]) == 0
    assert "cannot cancel" in capsys.readouterr().out
    store = Store.open(database)
    assert store.campaign(cid).submitted
    store.close()


def test_an_offline_send_says_at_once_that_the_gateway_is_not_answering(
        data_dir: Path, account: None, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    cid = make_campaign(data_dir / "masiv.sqlite3", numbers(3))
    assert main(["resume", str(cid), "--gateway", dead]) == 1
    said = capsys.readouterr()
    lines = [line for line in (said.out + said.err).splitlines() if "gateway" in line]
    assert lines[0].strip().startswith("The gateway is not answering (no connection). "
                                       "Retrying"), lines
    assert "cannot be reached" in lines[-1]
    assert state_of(data_dir / "masiv.sqlite3", cid) is CampaignState.PAUSED


def test_a_campaign_stopped_by_the_gateway_has_a_reason_code(
        data_dir: Path, sandbox: SandboxGateway, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MASIV_USERNAME", "demo")
    monkeypatch.setenv("MASIV_PASSWORD", "not-the-password")
    cid = make_campaign(data_dir / "masiv.sqlite3", numbers(3))
    assert main(["resume", str(cid), "--gateway", sandbox.base_url]) == 1
    assert "error 1157" in capsys.readouterr().err
    assert main(["status", str(cid), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["state"] == "stopped"
    assert (status["reason_code"], status["reason_args"]) == ("gateway_error", {"code": 1157})
    assert status["reason"].startswith("The gateway refused the account (error 1157")


def test_a_draft_is_neither_paused_nor_cancelled(data_dir: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    database = data_dir / "masiv.sqlite3"
    cid = make_campaign(database, numbers(5))
    assert main(["pause", str(cid)]) == 0
    assert "is draft: nothing to pause" in capsys.readouterr().out
    assert main(["cancel", str(cid)]) == 0
    out = capsys.readouterr().out
    assert "is draft: nothing left to cancel" in out and f"'masiv delete {cid}'" in out
    assert state_of(database, cid) is CampaignState.DRAFT


def test_a_stopped_campaign_is_not_paused(data_dir: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    database = data_dir / "masiv.sqlite3"
    cid = make_campaign(database, numbers(2))
    set_state(database, cid, CampaignState.STOPPED)
    assert main(["pause", str(cid)]) == 0
    assert "is stopped: nothing to pause" in capsys.readouterr().out
    assert state_of(database, cid) is CampaignState.STOPPED


def test_resend_uncertain_waits_until_the_campaign_stops_sending(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = data_dir / "masiv.sqlite3"
    cid = make_campaign(database, numbers(2))
    store = Store.open(database)
    store.conn.execute("UPDATE recipient SET state = 'uncertain' WHERE campaign_id = ?", (cid,))
    store.conn.commit()
    store.close()
    set_state(database, cid, CampaignState.RUNNING)
    assert main(["resend-uncertain", str(cid)]) == 2
    assert f"'masiv pause {cid}'" in capsys.readouterr().err
    set_state(database, cid, CampaignState.PAUSED)
    assert main(["resend-uncertain", str(cid), "--yes"]) == 0
    assert "2 uncertain recipients" in capsys.readouterr().out


class Terminal(io.StringIO):
    """Standard input as a terminal where the user types `answer`."""

    def isatty(self) -> bool:
        return True


def paused_with_uncertain(database: Path, uncertain: int) -> int:
    cid = make_campaign(database, numbers(uncertain + 3))
    store = Store.open(database)
    store.conn.execute("UPDATE recipient SET state = 'uncertain' WHERE campaign_id = ? AND "
                       "id IN (SELECT id FROM recipient WHERE campaign_id = ? LIMIT ?)",
                       (cid, cid, uncertain))
    store.conn.commit()
    store.close()
    set_state(database, cid, CampaignState.PAUSED)
    return cid


def uncertain_left(database: Path, cid: int) -> int:
    store = Store.open(database)
    try:
        return store.counts(cid).by_state[RecipientState.UNCERTAIN]
    finally:
        store.close()


def test_resend_uncertain_without_a_terminal_refuses_and_says_why(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Most uncertain messages were delivered (96-98 % on the fault tests): never resend
    them without the user's yes."""
    database = data_dir / "masiv.sqlite3"
    cid = paused_with_uncertain(database, 4)
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert main(["resend-uncertain", str(cid)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"Campaign {cid} has 4 uncertain recipients" in captured.err
    assert "Most were probably delivered" in captured.err and "96 to 98 %" in captured.err
    assert "add --yes" in captured.err
    assert uncertain_left(database, cid) == 4


@pytest.mark.parametrize(("answer", "code", "left"), [("n\n", 1, 4), ("\n", 1, 4),
                                                      ("s\n", 0, 0), ("yes\n", 0, 0)])
def test_resend_uncertain_asks_on_a_terminal(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        answer: str, code: int, left: int) -> None:
    database = data_dir / "masiv.sqlite3"
    cid = paused_with_uncertain(database, 4)
    monkeypatch.setattr("sys.stdin", Terminal(answer))
    assert main(["resend-uncertain", str(cid)]) == code
    err = capsys.readouterr().err
    assert "Send again to these 4 recipients? [y/N]" in err
    assert "probably delivered" in err
    assert uncertain_left(database, cid) == left


def test_resend_uncertain_with_nothing_to_resend_asks_nothing(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    database = data_dir / "masiv.sqlite3"
    cid = paused_with_uncertain(database, 0)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["resend-uncertain", str(cid)]) == 0
    captured = capsys.readouterr()
    assert "has no uncertain recipients" in captured.out and "[y/N]" not in captured.err


def test_resume_refuses_a_cancelled_campaign(data_dir: Path, sandbox: SandboxGateway,
                                             account: None,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    database = data_dir / "masiv.sqlite3"
    cid = make_campaign(database, numbers(3))
    set_state(database, cid, CampaignState.PAUSED)
    assert main(["cancel", str(cid)]) == 0
    assert "3 recipients will not be sent" in capsys.readouterr().out
    assert main(["resume", str(cid), "--gateway", sandbox.base_url]) == 2
    assert "is cancelled: nothing to send" in capsys.readouterr().err
    assert sandbox.sent() == []


def test_campaigns_and_status_show_progress_and_outcomes(
        data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    cid = make_campaign(data_dir / "masiv.sqlite3", numbers(4))
    assert main(["resume", str(cid), "--gateway", sandbox.base_url]) == 0
    capsys.readouterr()
    assert main(["campaigns", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["done"] == 4
    assert main(["status", str(cid), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert sum(status["by_outcome"].values()) == 4 and status["by_outcome"]["uncertain"] == 0
    assert status["refused_rows"] == 0


def test_a_campaign_cancelled_during_send_until_final_stays_cancelled_and_is_polled(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 15: `masiv cancel` during `masiv send --until-final` stops the submitting; the
    send ends only once every accepted message has a final status, and the campaign is
    `cancelled` with its cancelled recipients counted."""
    sandbox.configure(latency_ms=20, status_step_s=0.05)
    source = tmp_path / "lista.csv"
    source.write_text("Celular\n" + "".join(f"3{150000000 + i}\n" for i in range(400)),
                      encoding="utf-8")
    codes: list[int] = []
    sending = threading.Thread(target=lambda: codes.append(main(
        ["send", str(source), "--message", "Hola", "--gateway", sandbox.base_url, "--yes",
         "--until-final", "--connections", "2", "--poll-delays", "0.05,0.1",
         "--purpose", "transactional", "--ignore-window"])))
    sending.start()
    deadline = time.monotonic() + 20
    while len(sandbox.sent()) < 20:  # sent: the campaign is in the store
        assert time.monotonic() < deadline
        time.sleep(0.02)
    assert main(["cancel", "1"]) == 0
    sending.join(30)
    assert not sending.is_alive() and codes == [0]
    capsys.readouterr()
    assert main(["status", "1", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["state"] == "cancelled"
    assert status["by_state"]["cancelled"] > 0
    assert status["by_state"]["accepted"] == len(sandbox.sent())
    assert status["open_parts"] == 0
    assert sum(status["by_status"].values()) == status["by_state"]["accepted"]
