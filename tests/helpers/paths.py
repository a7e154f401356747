"""Where the suite's files are, whichever folder a test sits in."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
"""The repository."""
LISTS = ROOT / "tests" / "fixtures" / "lists"
"""The committed recipient lists (xlsx, xls, ods, CSV variants; see make_fixtures.py)."""
SAMPLES = ROOT / "resources" / "samples"
"""The sample spreadsheets the program ships."""
