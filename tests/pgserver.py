"""Throwaway PostgreSQL server for the test suite.

Starts a private PostgreSQL cluster from the locally installed binaries
(``initdb`` and ``postgres``), listening only on 127.0.0.1 on a free TCP
port, with trust authentication and durability switched off for speed.
Everything lives in a fresh temporary directory that is removed again by
:meth:`PostgresServer.stop` (or at interpreter exit if ``stop`` was never
called).

PostgreSQL refuses to run as root.  When the tests run as root (as in CI),
``initdb`` and the server run as the unprivileged ``postgres`` system user
(``subprocess``'s ``user=``/``group=`` switch, no ``runuser`` needed);
otherwise they run as the current user.

The postmaster is started directly as a child of this process instead of via
``pg_ctl start``: ``pg_ctl`` detaches the server, so after shutdown it lingers
as a zombie until PID 1 reaps it (forever in containers whose PID 1 does not
reap).  As our own child it is reaped by :meth:`stop`, leaving no process.

Typical use::

    with PostgresServer() as pg:
        url = pg.create_database("app")
        engine = sqlalchemy.create_engine(url)
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import re
import shutil
import signal
import socket
import stat
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any

__all__ = ["PostgresServer", "find_pg_bin", "pg_available"]

#: Environment variable that may point at a directory holding ``initdb``/``postgres``.
PG_BIN_ENV = "COORDBOARD_PG_BIN"
#: Superuser created by ``initdb``; all connections use it.
SUPERUSER = "coordboard"
#: Unprivileged system account used to run the server when we are root.
SYSTEM_USER = "postgres"
HOST = "127.0.0.1"

_REQUIRED_BINARIES = ("initdb", "postgres")
_START_TIMEOUT_S = 60.0
_STOP_TIMEOUT_S = 30.0
_PORT_ATTEMPTS = 5

# Appended to postgresql.conf.  The port is passed on the command line so that
# it can be changed cheaply if another process grabs it first.
_SERVER_SETTINGS = """
# --- coordboard test-server settings ---
listen_addresses = '{host}'
unix_socket_directories = '{socket_dir}'
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
"""


def _has_binaries(directory: str) -> bool:
    return all(os.access(os.path.join(directory, b), os.X_OK) for b in _REQUIRED_BINARIES)


def _version_key(path: str) -> tuple[int, ...]:
    # /usr/lib/postgresql/15/bin -> (15,)
    return tuple(int(part) for part in re.findall(r"\d+", Path(path).parent.name))


def find_pg_bin() -> str | None:
    """Return the directory containing the PostgreSQL server binaries.

    Looks, in order, at ``$COORDBOARD_PG_BIN``, the directory of ``initdb``
    on ``PATH`` and ``/usr/lib/postgresql/*/bin`` (newest version first).
    Returns ``None`` if no directory holds both ``initdb`` and ``postgres``.
    """
    candidates: list[str] = []
    if env_dir := os.environ.get(PG_BIN_ENV):
        candidates.append(env_dir)
    if on_path := shutil.which("initdb"):
        candidates.append(os.path.dirname(on_path))
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    for directory in candidates:
        if _has_binaries(directory):
            return directory
    return None


def pg_available() -> tuple[bool, str]:
    """Report whether a test server can be started on this machine.

    Returns ``(True, "")`` or ``(False, reason)``; the reason is meant for
    ``pytest.skip`` / ``pytest.fail`` messages.
    """
    if find_pg_bin() is None:
        return False, (
            "PostgreSQL binaries (initdb, postgres) not found on PATH, "
            f"in /usr/lib/postgresql/*/bin or in ${PG_BIN_ENV}"
        )
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return False, "psycopg (psycopg[binary]) is not installed"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SYSTEM_USER)
        except KeyError:
            return False, f"running as root but the '{SYSTEM_USER}' system user does not exist"
    return True, ""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _clean_env() -> dict[str, str]:
    """The current environment without PG* variables that could interfere."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_MESSAGES"] = "C"  # keep error messages parseable
    return env


class PostgresServer:
    """A private, disposable PostgreSQL cluster.

    :param base_dir: directory in which a fresh temporary directory is created
        for the cluster (data dir, socket, log).  Defaults to the system temp
        dir.  When running as root, every parent of it must be traversable by
        the ``postgres`` user, so do not use a 0700 pytest ``tmp_path``.
    """

    def __init__(self, base_dir: str | None = None) -> None:
        self._bin_dir = find_pg_bin()
        self._parent_dir = base_dir
        self._base: Path | None = None
        self._port: int | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._owner_pid = os.getpid()
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ info

    @property
    def port(self) -> int:
        """TCP port of the running server."""
        if self._port is None:
            raise RuntimeError("PostgreSQL test server is not started")
        return self._port

    @property
    def host(self) -> str:
        """Address the server listens on (always 127.0.0.1)."""
        return HOST

    @property
    def user(self) -> str:
        """Superuser name used for all connections."""
        return SUPERUSER

    @property
    def pid(self) -> int | None:
        """PID of the postmaster, or ``None`` if not running."""
        return self._proc.pid if self.is_running() and self._proc else None

    @property
    def data_dir(self) -> Path:
        """The cluster's data directory."""
        if self._base is None:
            raise RuntimeError("PostgreSQL test server is not started")
        return self._base / "data"

    @property
    def log_file(self) -> Path:
        """The server log (postmaster stdout/stderr)."""
        if self._base is None:
            raise RuntimeError("PostgreSQL test server is not started")
        return self._base / "postgres.log"

    def url(self, dbname: str = "postgres") -> str:
        """SQLAlchemy URL (psycopg 3 driver) for database ``dbname``."""
        return f"postgresql+psycopg://{SUPERUSER}@{HOST}:{self.port}/{dbname}"

    def conninfo(self, dbname: str = "postgres") -> str:
        """libpq connection string for ``psycopg.connect``."""
        return f"host={HOST} port={self.port} user={SUPERUSER} dbname={dbname}"

    def is_running(self) -> bool:
        """True if the postmaster of this cluster is alive."""
        return self._proc is not None and self._proc.poll() is None

    # ------------------------------------------------------------- lifecycle

    def start(self) -> None:
        """Create the cluster with ``initdb`` and start the server.

        Returns once the server accepts connections.  Raises
        :class:`RuntimeError` (including PostgreSQL's output and log) if the
        binaries are missing or initialisation/startup fails; the temporary
        directory is removed again in that case.
        """
        with self._lock:
            if self._base is not None:
                raise RuntimeError("PostgreSQL test server already started")
            ok, reason = pg_available()
            if not ok:
                raise RuntimeError(reason)
            self._base = self._make_base_dir()
            _live_servers.add(self)
            try:
                self._initdb()
                self._start_postmaster()
            except BaseException:
                self._teardown()
                raise

    def stop(self) -> None:
        """Stop the server (fast shutdown) and delete its directory.

        Safe to call more than once.  Escalates to immediate shutdown and
        finally SIGKILL if the server does not exit, so no server process is
        left behind.
        """
        with self._lock:
            self._teardown()

    def pause(self) -> None:
        """Stop the server as its PC shutting down would (fast shutdown: open transactions are
        aborted and client connections cut), keeping the cluster, so that :meth:`resume` brings
        the same databases back on the same port. Not an immediate shutdown: with this test
        server's synchronous_commit=off, a crash may lose the last commits, as documented."""
        with self._lock:
            if self._base is None:
                raise RuntimeError("PostgreSQL test server is not started")
            proc = self._proc
            if proc is None or proc.poll() is not None:
                return
            proc.send_signal(signal.SIGINT)  # fast shutdown
            try:
                proc.wait(_STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self._kill_postmaster()
            self._proc = None

    def resume(self) -> None:
        """Start a paused server again on its former port; returns once it accepts
        connections (after crash recovery of the immediate shutdown)."""
        with self._lock:
            if self._base is None or self._port is None:
                raise RuntimeError("PostgreSQL test server is not started")
            if self.is_running():
                return
            with open(self.log_file, "ab") as log_fd:
                self._proc = subprocess.Popen(
                    [self._bin("postgres"), "-D", str(self.data_dir), "-p", str(self._port)],
                    stdout=log_fd,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                    **self._process_kwargs(),
                )
            if not self._wait_ready():
                self._kill_postmaster()
                raise RuntimeError(f"PostgreSQL server failed to restart:\n{self._read_log()}")

    def add_password_role(self, name: str, password: str) -> None:
        """A login role that must give its password over TCP (every other role keeps trust
        authentication)."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN SUPERUSER PASSWORD {}").format(
                    sql.Identifier(name), sql.Literal(password)
                )
            )
            hba = self.data_dir / "pg_hba.conf"
            rules = hba.read_text()
            line = f"host all {name} {HOST}/32 scram-sha-256\n"
            if line not in rules:
                hba.write_text(line + rules)
            conn.execute("SELECT pg_reload_conf()")

    def __enter__(self) -> PostgresServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = f"port={self._port}" if self.is_running() else "stopped"
        return f"<PostgresServer {state} dir={self._base}>"

    # ------------------------------------------------------------- databases

    def create_database(self, name: str, template: str | None = None) -> str:
        """Create database ``name`` and return its SQLAlchemy URL.

        With ``template``, runs ``CREATE DATABASE name TEMPLATE template``
        after terminating all other connections to the template (PostgreSQL
        refuses to copy a database that is in use).
        """
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            if template is None:
                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            else:
                conn.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = %s AND pid <> pg_backend_pid()",
                    (template,),
                )
                # CREATE DATABASE itself waits up to 5 s for the terminated
                # backends to exit before reporting the template as busy.
                conn.execute(
                    sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                        sql.Identifier(name), sql.Identifier(template)
                    )
                )
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop database ``name`` if it exists, disconnecting its users."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    # -------------------------------------------------------------- internals

    def _bin(self, name: str) -> str:
        assert self._bin_dir is not None
        return os.path.join(self._bin_dir, name)

    def _process_kwargs(self) -> dict[str, Any]:
        """Popen arguments shared by initdb and postgres."""
        kwargs: dict[str, Any] = {
            "cwd": self._base,  # the postgres user may not be able to access our cwd
            "env": _clean_env(),
            "stdin": subprocess.DEVNULL,
        }
        if os.geteuid() == 0:
            pw = pwd.getpwnam(SYSTEM_USER)
            kwargs["user"] = pw.pw_uid
            kwargs["group"] = pw.pw_gid
            kwargs["extra_groups"] = os.getgrouplist(pw.pw_name, pw.pw_gid)
            kwargs["env"] |= {"HOME": pw.pw_dir, "USER": pw.pw_name, "LOGNAME": pw.pw_name}
        return kwargs

    def _make_base_dir(self) -> Path:
        base = Path(tempfile.mkdtemp(prefix="coordboard-pg-", dir=self._parent_dir))
        if os.geteuid() == 0:
            pw = pwd.getpwnam(SYSTEM_USER)
            try:
                self._check_traversable(base.parent, pw.pw_uid, pw.pw_gid)
            except RuntimeError:
                shutil.rmtree(base, ignore_errors=True)
                raise
            os.chown(base, pw.pw_uid, pw.pw_gid)
        return base

    @staticmethod
    def _check_traversable(directory: Path, uid: int, gid: int) -> None:
        """Fail early with a clear message if ``uid`` cannot reach ``directory``."""
        for path in (directory, *directory.parents):
            st = path.stat()
            if st.st_uid == uid:
                ok = bool(st.st_mode & stat.S_IXUSR)
            elif st.st_gid == gid:
                ok = bool(st.st_mode & stat.S_IXGRP)
            else:
                ok = bool(st.st_mode & stat.S_IXOTH)
            if not ok:
                raise RuntimeError(
                    f"{path} is not traversable by the '{SYSTEM_USER}' user; "
                    "pass a base_dir whose parents are world-executable (e.g. mode 0755)"
                )

    def _initdb(self) -> None:
        output = ""
        for locale in ("C.UTF-8", "C"):
            result = subprocess.run(
                [
                    self._bin("initdb"),
                    "--pgdata",
                    str(self.data_dir),
                    "--username",
                    SUPERUSER,
                    "--auth",
                    "trust",
                    "--encoding",
                    "UTF8",
                    "--locale",
                    locale,
                    "--no-sync",
                ],
                capture_output=True,
                text=True,
                timeout=_START_TIMEOUT_S,
                check=False,
                **self._process_kwargs(),
            )
            if result.returncode == 0:
                break
            output = result.stdout + result.stderr
            shutil.rmtree(self.data_dir, ignore_errors=True)
            if "locale" not in output:
                raise RuntimeError(f"initdb failed:\n{output}")
            # C.UTF-8 is not installed here: retry with the plain C locale.
        else:
            raise RuntimeError(f"initdb failed:\n{output}")

        settings = _SERVER_SETTINGS.format(host=HOST, socket_dir=self._base)
        with open(self.data_dir / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(settings)

    def _start_postmaster(self) -> None:
        log = ""
        for _ in range(_PORT_ATTEMPTS):
            port = _free_port()
            with open(self.log_file, "wb") as log_fd:
                self._proc = subprocess.Popen(
                    [self._bin("postgres"), "-D", str(self.data_dir), "-p", str(port)],
                    stdout=log_fd,
                    stderr=subprocess.STDOUT,
                    # Own session: Ctrl-C in the terminal must not hit the server,
                    # and the whole process group can be killed as a last resort.
                    start_new_session=True,
                    **self._process_kwargs(),
                )
            if self._wait_ready():
                self._port = port
                return
            self._kill_postmaster()
            log = self._read_log()
            if "could not bind" not in log and "already in use" not in log:
                break
            # Lost a race for the port: try another one.
        raise RuntimeError(f"PostgreSQL server failed to start:\n{log}")

    def _wait_ready(self) -> bool:
        """Wait until postmaster.pid reports "ready" (as ``pg_ctl -w`` does)."""
        assert self._proc is not None
        pid_file = self.data_dir / "postmaster.pid"
        deadline = time.monotonic() + _START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                return False
            try:
                lines = pid_file.read_text().splitlines()
            except OSError:
                lines = []
            # Line 1 is the PID, line 8 the postmaster status (PostgreSQL >= 10).
            if (
                len(lines) >= 8
                and lines[0].strip() == str(self._proc.pid)
                and lines[7].strip() == "ready"
            ):
                return True
            time.sleep(0.01)
        return False

    def _read_log(self) -> str:
        try:
            return self.log_file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log file)"

    def _kill_postmaster(self) -> None:
        """Shut the postmaster down: fast, then immediate, then SIGKILL."""
        proc = self._proc
        if proc is None:
            return
        steps = (
            (signal.SIGINT, _STOP_TIMEOUT_S),  # fast shutdown
            (signal.SIGQUIT, 5.0),  # immediate shutdown
        )
        for sig, timeout in steps:
            if proc.poll() is not None:
                break
            proc.send_signal(sig)
            try:
                proc.wait(timeout)
                break
            except subprocess.TimeoutExpired:
                continue
        else:
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # postmaster and its backends
            except ProcessLookupError:
                pass
            proc.wait()
        self._proc = None

    def _teardown(self) -> None:
        try:
            self._kill_postmaster()
        finally:
            if self._base is not None:
                shutil.rmtree(self._base, ignore_errors=True)
            self._base = None
            self._port = None
            _live_servers.discard(self)


# Servers started but not yet stopped; cleaned up at interpreter exit.
_live_servers: set[PostgresServer] = set()


def _stop_leftover_servers() -> None:
    for server in list(_live_servers):
        # Only the process that started a server may stop it (not forked children).
        if server._owner_pid == os.getpid():
            try:
                server.stop()
            except Exception:  # noqa: BLE001 - best effort at exit
                pass


atexit.register(_stop_leftover_servers)
