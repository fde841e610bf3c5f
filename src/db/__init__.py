"""The database: engines and sessions, the checks that run when a database is opened, the
schema's migrations, backups, maintenance and network-share detection.

Callers use this face (`from coordboard import db as dbmod; dbmod.open_database(...)`); the
modules behind it hold one job each:

- engine.py       the open Database, engines (SQLite pragmas, PostgreSQL connect options),
                  URLs, and ConnectionLost for a server that went away;
- migrations.py   Alembic: the head revision, a database's revision, upgrades;
- inspection.py   what a file or server holds, before anything is written (classify);
- server_refusals.py  why a PostgreSQL server said no, one message per cause;
- opening.py      open_database: migrate-on-open with a backup first, refusals;
- backups.py      SQLite online backups, daily and automatic ones, restore;
- maintenance.py  query-planner statistics and the integrity check;
- network.py      whether a SQLite file sits on a network share;
- audit_hook.py   the session hook that writes every change to the audit log.
"""

from __future__ import annotations

from coordboard.db.backups import automatic_backup, backup_sqlite, daily_backup, restore_sqlite
from coordboard.db.engine import (
    BUSY_TIMEOUT_MS,
    CONNECT_TIMEOUT_S,
    CONNECTION_LOST,
    ConnectionLost,
    Database,
    first_line,
    make_engine,
    probe_engine,
    public_url,
    sqlite_path,
    to_url,
)
from coordboard.db.inspection import SQLITE_MAGIC, check_sqlite_file, classify
from coordboard.db.maintenance import integrity_problems, refresh_statistics
from coordboard.db.migrations import (
    alembic_config,
    current_revision,
    head_revision,
    known_revisions,
    upgrade,
    upgrade_on,
)
from coordboard.db.network import NETWORK_FILESYSTEMS, NETWORK_SHARE_WARNING, is_network_location
from coordboard.db.opening import open_database
from coordboard.db.server_refusals import PASSWORD_REFUSED

__all__ = [
    "BUSY_TIMEOUT_MS",
    "CONNECTION_LOST",
    "CONNECT_TIMEOUT_S",
    "NETWORK_FILESYSTEMS",
    "NETWORK_SHARE_WARNING",
    "PASSWORD_REFUSED",
    "SQLITE_MAGIC",
    "ConnectionLost",
    "Database",
    "alembic_config",
    "automatic_backup",
    "backup_sqlite",
    "check_sqlite_file",
    "classify",
    "current_revision",
    "daily_backup",
    "first_line",
    "head_revision",
    "integrity_problems",
    "is_network_location",
    "known_revisions",
    "make_engine",
    "open_database",
    "probe_engine",
    "public_url",
    "refresh_statistics",
    "restore_sqlite",
    "sqlite_path",
    "to_url",
    "upgrade",
    "upgrade_on",
]
