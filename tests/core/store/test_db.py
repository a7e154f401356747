from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from masiv_desktop.core.reasons import Reason, ReasonKind
from masiv_desktop.core.store import db
from masiv_desktop.core.store.campaigns import Store


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
