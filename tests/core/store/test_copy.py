"""Copying a desktop's SQLite history into a team's PostgreSQL store (core/store/copy.py):
every row and reference kept, ids that never collide between desktops, copy once, all or
nothing. Real SQLite files made through the store's API, a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from masiv_desktop.core.law import suppression
from masiv_desktop.core.reports import data
from masiv_desktop.core.store import copy, db, postgres
from masiv_desktop.core.store.campaigns import CampaignDraft, NewRecipient, Store
from masiv_desktop.core.store.postgres import PgConnection
from masiv_desktop.core.usertypes import PartRule
from tests.helpers.history import History, make_history, table_counts

NOW = 1_780_000_000.0
DESKTOP = "ana@equipo-1"


@pytest.fixture(autouse=True)
def _file_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MASIV_STORE_URL", raising=False)


@pytest.fixture
def target(postgres_url: str) -> Iterator[PgConnection]:
    conn = postgres.connect(postgres_url)
    yield conn
    conn.close()


def copy_file(history: History, target: PgConnection, **kwargs: object) -> copy.CopyResult:
    with closing(copy.open_source(history.path)) as source:
        return copy.copy_store(source, target, desktop=DESKTOP, **kwargs)  # type: ignore[arg-type]


def lines(conn: db.Connection, campaign_id: int) -> list[data.RecipientLine]:
    return [line for batch in data.recipient_lines(conn, campaign_id) for line in batch]


def sequences(target: PgConnection) -> dict[str, int | None]:
    return {table: target.raw.execute(
        f"SELECT pg_sequence_last_value(pg_get_serial_sequence('{table}', 'id'))").fetchone()[0]
        for table in copy.ID_TABLES}


def test_copy_keeps_every_row_and_reference(tmp_path: Path, target: PgConnection) -> None:
    history = make_history(tmp_path / "a", now=NOW)
    result = copy_file(history, target)
    with closing(db.connect_file(history.path)) as source:
        assert table_counts(target) == table_counts(source)
        for old, new in result.ids.items():
            assert lines(target, new) == lines(source, old)
            here, there = data.figures(source, old), data.figures(target, new)
            assert (there.by_outcome, there.refused_rows, there.replies, there.opt_outs) == \
                (here.by_outcome, here.refused_rows, here.replies, here.opt_outs)
            assert [(e.kind, e.message) for e in Store(target).events(new)] == \
                [(e.kind, e.message) for e in Store(source).events(old)]
        assert [r for b in data.refused_rows(target, result.ids[history.sent]) for r in b] == \
            [r for b in data.refused_rows(source, history.sent) for r in b]
        assert sorted(suppression.suppressed_digits(target)) == \
            sorted(suppression.suppressed_digits(source))
    assert (result.campaigns, result.recipients, result.replies) == (3, 29, 3)
    assert result.suppression_added == 8 and result.suppression_imports == 1
    assert target.execute(
        "SELECT COUNT(*) FROM part p JOIN recipient r ON r.id = p.recipient_id "
        "WHERE p.campaign_id <> r.campaign_id").fetchone()[0] == 0
    assert target.execute("SELECT campaign_id FROM reply WHERE opt_out = 1").fetchone()[0] == \
        result.ids[history.sent]
    assert [s.id for s in result.still_sending] == [history.running]


def test_a_campaign_without_a_creator_gets_this_desktops_name(
        tmp_path: Path, target: PgConnection) -> None:
    history = make_history(tmp_path / "a", now=NOW)
    result = copy_file(history, target)
    creators = dict(target.execute("SELECT id, created_by FROM campaign").fetchall())
    assert creators[result.ids[history.draft]] == DESKTOP
    assert creators[result.ids[history.sent]] not in (None, DESKTOP)


def test_two_desktops_get_distinct_ids_and_later_inserts_follow(
        tmp_path: Path, target: PgConnection) -> None:
    first = make_history(tmp_path / "a", now=NOW)
    second = make_history(tmp_path / "b", now=NOW + 3600, prefix="57316")
    one, two = copy_file(first, target), copy_file(second, target)
    assert one.campaigns == two.campaigns == 3
    assert set(one.ids.values()).isdisjoint(two.ids.values())
    assert min(two.ids.values()) > max(one.ids.values())
    assert lines(target, two.ids[second.sent])[0].digits.startswith("57316")
    assert lines(target, one.ids[first.sent])[0].digits.startswith("57315")
    assert int(target.execute("SELECT COUNT(*) FROM recipient").fetchone()[0]) == 58
    assert target.execute("SELECT source, note FROM suppression WHERE digits = '573009998877'"
                          ).fetchone() == ("manual", "desktop 57315")
    assert two.suppression_already_there == 1
    newest = Store(target).create_campaign(
        CampaignDraft("Después", "Hola", PartRule.MASIV_HTTP),
        [NewRecipient(2, "573150000099", 1)], now=NOW + 7200)
    assert newest > max(two.ids.values())
    top = target.execute("SELECT MAX(id) FROM recipient WHERE campaign_id <> ?",
                         (newest,)).fetchone()[0]
    assert target.execute("SELECT MIN(id) FROM recipient WHERE campaign_id = ?",
                          (newest,)).fetchone()[0] > top


def test_copying_the_same_file_again_adds_nothing(tmp_path: Path, target: PgConnection) -> None:
    history = make_history(tmp_path / "a", now=NOW)
    copy_file(history, target)
    before = table_counts(target)
    again = copy_file(history, target)
    assert table_counts(target) == before
    assert (again.campaigns, again.campaigns_already_there) == (0, 3)
    assert (again.replies, again.replies_already_there) == (0, 3)
    assert (again.suppression_added, again.suppression_already_there) == (0, 8)
    assert again.suppression_imports == 0 and again.ids == {}


def test_a_campaign_added_to_the_file_later_is_copied_alone(
        tmp_path: Path, target: PgConnection) -> None:
    history = make_history(tmp_path / "a", now=NOW)
    copy_file(history, target)
    with closing(Store(db.connect_file(history.path))) as store:
        later = store.create_campaign(CampaignDraft("Agosto", "Hola", PartRule.MASIV_HTTP),
                                      [NewRecipient(2, "573150000077", 1)], now=NOW + 500)
    again = copy_file(history, target)
    assert (again.campaigns, again.recipients, again.campaigns_already_there) == (1, 1, 3)
    assert list(again.ids) == [later]


def test_a_failure_midway_leaves_the_store_unchanged(
        tmp_path: Path, target: PgConnection) -> None:
    copy_file(make_history(tmp_path / "a", now=NOW), target)
    before, numbers = table_counts(target), sequences(target)
    history = make_history(tmp_path / "b", now=NOW + 3600, prefix="57316")

    def fail_after_recipients(table: str, rows: int) -> None:
        if table == "recipient" and rows >= 10:
            raise RuntimeError("cut off")

    with pytest.raises(RuntimeError, match="cut off"):
        copy_file(history, target, batch=5, progress=fail_after_recipients)
    assert table_counts(target) == before
    assert sequences(target) == numbers
    assert copy_file(history, target).campaigns == 3


def test_a_row_the_server_refuses_leaves_the_store_unchanged(
        tmp_path: Path, target: PgConnection) -> None:
    target.executescript(
        "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF NEW.message_id LIKE '57316-%' THEN RAISE EXCEPTION 'refused part'; END IF; "
        "RETURN NEW; END $$; "
        "CREATE TRIGGER refuse BEFORE INSERT ON part FOR EACH ROW EXECUTE FUNCTION refuse();")
    copy_file(make_history(tmp_path / "a", now=NOW), target)
    before = table_counts(target)
    with pytest.raises(db.DatabaseError, match="refused part"):
        copy_file(make_history(tmp_path / "b", now=NOW + 3600, prefix="57316"), target)
    assert table_counts(target) == before


def test_ids_of_rows_deleted_from_the_store_are_not_given_again(
        tmp_path: Path, target: PgConnection) -> None:
    store = Store(target)
    made = [store.create_campaign(CampaignDraft(f"C{i}", "Hola", PartRule.MASIV_HTTP),
                                  [NewRecipient(2, "573150000001", 1)], now=NOW - 100 + i)
            for i in range(3)]
    target.execute("DELETE FROM campaign WHERE id = ?", (made[-1],))
    result = copy_file(make_history(tmp_path / "a", now=NOW), target)
    assert min(result.ids.values()) == made[-1] + 1


def test_the_plan_counts_what_would_be_copied(tmp_path: Path, target: PgConnection) -> None:
    history = make_history(tmp_path / "a", now=NOW)
    with closing(copy.open_source(history.path)) as source:
        plan = copy.plan_copy(source, target, desktop=DESKTOP)
        assert (plan.campaigns, plan.recipients, plan.suppressed, plan.replies,
                plan.already_there) == (3, 29, 8, 3, 0)
        assert [s.name for s in plan.still_sending] == ["Recordatorio"]
        assert table_counts(target)["campaign"] == 0
        copy.copy_store(source, target, desktop=DESKTOP)
        plan = copy.plan_copy(source, target, desktop=DESKTOP)
    assert (plan.campaigns, plan.recipients, plan.already_there) == (0, 0, 3)
    assert plan.still_sending == ()


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(copy.CopyRefused, match="no Masiv Desktop database"):
        copy.open_source(tmp_path / "nothing.sqlite3")
    assert not (tmp_path / "nothing.sqlite3").exists()


def test_init_creates_then_leaves_the_schema(postgres_url: str) -> None:
    first = copy.init_store(postgres_url)
    assert (first.before, first.after) == (0, len(postgres.MIGRATIONS))
    assert first.address == postgres.display_url(postgres_url)
    again = copy.init_store(postgres_url)
    assert again.before == again.after == len(postgres.MIGRATIONS)
