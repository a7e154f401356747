"""`masiv segments`: the boundaries of every rule through the command line, JSON and text."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from masiv_desktop.cli import main

FAMILY = "👨\u200d👩\u200d👧"


def _json(capsys: pytest.CaptureFixture[str], *args: str, code: int = 0) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["segments", "--json", *args]) == code
    out: dict[str, Any] = json.loads(capsys.readouterr().out)
    return out


# (rule, text, characters, encoding, units, parts)
CASES = [
    ("gsm", "a" * 160, 160, "GSM-7", 160, 1),
    ("gsm", "a" * 161, 161, "GSM-7", 161, 2),
    ("gsm", "a" * 306, 306, "GSM-7", 306, 2),
    ("gsm", "a" * 307, 307, "GSM-7", 307, 3),
    ("gsm", "a" * 159 + "€", 160, "GSM-7", 161, 2),
    ("gsm", "a" * 152 + "€" + "b" * 153, 306, "GSM-7", 307, 3),
    ("gsm", "á" * 70, 70, "UCS-2", 70, 1),
    ("gsm", "á" * 71, 71, "UCS-2", 71, 2),
    ("gsm", "á" * 134, 134, "UCS-2", 134, 2),
    ("gsm", "á" * 135, 135, "UCS-2", 135, 3),
    ("gsm", "a" * 66 + "😀" + "b", 68, "UCS-2", 69, 1),
    ("gsm", "a" * 66 + "😀" + "b" * 3, 70, "UCS-2", 71, 2),
    ("gsm", "a" * 60 + FAMILY + "b" * 10, 71, "UCS-2", 78, 2),
    ("gsm", "a" * 66 + "🇨🇴", 67, "UCS-2", 70, 1),
    ("gsm", "e\u0301" * 160, 160, "GSM-7", 160, 1),
    ("masiv", "a" * 160, 160, "GSM-7", 160, 1),
    ("masiv", "a" * 161, 161, "GSM-7", 161, 2),
    ("masiv", "a" * 320, 320, "GSM-7", 320, 2),
    ("masiv", "a" * 321, 321, "GSM-7", 321, 3),
    ("masiv", "á" * 160, 160, "UCS-2", 160, 1),
    ("masiv", "á" * 161, 161, "UCS-2", 161, 2),
    ("masiv", "a" * 159 + "😀", 160, "UCS-2", 161, 2),
    ("masiv", "€" * 160, 160, "GSM-7", 320, 1),
    ("smpp", "a" * 140, 140, "Latin-1", 140, 1),
    ("smpp", "a" * 141, 141, "Latin-1", 141, 2),
    ("smpp", "á" * 268, 268, "Latin-1", 268, 2),
    ("smpp", "a" * 269, 269, "Latin-1", 269, 3),
    ("smpp", "€" * 71, 71, "UCS-2", 71, 2),
]


@pytest.mark.parametrize(("rule", "text", "characters", "encoding", "units", "parts"), CASES)
def test_json_figures_at_every_boundary(
        data_dir: Path, capsys: pytest.CaptureFixture[str], rule: str, text: str,
        characters: int, encoding: str, units: int, parts: int) -> None:
    out = _json(capsys, "--rule", rule, text)
    assert (out["characters"], out["encoding"], out["units"], out["parts"]) == (
        characters, encoding, units, parts)
    assert len(out["part_texts"]) == parts


def test_default_rule_is_masiv_and_unicode_characters_are_listed(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _json(capsys, "“Promoción” válida")
    assert out["rule"] == "masiv"
    assert out["unicode_characters"] == ["“", "ó", "”", "á"]
    assert out["unicode_positions"][0] == [0, "“"]


def test_no_long_exits_1_when_the_gateway_would_answer_1160(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _json(capsys, "--no-long", "a" * 161, code=1)
    assert out["exceeds_single_limit"] is True
    assert _json(capsys, "--no-long", "a" * 160)["exceeds_single_limit"] is False


def test_smart_json_shows_the_fixed_text_and_its_figures(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _json(capsys, "--smart", "--rule", "gsm", "“Oferta” – hoy… ya" + "." * 60)
    assert (out["encoding"], out["parts"]) == ("UCS-2", 2)
    smart = out["smart"]
    assert (smart["text"], smart["encoding"], smart["parts"]) == (
        '"Oferta" - hoy... ya' + "." * 60, "GSM-7", 1)
    assert smart["changes"][0] == {"position": 0, "original": "“", "replacement": '"'}


def test_no_accents_also_writes_vowels_without_accent(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _json(capsys, "--no-accents", "--rule", "gsm", "Promoción " + "a" * 145)
    assert (out["parts"], out["smart"]["parts"], out["smart"]["encoding"]) == (3, 1, "GSM-7")


def test_text_output(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["segments", "--smart", "--rule", "gsm", "Hola “Ana”\t" + "." * 60]) == 0
    out = capsys.readouterr().out
    assert "Encoding:    UCS-2" in out
    assert "U+201C left curly quote “" in out
    assert "May not be carried: '\\t'" in out
    assert "Replaced: " in out and 'Text: Hola "Ana"' in out
    assert "Encoding:    GSM-7" in out


def test_smart_encoding_offers_nothing_that_saves_no_part(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Under the Masiv rule 160 characters make a part whatever the encoding: "…" → "..."
    would turn 159 characters (one part) into 161 (two)."""
    assert main(["segments", "--smart", "a" * 158 + "…"]) == 0
    out = capsys.readouterr().out
    assert "No replacement saves a part under the Masiv HTTP rule" in out
    assert "Replaced" not in out
    smart = _json(capsys, "--smart", "a" * 158 + "…")["smart"]
    assert (smart["parts"], smart["changes"]) == (1, [])


def test_stdin(data_dir: Path, capsys: pytest.CaptureFixture[str],
               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("a" * 161 + "\n"))
    out = _json(capsys, "--rule", "gsm", "-")
    assert (out["characters"], out["parts"]) == (161, 2)


def test_as_a_real_command(data_dir: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "masiv_desktop.cli", "segments", "--json",
                           "-"], input="Señor “Pérez”", capture_output=True, text=True,
                          encoding="utf-8", check=True, timeout=60)
    out = json.loads(done.stdout)
    assert out["encoding"] == "UCS-2"
    assert out["unicode_characters"] == ["“", "”"]
