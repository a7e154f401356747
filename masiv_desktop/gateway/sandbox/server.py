"""A local gateway on 127.0.0.1 that speaks the documented Masiv HTTP API, for demos and tests.

`SandboxGateway` serves `sendmessage` and `getMessage` on the documented handler paths
(`/SmsHandlers/…` and `/Smsv3/…`), GET query or POST form, parameter names in any case, and
answers in the documented XML shapes. The rules live in `sandbox.state.SandboxState`; this
module only translates HTTP. The server runs on daemon threads (one per connection, HTTP/1.1
keep-alive, no Nagle delay), so latency on one connection never holds up another.
`GET /sandbox/sent` lists every accepted send as JSON (tests count duplicates with it).
A hostile client cannot hold a thread: a connection must send each whole request within
`SandboxConfig.request_timeout_s`, a body over 1 MiB is refused with 413 before it is read,
an over-long request line gets 414 and over-long or too many headers 431 (http.server's
limits), and each refusal is read by the client before the connection closes.
With `SandboxConfig.state_file` what was accepted survives a restart (`sandbox.store`).
Request lines are never logged: the password travels in the query string.
"""

from __future__ import annotations

import json
import logging
import re
import socket
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from masiv_desktop.gateway.codes import ERRORS, ErrorCode
from masiv_desktop.gateway.http.deadline import Watch, watch_socket
from masiv_desktop.gateway.sandbox.config import DEFAULT_CONFIG, SandboxConfig, SandboxUser
from masiv_desktop.gateway.sandbox.state import (
    Accepted,
    Fault,
    FaultPlan,
    MessageStatus,
    SandboxRefusal,
    SandboxState,
    SentRecord,
    format_report_date,
)

__all__ = ["SandboxConfig", "SandboxGateway", "SandboxUser", "SentRecord"]

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1 << 20
LINGER_S = 1.0
"""After a refusal, how long the client's unread bytes are read and dropped so that closing
does not reset the connection before the client has read the answer."""
SEND_PATHS = frozenset({"/smshandlers/sendhandler.ashx", "/smsv3/sendhandler.ashx"})
REPORT_PATHS = frozenset({"/smshandlers/reporthandler.ashx", "/smsv3/reporthandler.ashx"})
XML_TYPE = "text/xml; charset=utf-8"
NL = "\r\n"

_SUCCESS_DECL = '<?xml version="1.0" encoding="utf-8" ?>'
_ERROR_DECL = '<?xml version="1.0" encoding="UTF-8"?>'
"""The documentation's two declarations differ; each answer copies its own sample."""

_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SERVER_ERRORS = (
    (500, "Internal Server Error"), (502, "Bad Gateway"), (504, "Gateway Timeout"))
_MALFORMED_BODIES = (
    "<html><head><title>Runtime Error</title></head><body><h1>Server Error in '/' "
    "Application.</h1></body></html>",
    _SUCCESS_DECL + NL + "<response>" + NL + "  <action>sendmessage</action>" + NL
    + "  <data>" + NL + "    <acceptreport>" + NL + "      <statuscode>0</stat",
    "",
)


def xml_escape(text: str) -> str:
    """Escape for element content; characters XML 1.0 forbids become U+FFFD."""
    text = _XML_FORBIDDEN.sub("\ufffd", text)
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def render_accepted(accepted: Accepted) -> str:
    """The documented sendmessage answer: one acceptreport per 160-character block."""
    lines = [_SUCCESS_DECL, "<response>", "  <action>sendmessage</action>", "  <data>"]
    for block in accepted.blocks:
        lines += ["    <acceptreport>",
                  "      <statuscode>0</statuscode>",
                  "      <statusmessage>Message accepted for delivery</statusmessage>",
                  f"      <messageid>{xml_escape(block.message_id)}</messageid>",
                  f"      <originator>{xml_escape(block.originator)}</originator>",
                  f"      <recipient>{xml_escape(block.recipient)}</recipient>",
                  "      <messagetype>SMS:TEXT</messagetype>",
                  f"      <messagedata>{xml_escape(block.messagedata)}</messagedata>",
                  "    </acceptreport>"]
    lines += ["  </data>", "</response>", ""]
    return NL.join(lines)


def render_error(code: ErrorCode) -> str:
    """The documented error answer, with the message of the shared code table."""
    return NL.join([_ERROR_DECL, "<response>", "  <action>error</action>", "  <data>",
                    f"    <errorcode>{int(code)}</errorcode>",
                    f"    <errormessage>{xml_escape(ERRORS[code].message)}</errormessage>",
                    "  </data>", "</response>", ""])


def render_status(status: MessageStatus) -> str:
    """The documented getMessage answer; `date` in UTC, MM/DD/YYYY hh:mm:ss."""
    return NL.join([_SUCCESS_DECL, "<response>", "  <action>getMessage</action>", "  <data>",
                    f"    <messageid>{xml_escape(status.message_id)}</messageid>",
                    f"    <date>{format_report_date(status.since.timestamp())}</date>",
                    f"    <status>{int(status.status)}</status>",
                    "  </data>", "</response>", ""])


def read_params(query: str, body: str) -> dict[str, str]:
    """Query then form, names folded to lower case as ASP.NET matches them; a name given
    twice gets its values joined with commas, as `Request[name]` does."""
    params: dict[str, str] = {}
    for source in (query, body):
        for name, value in parse_qsl(source, keep_blank_values=True, encoding="utf-8",
                                     errors="replace"):
            key = name.lower()
            params[key] = f"{params[key]},{value}" if key in params else value
    return params


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256
    allow_reuse_address = sys.platform != "win32"
    """On Windows SO_REUSEADDR would let a second server take the same port."""

    def __init__(self, address: tuple[str, int], state: SandboxState) -> None:
        self.state = state
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], OSError):
            log.debug("sandbox connection from %s broke", client_address, exc_info=True)
        else:
            log.error("sandbox failed on a request from %s", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = 64 * 1024
    server: _Server
    _watch: Watch | None = None
    _linger = False
    _timeout_s = 120.0

    def setup(self) -> None:
        super().setup()
        self._timeout_s = self.server.state.config.request_timeout_s
        self.connection.settimeout(self._timeout_s)
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        with self.server.connections_lock:
            self.server.connections.discard(self.connection)
        try:
            super().finish()
        except OSError:
            log.debug("sandbox connection closed while flushing", exc_info=True)
        if self._linger:
            self._drain()

    def handle_one_request(self) -> None:
        """One request, whose reading (from the wait for its first byte to the end of its
        body) must end within the timeout however slowly the client sends."""
        self._watch = watch_socket(self.connection, self._timeout_s)
        try:
            super().handle_one_request()
        finally:
            self._watch.finish()

    def _request_read(self) -> bool:
        """The request is in: its answer is not bound by the timeout. False when the timeout
        cut the reading short (the connection is then closed without an answer)."""
        if self._watch is not None:
            self._watch.finish()
            if self._watch.expired:
                self.close_connection = True
                return False
        return True

    def send_error(self, code: int, message: str | None = None,
                   explain: str | None = None) -> None:
        """http.server's own refusals (400, 414, 431, 501) close the connection: linger."""
        self._linger = True
        super().send_error(code, message, explain)

    def _refuse(self, status: int, reason: str) -> None:
        """Answer `status` without reading the rest of the request, then close."""
        self._answer(status, reason, "text/plain; charset=utf-8", {"Connection": "close"})
        self.close_connection = True
        self._linger = True

    def _drain(self) -> None:
        """Close our side, then read and drop what the client still sends for a moment, so
        it reads the refusal instead of a reset."""
        deadline = time.monotonic() + LINGER_S
        try:
            self.connection.shutdown(socket.SHUT_WR)
            while (left := deadline - time.monotonic()) > 0:
                self.connection.settimeout(left)
                if not self.connection.recv(65536):
                    break
        except OSError:
            log.debug("sandbox connection closed while lingering", exc_info=True)

    def version_string(self) -> str:
        return "Microsoft-IIS/10.0"

    def log_message(self, format: str, *args: Any) -> None:
        """Silenced: the request line carries the password."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        path = urlsplit(getattr(self, "path", "")).path  # none when the line was refused
        log.debug("sandbox %s %s -> %s", getattr(self, "command", ""), path, code)

    def do_GET(self) -> None:
        if self._request_read():
            self._dispatch("")

    def do_POST(self) -> None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            self._refuse(400, "Bad Request")
            return
        if length > MAX_BODY_BYTES:
            self._refuse(413, "Request Entity Too Large")
            return
        body = self.rfile.read(length)
        if self._request_read():
            self._dispatch(body.decode("utf-8", "replace"))

    def _dispatch(self, body: str) -> None:
        url = urlsplit(self.path)
        path = url.path.lower()
        if path == "/sandbox/sent" and self.command == "GET":
            records = [r.to_json() for r in self.server.state.sent()]
            self._answer(200, json.dumps(records, ensure_ascii=False),
                         "application/json; charset=utf-8")
        elif path in SEND_PATHS or path in REPORT_PATHS:
            self._gateway(path in SEND_PATHS, read_params(url.query, body))
        else:
            self._answer(404, "<html><body><h1>404 - File or directory not found.</h1>"
                         "</body></html>", "text/html; charset=utf-8")

    def _gateway(self, is_send: bool, params: dict[str, str]) -> None:
        plan = self.server.state.plan_faults()
        if plan.before is Fault.RATE_LIMITED:
            self._answer(503, "Service Unavailable", "text/plain; charset=utf-8",
                         {"Retry-After": str(plan.retry_after_s)})
            return
        if plan.latency_s:
            time.sleep(plan.latency_s)
        if plan.before is Fault.SERVER_ERROR:
            status, reason = _SERVER_ERRORS[plan.variant % len(_SERVER_ERRORS)]
            self._answer(status, f"<html><body><h1>{status} - {reason}</h1></body></html>",
                         "text/html; charset=utf-8")
            return
        if plan.before is Fault.GATEWAY_EXCEPTION:
            self._answer(200, render_error(ErrorCode.GENERAL_EXCEPTION), XML_TYPE)
            return
        body, forced = self._handle_action(is_send, params)
        self._finish_with(body, forced if forced is not Fault.NONE else plan.after, plan)

    def _handle_action(self, is_send: bool, params: dict[str, str]) -> tuple[str, Fault]:
        action = params.get("action", "").strip().lower()
        state = self.server.state
        try:
            if is_send and action == "sendmessage":
                accepted = state.send(
                    params.get("username", ""), params.get("password", ""),
                    params.get("recipient", ""), params.get("messagedata", ""),
                    originator=params.get("originator", ""),
                    long_message=params.get("longmessage", "").strip().lower() == "true",
                    sendondate=params.get("sendondate") or None)
                return render_accepted(accepted), accepted.forced_fault
            if not is_send and action == "getmessage":
                return render_status(state.get_message(
                    params.get("username", ""), params.get("password", ""),
                    params.get("messageid", ""))), Fault.NONE
            return render_error(ErrorCode.NO_ACTION), Fault.NONE
        except SandboxRefusal as refusal:
            return render_error(refusal.code), Fault.NONE

    def _finish_with(self, body: str, fault: Fault, plan: FaultPlan) -> None:
        if fault is Fault.DROP:
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                log.debug("sandbox drop: socket already closed", exc_info=True)
            return
        if fault is Fault.MALFORMED:
            broken = _MALFORMED_BODIES[plan.variant % len(_MALFORMED_BODIES)]
            kind = "text/html; charset=utf-8" if broken.startswith("<html") else XML_TYPE
            self._answer(200, broken, kind)
            return
        self._answer(200, body, XML_TYPE)

    def _answer(self, status: int, body: str, content_type: str,
                headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "private")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


class SandboxGateway:
    """The sandbox server. `start()` binds and serves on a daemon thread; use as a context.

    Every method is thread-safe; knobs changed with `configure` apply to the next request.
    """

    def __init__(self, config: SandboxConfig = DEFAULT_CONFIG,
                 clock: Callable[[], float] = time.time) -> None:
        self.state = SandboxState(config, clock)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> SandboxGateway:
        if self._server is not None:
            return self
        cfg = self.state.config
        self._server = _Server((cfg.host, cfg.port), self.state)
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.1},
                                        name="sandbox-gateway", daemon=True)
        self._thread.start()
        log.info("sandbox gateway listening on %s", self.base_url)
        return self

    def stop(self) -> None:
        """Stop serving, close every open connection (clients see them closed) and the state
        file (every accepted message was saved before it was answered)."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        with server.connections_lock:
            open_sockets = list(server.connections)
        for sock in open_sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                log.debug("sandbox stop: connection already closed", exc_info=True)
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.state.close()
        log.info("sandbox gateway stopped")

    def __enter__(self) -> SandboxGateway:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """`http://HOST:PORT` of the running server (the real port when 0 was asked)."""
        if self._server is None:
            raise RuntimeError("the sandbox gateway is not running")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def configure(self, **knobs: Any) -> None:
        self.state.configure(**knobs)

    def add_user(self, name: str, password: str, credits: int = 1_000_000,
                 has_package: bool = True) -> None:
        self.state.add_user(name, password, credits, has_package)

    def credits(self, user: str) -> int:
        return self.state.credits(user)

    def set_credits(self, user: str, credits: int) -> None:
        self.state.set_credits(user, credits)

    def sent(self) -> list[SentRecord]:
        return self.state.sent()
