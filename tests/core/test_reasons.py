"""Reasons are data: stored as a kind and arguments, worded by whoever shows them."""

from __future__ import annotations

from datetime import UTC, datetime

from masiv_desktop.core.reasons import (
    Reason,
    ReasonKind,
    describe,
    from_legacy_text,
    waiting_window,
)
from masiv_desktop.core.words import Words

SPANISH = Words("es")


def test_a_reason_survives_the_store() -> None:
    reason = Reason(ReasonKind.GATEWAY_ERROR, {"code": 1157})
    assert Reason.stored(reason.kind.value, reason.to_json()) == reason
    assert Reason.stored("", "{}") is None


def test_a_kind_from_a_newer_version_shows_its_text() -> None:
    assert Reason.stored("from_the_future", '{"text": "Hola"}') == Reason(
        ReasonKind.TEXT, {"text": "Hola"})


def test_gateway_errors_are_worded_by_what_they_mean() -> None:
    account = Reason(ReasonKind.GATEWAY_ERROR, {"code": 1157})
    assert describe(account) == ('The gateway refused the account (error 1157, "Invalid '
                                 'username or password"). Check the user name and password in '
                                 'the settings, then resume.')
    assert describe(account, SPANISH).startswith("La pasarela rechazó la cuenta (error 1157")
    credits = describe(Reason(ReasonKind.GATEWAY_ERROR, {"code": 1159}))
    assert "1159" in credits and "Top it up" in credits


def test_every_kind_has_words_in_both_languages() -> None:
    args = {"code": 1157, "count": 3, "rate": 4.2, "parts": 2, "setting": "originator",
            "problem": "too long.", "text": "x", "opening": "2026-12-07T12:00:00+00:00",
            "zone": "America/Bogota"}
    for kind in ReasonKind:
        english = describe(Reason(kind, args))
        spanish = describe(Reason(kind, args), SPANISH)
        assert english and spanish
        assert kind is ReasonKind.TEXT or english != spanish, kind


def test_the_waiting_time_is_shown_in_the_recipients_zone() -> None:
    reason = waiting_window(datetime(2026, 12, 7, 12, 0, tzinfo=UTC), "America/Bogota")
    assert describe(reason).endswith("at Mon 2026-12-07 07:00 (America/Bogota).")
    assert describe(reason, SPANISH, lambda moment: f"{moment:%H:%M}").endswith("el 07:00.")


def test_sentences_stored_by_older_versions_become_reasons() -> None:
    assert from_legacy_text("Paused by the user.") == Reason(ReasonKind.PAUSED_BY_USER)
    assert from_legacy_text("The gateway answered error 1159: Not enough credits…") == Reason(
        ReasonKind.GATEWAY_ERROR, {"code": 1159})
    assert from_legacy_text("Something else.") == Reason(ReasonKind.TEXT,
                                                         {"text": "Something else."})
    assert from_legacy_text("") is None


def test_counts_in_a_reason_follow_the_language() -> None:
    reason = Reason(ReasonKind.RECOVERED_UNCERTAIN, {"count": 1374})
    assert describe(reason).startswith("1,374 recipients were being sent")
    assert describe(reason, SPANISH).startswith("1.374 destinatarios se estaban enviando")


def test_counted_reasons_take_the_plural_form_of_their_count() -> None:
    one = Reason(ReasonKind.PARTLY_ACCEPTED, {"parts": 1})
    two = Reason(ReasonKind.PARTLY_ACCEPTED, {"parts": 2})
    assert describe(one) == "Only 1 part of the message was accepted."
    assert describe(two) == "Only 2 parts of the message were accepted."
    assert describe(one, SPANISH) == "Solo se aceptó 1 parte del mensaje."
    assert describe(two, SPANISH) == "Solo se aceptaron 2 partes del mensaje."
    recovered = Reason(ReasonKind.RECOVERED_UNCERTAIN, {"count": 1})
    assert describe(recovered).startswith("1 recipient was being sent")
    assert describe(recovered, SPANISH).startswith("1 destinatario se estaba enviando")
