"""No credential in a report: a real campaign run with a known password, both reports searched."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest

from masiv_desktop.cli import main
from masiv_desktop.core.reports.cell_safety import neutralise, neutralise_formula
from masiv_desktop.core.reports.export import ReportOptions, export_report
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.gateway.sandbox.config import SandboxUser
from masiv_desktop.gateway.sandbox.server import SandboxConfig, SandboxGateway

SECRET = "Zq9#Pa55-w0rd&Secreto"


def test_the_password_of_the_run_is_in_no_report(
        tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MASIV_USERNAME", "informes")
    monkeypatch.setenv("MASIV_PASSWORD", SECRET)
    source = tmp_path / "lista.csv"
    with source.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Nombre", "Celular"])
        writer.writerows([f"Ana {i}", f"3{150000000 + i}"] for i in range(20))
    config = SandboxConfig(seed=3, status_step_s=0.05,
                           users=(SandboxUser("informes", SECRET),))
    with SandboxGateway(config) as sandbox:
        code = main(["send", str(source), "--message", "Hola {Nombre}", "--gateway",
                     sandbox.base_url, "--yes", "--until-final", "--poll-delays", "0.05,0.1"])
        out, err = capsys.readouterr()
        assert code == 0, err
        assert len(sandbox.sent()) == 20
    cid = int(out.strip())
    forms = [f.encode() for f in (SECRET, quote(SECRET), quote_plus(SECRET))]
    database = app_paths(data_dir).database
    for name in ("r.xlsx", "r.csv"):
        target = tmp_path / name
        export_report(database, cid, target, ReportOptions(language="es", delimiter=";"))
        blobs = [target.read_bytes()]
        if name.endswith(".xlsx"):
            with zipfile.ZipFile(target) as package:
                blobs += [package.read(n) for n in package.namelist()]
            assert any(b"Ana 19" in b for b in blobs)
        else:
            assert b"Ana 19" in blobs[0]
        for blob in blobs:
            for form in forms:
                assert form not in blob, f"{name} holds the password"


@pytest.mark.parametrize(("text", "csv_cell", "xlsx_cell"), [
    ("+57 316 304 8521", "'+57 316 304 8521", "+57 316 304 8521"),
    ("-5", "'-5", "-5"),
    ("+1+1", "'+1+1", "+1+1"),
    ("=SUM(A1)", "'=SUM(A1)", "'=SUM(A1)"),
    ("@SUM(A1)", "'@SUM(A1)", "'@SUM(A1)"),
    ("+HYPERLINK(\"http://x\")", "'+HYPERLINK(\"http://x\")", "'+HYPERLINK(\"http://x\")"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("-50% hoy", "'-50% hoy", "'-50% hoy"),
    ("\tTab", "'\tTab", "'\tTab"),
    ("Ana", "Ana", "Ana"),
    ("", "", ""),
])
def test_the_csv_guards_every_sign_and_the_xlsx_only_what_would_run(
        text: str, csv_cell: str, xlsx_cell: str) -> None:
    assert (neutralise(text), neutralise_formula(text)) == (csv_cell, xlsx_cell)
