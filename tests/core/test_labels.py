"""Every member of every enum people read has one label per language, from one catalog."""

from __future__ import annotations

from enum import Enum

import pytest

from masiv_desktop.core.labels import CATALOGS, VERDICT_GROUPS, group_label, label
from masiv_desktop.core.lists.phones import PROBLEMS, PhoneProblem, explain
from masiv_desktop.core.reports.labels import WORDS, Word, word
from masiv_desktop.core.reports.outcome import Outcome
from masiv_desktop.core.usertypes import CampaignState, Purpose, RecipientState, Verdict
from masiv_desktop.core.words import LANGUAGES, Words, english
from masiv_desktop.gateway.codes import GatewayStatus

USER_FACING: tuple[type[Enum], ...] = (CampaignState, RecipientState, GatewayStatus, Purpose,
                                       Verdict, Outcome)


@pytest.fixture(scope="module")
def spanish() -> Words:
    return Words("es")


def test_every_user_facing_enum_has_a_catalog() -> None:
    assert set(USER_FACING) <= CATALOGS.keys()


@pytest.mark.parametrize("enum", USER_FACING, ids=lambda e: e.__name__)
def test_every_member_has_an_english_and_a_spanish_label(enum: type[Enum],
                                                         spanish: Words) -> None:
    context, labels = CATALOGS[enum]
    assert set(labels) == set(enum)
    for member in enum:
        assert label(member)
        assert (context, labels[member]) in spanish.table, f"no Spanish for {member!r}"


def test_every_report_word_phone_problem_and_group_has_spanish(spanish: Words) -> None:
    assert set(WORDS) == set(Word)
    assert set(PROBLEMS) == set(PhoneProblem)
    assert set(VERDICT_GROUPS) == set(Verdict)
    missing = [text for context, texts in (("ReportWord", WORDS), ("PhoneProblem", PROBLEMS),
                                           ("VerdictGroup", VERDICT_GROUPS))
               for text in texts.values() if (context, text) not in spanish.table]
    assert missing == []


def test_the_report_and_the_labels_say_the_same() -> None:
    for language in LANGUAGES:
        assert word(CampaignState.PAUSED, language) == label(
            CampaignState.PAUSED, english if language == "en" else Words(language))
    assert word(CampaignState.PAUSED, "es") == "En pausa"
    assert word(GatewayStatus.DELIVERED_TO_NETWORK, "es") \
        == word(Outcome.DELIVERED_TO_NETWORK, "es") == "Entregado al operador"


def test_a_missing_translation_stays_english(tmp_path: object) -> None:
    words = Words("xx")
    assert label(Purpose.COMMERCIAL, words) == "Commercial"


def test_phone_problems_and_groups_in_spanish(spanish: Words) -> None:
    assert explain(PhoneProblem.NOT_MOBILE, "fixed line", spanish) \
        == "No es un celular (línea fija): un SMS a ese número suele fallar."
    assert explain(PhoneProblem.LOST_DIGITS, translate=spanish).endswith(
        "no se pueden recuperar de este valor.")
    assert group_label(Verdict.OK, spanish) == "Celulares válidos"
