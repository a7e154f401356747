"""Why a row is refused, in the user's language: one table per enum of the core's verdicts
(`core.validation.RowCheck.text` is the English form the CLI prints)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from masiv_desktop.core.lists.phones import Reason
from masiv_desktop.core.lists.validation import RowCheck
from masiv_desktop.core.usertypes import Verdict

translate = QCoreApplication.translate


def reason_label(reason: Reason) -> str:
    excel = translate("Reason", "Format the column as Text in the original file (or export it "
                      "again from the CRM) and import again.")
    labels = {
        Reason.TOO_SHORT: translate("Reason", "Too short to be a phone number."),
        Reason.TOO_LONG: translate("Reason", "Too long to be a phone number."),
        Reason.LETTERS: translate("Reason", "Contains letters or symbols that are not part "
                                  "of a phone number."),
        Reason.TWO_NUMBERS: translate("Reason", "Holds two numbers in one cell; put each in "
                                      "its own row."),
        Reason.UNKNOWN_COUNTRY: translate("Reason", "Starts with a country code that does "
                                          "not exist."),
        Reason.SCIENTIFIC_NOTATION: translate(
            "Reason", "Written in scientific notation (like 5.73E+11): Excel cut the number "
            "and its last digits are lost.") + " " + excel,
        Reason.LOST_DIGITS: translate(
            "Reason", "Ends in a run of zeros, as Excel leaves a number shown in scientific "
            "notation: its last digits are probably lost.") + " " + excel,
        Reason.DECIMALS: translate("Reason", "Has decimals: a phone number is whole digits."),
        Reason.NOT_A_NUMBER: translate("Reason", "Not an existing phone number in its country "
                                       "(check the digits)."),
        Reason.NOT_MOBILE: translate("Reason", "A valid number but not a mobile (a fixed "
                                     "line?): an SMS to it usually fails."),
    }
    return labels[reason]


def verdict_label(verdict: Verdict) -> str:
    """The short name of a verdict, for counts."""
    labels = {
        Verdict.OK: translate("Verdict", "Valid mobiles"),
        Verdict.NOT_MOBILE: translate("Verdict", "Not mobile (fixed lines?)"),
        Verdict.INVALID: translate("Verdict", "Invalid numbers"),
        Verdict.EMPTY: translate("Verdict", "Empty cells"),
        Verdict.DUPLICATE: translate("Verdict", "Duplicates"),
        Verdict.SUPPRESSED: translate("Verdict", "On the suppression list"),
        Verdict.CONTACTED_TODAY: translate("Verdict", "Already contacted today"),
    }
    return labels[verdict]


def check_text(check: RowCheck) -> str:
    """Why this row is not sent, translated."""
    if check.verdict is Verdict.DUPLICATE:
        return translate("Verdict", "Same number as row %1; only the first is kept.").replace(
            "%1", str(check.duplicate_of))
    if check.verdict is Verdict.SUPPRESSED:
        return translate("Verdict", "On the suppression list (opt-out, RNE or complaint).")
    if check.verdict is Verdict.CONTACTED_TODAY:
        return translate("Verdict", "Already sent a commercial message today by another "
                         "campaign (Ley 2300: one contact a day).")
    if check.verdict is Verdict.EMPTY:
        return translate("Verdict", "The phone cell is empty.")
    if check.reason is not None:
        return reason_label(check.reason)
    return check.text
