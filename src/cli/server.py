"""`coordboard server init`: the schema and the first administrator on an empty PostgreSQL
database, then how each PC connects to it. The password never appears on the command line."""

from __future__ import annotations

import argparse
import getpass
import os

from coordboard.cli.common import Subparsers, read_password, t
from coordboard.i18n import QT_TRANSLATE_NOOP


def add_parser(sub: Subparsers) -> None:
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
    server.set_defaults(handler=cmd_server)


def cmd_server(args: argparse.Namespace) -> int:
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
    state = _server_state(parsed, password, public)
    if state is None:  # the server wants a password and PGPASSWORD has none
        password = getpass.getpass(
            t(
                QT_TRANSLATE_NOOP("cli", "Database password for {user} on {host}: "),
                user=parsed.username or "",
                host=parsed.host or "localhost",
            )
        )
        state = _server_state(parsed, password, public, prompt=False)
    if state != "empty":
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors", "{path} is already initialised; use coordboard db upgrade."
            ),
            path=public,
        )
    admin_password = read_password(
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


def _server_state(parsed, password: str | None, where: str, prompt: bool = True) -> str | None:
    """classify() of the server database; None when the server asks for a password that was
    not given (and a prompt may supply it)."""
    from coordboard import db as dbmod
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
