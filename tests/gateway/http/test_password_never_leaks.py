"""Force every failure path of the HTTP client and look for the password everywhere.

A distinctive password (with characters that URL encoding changes) is used; it, and its
encoded forms, must appear in no outcome, no report, no exception text or repr or traceback,
and no log record, including urllib3's debug records (which contain the request URL).
"""

from __future__ import annotations

import logging
import socket
import threading
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from datetime import datetime
from urllib.parse import quote, quote_plus
from xml.sax.saxutils import escape

import pytest

from masiv_desktop.gateway.codes import ERRORS
from masiv_desktop.gateway.errors import GatewayInputError
from masiv_desktop.gateway.http.client import MasivHttpClient
from masiv_desktop.gateway.http.endpoints import custom_endpoint
from masiv_desktop.gateway.outcomes import SendOutcome, SendResult, StatusReport
from masiv_desktop.gateway.sandbox.server import SandboxGateway
from tests.helpers.stub_servers import (
    StubServer,
    canned,
    endless,
    gzip_bomb,
    hang_up,
    reset,
    silent,
)

PASSWORD = "Zq9 Lëak&me=%41/x"
USER = "leaky"
NUMBER = "573151234567"
FORBIDDEN = {PASSWORD, quote(PASSWORD, safe=""), quote(PASSWORD), quote_plus(PASSWORD),
             quote_plus(PASSWORD, encoding="latin-1")}


@dataclass
class Scene:
    sandbox: SandboxGateway
    stub: Callable[..., StubServer]
    use_post: bool

    def client(self, base_url: str, password: str = PASSWORD,
               **options: object) -> MasivHttpClient:
        options.setdefault("read_timeout", 2.0)
        return MasivHttpClient(custom_endpoint(base_url), USER, password, use_post=self.use_post,
                               **options)  # type: ignore[arg-type]

    def both(self, base_url: str, **options: object) -> list[object]:
        """A send and a status query on one base URL."""
        gateway = self.client(base_url, **options)
        try:
            return [gateway.send_message(NUMBER, "hola"), gateway.get_message("123"), gateway]
        finally:
            gateway.close()

    def stubbed(self, behaviour: object, **options: object) -> list[object]:
        return self.both(self.stub(behaviour).base_url, **options)


def echo(status: int, template: str) -> object:
    """A server that echoes the whole request (password included) inside its answer."""
    def behave(conn: socket.socket, request: bytes, _stop: threading.Event) -> None:
        text = escape(request.decode("utf-8", "replace"))
        canned(status, template.format(request=text).encode())(conn, request, _stop)
    return behave


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _error_xml(code: int) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><response><action>error</action><data>'
            f"<errorcode>{code}</errorcode><errormessage>{{request}}</errormessage></data>"
            "</response>")


ECHO_ACCEPTED = ('<?xml version="1.0" encoding="utf-8" ?><response><action>sendmessage'
                 "</action><data><acceptreport><statuscode>0</statuscode><statusmessage>"
                 "{request}</statusmessage><messageid>1</messageid><recipient>{request}"
                 "</recipient><messagedata>{request}</messagedata></acceptreport>"
                 "<acceptreport><statuscode>1159</statuscode><statusmessage>{request}"
                 "</statusmessage><messageid/></acceptreport></data></response>")


def _sandbox_with(scene: Scene, **knobs: object) -> list[object]:
    scene.sandbox.configure(**knobs)
    return scene.both(scene.sandbox.base_url)


def _magic(scene: Scene, digit: str) -> list[object]:
    gateway = scene.client(scene.sandbox.base_url)
    return [gateway.send_message("57300000000" + digit, "hola"), gateway]


def _input_errors(scene: Scene) -> list[object]:
    caught: list[object] = []
    gateway = scene.client(scene.sandbox.base_url)
    for call in (lambda: gateway.send_message("+57", "x"),
                 lambda: gateway.send_message(NUMBER, ""),
                 lambda: gateway.send_message(NUMBER, "x" * 200),
                 lambda: gateway.send_message(NUMBER, "x", originator="O" * 20),
                 lambda: gateway.send_message(NUMBER, "x", send_on=datetime(2030, 1, 1)),
                 lambda: gateway.get_message(""),
                 lambda: scene.client(scene.sandbox.base_url, password=PASSWORD * 4),
                 lambda: scene.client("http://example.com")):
        with pytest.raises((GatewayInputError, ValueError)) as info:
            call()
        caught.append(info.value)
    return caught


def _no_credits(scene: Scene) -> list[object]:
    scene.sandbox.set_credits(USER, 0)
    return scene.both(scene.sandbox.base_url)


def _no_package(scene: Scene) -> list[object]:
    scene.sandbox.add_user(USER, PASSWORD, has_package=False)
    return scene.both(scene.sandbox.base_url)


def _closed(scene: Scene) -> list[object]:
    gateway = scene.client(scene.sandbox.base_url)
    gateway.close()
    return [gateway.send_message(NUMBER, "x"), gateway.get_message("1"), gateway]


SCENES: dict[str, Callable[[Scene], list[object]]] = {
    "accepted": lambda s: s.both(s.sandbox.base_url),
    "refused-port": lambda s: s.both(f"http://127.0.0.1:{_closed_port()}"),
    "dns": lambda s: s.both("https://masiv-desktop-leak.invalid"),
    "read-timeout": lambda s: s.stubbed(silent, read_timeout=0.2),
    "reset": lambda s: s.stubbed(reset),
    "hang-up": lambda s: s.stubbed(hang_up),
    "5xx-echo": lambda s: s.stubbed(echo(500, "<html>{request}</html>")),
    "404-echo": lambda s: s.stubbed(echo(404, "<html>{request}</html>")),
    "429": lambda s: s.stubbed(canned(429, b"", {"Retry-After": "3"})),
    "html-200-echo": lambda s: s.stubbed(echo(200, "<html><p>{request}</p></html>")),
    "truncated": lambda s: s.stubbed(echo(200, "<response><action>error</action>{request}")),
    "accept-echo": lambda s: s.stubbed(echo(200, ECHO_ACCEPTED)),
    "bomb": lambda s: s.stubbed(canned(200, b'<!DOCTYPE r [<!ENTITY a "aaaa">]><r>&a;</r>')),
    "huge": lambda s: s.stubbed(endless(False)),
    "gzip-bomb": lambda s: s.stubbed(gzip_bomb),
    **{f"error-{code}-echo": (lambda s, c=code: s.stubbed(echo(200, _error_xml(c))))
       for code in [*ERRORS, 4242]},
    "sandbox-1157": lambda s: [s.client(s.sandbox.base_url, password=PASSWORD[::-1])
                               .send_message(NUMBER, "x")],
    "sandbox-1156": _no_package,
    "sandbox-1159": _no_credits,
    "sandbox-1": lambda s: _magic(s, "1"),
    "sandbox-8734": lambda s: _magic(s, "7"),
    "sandbox-drop": lambda s: _magic(s, "8"),
    "sandbox-malformed": lambda s: _magic(s, "9"),
    "sandbox-5xx": lambda s: _sandbox_with(s, error_5xx_rate=1.0),
    "sandbox-rate-limit": lambda s: _sandbox_with(s, rate_limit=0.001) + _sandbox_with(s),
    "client-closed": _closed,
    "input-errors": _input_errors,
}


@pytest.fixture
def scene(sandbox: SandboxGateway, stub: Callable[..., StubServer],
          request: pytest.FixtureRequest) -> Iterator[Scene]:
    sandbox.add_user(USER, PASSWORD)
    yield Scene(sandbox, stub, request.param)


def _texts(thing: object) -> Iterator[str]:
    yield str(thing)
    yield repr(thing)
    if isinstance(thing, BaseException):
        yield "".join(traceback.format_exception(thing))
    if isinstance(thing, SendOutcome | StatusReport):
        for field in fields(thing):
            yield str(getattr(thing, field.name))
        if isinstance(thing, SendOutcome):
            for part in thing.parts:
                yield from (str(getattr(part, f.name)) for f in fields(part))


@pytest.mark.parametrize("scene", [False, True], ids=["GET", "POST"], indirect=True)
@pytest.mark.parametrize("name", list(SCENES))
def test_the_password_never_leaks(scene: Scene, name: str,
                                  caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="urllib3")
    things = SCENES[name](scene)
    assert things, "the scene produced nothing to inspect"
    texts = [text for thing in things for text in _texts(thing)]
    texts += [record.getMessage() for record in caplog.records]
    texts.append(caplog.text)
    for text in texts:
        for secret in FORBIDDEN:
            assert secret not in text, f"{name}: password leaked in {text[:300]!r}"
    outcomes = [t for t in things if isinstance(t, SendOutcome)]
    if name == "accepted":
        assert outcomes[0].result is SendResult.ACCEPTED
    if name.startswith("error-") or name == "accept-echo":
        assert "***" in outcomes[0].error_text, "the echoed request should be there, redacted"


def test_urllib3_records_are_there_and_redacted(sandbox: SandboxGateway,
                                                caplog: pytest.LogCaptureFixture) -> None:
    """Guards the test above: the URL does reach urllib3's log, redacted."""
    caplog.set_level(logging.DEBUG)
    sandbox.add_user(USER, PASSWORD)
    gateway = MasivHttpClient(custom_endpoint(sandbox.base_url), USER, PASSWORD)
    assert gateway.send_message(NUMBER, "hola").result is SendResult.ACCEPTED
    gateway.close()
    urls = [r.getMessage() for r in caplog.records if r.name.startswith("urllib3")
            and "sendhandler.ashx" in r.getMessage()]
    assert urls and all("password=***" in url for url in urls)
