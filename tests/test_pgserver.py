"""Tests for the throwaway PostgreSQL test server helper (tests/pgserver.py)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

try:
    from pgserver import PostgresServer, pg_available
except ImportError:  # tests/ imported as a package
    from tests.pgserver import PostgresServer, pg_available

pytestmark = pytest.mark.postgres

VIETNAMESE = "Đoàn Thanh niên Cộng sản Hồ Chí Minh"


def _require_postgres() -> None:
    ok, reason = pg_available()
    if ok:
        return
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(reason)


def _pid_alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return state != "Z"


@pytest.fixture(scope="module")
def pg() -> Iterator[PostgresServer]:
    _require_postgres()
    server = PostgresServer()
    started = time.monotonic()
    server.start()
    print(f"\nPostgreSQL test server started in {time.monotonic() - started:.2f}s")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def source_db(pg: PostgresServer) -> str:
    """A database holding one row of Vietnamese text in table ``org``."""
    url = pg.create_database("pgserver_source")
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE org (id serial PRIMARY KEY, name text NOT NULL)"))
            conn.execute(text("INSERT INTO org (name) VALUES (:name)"), {"name": VIETNAMESE})
    finally:
        engine.dispose()
    return url


def test_url_shape(pg: PostgresServer) -> None:
    assert pg.url() == f"postgresql+psycopg://coordboard@127.0.0.1:{pg.port}/postgres"
    assert pg.url("x").endswith(f":{pg.port}/x")
    assert pg.is_running()


def test_utf8_round_trip(pg: PostgresServer, source_db: str) -> None:
    engine = create_engine(source_db)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SHOW server_encoding")).scalar_one() == "UTF8"
            assert conn.execute(text("SELECT name FROM org")).scalar_one() == VIETNAMESE
            # Case mapping of Vietnamese letters needs a UTF-8 aware ctype
            # (C.UTF-8); the plain C fallback locale only maps ASCII.
            if conn.execute(text("SHOW lc_ctype")).scalar_one() != "C":
                upper = conn.execute(text("SELECT upper(name) FROM org")).scalar_one()
                assert upper == VIETNAMESE.upper()
    finally:
        engine.dispose()


def test_create_database_from_template(pg: PostgresServer, source_db: str) -> None:
    # Leave an idle pooled connection to the template open: create_database
    # must terminate it, and pre-ping lets the pool recover afterwards.
    holder = create_engine(source_db, pool_pre_ping=True)
    try:
        with holder.connect() as conn:
            conn.execute(text("SELECT 1"))
        copy_url = pg.create_database("pgserver_copy", template="pgserver_source")
        assert copy_url == pg.url("pgserver_copy")
        with holder.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM org")).scalar_one() == 1

        copy = create_engine(copy_url)
        try:
            with copy.connect() as conn:
                assert conn.execute(text("SELECT name FROM org")).scalars().all() == [VIETNAMESE]
        finally:
            copy.dispose()
    finally:
        holder.dispose()

    pg.drop_database("pgserver_copy")
    admin = create_engine(pg.url())
    try:
        with admin.connect() as conn:
            names = conn.execute(text("SELECT datname FROM pg_database")).scalars().all()
    finally:
        admin.dispose()
    assert "pgserver_copy" not in names
    assert "pgserver_source" in names


def test_listens_only_on_loopback(pg: PostgresServer) -> None:
    engine = create_engine(pg.url())
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SHOW listen_addresses")).scalar_one() == "127.0.0.1"
            assert str(conn.execute(text("SELECT inet_server_addr()")).scalar_one()) == "127.0.0.1"
    finally:
        engine.dispose()

    # Another loopback address (and IPv6 loopback) must be refused.
    for family, addr in ((socket.AF_INET, "127.0.0.2"), (socket.AF_INET6, "::1")):
        try:
            sock = socket.socket(family, socket.SOCK_STREAM)
        except OSError:
            continue  # address family not supported here
        with sock:
            sock.settimeout(2)
            try:
                result = sock.connect_ex((addr, pg.port))
            except OSError:
                continue  # e.g. IPv6 disabled
            assert result != 0, f"server unexpectedly reachable on {addr}:{pg.port}"


def test_stop_leaves_nothing_behind() -> None:
    _require_postgres()
    with PostgresServer() as server:
        assert server.is_running()
        pid = server.pid
        assert pid is not None and _pid_alive(pid)
        base = server.data_dir.parent
        assert base.exists()

    assert not server.is_running()
    assert server.pid is None
    assert not _pid_alive(pid)  # reaped, not even a zombie
    assert not base.exists()
    server.stop()  # idempotent

    # No process of this cluster (postmaster or backend) may survive.
    pgrep = subprocess.run(["pgrep", "-f", str(base)], capture_output=True, text=True)
    assert pgrep.stdout.strip() == ""


def test_leftover_server_stopped_at_exit() -> None:
    _require_postgres()
    helper_dir = Path(__file__).resolve().parent
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(helper_dir)!r})
        from pgserver import PostgresServer
        server = PostgresServer()
        server.start()
        print(server.pid, server.data_dir.parent, flush=True)
        # exit without calling stop(): the atexit hook must clean up
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    pid_text, base = result.stdout.split()
    assert not _pid_alive(int(pid_text))
    assert not Path(base).exists()
