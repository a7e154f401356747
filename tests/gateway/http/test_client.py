"""The Masiv HTTP client over real HTTP: the sandbox for the documented API, stubs for faults."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import requests

from masiv_desktop.gateway.codes import GatewayStatus
from masiv_desktop.gateway.errors import GatewayInputError, InsecureEndpointError
from masiv_desktop.gateway.http.answers import parse_send_response, parse_status_response
from masiv_desktop.gateway.http.client import (
    MasivHttpClient,
    format_send_on,
    gateway_length,
    parse_retry_after,
)
from masiv_desktop.gateway.http.endpoints import Endpoint, custom_endpoint
from masiv_desktop.gateway.outcomes import NetworkFailure, SendOutcome, SendResult, StatusReport
from masiv_desktop.gateway.sandbox.server import SandboxGateway
from masiv_desktop.gateway.sandbox.state import FakeClock
from tests.helpers.stub_servers import (
    StubServer,
    canned,
    drip,
    endless,
    gzip_bomb,
    hang_up,
    reset,
    silent,
)

NUMBER = "573151234567"
MAGIC = "57300000000"
"""The sandbox's magic numbers: the last digit forces an outcome (1 invalid, 7 error 8734,
8 dropped after processing, 9 malformed answer, 3 delivered to handset...)."""

Client = Callable[..., MasivHttpClient]


@pytest.fixture
def client() -> Iterator[Client]:
    """Make clients (`client(base_url, **options)`, demo/demo); all are closed afterwards."""
    made: list[MasivHttpClient] = []

    def make(base_url: str, username: str = "demo", password: str = "demo",
             **options: object) -> MasivHttpClient:
        options.setdefault("read_timeout", 5.0)
        made.append(MasivHttpClient(custom_endpoint(base_url), username, password,
                                    **options))  # type: ignore[arg-type]
        return made[-1]

    yield make
    for each in made:
        each.close()


# --- the documented API, against the sandbox ----------------------------------------------

@pytest.mark.parametrize("use_post", [False, True], ids=["GET", "POST"])
def test_a_short_message_is_accepted_with_one_part(
        sandbox: SandboxGateway, client: Client, use_post: bool) -> None:
    outcome = client(sandbox.base_url, use_post=use_post).send_message(
        NUMBER, "Hola, ¿cómo estás? ñ", originator="MASIV")
    assert outcome.result is SendResult.ACCEPTED
    assert len(outcome.parts) == 1 and outcome.http_status == 200
    assert outcome.parts[0].messagedata == "Hola, ¿cómo estás? ñ"
    assert outcome.parts[0].originator == "MASIV"
    [record] = sandbox.sent()
    assert (record.recipient, record.messagedata) == (NUMBER, "Hola, ¿cómo estás? ñ")
    assert record.messageids == outcome.message_ids


@pytest.mark.parametrize("use_post", [False, True], ids=["GET", "POST"])
def test_a_long_message_has_one_part_per_160_characters(
        sandbox: SandboxGateway, client: Client, use_post: bool) -> None:
    text = "x" * 161 + "é" * 160
    outcome = client(sandbox.base_url, use_post=use_post).send_message(
        NUMBER, text, long_message=True)
    assert outcome.result is SendResult.ACCEPTED
    assert len(outcome.parts) == 3 and len(set(outcome.message_ids)) == 3
    assert "".join(p.messagedata for p in outcome.parts) == text


def test_send_on_is_converted_to_the_gateway_zone(
        sandbox_with_clock: SandboxGateway, fake_clock: FakeClock, client: Client) -> None:
    bogota = ZoneInfo("America/Bogota")
    sandbox_with_clock.configure(timezone="America/Bogota")
    now = datetime.fromtimestamp(fake_clock(), UTC)
    send_on = (now + timedelta(hours=2)).astimezone(ZoneInfo("Europe/Madrid"))
    gateway = client(sandbox_with_clock.base_url, gateway_zone=bogota)
    outcome = gateway.send_message(MAGIC + "3", "Mañana", send_on=send_on)
    assert outcome.result is SendResult.ACCEPTED
    [record] = sandbox_with_clock.sent()
    assert record.sendondate == send_on.astimezone(bogota).strftime("%m/%d/%Y %H:%M:%S")
    fake_clock.advance(3600)
    assert gateway.get_message(outcome.message_ids[0]).status is GatewayStatus.READY_TO_SEND
    fake_clock.advance(3600 + 60)
    report = gateway.get_message(outcome.message_ids[0])
    assert report.status is GatewayStatus.DELIVERED_TO_HANDSET
    assert report.status_time is not None and report.status_time.tzinfo is not None


@pytest.mark.parametrize(("digit", "final"), [("3", GatewayStatus.DELIVERED_TO_HANDSET),
                                              ("4", GatewayStatus.DELIVERY_ERROR),
                                              ("6", GatewayStatus.LENGTH_ERROR)])
def test_statuses_advance_to_the_final_one(
        sandbox_with_clock: SandboxGateway, fake_clock: FakeClock, client: Client,
        digit: str, final: GatewayStatus) -> None:
    gateway = client(sandbox_with_clock.base_url, use_post=digit == "4")
    [message_id] = gateway.send_message(MAGIC + digit, "hola").message_ids
    seen = []
    for _ in range(5):
        report = gateway.get_message(message_id)
        assert report.error_code is None and not report.transient
        assert report.status_time is not None and report.status_time.utcoffset() == timedelta(0)
        seen.append(report.status)
        fake_clock.advance(2.0)
    assert seen == [GatewayStatus.READY_TO_SEND, GatewayStatus.SENDING,
                    GatewayStatus.DELIVERED_TO_NETWORK, final, final]


def test_an_unknown_id_is_error_2000_and_final(sandbox: SandboxGateway, client: Client) -> None:
    report = client(sandbox.base_url).get_message("987654321")
    assert (report.status, report.error_code, report.transient) == (None, 2000, False)


@pytest.mark.parametrize("use_post", [False, True], ids=["GET", "POST"])
def test_bad_credentials_are_1157_for_sends_and_final_for_queries(
        sandbox: SandboxGateway, client: Client, use_post: bool) -> None:
    gateway = client(sandbox.base_url, password="wrong", use_post=use_post)
    outcome = gateway.send_message(NUMBER, "hola")
    assert (outcome.result, outcome.error_code) == (SendResult.REFUSED, 1157)
    assert outcome.error_text == "Invalid username or password"
    report = gateway.get_message("1")
    assert (report.status, report.error_code, report.transient) == (None, 1157, False)
    assert sandbox.sent() == []


def test_a_user_without_package_is_1156(sandbox: SandboxGateway, client: Client) -> None:
    sandbox.add_user("nopkg", "secret", has_package=False)
    outcome = client(sandbox.base_url, "nopkg", "secret").send_message(NUMBER, "hola")
    assert (outcome.result, outcome.error_code) == (SendResult.REFUSED, 1156)


def test_no_credits_is_1159(sandbox: SandboxGateway, client: Client) -> None:
    sandbox.set_credits("demo", 2)
    gateway = client(sandbox.base_url)
    assert gateway.send_message(NUMBER, "y" * 300, long_message=True).result is (
        SendResult.ACCEPTED)
    outcome = gateway.send_message(NUMBER, "hola")
    assert (outcome.result, outcome.error_code) == (SendResult.REFUSED, 1159)
    assert len(sandbox.sent()) == 1


@pytest.mark.parametrize(("recipient", "code"), [(MAGIC + "1", 1), ("5731", 1),
                                                 (MAGIC + "7", 8734)])
def test_gateway_refusals_carry_their_code(
        sandbox: SandboxGateway, client: Client, recipient: str, code: int) -> None:
    outcome = client(sandbox.base_url).send_message(recipient, "hola")
    assert (outcome.result, outcome.error_code) == (SendResult.REFUSED, code)
    assert outcome.parts == ()


def test_a_gateway_exception_on_queries_is_transient(
        sandbox: SandboxGateway, client: Client) -> None:
    gateway = client(sandbox.base_url)
    [message_id] = gateway.send_message(NUMBER, "hola").message_ids
    sandbox.configure(gateway_exception_rate=1.0)
    report = gateway.get_message(message_id)
    assert (report.status, report.error_code, report.transient) == (None, 8734, True)


@pytest.mark.parametrize(("params", "code"), [
    ({"username": "demo", "password": "demo", "recipient": NUMBER, "messagedata": "x"}, 1158),
    ({"action": "sendmessage", "username": "demo", "password": "demo", "recipient": NUMBER},
     1164),
    ({"action": "sendmessage", "username": "demo", "password": "demo", "recipient": NUMBER,
      "messagedata": "z" * 161}, 1160),
], ids=["1158-no-action", "1164-missing-parameter", "1160-too-long"])
def test_errors_the_client_prevents_are_still_read(
        sandbox: SandboxGateway, params: dict[str, str], code: int) -> None:
    """The client never sends these requests; a raw one shows their answers are read."""
    url = custom_endpoint(sandbox.base_url).send_url
    outcome = parse_send_response(requests.get(url, params=params, timeout=5).content)
    assert (outcome.result, outcome.error_code) == (SendResult.REFUSED, code)
    report_url = custom_endpoint(sandbox.base_url).report_url
    answer = requests.get(report_url, params={"username": "demo"}, timeout=5)
    assert parse_status_response(answer.content, "1").error_code in (1158, 1164)


def test_fault_knobs_become_the_right_outcomes(sandbox: SandboxGateway, client: Client) -> None:
    gateway = client(sandbox.base_url)
    sandbox.configure(error_5xx_rate=1.0)
    outcome = gateway.send_message(NUMBER, "a")
    assert outcome.result is SendResult.UNCERTAIN and outcome.http_status in (500, 502, 504)
    assert gateway.get_message("1").transient
    sandbox.configure(error_5xx_rate=0.0, drop_rate=1.0)
    assert gateway.send_message(NUMBER, "b").result is SendResult.UNCERTAIN
    assert gateway.get_message("1").transient
    sandbox.configure(drop_rate=0.0, malformed_rate=1.0)
    for text in "cde":
        assert gateway.send_message(NUMBER, text).result is SendResult.UNCERTAIN
    assert gateway.get_message("1").transient
    sandbox.configure(malformed_rate=0.0)
    assert gateway.send_message(NUMBER, "f").result is SendResult.ACCEPTED
    assert [r.messagedata for r in sandbox.sent()] == list("bcdef")
    """The dropped and malformed ones did reach the gateway: uncertain was the right word."""


def test_magic_drop_and_malformed_numbers_are_uncertain(
        sandbox: SandboxGateway, client: Client) -> None:
    gateway = client(sandbox.base_url)
    assert gateway.send_message(MAGIC + "8", "dropped").result is SendResult.UNCERTAIN
    assert gateway.send_message(MAGIC + "9", "garbled").result is SendResult.UNCERTAIN
    assert len(sandbox.sent()) == 2


def test_the_rate_limit_answers_retry_later(sandbox: SandboxGateway, client: Client) -> None:
    sandbox.configure(rate_limit=1.0)
    gateway = client(sandbox.base_url)
    outcomes = [gateway.send_message(NUMBER, "r") for _ in range(3)]
    later = [o for o in outcomes if o.result is SendResult.RETRY_LATER]
    assert later and all(o.http_status == 503 and o.retry_after and o.retry_after >= 1
                         for o in later)
    assert len(sandbox.sent()) == 3 - len(later)


def test_latency_over_the_read_timeout_is_uncertain(
        sandbox: SandboxGateway, client: Client) -> None:
    sandbox.configure(latency_ms=600)
    outcome = client(sandbox.base_url, read_timeout=0.2).send_message(NUMBER, "slow")
    assert outcome.result is SendResult.UNCERTAIN
    assert "did not answer within 0.2 s" in outcome.error_text


def test_threads_share_the_client_safely(sandbox: SandboxGateway, client: Client) -> None:
    gateway = client(sandbox.base_url)
    results: list[tuple[str, ...]] = []
    lock = threading.Lock()

    def work(worker: int) -> None:
        for i in range(15):
            outcome = gateway.send_message(NUMBER, f"{worker}-{i}")
            with lock:
                results.append(outcome.message_ids)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ids = [i for ids in results for i in ids]
    assert len(ids) == len(set(ids)) == 120
    assert len(sandbox.sent()) == 120
    assert len(gateway._sessions) == 8


def test_after_close_nothing_is_sent(sandbox: SandboxGateway, client: Client) -> None:
    gateway = client(sandbox.base_url)
    assert gateway.send_message(NUMBER, "one").result is SendResult.ACCEPTED
    gateway.close()
    assert gateway.send_message(NUMBER, "two").result is SendResult.NOT_SENT
    assert gateway.get_message("1").transient
    gateway.close()
    assert len(sandbox.sent()) == 1


# --- transport failures and hostile servers, against stubs --------------------------------

def test_a_closed_port_is_not_sent(client: Client, closed_port: int) -> None:
    gateway = client(f"http://127.0.0.1:{closed_port}")
    outcome = gateway.send_message(NUMBER, "hola")
    assert outcome.result is SendResult.NOT_SENT and "nothing was sent" in outcome.error_text
    assert outcome.failure is NetworkFailure.REFUSED
    report = gateway.get_message("1")
    assert report.transient and report.failure is NetworkFailure.REFUSED


def test_a_connect_timeout_is_not_sent(client: Client, full_backlog_port: int) -> None:
    gateway = client(f"http://127.0.0.1:{full_backlog_port}", connect_timeout=0.2)
    outcome = gateway.send_message(NUMBER, "hola")
    assert outcome.result is SendResult.NOT_SENT
    assert outcome.failure is NetworkFailure.TIMEOUT


def test_a_name_that_does_not_resolve_is_not_sent(client: Client) -> None:
    outcome = client("https://masiv-desktop-test.invalid").send_message(NUMBER, "hola")
    assert outcome.result is SendResult.NOT_SENT
    assert outcome.failure is NetworkFailure.NAME_NOT_FOUND


def test_an_untrusted_certificate_is_not_sent(
        client: Client, stub: Callable[..., StubServer], self_signed_tls: object) -> None:
    server = stub(canned(200, b"never"), tls=self_signed_tls)
    outcome = client(server.base_url).send_message(NUMBER, "hola")
    assert outcome.result is SendResult.NOT_SENT
    assert "certificate" in outcome.error_text
    assert outcome.failure is NetworkFailure.TLS


@pytest.mark.parametrize("behaviour", [reset, hang_up], ids=["reset", "closed"])
def test_a_connection_lost_after_the_request_is_uncertain(
        client: Client, stub: Callable[..., StubServer], behaviour: object) -> None:
    server = stub(behaviour)
    gateway = client(server.base_url)
    outcome = gateway.send_message(NUMBER, "hola")
    assert outcome.result is SendResult.UNCERTAIN and outcome.failure is NetworkFailure.BROKEN
    assert gateway.get_message("1").transient
    assert len(server.requests) == 2


def test_a_server_that_never_answers_is_a_read_timeout(
        client: Client, stub: Callable[..., StubServer]) -> None:
    gateway = client(stub(silent).base_url, read_timeout=0.3)
    outcome = gateway.send_message(NUMBER, "hola")
    assert outcome.result is SendResult.UNCERTAIN and outcome.failure is NetworkFailure.TIMEOUT
    report = gateway.get_message("1")
    assert report.transient and report.failure is NetworkFailure.TIMEOUT


SLOW_GATEWAYS = [drip(headers=True), drip(headers=False), silent]
SLOW_IDS = ["headers-at-1-byte-per-s", "body-at-1-byte-per-s", "no-headers"]


def timed(call: Callable[[], object]) -> tuple[object, float]:
    started = time.monotonic()
    answer = call()
    return answer, time.monotonic() - started


@pytest.mark.parametrize("behaviour", SLOW_GATEWAYS, ids=SLOW_IDS)
def test_a_gateway_answering_at_1_byte_per_s_costs_at_most_the_timeout(
        client: Client, stub: Callable[..., StubServer], behaviour: object) -> None:
    server = stub(behaviour)
    gateway = client(server.base_url, connect_timeout=0.5, read_timeout=2.0)
    outcome, elapsed = timed(lambda: gateway.send_message(NUMBER, "hola"))
    assert isinstance(outcome, SendOutcome)
    assert outcome.result is SendResult.UNCERTAIN, outcome
    assert elapsed < 2.0 + 3
    report, elapsed = timed(lambda: gateway.get_message("1"))
    assert isinstance(report, StatusReport) and report.transient
    assert elapsed < 2.0 + 3
    assert len(server.requests) == 2, "the send was not repeated"


def test_the_deadline_holds_over_tls(client: Client, stub: Callable[..., StubServer],
                                     self_signed_tls: object,
                                     self_signed_files: tuple[object, object],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(self_signed_files[1]))
    server = stub(drip(headers=False), tls=self_signed_tls)
    gateway = client(server.base_url, connect_timeout=0.5, read_timeout=2.0)
    outcome, elapsed = timed(lambda: gateway.send_message(NUMBER, "hola"))
    assert isinstance(outcome, SendOutcome)
    assert outcome.result is SendResult.UNCERTAIN
    assert "within 2.5 s" in outcome.error_text
    assert elapsed < 2.0 + 3


def test_a_cut_request_leaves_the_client_usable(
        client: Client, stub: Callable[..., StubServer], sandbox: SandboxGateway) -> None:
    slow = client(stub(drip(headers=True)).base_url, connect_timeout=0.2, read_timeout=0.5)
    assert slow.send_message(NUMBER, "hola").result is SendResult.UNCERTAIN
    gateway = client(sandbox.base_url, connect_timeout=0.2, read_timeout=0.5)
    for _ in range(20):  # kept-alive connections outlive many deadlines, never cut
        assert gateway.send_message(NUMBER, "hola").result is SendResult.ACCEPTED
    time.sleep(0.8)
    assert gateway.send_message(NUMBER, "hola").result is SendResult.ACCEPTED
    assert len(sandbox.sent()) == 21


@pytest.mark.parametrize("behaviour", [endless(True), endless(False), gzip_bomb],
                         ids=["declared", "streamed", "gzip-bomb"])
def test_a_50_mb_body_is_cut_at_the_cap(
        client: Client, stub: Callable[..., StubServer], behaviour: object) -> None:
    gateway = client(stub(behaviour).base_url)
    outcome = gateway.send_message(NUMBER, "hola")
    assert outcome.result is SendResult.UNCERTAIN
    assert "1000000-byte limit" in outcome.error_text
    assert outcome.failure is NetworkFailure.UNREADABLE
    assert gateway.get_message("1").transient


@pytest.mark.parametrize(("status", "body", "result"), [
    (500, b"<html>boom</html>", SendResult.UNCERTAIN),
    (502, b"", SendResult.UNCERTAIN),
    (200, b"<html><body>Welcome to the hotel wifi</body></html>", SendResult.UNCERTAIN),
    (200, b'<?xml version="1.0"?><response><action>sendmessage</action><data><acc',
     SendResult.UNCERTAIN),
    (404, b"<html>404 - File or directory not found.</html>", SendResult.NOT_SENT),
    (302, b"", SendResult.NOT_SENT),
    (429, b"slow down", SendResult.RETRY_LATER),
], ids=["500", "502", "html", "truncated", "404", "redirect", "429"])
def test_http_failures_are_classified(client: Client, stub: Callable[..., StubServer],
                                      status: int, body: bytes, result: SendResult) -> None:
    server = stub(canned(status, body, {"Location": "https://elsewhere.example/",
                                        "Retry-After": "7"}))
    outcome = client(server.base_url).send_message(NUMBER, "hola")
    assert (outcome.result, outcome.http_status) == (result, status)
    assert outcome.failure is (NetworkFailure.HTTP_STATUS if status != 200
                               else NetworkFailure.UNREADABLE)
    if result is SendResult.RETRY_LATER:
        assert outcome.retry_after == 7.0
    assert len(server.requests) == 1


def test_503_with_an_http_date_is_retry_later(
        client: Client, stub: Callable[..., StubServer]) -> None:
    when = (datetime.now(UTC) + timedelta(seconds=120)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    server = stub(canned(503, b"", {"Retry-After": when}))
    outcome = client(server.base_url).send_message(NUMBER, "hola")
    assert outcome.result is SendResult.RETRY_LATER
    assert outcome.retry_after is not None and 100 < outcome.retry_after <= 120


def test_the_request_carries_every_documented_parameter(
        client: Client, stub: Callable[..., StubServer]) -> None:
    server = stub(canned(200, b"<html/>"))
    send_on = datetime(2030, 12, 24, 10, 0, 0, tzinfo=UTC)
    client(server.base_url).send_message(NUMBER, "Hello World", originator="33535",
                                         long_message=True, send_on=send_on)
    request_line = server.requests[0].split(b"\r\n")[0].decode()
    assert request_line.startswith("GET /SmsHandlers/sendhandler.ashx?action=sendmessage&")
    for part in ("username=demo", "password=demo", f"recipient={NUMBER}",
                 "messagedata=Hello+World", "longMessage=true", "originator=33535",
                 "sendondate=12%2F24%2F2030+10%3A00%3A00"):
        assert part in request_line


# --- validation before any request --------------------------------------------------------

@pytest.mark.parametrize(("kwargs", "parameter"), [
    ({"recipient": "+573151234567"}, "recipient"),
    ({"recipient": "57 315 1234567"}, "recipient"),
    ({"recipient": "5" * 17}, "recipient"),
    ({"recipient": "５７３１５１２３４５６７"}, "recipient"),
    ({"recipient": ""}, "recipient"),
    ({"text": ""}, "text"),
    ({"text": "a" * 161}, "text"),
    ({"text": "a" * 159 + "😀"}, "text"),
    ({"originator": "A" * 17}, "originator"),
    ({"send_on": datetime(2030, 1, 1, 10, 0)}, "send_on"),
])
def test_arguments_beyond_the_documented_limits_are_refused_before_sending(
        client: Client, stub: Callable[..., StubServer], kwargs: dict[str, object],
        parameter: str) -> None:
    server = stub(canned(200, b""))
    call: dict[str, object] = {"recipient": NUMBER, "text": "hola", **kwargs}
    with pytest.raises(GatewayInputError) as caught:
        client(server.base_url).send_message(**call)  # type: ignore[arg-type]
    assert caught.value.parameter == parameter
    assert server.requests == []


def test_the_limits_themselves_are_allowed(client: Client, sandbox: SandboxGateway) -> None:
    gateway = client(sandbox.base_url)
    outcome = gateway.send_message("5731512345", "a" * 160, originator="B" * 16)
    assert outcome.result is SendResult.ACCEPTED


@pytest.mark.parametrize(("username", "password", "parameter"), [
    ("u" * 51, "p", "username"), ("", "p", "username"),
    ("u", "p" * 51, "password"), ("u", "", "password")])
def test_credentials_beyond_50_characters_are_refused(
        username: str, password: str, parameter: str) -> None:
    with pytest.raises(GatewayInputError) as caught:
        MasivHttpClient(custom_endpoint("http://127.0.0.1:1"), username, password)
    assert caught.value.parameter == parameter


def test_plain_http_to_another_host_is_refused_at_construction() -> None:
    endpoint = Endpoint("x", "http://api.masivapp.com/SmsHandlers/sendhandler.ashx",
                        "https://api.masivapp.com/SmsHandlers/Reporthandler.ashx")
    with pytest.raises(InsecureEndpointError):
        MasivHttpClient(endpoint, "demo", "demo")


def test_send_on_formatting() -> None:
    moment = datetime(2024, 3, 5, 20, 7, 9, 999_999, tzinfo=UTC)
    assert format_send_on(moment, ZoneInfo("UTC")) == "03/05/2024 20:07:09"
    assert format_send_on(moment, ZoneInfo("America/Bogota")) == "03/05/2024 15:07:09"


def test_gateway_length_counts_utf16_units() -> None:
    assert gateway_length("ñandú") == 5 and gateway_length("😀") == 2


def test_retry_after_parsing() -> None:
    now = datetime(2024, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("30", now) == 30.0
    assert parse_retry_after("Mon, 01 Jan 2024 12:01:00 GMT", now) == 60.0
    assert parse_retry_after("Mon, 01 Jan 2024 11:00:00 GMT", now) == 0.0
    assert parse_retry_after("99999999", now) == 3600.0
    assert parse_retry_after("soon", now) is None and parse_retry_after(None, now) is None


def test_get_message_refuses_an_empty_id(client: Client) -> None:
    with pytest.raises(GatewayInputError):
        client("http://127.0.0.1:1").get_message("  ")


# --- proxies from the environment ---------------------------------------------------------

@pytest.fixture
def proxy(stub: Callable[..., StubServer], monkeypatch: pytest.MonkeyPatch) -> StubServer:
    """A proxy on 127.0.0.1 named by every proxy variable; it records each request and
    refuses it (a CONNECT too), so whatever reaches it is in `requests`."""
    server = stub(canned(403, b"no", reason="Forbidden"))
    for name in ("http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.setenv(name, server.base_url)
        monkeypatch.setenv(name.upper(), server.base_url)
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    return server


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_this_computer_is_reached_directly_whatever_the_proxy(
        client: Client, sandbox: SandboxGateway, proxy: StubServer, host: str) -> None:
    gateway = client(sandbox.base_url.replace("127.0.0.1", host))
    outcome = gateway.send_message(NUMBER, "hola")
    assert outcome.result is SendResult.ACCEPTED
    assert gateway.get_message(outcome.message_ids[0]).status is not None
    assert proxy.requests == []


def test_plain_http_to_another_computer_is_refused_and_the_proxy_hears_nothing(
        client: Client, proxy: StubServer) -> None:
    with pytest.raises(InsecureEndpointError) as caught:
        client("http://api.masivapp.com")
    assert caught.value.url == "http://api.masivapp.com"
    assert "unencrypted" in str(caught.value) and "proxy" in str(caught.value)
    assert proxy.requests == []


def test_https_goes_through_the_proxy_as_a_tunnel_without_the_password(
        client: Client, proxy: StubServer) -> None:
    gateway = client("https://masiv-desktop-test.invalid", password="s3cret-pw")
    assert gateway.send_message(NUMBER, "hola").result is SendResult.NOT_SENT
    assert gateway.get_message("1").transient
    assert [r.split(b" ")[:2] for r in proxy.requests] == \
        [[b"CONNECT", b"masiv-desktop-test.invalid:443"]] * 2
    assert not any(b"password" in r or b"s3cret" in r for r in proxy.requests)
