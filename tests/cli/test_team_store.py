"""A team on one PostgreSQL store: two desktops (two program homes, two processes) share
campaigns, the suppression list and the one-contact-a-day rule, and send one campaign at
once without a duplicate. The real CLI, the sandbox over HTTP, a real PostgreSQL server."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest

from masiv_desktop.cli import main
from masiv_desktop.core.store import db
from masiv_desktop.gateway.sandbox.server import SandboxGateway


def write_list(path: Path, numbers: list[str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Nombre", "Celular"])
        writer.writerows([f"Ana {i}", n] for i, n in enumerate(numbers))
    return path


def mobiles(n: int, start: int = 3150000000) -> list[str]:
    return [str(start + i) for i in range(n)]


@pytest.fixture
def team(postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Two desktops' homes on one team store, with the sandbox account."""
    monkeypatch.setenv("MASIV_STORE_URL", postgres_url)
    monkeypatch.setenv("MASIV_USERNAME", "demo")
    monkeypatch.setenv("MASIV_PASSWORD", "demo")
    homes = {name: tmp_path / name for name in ("A", "B")}
    for home in homes.values():
        home.mkdir()
    return homes


def on(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASIV_DESKTOP_HOME", str(home))


def desktop(home: Path, *args: str) -> subprocess.Popen[str]:
    """The `masiv` command of one desktop, in a process of its own."""
    env = {**os.environ, "MASIV_DESKTOP_HOME": str(home)}
    return subprocess.Popen([sys.executable, "-m", "masiv_desktop.cli", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_campaign_made_on_one_desktop_is_listed_on_the_other(
        team: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    on(team["A"], monkeypatch)
    source = write_list(tmp_path / "lista.csv", mobiles(3))
    assert main(["send", str(source), "--message", "Hola", "--draft", "--yes"]) == 0
    cid = int(capsys.readouterr().out.strip())
    on(team["B"], monkeypatch)
    assert main(["campaigns", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in listed] == [cid]
    assert not (team["B"] / "masiv.sqlite3").exists()


def test_two_desktops_send_one_campaign_at_once_and_none_twice(
        team: dict[str, Path], tmp_path: Path, sandbox: SandboxGateway,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    on(team["A"], monkeypatch)
    numbers = mobiles(600)
    source = write_list(tmp_path / "lista.csv", numbers)
    assert main(["send", str(source), "--message", "Hola {Nombre}", "--purpose",
                 "transactional", "--draft", "--yes"]) == 0
    cid = int(capsys.readouterr().out.strip())
    sandbox.configure(latency_ms=20)
    runs = [desktop(home, "resume", str(cid), "--gateway", sandbox.base_url)
            for home in team.values()]
    for run in runs:
        _, err = run.communicate(timeout=240)
        assert run.returncode == 0, err
    sent = Counter(r.recipient for r in sandbox.sent())
    assert len(sent) == 600 and set(sent.values()) == {1}
    with closing(db.connect(tmp_path / "unused")) as conn:
        claimers = conn.execute("SELECT COUNT(DISTINCT claimed_by) FROM recipient "
                                "WHERE campaign_id = ?", (cid,)).fetchone()[0]
        states = dict(conn.execute("SELECT state, COUNT(*) FROM recipient "
                                   "WHERE campaign_id = ? GROUP BY state", (cid,)).fetchall())
    assert claimers == 2, "both desktops took part"
    assert states == {"accepted": 600}


def test_suppression_and_todays_contacts_hold_for_the_whole_team(
        team: dict[str, Path], tmp_path: Path, sandbox: SandboxGateway,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    on(team["A"], monkeypatch)
    numbers = mobiles(4)
    assert main(["suppress", "add", numbers[0]]) == 0
    first = write_list(tmp_path / "a.csv", numbers[1:2])
    assert main(["send", str(first), "--message", "Hola", "--gateway", sandbox.base_url,
                 "--yes"]) == 0
    capsys.readouterr()
    on(team["B"], monkeypatch)
    assert main(["check", str(write_list(tmp_path / "b.csv", numbers)), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert summary["suppressed"] == 1
    assert summary["contacted_today"] == 1


def test_the_teams_rules_are_one_setting_for_every_desktop(
        team: dict[str, Path], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    on(team["A"], monkeypatch)
    assert main(["settings", "set", "opt_out_words", "SALIR, PARE"]) == 0
    assert main(["settings", "set", "contact_window", "mon-fri 08:00-18:00"]) == 0
    assert main(["settings", "set", "rate_per_second", "5"]) == 0
    capsys.readouterr()
    on(team["B"], monkeypatch)
    assert main(["settings", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["opt_out_words"] == "SALIR, PARE"
    assert shown["contact_window"] == "mon-fri 08:00-18:00"
    assert shown["rate_per_second"] != 5, "a desktop's own pace stays its own"
    with closing(db.connect(team["B"] / "unused")) as conn:
        changed_by = conn.execute("SELECT DISTINCT changed_by FROM team_setting").fetchall()
    assert len(changed_by) == 1 and "@" in changed_by[0][0]
