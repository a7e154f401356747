"""Reading the gateway's XML answers into outcome types, safely.

Parsing uses defusedxml with DTDs forbidden: no response of this API has a DTD, so one is
hostile (an entity-expansion bomb, an external entity) and is refused as `MalformedResponse`.
Leading whitespace and a UTF-8 byte-order mark before `<?xml` are stripped: the
documentation's own sample starts with blank lines, which strict XML forbids, and stripping
them cannot change any element. Anything that does not have the documented shape is
`MalformedResponse`; the HTTP client decides what that means (a send is uncertain, a status
query is transient).
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from masiv_desktop.core.logs import redact
from masiv_desktop.gateway.codes import GatewayStatus
from masiv_desktop.gateway.outcomes import AcceptedPart, SendOutcome, SendResult, StatusReport

log = logging.getLogger(__name__)

DATE_FORMAT = "%m/%d/%Y %H:%M:%S"
"""The documentation's `MM/DD/YYYY hh:mm:ss`, with a 24-hour clock (its example: 10:00:00)."""

_BOM = b"\xef\xbb\xbf"
_ACCEPTED_TEXT_FIELDS = ("statusmessage", "recipient", "originator", "messagetype",
                         "messagedata")


_WS = r"[ \t\r\n]*"
_PLAIN_TEXT = "[^<>&\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]*"
_REPORT_FIELDS = ("statusmessage", "messageid", "originator", "recipient", "messagetype",
                  "messagedata")


def _report_pattern(field: str) -> str:
    return ("<acceptreport>" + _WS + "<statuscode>0</statuscode>" + _WS
            + "".join(f"<{tag}>{field}</{tag}>{_WS}" for tag in _REPORT_FIELDS)
            + "</acceptreport>")


_ACCEPTED_REPORT = re.compile(_report_pattern(f"({_PLAIN_TEXT})"))
_ACCEPTED_ANSWER = re.compile(
    _WS + '(?:<\\?xml version="1\\.0" encoding="(?:utf|UTF)-8" ?\\?>)?' + _WS
    + "<response>" + _WS + "<action>sendmessage</action>" + _WS + "<data>" + _WS
    + "(?:" + _report_pattern(_PLAIN_TEXT) + _WS + ")+" + "</data>" + _WS + "</response>" + _WS)
"""The documented all-accepted sendmessage answer and nothing else: element text without
markup, references or characters XML forbids, so no DTD or entity can hide in a match."""


class MalformedResponse(ValueError):
    """The body is not the documented XML: broken, hostile, HTML, or an unexpected shape."""


def parse_root(body: bytes) -> Element:
    """The `<response>` element of a body, or `MalformedResponse`."""
    body = body.lstrip()
    if body.startswith(_BOM):
        body = body[len(_BOM):].lstrip()
    try:
        root = fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise MalformedResponse(f"refused hostile XML ({type(exc).__name__})") from None
    except ParseError as exc:
        raise MalformedResponse(f"not well-formed XML ({exc})") from None
    if root.tag != "response":
        raise MalformedResponse(f"root element is <{root.tag[:40]}>, not <response>")
    return root


def _text(parent: Element, tag: str) -> str:
    child = parent.find(tag)
    return (child.text or "").strip() if child is not None else ""


def _integer(parent: Element, tag: str) -> int:
    text = _text(parent, tag)
    try:
        return int(text)
    except ValueError:
        raise MalformedResponse(f"<{tag}> is {text[:40]!r}, not an integer") from None


def _action_and_data(root: Element) -> tuple[str, Element]:
    data = root.find("data")
    if data is None:
        raise MalformedResponse("no <data> element")
    return _text(root, "action").lower(), data


def _error_fields(data: Element) -> tuple[int, str]:
    code = _integer(data, "errorcode")
    return code, redact(_text(data, "errormessage"))


def _accepted_part(report: Element) -> AcceptedPart:
    fields = {name: redact(_text(report, name)) for name in _ACCEPTED_TEXT_FIELDS}
    part = AcceptedPart(message_id=_text(report, "messageid"),
                        statuscode=_integer(report, "statuscode"), **fields)
    if part.statuscode == 0 and not part.message_id:
        raise MalformedResponse("an accepted <acceptreport> has no <messageid>")
    return part


def parse_send_response(body: bytes, http_status: int | None = None) -> SendOutcome:
    """A sendmessage answer as `ACCEPTED` or `REFUSED`, or `MalformedResponse`.

    Several acceptreports (one per 160-character block) all with statuscode 0 are one
    ACCEPTED outcome with one part each. If any block has a non-zero statuscode the outcome
    is REFUSED with the first such code and message, and `parts` keeps only the blocks the
    gateway did accept (statuscode 0): those will be delivered and billed, so the caller must
    poll their ids and must NOT send the message again, whatever the code's usual reaction.
    """
    fast = _accepted_fast(body, http_status)
    return fast if fast is not None else _parse_send_tree(parse_root(body), http_status)


def _parse_send_tree(root: Element, http_status: int | None) -> SendOutcome:
    action, data = _action_and_data(root)
    if action == "error":
        code, text = _error_fields(data)
        return SendOutcome(SendResult.REFUSED, error_code=code, error_text=text,
                           http_status=http_status)
    if action != "sendmessage":
        raise MalformedResponse(f"unexpected action {action[:40]!r} for a send")
    parts = [_accepted_part(report) for report in data.findall("acceptreport")]
    if not parts:
        raise MalformedResponse("a sendmessage answer without any <acceptreport>")
    accepted = tuple(p for p in parts if p.statuscode == 0)
    failed = [p for p in parts if p.statuscode != 0]
    if not failed:
        return SendOutcome(SendResult.ACCEPTED, parts=accepted, http_status=http_status)
    return SendOutcome(SendResult.REFUSED, parts=accepted, error_code=failed[0].statuscode,
                       error_text=failed[0].statusmessage, http_status=http_status)


def _accepted_fast(body: bytes, http_status: int | None) -> SendOutcome | None:
    """The common answer (every block accepted, the documented element order) read with
    one regular expression instead of an XML parser; None for anything else, which then
    goes through `parse_root` and its defused parser. Same result as that path."""
    try:
        text = body.lstrip().removeprefix(_BOM).decode("utf-8")
    except UnicodeDecodeError:
        return None
    if _ACCEPTED_ANSWER.fullmatch(text) is None:
        return None
    parts = []
    for match in _ACCEPTED_REPORT.finditer(text):
        status, message_id, originator, recipient, kind, data = (
            field.strip() for field in match.groups())
        if not message_id:
            return None
        parts.append(AcceptedPart(message_id=message_id, statuscode=0,
                                  statusmessage=redact(status), originator=redact(originator),
                                  recipient=redact(recipient), messagetype=redact(kind),
                                  messagedata=redact(data)))
    return SendOutcome(SendResult.ACCEPTED, parts=tuple(parts), http_status=http_status)


def parse_gateway_date(text: str) -> datetime | None:
    """`MM/DD/YYYY hh:mm:ss` (UTC, per the documentation) as an aware datetime, or None."""
    try:
        return datetime.strptime(text.strip(), DATE_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def _same_id(asked: str, answered: str) -> bool:
    if asked == answered:
        return True
    return asked.isdigit() and answered.isdigit() and int(asked) == int(answered)


def parse_status_response(body: bytes, message_id: str) -> StatusReport:
    """A getMessage answer for `message_id`, or `MalformedResponse`.

    An error answer becomes a report with `status` None and its `error_code`; whether that
    is transient is the client's decision. A missing or unreadable `<date>` is tolerated
    (status_time None): the status matters more than its time.
    """
    action, data = _action_and_data(parse_root(body))
    if action == "error":
        code, text = _error_fields(data)
        return StatusReport(message_id, None, error_code=code, error_text=text)
    if action != "getmessage":
        raise MalformedResponse(f"unexpected action {action[:40]!r} for a status query")
    answered = _text(data, "messageid")
    if answered and not _same_id(message_id, answered):
        raise MalformedResponse(f"asked for message {message_id}, got {answered[:40]!r}")
    code = _integer(data, "status")
    try:
        status = GatewayStatus(code)
    except ValueError:
        raise MalformedResponse(f"undocumented status {code}") from None
    date_text = _text(data, "date")
    status_time = parse_gateway_date(date_text)
    if status_time is None and date_text:
        log.warning("message %s: unreadable status date %r", message_id, date_text[:40])
    return StatusReport(message_id, status, status_time=status_time)
