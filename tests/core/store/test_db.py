from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest

from masiv_desktop.core.lists.phones import PhoneProblem
from masiv_desktop.core.lists.row_reasons import RowCode, RowReason, describe_row
from masiv_desktop.core.reasons import Reason, ReasonKind
from masiv_desktop.core.reports import data as report_data
from masiv_desktop.core.reports.export import ReportOptions, export_report
from masiv_desktop.core.store import db
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.words import words_for

pytestmark = pytest.mark.sqlite_only
"""The SQLite file itself; the team store has tests/core/store/test_postgres.py."""


def test_new_file_gets_every_migration_and_wal(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "store.sqlite3")
    assert db.schema_version(conn) == len(db.MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_reopening_does_not_migrate_twice(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    db.connect(path).close()
    conn = db.connect(path)
    assert db.schema_version(conn) == len(db.MIGRATIONS)
    conn.close()


def test_newer_schema_is_refused_with_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {len(db.MIGRATIONS) + 5}")
    raw.close()
    with pytest.raises(db.DatabaseError, match="newer"):
        db.connect(path)


def test_a_file_that_is_not_a_database_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(db.DatabaseError, match=r"store\.sqlite3"):
        db.connect(path)


def test_schema_5_keeps_the_headers_of_campaigns_stored_before(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    raw = sqlite3.connect(path)
    for number, script in enumerate(db.MIGRATIONS[:4]):
        raw.executescript(f"{script}\nPRAGMA user_version = {number + 1};")
    raw.execute("INSERT INTO campaign (id, name, template, part_rule, state, created_at) "
                "VALUES (1, 'a', 'Hola {Nombre}', 'masiv', 'sent', 'x'), "
                "(2, 'b', 'Hola', 'masiv', 'sent', 'x')")
    raw.executemany("INSERT INTO recipient (campaign_id, row_number, digits, fields, parts, "
                    "state) VALUES (?, ?, '573150000000', ?, 1, 'accepted')",
                    [(1, 2, '{"Celular": "315", "Nombre": "Ana"}'),
                     (1, 3, '{"Celular": "316", "Nombre": "Luis"}'), (2, 2, None)])
    raw.commit()
    raw.close()
    conn = db.connect(path)
    assert db.schema_version(conn) == len(db.MIGRATIONS)
    headers = dict(conn.execute("SELECT id, headers FROM campaign").fetchall())
    conn.close()
    assert headers == {1: '["Celular","Nombre"]', 2: None}


def test_schema_8_turns_stored_sentences_into_reasons(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    raw = sqlite3.connect(path)
    for number, script in enumerate(db.MIGRATIONS[:7]):
        raw.executescript(f"{script}\nPRAGMA user_version = {number + 1};")
    sentences = ["", "Paused by the user.",
                 "Paused because Masiv Desktop was closed; it continues when the program starts.",
                 "The gateway answered error 1159: Not enough credits. Top up the account, then "
                 "resume.", "Something a user wrote."]
    raw.executemany("INSERT INTO campaign (id, name, template, part_rule, state, reason, "
                    "created_at) VALUES (?, 'a', 'Hola', 'masiv', 'paused', ?, "
                    "'2026-12-01T00:00:00.000000Z')", list(enumerate(sentences, 1)))
    raw.commit()
    raw.close()
    with closing(Store.open(path)) as store:
        reasons = [store.campaign(cid).reason for cid in range(1, 6)]
    assert reasons == [None, Reason(ReasonKind.PAUSED_BY_USER),
                       Reason(ReasonKind.PAUSED_ON_CLOSE),
                       Reason(ReasonKind.GATEWAY_ERROR, {"code": 1159}),
                       Reason(ReasonKind.TEXT, {"text": "Something a user wrote."})]


def test_schema_10_turns_refused_rows_sentences_into_codes_worded_in_spanish(
        tmp_path: Path) -> None:
    """A store of an older version, whose refused rows hold English sentences, reads back
    as codes that the report words in Spanish; an unknown sentence stays as it was."""
    path = tmp_path / "store.sqlite3"
    raw = sqlite3.connect(path)
    for number, script in enumerate(db.MIGRATIONS[:9]):
        raw.executescript(f"{script}\nPRAGMA user_version = {number + 1};")
    raw.execute("INSERT INTO campaign (id, name, template, part_rule, state, created_at) "
                "VALUES (1, 'a', 'Hola', 'masiv', 'sent', '2026-12-01T00:00:00.000000Z')")
    old = [("duplicate", "Same number as row 12; only the first is kept."),
           ("not_mobile", "Not a mobile (fixed line): an SMS to it usually fails."),
           ("not_mobile", "Not a mobile (toll-free line): an SMS to it usually fails."),
           ("empty", ""), ("empty", "The phone cell is empty."),
           ("invalid", "Too short to be a phone number."),
           ("invalid", "Written in scientific notation (like 5.73E+11): Excel shortened the "
            "number and its last digits are lost. Format the column as Text in the original "
            "file (or re-export it from the CRM) and import again; the digits cannot be "
            "recovered from this value."),
           ("suppressed", "On the suppression list (opt-out, RNE or complaint): it will not "
            "be sent."),
           ("contacted_today", "Already sent a commercial message today by another campaign "
            "(Ley 2300: one contact a day); kept only if you allow a second contact."),
           ("invalid", "Something an older version said.")]
    raw.executemany("INSERT INTO refused_row (campaign_id, row_number, input, verdict, reason) "
                    "VALUES (1, ?, 'x', ?, ?)",
                    [(row, verdict, text) for row, (verdict, text) in enumerate(old, 2)])
    raw.commit()
    raw.close()
    conn = db.connect(path)
    rows = [r for batch in report_data.refused_rows(conn, 1) for r in batch]
    conn.close()
    assert [r.reason for r in rows] == [
        RowReason(RowCode.DUPLICATE, {"row": 12}),
        RowReason(PhoneProblem.NOT_MOBILE, {"kind": "fixed_line"}),
        RowReason(PhoneProblem.NOT_MOBILE, {"kind": "toll_free_line"}),
        RowReason(RowCode.EMPTY_CELL), RowReason(RowCode.EMPTY_CELL),
        RowReason(PhoneProblem.TOO_SHORT), RowReason(PhoneProblem.SCIENTIFIC_NOTATION),
        RowReason(RowCode.SUPPRESSED), RowReason(RowCode.CONTACTED_TODAY),
        RowReason(RowCode.TEXT, {"text": "Something an older version said."})]
    spanish = [describe_row(r.reason, words_for("es")) for r in rows]
    assert spanish[:4] == [
        "Mismo número que la fila 12; solo se conserva el primero.",
        "No es un celular (línea fija): un SMS a ese número suele fallar.",
        "No es un celular (línea gratuita): un SMS a ese número suele fallar.",
        "La celda del teléfono está vacía."]
    assert spanish[-1] == "Something an older version said."
    assert all(text and text != english for text, (_, english) in zip(spanish[:-1], old,
                                                                        strict=False))


def test_schema_10_turns_a_recipients_program_sentences_into_reasons(tmp_path: Path) -> None:
    """Recipients' errors stored as the program's English sentences become reasons, worded
    in Spanish in the report's error column; the gateway's own words stay as they came."""
    path = tmp_path / "store.sqlite3"
    raw = sqlite3.connect(path)
    for number, script in enumerate(db.MIGRATIONS[:9]):
        raw.executescript(f"{script}\nPRAGMA user_version = {number + 1};")
    raw.execute("INSERT INTO campaign (id, name, template, part_rule, state, created_at, "
                "recipients) VALUES (1, 'a', 'Hola', 'masiv', 'sent', "
                "'2026-12-01T00:00:00.000Z', 4)")
    errors = [("uncertain", None, "The program stopped while this message was being sent; it "
               "may have gone out."),
              ("uncertain", None, "Internal error while sending (OSError); the message may "
               "have gone out."),
              ("rejected", 1159, "Only 2 part(s) of the message were accepted.: Insufficient "
               "credits"),
              ("rejected", 1, "Invalid recipient.")]
    raw.executemany("INSERT INTO recipient (campaign_id, row_number, digits, parts, state, "
                    "error_code, error_text) VALUES (1, ?, '573001234567', 3, ?, ?, ?)",
                    [(row, *error) for row, error in enumerate(errors, 2)])
    raw.commit()
    raw.close()
    with closing(Store.open(path)) as store:
        found = [(r.reason, r.error_text) for r in store.recipients(1)]
    assert found == [
        (Reason(ReasonKind.INTERRUPTED_WHILE_SENDING), None),
        (Reason(ReasonKind.INTERNAL_SEND_ERROR, {"error": "OSError"}), None),
        (Reason(ReasonKind.PARTLY_ACCEPTED, {"parts": 2}), "Insufficient credits"),
        (None, "Invalid recipient.")]
    target = tmp_path / "informe.xlsx"
    export_report(path, 1, target, ReportOptions(language="es"))
    sheet = openpyxl.load_workbook(target)["Destinatarios"]
    column = [c.value for c in sheet[1]].index("Error")
    assert [row[column] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "El programa se detuvo mientras se enviaba este mensaje; es posible que se haya "
        "enviado.",
        "Error interno al enviar (OSError); es posible que el mensaje se haya enviado.",
        "Solo se aceptaron 2 partes del mensaje.: Insufficient credits",
        "Invalid recipient."]
