"""The Excel report opens in LibreOffice: converted headless to PDF, its text is all there.

Skipped when `soffice` is not installed (CI machines often lack it); see docs/reports.md and
benchmarks/report_in_libreoffice.sh to look at the pages by eye. `pdftotext` (poppler-utils),
when present, checks that the summary, the chart's title and the rows were rendered.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from masiv_desktop.core.reports.export import ReportOptions, export_report
from tests.helpers.reports import make_report_campaign

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_the_report_to_pdf(tmp_path: Path) -> None:
    assert SOFFICE is not None
    database = tmp_path / "masiv.sqlite3"
    cid = make_report_campaign(database)
    report = tmp_path / "informe.xlsx"
    export_report(database, cid, report, ReportOptions(language="es"))
    profile = tmp_path / "lo-profile"
    done = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(report)],
        capture_output=True, text=True, timeout=120, env={**os.environ, "HOME": str(tmp_path)})
    pdf = tmp_path / "informe.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stdout + done.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
    if shutil.which("pdftotext") is None:
        return
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, timeout=60, check=True).stdout
    for expected in ("Informe de entrega", "Promo junio", "Destinatarios por resultado",
                     "Entregado al teléfono", "573150000009", "Rechazado por la pasarela",
                     "Filas rechazadas", "Too short to be a phone number."):
        assert expected in text, expected
