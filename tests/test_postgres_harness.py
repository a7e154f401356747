"""The PostgreSQL test harness itself: a real server, a fresh database per test, password
authentication, an unprivileged server process, nothing left behind."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import psycopg
import pytest

from tests.helpers import postgres

ROOT = Path(__file__).resolve().parent.parent


def _server_pid(server: postgres.PostgresServer) -> int:
    return int((server.data_dir / "postmaster.pid").read_text().split()[0])


def _uid_of(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Uid:"):
            return int(line.split()[1])
    raise AssertionError(f"no Uid line for process {pid}")


def _running(pid: int) -> bool:
    try:
        return "(zombie)" not in Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False


def test_a_fresh_database_takes_a_table_through_its_url_and_pgpassword(
        postgres_url: str, postgres_server: postgres.PostgresServer) -> None:
    assert postgres_server.password not in postgres_url
    assert postgres_url.startswith(f"postgresql://masiv@127.0.0.1:{postgres_server.port}/")
    assert os.environ["PGPASSWORD"] == postgres_server.password
    with psycopg.connect(postgres_url) as conn:
        conn.execute("CREATE TABLE recipients (id serial PRIMARY KEY, phone text NOT NULL)")
        conn.execute("INSERT INTO recipients (phone) VALUES (%s), (%s)",
                     ("573151234567", "573001112233"))
        conn.commit()
        rows = conn.execute("SELECT phone FROM recipients ORDER BY id").fetchall()
        assert rows == [("573151234567",), ("573001112233",)]
        encoding, = conn.execute("SHOW server_encoding").fetchone() or ("",)
        assert encoding == "UTF8"


def test_two_fresh_databases_are_distinct(postgres_server: postgres.PostgresServer,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSWORD", postgres_server.password)
    first, second = postgres_server.create_database(), postgres_server.create_database()
    try:
        assert first != second
        with psycopg.connect(first) as conn:
            conn.execute("CREATE TABLE only_here (x int)")
        with psycopg.connect(second) as conn:
            found = conn.execute("SELECT to_regclass('only_here')").fetchone()
            assert found == (None,)
    finally:
        postgres_server.drop_database(first)
        postgres_server.drop_database(second)


def test_a_wrong_or_missing_password_is_refused(postgres_url: str, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))
    monkeypatch.setenv("PGPASSWORD", "not-the-password")
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(postgres_url)
    monkeypatch.delenv("PGPASSWORD")
    with pytest.raises(psycopg.OperationalError, match="no password supplied"):
        psycopg.connect(postgres_url)


def test_url_with_password_connects_without_pgpassword(
        postgres_url: str, postgres_server: postgres.PostgresServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGPASSWORD")
    with psycopg.connect(postgres_server.url_with_password(postgres_url)) as conn:
        assert conn.execute("SELECT current_user").fetchone() == ("masiv",)


def test_a_database_is_dropped_even_with_a_connection_still_open(
        postgres_server: postgres.PostgresServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSWORD", postgres_server.password)
    url = postgres_server.create_database()
    name = url.rsplit("/", 1)[1]
    left_open = psycopg.connect(url)
    try:
        postgres_server.drop_database(url)
        with psycopg.connect(postgres_server.admin_url) as admin:
            assert admin.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                                 (name,)).fetchone() is None
    finally:
        left_open.close()


def test_the_server_never_runs_as_root(postgres_server: postgres.PostgresServer) -> None:
    uid = _uid_of(_server_pid(postgres_server))
    assert uid != 0
    assert postgres_server.data_dir.stat().st_uid == uid
    if os.geteuid() != 0:
        assert uid == os.geteuid()


def test_leaving_the_server_stops_it_and_deletes_its_files() -> None:
    postgres.require()
    with postgres.PostgresServer() as server:
        directory, pid = server.dir, _server_pid(server)
        assert directory is not None and _running(pid)
    assert not directory.exists()
    assert not _running(pid)


def test_installed_binaries_mean_the_tests_run(monkeypatch: pytest.MonkeyPatch) -> None:
    if postgres.find_bin_dir() is not None:
        assert postgres.available() is None
    monkeypatch.setattr(postgres, "find_bin_dir", lambda: None)
    reason = postgres.available()
    assert reason is not None and "initdb" in reason
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="initdb"):
        postgres.require()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI needs PostgreSQL"):
        postgres.require()


def test_make_test_runs_the_suite_with_postgresql_and_the_keyring() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert "PYTEST := tests/ensure-postgresql.sh tests/with-keyring.sh $(BIN)/python -m pytest" \
        in makefile
    assert "MASIV_TEST_STORE=postgresql $(PYTEST)" in makefile


def test_a_cluster_left_by_a_killed_run_is_stopped_and_deleted_by_the_next_one() -> None:
    postgres.require()
    gone = subprocess.Popen(["true"])  # a process that has exited: the killed run
    gone.wait()
    abandoned = postgres.PostgresServer()
    abandoned.start()
    assert abandoned.dir is not None
    directory, pid = abandoned.dir, _server_pid(abandoned)
    (directory / "owner.pid").write_text(f"{gone.pid}\n")
    abandoned.dir = None  # the run died without stopping it
    with postgres.PostgresServer() as server:
        assert server.dir is not None and server.dir.parent == directory.parent
        assert not directory.exists()
        assert not _running(pid)
