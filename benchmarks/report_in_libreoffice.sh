#!/bin/sh
# Look at a delivery report as LibreOffice shows it: make a 60-recipient campaign in a temp
# store, write its xlsx report, convert it headless to PDF and the PDF's pages to PNG.
#   sh benchmarks/report_in_libreoffice.sh [OUTDIR]      (needs soffice; pdftoppm for PNGs)
# Then open OUTDIR/page-1.png (summary and chart) and page-2.png (the recipients).
set -eu
out=${1:-$(mktemp -d)}
mkdir -p "$out"
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/.venv/bin/python" - "$out" <<'PY'
import sys
from pathlib import Path
sys.path.insert(0, "benchmarks")
from report_speed import make_campaign
from masiv_desktop.core.store import db
from masiv_desktop.core.reports.export import ReportOptions, export_report
out = Path(sys.argv[1])
database = out / "masiv.sqlite3"
database.unlink(missing_ok=True)
db.connect(database).close()
cid = make_campaign(database, 60)
print(export_report(database, cid, out / "informe.xlsx", ReportOptions(language="es")).path)
PY
soffice -env:UserInstallation="file://$out/lo-profile" --headless --norestore \
    --convert-to pdf --outdir "$out" "$out/informe.xlsx"
if command -v pdftoppm >/dev/null; then
    pdftoppm -png -r 60 "$out/informe.pdf" "$out/page"
fi
ls "$out"
