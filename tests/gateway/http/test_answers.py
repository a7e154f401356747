"""The client's XML reading: the documentation's exact samples, then hostile and odd bodies."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from masiv_desktop.core.logs import register_secret
from masiv_desktop.gateway.codes import GatewayStatus
from masiv_desktop.gateway.http.answers import (
    MalformedResponse,
    _accepted_fast,
    _parse_send_tree,
    parse_gateway_date,
    parse_root,
    parse_send_response,
    parse_status_response,
)
from masiv_desktop.gateway.outcomes import SendOutcome, SendResult
from masiv_desktop.gateway.sandbox.server import xml_escape

# The documentation's samples, verbatim (its code fences joined by a newline).
DOC_SHORT_MESSAGE = b"""<?xml version="1.0" encoding="utf-8" ?>
<response>
<action>sendmessage</action>
<data>
<acceptreport>
<statuscode>0</statuscode>
<statusmessage>Message accepted for delivery</statusmessage>
<messageid>35245856</messageid>
<originator>3027</originator>
<recipient>573151234567</recipient>
<messagetype>SMS:TEXT</messagetype>

    <messagedata>HelloWorld</messagedata>
</acceptreport>
</data>
</response>

"""

DOC_LONG_MESSAGE = b"""
<?xml version="1.0" encoding="utf-8" ?>
<response>
  <action>sendmessage</action>
  <data>
    <acceptreport>
      <statuscode>0</statuscode>
      <statusmessage>Message accepted for delivery</statusmessage>
      <messageid>35245856</messageid>
      <originator>3027</originator>
      <recipient>573151234567</recipient>
      <messagetype>SMS:TEXT</messagetype>
      <messagedata>HelloWorld</messagedata>
    </acceptreport>

    <acceptreport>
      <statuscode>0</statuscode>
      <statusmessage>Message accepted for delivery</statusmessage>
      <messageid>35245856</messageid>
      <originator>3027</originator>
      <recipient>573151234567</recipient>
      <messagetype>SMS:TEXT</messagetype>
      <messagedata>HelloWorld</messagedata>
    </acceptreport>

  </data>
</response>

"""

DOC_ERROR = b"""<?xml version="1.0" encoding="UTF-8"?>
<response>
  <action>error</action>
  <data>
    <errorcode>1</errorcode>
    <errormessage>Invalid recipient.</errormessage>
  </data>
</response>
"""

DOC_GET_MESSAGE = b"""<?xml version="1.0" encoding="utf-8" ?>
<response>
  <action>getMessage</action>
  <data>
    <messageid>256875</messageid>
    <date>01/01/2013 17:25:30</date>
    <status>1</status>
  </data>
</response>
"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<response><action>error</action><data><errorcode>&lol9;</errorcode></data></response>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE response [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<response><action>error</action><data><errorcode>1</errorcode>
<errormessage>&xxe;</errormessage></data></response>
"""


def test_documented_short_message_is_one_accepted_part() -> None:
    outcome = parse_send_response(DOC_SHORT_MESSAGE, http_status=200)
    assert outcome.result is SendResult.ACCEPTED
    assert outcome.message_ids == ("35245856",)
    part = outcome.parts[0]
    assert (part.statuscode, part.statusmessage) == (0, "Message accepted for delivery")
    assert (part.originator, part.recipient) == ("3027", "573151234567")
    assert (part.messagetype, part.messagedata) == ("SMS:TEXT", "HelloWorld")
    assert outcome.http_status == 200


def test_documented_long_message_with_leading_blank_line_is_two_parts() -> None:
    outcome = parse_send_response(DOC_LONG_MESSAGE)
    assert outcome.result is SendResult.ACCEPTED
    assert outcome.message_ids == ("35245856", "35245856")
    assert all(p.messagedata == "HelloWorld" for p in outcome.parts)


def test_documented_error_is_refused_with_its_code() -> None:
    outcome = parse_send_response(DOC_ERROR)
    assert outcome.result is SendResult.REFUSED
    assert (outcome.error_code, outcome.error_text) == (1, "Invalid recipient.")
    assert outcome.parts == ()


def test_documented_get_message_is_a_utc_status() -> None:
    report = parse_status_response(DOC_GET_MESSAGE, "256875")
    assert report.status is GatewayStatus.SENDING
    assert report.status_time == datetime(2013, 1, 1, 17, 25, 30, tzinfo=UTC)
    assert report.error_code is None and not report.transient


@pytest.mark.parametrize("status", list(GatewayStatus))
def test_every_documented_status_is_read(status: GatewayStatus) -> None:
    body = DOC_GET_MESSAGE.replace(b"<status>1<", f"<status>{int(status)}<".encode())
    assert parse_status_response(body, "256875").status is status


def test_get_message_error_2000_is_a_report_without_status() -> None:
    body = DOC_ERROR.replace(b">1<", b">2000<").replace(b"Invalid recipient.", b"Invalid ID")
    report = parse_status_response(body, "99")
    assert (report.status, report.error_code, report.error_text) == (None, 2000, "Invalid ID")


def test_a_non_zero_statuscode_refuses_but_keeps_the_accepted_blocks() -> None:
    first, second = DOC_LONG_MESSAGE.split(b"</acceptreport>", 1)
    first = first.replace(b"35245856", b"1")
    second = second.replace(b"<statuscode>0<", b"<statuscode>1159<").replace(
        b"Message accepted for delivery", b"Insufficient credits")
    outcome = parse_send_response(first + b"</acceptreport>" + second)
    assert outcome.result is SendResult.REFUSED
    assert (outcome.error_code, outcome.error_text) == (1159, "Insufficient credits")
    assert outcome.message_ids == ("1",)


def test_byte_order_mark_and_surrounding_whitespace_are_tolerated() -> None:
    outcome = parse_send_response(b"\r\n \xef\xbb\xbf" + DOC_SHORT_MESSAGE + b"\n\n")
    assert outcome.message_ids == ("35245856",)


def test_unknown_error_code_is_kept_as_is() -> None:
    outcome = parse_send_response(DOC_ERROR.replace(b">1<", b">4242<"))
    assert (outcome.result, outcome.error_code) == (SendResult.REFUSED, 4242)


@pytest.mark.parametrize("body", [
    BILLION_LAUGHS,
    EXTERNAL_ENTITY,
    b"<html><body><h1>Service Unavailable</h1></body></html>",
    b"<!DOCTYPE html><html><head><title>Error</title></head><body>oops<br></body></html>",
    DOC_SHORT_MESSAGE[:200],
    b"",
    b"OK",
    b"<response><action>sendmessage</action></response>",
    b"<response><action>sendmessage</action><data></data></response>",
    b"<response><action>getMessage</action><data/></response>",
    b"<response><action>error</action><data><errorcode>x</errorcode></data></response>",
    DOC_SHORT_MESSAGE.replace(b"<messageid>35245856</messageid>", b""),
    DOC_SHORT_MESSAGE.replace(b"<statuscode>0</statuscode>", b"<statuscode></statuscode>"),
    DOC_SHORT_MESSAGE.replace(b"<response>", b"<reply>").replace(b"</response>", b"</reply>"),
], ids=["bomb", "external-entity", "html", "html5", "truncated", "empty", "text",
        "no-data", "no-acceptreport", "wrong-action", "bad-errorcode", "no-messageid",
        "empty-statuscode", "wrong-root"])
def test_a_body_that_is_not_a_send_answer_is_malformed(body: bytes) -> None:
    with pytest.raises(MalformedResponse):
        parse_send_response(body)


@pytest.mark.parametrize("body", [
    BILLION_LAUGHS,
    DOC_GET_MESSAGE.replace(b"<status>1</status>", b"<status>7</status>"),
    DOC_GET_MESSAGE.replace(b"<status>1</status>", b""),
    DOC_GET_MESSAGE.replace(b"256875", b"111111"),
    DOC_SHORT_MESSAGE,
    DOC_GET_MESSAGE[:120],
], ids=["bomb", "status-7", "no-status", "other-id", "send-answer", "truncated"])
def test_a_body_that_is_not_a_status_answer_is_malformed(body: bytes) -> None:
    with pytest.raises(MalformedResponse):
        parse_status_response(body, "256875")


def test_an_unreadable_date_keeps_the_status() -> None:
    body = DOC_GET_MESSAGE.replace(b"01/01/2013 17:25:30", b"2013-01-01T17:25:30")
    report = parse_status_response(body, "256875")
    assert report.status is GatewayStatus.SENDING and report.status_time is None


def test_ids_with_leading_zeros_are_the_same_message() -> None:
    assert parse_status_response(DOC_GET_MESSAGE, "0256875").status is GatewayStatus.SENDING


def test_gateway_dates_are_24_hour_utc() -> None:
    assert parse_gateway_date("02/28/2013 23:59:59") == datetime(2013, 2, 28, 23, 59, 59,
                                                                  tzinfo=UTC)
    assert parse_gateway_date("13/01/2013 00:00:00") is None


# The all-accepted answer has a fast path (a regular expression, no XML parser): it must
# be taken for the documented shapes and agree with the defused parser on everything else.

def _through_parser(body: bytes) -> SendOutcome | type[MalformedResponse]:
    try:
        return _parse_send_tree(parse_root(body), None)
    except MalformedResponse:
        return MalformedResponse


def _through_client(body: bytes) -> SendOutcome | type[MalformedResponse]:
    try:
        return parse_send_response(body)
    except MalformedResponse:
        return MalformedResponse


@pytest.mark.parametrize("body", [DOC_SHORT_MESSAGE, DOC_LONG_MESSAGE,
                                  DOC_SHORT_MESSAGE.replace(b"\n", b"\r\n")],
                         ids=["short", "long", "crlf"])
def test_documented_accepted_answers_take_the_fast_path(body: bytes) -> None:
    assert _accepted_fast(body, None) == _through_parser(body)


def test_a_doctype_before_an_accepted_answer_is_still_refused() -> None:
    body = DOC_SHORT_MESSAGE.replace(b"<response>", b'<!DOCTYPE response [<!ENTITY a "b">]>'
                                     b"<response>", 1)
    with pytest.raises(MalformedResponse):
        parse_send_response(body)


def test_the_fast_path_redacts_registered_secrets() -> None:
    register_secret("fast-path-secret-9")
    body = DOC_SHORT_MESSAGE.replace(b"HelloWorld", b"pw fast-path-secret-9 password=abc")
    assert _accepted_fast(body, None) is not None
    assert parse_send_response(body).parts[0].messagedata == "pw *** password=***"


_FIELDS = (b"Message accepted for delivery", b"35245856", b"3027", b"573151234567",
           b"SMS:TEXT", b"HelloWorld")


@given(st.lists(st.tuples(st.integers(0, len(_FIELDS) - 1), st.text(max_size=12),
                          st.booleans()), max_size=4),
       st.sampled_from([b"", b'<?xml version="1.0" encoding="utf-8" ?>',
                        b"<?xml version='1.0'?>", b'<?xml version="1.0" encoding="latin-1"?>']))
def test_the_fast_path_agrees_with_the_parser(edits: list[tuple[int, str, bool]],
                                              declaration: bytes) -> None:
    body = DOC_LONG_MESSAGE.replace(b'<?xml version="1.0" encoding="utf-8" ?>', declaration)
    for field, text, escaped in edits:
        raw = (xml_escape(text) if escaped else text).encode("utf-8")
        body = body.replace(_FIELDS[field], raw, 1)
    assert _through_client(body) == _through_parser(body)
