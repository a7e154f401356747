"""`masiv campaigns | status | pause | resume | cancel | poll | resend-uncertain`."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from masiv_desktop.cli import main
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.gateway.sandbox.server import SandboxGateway
from tests.helpers.campaigns import make_campaign, numbers


@pytest.fixture
def account(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASIV_USERNAME", "demo")
    monkeypatch.setenv("MASIV_PASSWORD", "demo")


def test_list_and_status_of_a_draft(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cid = make_campaign(data_dir / "masiv.sqlite3", numbers(7))
    assert main(["campaigns", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [{"id": cid, "name": "Prueba", "state": "draft", "recipients": 7,
                       "created_at": listed[0]["created_at"], "purpose": "commercial"}]
    assert main(["status", str(cid)]) == 0
    assert "pending" in capsys.readouterr().out


def test_an_unknown_campaign_is_exit_2(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "99"]) == 2
    assert "no campaign 99" in capsys.readouterr().err


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
    assert main(["resend-uncertain", str(cid)]) == 0
    assert "1 uncertain" in capsys.readouterr().out
    assert main(["resume", str(cid), "--gateway", sandbox.base_url]) == 0
    assert [r.recipient for r in sandbox.sent()].count("573000000008") == 2


def test_pause_and_cancel_say_what_happened(data_dir: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    cid = make_campaign(data_dir / "masiv.sqlite3", numbers(5))
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
    assert main(["cancel", str(cid)]) == 0
    assert "cannot cancel" in capsys.readouterr().out
    store = Store.open(database)
    assert store.campaign(cid).submitted
    store.close()


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
