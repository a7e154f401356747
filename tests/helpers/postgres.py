"""A real PostgreSQL server for the store tests: Debian's binaries, a throw-away cluster in a
temp dir, password (SCRAM) authentication on 127.0.0.1, stopped and deleted afterwards.

PostgreSQL refuses to run as root, so when the suite runs as root (CI boxes, containers) the
cluster belongs to an unprivileged system user (`masiv-pgtest`, created on first use; `nobody`
when it cannot be created). The product never gets the password in a URL: tests hand it over
the way users do (PGPASSWORD, .pgpass, the keyring)."""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
import threading
import uuid
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import pytest

if TYPE_CHECKING:
    import psycopg

HOST = "127.0.0.1"
USER = "masiv"
PASSWORD = "masiv-test"
OS_USER = "masiv-pgtest"
"""The system user that owns the cluster when the tests run as root."""

SETTINGS = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "200",
    "shared_buffers": "64MB",
    "max_wal_size": "256MB",
}
"""Server settings for speed: a test cluster never has to survive a crash."""

_SHM_NEEDED = 1 << 30
_START_ATTEMPTS = 3
_TIMEOUT_S = 120
_PREFIX = "masiv-pg-"


def _version_key(bin_dir: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", bin_dir.parent.name)) or (0,)


def find_bin_dir() -> Path | None:
    """The newest installed server's bin directory (Debian keeps each major version in
    /usr/lib/postgresql/N/bin, off PATH), else the one holding `initdb` on PATH."""
    installed = [p.parent for p in Path("/usr/lib/postgresql").glob("*/bin/initdb")
                 if (p.parent / "pg_ctl").exists()]
    if installed:
        return max(installed, key=_version_key)
    initdb = shutil.which("initdb")
    if initdb is not None:
        bin_dir = Path(initdb).resolve().parent
        if (bin_dir / "pg_ctl").exists():
            return bin_dir
    return None


def available() -> str | None:
    """None when a PostgreSQL server can run here, else the reason it cannot (for a skip)."""
    if find_bin_dir() is None:
        return ("PostgreSQL server binaries (initdb, pg_ctl) not found in "
                "/usr/lib/postgresql/*/bin or on PATH; install Debian's `postgresql` package "
                "(tests/ensure-postgresql.sh does it when run as root)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg (3) is not installed in this Python"
    return None


def require() -> None:
    """Skip the asking test when no server can run here, with the reason; fail instead
    under CI (the `CI` variable), where `make test` installs PostgreSQL and a skip would
    hide that the PostgreSQL tests never ran."""
    reason = available()
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI needs PostgreSQL: {reason}", pytrace=False)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def _unprivileged_user() -> pwd.struct_passwd:
    """`masiv-pgtest`, created as a system user when missing; `nobody` if that fails."""
    with contextlib.suppress(KeyError):
        return pwd.getpwnam(OS_USER)
    useradd = shutil.which("useradd")
    if useradd is not None:
        # Two test processes may race here: the loser's "already exists" is fine.
        subprocess.run([useradd, "--system", "--no-create-home", "--home-dir", "/nonexistent",
                        "--shell", "/usr/sbin/nologin", OS_USER],
                       capture_output=True, check=False, timeout=_TIMEOUT_S)
    try:
        return pwd.getpwnam(OS_USER)
    except KeyError:
        return pwd.getpwnam("nobody")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _temp_root() -> str:
    """Where the cluster lives: /dev/shm when it is a roomy tmpfs (on this project's build
    machine CREATE DATABASE takes ~13 ms there against ~250 ms on its ext4 disk, even with
    fsync off), else the temp dir. As root, only a dir that every directory above lets others
    through: a TMPDIR under /root would leave the unprivileged server unable to reach it."""
    shm = Path("/dev/shm")
    with contextlib.suppress(OSError):
        stats = os.statvfs(shm)
        if os.access(shm, os.W_OK | os.X_OK) and stats.f_bavail * stats.f_frsize >= _SHM_NEEDED:
            return str(shm)
    root = Path(tempfile.gettempdir()).resolve()
    if os.geteuid() != 0 or all(p.stat().st_mode & 0o001 for p in [root, *root.parents]):
        return str(root)
    return "/tmp"


class PostgresServer:
    """A throw-away PostgreSQL cluster: `with PostgresServer() as server:` starts it on a
    free 127.0.0.1 port, leaving stops it and deletes its files. `create_database()` gives a
    fresh database's URL (no password in it; the password is `server.password`)."""

    def __init__(self) -> None:
        bin_dir = find_bin_dir()
        if bin_dir is None:
            raise RuntimeError(available() or "PostgreSQL not found")
        self.bin_dir = bin_dir
        self.host = HOST
        self.user = USER
        self.password = PASSWORD
        self.port = 0
        self.os_user: str | None = None
        self._uid: int | None = None
        self._gid: int | None = None
        self.dir: Path | None = None
        self._admin: psycopg.Connection[Any] | None = None
        self._admin_lock = threading.Lock()
        self._names = itertools.count(1)

    # --- lifecycle ---------------------------------------------------------------------

    def __enter__(self) -> PostgresServer:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    @property
    def data_dir(self) -> Path:
        assert self.dir is not None, "the server is not started"
        return self.dir / "data"

    @property
    def log_file(self) -> Path:
        assert self.dir is not None, "the server is not started"
        return self.dir / "log"

    def start(self) -> None:
        """initdb a cluster in a new temp dir and start it (as an unprivileged user when
        we are root); on failure everything made so far is removed and the error names
        the server's log."""
        if os.geteuid() == 0:
            account = _unprivileged_user()
            self.os_user, self._uid, self._gid = account.pw_name, account.pw_uid, account.pw_gid
        self.dir = Path(tempfile.mkdtemp(prefix=_PREFIX, dir=_temp_root()))
        try:
            (self.dir / "owner.pid").write_text(f"{os.getpid()}\n")
            self._remove_abandoned_clusters()
            (self.dir / "sock").mkdir()
            (self.dir / "pwfile").write_text(self.password + "\n")
            if self._uid is not None and self._gid is not None:
                for path in (self.dir, self.dir / "sock", self.dir / "pwfile"):
                    os.chown(path, self._uid, self._gid)
            self._initdb()
            (self.dir / "pwfile").unlink()
            self._start_on_a_free_port()
        except BaseException:
            self._remove_dir()
            raise

    def _remove_abandoned_clusters(self) -> None:
        """Stop and delete the clusters of test runs that were killed before they could
        (their owner.pid process is gone), so no server lingers in /dev/shm's memory.
        Clusters of runs still going, and other users' clusters, are left alone."""
        assert self.dir is not None
        uid = os.getuid() if self._uid is None else self._uid
        for other in self.dir.parent.glob(f"{_PREFIX}*"):
            try:
                if other == self.dir or other.stat().st_uid != uid:
                    continue
                owner = int((other / "owner.pid").read_text())
            except (OSError, ValueError):
                continue
            if _alive(owner):
                continue
            if (other / "data" / "postmaster.pid").exists():
                with contextlib.suppress(subprocess.SubprocessError):
                    self._run(["pg_ctl", "-w", "-D", str(other / "data"), "-m", "immediate",
                               "stop"])
            shutil.rmtree(other, ignore_errors=True)

    def _initdb(self) -> None:
        common = ["-D", str(self.data_dir), "--auth=scram-sha-256", f"--username={self.user}",
                  f"--pwfile={self.dir}/pwfile", "--encoding=UTF8", "--no-sync"]
        try:
            self._run(["initdb", *common, "--locale=C.UTF-8"])
        except subprocess.CalledProcessError:
            # No C.UTF-8 locale on this system: the C locale sorts and compares the same.
            shutil.rmtree(self.data_dir, ignore_errors=True)
            self._run(["initdb", *common, "--no-locale"])

    def _start_on_a_free_port(self) -> None:
        assert self.dir is not None
        for attempt in range(1, _START_ATTEMPTS + 1):
            self.port = _free_port()
            settings = {"listen_addresses": HOST, "port": str(self.port),
                        "unix_socket_directories": str(self.dir / "sock"), **SETTINGS}
            options = " ".join(f"-c {shlex.quote(f'{k}={v}')}" for k, v in settings.items())
            try:
                self._run(["pg_ctl", "-w", "-t", str(_TIMEOUT_S), "-D", str(self.data_dir),
                           "-l", str(self.log_file), "-o", options, "start"])
                return
            except subprocess.CalledProcessError as error:
                log = self.log_text()
                # Another process took the port between probe and bind: try another one.
                if "could not bind" in log and attempt < _START_ATTEMPTS:
                    continue
                raise RuntimeError(f"PostgreSQL did not start: {error.stdout}{error.stderr}\n"
                                   f"server log ({self.log_file}):\n{log[-4000:]}") from error

    def stop(self) -> None:
        """Stop the server at once (no checkpoint: the files are deleted next) and delete
        its directory."""
        with self._admin_lock:
            if self._admin is not None:
                with contextlib.suppress(Exception):
                    self._admin.close()
                self._admin = None
        if self.dir is None:
            return
        if (self.data_dir / "postmaster.pid").exists():
            with contextlib.suppress(subprocess.SubprocessError):
                self._run(["pg_ctl", "-w", "-D", str(self.data_dir), "-m", "immediate", "stop"])
        self._remove_dir()

    def _remove_dir(self) -> None:
        if self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def log_text(self) -> str:
        """The server's log so far (for a failure message)."""
        try:
            return self.log_file.read_text(errors="replace")
        except OSError:
            return ""

    def _run(self, args: list[str]) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(LC_ALL="C", LANG="C")
        if self.os_user is not None:
            env.update(HOME=str(self.dir), USER=self.os_user, LOGNAME=self.os_user)
        return subprocess.run(
            [str(self.bin_dir / args[0]), *args[1:]], env=env, cwd=self.dir,
            capture_output=True, text=True, check=True, timeout=_TIMEOUT_S + 30,
            user=self._uid, group=self._gid,
            extra_groups=[] if self._uid is not None else None)

    # --- URLs and databases --------------------------------------------------------------

    @property
    def admin_url(self) -> str:
        """The maintenance database, password included (for the harness itself)."""
        return self.url_with_password(self.url("postgres"))

    def url(self, database: str) -> str:
        """A database's URL as a user would type it: no password."""
        return f"postgresql://{self.user}@{HOST}:{self.port}/{quote(database, safe='')}"

    def url_with_password(self, url: str) -> str:
        """`url` with this server's password put in (for code that takes no PGPASSWORD)."""
        parts = urlsplit(url)
        host = parts.netloc.rpartition("@")[2]
        user = unquote(parts.username) if parts.username else self.user
        netloc = f"{quote(user, safe='')}:{quote(self.password, safe='')}@{host}"
        return urlunsplit(parts._replace(netloc=netloc))

    def _admin_execute(self, statement: psycopg.sql.Composed) -> None:
        import psycopg

        with self._admin_lock:
            if self._admin is None or self._admin.closed:
                self._admin = psycopg.connect(self.admin_url, autocommit=True)
            try:
                self._admin.execute(statement)
            except psycopg.OperationalError:
                self._admin.close()
                self._admin = None
                raise

    def create_database(self, name: str | None = None, *, template: str | None = None) -> str:
        """A new database (from template1, UTF-8, or a copy of `template`) and its URL
        without a password."""
        from psycopg import sql

        name = name or f"test_{next(self._names)}_{uuid.uuid4().hex[:8]}"
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            statement = sql.SQL("{} TEMPLATE {}").format(statement, sql.Identifier(template))
        self._admin_execute(statement)
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop the database `url` names, closing any connection still open to it."""
        from psycopg import sql

        name = unquote(urlsplit(url).path.lstrip("/"))
        self._admin_execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
                            .format(sql.Identifier(name)))
