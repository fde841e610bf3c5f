"""`coordboard users add`: an account made on the PC itself, with the password from standard
input (scripts) or asked for twice."""

from __future__ import annotations

import argparse

from coordboard.cli.common import Subparsers, db_arg, read_password, t
from coordboard.i18n import QT_TRANSLATE_NOOP


def add_parser(sub: Subparsers) -> None:
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
    users.set_defaults(handler=cmd_users)


def cmd_users(args: argparse.Namespace) -> int:
    from coordboard import db as dbmod
    from coordboard.services import auth
    from coordboard.services.actor import SYSTEM

    database = dbmod.open_database(args.db)
    try:
        password = read_password(
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
