"""From the settings to a ready gateway connection: the endpoint, the account, the sandbox.

`open_gateway` is what the engine, the CLI and the GUI call to get a `MasivHttpClient` for the
configured gateway. For the "sandbox" preset it starts an embedded `SandboxGateway` on a free
127.0.0.1 port with the demo account and stops it on `close()`. The embedded sandbox keeps
its credits, messages and sent log in `sandbox.sqlite3` in the data folder (`SANDBOX_FILE`),
so after a restart its message ids still answer with their status and polling resumes
(statuses follow the clock, so a message sent before the restart is final when asked after
it). Limits: messages whose sending began over 45 days ago are forgotten (2000 again), and a
`sandbox_config` given without a `state_file` keeps everything in memory.

"Test connection" (`check.test_connection`) is built on `open_gateway`. Opening an SMPP
account does network I/O: never on the GUI thread.

An SMPP account (`account_type` "smpp", docs/smpp.md) opens an `SmppTransport` instead, with
its receipts kept in `SMPP_RECEIPTS_FILE` in the data folder; with the "sandbox" preset an
embedded `SmppSandbox` (the test SMSC) on the same `sandbox.sqlite3`.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Protocol, Self, TypeVar
from zoneinfo import ZoneInfo

from masiv_desktop.core.logs import register_secret
from masiv_desktop.core.settings.credentials import (
    CredentialsError,
    CredentialsProblem,
    credentials_for_run,
    username_for_run,
)
from masiv_desktop.core.settings.paths import app_paths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.settings.smpp import system_id_for
from masiv_desktop.core.usertypes import GatewayPreset
from masiv_desktop.gateway.errors import GatewayInputError
from masiv_desktop.gateway.http.client import MasivHttpClient
from masiv_desktop.gateway.http.endpoints import PRESETS, Endpoint, custom_endpoint
from masiv_desktop.gateway.sandbox.server import SandboxConfig, SandboxGateway
from masiv_desktop.gateway.sandbox.smsc import SmppSandbox
from masiv_desktop.gateway.sandbox.state import SandboxState
from masiv_desktop.gateway.sandbox.store import SandboxStoreError
from masiv_desktop.gateway.smpp.receipts import ReceiptBook
from masiv_desktop.gateway.smpp.transport import SmppAccount, SmppTransport

log = logging.getLogger(__name__)

SANDBOX_USERNAME = "demo"
SANDBOX_PASSWORD = "demo"
SANDBOX_FILE = "sandbox.sqlite3"
"""The embedded sandbox's state file, in the data folder (`core.paths.AppPaths.data`)."""
SMPP_RECEIPTS_FILE = "smpp-receipts.sqlite3"
"""Receipts received over SMPP, in the data folder, so a receipt is not lost between its
arrival and the engine's next look at its part (even across a restart of the program)."""


class AccountError(RuntimeError):
    """The settings do not describe a usable gateway (an insecure address, a password the
    gateway cannot take, a sandbox state file it cannot use). The message says what is wrong;
    `MissingSetting` when a setting the account needs is empty."""


class MissingSetting(AccountError):
    """A setting the account needs is empty (`setting`: "gateway_url" for the custom preset,
    "smpp_host" for an SMPP account); the front end says where to set it."""

    def __init__(self, setting: str, message: str) -> None:
        self.setting = setting
        super().__init__(message)


class GatewayConnection:
    """A client for the configured gateway, and the embedded sandbox when it owns one.

    `client` is thread-safe (see `MasivHttpClient`, `SmppTransport`). `close()` is idempotent
    and may be called from any thread; use the connection as a context manager.
    """

    def __init__(self, client: MasivHttpClient | SmppTransport, *,
                 sandbox: SandboxGateway | None = None, preset: str = "custom",
                 smpp_sandbox: SmppSandbox | None = None) -> None:
        self.client = client
        self.sandbox = sandbox
        self.smpp_sandbox = smpp_sandbox
        self.preset = preset
        self._closed = False
        self._lock = threading.Lock()

    @property
    def endpoint(self) -> Endpoint:
        """The HTTP endpoint; `AccountError` for an SMPP connection (it has none)."""
        if isinstance(self.client, SmppTransport):
            raise AccountError("An SMPP account has no HTTP endpoint.")
        return self.client.endpoint

    @property
    def is_smpp(self) -> bool:
        return isinstance(self.client, SmppTransport)

    @property
    def username(self) -> str:
        return self.client.username

    @property
    def is_sandbox(self) -> bool:
        """True for the embedded sandbox: nothing real is sent (its ids are kept in the data
        folder's `sandbox.sqlite3`)."""
        return self.sandbox is not None or self.smpp_sandbox is not None

    def describe(self) -> str:
        """Where messages go, in words for the user (no password)."""
        if self.sandbox is not None:
            return f"the built-in sandbox at {self.sandbox.base_url} (nothing real is sent)"
        if self.smpp_sandbox is not None:
            host, port = self.smpp_sandbox.address
            return f"the built-in SMPP sandbox at {host}:{port} (nothing real is sent)"
        if isinstance(self.client, SmppTransport):
            return f"{self.client.describe()} gateway"
        return f"{self.preset} gateway {self.endpoint.send_url} as {self.username}"

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self.client.close()
        if isinstance(self.client, SmppTransport):
            self.client.receipts.close()
        if self.sandbox is not None:
            self.sandbox.stop()
        if self.smpp_sandbox is not None:
            self.smpp_sandbox.stop()

    def __enter__(self) -> GatewayConnection:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"GatewayConnection({self.describe()!r})"


def endpoint_for(settings: Settings) -> Endpoint:
    """The endpoint of a non-sandbox preset; `AccountError` when it cannot be used."""
    if settings.gateway_preset == GatewayPreset.CUSTOM:
        if not settings.gateway_url:
            raise MissingSetting("gateway_url", "The gateway preset is 'custom' but no gateway "
                                 "address (gateway_url) is set.")
        try:
            return custom_endpoint(settings.gateway_url)
        except ValueError as exc:
            raise AccountError(str(exc)) from None
    endpoint = PRESETS.get(settings.gateway_preset)
    if endpoint is None:
        raise AccountError(
            f"The gateway preset {settings.gateway_preset.value!r} has no address.")
    return endpoint


def open_gateway(settings: Settings, *, password: str | None = None,
                 username: str | None = None, environ: Mapping[str, str] = os.environ,
                 prompt: Callable[[str], str] | None = None,
                 sandbox_config: SandboxConfig | None = None,
                 data_dir: str | os.PathLike[str] | None = None,
                 connect_timeout: float = 5.0, read_timeout: float = 30.0) -> GatewayConnection:
    """A ready connection for the settings' gateway; close it when done.

    The account: for "sandbox", the embedded sandbox's demo account (started with
    `sandbox_config`, used as given; default: the settings' gateway time zone, no faults, state
    kept in `SANDBOX_FILE` under `app_paths(data_dir).data`, i.e. `--data-dir`, then
    MASIV_DESKTOP_HOME, then the user data folder). Otherwise
    `password` (with `username`, default the settings' one) or, when no password is given,
    `credentials.credentials_for_run` (MASIV_USERNAME / MASIV_PASSWORD, the keyring, then
    `prompt`). Raises `CredentialsError` (no password) or `AccountError` (bad gateway
    settings). The pool size is the `connections` setting.
    """
    folder = app_paths(data_dir).data
    timeouts = (connect_timeout, read_timeout)
    if settings.uses_sandbox:
        config = sandbox_config or SandboxConfig(timezone=settings.gateway_timezone,
                                                 state_file=str(folder / SANDBOX_FILE))
        if settings.uses_smpp:
            return _open_smpp_sandbox(settings, config, folder, timeouts)
        return _open_http_sandbox(settings, config, timeouts)
    login = _Login(password, username, environ, prompt)
    if settings.uses_smpp:
        return _open_smpp(settings, login, folder, timeouts)
    return _open_http(settings, login, timeouts)


@dataclass(frozen=True)
class _Login:
    """How `open_gateway` was told to find the account (its docstring), shared by HTTP and
    SMPP; the password is kept out of `repr`."""

    password: str | None = field(repr=False)
    username: str | None
    environ: Mapping[str, str]
    prompt: Callable[[str], str] | None

    def account(self, settings: Settings) -> tuple[str, str]:
        """(user name, password) for this run; the user name may be empty when a password
        was given: the caller says what it needs."""
        if self.password is None:
            found = credentials_for_run(settings.username, environ=self.environ,
                                        prompt=self.prompt)
            return found.username, found.password
        register_secret(self.password)
        return self.username or username_for_run(settings.username, self.environ), \
            self.password


class _Sandbox(Protocol):
    """What the HTTP sandbox and the SMSC have in common."""

    state: SandboxState

    def start(self) -> Self: ...

    def stop(self) -> None: ...


S = TypeVar("S", bound=_Sandbox)
T = TypeVar("T")


def _start_sandbox(make: Callable[[], S]) -> S:
    """An embedded sandbox made and started; `AccountError` when its state file cannot be
    used or it cannot listen (nothing is left open then)."""
    try:
        sandbox = make()
    except (SandboxStoreError, OSError) as exc:
        raise AccountError(str(exc)) from None
    try:
        return sandbox.start()
    except OSError as exc:
        sandbox.state.close()
        raise AccountError(str(exc)) from None


def _or_undo(make: Callable[[], T], *undo: Callable[[], None]) -> T:
    """`make()`, or run `undo` (in order) and re-raise when it fails."""
    try:
        return make()
    except BaseException:
        for step in undo:
            step()
        raise


def _open_http_sandbox(settings: Settings, config: SandboxConfig,
                       timeouts: tuple[float, float]) -> GatewayConnection:
    sandbox = _start_sandbox(lambda: SandboxGateway(config))
    endpoint = custom_endpoint(sandbox.base_url)
    client = _or_undo(lambda: _client(endpoint, SANDBOX_USERNAME, SANDBOX_PASSWORD, settings,
                                      timeouts), sandbox.stop, sandbox.state.close)
    log.info("embedded sandbox gateway started at %s", sandbox.base_url)
    return GatewayConnection(client, sandbox=sandbox, preset=GatewayPreset.SANDBOX)


def _open_smpp_sandbox(settings: Settings, config: SandboxConfig, folder: Path,
                       timeouts: tuple[float, float]) -> GatewayConnection:
    smsc = _start_sandbox(lambda: SmppSandbox(config=config))
    host, port = smsc.address
    book = ReceiptBook(None if config.state_file is None else folder / SMPP_RECEIPTS_FILE,
                       f"sandbox:{SANDBOX_USERNAME}")
    client = _or_undo(lambda: _smpp_client(settings, host, port, SANDBOX_USERNAME,
                                           SANDBOX_PASSWORD, book, timeouts),
                      smsc.stop, book.close)
    log.info("embedded SMPP sandbox started at %s:%s", host, port)
    return GatewayConnection(client, preset=GatewayPreset.SANDBOX, smpp_sandbox=smsc)


def _open_http(settings: Settings, login: _Login,
               timeouts: tuple[float, float]) -> GatewayConnection:
    endpoint = endpoint_for(settings)
    username, password = login.account(settings)
    if not username:
        raise CredentialsError(CredentialsProblem.NO_USERNAME)
    client = _client(endpoint, username, password, settings, timeouts)
    log.info("gateway %s opened for %s", endpoint.name, username)
    return GatewayConnection(client, preset=settings.gateway_preset)


def _client(endpoint: Endpoint, username: str, password: str, settings: Settings,
            timeouts: tuple[float, float]) -> MasivHttpClient:
    try:
        return MasivHttpClient(endpoint, username, password,
                               gateway_zone=ZoneInfo(settings.gateway_timezone),
                               connect_timeout=timeouts[0], read_timeout=timeouts[1],
                               pool_size=settings.connections)
    except (GatewayInputError, ValueError) as exc:
        raise AccountError(str(exc)) from None


def _open_smpp(settings: Settings, login: _Login, folder: Path,
               timeouts: tuple[float, float]) -> GatewayConnection:
    if not settings.smpp_host:
        raise MissingSetting("smpp_host", "The account type is SMPP but no SMPP server "
                             "(smpp_host) is set.")
    username, password = login.account(settings)
    system_id = system_id_for(settings, username)
    if not system_id:
        raise CredentialsError(CredentialsProblem.NO_USERNAME)
    book = ReceiptBook(folder / SMPP_RECEIPTS_FILE,
                       f"{system_id}@{settings.smpp_host}:{settings.smpp_port}")
    client = _or_undo(lambda: _smpp_client(settings, settings.smpp_host, settings.smpp_port,
                                           system_id, password, book, timeouts), book.close)
    log.info("SMPP gateway %s:%s opened for %s", settings.smpp_host, settings.smpp_port,
             system_id)
    return GatewayConnection(client, preset=settings.gateway_preset)


def _smpp_client(settings: Settings, host: str, port: int, system_id: str, password: str,
                 book: ReceiptBook, timeouts: tuple[float, float]) -> SmppTransport:
    account = SmppAccount(host, port, system_id=system_id,
                          system_type=settings.smpp_system_type, window=settings.smpp_window,
                          tls=settings.smpp_tls,
                          use_message_payload=settings.smpp_use_message_payload,
                          connect_timeout=timeouts[0], read_timeout=timeouts[1],
                          gateway_zone=ZoneInfo(settings.gateway_timezone))
    try:
        return SmppTransport(account, password, receipts=book)
    except GatewayInputError as exc:
        raise AccountError(f"SMPP account: {exc}") from None
