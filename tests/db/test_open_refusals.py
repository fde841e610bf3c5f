"""Files that are not usable coordboard databases are refused with a clear message, untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from coordboard import config
from coordboard.db import open_database
from coordboard.errors import DatabaseRefused
from db.refused_databases import make_refused


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_refused_untouched(path: Path, expected: str) -> DatabaseRefused:
    before = digest(path)
    siblings = set(path.parent.iterdir())
    with pytest.raises(DatabaseRefused) as exc:
        open_database(path)
    assert expected in exc.value.message
    assert exc.value.params["path"] == str(path.resolve())
    assert str(path.resolve()) in str(exc.value)  # the message names the file
    assert "\n" not in str(exc.value)
    assert digest(path) == before, "a refused file must be left byte-identical"
    assert set(path.parent.iterdir()) == siblings, "no -wal/-shm/backup files may appear"
    assert not config.backup_dir_for(path).exists()
    return exc.value


@pytest.fixture
def coordboard_file(sqlite_db, tmp_path) -> Path:
    """A real, current coordboard database file, closed, in a folder of its own."""
    sqlite_db.dispose()
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "real.sqlite"
    shutil.copyfile(sqlite_db.path, path)
    return path


def test_a_text_file(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("Biên bản họp Ban Điều hành ngày 05/3/2025\n", encoding="utf-8")
    assert_refused_untouched(path, "not a SQLite file")


def test_a_word_document(tmp_path):
    path = tmp_path / "bien-ban.docx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    assert_refused_untouched(path, "not a SQLite file")


def test_a_sqlite_header_followed_by_garbage(tmp_path):
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x13\x37" * 4000)
    assert_refused_untouched(path, "damaged")


def test_a_truncated_database(coordboard_file):
    data = coordboard_file.read_bytes()
    assert len(data) > 3 * 4096
    coordboard_file.write_bytes(data[: len(data) // 3])
    assert_refused_untouched(coordboard_file, "damaged")


def test_a_database_with_corrupt_pages(coordboard_file):
    data = bytearray(coordboard_file.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for number in range(1, len(data) // page):  # keep page 0 (header + schema)
        start = number * page
        data[start + 8 : start + page - 8] = bytes([0xA5]) * (page - 16)
    coordboard_file.write_bytes(bytes(data))
    assert_refused_untouched(coordboard_file, "damaged")


def test_a_database_of_another_program(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)  # rollback-journal mode, as most programs leave their files
    conn.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY, ten TEXT)")
    conn.execute("INSERT INTO foo (ten) VALUES ('Trẻ em')")
    conn.commit()
    conn.close()
    assert_refused_untouched(path, "database of another program")


def test_a_database_from_a_newer_coordboard(coordboard_file):
    conn = sqlite3.connect(coordboard_file)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    error = assert_refused_untouched(coordboard_file, "made by a newer version of coordboard")
    assert error.params["revision"] == "9999"


def test_a_newer_database_in_rollback_journal_mode(coordboard_file):
    """As copied by a tool that does not keep WAL mode: opening must not switch it to WAL."""
    conn = sqlite3.connect(coordboard_file)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    assert_refused_untouched(coordboard_file, "newer version")


def test_a_folder(tmp_path):
    folder = tmp_path / "data.sqlite"
    folder.mkdir()
    with pytest.raises(DatabaseRefused) as exc:
        open_database(folder)
    assert "folder" in exc.value.message


def test_an_in_memory_database_is_refused():
    with pytest.raises(DatabaseRefused):
        open_database("sqlite://")


def test_a_refused_file_can_still_be_opened_by_its_own_program(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseRefused):
        open_database(path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("foo",)]
    finally:
        conn.close()


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"])
@pytest.mark.parametrize("kind", ["newer", "foreign"])
def test_postgresql_databases_that_are_refused(fresh_target, kind):
    engine = create_engine(fresh_target)
    try:
        made = make_refused(engine, kind)
        with pytest.raises(DatabaseRefused) as exc:
            open_database(fresh_target)
        assert ("another program" if kind == "foreign" else "newer version") in exc.value.message
        assert "coordboard@" in exc.value.params["path"]  # names the server, not a password
        with engine.connect() as conn:
            tables = set(
                conn.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                ).scalars()
            )
        assert tables == made
    finally:
        engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"])
def test_an_older_postgresql_database_is_refused_until_an_administrator_upgrades_it(
    fresh_target, capsys
):
    """Many PCs share a server: a PC with newer code does not migrate it on open."""
    from coordboard import i18n
    from coordboard.cli import main
    from coordboard.db import current_revision, head_revision, make_engine, upgrade

    engine = make_engine(fresh_target)
    try:
        upgrade(engine, "0002")
        with pytest.raises(DatabaseRefused) as exc:
            open_database(fresh_target)
        message = str(exc.value)
        assert "an administrator must run 'coordboard db upgrade --db postgresql://" in message
        assert f"at schema revision 0002; this coordboard needs {head_revision()}" in message
        assert "+psycopg" not in exc.value.params["url"]
        assert current_revision(engine) == "0002"
        with pytest.raises(DatabaseRefused):
            open_database(fresh_target, migrate=False)
        assert current_revision(engine) == "0002"
        try:
            assert main(["--lang", "en", "db", "upgrade", "--db", exc.value.params["url"]]) == 0
        finally:
            i18n.load("en")
        assert f"schema {head_revision()}" in capsys.readouterr().out
        assert current_revision(engine) == head_revision()
        open_database(fresh_target).dispose()
    finally:
        engine.dispose()
