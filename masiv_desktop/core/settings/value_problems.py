"""Why a setting's value is refused, as data: a kind and its arguments, worded by whoever shows
it (the settings dialog in the user's language, `masiv settings set` in English).

A check (`values.py`, `smpp.py`) returns a `Problem`; `SettingsError.reason` carries it.
`problem_text` words it as the rest of a sentence that starts with the setting's name
("must be at most 16 characters (it has 20)"), so a front end puts the field it shows first.
Pure and Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from masiv_desktop.core.words import QT_TRANSLATE_NOOP, Translate, english, fill

CONTEXT = "SettingProblem"


class ValueProblem(StrEnum):
    TOO_LONG = "too_long"
    """args: the limit (the count of the plural string), the length."""
    SPACES = "spaces"
    URL_NOT_HTTP = "url_not_http"
    URL_INSECURE = "url_insecure"
    URL_EXTRAS = "url_extras"
    REGION = "region"
    """args: the value."""
    TIME_ZONE = "time_zone"
    """args: the value."""
    RANGE = "range"
    """args: the lowest, the highest, the value."""
    RATE = "rate"
    """args: the value."""
    HOURS = "hours"
    """args: the highest, the value."""
    TEST_NUMBER = "test_number"
    """args: the value."""
    HOST_SPACES = "host_spaces"
    HOST_FORM = "host_form"
    SMPP_TOO_LONG = "smpp_too_long"
    """args: the limit (the count of the plural string), the length."""
    SMPP_ASCII = "smpp_ascii"
    FOOTER_EMPTY = "footer_empty"
    OPT_OUT_WORDS = "opt_out_words"
    STORE_URL = "store_url"
    STORE_URL_PASSWORD = "store_url_password"
    TEXT = "text"
    """Words from elsewhere, English only (the contact window's parser); args: the text."""


_TEXTS: dict[ValueProblem, str] = {
    ValueProblem.TOO_LONG: QT_TRANSLATE_NOOP(
        "SettingProblem", "must be at most %Ln character(s) (it has %1)", "", 0),
    ValueProblem.SPACES: QT_TRANSLATE_NOOP(
        "SettingProblem", "must not start or end with spaces or hold control characters"),
    ValueProblem.URL_NOT_HTTP: QT_TRANSLATE_NOOP(
        "SettingProblem", "must be an address that starts with https://, such as "
        "https://api.masivapp.com"),
    ValueProblem.URL_INSECURE: QT_TRANSLATE_NOOP(
        "SettingProblem", "must start with https://: with plain http:// ('%1') the password "
        "would travel unencrypted, also through any proxy (http:// is only allowed to this "
        "computer, 127.0.0.1)"),
    ValueProblem.URL_EXTRAS: QT_TRANSLATE_NOOP(
        "SettingProblem", "must not contain a user name, password or query"),
    ValueProblem.REGION: QT_TRANSLATE_NOOP(
        "SettingProblem", "must be a two-letter country code such as CO, not %1"),
    ValueProblem.TIME_ZONE: QT_TRANSLATE_NOOP(
        "SettingProblem", "must be a known time zone such as UTC or America/Bogota, not %1"),
    ValueProblem.RANGE: QT_TRANSLATE_NOOP(
        "SettingProblem", "must be between %1 and %2, not %3"),
    ValueProblem.RATE: QT_TRANSLATE_NOOP(
        "SettingProblem", "must be a number above 0 (messages per second) or empty for no "
        "limit, not %1"),
    ValueProblem.HOURS: QT_TRANSLATE_NOOP(
        "SettingProblem", "must be between 0 and %1 hours, not %2"),
    ValueProblem.TEST_NUMBER: QT_TRANSLATE_NOOP(
        "SettingProblem", "must be a mobile number in international form, digits only, such "
        "as 573001234567, not %1"),
    ValueProblem.HOST_SPACES: QT_TRANSLATE_NOOP(
        "SettingProblem", "must be a host name or IP address without spaces, such as "
        "108.168.165.10"),
    ValueProblem.HOST_FORM: QT_TRANSLATE_NOOP(
        "SettingProblem", "must be a host name or IP address only (no https://, no path)"),
    ValueProblem.SMPP_TOO_LONG: QT_TRANSLATE_NOOP(
        "SettingProblem", "must be at most %Ln character(s) (SMPP 3.4); it has %1", "", 0),
    ValueProblem.SMPP_ASCII: QT_TRANSLATE_NOOP(
        "SettingProblem", "must be plain ASCII letters and digits, without spaces around"),
    ValueProblem.FOOTER_EMPTY: QT_TRANSLATE_NOOP(
        "SettingProblem", "must not be empty (turn the footer off with append_opt_out_footer "
        "instead)"),
    ValueProblem.OPT_OUT_WORDS: QT_TRANSLATE_NOOP(
        "SettingProblem", "must hold at least one word, separated by commas, such as "
        "SALIR, BAJA, STOP"),
    ValueProblem.STORE_URL: QT_TRANSLATE_NOOP(
        "SettingProblem", "must be a PostgreSQL address such as "
        "postgresql://ana@servidor:5432/masiv, or empty for this computer's own store"),
    ValueProblem.STORE_URL_PASSWORD: QT_TRANSLATE_NOOP(
        "SettingProblem", "must not hold the password: the program keeps it in the system "
        "keyring (or PostgreSQL's own PGPASSWORD or .pgpass)"),
    ValueProblem.TEXT: "%1",
}


_COUNTED = frozenset({ValueProblem.TOO_LONG, ValueProblem.SMPP_TOO_LONG})
"""Problems whose first argument is the count of a plural string ("at most 1 character")."""


@dataclass(frozen=True)
class Problem:
    """One refused value: `kind` and the values its sentence names (`args`, in order)."""

    kind: ValueProblem
    args: tuple[object, ...] = ()

    def __str__(self) -> str:
        return problem_text(self)


def problem_text(problem: Problem, translate: Translate = english) -> str:
    """The problem as the end of a sentence that starts with the setting's name, in
    `translate`'s language."""
    text = _TEXTS[problem.kind]
    if problem.kind is ValueProblem.TEXT:
        return fill(text, *problem.args)
    if problem.kind in _COUNTED:
        limit, *rest = problem.args
        return fill(translate(CONTEXT, text, None, int(str(limit))), *rest)
    return fill(translate(CONTEXT, text), *problem.args)
