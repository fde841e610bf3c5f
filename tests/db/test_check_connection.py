"""'Test connection' of a profile: connects, changes nothing, and gives each failure its own
message in the user's words."""

from __future__ import annotations

import socket
from dataclasses import replace

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from coordboard import profiles
from coordboard.db import head_revision, make_engine, upgrade
from coordboard.errors import DatabaseRefused, ValidationError
from coordboard.profiles import POSTGRESQL, SQLITE, Profile
from db.refused_databases import make_refused

postgres_only = [pytest.mark.postgres, pytest.mark.parametrize("backend", ["postgresql"])]


def _profile(url: str, **changes) -> Profile:
    parsed = make_url(url)
    return replace(
        Profile(
            name="Máy chủ",
            kind=POSTGRESQL,
            host=parsed.host,
            port=parsed.port,
            database=parsed.database,
            user=parsed.username,
            sslmode="disable",
        ),
        **changes,
    )


def _refusal(profile: Profile, password: str | None = None, **kw) -> DatabaseRefused:
    with pytest.raises(DatabaseRefused) as exc:
        profiles.check_connection(profile, password, **kw)
    return exc.value


@pytest.mark.parametrize("backend", ["postgresql"])
@pytest.mark.postgres
def test_a_coordboard_server_database_answers_with_its_state(db):
    check = profiles.check_connection(_profile(db.url))
    assert (check.state, check.revision) == ("current", head_revision())
    assert check.server.startswith("PostgreSQL ") and check.milliseconds >= 0


@pytest.mark.parametrize("backend", ["postgresql"])
@pytest.mark.postgres
def test_an_empty_and_an_older_server_database(fresh_target):
    assert profiles.check_connection(_profile(fresh_target)).state == "empty"
    engine = make_engine(fresh_target)
    try:
        upgrade(engine, "0002")
    finally:
        engine.dispose()
    check = profiles.check_connection(_profile(fresh_target))
    assert (check.state, check.revision) == ("older", "0002")


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("backend", ["postgresql"])
@pytest.mark.postgres
def test_each_failure_has_its_own_message(fresh_target, pg_server):
    pg_server.add_password_role("kiemtra_mk", "dung-roi-123")
    good = _profile(fresh_target)
    silent = socket.socket()  # accepts the connection, never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    try:
        messages = {
            "host": _refusal(replace(good, host="khong-co-may-nay.invalid")),
            "port": _refusal(replace(good, port=_closed_port())),
            "silent": _refusal(replace(good, port=silent.getsockname()[1]), timeout=1),
            "password": _refusal(replace(good, user="kiemtra_mk"), "sai-mat-khau"),
            "no password": _refusal(replace(good, user="kiemtra_mk")),
            "database": _refusal(replace(good, database="khong_co_csdl")),
            "ssl": _refusal(replace(good, sslmode="require")),
        }
    finally:
        silent.close()
    assert "no computer of that name" in messages["host"].message
    assert "nothing listens on port {port}" in messages["port"].message
    assert "it does not answer" in messages["silent"].message
    assert profiles.password_refused(messages["password"])
    assert profiles.password_refused(messages["no password"])
    assert "There is no database" in messages["database"].message
    assert "does not offer it" in messages["ssl"].message
    assert len({m.message for m in messages.values()}) == len(messages) - 1  # 2 x password
    assert "sai-mat-khau" not in str(messages["password"])
    ok = profiles.check_connection(replace(good, user="kiemtra_mk"), "dung-roi-123")
    assert ok.state == "empty"


@pytest.mark.parametrize("backend", ["postgresql"])
@pytest.mark.postgres
@pytest.mark.parametrize("kind", ["foreign", "newer"])
def test_a_database_that_is_not_for_this_coordboard_is_named_as_such(fresh_target, kind):
    engine = create_engine(fresh_target)
    try:
        make_refused(engine, kind)
        refusal = _refusal(_profile(fresh_target))
        assert ("another program" if kind == "foreign" else "newer version") in refusal.message
    finally:
        engine.dispose()


def test_sqlite_profiles(tmp_path):
    assert (
        profiles.check_connection(
            Profile(name="Tệp", kind=SQLITE, path=str(tmp_path / "moi.sqlite"))
        ).state
        == "new_file"
    )
    assert not (tmp_path / "moi.sqlite").exists()  # testing creates nothing
    letter = tmp_path / "cong-van.docx"
    letter.write_bytes(b"PK\x03\x04 not a database")
    refusal = _refusal(Profile(name="Tệp", kind=SQLITE, path=str(letter)))
    assert "not a SQLite file" in refusal.message


def test_a_profile_with_missing_fields_is_refused_before_connecting():
    with pytest.raises(ValidationError) as exc:
        profiles.check_connection(
            Profile(name="Máy chủ", kind=POSTGRESQL, host="", database="x", user="u")
        )
    assert exc.value.field == "host"


def test_no_message_shows_the_password_of_the_url_it_was_given():
    from coordboard.db import open_database, public_url

    url = f"postgresql+psycopg://thuky:bi-mat-123@127.0.0.1:{_closed_port()}/coordboard"
    assert public_url(url) == url.replace("+psycopg", "").replace(":bi-mat-123", "")
    with pytest.raises(DatabaseRefused) as exc:
        open_database(url)
    assert "bi-mat-123" not in str(exc.value) and "bi-mat-123" not in exc.value.translated()
    assert "127.0.0.1" in str(exc.value)
