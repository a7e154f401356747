"""`masiv store init` and `masiv store copy` end to end: the real CLI, real SQLite files made
through the store's API (tests/helpers/history.py), a real PostgreSQL server."""

from __future__ import annotations

import io
import json
import os
import socket
from contextlib import closing
from pathlib import Path

import keyring
import pytest

from masiv_desktop.cli import main
from masiv_desktop.core.settings.team_store import SERVICE, load_store_password
from masiv_desktop.core.store import postgres
from masiv_desktop.core.store.problems import display_url
from tests.helpers import postgres as pg_helper
from tests.helpers.history import History, make_history, table_counts

NOW = 1_780_000_000.0


@pytest.fixture(autouse=True)
def _own_file_by_default(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    monkeypatch.delenv("MASIV_STORE_URL", raising=False)


class Terminal(io.StringIO):
    """A user at a terminal typing `answer`."""

    def isatty(self) -> bool:
        return True


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert pg_helper.PASSWORD not in out + err
    return code, out, err


def counts(url: str) -> dict[str, int]:
    with closing(postgres.connect(url)) as conn:
        return table_counts(conn)


def two_desktops(tmp_path: Path) -> tuple[History, History]:
    return (make_history(tmp_path / "A", now=NOW),
            make_history(tmp_path / "B", now=NOW + 3600, prefix="57316"))


# -- init ------------------------------------------------------------------------------------


def test_init_creates_the_tables_then_changes_nothing(
        postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "store", "init", "--url", postgres_url)
    assert code == 0, err
    last = len(postgres.MIGRATIONS)
    assert f"The team store {display_url(postgres_url)} is ready: schema version 0 → {last}." \
        in out
    code, out, err = run(capsys, "store", "init", "--url", postgres_url, "--json")
    assert code == 0, err
    assert json.loads(out) == {"address": display_url(postgres_url), "before": last,
                               "after": last}


def test_init_takes_the_store_in_effect(postgres_url: str, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MASIV_STORE_URL", postgres_url)
    code, out, err = run(capsys, "store", "init")
    assert code == 0, err
    assert f"schema version 0 → {len(postgres.MIGRATIONS)}" in out


def test_init_without_an_address_says_how_to_give_one(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "store", "init")
    assert code == 2
    assert "no team store address" in err and "--url" in err and "MASIV_STORE_URL" in err


def test_a_server_that_does_not_answer_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql://masiv@127.0.0.1:{port}/equipo"
    code, _out, err = run(capsys, "store", "init", "--url", url)
    assert code == 1
    assert f"The team store {url} cannot be opened" in err
    assert "Traceback" not in err


def test_a_refused_login_is_named_without_any_password(
        tmp_path: Path, postgres_url: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    history = make_history(tmp_path / "A", now=NOW)
    monkeypatch.setenv("PGPASSWORD", "not-the-password")
    for args in (("init", "--url", postgres_url),
                 ("copy", "--from-file", str(history.path), "--to", postgres_url, "--yes")):
        code, out, err = run(capsys, "store", *args)
        assert code == 1
        assert display_url(postgres_url) in err and "password" in err
        assert "not-the-password" not in out + err


# -- copy --------------------------------------------------------------------------------------


def test_two_desktops_copied_are_listed_together_on_the_team_store(
        tmp_path: Path, postgres_url: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    first, second = two_desktops(tmp_path)
    code, before, err = run(capsys, "--data-dir", str(second.path.parent), "status",
                            str(second.sent), "--json")
    assert code == 0, err
    code, out, err = run(capsys, "--data-dir", str(first.path.parent), "store", "copy",
                         "--to", postgres_url, "--yes")
    assert code == 0, err
    assert f"Copied {first.path} into the team store {display_url(postgres_url)}:" in out
    assert "campaigns                3 added, 0 already there" in out
    assert "recipients              29" in out
    assert "suppression list         8 numbers added, 0 already there" in out
    code, out, err = run(capsys, "store", "copy", "--from-file", str(second.path), "--to",
                         postgres_url, "--yes", "--json")
    assert code == 0, err
    copied = json.loads(out)
    assert (copied["campaigns"], copied["suppression_already_there"]) == (3, 1)

    monkeypatch.setenv("MASIV_STORE_URL", postgres_url)
    code, out, err = run(capsys, "campaigns", "--json")
    assert code == 0, err
    listed = json.loads(out)
    assert len({line["id"] for line in listed}) == 6
    assert sorted(line["name"] for line in listed) == sorted(
        ["Promo junio", "Borrador julio", "Recordatorio"] * 2)
    code, after, err = run(capsys, "status", str(copied["ids"][str(second.sent)]), "--json")
    assert code == 0, err
    was, now = json.loads(before), json.loads(after)
    for key in ("by_state", "by_status", "by_outcome", "refused_rows", "recipients", "name"):
        assert now[key] == was[key], key


def test_a_second_copy_of_the_same_file_adds_nothing(
        tmp_path: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    history = make_history(tmp_path / "A", now=NOW)
    args = ("store", "copy", "--from-file", str(history.path), "--to", postgres_url, "--yes")
    assert run(capsys, *args)[0] == 0
    before = counts(postgres_url)
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    again = json.loads(out)
    assert (again["campaigns"], again["campaigns_already_there"], again["recipients"]) == \
        (0, 3, 0)
    assert (again["replies"], again["suppression_added"]) == (0, 0)
    assert counts(postgres_url) == before


def test_a_campaign_still_sending_is_copied_with_a_warning(
        tmp_path: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    history = make_history(tmp_path / "A", now=NOW)
    code, _out, err = run(capsys, "store", "copy", "--from-file", str(history.path), "--to",
                         postgres_url, "--yes")
    assert code == 0, err
    assert f"campaign {history.running} \"Recordatorio\" is running on this desktop" in err
    assert "masiv settings set store_url" in err
    assert "Promo junio" not in err


def test_without_a_terminal_it_refuses_and_copies_nothing(
        tmp_path: Path, postgres_url: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    history = make_history(tmp_path / "A", now=NOW)
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    code, _out, err = run(capsys, "store", "copy", "--from-file", str(history.path), "--to",
                         postgres_url)
    assert code == 2
    assert "nothing was copied; add --yes" in err
    assert set(counts(postgres_url).values()) == {0}


@pytest.mark.parametrize(("answer", "code", "campaigns"), [("s\n", 0, 3), ("n\n", 1, 0)])
def test_on_a_terminal_it_asks_first(
        tmp_path: Path, postgres_url: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], answer: str, code: int, campaigns: int) -> None:
    history = make_history(tmp_path / "A", now=NOW)
    monkeypatch.setattr("sys.stdin", Terminal(answer))
    got, _out, err = run(capsys, "store", "copy", "--from-file", str(history.path), "--to",
                        postgres_url)
    assert got == code, err
    assert (f"Copy 3 campaigns, 29 recipients and 8 suppressed numbers to "
            f"{display_url(postgres_url)}? [y/N]") in err
    assert counts(postgres_url)["campaign"] == campaigns


def test_a_copy_the_server_refuses_midway_changes_nothing(
        tmp_path: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = two_desktops(tmp_path)
    assert run(capsys, "store", "copy", "--from-file", str(first.path), "--to", postgres_url,
               "--yes")[0] == 0
    with closing(postgres.connect(postgres_url)) as conn:
        conn.executescript(
            "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "RAISE EXCEPTION 'no more replies here'; END $$; "
            "CREATE TRIGGER refuse BEFORE INSERT ON reply FOR EACH ROW "
            "EXECUTE FUNCTION refuse();")
    before = counts(postgres_url)
    code, _out, err = run(capsys, "store", "copy", "--from-file", str(second.path), "--to",
                         postgres_url, "--yes")
    assert code == 1
    assert display_url(postgres_url) in err and "no more replies here" in err
    assert counts(postgres_url) == before


def test_a_missing_file_is_named(tmp_path: Path, postgres_url: str,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "otro" / "masiv.sqlite3"
    code, _out, err = run(capsys, "store", "copy", "--from-file", str(missing), "--to",
                         postgres_url, "--yes")
    assert code == 2
    assert f"There is no Masiv Desktop database at {missing}." in err
    assert not missing.exists()


@pytest.mark.keyring
@pytest.mark.skipif(os.environ.get("MASIV_TEST_SECRET_SERVICE") != "1",
                    reason="needs a real Secret Service: run through tests/with-keyring.sh")
def test_the_password_typed_once_is_kept_in_the_keyring_and_used(
        postgres_url: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", Terminal(""))
    monkeypatch.setattr("getpass.getpass", lambda prompt: "wrong")
    code, _out, err = run(capsys, "store", "password", "--url", postgres_url)
    assert code == 1 and "Check the user name in the address and the password" in err
    assert load_store_password(postgres_url) is None
    monkeypatch.setattr("getpass.getpass", lambda prompt: pg_helper.PASSWORD)
    code, out, err = run(capsys, "store", "password", "--url", postgres_url)
    assert code == 0, err
    assert display_url(postgres_url) in out
    try:
        assert load_store_password(postgres_url) == pg_helper.PASSWORD
        monkeypatch.delenv("PGPASSWORD")
        code, out, err = run(capsys, "store", "init", "--url", postgres_url)
        assert code == 0, err
    finally:
        keyring.delete_password(SERVICE, display_url(postgres_url))


def test_the_password_is_never_taken_from_a_script(
        postgres_url: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("secret\n"))
    code, _out, err = run(capsys, "store", "password", "--url", postgres_url)
    assert code == 2 and "PGPASSWORD" in err
