"""`coordboard db copy`: a SQLite file into an empty PostgreSQL database, verified, all or nothing."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from coordboard import db as dbmod
from coordboard.cli import main
from coordboard.db import open_database
from coordboard.errors import DatabaseRefused, ValidationError
from coordboard.models import Base
from coordboard.services import boards, catalogue, db_copy, demo, members, plans, tasks
from coordboard.services.actor import SYSTEM

POSTGRES = [pytest.param("postgresql", marks=pytest.mark.postgres)]
CONTENT = bytes(range(256)) * 40  # every byte value, 10 KB


def cli(*args: str) -> int:
    try:
        return main(["--lang", "en", *args])
    except SystemExit as exc:
        return exc.code


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    """The small demo, plus a progress update with an attachment (built once per module)."""
    path = tmp_path_factory.mktemp("copy-source") / "demo.sqlite"
    database = open_database(path)
    try:
        demo.build(database)
        first = tasks.list_tasks(database, SYSTEM, limit=1)[0]
        tasks.add_update(
            database,
            SYSTEM,
            first.id,
            tasks.ProgressInput(
                update_date=date.today(),
                text="Báo cáo tiến độ quý",
                attachments=(tasks.AttachmentInput("báo-cáo.bin", CONTENT),),
            ),
        )
    finally:
        database.dispose()  # checkpoints the WAL into the file
    return path


def counts(database: dbmod.Database) -> dict[str, int]:
    with database.engine.connect() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in Base.metadata.sorted_tables
        }


def attachment_ids(database: dbmod.Database) -> list[int]:
    with database.engine.connect() as conn:
        return list(conn.execute(text("SELECT id FROM task_attachments ORDER BY id")).scalars())


def assert_empty(url: str) -> None:
    engine = dbmod.probe_engine(url)
    try:
        assert dbmod.classify(engine, url) == "empty"
    finally:
        engine.dispose()


@pytest.mark.parametrize("backend", POSTGRES)
def test_round_trip_keeps_everything(source, fresh_target, capsys):
    before = digest(source)
    assert cli("db", "copy", "--from", str(source), "--to", fresh_target) == 0
    out = capsys.readouterr().out
    assert "verified tasks:" in out and "verified audit_log:" in out
    assert "row counts and checksums match" in out
    assert digest(source) == before, "the source is only read"

    src, dst = open_database(source, migrate=False), open_database(fresh_target, migrate=False)
    try:
        assert counts(src) == counts(dst)
        assert counts(dst)["audit_log"] > 0 and counts(dst)["task_attachments"] == 1
        assert boards.list_boards(dst, SYSTEM) == boards.list_boards(src, SYSTEM)
        assert members.list_members(dst, SYSTEM) == members.list_members(src, SYSTEM)
        assert plans.list_plans(dst, SYSTEM) == plans.list_plans(src, SYSTEM)
        assert tasks.count_tasks(dst, SYSTEM) == tasks.count_tasks(src, SYSTEM) > 0
        assert tasks.list_tasks(dst, SYSTEM, limit=100_000) == tasks.list_tasks(
            src, SYSTEM, limit=100_000
        )
        assert tasks.class_counts(dst, SYSTEM).counts == tasks.class_counts(src, SYSTEM).counts
        (att,) = attachment_ids(dst)
        assert tasks.attachment_content(dst, SYSTEM, att) == ("báo-cáo.bin", CONTENT)

        # the sequences continue after the copied ids
        top = max(row.id for row in tasks.list_tasks(dst, SYSTEM, limit=100_000))
        board = boards.list_boards(dst, SYSTEM)[0]
        (new_id,) = tasks.create_task(
            dst,
            SYSTEM,
            tasks.TaskInput(
                board_id=board.id,
                title="Nhiệm vụ mới sau khi chuyển",
                lead_agency_id=catalogue.load_catalogue(dst, SYSTEM).agencies[0].id,
                assigned_date=date.today(),
                deadline_kind="none",
            ),
        )
        assert new_id > top
        assert counts(dst)["audit_log"] > counts(src)["audit_log"]
    finally:
        src.dispose()
        dst.dispose()


@pytest.mark.parametrize("backend", POSTGRES)
def test_failure_midway_leaves_the_target_empty(source, fresh_target, monkeypatch):
    real = db_copy._copy_table
    calls = []

    def failing(src, dst, table):
        calls.append(table.name)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return real(src, dst, table)

    monkeypatch.setattr(db_copy, "_copy_table", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        db_copy.copy_database(source, fresh_target)
    assert len(calls) == 3
    assert_empty(fresh_target)  # not even the schema: one transaction


@pytest.mark.parametrize("backend", POSTGRES)
def test_a_mismatch_names_the_table_and_writes_nothing(source, fresh_target, monkeypatch):
    real = db_copy._copy_table

    def lossy(src, dst, table):
        rows = real(src, dst, table)
        if table.name == "people":
            dst.execute(
                text(
                    "UPDATE people SET full_name = full_name || '!' "
                    "WHERE id = (SELECT max(id) FROM people)"
                )
            )
        return rows

    monkeypatch.setattr(db_copy, "_copy_table", lossy)
    with pytest.raises(DatabaseRefused) as exc:
        db_copy.copy_database(source, fresh_target)
    assert exc.value.params["table"] == "people"
    assert "checksum" in str(exc.value) and "nothing was written" in str(exc.value)
    assert_empty(fresh_target)


@pytest.mark.parametrize("backend", POSTGRES)
def test_refuses_a_target_that_is_not_empty(source, fresh_target, capsys):
    open_database(fresh_target).dispose()  # migrated: holds the schema and the catalogue
    with pytest.raises(DatabaseRefused, match="is not empty"):
        db_copy.copy_database(source, fresh_target)
    assert cli("db", "copy", "--from", str(source), "--to", fresh_target) == 1
    assert "is not empty" in capsys.readouterr().err


def test_refuses_a_password_in_the_url(source, capsys):
    with pytest.raises(ValidationError, match="contains a password"):
        db_copy.copy_database(source, "postgresql://coord:secret@localhost/coordboard")
    assert (
        cli(
            "db",
            "copy",
            "--from",
            str(source),
            "--to",
            "postgresql://coord:secret@localhost/coordboard",
        )
        == 1
    )
    err = capsys.readouterr().err
    assert "PGPASSWORD" in err and "secret" not in err


@pytest.mark.parametrize("target", ["other.sqlite", "sqlite:///other.sqlite", "mysql://u@h/db"])
def test_refuses_a_target_that_is_not_postgresql(source, target, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValidationError, match="must be a PostgreSQL database URL"):
        db_copy.copy_database(source, target)
    assert list(tmp_path.iterdir()) == []


def test_refuses_a_missing_or_foreign_source(tmp_path, capsys):
    missing = tmp_path / "missing.sqlite"
    with pytest.raises(DatabaseRefused, match="does not exist"):
        db_copy.copy_database(missing, "postgresql://coord@localhost/coordboard")
    assert not missing.exists()
    foreign = tmp_path / "notes.txt"
    foreign.write_text("không phải cơ sở dữ liệu")
    assert (
        cli("db", "copy", "--from", str(foreign), "--to", "postgresql://coord@localhost/coordboard")
        == 1
    )
    assert "not a coordboard database" in capsys.readouterr().err


def test_refuses_an_older_source_without_touching_it(source, tmp_path):
    older = tmp_path / "older.sqlite"
    engine = dbmod.make_engine(dbmod.to_url(older))
    try:
        dbmod.upgrade(engine, "0001")
    finally:
        engine.dispose()
    before = digest(older)
    with pytest.raises(DatabaseRefused, match="needs an upgrade"):
        db_copy.copy_database(older, "postgresql://coord@localhost/coordboard")
    assert digest(older) == before


def test_bad_usage(source):
    assert cli("db", "copy", "--from", str(source)) == 2
    assert cli("db", "copy", "--to", "postgresql://coord@localhost/x") == 2
    assert cli("db", "upgrade") == 2


def test_checksum_is_the_same_for_naive_utc_and_aware_datetimes():
    from datetime import datetime, timedelta, timezone

    naive = datetime(2025, 8, 15, 3, 0)
    aware = datetime(2025, 8, 15, 10, 0, tzinfo=timezone(timedelta(hours=7)))
    assert db_copy.canonical(naive) == db_copy.canonical(aware)
    assert db_copy.canonical(True) == db_copy.canonical(1) == "1"
    assert db_copy.canonical(memoryview(b"\x00\xff")) == db_copy.canonical(b"\x00\xff")


@pytest.mark.parametrize("backend", POSTGRES)
def test_a_row_pointing_at_a_later_row_of_its_table(source, fresh_target, tmp_path):
    """tasks.carried_from_id -> a task with a larger id: inserted without the link, then linked."""
    import shutil
    import sqlite3

    path = tmp_path / "forward.sqlite"
    shutil.copyfile(source, path)
    conn = sqlite3.connect(path)
    with conn:
        first, last = conn.execute("SELECT min(id), max(id) FROM tasks").fetchone()
        conn.execute("UPDATE tasks SET carried_from_id = ? WHERE id = ?", (last, first))
    conn.close()
    report = db_copy.copy_database(path, fresh_target)
    assert {t.name for t in report.tables} == {t.name for t in Base.metadata.sorted_tables}
    engine = dbmod.probe_engine(fresh_target)
    try:
        with engine.connect() as pg:
            assert (
                pg.execute(
                    text("SELECT carried_from_id FROM tasks WHERE id = :id"), {"id": first}
                ).scalar()
                == last
            )
    finally:
        engine.dispose()
