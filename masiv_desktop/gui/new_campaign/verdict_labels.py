"""Why a row is refused, in the user's language: the core's words (`core.lists.phones.explain`,
`core.lists.validation.explain_row`, `core.labels`) through Qt's translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from masiv_desktop.core.labels import group_label
from masiv_desktop.core.lists.phones import PhoneProblem, explain
from masiv_desktop.core.lists.validation import RowCheck, explain_row
from masiv_desktop.core.usertypes import Verdict


def reason_label(problem: PhoneProblem) -> str:
    return explain(problem, translate=QCoreApplication.translate)


def verdict_label(verdict: Verdict) -> str:
    """The heading of a group of rows with `verdict`, for counts."""
    return group_label(verdict, QCoreApplication.translate)


def check_text(check: RowCheck) -> str:
    """Why this row is not sent, translated."""
    return explain_row(check, QCoreApplication.translate)
