"""Database maintenance: `db upgrade|current|check|copy`, `backup` and `restore`.

`db current` and `db check` only look: they never create a file (a typo in --db) nor migrate.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from coordboard.cli.common import (
    Failure,
    Subparsers,
    UsageError,
    db_arg,
    existing_file,
    number,
    require_existing_database,
    t,
)
from coordboard.i18n import QT_TRANSLATE_NOOP


def add_parser(sub: Subparsers) -> None:
    dbp = sub.add_parser("db", help=t(QT_TRANSLATE_NOOP("cli", "database maintenance")))
    dbp.add_argument("action", choices=("upgrade", "current", "check", "copy"))
    db_arg(dbp, required=False)
    dbp.add_argument(
        "--from",
        dest="copy_from",
        metavar="SQLITE_FILE",
        help=t(QT_TRANSLATE_NOOP("cli", "copy: the database file to copy from (it is only read)")),
    )
    dbp.add_argument(
        "--to",
        dest="copy_to",
        metavar="POSTGRESQL_URL",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "copy: an empty PostgreSQL database, postgresql://USER@HOST:PORT/DBNAME, without "
                "the password (it is read from PGPASSWORD or asked for)",
            )
        ),
    )
    dbp.set_defaults(handler=cmd_db)

    backup = sub.add_parser(
        "backup", help=t(QT_TRANSLATE_NOOP("cli", "copy a database file safely"))
    )
    db_arg(backup)
    backup.add_argument("--out", required=True)
    backup.set_defaults(handler=cmd_backup)

    restore = sub.add_parser(
        "restore",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli", "replace a database file by a backup (the replaced file is kept)"
            )
        ),
    )
    db_arg(restore)
    restore.add_argument("--from", dest="source", required=True)
    restore.set_defaults(handler=cmd_restore)


def cmd_db(args: argparse.Namespace) -> int:
    from coordboard import db as dbmod

    if args.action == "copy":
        return _db_copy(args)
    if not getattr(args, "db", None):
        raise UsageError(t(QT_TRANSLATE_NOOP("cli", "db {action} needs --db."), action=args.action))
    if args.action == "upgrade":
        database = dbmod.open_database(args.db, upgrade_server=True)
        print(
            t(
                QT_TRANSLATE_NOOP("cli", "Database is at schema {rev} (latest)."),
                rev=dbmod.current_revision(database.engine),
            )
        )
        database.dispose()
        return 0
    require_existing_database(args.db)  # inspecting must not create an empty file
    if args.action == "current":
        return _print_revision(args.db)
    database = dbmod.open_database(args.db, migrate=False)
    try:
        problems = dbmod.integrity_problems(database)
    finally:
        database.dispose()
    if problems:
        for line in problems:
            print(line, file=sys.stderr)
        return 1
    print(t(QT_TRANSLATE_NOOP("cli", "The database is healthy.")))
    return 0


def _db_copy(args: argparse.Namespace) -> int:
    """`db copy --from FILE --to URL`: the whole database into an empty PostgreSQL database."""
    from coordboard.services import db_copy

    if not args.copy_from or not args.copy_to:
        raise UsageError(t(QT_TRANSLATE_NOOP("cli", "db copy needs --from and --to.")))
    if getattr(args, "db", None):
        raise UsageError(t(QT_TRANSLATE_NOOP("cli", "db copy takes --from and --to, not --db.")))

    def progress(stage: str, table: str, rows: int) -> None:
        text = (
            QT_TRANSLATE_NOOP("cli", "copied {table}: {rows} rows")
            if stage == "copied"
            else QT_TRANSLATE_NOOP("cli", "verified {table}: {rows} rows, checksum ok")
        )
        print("  " + t(text, table=table, rows=number(rows)), flush=True)

    password = os.environ.get("PGPASSWORD") or None
    try:
        report = db_copy.copy_database(
            args.copy_from, args.copy_to, password=password, progress=progress
        )
    except db_copy.PasswordRequired:
        if sys.stdin is None or not sys.stdin.isatty():
            raise
        url = db_copy.target_url(args.copy_to)
        password = getpass.getpass(
            t(
                QT_TRANSLATE_NOOP("cli", "Database password for {user} on {host}: "),
                user=url.username or "",
                host=url.host or "localhost",
            )
        )
        report = db_copy.copy_database(
            args.copy_from, args.copy_to, password=password, progress=progress
        )
    print(
        t(
            QT_TRANSLATE_NOOP(
                "cli",
                "Copied {tables} tables, {rows} rows from {source} to {target} in {seconds} s; "
                "row counts and checksums match.",
            ),
            tables=len(report.tables),
            rows=number(report.rows),
            source=report.source,
            target=report.target,
            seconds=f"{report.seconds:.1f}",
        )
    )
    return 0


def _print_revision(target: str) -> int:
    """Reads only: an older database shows its revision and how to upgrade it."""
    from coordboard import db as dbmod

    url = dbmod.to_url(target)
    path = dbmod.sqlite_path(url)
    where = str(path) if path else target
    if path is not None:
        dbmod.check_sqlite_file(path)
    engine = dbmod.make_engine(url)
    try:
        state = dbmod.classify(engine, where)
        print(dbmod.current_revision(engine))
    finally:
        engine.dispose()
    if state == "older":
        print(
            t(
                QT_TRANSLATE_NOOP(
                    "cli", "An upgrade to schema {rev} is available: run 'coordboard db upgrade'."
                ),
                rev=dbmod.head_revision(),
            ),
            file=sys.stderr,
        )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from coordboard import db as dbmod

    path = existing_file(args.db)
    dbmod.check_sqlite_file(path)
    out = Path(args.out)
    if out.exists():
        raise Failure(
            t(QT_TRANSLATE_NOOP("cli", "{path} exists already; choose another name."), path=out)
        )
    dbmod.backup_sqlite(path, out)
    print(t(QT_TRANSLATE_NOOP("cli", "Backup written to {path}."), path=out))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from coordboard import db as dbmod

    source = existing_file(args.source)
    kept = dbmod.restore_sqlite(source, Path(args.db))
    dbmod.open_database(args.db).dispose()  # refuses a restored file that is not usable
    if kept:
        print(t(QT_TRANSLATE_NOOP("cli", "The replaced database was kept as {path}."), path=kept))
    print(t(QT_TRANSLATE_NOOP("cli", "Restored {db} from {path}."), db=args.db, path=source))
    return 0
