"""The sandbox gateway over real HTTP on 127.0.0.1: paths, methods, documented answers."""

from __future__ import annotations

import contextlib
import socket
import time

import pytest
import requests

from masiv_desktop.gateway.codes import ERRORS
from masiv_desktop.gateway.sandbox.server import SandboxGateway, xml_escape
from masiv_desktop.gateway.sandbox.state import FakeClock
from tests.helpers.sandbox import (
    LOGIN,
    REPORT,
    SEND,
    V3_REPORT,
    V3_SEND,
    call,
    error_code,
    get_message,
    message_ids,
    send,
    xml,
)

EXPECTED_SEND = (
    '<?xml version="1.0" encoding="utf-8" ?>\r\n'
    "<response>\r\n"
    "  <action>sendmessage</action>\r\n"
    "  <data>\r\n"
    "    <acceptreport>\r\n"
    "      <statuscode>0</statuscode>\r\n"
    "      <statusmessage>Message accepted for delivery</statusmessage>\r\n"
    "      <messageid>1700000000000</messageid>\r\n"
    "      <originator>3027</originator>\r\n"
    "      <recipient>573151234567</recipient>\r\n"
    "      <messagetype>SMS:TEXT</messagetype>\r\n"
    "      <messagedata>Hola &lt;Ana&gt; &amp; cía</messagedata>\r\n"
    "    </acceptreport>\r\n"
    "  </data>\r\n"
    "</response>\r\n"
)

EXPECTED_STATUS = (
    '<?xml version="1.0" encoding="utf-8" ?>\r\n'
    "<response>\r\n"
    "  <action>getMessage</action>\r\n"
    "  <data>\r\n"
    "    <messageid>1700000000000</messageid>\r\n"
    "    <date>11/14/2023 22:13:20</date>\r\n"
    "    <status>0</status>\r\n"
    "  </data>\r\n"
    "</response>\r\n"
)

EXPECTED_ERROR = (
    '<?xml version="1.0" encoding="UTF-8"?>\r\n'
    "<response>\r\n"
    "  <action>error</action>\r\n"
    "  <data>\r\n"
    "    <errorcode>1</errorcode>\r\n"
    "    <errormessage>Invalid recipient.</errormessage>\r\n"
    "  </data>\r\n"
    "</response>\r\n"
)


def test_answers_are_byte_for_byte_the_documented_shapes(
        sandbox_with_clock: SandboxGateway) -> None:
    base = sandbox_with_clock.base_url
    params = {"action": "sendmessage", **LOGIN, "recipient": "573151234567",
              "messagedata": "Hola <Ana> & cía"}
    sent = call(base, SEND, params)
    assert sent.content == EXPECTED_SEND.encode("utf-8")
    assert sent.headers["Content-Length"] == str(len(sent.content))
    status = call(base, REPORT, {"action": "getMessage", **LOGIN, "messageId": "1700000000000"})
    assert status.content == EXPECTED_STATUS.encode("utf-8")
    refused = call(base, SEND, {**params, "recipient": "12"})
    assert refused.content == EXPECTED_ERROR.encode("utf-8")


@pytest.mark.parametrize(("send_path", "report_path"), [(SEND, REPORT), (V3_SEND, V3_REPORT)])
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_every_documented_path_by_get_and_post(sandbox: SandboxGateway, send_path: str,
                                               report_path: str, method: str) -> None:
    root = send(sandbox.base_url, method=method, path=send_path, originator="33535")
    report = root.find("data/acceptreport")
    assert report is not None
    assert report.findtext("statuscode") == "0"
    assert report.findtext("originator") == "33535"
    assert report.findtext("recipient") == "573151234567"
    assert report.findtext("messagetype") == "SMS:TEXT"
    assert report.findtext("messagedata") == "HelloWorld"
    [message_id] = message_ids(root)
    status = get_message(sandbox.base_url, message_id, method=method, path=report_path)
    assert status.findtext("action") == "getMessage"
    assert status.findtext("data/messageid") == message_id
    assert status.findtext("data/status") == "0"


def test_paths_and_parameter_names_ignore_case(sandbox: SandboxGateway) -> None:
    params = {"ACTION": "Sendmessage", "UserName": "demo", "PASSWORD": "demo",
              "Recipient": "573151234567", "MessageData": "Hola", "LONGMESSAGE": "TRUE"}
    root = xml(call(sandbox.base_url, "/smshandlers/SENDHANDLER.ASHX", params, "POST"))
    [message_id] = message_ids(root)
    lower = {"action": "getmessage", **LOGIN, "messageid": message_id}
    assert xml(call(sandbox.base_url, REPORT, lower)).findtext("data/messageid") == message_id
    both = {**lower, "MessageID": message_id}
    assert error_code(xml(call(sandbox.base_url, REPORT, both))) == 2000, "ASP.NET joins repeats"
    assert sandbox.sent()[0].long_message is True


def test_utf8_form_post_round_trips_accents_and_emoji(sandbox: SandboxGateway) -> None:
    text = "Señora Núñez: ¡50% dto! \"café\" 'ya' 😀"
    root = send(sandbox.base_url, text=text, method="POST")
    assert root.findtext("data/acceptreport/messagedata") == text
    assert sandbox.sent()[0].messagedata == text


def test_query_parameter_wins_over_form_and_repeats_join_with_commas(
        sandbox: SandboxGateway) -> None:
    answer = requests.post(
        sandbox.base_url + SEND + "?action=sendmessage&recipient=573151234567",
        data={**LOGIN, "messagedata": "a", "originator": "x"}, timeout=5)
    assert error_code(xml(answer)) is None
    repeated = call(sandbox.base_url, SEND + "?originator=A&originator=B",
                    {"action": "sendmessage", **LOGIN, "recipient": "573151234567",
                     "messagedata": "b"})
    assert xml(repeated).findtext("data/acceptreport/originator") == "A,B"


@pytest.mark.parametrize("missing", ["username", "password", "recipient", "messagedata"])
def test_a_missing_mandatory_parameter_is_1164(sandbox: SandboxGateway, missing: str) -> None:
    params = {"action": "sendmessage", **LOGIN, "recipient": "573151234567",
              "messagedata": "Hola"}
    del params[missing]
    assert error_code(xml(call(sandbox.base_url, SEND, params))) == 1164
    assert error_code(xml(call(sandbox.base_url, SEND, {**params, missing: ""}))) == 1164
    assert sandbox.sent() == []


@pytest.mark.parametrize("params", [
    {}, {"action": ""}, {"action": "sendsms"}, {"action": "getMessage"}])
def test_no_or_unknown_action_is_1158(sandbox: SandboxGateway, params: dict[str, str]) -> None:
    root = xml(call(sandbox.base_url, SEND, {**LOGIN, **params}))
    assert error_code(root) == 1158
    assert root.findtext("data/errormessage") == ERRORS[1158].message
    assert error_code(xml(call(sandbox.base_url, REPORT, {"action": "sendmessage"}))) == 1158


def test_getmessage_errors(sandbox: SandboxGateway) -> None:
    base = sandbox.base_url
    assert error_code(xml(call(base, REPORT, {"action": "getMessage", **LOGIN}))) == 1164
    assert error_code(get_message(base, "99")) == 2000
    assert error_code(get_message(base, "abc")) == 2000
    assert error_code(get_message(base, "1", password="nope")) == 1157
    [message_id] = message_ids(send(base))
    sandbox.add_user("other", "pw")
    assert error_code(get_message(base, message_id, username="other", password="pw")) == 2000


def test_bad_credentials_1157_and_user_without_package_1156(sandbox: SandboxGateway) -> None:
    assert error_code(send(sandbox.base_url, password="wrong")) == 1157
    assert error_code(send(sandbox.base_url, username="nobody")) == 1157
    sandbox.add_user("nopkg", "pw", has_package=False)
    root = send(sandbox.base_url, username="nopkg", password="pw")
    assert error_code(root) == 1156
    assert root.findtext("data/errormessage") == "Default Package not associated with user"
    assert sandbox.sent() == []


@pytest.mark.parametrize("recipient", [
    "1234567", "5731512345678901", "+573151234567", "57315 1234567", "57315123456a",
    "５７３１５１２３４５６７"])
def test_invalid_recipient_is_error_1(sandbox: SandboxGateway, recipient: str) -> None:
    assert error_code(send(sandbox.base_url, recipient=recipient)) == 1


def test_over_160_characters_needs_long_message(sandbox: SandboxGateway) -> None:
    assert error_code(send(sandbox.base_url, text="x" * 160)) is None
    root = send(sandbox.base_url, text="x" * 161)
    assert error_code(root) == 1160
    assert root.findtext("data/errormessage") == "Message is too long"
    assert error_code(send(sandbox.base_url, text="x" * 161, longMessage="false")) == 1160


def test_long_message_gets_one_acceptreport_and_id_per_160_block(
        sandbox: SandboxGateway) -> None:
    text = "".join(str(i % 10) for i in range(400))
    root = send(sandbox.base_url, text=text, longMessage="true")
    blocks = [r.findtext("messagedata") for r in root.iter("acceptreport")]
    assert blocks == [text[:160], text[160:320], text[320:]]
    ids = message_ids(root)
    assert len(set(ids)) == 3
    assert all(i.isdigit() for i in ids)
    assert [int(i) for i in ids] == sorted(int(i) for i in ids)
    [record] = sandbox.sent()
    assert record.messageids == tuple(ids)
    assert record.messagedata == text
    assert sandbox.credits("demo") == 1_000_000 - 3


def test_ids_keep_increasing_across_requests(sandbox: SandboxGateway) -> None:
    ids = [int(i) for _ in range(5) for i in message_ids(send(sandbox.base_url))]
    assert ids == sorted(ids)
    assert len(set(ids)) == 5


def test_credits_run_down_per_part_then_1159(sandbox: SandboxGateway) -> None:
    sandbox.set_credits("demo", 3)
    assert error_code(send(sandbox.base_url, text="y" * 200, longMessage="true")) is None
    assert sandbox.credits("demo") == 1
    root = send(sandbox.base_url, text="y" * 200, longMessage="true")
    assert error_code(root) == 1159
    assert sandbox.credits("demo") == 1
    assert error_code(send(sandbox.base_url)) is None
    assert error_code(send(sandbox.base_url)) == 1159
    assert sandbox.credits("demo") == 0
    assert len(sandbox.sent()) == 2


def test_sent_log_as_json(sandbox: SandboxGateway) -> None:
    send(sandbox.base_url, text="one", originator="MASIV")
    send(sandbox.base_url, recipient="573009876543", text="two",
         sendondate="12/24/2030 10:00:00")
    send(sandbox.base_url, recipient="12")
    answer = requests.get(sandbox.base_url + "/sandbox/sent", timeout=5)
    assert answer.headers["Content-Type"] == "application/json; charset=utf-8"
    records = answer.json()
    assert [r["messagedata"] for r in records] == ["one", "two"]
    first, second = records
    assert first["recipient"] == "573151234567"
    assert first["originator"] == "MASIV"
    assert first["sendondate"] is None
    assert first["username"] == "demo"
    assert first["longMessage"] is False
    assert second["sendondate"] == "12/24/2030 10:00:00"
    assert second["received_at"].endswith("+00:00")
    assert [len(r["messageids"]) for r in records] == [1, 1]
    assert [tuple(r["messageids"]) for r in records] == [s.messageids for s in sandbox.sent()]


def test_unknown_path_is_404_and_other_methods_501(sandbox: SandboxGateway) -> None:
    assert requests.get(sandbox.base_url + "/nothing.ashx", timeout=5).status_code == 404
    assert requests.put(sandbox.base_url + SEND, timeout=5).status_code == 501
    too_big = requests.post(sandbox.base_url + SEND, data=b"x" * (1024 * 1024 + 1), timeout=5)
    assert too_big.status_code == 413
    assert error_code(send(sandbox.base_url)) is None


def test_xml_escape_replaces_characters_xml_forbids() -> None:
    assert xml_escape("a\x00b\x1fc\td") == "a\ufffdb\ufffdc\td"
    assert xml_escape("<'\">&") == "&lt;&apos;&quot;&gt;&amp;"


def test_ids_of_a_restarted_sandbox_do_not_reuse_old_ones(fake_clock: FakeClock) -> None:
    with SandboxGateway(clock=fake_clock) as first:
        old = int(message_ids(send(first.base_url))[0])
    fake_clock.advance(1)
    with SandboxGateway(clock=fake_clock) as second:
        assert int(message_ids(send(second.base_url))[0]) > old


def test_blocks_count_utf16_units_as_the_aspnet_gateway_does() -> None:
    from masiv_desktop.gateway.sandbox.state import split_blocks, utf16_length

    text = "a" * 159 + "😀" + "b"
    assert utf16_length(text) == 162
    blocks = split_blocks(text)
    assert blocks == ["a" * 159, "😀b"]
    assert "".join(blocks) == text
    assert split_blocks("") == [""]
    assert split_blocks("x" * 320) == ["x" * 160, "x" * 160]


# --- hostile clients: raw sockets ---------------------------------------------------------

def _port(gateway: SandboxGateway) -> int:
    return int(gateway.base_url.rsplit(":", 1)[1])


def _exchange(gateway: SandboxGateway, request: bytes, wait: float = 5.0) -> bytes:
    """Send `request` (all of it, whatever the server does meanwhile) and read the answer
    until the server closes the connection."""
    with socket.create_connection(("127.0.0.1", _port(gateway)), timeout=wait) as conn:
        with contextlib.suppress(OSError):
            conn.sendall(request)
        answer = b""
        with contextlib.suppress(OSError):
            while chunk := conn.recv(65536):
                answer += chunk
        return answer


def _status(answer: bytes) -> int:
    assert answer.startswith(b"HTTP/1.1 "), answer[:80]
    return int(answer.split(b" ")[1])


def test_a_declared_10_gb_body_is_refused_at_once_with_413(sandbox: SandboxGateway) -> None:
    request = (f"POST {SEND} HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000000\r\n\r\n"
               "action=sendmessage").encode()
    started = time.monotonic()
    answer = _exchange(sandbox, request)
    assert _status(answer) == 413
    assert time.monotonic() - started < 3
    assert sandbox.sent() == []


def test_a_request_line_over_the_limit_is_answered_414(sandbox: SandboxGateway) -> None:
    request = f"GET {SEND}?x={'a' * 70_000} HTTP/1.1\r\nHost: x\r\n\r\n".encode()
    assert _status(_exchange(sandbox, request)) == 414


@pytest.mark.parametrize("headers", [
    "X-Long: " + "a" * 70_000 + "\r\n",
    "".join(f"X-{n}: a\r\n" for n in range(150)),
], ids=["one-long-header", "too-many-headers"])
def test_headers_over_the_limit_are_answered_431(sandbox: SandboxGateway, headers: str) -> None:
    request = f"GET {SEND} HTTP/1.1\r\nHost: x\r\n{headers}\r\n".encode()
    assert _status(_exchange(sandbox, request)) == 431


def test_the_server_keeps_serving_after_hostile_requests(sandbox: SandboxGateway) -> None:
    _exchange(sandbox, f"GET /{'a' * 70_000} HTTP/1.1\r\n\r\n".encode())
    assert error_code(send(sandbox.base_url)) is None


@pytest.mark.parametrize("request_bytes", [
    b"",
    b"GET /SmsHandlers/sendhandler.ashx HTTP/1.1\r\nHost:",
    b"POST /SmsHandlers/sendhandler.ashx HTTP/1.1\r\nContent-Length: 100\r\n\r\naction=",
], ids=["nothing", "half-the-headers", "half-the-body"])
def test_a_connection_that_stalls_is_dropped_after_the_timeout(
        sandbox: SandboxGateway, request_bytes: bytes) -> None:
    sandbox.configure(request_timeout_s=1.0)
    with socket.create_connection(("127.0.0.1", _port(sandbox)), timeout=10) as conn:
        conn.sendall(request_bytes)
        started = time.monotonic()
        assert conn.recv(100) == b""
        assert 0.8 < time.monotonic() - started < 3
    assert sandbox.sent() == []


def test_a_client_dripping_its_headers_is_dropped_after_the_timeout(
        sandbox: SandboxGateway) -> None:
    sandbox.configure(request_timeout_s=1.5)
    request = f"GET {SEND}?action=sendmessage&username=demo HTTP/1.1\r\nHost: x\r\n\r\n"
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", _port(sandbox)), timeout=10) as conn:
        with contextlib.suppress(OSError):
            for byte in request.encode():
                conn.sendall(bytes([byte]))
                time.sleep(0.25)  # well under the timeout between two bytes
        assert conn.recv(100) == b""
    assert time.monotonic() - started < 1.5 + 3
