"""`masiv send --draft`, `masiv start` and `masiv delete` (drafts and sent campaigns) end to
end, the sandbox over HTTP, the store in a temp dir."""

from __future__ import annotations

import csv
import json
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from masiv_desktop.cli import main
from masiv_desktop.core.store import db
from masiv_desktop.gateway.sandbox.server import SandboxGateway


@pytest.fixture
def account(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASIV_USERNAME", "demo")
    monkeypatch.setenv("MASIV_PASSWORD", "demo")


def write_list(path: Path, n: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Nombre", "Celular"])
        writer.writerows([f"Ana {i}", f"3{150000000 + i}"] for i in range(n))
    return path


def save_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str], n: int = 3) -> int:
    source = write_list(tmp_path / "lista.csv", n)
    code = main(["send", str(source), "--message", "Hola {Nombre}", "--draft", "--yes"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Saved as draft" in err
    return int(out.strip())


def state(campaign_id: int, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["status", str(campaign_id), "--json"]) == 0
    return str(json.loads(capsys.readouterr().out)["state"])


def test_a_draft_sends_nothing_until_started(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    cid = save_draft(tmp_path, capsys)
    assert state(cid, capsys) == "draft"
    assert sandbox.sent() == []
    code = main(["start", str(cid), "--gateway", sandbox.base_url, "--yes"])
    err = capsys.readouterr().err
    assert code == 0, err
    sent = sandbox.sent()
    assert sorted(r.messagedata for r in sent) == ["Hola Ana 0", "Hola Ana 1", "Hola Ana 2"]
    assert {r.sendondate for r in sent} in ({None}, {""})
    assert state(cid, capsys) in ("sent", "finished")


def test_start_at_a_later_time_carries_sendondate(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    cid = save_draft(tmp_path, capsys)
    local = (datetime.now() + timedelta(days=1)).replace(second=0, microsecond=0)
    code = main(["start", str(cid), "--at", local.strftime("%Y-%m-%d %H:%M"),
                 "--gateway", sandbox.base_url, "--yes"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "cannot cancel" in err
    expected = local.astimezone().astimezone(UTC).strftime("%m/%d/%Y %H:%M:%S")
    assert {r.sendondate for r in sandbox.sent()} == {expected}


def test_start_refuses_a_time_in_the_past_and_keeps_the_draft(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    cid = save_draft(tmp_path, capsys)
    assert main(["start", str(cid), "--at", "2020-01-01 10:00", "--gateway",
                 sandbox.base_url, "--yes"]) == 2
    assert "in the past" in capsys.readouterr().err
    assert state(cid, capsys) == "draft"
    assert sandbox.sent() == []


def test_start_without_yes_and_without_a_terminal_sends_nothing(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    cid = save_draft(tmp_path, capsys)
    assert main(["start", str(cid), "--gateway", sandbox.base_url]) == 1
    assert "--yes" in capsys.readouterr().err
    assert state(cid, capsys) == "draft"
    assert sandbox.sent() == []


def test_start_refuses_a_campaign_that_is_not_a_draft_and_delete_one_still_delivering(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    cid = save_draft(tmp_path, capsys)
    assert main(["start", str(cid), "--gateway", sandbox.base_url, "--yes"]) == 0
    capsys.readouterr()
    before = len(sandbox.sent())
    assert main(["start", str(cid), "--gateway", sandbox.base_url, "--yes"]) == 2
    assert f"campaign {cid} is not a draft" in capsys.readouterr().err
    assert main(["delete", str(cid), "--yes"]) == 2
    assert "still waiting at the gateway" in capsys.readouterr().err
    assert len(sandbox.sent()) == before
    assert state(cid, capsys) in ("sent", "finished")


def test_delete_removes_a_draft(tmp_path: Path, data_dir: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    cid = save_draft(tmp_path, capsys)
    assert main(["delete", str(cid)]) == 0
    assert f"Deleted draft {cid}" in capsys.readouterr().out
    assert main(["status", str(cid)]) == 2
    assert main(["campaigns", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_an_edited_draft_replaces_the_old_one_and_keeps_its_creation_time(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = save_draft(tmp_path, capsys)
    with db.connect(data_dir / "masiv.sqlite3") as conn:
        conn.execute("UPDATE campaign SET created_at = '2026-12-01T09:30:00.000Z' WHERE id = ?",
                     (old,))
    conn.close()
    assert main(["campaigns", "--json"]) == 0
    created = json.loads(capsys.readouterr().out)[0]["created_at"]
    code = main(["send", str(tmp_path / "lista.csv"), "--message", "Nuevo {Nombre}",
                 "--draft", "--yes", "--replaces", str(old)])
    out, err = capsys.readouterr()
    assert code == 0, err
    new = int(out.strip())
    assert main(["campaigns", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(c["id"], c["created_at"]) for c in listed] == [(new, created)]
    assert new != old and main(["status", str(old)]) == 2


def test_replaces_goes_only_with_draft(tmp_path: Path, data_dir: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    old = save_draft(tmp_path, capsys)
    assert main(["send", str(tmp_path / "lista.csv"), "--message", "Nuevo", "--yes",
                 "--replaces", str(old)]) == 2
    assert "--replaces only goes with --draft" in capsys.readouterr().err
    assert state(old, capsys) == "draft"


@pytest.mark.parametrize("command", [["start", "99", "--sandbox", "--yes"], ["delete", "99"]])
def test_an_unknown_campaign_exits_2(data_dir: Path, command: list[str],
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(command) == 2
    assert "99" in capsys.readouterr().err


def test_resume_also_starts_a_draft_at_its_saved_time(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    cid = save_draft(tmp_path, capsys, n=2)
    assert main(["resume", str(cid), "--gateway", sandbox.base_url]) == 0
    assert len(sandbox.sent()) == 2


def test_a_draft_without_yes_and_without_a_terminal_is_not_saved(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_list(tmp_path / "lista.csv", 3)
    assert main(["send", str(source), "--message", "Hola", "--draft"]) == 1
    assert "Nothing was saved" in capsys.readouterr().err
    assert main(["campaigns", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def send_until_final(tmp_path: Path, sandbox: SandboxGateway, capsys: pytest.CaptureFixture[str],
                     *extra: str) -> int:
    source = write_list(tmp_path / "lista.csv", 2)
    code = main(["send", str(source), "--message", "Hola {Nombre}", "--yes", "--until-final",
                 "--poll-delays", "0.05,0.1", "--gateway", sandbox.base_url, *extra])
    out, err = capsys.readouterr()
    assert code == 0, err
    return int(out.strip())


def rows_of(data_dir: Path, campaign_id: int) -> dict[str, int]:
    with closing(db.connect(data_dir / "masiv.sqlite3")) as conn:
        return {table: conn.execute(f"SELECT COUNT(*) FROM {table} WHERE campaign_id = ?",
                                    (campaign_id,)).fetchone()[0]
                for table in ("recipient", "part", "campaign_event", "refused_row")}


def test_delete_removes_a_finished_campaign_with_its_report_and_keeps_the_exclusions(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    cid = send_until_final(tmp_path, sandbox, capsys, "--purpose", "transactional")
    assert state(cid, capsys) == "finished"
    assert main(["suppress", "add", "3150000000"]) == 0
    capsys.readouterr()
    assert rows_of(data_dir, cid)["part"] == 2
    assert main(["delete", str(cid)]) == 2
    assert "add --yes" in capsys.readouterr().err
    assert main(["delete", str(cid), "--yes"]) == 0
    assert f"Deleted campaign {cid}" in capsys.readouterr().out
    assert main(["status", str(cid)]) == 2
    assert rows_of(data_dir, cid) == dict.fromkeys(rows_of(data_dir, cid), 0)
    with closing(db.connect(data_dir / "masiv.sqlite3")) as conn:
        assert conn.execute("SELECT COUNT(*) FROM suppression").fetchone()[0] == 1


def test_a_commercial_campaign_sent_today_is_kept_until_tomorrow(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    cid = send_until_final(tmp_path, sandbox, capsys)
    assert main(["delete", str(cid), "--yes"]) == 2
    assert "Ley 2300" in capsys.readouterr().err
    yesterday = (datetime.now(UTC) - timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    with closing(db.connect(data_dir / "masiv.sqlite3")) as conn, conn:
        conn.execute("UPDATE recipient SET sent_at = ? WHERE campaign_id = ?", (yesterday, cid))
    assert main(["delete", str(cid), "--yes"]) == 0


def test_a_campaign_scheduled_at_the_gateway_cannot_be_deleted_before_its_time(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    cid = save_draft(tmp_path, capsys, n=2)
    later = (datetime.now() + timedelta(days=3)).replace(hour=10, minute=0)
    assert main(["start", str(cid), "--at", later.strftime("%Y-%m-%d %H:%M"), "--yes",
                 "--gateway", sandbox.base_url]) == 0
    capsys.readouterr()
    assert state(cid, capsys) == "scheduled"
    assert main(["cancel", str(cid)]) == 0
    capsys.readouterr()
    assert main(["delete", str(cid), "--yes"]) == 2
    assert "cannot recall them" in capsys.readouterr().err
    assert state(cid, capsys) == "cancelled"


@pytest.mark.sqlite_only
def test_a_deleted_campaign_leaves_none_of_its_numbers_in_the_files(
        tmp_path: Path, data_dir: Path, sandbox: SandboxGateway, account: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "otra").mkdir()
    kept = send_until_final(tmp_path / "otra", sandbox, capsys, "--purpose", "transactional")
    source = tmp_path / "borrar.csv"
    source.write_text("Nombre,Celular\n" + "".join(
        f"Zoila {i},3{160000000 + i}\n" for i in range(200)) + "Malo,12\n", encoding="utf-8")
    assert main(["send", str(source), "--message", "Hola {Nombre}", "--yes", "--until-final",
                 "--poll-delays", "0.05,0.1", "--gateway", sandbox.base_url,
                 "--purpose", "transactional"]) == 0
    cid = int(capsys.readouterr().out.strip())
    assert main(["delete", str(cid), "--yes"]) == 0
    files = b"".join(path.read_bytes() for path in data_dir.glob("masiv.sqlite3*"))
    assert b"573160000" not in files and b"Zoila" not in files
    assert b"573150000000" in files, "the other campaign is untouched"
    assert main(["status", str(kept)]) == 0
