"""Why a campaign paused, stopped or waits, and what the engine tells its watchers: data, not
prose. Qt-free.

A `Reason` is a kind plus arguments (`Reason(ReasonKind.GATEWAY_ERROR, {"code": 1157})`). The
store keeps the kind and the arguments as JSON; events carry the `Reason` itself; each front
end words it when it shows it (`describe`): the GUI through Qt's translations, the CLI and the
reports through `core.words`. Nothing parses a sentence back.

A reason stored by an older version as an English sentence is read back as `ReasonKind.TEXT`
when it is not one the program can recognise (`from_legacy_text`). A recipient's problem is a
`Reason` too (`recipient.error_reason`, store migration 10), beside the gateway's own words in
`error_text` (`recipient_problem` words both).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from masiv_desktop.core.words import QT_TRANSLATE_NOOP, Translate, english, fill
from masiv_desktop.gateway.codes import Reaction, error_info


class ReasonKind(StrEnum):
    """Stored values: never rename one."""

    PAUSED_BY_USER = "paused_by_user"
    PAUSED_FROM_COMMAND_LINE = "paused_from_command_line"
    """Ctrl-C in `masiv send` / `masiv resume`."""
    PAUSED_ON_CLOSE = "paused_on_close"
    """The desktop program was closed during a send; the campaign resumes at its next start."""
    GATEWAY_UNREACHABLE = "gateway_unreachable"
    GATEWAY_ERROR = "gateway_error"
    """args: code (the gateway's error code)."""
    SETTING_REFUSED = "setting_refused"
    """A request the client refused to send because of a setting; args: setting, problem."""
    WAITING_WINDOW = "waiting_window"
    """Outside the contact hours; args: opening (ISO 8601, UTC), zone (the recipients')."""
    WINDOW_OPENED = "window_opened"
    PAUSED_AFTER_FAILURE = "paused_after_failure"
    """The engine failed (a defect, a full disk…) and left the campaign paused."""
    ENGINE_FAILED = "engine_failed"
    """Notice: sending stopped because of an internal error; details in the log."""
    DISK_FULL = "disk_full"
    """The store could not be written because the disk is full; the campaign is paused."""
    STORE_READ_ONLY = "store_read_only"
    """The store could not be written (read-only file or folder); the campaign is paused."""
    TEAM_STORE_UNREACHABLE = "team_store_unreachable"
    """The team's PostgreSQL store stopped answering; the campaign is paused."""
    RECOVERED_UNCERTAIN = "recovered_uncertain"
    """Notice; args: count (recipients being sent when the program stopped)."""
    SLOWING_DOWN = "slowing_down"
    """Notice; args: rate (messages per second after slowing down)."""
    POLLING_STOPPED = "polling_stopped"
    """Notice: the gateway refused the account while asking statuses; args: code."""
    GATEWAY_NOT_ANSWERING = "gateway_not_answering"
    """Notice, at the first connect failure of a run: the engine retries before pausing."""
    GATEWAY_ANSWERING_AGAIN = "gateway_answering_again"
    """Notice: the gateway answered after `GATEWAY_NOT_ANSWERING`; that notice is over."""
    PARTLY_ACCEPTED = "partly_accepted"
    """A recipient's long message was accepted in part; args: parts (how many were)."""
    INTERRUPTED_WHILE_SENDING = "interrupted_while_sending"
    """A recipient's problem: the program stopped while its request may have gone out."""
    INTERNAL_SEND_ERROR = "internal_send_error"
    """A recipient's problem: sending it failed inside the program; args: error (its type)."""
    SEND_TIME_PASSED = "send_time_passed"
    """A recipient's problem: its own send time passed before it could be handed to the
    gateway (the campaign was paused); it was not sent rather than sent late."""
    TEXT = "text"
    """A sentence stored by an older version, shown as it is; args: text."""


@dataclass(frozen=True)
class Reason:
    kind: ReasonKind
    args: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        """The stored form of `args` (keys sorted: the same reason is the same text)."""
        return json.dumps(dict(self.args), sort_keys=True, ensure_ascii=False)

    @classmethod
    def stored(cls, code: str, args: str) -> Reason | None:
        """The reason a row holds (`code`, `args` JSON); None for no reason. A code this
        version does not know (written by a newer one) is shown through its text, if any."""
        if not code:
            return None
        values = json.loads(args or "{}")
        try:
            return cls(ReasonKind(code), values)
        except ValueError:
            return cls(ReasonKind.TEXT, {"text": values.get("text", code)})

    def __str__(self) -> str:
        return describe(self)


TimeFormat = Callable[[datetime], str]


def _plain_time(moment: datetime) -> str:
    """'Sat 2026-11-28 08:00 (America/Bogota)', as the CLI has always said it."""
    return f"{moment:%a %Y-%m-%d %H:%M} ({getattr(moment.tzinfo, 'key', moment.tzinfo)})"


_TEXTS: dict[ReasonKind, str] = {
    ReasonKind.PAUSED_BY_USER: QT_TRANSLATE_NOOP("Reason", "Paused by you."),
    ReasonKind.PAUSED_FROM_COMMAND_LINE: QT_TRANSLATE_NOOP("Reason", "Paused with Ctrl-C."),
    ReasonKind.PAUSED_ON_CLOSE: QT_TRANSLATE_NOOP(
        "Reason", "Paused because Masiv Desktop was closed; it continues when the program "
        "starts."),
    ReasonKind.GATEWAY_UNREACHABLE: QT_TRANSLATE_NOOP(
        "Reason", "The gateway cannot be reached (no connection). Check the internet "
        "connection and the gateway address, then resume."),
    ReasonKind.SETTING_REFUSED: QT_TRANSLATE_NOOP(
        "Reason", "The setting %1 cannot be sent to the gateway: %2 Fix it in the settings, "
        "then resume."),
    ReasonKind.WAITING_WINDOW: QT_TRANSLATE_NOOP(
        "Reason", "Waiting for the next allowed window (Ley 2300 contact hours): sending "
        "resumes by itself at %1."),
    ReasonKind.WINDOW_OPENED: QT_TRANSLATE_NOOP(
        "Reason", "The contact window opened: sending resumed."),
    ReasonKind.PAUSED_AFTER_FAILURE: QT_TRANSLATE_NOOP(
        "Reason", "Paused after an internal error; resume to continue."),
    ReasonKind.ENGINE_FAILED: QT_TRANSLATE_NOOP(
        "Reason", "Sending stopped because of an internal error; details are in the log. "
        "Resume to continue."),
    ReasonKind.DISK_FULL: QT_TRANSLATE_NOOP(
        "Reason", "The disk is full: free some space and press Resume."),
    ReasonKind.STORE_READ_ONLY: QT_TRANSLATE_NOOP(
        "Reason", "The program's data file cannot be written (it is read-only): make it "
        "writable and press Resume."),
    ReasonKind.TEAM_STORE_UNREACHABLE: QT_TRANSLATE_NOOP(
        "Reason", "The team store stopped answering: check the network and that its server "
        "is running, then press Resume. Messages being sent then are marked uncertain."),
    ReasonKind.RECOVERED_UNCERTAIN: QT_TRANSLATE_NOOP(
        "Reason", "%Ln recipient(s) were being sent when the program stopped: they are marked "
        "uncertain (they may have received the message) and are not sent again unless you "
        "choose to.", "", 0),
    ReasonKind.SLOWING_DOWN: QT_TRANSLATE_NOOP(
        "Reason", "The gateway asked to slow down; sending at about %1 per second for a "
        "while."),
    ReasonKind.POLLING_STOPPED: QT_TRANSLATE_NOOP(
        "Reason", "Status polling stopped: the gateway refused the account (error %1). Check "
        "the account, then poll again."),
    ReasonKind.GATEWAY_NOT_ANSWERING: QT_TRANSLATE_NOOP(
        "Reason", "The gateway is not answering (no connection). Retrying; if it still does "
        "not answer, the campaign pauses. Nothing is lost."),
    ReasonKind.GATEWAY_ANSWERING_AGAIN: QT_TRANSLATE_NOOP(
        "Reason", "The gateway answers again; sending continues."),
    ReasonKind.PARTLY_ACCEPTED: QT_TRANSLATE_NOOP(
        "Reason", "Only %Ln part(s) of the message were accepted.", "", 0),
    ReasonKind.INTERRUPTED_WHILE_SENDING: QT_TRANSLATE_NOOP(
        "Reason", "The program stopped while this message was being sent; it may have gone "
        "out."),
    ReasonKind.INTERNAL_SEND_ERROR: QT_TRANSLATE_NOOP(
        "Reason", "Internal error while sending (%1); the message may have gone out."),
    ReasonKind.SEND_TIME_PASSED: QT_TRANSLATE_NOOP(
        "Reason", "Its send time passed before it could be handed to the gateway (the "
        "campaign was paused or stopped); it was not sent, rather than arrive late."),
}

_GATEWAY_ERRORS: dict[Reaction, str] = {
    Reaction.STOP_ACCOUNT: QT_TRANSLATE_NOOP(
        "Reason", "The gateway refused the account (error %1, \"%2\"). Check the user name and "
        "password in the settings, then resume."),
    Reaction.PAUSE_CREDITS: QT_TRANSLATE_NOOP(
        "Reason", "The account has no credits left (error %1, \"%2\"). Top it up, then resume."),
    Reaction.STOP_DEFECT: QT_TRANSLATE_NOOP(
        "Reason", "The gateway answered error %1 (\"%2\"): a defect of Masiv Desktop, written to "
        "the log. Please report it with the log file."),
}
_OTHER_GATEWAY_ERROR = QT_TRANSLATE_NOOP(
    "Reason", "The gateway answered error %1 (\"%2\") and sending stopped.")


def describe(reason: Reason, translate: Translate = english,
             time_format: TimeFormat = _plain_time) -> str:
    """`reason` in the language of `translate` (English by default: the CLI and the logs);
    `time_format` writes a moment already in the recipients' zone (the GUI passes QLocale's).
    A count goes through a `%Ln` plural string, grouped as the language writes it (Qt's
    translate by the locale, `words_for` by the language)."""
    args = reason.args
    if reason.kind is ReasonKind.TEXT:
        return str(args.get("text", ""))
    if reason.kind is ReasonKind.GATEWAY_ERROR:
        return _gateway_error(int(args.get("code", 0)), translate)
    counted = {ReasonKind.RECOVERED_UNCERTAIN: "count", ReasonKind.PARTLY_ACCEPTED: "parts"}
    if reason.kind in counted:
        return translate("Reason", _TEXTS[reason.kind], None,
                         int(args.get(counted[reason.kind], 0)))
    text = translate("Reason", _TEXTS[reason.kind])
    if reason.kind is ReasonKind.WAITING_WINDOW:
        return fill(text, time_format(_opening(args)))
    if reason.kind is ReasonKind.SETTING_REFUSED:
        return fill(text, args.get("setting", ""), args.get("problem", ""))
    if reason.kind is ReasonKind.SLOWING_DOWN:
        return fill(text, f"{float(args.get('rate', 0)):.0f}")
    if reason.kind is ReasonKind.POLLING_STOPPED:
        return fill(text, args.get("code", ""))
    if reason.kind is ReasonKind.INTERNAL_SEND_ERROR:
        return fill(text, args.get("error", ""))
    return text


def recipient_problem(reason: Reason | None, text: str | None,
                      translate: Translate = english) -> str:
    """What went wrong with one recipient, in the language of `translate`: the program's
    reason (`describe`) and the gateway's own words after it, either of them alone, or ""."""
    if reason is None:
        return text or ""
    worded = describe(reason, translate)
    return f"{worded}: {text}" if text else worded


def _gateway_error(code: int, translate: Translate) -> str:
    info = error_info(code)
    text = _GATEWAY_ERRORS.get(info.reaction, _OTHER_GATEWAY_ERROR)
    return fill(translate("Reason", text), code, info.message.rstrip(".: "))


def _opening(args: Mapping[str, Any]) -> datetime:
    moment = datetime.fromisoformat(str(args["opening"])).astimezone(UTC)
    return moment.astimezone(ZoneInfo(str(args.get("zone") or "UTC")))


def waiting_window(opening: datetime, zone: str) -> Reason:
    """The reason of a campaign waiting for the contact hours to open at `opening`."""
    return Reason(ReasonKind.WAITING_WINDOW,
                  {"opening": opening.astimezone(UTC).isoformat(), "zone": zone})


_LEGACY: dict[str, ReasonKind] = {
    "Paused by the user.": ReasonKind.PAUSED_BY_USER,
    "Paused with Ctrl-C.": ReasonKind.PAUSED_FROM_COMMAND_LINE,
    "Paused because Masiv Desktop was closed; it continues when the program starts.":
        ReasonKind.PAUSED_ON_CLOSE,
    "The gateway cannot be reached (no connection). Check the internet connection and the "
    "gateway address, then resume.": ReasonKind.GATEWAY_UNREACHABLE,
    "Paused after an internal error; resume to continue.": ReasonKind.PAUSED_AFTER_FAILURE,
}


def from_legacy_text(text: str) -> Reason | None:
    """A reason stored as an English sentence by an older version (store migration 8)."""
    if not text:
        return None
    kind = _LEGACY.get(text)
    if kind is not None:
        return Reason(kind)
    if text.startswith("The gateway answered error "):
        code = text.removeprefix("The gateway answered error ").split(":")[0]
        if code.isdigit():
            return Reason(ReasonKind.GATEWAY_ERROR, {"code": int(code)})
    return Reason(ReasonKind.TEXT, {"text": text})
