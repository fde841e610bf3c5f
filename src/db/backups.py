"""SQLite backups: before every migration, once a day, and before a restore or a demo replaces
the file. Backups sit next to the database (config.backup_dir_for) and the last
config.KEEP_BACKUPS are kept."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from coordboard import config
from coordboard.db.engine import Database, probe_engine
from coordboard.db.inspection import FOREIGN, check_sqlite_file, classify
from coordboard.errors import DatabaseRefused


def backup_sqlite(src: Path, dest: Path) -> Path:
    """Consistent copy through SQLite's online-backup API (safe while others use the file)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    source = sqlite3.connect(src)  # read-write, so closing it cleans up -wal/-shm files
    try:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    tmp.replace(dest)
    return dest


def automatic_backup(path: Path, reason: str) -> Path:
    folder = config.backup_dir_for(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = backup_sqlite(path, folder / f"{path.stem}-{stamp}-{reason}.sqlite")
    backups = sorted(folder.glob(f"{path.stem}-*.sqlite"))
    for old in backups[: max(0, len(backups) - config.KEEP_BACKUPS)]:
        old.unlink(missing_ok=True)
    return dest


def daily_backup(db: Database) -> Path | None:
    """At most one 'daily' backup per calendar day."""
    if db.path is None or not db.path.exists():
        return None
    folder = config.backup_dir_for(db.path)
    today = datetime.now().strftime("%Y%m%d")
    if any(folder.glob(f"{db.path.stem}-{today}-*-daily.sqlite")):
        return None
    return automatic_backup(db.path, "daily")


def restore_sqlite(backup: Path, db_path: Path) -> Path | None:
    """Replace db_path by a backup; the replaced database is kept as a backup first.

    The backup is checked before anything is touched: a foreign, newer or empty file is
    refused and the current database stays as it is."""
    check_sqlite_file(backup)
    engine = probe_engine(f"sqlite:///{backup}")
    try:
        if classify(engine, str(backup)) == "empty":
            raise DatabaseRefused(FOREIGN, path=str(backup))
    finally:
        engine.dispose()
    kept = None
    if db_path.exists() and db_path.stat().st_size > 0:
        kept = automatic_backup(db_path, "before-restore")
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    backup_sqlite(backup, db_path)
    return kept
