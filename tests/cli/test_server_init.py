"""`coordboard server init`: schema and first administrator on an empty PostgreSQL database,
on a real PostgreSQL server; every refusal has its own message and writes nothing."""

from __future__ import annotations

import io
import socket
import sys

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from coordboard import db as dbmod
from coordboard.cli import main
from coordboard.services import auth

pytestmark = [pytest.mark.postgres, pytest.mark.parametrize("backend", ["postgresql"])]

ADMIN_PASSWORD = "quantri2025"


@pytest.fixture(autouse=True)
def _no_pgpassword(monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)


def cli(monkeypatch, *args: str, stdin: str = ADMIN_PASSWORD + "\n") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        return main(["--lang", "en", *args])
    except SystemExit as exc:
        return exc.code


def plain(url: str) -> str:
    """The URL as an administrator types it."""
    return url.replace("postgresql+psycopg://", "postgresql://")


def public_tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return set(
                conn.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                ).scalars()
            )
    finally:
        engine.dispose()


def test_init_creates_the_schema_and_the_first_administrator(fresh_target, monkeypatch, capsys):
    url = make_url(fresh_target)
    assert (
        cli(
            monkeypatch,
            "server",
            "init",
            "--url",
            plain(fresh_target) + "?sslmode=disable",
            "--admin",
            "Quantri",
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "administrator account: quantri" in out
    assert f"host:            {url.host}" in out
    assert f"port:            {url.port}" in out
    assert f"database:        {url.database}" in out
    assert f"user:            {url.username}" in out
    assert "SSL mode:        disable" in out
    assert f"schema revision: {dbmod.head_revision()}" in out
    assert (
        f"  coordboard --db 'postgresql://{url.username}@{url.host}:{url.port}/"
        f"{url.database}?sslmode=disable'"
    ) in out
    assert ADMIN_PASSWORD not in out

    database = dbmod.open_database(fresh_target)
    try:
        assert dbmod.current_revision(database.engine) == dbmod.head_revision()
        actor = auth.login(database, "quantri", ADMIN_PASSWORD)
        assert actor.role == "admin"
        with database.engine.connect() as conn:  # the reference catalogue of migration 0002
            assert conn.execute(text("SELECT count(*) FROM agencies")).scalar_one() > 0
    finally:
        database.dispose()


def test_a_second_init_is_refused(fresh_target, monkeypatch, capsys):
    assert cli(monkeypatch, "server", "init", "--url", fresh_target) == 0
    capsys.readouterr()
    assert cli(monkeypatch, "server", "init", "--url", fresh_target, "--admin", "other") == 1
    err = capsys.readouterr().err
    assert "already initialised; use coordboard db upgrade" in err
    assert err.count("\n") == 1
    database = dbmod.open_database(fresh_target)
    try:
        assert [u.username for u in auth.list_users(database, auth.first_admin(database))] == [
            "admin"
        ]
    finally:
        database.dispose()


def test_a_database_of_another_program_is_refused(fresh_target, monkeypatch, capsys):
    engine = create_engine(fresh_target)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE foo (id serial PRIMARY KEY)"))
    engine.dispose()
    assert cli(monkeypatch, "server", "init", "--url", fresh_target) == 1
    assert "database of another program" in capsys.readouterr().err
    assert public_tables(fresh_target) == {"foo"}


def test_a_url_with_a_password_is_refused(fresh_target, monkeypatch, capsys):
    url = make_url(fresh_target).set(password="bimat123")
    assert (
        cli(monkeypatch, "server", "init", "--url", url.render_as_string(hide_password=False)) == 1
    )
    err = capsys.readouterr().err
    assert "contains a password" in err
    assert "bimat123" not in err
    assert public_tables(fresh_target) == set()


def test_a_sqlite_path_is_refused(fresh_target, monkeypatch, capsys, tmp_path):
    for target in (str(tmp_path / "board.sqlite"), f"sqlite:///{tmp_path / 'board.sqlite'}"):
        assert cli(monkeypatch, "server", "init", "--url", target) == 1
        assert "is not a PostgreSQL URL" in capsys.readouterr().err
    assert not (tmp_path / "board.sqlite").exists()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_connection_failures_each_have_their_own_message(
    fresh_target, monkeypatch, capsys, pg_server
):
    import psycopg

    url = make_url(fresh_target)
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS matkhau_sai")
        conn.execute("CREATE ROLE matkhau_sai LOGIN PASSWORD 'dungroi123'")
        hba = pg_server.data_dir / "pg_hba.conf"
        rules = hba.read_text()
        line = "host all matkhau_sai 127.0.0.1/32 scram-sha-256\n"
        if line not in rules:  # this role only: every other test keeps trust authentication
            hba.write_text(line + rules)
        conn.execute("SELECT pg_reload_conf()")

    messages = {}
    wrong_port = url.set(port=_closed_port(), drivername="postgresql")
    missing_db = url.set(database="khong_co_csdl", drivername="postgresql")
    no_role = url.set(username="khong_co_ai", drivername="postgresql")
    wrong_password = url.set(username="matkhau_sai", drivername="postgresql")
    cases = {
        "port": (wrong_port, None),
        "database": (missing_db, None),
        "role": (no_role, None),
        "password": (wrong_password, "saimatkhau"),
    }
    for name, (target, password) in cases.items():
        if password:
            monkeypatch.setenv("PGPASSWORD", password)
        assert (
            cli(
                monkeypatch, "server", "init", "--url", target.render_as_string(hide_password=False)
            )
            == 1
        ), name
        messages[name] = capsys.readouterr().err
        monkeypatch.delenv("PGPASSWORD", raising=False)
    assert "Cannot connect to the database server" in messages["port"]
    assert (
        f"There is no database khong_co_csdl on the server {url.host}:{url.port}."
        in (messages["database"])
    )
    assert "does not let user khong_co_ai in" in messages["role"]
    assert "refused the password of user matkhau_sai" in messages["password"]
    assert "saimatkhau" not in messages["password"]
    assert len(set(messages.values())) == len(messages)
    assert public_tables(fresh_target) == set()


def test_the_right_password_from_pgpassword_is_used(fresh_target, monkeypatch, capsys, pg_server):
    import psycopg

    url = make_url(fresh_target)
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS co_matkhau")
        conn.execute("CREATE ROLE co_matkhau LOGIN PASSWORD 'dungroi123'")
        conn.execute(f'ALTER DATABASE "{url.database}" OWNER TO co_matkhau')
        conn.execute("GRANT ALL ON SCHEMA public TO co_matkhau")
        hba = pg_server.data_dir / "pg_hba.conf"
        rules = hba.read_text()
        line = "host all co_matkhau 127.0.0.1/32 scram-sha-256\n"
        if line not in rules:
            hba.write_text(line + rules)
        conn.execute("SELECT pg_reload_conf()")
    target = url.set(username="co_matkhau", drivername="postgresql").render_as_string(
        hide_password=False
    )
    monkeypatch.setenv("PGPASSWORD", "dungroi123")
    assert cli(monkeypatch, "server", "init", "--url", target) == 0
    out = capsys.readouterr().out
    assert "dungroi123" not in out
    assert f"coordboard --db {target}" in out
    assert "alembic_version" in public_tables(fresh_target)


def test_ssl_required_but_not_offered_has_its_own_message(fresh_target, monkeypatch, capsys):
    """The test server has no certificate: a PC configured with sslmode=require is told why."""
    target = plain(fresh_target) + "?sslmode=require"
    assert cli(monkeypatch, "server", "init", "--url", target) == 1
    err = capsys.readouterr().err
    assert "asks for SSL (sslmode=require)" in err and "does not offer it" in err
    assert public_tables(fresh_target) == set()
