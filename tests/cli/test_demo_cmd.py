"""`masiv demo`: the README's first command without a screen, end to end on the sandbox."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from masiv_desktop.cli import main


def test_the_demo_sends_the_sample_polls_to_final_and_writes_a_report(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    assert main(["--data-dir", str(home), "demo"]) == 0
    out = capsys.readouterr().out
    report = home / "demo-report.xlsx"
    assert str(report) in out
    assert main(["--data-dir", str(home), "status", "1", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["state"] == "finished"
    assert status["by_state"]["accepted"] == status["recipients"] == 47
    sheets = CalamineWorkbook.from_path(str(report)).sheet_names
    assert len(sheets) == 3
