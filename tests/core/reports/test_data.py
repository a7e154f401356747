"""What the reports read: refused rows kept by the store, counts by outcome, the word table."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from masiv_desktop.core.lists.phones import PhoneProblem
from masiv_desktop.core.lists.row_reasons import RowCode, RowReason
from masiv_desktop.core.lists.validation import RowCheck
from masiv_desktop.core.reports import data as report_data
from masiv_desktop.core.reports.labels import choose_language, word
from masiv_desktop.core.reports.outcome import Outcome, outcome
from masiv_desktop.core.store import db
from masiv_desktop.core.usertypes import Verdict
from tests.helpers.reports import OUTCOMES, REFUSED, make_report_campaign


def test_refused_rows_are_kept_in_file_order(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    cid = make_report_campaign(database)
    conn = report_data.open_snapshot(database)
    rows = [r for batch in report_data.refused_rows(conn, cid, batch=2) for r in batch]
    conn.close()
    assert rows == list(REFUSED)


def test_save_refused_rows_takes_the_importers_row_checks(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    cid = make_report_campaign(database)
    conn = db.connect(database)
    checks = [RowCheck(20, "315", None, Verdict.INVALID, PhoneProblem.TOO_SHORT),
              RowCheck(21, "3150000001", "573150000001", Verdict.DUPLICATE, duplicate_of=3)]
    assert report_data.save_refused_rows(conn, cid, checks) == 2
    saved = [r for batch in report_data.refused_rows(conn, cid) for r in batch][-2:]
    conn.close()
    assert saved == [(20, "315", "invalid", RowReason(PhoneProblem.TOO_SHORT)),
                     (21, "3150000001", "duplicate", RowReason(RowCode.DUPLICATE, {"row": 3}))]


def test_counts_by_outcome_agree_with_the_rows(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    cid = make_report_campaign(database)
    conn = report_data.open_snapshot(database)
    figures = report_data.figures(conn, cid)
    lines = [line for batch in report_data.recipient_lines(conn, cid, batch=3)
             for line in batch]
    conn.close()
    assert [outcome(x.state, x.status, bool(x.polled)) for x in lines] == list(OUTCOMES)
    assert figures.by_outcome == {o: OUTCOMES.count(o) for o in Outcome}
    assert figures.refused_rows == 3
    assert figures.list_columns == ("Celular", "Nombre")


def test_the_snapshot_is_read_only(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    make_report_campaign(database)
    conn = report_data.open_snapshot(database)
    with pytest.raises((sqlite3.OperationalError, db.DatabaseError), match=r"read-?only"):
        conn.execute("DELETE FROM refused_row")
    conn.close()


def test_language_choice() -> None:
    assert choose_language("en", "es_CO.UTF-8") == "en"
    assert choose_language("", "es_CO.UTF-8") == "es"
    assert choose_language("", "Spanish_Colombia") == "es"
    assert choose_language("", "en_US") == "en"
    assert choose_language("", "") == "en"
    assert word(Outcome.REJECTED, "es") == "Rechazado por la pasarela"
    assert word(Verdict.DUPLICATE, "en") == "Duplicate"


def test_recipients_come_in_list_order_whatever_the_page_size(tmp_path: Path) -> None:
    database = tmp_path / "masiv.sqlite3"
    cid = make_report_campaign(database)
    conn = report_data.open_snapshot(database)
    try:
        whole = [line for page in report_data.recipient_lines(conn, cid) for line in page]
        paged = [line for page in report_data.recipient_lines(conn, cid, batch=3)
                 for line in page]
    finally:
        conn.close()
    assert len(whole) > 3
    assert paged == whole
    assert [line.row_number for line in whole] == sorted(line.row_number for line in whole)
