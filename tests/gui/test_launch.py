"""gui/launch.py: why the store cannot be used, in the user's words, naming the file or the
team store's address (never its password)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from masiv_desktop.core.store import db
from masiv_desktop.core.store.db import DatabaseError, StoreProblem
from masiv_desktop.gui.i18n.translators import install_translators
from masiv_desktop.gui.launch import store_problem_text

TEAM = "postgresql://ana:s3cret-word@db.example.com:5433/masiv"


@pytest.fixture
def team_store(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("MASIV_STORE_URL", raising=False)
    db.use_team_store(TEAM)
    try:
        yield
    finally:
        db.use_team_store(None)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "es")
    try:
        yield
    finally:
        install_translators(qapp, "en")


def error(problem: StoreProblem) -> DatabaseError:
    return DatabaseError("server said no", problem=problem)


def test_an_unreachable_team_store_is_named_by_its_address(team_store: None) -> None:
    text = store_problem_text(error(StoreProblem.TEAM_UNREACHABLE))
    assert "postgresql://ana@db.example.com:5433/masiv" in text
    assert "s3cret-word" not in text and "server said no" not in text
    assert "check the network" in text and "Settings › Program › Team store" in text


def test_team_store_problems_in_spanish(team_store: None, spanish: None) -> None:
    unreachable = store_problem_text(error(StoreProblem.TEAM_UNREACHABLE))
    login = store_problem_text(error(StoreProblem.TEAM_LOGIN))
    newer = store_problem_text(error(StoreProblem.NEWER))
    for text in (unreachable, login, newer):
        assert "base de datos compartida postgresql://ana@db.example.com:5433/masiv" in text
        assert "s3cret-word" not in text
    assert "revise la red" in unreachable and "Configuración › Programa" in unreachable
    assert "contraseña" in login and "Configuración › Programa" in login
    assert "versión más reciente" in newer


def test_a_refused_login_says_where_to_correct_it(team_store: None) -> None:
    text = store_problem_text(error(StoreProblem.TEAM_LOGIN))
    assert "refused the user name or the password" in text
    assert "Settings › Program › Team store" in text and "s3cret-word" not in text


def test_the_desktops_own_file_is_named_without_a_team_store(
        tmp_path: Path, spanish: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MASIV_STORE_URL", raising=False)
    db.use_team_store(None)
    where = tmp_path / "masiv.sqlite3"
    text = store_problem_text(DatabaseError("newer", path=where, problem=StoreProblem.NEWER))
    assert str(where) in text and "versión más reciente" in text
    assert "compartida" not in text
