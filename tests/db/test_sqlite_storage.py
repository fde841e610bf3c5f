"""SQLite as an office PC keeps it: WAL, foreign keys, full sync; backups and restores."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from coordboard import config
from coordboard import db as dbmod
from coordboard.errors import DatabaseRefused
from coordboard.services.actor import SYSTEM
from coordboard.services.members import people
from coordboard.services.members.people import PersonInput


def names_in(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT full_name FROM people ORDER BY id")]
    finally:
        conn.close()


def add(database, name: str) -> None:
    people.create_person(database, SYSTEM, PersonInput(full_name=name))


def test_every_connection_gets_the_pragmas(sqlite_db):
    with sqlite_db.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == dbmod.BUSY_TIMEOUT_MS


def test_foreign_keys_are_enforced(sqlite_db):
    with pytest.raises(IntegrityError), sqlite_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO people (full_name, full_name_folded, honorific, position, agency_id,"
                " phone, email, notes, created_at, updated_at, version)"
                " VALUES ('A', 'a', '', '', 9999, '', '', '', '2025-01-01', '2025-01-01', 1)"
            )
        )


def test_backup_and_restore_round_trip(sqlite_db, tmp_path):
    path = sqlite_db.path
    add(sqlite_db, "Nguyễn Văn An")
    copy = dbmod.backup_sqlite(
        path, tmp_path / "saved" / "copy.sqlite"
    )  # while the app has it open
    assert names_in(copy) == ["Nguyễn Văn An"]
    add(sqlite_db, "Trần Thị Bích")
    sqlite_db.dispose()

    kept = dbmod.restore_sqlite(copy, path)
    assert names_in(path) == ["Nguyễn Văn An"]
    # the replaced database is kept, with what it held
    assert kept is not None and kept.parent == config.backup_dir_for(path)
    assert "before-restore" in kept.name
    assert names_in(kept) == ["Nguyễn Văn An", "Trần Thị Bích"]
    reopened = dbmod.open_database(path)
    try:
        assert [p.full_name for p in people.find_people(reopened, SYSTEM)] == ["Nguyễn Văn An"]
    finally:
        reopened.dispose()


def test_restore_refuses_a_file_that_is_not_a_database(sqlite_db, tmp_path):
    add(sqlite_db, "Nguyễn Văn An")
    sqlite_db.dispose()
    junk = tmp_path / "junk.sqlite"
    junk.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    with pytest.raises(DatabaseRefused):
        dbmod.restore_sqlite(junk, sqlite_db.path)
    assert names_in(sqlite_db.path) == ["Nguyễn Văn An"]
    assert not config.backup_dir_for(sqlite_db.path).exists()


def test_daily_backup_at_most_once_a_day(sqlite_db):
    first = dbmod.daily_backup(sqlite_db)
    assert first is not None and first.exists()
    assert first.name.startswith(f"{sqlite_db.path.stem}-{datetime.now():%Y%m%d}-")
    assert first.name.endswith("-daily.sqlite")
    assert dbmod.daily_backup(sqlite_db) is None
    assert len(list(config.backup_dir_for(sqlite_db.path).glob("*-daily.sqlite"))) == 1


def test_daily_backup_again_on_a_new_day(sqlite_db):
    folder = config.backup_dir_for(sqlite_db.path)
    yesterday = dbmod.automatic_backup(sqlite_db.path, "daily")
    older = yesterday.with_name(f"{sqlite_db.path.stem}-20000101-090000-000000-daily.sqlite")
    yesterday.rename(older)
    assert dbmod.daily_backup(sqlite_db) is not None
    assert len(list(folder.glob("*-daily.sqlite"))) == 2


def test_automatic_backups_keep_the_newest_few(sqlite_db, monkeypatch):
    monkeypatch.setattr(config, "KEEP_BACKUPS", 3)
    made = []
    for i in range(5):
        add(sqlite_db, f"Người thứ {['một', 'hai', 'ba', 'bốn', 'năm'][i]}")
        made.append(dbmod.automatic_backup(sqlite_db.path, "before-upgrade"))
    left = sorted(config.backup_dir_for(sqlite_db.path).glob("*.sqlite"))
    assert left == made[-3:]
    assert len(names_in(left[-1])) == 5 and len(names_in(left[0])) == 3


def test_no_daily_backup_for_a_server_database(sqlite_db):
    server = dbmod.Database(
        url="postgresql+psycopg://x@h/db",
        engine=sqlite_db.engine,
        session_factory=sqlite_db.session_factory,
        path=None,
    )
    assert dbmod.daily_backup(server) is None


def test_integrity_problems_on_a_healthy_database(sqlite_db):
    assert dbmod.integrity_problems(sqlite_db) == []


def test_integrity_check_reports_dangling_foreign_keys(sqlite_db):
    with sqlite_db.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.execute(
            text(
                "INSERT INTO people (full_name, full_name_folded, honorific, position, agency_id,"
                " phone, email, notes, created_at, updated_at, version)"
                " VALUES ('A', 'a', '', '', 9999, '', '', '', '2025-01-01', '2025-01-01', 1)"
            )
        )
    sqlite_db.dispose()  # the next connection gets foreign_keys=ON again
    problems = dbmod.integrity_problems(sqlite_db)
    assert any(p.startswith("foreign key: people") for p in problems)


def test_a_grown_database_gets_query_planner_statistics_when_opened(sqlite_db):
    """Without sqlite_stat1, SQLite plans the task list badly at scale (seconds per page)."""
    from datetime import date

    from sqlalchemy import insert, select

    from coordboard.db import open_database, refresh_statistics
    from coordboard.models import Agency, Task
    from coordboard.services import boards, catalogue
    from coordboard.services.actor import SYSTEM

    cat = catalogue.load_catalogue(sqlite_db, SYSTEM)
    board = boards.create_board(
        sqlite_db,
        SYSTEM,
        boards.BoardInput(name="Ban Điều hành", kind_id=cat.kinds[0].id, level_id=cat.levels[0].id),
    )
    with sqlite_db.session() as s:
        agency = s.scalar(select(Agency.id).limit(1))
        s.execute(
            insert(Task),
            [
                {
                    "board_id": board.id,
                    "title": f"Nhiệm vụ {n}",
                    "title_folded": f"nhiem vu {n}",
                    "lead_agency_id": agency,
                    "assigned_date": date(2026, 1, 1),
                    "deadline": date(2026, 6, 30),
                    "effective_deadline": date(2026, 6, 30),
                }
                for n in range(1500)
            ],
        )
        s.commit()
    path = sqlite_db.path
    sqlite_db.dispose()
    reopened = open_database(path)
    try:
        with reopened.engine.connect() as conn:
            stat = conn.exec_driver_sql(
                "SELECT stat FROM sqlite_stat1 WHERE tbl = 'tasks' LIMIT 1"
            ).scalar()
        assert stat is not None and int(stat.split()[0]) > 1000
        assert refresh_statistics(reopened.engine) is False  # fresh: not taken again
    finally:
        reopened.dispose()


MOUNTS = (
    "/dev/sda1 / ext4 rw 0 0\n"
    "//nas.so-yte.local/banchidao /mnt/ban\\040chi\\040dao cifs rw 0 0\n"
    "nas:/export /srv/nfs nfs4 rw 0 0\n"
    "tmpfs /tmp tmpfs rw 0 0\n"
)


@pytest.mark.parametrize(
    "path, on_share",
    [
        ("/mnt/ban chi dao/coordboard.sqlite", True),  # an SMB share mounted with a space
        ("/srv/nfs/board/coordboard.sqlite", True),
        ("/home/thuky/coordboard.sqlite", False),
        ("/tmp/coordboard.sqlite", False),
        ("/srv/nfs-local/coordboard.sqlite", False),  # a sibling of the mount point, not inside
    ],
)
def test_a_sqlite_file_on_a_network_mount_is_recognised(path, on_share):
    assert dbmod.is_network_location(Path(path), mounts_text=MOUNTS, windows=False) is on_share


def test_a_windows_unc_path_is_a_network_share():
    assert dbmod.is_network_location(Path(r"\\may-chu\ban-chi-dao\coordboard.sqlite"), windows=True)
    assert not dbmod.is_network_location(Path(r"C:\coordboard\coordboard.sqlite"), windows=True)


def test_the_app_explains_why_a_network_share_is_unsafe(sqlite_db, monkeypatch):
    from coordboard import app

    assert app.network_share_warning(sqlite_db) is None
    monkeypatch.setattr(dbmod, "is_network_location", lambda path: True)
    text = app.network_share_warning(sqlite_db)
    assert str(sqlite_db.path) in text and "PostgreSQL" in text
