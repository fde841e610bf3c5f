"""Command line: the GUI by default, plus headless administration commands.

Commands that open no window import neither QtGui nor QtWidgets (translations use QtCore only).
Exit codes: 0 ok, 1 a domain error (one line on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from coordboard import __version__, i18n
from coordboard.errors import DomainError
from coordboard.i18n import QT_TRANSLATE_NOOP

CTX = "cli"
PAGES = ("dashboard", "boards", "members", "meetings", "plans", "tasks", "reports", "settings")


def t(text: str, **params) -> str:
    return i18n.tr_message(CTX, text, params)


class UsageError(Exception):
    """Bad usage: exit code 2."""


class Failure(Exception):
    """A refused operation with an already translated message: exit code 1."""


# argparse's own words, as the user meets them; translated through the same .qm as the rest.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
)


def _translate_argparse() -> None:
    """argparse looks its texts up through the module-level gettext alias `argparse._`."""
    argparse._ = lambda text: i18n.translate("argparse", text)  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="coordboard",
        description=t(
            QT_TRANSLATE_NOOP(
                "cli", "Coordination boards for child protection: members, meetings, plans, tasks."
            )
        ),
    )
    p.add_argument(
        "--version",
        action="version",
        version=f"coordboard {__version__}",
        help=i18n.translate("argparse", "show program's version number and exit"),
    )
    p.add_argument(
        "--db",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "database file or PostgreSQL URL (default: coordboard.sqlite in the user data folder)",
            )
        ),
    )
    p.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        help=t(QT_TRANSLATE_NOOP("cli", "interface language (default: vi)")),
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def db_arg(sp: argparse.ArgumentParser, required: bool = True) -> None:
        sp.add_argument(
            "--db",
            required=required,
            default=argparse.SUPPRESS,
            help=t(QT_TRANSLATE_NOOP("cli", "database file or PostgreSQL URL")),
        )

    demo = sub.add_parser(
        "demo",
        help=t(QT_TRANSLATE_NOOP("cli", "create a database filled with fictional demo data")),
    )
    db_arg(demo)
    demo.add_argument(
        "--seed",
        type=int,
        default=2025,
        help=t(
            QT_TRANSLATE_NOOP(
                "cli", "number that picks the fictional names (the same number gives the same data)"
            )
        ),
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli", "replace a database that already holds data (a backup is kept)"
            )
        ),
    )
    demo.add_argument(
        "--scale",
        choices=("small", "national"),
        default="small",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "small: one province with two communes; national: 34 provinces, "
                "3,321 communes and a million tasks (a few minutes)",
            )
        ),
    )
    demo.add_argument(
        "--tasks",
        type=int,
        metavar="N",
        help=t(
            QT_TRANSLATE_NOOP("cli", "number of tasks of the national demo (default: 1,000,000)")
        ),
    )

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

    backup = sub.add_parser(
        "backup", help=t(QT_TRANSLATE_NOOP("cli", "copy a database file safely"))
    )
    db_arg(backup)
    backup.add_argument("--out", required=True)

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

    users = sub.add_parser("users", help=t(QT_TRANSLATE_NOOP("cli", "manage accounts")))
    users_sub = users.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    add = users_sub.add_parser(
        "add",
        help=t(
            QT_TRANSLATE_NOOP("cli", "add an account (password from standard input or prompted)")
        ),
    )
    db_arg(add)
    add.add_argument("--username", required=True)
    add.add_argument(
        "--role", required=True, choices=("admin", "secretariat", "focal_point", "viewer")
    )
    add.add_argument("--agency", help=t(QT_TRANSLATE_NOOP("cli", "agency code (for focal points)")))
    add.add_argument("--full-name", default="")

    server = sub.add_parser(
        "server", help=t(QT_TRANSLATE_NOOP("cli", "shared PostgreSQL server for many PCs"))
    )
    server_sub = server.add_subparsers(dest="server_command", required=True, metavar="ACTION")
    init = server_sub.add_parser(
        "init",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "create the coordboard schema and the first administrator on an empty PostgreSQL "
                "database",
            )
        ),
    )
    init.add_argument(
        "--url",
        required=True,
        help=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "postgresql://USER@HOST:PORT/DBNAME, without the password (it is read from "
                "PGPASSWORD or asked for)",
            )
        ),
    )
    init.add_argument(
        "--admin",
        default="admin",
        metavar="USERNAME",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "user name of the first administrator (default: admin); its password is read "
                "from standard input or prompted",
            )
        ),
    )

    shot = sub.add_parser(
        "screenshot",
        help=t(
            QT_TRANSLATE_NOOP("cli", "render the main window on one page to a PNG file, offscreen")
        ),
    )
    db_arg(shot)
    shot.add_argument("--page", required=True, choices=PAGES)
    shot.add_argument("--out", required=True)
    shot.add_argument("--size", default="1280x800")
    shot.add_argument(
        "--user",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli", "show the window as this account sees it (default: the first administrator)"
            )
        ),
    )
    # document commands live in their own modules; each registers its subcommands and
    # returns their handlers
    from coordboard.cli import export as cli_export
    from coordboard.cli import reports as cli_reports

    for module in (cli_export, cli_reports):
        COMMANDS.update(module.register(sub, db_arg))
    return p


def _read_password(prompt: str) -> str:
    if sys.stdin is not None and not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(prompt)
    if getpass.getpass(t(QT_TRANSLATE_NOOP("cli", "Repeat the password: "))) != first:
        raise Failure(t(QT_TRANSLATE_NOOP("cli", "The passwords do not match.")))
    return first


def cmd_demo(args) -> int:
    from coordboard import db as dbmod
    from coordboard.services import demo

    if args.tasks is not None and args.scale != "national":
        raise UsageError(t(QT_TRANSLATE_NOOP("cli", "--tasks applies only to --scale national.")))
    if args.tasks is not None and args.tasks < 0:
        raise UsageError(t(QT_TRANSLATE_NOOP("cli", "--tasks must be 0 or more.")))
    target = args.db
    url = dbmod.to_url(target)
    path = dbmod.sqlite_path(url)
    if demo.holds_data(url, str(path or target)):  # looked at before anything is migrated
        if not args.force:
            raise Failure(
                t(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "{db} already holds data; use --force to replace it (a backup is kept).",
                    ),
                    db=target,
                )
            )
        if path is None:
            raise Failure(
                t(
                    QT_TRANSLATE_NOOP(
                        "cli", "--force replaces only database files, not a server database."
                    )
                )
            )
        kept = dbmod.automatic_backup(path, "before-demo")
        _remove_sqlite(path)
        print(t(QT_TRANSLATE_NOOP("cli", "The previous database was kept as {path}."), path=kept))
    database = dbmod.open_database(target)
    try:
        if args.scale == "national":
            accounts = _build_national(database, args)
        else:
            accounts = demo.build(database, seed=args.seed)
    except BaseException:
        database.dispose()
        if path is not None:  # a half-built demo is no use to anyone: leave no file behind
            _remove_sqlite(path)
        raise
    database.dispose()
    print(t(QT_TRANSLATE_NOOP("cli", "Demo database created: {db}"), db=target))
    print(t(QT_TRANSLATE_NOOP("cli", "Demo accounts (user name / password / role):")))
    from coordboard.services.actor import ROLE_LABELS

    for acc in accounts:
        role = i18n.translate("roles", ROLE_LABELS[acc.role])
        extra = f" — {acc.agency}" if acc.agency else ""
        print(f"  {acc.username:<10} {acc.password:<10} {role}{extra}")
    return 0


def _number(n: int) -> str:
    """Thousands grouped the way the interface language writes them (1.000.000 in Vietnamese)."""
    grouped = f"{n:,}"
    return grouped.replace(",", ".") if i18n.language() == "vi" else grouped


def _build_national(database, args) -> list:
    """The national demo, with a progress line per stage and per chunk of tasks."""
    import time

    from coordboard.services.demo import national as demo_national

    started = time.perf_counter()
    last = [0.0]

    def progress(stage: str, done: int, total: int) -> None:
        now = time.perf_counter() - started
        if stage == "tasks" and done < total and now - last[0] < 5:
            return  # a line every few seconds is enough
        last[0] = now
        print(
            "  "
            + t(
                QT_TRANSLATE_NOOP("cli", "{stage}: {done} of {total} ({seconds} s)"),
                stage=i18n.translate("demo", demo_national.STAGES[stage]),
                done=_number(done),
                total=_number(total),
                seconds=f"{now:.0f}",
            ),
            flush=True,
        )

    kwargs = {} if args.tasks is None else {"tasks_total": args.tasks}
    summary = demo_national.build_national(database, seed=args.seed, progress=progress, **kwargs)
    print(
        t(
            QT_TRANSLATE_NOOP(
                "cli",
                "{provinces} province boards, {communes} commune boards, {agencies} agencies, "
                "{plans} plans, {tasks} tasks, {updates} progress updates, {extensions} "
                "extensions ({years}) in {seconds} s.",
            ),
            provinces=_number(summary.provinces),
            communes=_number(summary.communes),
            agencies=_number(summary.agencies),
            plans=_number(summary.plans),
            tasks=_number(summary.tasks),
            updates=_number(summary.updates),
            extensions=_number(summary.extensions),
            years=f"{summary.years[0]}–{summary.years[-1]}",
            seconds=f"{summary.seconds:.0f}",
        )
    )
    return list(summary.accounts)


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def cmd_db(args) -> int:
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
    path = dbmod.sqlite_path(dbmod.to_url(args.db))
    if path is not None:
        _existing_file(str(path))  # inspecting must not create an empty file (a typo in --db)
    if args.action == "current":
        return _print_revision(dbmod, args.db)
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


def _db_copy(args) -> int:
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
        print("  " + t(text, table=table, rows=_number(rows)), flush=True)

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
            rows=_number(report.rows),
            source=report.source,
            target=report.target,
            seconds=f"{report.seconds:.1f}",
        )
    )
    return 0


def _print_revision(dbmod, target: str) -> int:
    """Reads only: an older database shows its revision and how to upgrade it."""
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


def cmd_backup(args) -> int:
    from coordboard import db as dbmod

    path = _existing_file(args.db)
    dbmod.check_sqlite_file(path)
    out = Path(args.out)
    if out.exists():
        raise Failure(
            t(QT_TRANSLATE_NOOP("cli", "{path} exists already; choose another name."), path=out)
        )
    dbmod.backup_sqlite(path, out)
    print(t(QT_TRANSLATE_NOOP("cli", "Backup written to {path}."), path=out))
    return 0


def cmd_restore(args) -> int:
    from coordboard import db as dbmod

    source = _existing_file(args.source)
    kept = dbmod.restore_sqlite(source, Path(args.db))
    dbmod.open_database(args.db).dispose()  # refuses a restored file that is not usable
    if kept:
        print(t(QT_TRANSLATE_NOOP("cli", "The replaced database was kept as {path}."), path=kept))
    print(t(QT_TRANSLATE_NOOP("cli", "Restored {db} from {path}."), db=args.db, path=source))
    return 0


def _existing_file(name: str) -> Path:
    path = Path(name)
    if not path.is_file():
        raise Failure(t(QT_TRANSLATE_NOOP("cli", "No such file: {path}"), path=path))
    return path


def cmd_users(args) -> int:
    from coordboard import db as dbmod
    from coordboard.services import auth
    from coordboard.services.actor import SYSTEM

    database = dbmod.open_database(args.db)
    try:
        password = _read_password(
            t(QT_TRANSLATE_NOOP("cli", "Password for {user}: "), user=args.username)
        )
        info = auth.create_user(
            database,
            SYSTEM,
            username=args.username,
            password=password,
            role=args.role,
            agency_code=args.agency,
            full_name=args.full_name,
        )
    finally:
        database.dispose()
    print(t(QT_TRANSLATE_NOOP("cli", "Account {user} created."), user=info.username))
    return 0


def cmd_server(args) -> int:
    """`server init`: schema and first administrator on an empty PostgreSQL database."""
    import shlex

    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from coordboard import db as dbmod
    from coordboard.errors import DatabaseRefused
    from coordboard.services import auth

    text = args.url.strip()
    try:
        parsed = make_url(text) if "://" in text else None
    except ArgumentError:
        parsed = None
    if parsed is None or parsed.get_backend_name() != "postgresql":
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors", "{url} is not a PostgreSQL URL: write postgresql://USER@HOST:PORT/DBNAME."
            ),
            url=text if parsed is None else dbmod.public_url(text),
        )
    if parsed.password is not None:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "The URL contains a password; a command line is kept in the shell history. "
                "Leave the password out: it is read from PGPASSWORD or asked for.",
            )
        )
    if not parsed.database:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors", "{url} names no database: write postgresql://USER@HOST:PORT/DBNAME."
            ),
            url=text,
        )
    public = dbmod.public_url(text)
    password = os.environ.get("PGPASSWORD") or None
    state = _server_state(dbmod, parsed, password, public)
    if state is None:  # the server wants a password and PGPASSWORD has none
        password = getpass.getpass(
            t(
                QT_TRANSLATE_NOOP("cli", "Database password for {user} on {host}: "),
                user=parsed.username or "",
                host=parsed.host or "localhost",
            )
        )
        state = _server_state(dbmod, parsed, password, public, prompt=False)
    if state != "empty":
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors", "{path} is already initialised; use coordboard db upgrade."
            ),
            path=public,
        )
    admin_password = _read_password(
        t(QT_TRANSLATE_NOOP("cli", "Password for {user}: "), user=args.admin)
    )
    auth.validate_password(admin_password)  # before anything is written
    url = dbmod.to_url(parsed.set(password=password).render_as_string(hide_password=False))
    engine = dbmod.make_engine(url)
    try:
        dbmod.upgrade(engine)
    finally:
        engine.dispose()
    database = dbmod.open_database(url)
    try:
        info = auth.create_first_admin(database, args.admin, admin_password)
        revision = dbmod.current_revision(database.engine)
    finally:
        database.dispose()
    rows = [
        (t(QT_TRANSLATE_NOOP("cli", "host")), parsed.host or "localhost"),
        (t(QT_TRANSLATE_NOOP("cli", "port")), str(parsed.port or 5432)),
        (t(QT_TRANSLATE_NOOP("cli", "database")), parsed.database),
        (t(QT_TRANSLATE_NOOP("cli", "user")), parsed.username or ""),
    ]
    if parsed.query.get("sslmode"):
        rows.append((t(QT_TRANSLATE_NOOP("cli", "SSL mode")), str(parsed.query["sslmode"])))
    rows.append((t(QT_TRANSLATE_NOOP("cli", "schema revision")), str(revision)))
    print(
        t(
            QT_TRANSLATE_NOOP(
                "cli", "The coordboard database is ready; administrator account: {user}."
            ),
            user=info.username,
        )
    )
    print(t(QT_TRANSLATE_NOOP("cli", "Connection for each PC (the password is not shown):")))
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"  {label + ':':<{width + 1}} {value}")
    print(
        t(
            QT_TRANSLATE_NOOP(
                "cli",
                'On each PC, add this connection in Settings → Database (or "Connections…" in '
                "the sign-in window); the database password is asked for there and kept only in "
                "the system's keyring, where the PC has one. Or start once with:",
            )
        )
    )
    print(f"  coordboard --db {shlex.quote(public)}")
    return 0


def _server_state(dbmod, parsed, password: str | None, where: str, prompt: bool = True):
    """classify() of the server database; None when the server asks for a password that was
    not given (and a prompt may supply it)."""
    from coordboard.errors import DatabaseRefused

    engine = dbmod.probe_engine(
        dbmod.to_url(parsed.set(password=password).render_as_string(hide_password=False))
    )
    try:
        return dbmod.classify(engine, where)
    except DatabaseRefused as exc:
        cause = str(exc.__cause__ or "")
        if prompt and password is None and "no password supplied" in cause:
            return None
        raise
    finally:
        engine.dispose()


def cmd_screenshot(args) -> int:
    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
    except ValueError:
        raise UsageError(t(QT_TRANSLATE_NOOP("cli", "--size must look like 1280x800."))) from None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from coordboard.app import screenshot

    screenshot(args.db, args.page, Path(args.out), (width, height), args.user)
    print(args.out)
    return 0


def run_gui(db_target: str | None) -> int:
    from coordboard.app import run

    return run(db_target)


COMMANDS = {
    "demo": cmd_demo,
    "db": cmd_db,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "users": cmd_users,
    "server": cmd_server,
    "screenshot": cmd_screenshot,
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = None
    if "--lang" in argv:  # translations must be loaded before the help texts are built
        i = argv.index("--lang")
        lang = argv[i + 1] if i + 1 < len(argv) else None
    i18n.load(lang)
    _translate_argparse()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return run_gui(args.db)
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"coordboard: {exc}", file=sys.stderr)
        return 2
    except DomainError as exc:
        print(f"coordboard: {exc.translated()}", file=sys.stderr)
        return 1
    except Failure as exc:
        print(f"coordboard: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
