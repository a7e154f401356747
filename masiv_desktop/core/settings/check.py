""""Test connection": does the account work, and if not, why, as data worded by each front end.

`test_connection` checks an account without sending anything billable: over HTTP it asks for
the status of message id "0", which cannot exist (error 2000 proves the gateway got past the
credentials; 1157 means they are wrong); over SMPP it binds and unbinds. It blocks on the
network: never on the GUI thread.

The answer is a `ConnectionCheck`: a verdict, the host it concerns, why the network failed
(`gateway.outcomes.NetworkFailure`) and the technical detail kept apart (for a "Details"
button, the log, `--verbose`). `check_sentence` words it in one sentence naming the host, in
the language of the `Translate` it is given: the GUI passes Qt's, the CLI English.
`gateway_name` words where messages go (the status bar, the CLI) without a raw setting value.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from masiv_desktop.core.labels import label, register
from masiv_desktop.core.settings.account import AccountError, open_gateway
from masiv_desktop.core.settings.credentials import CredentialsError
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.usertypes import GatewayPreset
from masiv_desktop.core.words import QT_TRANSLATE_NOOP, Translate, english, fill
from masiv_desktop.gateway.codes import ErrorCode, error_info
from masiv_desktop.gateway.http.client import MasivHttpClient
from masiv_desktop.gateway.outcomes import NetworkFailure
from masiv_desktop.gateway.smpp.transport import SmppTransport

PROBE_MESSAGE_ID = "0"
"""A getMessage id no gateway has: the probe of `test_connection` (nothing is billed)."""
CHECK_TIMEOUT_S = 10.0
CONTEXT = "ConnectionCheck"
"""The translation context of the sentences below."""


class CheckVerdict(StrEnum):
    OK = "ok"
    WRONG_CREDENTIALS = "wrong_credentials"
    ACCOUNT_PROBLEM = "account_problem"
    """The credentials work but the account may not send over HTTP (1156)."""
    UNREACHABLE = "unreachable"
    """No answer from the gateway: `failure` says why."""
    GATEWAY_ERROR = "gateway_error"
    """The gateway answered with an error code (`error_code`)."""
    NOT_CONFIGURED = "not_configured"
    """No user name / password, or a gateway setting that cannot be used (`error`)."""


@dataclass(frozen=True)
class ConnectionCheck:
    """What "test connection" found; never holds the password nor a front end's command (the
    CLI adds `masiv login`, the GUI its own fields)."""

    verdict: CheckVerdict
    host: str = ""
    """The host (and port when it is not the usual one) the check talked to."""
    failure: NetworkFailure | None = None
    """For UNREACHABLE: why no answer came."""
    detail: str = ""
    """The technical text (the library's error, redacted), in English: for a "Details"
    button or the log, never the sentence a person reads first."""
    error_code: int | None = None
    """The gateway's error code (WRONG_CREDENTIALS, ACCOUNT_PROBLEM, GATEWAY_ERROR)."""
    http_status: int | None = None
    sandbox: bool = False
    """The embedded sandbox gateway answered (nothing it accepts reaches a phone)."""
    smpp: bool = False
    error: CredentialsError | AccountError | None = None
    """For NOT_CONFIGURED: the typed error, for the front end to say what to set."""

    @property
    def ok(self) -> bool:
        return self.verdict is CheckVerdict.OK

    @property
    def message(self) -> str:
        """The sentence in English (the CLI, the log)."""
        return check_sentence(self)


_VERDICTS: dict[CheckVerdict, str] = {
    CheckVerdict.OK: QT_TRANSLATE_NOOP(
        "ConnectionCheck", "The account works: %1 accepted the user name and password."),
    CheckVerdict.WRONG_CREDENTIALS: QT_TRANSLATE_NOOP(
        "ConnectionCheck", "%1 refused the user name or password."),
    CheckVerdict.ACCOUNT_PROBLEM: QT_TRANSLATE_NOOP(
        "ConnectionCheck", "%1 accepted the user name and password, but the account is not "
        "enabled to send SMS over HTTP: ask Masiv to enable it."),
    CheckVerdict.GATEWAY_ERROR: QT_TRANSLATE_NOOP(
        "ConnectionCheck", "%1 answered with error %2 (“%3”): try again later, and tell Masiv "
        "if it goes on."),
}
_OK_SMPP = QT_TRANSLATE_NOOP(
    "ConnectionCheck", "The account works: %1 accepted the system id and password.")
_OK_SANDBOX = QT_TRANSLATE_NOOP(
    "ConnectionCheck", "The test gateway (sandbox) on this computer answers: it accepts "
    "messages but sends nothing to any phone.")

_FAILURES: dict[NetworkFailure, str] = {
    NetworkFailure.NAME_NOT_FOUND: QT_TRANSLATE_NOOP(
        "ConnectionCheck", "Could not connect to %1: check the internet connection and that "
        "the address is written correctly."),
    NetworkFailure.REFUSED: QT_TRANSLATE_NOOP(
        "ConnectionCheck", "%1 refused the connection: check the address and the port, or try "
        "again later."),
    NetworkFailure.TIMEOUT: QT_TRANSLATE_NOOP(
        "ConnectionCheck", "%1 did not answer in time: check the internet connection, or try "
        "again in a few minutes."),
    NetworkFailure.TLS: QT_TRANSLATE_NOOP(
        "ConnectionCheck", "The secure connection to %1 could not be verified: check this "
        "computer's date and time, or ask your IT staff whether a proxy intercepts it."),
    NetworkFailure.HTTP_STATUS: QT_TRANSLATE_NOOP(
        "ConnectionCheck", "%1 answered with HTTP error %2: check the gateway address, or try "
        "again later."),
    NetworkFailure.UNREADABLE: QT_TRANSLATE_NOOP(
        "ConnectionCheck", "%1 answered, but not as a Masiv gateway does: check the gateway "
        "address."),
    NetworkFailure.BROKEN: QT_TRANSLATE_NOOP(
        "ConnectionCheck", "The connection to %1 was cut before it answered: check the "
        "internet connection and try again."),
}


def check_sentence(check: ConnectionCheck, translate: Translate = english) -> str:
    """The check's verdict in one sentence naming the host, in `translate`'s language. A
    NOT_CONFIGURED check is the typed error's English text: front ends word `check.error`
    themselves, naming where to fix it."""
    if check.verdict is CheckVerdict.NOT_CONFIGURED:
        return str(check.error or "")
    if check.verdict is CheckVerdict.UNREACHABLE:
        text = translate(CONTEXT, _FAILURES[check.failure or NetworkFailure.BROKEN])
        return fill(text, check.host, check.http_status or "")
    if check.verdict is CheckVerdict.OK and check.sandbox:
        return translate(CONTEXT, _OK_SANDBOX)
    if check.verdict is CheckVerdict.OK and check.smpp:
        return fill(translate(CONTEXT, _OK_SMPP), check.host)
    code = check.error_code or 0
    return fill(translate(CONTEXT, _VERDICTS[check.verdict]), check.host, code,
                error_info(code).message.rstrip(".: "))


GATEWAY_PRESETS: Mapping[GatewayPreset, str] = {
    GatewayPreset.SANDBOX: QT_TRANSLATE_NOOP("GatewayPreset", "test gateway (sandbox)"),
    GatewayPreset.PRODUCTION: QT_TRANSLATE_NOOP("GatewayPreset", "Masiv production"),
    GatewayPreset.FIXED_IP: QT_TRANSLATE_NOOP("GatewayPreset", "Masiv fixed IP"),
    GatewayPreset.TEST: QT_TRANSLATE_NOOP("GatewayPreset", "Estratec test server"),
    GatewayPreset.CUSTOM: QT_TRANSLATE_NOOP("GatewayPreset", "another address"),
}
register(GatewayPreset, "GatewayPreset", GATEWAY_PRESETS)


def gateway_name(settings: Settings, translate: Translate = english) -> str:
    """Where messages go, in words ("Masiv production", "test gateway (sandbox)"), and the
    host itself for another address or an SMPP server; never a raw setting value."""
    if settings.uses_sandbox:
        return label(GatewayPreset.SANDBOX, translate)
    if settings.uses_smpp and settings.smpp_host:
        return f"SMPP {settings.smpp_host}"
    if settings.gateway_preset == GatewayPreset.CUSTOM and settings.gateway_url:
        return _host_of(settings.gateway_url) or settings.gateway_url
    return label(settings.gateway_preset, translate)


def _host_of(url: str) -> str:
    """"host" or "host:port" of a URL (no user name, password, path or query)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    default = {"https": 443, "http": 80}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{host}:{port}" if host and port not in (None, default) else host


def test_connection(settings: Settings, password: str | None = None, *,
                    environ: Mapping[str, str] = os.environ,
                    prompt: Callable[[str], str] | None = None,
                    data_dir: str | os.PathLike[str] | None = None,
                    timeout: float = CHECK_TIMEOUT_S) -> ConnectionCheck:
    """Check the account against the gateway without sending a message (see module doc).

    Never raises for a bad setting, a missing password or the network: the verdict says.
    Blocks up to about twice `timeout` seconds.
    """
    try:
        connection = open_gateway(settings, password=password, environ=environ, prompt=prompt,
                                  data_dir=data_dir, connect_timeout=timeout,
                                  read_timeout=timeout)
    except (CredentialsError, AccountError) as exc:
        return ConnectionCheck(CheckVerdict.NOT_CONFIGURED, error=exc)
    with connection:
        if isinstance(connection.client, SmppTransport):
            return _smpp_verdict(connection.client, connection.is_sandbox)
        return _http_verdict(connection.client, connection.is_sandbox)


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def _http_verdict(client: MasivHttpClient, sandbox: bool) -> ConnectionCheck:
    host = _host_of(client.endpoint.report_url)
    report = client.get_message(PROBE_MESSAGE_ID)
    code = report.error_code
    detail = report.error_text if code is None else \
        f"gateway error {code}: {report.error_text or error_info(code).message}"
    found = ConnectionCheck(CheckVerdict.OK, host, sandbox=sandbox, error_code=code,
                            detail=detail)
    if code == ErrorCode.INVALID_ID or (code is None and report.status is not None):
        return found
    if code == ErrorCode.INVALID_CREDENTIALS:
        return _with(found, CheckVerdict.WRONG_CREDENTIALS)
    if code == ErrorCode.PACKAGE_NOT_ASSOCIATED:
        return _with(found, CheckVerdict.ACCOUNT_PROBLEM)
    if code is None:
        return ConnectionCheck(CheckVerdict.UNREACHABLE, host, report.failure,
                               report.error_text, http_status=report.http_status,
                               sandbox=sandbox)
    return _with(found, CheckVerdict.GATEWAY_ERROR)


def _with(check: ConnectionCheck, verdict: CheckVerdict) -> ConnectionCheck:
    return ConnectionCheck(verdict, check.host, detail=check.detail,
                           error_code=check.error_code, sandbox=check.sandbox)


def _smpp_verdict(client: SmppTransport, sandbox: bool) -> ConnectionCheck:
    """Bind (the connection unbinds when closed): the bind's answer is the verdict."""
    host = f"{client.account.host}:{client.account.port}"
    check = client.check()
    verdict = CheckVerdict.OK if check.ok else CheckVerdict.UNREACHABLE
    if not check.ok and check.error_code == ErrorCode.INVALID_CREDENTIALS:
        verdict = CheckVerdict.WRONG_CREDENTIALS
    return ConnectionCheck(verdict, host, None if check.ok else check.failure, check.text,
                           error_code=check.error_code, sandbox=sandbox,
                           smpp=True)
