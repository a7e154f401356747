"""The team store's connection: the store's SQLite-flavoured SQL in PostgreSQL's words, values
as SQLite gives them back, and a schema that compares text as SQLite does."""

from __future__ import annotations

from contextlib import closing

import pytest

from masiv_desktop.core.store import postgres
from masiv_desktop.core.store.problems import DatabaseError, StoreProblem


@pytest.mark.parametrize(("sql", "expected", "order"), [
    ("SELECT * FROM t WHERE a = ? AND b = ?", "SELECT * FROM t WHERE a = %s AND b = %s", None),
    ("UPDATE t SET a = ?2 WHERE id = ?1 AND b = ?2", "UPDATE t SET a = %s WHERE id = %s AND b = %s",
     (1, 0, 1)),
    ("SELECT '50% off?' || ? FROM t WHERE x LIKE 'a%'",
     "SELECT '50%% off?' || %s FROM t WHERE x ILIKE 'a%%'", None),
    ("SELECT 'it''s ?' , ?", "SELECT 'it''s ?' , %s", None),
    ("INSERT OR IGNORE INTO s (d) VALUES (?)",
     "INSERT INTO s (d) VALUES (%s) ON CONFLICT DO NOTHING", None),
    ("SELECT instr(d, ?) > 0, GROUP_CONCAT(m, ' ') FROM p",
     "SELECT strpos(d, %s) > 0, STRING_AGG(m, ' ') FROM p", None),
    ("UPDATE c SET s = ? WHERE state NOT IN () AND id IN ()",
     "UPDATE c SET s = %s WHERE TRUE AND FALSE", None),
])
def test_the_stores_sql_is_said_in_postgresqls_words(
        sql: str, expected: str, order: tuple[int, ...] | None) -> None:
    assert postgres.translate(sql) == (expected, order)


def test_values_come_back_as_sqlite_gives_them(postgres_url: str) -> None:
    with closing(postgres.connect(postgres_url)) as conn:
        total, share, flag = conn.execute(
            "SELECT SUM(x), AVG(x), ? FROM (VALUES (1::bigint), (2::bigint)) AS v(x)",
            (True,)).fetchone()
    assert (total, share, flag) == (3, 1.5, 1)
    assert type(total) is int and type(share) is float


def test_text_compares_byte_by_byte_whatever_the_servers_locale(postgres_url: str) -> None:
    with closing(postgres.connect(postgres_url)) as conn:
        loose = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE "
            "table_schema = 'public' AND data_type = 'text' AND "
            "COALESCE(collation_name, '') <> 'C'").fetchall()
    assert loose == []


def test_a_password_in_the_address_is_refused_before_connecting() -> None:
    with pytest.raises(DatabaseError, match="holds a password") as refused:
        postgres.connect("postgresql://ana:secreto@127.0.0.1:1/masiv")
    assert "secreto" not in str(refused.value)
    assert refused.value.problem is StoreProblem.CANNOT_OPEN


def test_a_transaction_is_all_or_nothing(postgres_url: str) -> None:
    with closing(postgres.connect(postgres_url)) as conn:
        with pytest.raises(RuntimeError), conn:
            conn.execute("INSERT INTO suppression (digits, source, added_at) VALUES (?, ?, ?)",
                         ("573001112233", "manual", "2026-12-03T00:00:00+00:00"))
            raise RuntimeError("the user's change failed half-way")
        assert conn.execute("SELECT COUNT(*) FROM suppression").fetchone()[0] == 0
        with conn:
            conn.execute("INSERT INTO suppression (digits, source, added_at) VALUES (?, ?, ?)",
                         ("573001112233", "manual", "2026-12-03T00:00:00+00:00"))
        assert conn.execute("SELECT COUNT(*) FROM suppression").fetchone()[0] == 1
