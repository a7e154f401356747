"""Every word the delivery reports print: the report's own (`Word`), the result categories
(`Outcome`), and through `core.labels` the program's states and statuses, so the chart, the
grid and the report say the same thing.

The English is marked for translation (`core.words`) and the Spanish comes from the same
`.ts` as the GUI's; the reports are written off the GUI thread and by the CLI, so they read it
with `words_for`, not Qt. `choose_language` picks the report's language like the GUI picks
the program's: the setting when it names one, else the system's language.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from enum import Enum, StrEnum

from masiv_desktop.core.labels import label, register
from masiv_desktop.core.reports.outcome import Outcome
from masiv_desktop.core.words import LANGUAGES, QT_TRANSLATE_NOOP, words_for

__all__ = ["LANGUAGES", "OUTCOMES", "WORDS", "Word", "choose_language", "system_locale_name",
           "word"]


class Word(StrEnum):
    SUMMARY_SHEET = "summary_sheet"
    RECIPIENTS_SHEET = "recipients_sheet"
    REFUSED_SHEET = "refused_sheet"
    TITLE = "title"
    CAMPAIGN = "campaign"
    CAMPAIGN_ID = "campaign_id"
    MESSAGE = "message"
    ORIGINATOR = "originator"
    PURPOSE = "purpose"
    STATE = "state"
    REASON = "reason"
    SOURCE_FILE = "source_file"
    TIMES = "times"
    LOCAL_TIME = "local_time"
    UTC = "utc"
    CREATED = "created"
    SCHEDULED = "scheduled"
    STARTED = "started"
    SENT = "sent"
    FINISHED = "finished"
    REPORT_MADE = "report_made"
    LIST_ROWS = "list_rows"
    RECIPIENTS = "recipients"
    REFUSED_ROWS = "refused_rows"
    PARTS = "parts"
    RESULT = "result"
    SHARE = "share"
    TOTAL = "total"
    CHART_TITLE = "chart_title"
    NOT_FINISHED_NOTE = "not_finished_note"
    ROW = "row"
    NUMBER = "number"
    FINAL_TEXT = "final_text"
    GATEWAY_STATUS = "gateway_status"
    STATUS_CODE = "status_code"
    SENT_AT = "sent_at"
    STATUS_TIME = "status_time"
    MESSAGE_IDS = "message_ids"
    ERROR_CODE = "error_code"
    ERROR_TEXT = "error_text"
    INPUT = "input"
    VERDICT = "verdict"
    NONE = "none"
    RULES = "rules"
    CONTACT_WINDOW = "contact_window"
    WINDOW_CLOSED = "window_closed"
    WINDOW_IGNORED = "window_ignored"
    DAILY_CAP = "daily_cap"
    CAP_APPLIED = "cap_applied"
    CAP_RELEASED = "cap_released"
    NOT_APPLIED = "not_applied"
    NOT_MOBILE = "not_mobile"
    NOT_MOBILE_KEPT = "not_mobile_kept"
    NOT_MOBILE_REFUSED = "not_mobile_refused"
    RNE_IMPORT = "rne_import"
    RNE_NEVER = "rne_never"
    OPT_OUT_FOOTER = "opt_out_footer"
    ON = "on"
    OFF = "off"
    NOT_RECORDED = "not_recorded"
    SHARED_IDS = "shared_ids"
    REPLIES = "replies"
    OPT_OUTS = "opt_outs"
    REPLIES_SHEET = "replies_sheet"
    RECEIVED = "received"
    REPLY_TEXT = "reply_text"
    OPT_OUT = "opt_out"
    YES = "yes"
    NO = "no"
    SEND_TIME = "send_time"
    SEND_COLUMN = "send_column"
    FIRST_SEND = "first_send"
    LAST_SEND = "last_send"
    SHIFT_BEFORE = "shift_before"
    SHIFT_AFTER = "shift_after"


WORDS: Mapping[Word, str] = {
    Word.SUMMARY_SHEET: QT_TRANSLATE_NOOP("ReportWord", "Summary"),
    Word.RECIPIENTS_SHEET: QT_TRANSLATE_NOOP("ReportWord", "Recipients"),
    Word.REFUSED_SHEET: QT_TRANSLATE_NOOP("ReportWord", "Refused rows"),
    Word.TITLE: QT_TRANSLATE_NOOP("ReportWord", "Delivery report"),
    Word.CAMPAIGN: QT_TRANSLATE_NOOP("ReportWord", "Campaign"),
    Word.CAMPAIGN_ID: QT_TRANSLATE_NOOP("ReportWord", "Campaign number"),
    Word.MESSAGE: QT_TRANSLATE_NOOP("ReportWord", "Message"),
    Word.ORIGINATOR: QT_TRANSLATE_NOOP("ReportWord", "Originator"),
    Word.PURPOSE: QT_TRANSLATE_NOOP("ReportWord", "Purpose"),
    Word.STATE: QT_TRANSLATE_NOOP("ReportWord", "State"),
    Word.REASON: QT_TRANSLATE_NOOP("ReportWord", "Reason"),
    Word.SOURCE_FILE: QT_TRANSLATE_NOOP("ReportWord", "List file"),
    Word.TIMES: QT_TRANSLATE_NOOP("ReportWord", "Times"),
    Word.LOCAL_TIME: QT_TRANSLATE_NOOP("ReportWord", "Local time"),
    Word.UTC: QT_TRANSLATE_NOOP("ReportWord", "UTC"),
    Word.CREATED: QT_TRANSLATE_NOOP("ReportWord", "Created"),
    Word.SCHEDULED: QT_TRANSLATE_NOOP("ReportWord", "Scheduled for"),
    Word.STARTED: QT_TRANSLATE_NOOP("ReportWord", "Started"),
    Word.SENT: QT_TRANSLATE_NOOP("ReportWord", "Sending finished"),
    Word.FINISHED: QT_TRANSLATE_NOOP("ReportWord", "Finished"),
    Word.REPORT_MADE: QT_TRANSLATE_NOOP("ReportWord", "Report made"),
    Word.LIST_ROWS: QT_TRANSLATE_NOOP("ReportWord", "Rows in the list"),
    Word.RECIPIENTS: QT_TRANSLATE_NOOP("ReportWord", "Recipients"),
    Word.REFUSED_ROWS: QT_TRANSLATE_NOOP("ReportWord", "Refused rows"),
    Word.PARTS: QT_TRANSLATE_NOOP("ReportWord", "Parts"),
    Word.RESULT: QT_TRANSLATE_NOOP("ReportWord", "Result"),
    Word.SHARE: QT_TRANSLATE_NOOP("ReportWord", "Share"),
    Word.TOTAL: QT_TRANSLATE_NOOP("ReportWord", "Total"),
    Word.CHART_TITLE: QT_TRANSLATE_NOOP("ReportWord", "Recipients by result"),
    Word.NOT_FINISHED_NOTE: QT_TRANSLATE_NOOP(
        "ReportWord", "The campaign is not finished: the figures may still change."),
    Word.ROW: QT_TRANSLATE_NOOP("ReportWord", "Row"),
    Word.NUMBER: QT_TRANSLATE_NOOP("ReportWord", "Number"),
    Word.FINAL_TEXT: QT_TRANSLATE_NOOP("ReportWord", "Final text"),
    Word.GATEWAY_STATUS: QT_TRANSLATE_NOOP("ReportWord", "Gateway status"),
    Word.STATUS_CODE: QT_TRANSLATE_NOOP("ReportWord", "Status code"),
    Word.SENT_AT: QT_TRANSLATE_NOOP("ReportWord", "Sent at"),
    Word.STATUS_TIME: QT_TRANSLATE_NOOP("ReportWord", "Status time"),
    Word.MESSAGE_IDS: QT_TRANSLATE_NOOP("ReportWord", "Message ids"),
    Word.ERROR_CODE: QT_TRANSLATE_NOOP("ReportWord", "Error code"),
    Word.ERROR_TEXT: QT_TRANSLATE_NOOP("ReportWord", "Error"),
    Word.INPUT: QT_TRANSLATE_NOOP("ReportWord", "Input"),
    Word.VERDICT: QT_TRANSLATE_NOOP("ReportWord", "Verdict"),
    Word.NONE: QT_TRANSLATE_NOOP("ReportWord", "—"),
    Word.RULES: QT_TRANSLATE_NOOP("ReportWord", "Rules applied (Ley 2300)"),
    Word.CONTACT_WINDOW: QT_TRANSLATE_NOOP("ReportWord", "Contact window"),
    Word.WINDOW_CLOSED: QT_TRANSLATE_NOOP("ReportWord", "closed on Sundays and holidays"),
    Word.WINDOW_IGNORED: QT_TRANSLATE_NOOP("ReportWord", "ignored (transactional)"),
    Word.DAILY_CAP: QT_TRANSLATE_NOOP("ReportWord", "One commercial contact a day"),
    Word.CAP_APPLIED: QT_TRANSLATE_NOOP(
        "ReportWord", "applied: people already contacted today were refused"),
    Word.CAP_RELEASED: QT_TRANSLATE_NOOP(
        "ReportWord", "released by the user: people already contacted today were sent to as well"),
    Word.NOT_APPLIED: QT_TRANSLATE_NOOP("ReportWord", "not applied (transactional)"),
    Word.NOT_MOBILE: QT_TRANSLATE_NOOP("ReportWord", "Numbers that are not mobiles"),
    Word.NOT_MOBILE_KEPT: QT_TRANSLATE_NOOP("ReportWord", "sent to, by the user's choice"),
    Word.NOT_MOBILE_REFUSED: QT_TRANSLATE_NOOP("ReportWord", "refused"),
    Word.RNE_IMPORT: QT_TRANSLATE_NOOP("ReportWord", "RNE last imported"),
    Word.RNE_NEVER: QT_TRANSLATE_NOOP("ReportWord", "never imported"),
    Word.OPT_OUT_FOOTER: QT_TRANSLATE_NOOP("ReportWord", "Opt-out footer"),
    Word.ON: QT_TRANSLATE_NOOP("ReportWord", "on"),
    Word.OFF: QT_TRANSLATE_NOOP("ReportWord", "off"),
    Word.NOT_RECORDED: QT_TRANSLATE_NOOP("ReportWord", "not recorded (older campaign)"),
    Word.SHARED_IDS: QT_TRANSLATE_NOOP(
        "ReportWord", "Message ids the gateway gave to more than one recipient (anomaly)"),
    Word.REPLIES: QT_TRANSLATE_NOOP("ReportWord", "Replies received"),
    Word.OPT_OUTS: QT_TRANSLATE_NOOP("ReportWord", "Opt-outs by reply"),
    Word.REPLIES_SHEET: QT_TRANSLATE_NOOP("ReportWord", "Replies"),
    Word.RECEIVED: QT_TRANSLATE_NOOP("ReportWord", "Received"),
    Word.REPLY_TEXT: QT_TRANSLATE_NOOP("ReportWord", "Reply"),
    Word.OPT_OUT: QT_TRANSLATE_NOOP("ReportWord", "Opt-out"),
    Word.YES: QT_TRANSLATE_NOOP("ReportWord", "yes"),
    Word.NO: QT_TRANSLATE_NOOP("ReportWord", "no"),
    Word.SEND_TIME: QT_TRANSLATE_NOOP("ReportWord", "Send time"),
    Word.SEND_COLUMN: QT_TRANSLATE_NOOP("ReportWord", "Each row's send time, from column"),
    Word.FIRST_SEND: QT_TRANSLATE_NOOP("ReportWord", "First send time"),
    Word.LAST_SEND: QT_TRANSLATE_NOOP("ReportWord", "Last send time"),
    Word.SHIFT_BEFORE: QT_TRANSLATE_NOOP("ReportWord", "%1 before"),
    Word.SHIFT_AFTER: QT_TRANSLATE_NOOP("ReportWord", "%1 after"),
}

OUTCOMES: Mapping[Outcome, str] = {
    Outcome.DELIVERED_TO_HANDSET: QT_TRANSLATE_NOOP("Outcome", "Delivered to the phone"),
    Outcome.DELIVERED_TO_NETWORK: QT_TRANSLATE_NOOP("Outcome", "Delivered to the network"),
    Outcome.DELIVERY_ERROR: QT_TRANSLATE_NOOP("Outcome", "Delivery error"),
    Outcome.GENERAL_ERROR: QT_TRANSLATE_NOOP("Outcome", "General error"),
    Outcome.LENGTH_ERROR: QT_TRANSLATE_NOOP("Outcome", "Length error"),
    Outcome.REJECTED: QT_TRANSLATE_NOOP("Outcome", "Rejected by the gateway"),
    Outcome.UNCERTAIN: QT_TRANSLATE_NOOP("Outcome", "Uncertain (may have been sent)"),
    Outcome.NO_FINAL_STATUS: QT_TRANSLATE_NOOP("Outcome", "No final status"),
    Outcome.IN_PROGRESS: QT_TRANSLATE_NOOP("Outcome", "Pending or in progress"),
    Outcome.CANCELLED: QT_TRANSLATE_NOOP("Outcome", "Cancelled"),
}
register(Outcome, "Outcome", OUTCOMES)


def word(key: Enum, language: str) -> str:
    """The report's word for `key` (a `Word` or a member of a labelled enum) in `language`
    ("es" or "en"; anything else is English)."""
    translate = words_for(language)
    if isinstance(key, Word):
        return translate("ReportWord", WORDS[key])
    return label(key, translate)


def choose_language(setting: str = "", system: str | None = None) -> str:
    """"es" or "en": the setting when it names one, else the system locale's language.

    `system` is a locale name such as "es_CO.UTF-8" or Windows' "Spanish_Colombia"; by
    default the process's (LC_CTYPE, then the LANG family of variables).
    """
    if setting in LANGUAGES:
        return setting
    name = system if system is not None else system_locale_name()
    return "es" if name.lower().startswith(("es", "spanish")) else "en"


def system_locale_name() -> str:
    """The user's locale name without changing the process's locale (thread-safe)."""
    name = locale.getlocale(locale.LC_CTYPE)[0]
    if name and name not in ("C", "POSIX"):
        return name
    for variable in ("LC_ALL", "LC_NUMERIC", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value
    return ""
