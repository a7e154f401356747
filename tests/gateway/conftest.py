"""Fixtures of the gateway tests: stub servers (see `stub_servers`), dead ports, a TLS
context with a certificate nobody trusts."""

from __future__ import annotations

import contextlib
import shutil
import socket
import ssl
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers.stub_servers import Behaviour, StubServer


@pytest.fixture
def stub() -> Iterator[Callable[..., StubServer]]:
    """Start stub servers: `stub(behaviour, tls=None)`; all are stopped after the test."""
    servers: list[StubServer] = []

    def start(behaviour: Behaviour, tls: ssl.SSLContext | None = None) -> StubServer:
        server = StubServer(behaviour, tls)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def closed_port() -> int:
    """A loopback port where nothing listens: connecting is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def full_backlog_port() -> Iterator[int]:
    """A loopback port whose accept queue is full: new connections time out connecting."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = int(listener.getsockname()[1])
    fillers = []
    for _ in range(3):
        filler = socket.socket()
        filler.settimeout(0.2)
        with contextlib.suppress(OSError):
            filler.connect(("127.0.0.1", port))
        fillers.append(filler)
    yield port
    for sock in [*fillers, listener]:
        sock.close()


@pytest.fixture(scope="session")
def self_signed_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(key, certificate) files of a self-signed certificate for 127.0.0.1."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    folder: Path = tmp_path_factory.mktemp("tls")
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2", "-subj",
                    "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return key, cert


@pytest.fixture(scope="session")
def self_signed_tls(self_signed_files: tuple[Path, Path]) -> ssl.SSLContext:
    """A server TLS context with a self-signed certificate for 127.0.0.1 (not trusted;
    `REQUESTS_CA_BUNDLE` set to `self_signed_files[1]` trusts it)."""
    key, cert = self_signed_files
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context
