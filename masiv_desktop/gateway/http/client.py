"""The client of the Masiv HTTP API v4 (`sendmessage`, `getMessage`), built on requests.

What a caller must know:
- Thread-safe: every calling thread gets its own `requests.Session` (and so its own
  keep-alive connections); nothing else is shared. `close()` may be called from any thread;
  afterwards sends answer NOT_SENT and queries a transient failure.
- Never raises for anything the network or the gateway does: every answer is a `SendOutcome`
  or a `StatusReport` (DESIGN.md, "Outcome policy"). It raises `GatewayInputError` before any
  request when an argument breaks the documented limits, and `InsecureEndpointError` /
  `ValueError` at construction for an unsafe or broken endpoint.
- Never retries: requests' retries are off and redirects are not followed (a redirect would
  carry the password elsewhere); the engine decides what to do with each outcome.
- Timeouts are in seconds: `connect_timeout` for opening the connection (a failure then means
  nothing was sent), `read_timeout` for the answer. One overall deadline, their sum, holds
  every request whatever the server does (`deadline.py`): a gateway that drips its headers or
  its body a byte at a time is cut off then, and the send is UNCERTAIN like any read timeout.
- The password is registered with `core.logs` and redacted from every text this module
  produces; urllib3's own debug records (which contain the URL) are redacted too.
"""

from __future__ import annotations

import logging
import ssl
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import quote, quote_plus, urlsplit
from zoneinfo import ZoneInfo

import requests
import urllib3.exceptions

from masiv_desktop import __version__
from masiv_desktop.core.logs import RedactingFilter, redact, register_secret
from masiv_desktop.gateway.codes import Reaction, error_info
from masiv_desktop.gateway.errors import GatewayInputError
from masiv_desktop.gateway.http.answers import (
    DATE_FORMAT,
    MalformedResponse,
    parse_send_response,
    parse_status_response,
)
from masiv_desktop.gateway.http.deadline import Watch, WatchedAdapter, watching
from masiv_desktop.gateway.http.endpoints import (
    PRESETS,
    Endpoint,
    custom_endpoint,
    is_loopback_host,
    require_secure,
    resolve_endpoint,
)
from masiv_desktop.gateway.outcomes import (
    NetworkFailure,
    SendOutcome,
    SendResult,
    StatusReport,
    network_failure,
)

__all__ = ["PRESETS", "Endpoint", "MasivHttpClient", "custom_endpoint", "resolve_endpoint"]

log = logging.getLogger(__name__)

MAX_CREDENTIAL_CHARS = 50
MAX_ORIGINATOR_CHARS = 16
MAX_RECIPIENT_DIGITS = 16
MAX_MESSAGE_CHARS = 160
MAX_MESSAGE_ID_CHARS = 64
MAX_RETRY_AFTER_S = 3600.0
_CHUNK_BYTES = 16_384
UTC_ZONE = ZoneInfo("UTC")

_NEVER_SENT_CAUSES: tuple[type[BaseException], ...] = (
    urllib3.exceptions.ConnectTimeoutError,  # includes NewConnectionError and DNS failures
    urllib3.exceptions.ProxyError,  # raised only while connecting to the proxy
    urllib3.exceptions.ClosedPoolError,
    urllib3.exceptions.EmptyPoolError,
    requests.exceptions.ConnectTimeout,
    requests.exceptions.InvalidURL,
    requests.exceptions.MissingSchema,
    requests.exceptions.InvalidSchema,
)
"""Failures that happen before a single byte of the request is written."""

_library_logs_guarded = False
_guard_lock = threading.Lock()


class _Failure(Exception):
    """Internal: an exchange that produced no usable body."""

    def __init__(self, result: SendResult, text: str, http_status: int | None = None,
                 retry_after: float | None = None, *,
                 failure: NetworkFailure = NetworkFailure.BROKEN) -> None:
        super().__init__(text)
        self.result, self.text = result, text
        self.http_status, self.retry_after = http_status, retry_after
        self.failure = failure


class MasivHttpClient:
    """One account on one gateway endpoint. See the module docstring for the contract."""

    def __init__(self, endpoint: Endpoint, username: str, password: str, *,
                 gateway_zone: ZoneInfo = UTC_ZONE, connect_timeout: float = 5.0,
                 read_timeout: float = 30.0, pool_size: int = 16,
                 max_body_bytes: int = 1_000_000, use_post: bool = False) -> None:
        """`gateway_zone` is the zone in which the gateway reads `sendondate`; `pool_size`
        caps the keep-alive connections each thread's session keeps; `use_post` sends the
        parameters as a form body instead of the documented query string."""
        _check_credential("username", username)
        _check_credential("password", password)
        for secret in {password, quote(password, safe=""), quote_plus(password)}:
            register_secret(secret)
        require_secure(endpoint.send_url)
        require_secure(endpoint.report_url)
        _guard_library_logs()
        self.endpoint = endpoint
        self.username = username
        self._password = password
        self.gateway_zone = gateway_zone
        self._timeout = (connect_timeout, read_timeout)
        self._pool_size = pool_size
        self._max_body_bytes = max_body_bytes
        self._method = "POST" if use_post else "GET"
        self._environment = _environment_settings((endpoint.send_url, endpoint.report_url))
        self._local = threading.local()
        self._sessions: dict[threading.Thread, requests.Session] = {}
        self._lock = threading.Lock()
        self._closed = False

    def __repr__(self) -> str:
        return (f"MasivHttpClient(endpoint={self.endpoint.name!r}, "
                f"username={self.username!r}, method={self._method})")

    def send_message(self, recipient: str, text: str, *, originator: str | None = None,
                     long_message: bool = False, send_on: datetime | None = None) -> SendOutcome:
        """Send one SMS (`sendmessage`). Returns the classified outcome; never resends.

        `recipient` is international digits without "+"; `text` is at most 160 characters
        unless `long_message` (then the gateway splits it in 160-character blocks, one part
        each); `send_on` must be timezone-aware and is converted to `gateway_zone`. An empty
        `originator` means the account's default sender.
        """
        params = self._credentials("sendmessage")
        params.update(send_parameters(recipient, text, originator=originator,
                                      long_message=long_message, send_on=send_on,
                                      gateway_zone=self.gateway_zone))
        try:
            status, body = self._exchange(self.endpoint.send_url, params)
            outcome = parse_send_response(body, http_status=status)
        except _Failure as failure:
            outcome = SendOutcome(failure.result, error_text=failure.text,
                                  http_status=failure.http_status,
                                  retry_after=failure.retry_after, failure=failure.failure)
        except MalformedResponse as exc:
            outcome = SendOutcome(SendResult.UNCERTAIN, http_status=200,
                                  failure=NetworkFailure.UNREADABLE, error_text=redact(
                f"The gateway's answer could not be read ({exc}); the message may have "
                "been sent."))
        if outcome.result is not SendResult.ACCEPTED:
            log.info("send to %s on %s: %s %s %s", recipient, self.endpoint.name,
                     outcome.result, outcome.error_code or "", outcome.error_text)
        return outcome

    def get_message(self, message_id: str) -> StatusReport:
        """The gateway's status of one message id (`getMessage`).

        Error 2000 (unknown id) is a final answer: status None, `error_code` 2000. Error
        1157/1156 (credentials, package) is not transient either: stop polling with this
        account and ask the user to check it; polling again cannot help. Every other error and
        every transport failure is `transient=True`: nothing is known, ask again later.
        """
        message_id = message_id.strip()
        if not message_id or len(message_id) > MAX_MESSAGE_ID_CHARS or \
                not message_id.isprintable():
            raise GatewayInputError("message_id", f"The message id {message_id[:80]!r} is not "
                                    "a gateway message id.")
        params = self._credentials("getMessage")
        params["messageId"] = message_id
        try:
            _status, body = self._exchange(self.endpoint.report_url, params)
            report = parse_status_response(body, message_id)
        except _Failure as failure:
            return StatusReport(message_id, None, error_text=failure.text, transient=True,
                                failure=failure.failure, http_status=failure.http_status)
        except MalformedResponse as exc:
            return StatusReport(message_id, None, transient=True,
                                failure=NetworkFailure.UNREADABLE, http_status=200,
                                error_text=redact(f"The gateway's answer could not be read "
                                                  f"({exc})."))
        if report.error_code is not None:
            reaction = error_info(report.error_code).reaction
            final = reaction in (Reaction.UNKNOWN_ID, Reaction.STOP_ACCOUNT)
            report = StatusReport(message_id, None, error_code=report.error_code,
                                  error_text=report.error_text, transient=not final)
        return report

    def close(self) -> None:
        """Close every thread's session and its connections. Idempotent, any thread."""
        with self._lock:
            self._closed = True
            sessions = list(self._sessions.values())
            self._sessions.clear()
        for session in sessions:
            session.close()

    def _credentials(self, action: str) -> dict[str, str]:
        return {"action": action, "username": self.username, "password": self._password}

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = self._new_session()
            self._local.session = session
        return session

    def _new_session(self) -> requests.Session:
        """A session for the calling thread; sessions of finished threads are closed."""
        session = requests.Session()
        adapter = WatchedAdapter(pool_connections=4, pool_maxsize=self._pool_size,
                                 max_retries=0)
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        session.headers.update({"User-Agent": f"masiv-desktop/{__version__}",
                                "Accept-Encoding": "identity"})
        session.trust_env = False  # read once in `_environment_settings`, not per request
        with self._lock:
            if self._closed:
                session.close()
                raise _Failure(SendResult.NOT_SENT, "The gateway client was closed; nothing "
                               "was sent.")
            finished = [t for t in self._sessions if not t.is_alive()]
            stale = [self._sessions.pop(t) for t in finished]
            self._sessions[threading.current_thread()] = session
        for old in stale:
            old.close()
        return session

    def _exchange(self, url: str, params: Mapping[str, str]) -> tuple[int, bytes]:
        """One request; returns (HTTP status, body) of a 2xx answer or raises `_Failure`."""
        if self._closed:
            raise _Failure(SendResult.NOT_SENT, "The gateway client was closed; nothing "
                           "was sent.")
        as_query = self._method == "GET"
        session = self._session()
        with watching(sum(self._timeout)) as watch:
            try:
                response = session.request(
                    self._method, url, params=params if as_query else None,
                    data=None if as_query else params, timeout=self._timeout, stream=True,
                    allow_redirects=False, **self._environment[url])
            except requests.RequestException as exc:
                raise _transport_failure(exc, self._timeout, watch) from None
            with response:
                _check_status(response)
                return response.status_code, self._read_body(response, watch)

    def _read_body(self, response: requests.Response, watch: Watch) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self._max_body_bytes:
            raise _Failure(SendResult.UNCERTAIN, f"The gateway's answer is {declared} bytes, "
                           f"over the {self._max_body_bytes}-byte limit; the message may have "
                           "been sent.", response.status_code,
                           failure=NetworkFailure.UNREADABLE)
        body = bytearray()
        try:
            for chunk in _chunks(response):
                body += chunk
                if len(body) > self._max_body_bytes:
                    raise _Failure(SendResult.UNCERTAIN, f"The gateway's answer exceeded the "
                                   f"{self._max_body_bytes}-byte limit; the message may have "
                                   "been sent.", response.status_code,
                                   failure=NetworkFailure.UNREADABLE)
                if watch.expired or time.monotonic() > watch.deadline:
                    raise _late_answer(watch, response.status_code)
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            if watch.expired:
                raise _late_answer(watch, response.status_code) from None
            raise _Failure(SendResult.UNCERTAIN, redact(
                f"The connection broke while the gateway answered ({_describe(exc)}); the "
                "message may have been sent."), response.status_code,
                failure=_failure_kind(exc)) from None
        return bytes(body)


def _environment_settings(urls: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The proxies (`HTTPS_PROXY`, `NO_PROXY`…) and CA bundle (`REQUESTS_CA_BUNDLE`) the
    environment gives each URL, read once: requests would re-read the whole environment on
    every request, a tenth of the client's time at a thousand requests a second.

    This computer's own addresses (127.0.0.0/8, ::1, localhost) never go through a proxy,
    whatever `NO_PROXY` says, and neither does plain http (only allowed to those addresses,
    `require_secure`): a proxy would read the password in the query string. HTTPS goes
    through the environment's proxy as a CONNECT tunnel, which carries only the host name."""
    reader = requests.Session()
    try:
        settings = {url: reader.merge_environment_settings(url, {}, None, None, None)
                    for url in urls}
    finally:
        reader.close()
    return {url: {"proxies": {} if _always_direct(url) else found["proxies"],
                  "verify": found["verify"]}
            for url, found in settings.items()}


def _always_direct(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme != "https" or is_loopback_host(parts.hostname or "")


def _chunks(response: requests.Response) -> Iterator[bytes]:
    yield from response.iter_content(chunk_size=_CHUNK_BYTES)


def _check_status(response: requests.Response) -> None:
    """Raise `_Failure` for any status but 2xx (DESIGN.md, "Outcome policy")."""
    status = response.status_code
    if 200 <= status < 300:
        return
    if status in (429, 503):
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        raise _Failure(SendResult.RETRY_LATER, f"The gateway asked to slow down (HTTP "
                       f"{status}); nothing was sent.", status, retry_after,
                       failure=NetworkFailure.HTTP_STATUS)
    if 300 <= status < 500:
        raise _Failure(SendResult.NOT_SENT, f"The gateway declined the request before "
                       f"handling it (HTTP {status}); check the gateway address.", status,
                       failure=NetworkFailure.HTTP_STATUS)
    raise _Failure(SendResult.UNCERTAIN, f"The gateway failed while handling the request "
                   f"(HTTP {status}); the message may have been sent.", status,
                   failure=NetworkFailure.HTTP_STATUS)


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception and what it wraps (requests keeps urllib3's error in `args`)."""
    pending, seen = [exc], set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for inner in (getattr(current, "reason", None), current.__cause__, *current.args):
            if isinstance(inner, BaseException):
                pending.append(inner)


def _describe(exc: BaseException) -> str:
    return redact(f"{type(exc).__name__}: {exc}")[:500]


def _late_answer(watch: Watch, http_status: int | None = None) -> _Failure:
    """The request's deadline passed (`deadline.py`): like a read timeout, the message may
    have reached the gateway."""
    return _Failure(SendResult.UNCERTAIN, f"The gateway's answer did not arrive within "
                    f"{watch.seconds:g} s; the message may have been sent.", http_status,
                    failure=NetworkFailure.TIMEOUT)


def _transport_failure(exc: requests.RequestException, timeout: tuple[float, float],
                       watch: Watch) -> _Failure:
    """Classify a failed request: never sent (safe to retry) or maybe sent (uncertain).

    Only failures that happen before the request is written are NOT_SENT: connection
    refused, DNS failure, connect timeout, an unusable proxy, a certificate that fails
    verification. Everything else (read timeout, reset or disconnect after the request
    went out, other TLS errors, the request's deadline) may have reached the gateway:
    UNCERTAIN.
    """
    causes = list(_causes(exc))
    kind = _failure_kind(exc)
    if any(isinstance(c, _NEVER_SENT_CAUSES) for c in causes):
        return _Failure(SendResult.NOT_SENT, redact(
            f"Could not connect to the gateway ({_describe(exc)}); nothing was sent."),
            failure=kind)
    if any(_is_certificate_error(c) for c in causes):
        return _Failure(SendResult.NOT_SENT, redact(
            f"The gateway's certificate could not be verified ({_describe(exc)}); nothing "
            "was sent."), failure=NetworkFailure.TLS)
    if watch.expired:
        return _late_answer(watch)
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return _Failure(SendResult.UNCERTAIN, f"The gateway did not answer within "
                        f"{timeout[1]:g} s; the message may have been sent.",
                        failure=NetworkFailure.TIMEOUT)
    return _Failure(SendResult.UNCERTAIN, redact(
        f"The connection broke after the request was sent ({_describe(exc)}); the message "
        "may have been sent."), failure=kind)


def _failure_kind(exc: BaseException) -> NetworkFailure:
    """What went wrong, for the person who must fix it. urllib3's DNS and TLS errors first,
    then the socket's own error; its timeouts last, as its `NewConnectionError` (a refused
    connection) is a `ConnectTimeoutError` too."""
    causes = list(_causes(exc))
    if any(isinstance(c, urllib3.exceptions.NameResolutionError) for c in causes):
        return NetworkFailure.NAME_NOT_FOUND
    if any(isinstance(c, (urllib3.exceptions.SSLError, requests.exceptions.SSLError))
           for c in causes):
        return NetworkFailure.TLS
    kind = network_failure(causes)
    timed_out = any(isinstance(c, (requests.exceptions.Timeout, urllib3.exceptions.TimeoutError))
                    and not isinstance(c, urllib3.exceptions.NewConnectionError)
                    for c in causes)
    return NetworkFailure.TIMEOUT if kind is NetworkFailure.BROKEN and timed_out else kind


def _is_certificate_error(exc: BaseException) -> bool:
    return isinstance(exc, ssl.SSLCertVerificationError)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delay-seconds or HTTP-date), clamped to
    [0, 1 h] so a hostile value cannot park the campaign; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER_S)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC_ZONE)
    now = now or datetime.now(tz=UTC_ZONE)
    return min(max((when - now).total_seconds(), 0.0), MAX_RETRY_AFTER_S)


def _check_credential(parameter: str, value: str) -> None:
    if not value:
        raise GatewayInputError(parameter, f"The {parameter} is empty.")
    if len(value) > MAX_CREDENTIAL_CHARS:
        raise GatewayInputError(parameter, f"The {parameter} has {len(value)} characters; the "
                                f"gateway accepts at most {MAX_CREDENTIAL_CHARS}.")


def gateway_length(text: str) -> int:
    """Characters as the gateway (ASP.NET) counts them: UTF-16 code units, so an emoji
    counts two. Never less than Python's `len`."""
    return len(text.encode("utf-16-le")) // 2


def format_send_on(send_on: datetime, gateway_zone: ZoneInfo) -> str:
    """`sendondate` for an aware datetime: converted to the gateway's zone, seconds kept,
    microseconds dropped. A naive datetime is refused (its zone would be a guess)."""
    if send_on.tzinfo is None or send_on.utcoffset() is None:
        raise GatewayInputError("send_on", "The send time has no time zone; give a "
                                "timezone-aware date and time.")
    return send_on.astimezone(gateway_zone).strftime(DATE_FORMAT)


def send_parameters(recipient: str, text: str, *, originator: str | None, long_message: bool,
                    send_on: datetime | None, gateway_zone: ZoneInfo) -> dict[str, str]:
    """The documented sendmessage parameters (without credentials), validated.

    Raises `GatewayInputError` naming the argument when a documented limit is broken.
    """
    if not (recipient.isascii() and recipient.isdigit()):
        raise GatewayInputError("recipient", f"The recipient {recipient[:40]!r} must be digits "
                                "only, in international format without '+' (e.g. "
                                "573101234567).")
    if len(recipient) > MAX_RECIPIENT_DIGITS:
        raise GatewayInputError("recipient", f"The recipient {recipient[:40]!r} has "
                                f"{len(recipient)} digits; at most {MAX_RECIPIENT_DIGITS}.")
    if not text:
        raise GatewayInputError("text", "The message text is empty.")
    length = gateway_length(text)
    if length > MAX_MESSAGE_CHARS and not long_message:
        raise GatewayInputError("text", f"The message has {length} characters; without long "
                                f"messages the gateway accepts at most {MAX_MESSAGE_CHARS}.")
    params = {"recipient": recipient, "messagedata": text,
              "longMessage": "true" if long_message else "false"}
    if originator:
        if len(originator) > MAX_ORIGINATOR_CHARS:
            raise GatewayInputError("originator", f"The sender {originator!r} has "
                                    f"{len(originator)} characters; at most "
                                    f"{MAX_ORIGINATOR_CHARS}.")
        params["originator"] = originator
    if send_on is not None:
        params["sendondate"] = format_send_on(send_on, gateway_zone)
    return params


def _guard_library_logs() -> None:
    """Redact urllib3's and requests' own records: urllib3 logs each URL at DEBUG."""
    global _library_logs_guarded
    with _guard_lock:
        if _library_logs_guarded:
            return
        names = ["urllib3", "urllib3.connectionpool", "urllib3.connection",
                 "urllib3.response", "urllib3.poolmanager", "urllib3.util.retry", "requests"]
        names += [n for n in logging.root.manager.loggerDict if n.startswith("urllib3.")]
        for name in dict.fromkeys(names):
            logging.getLogger(name).addFilter(RedactingFilter())
        _library_logs_guarded = True
