"""What every command group shares: translated messages, the two failures main() turns into
exit codes, argparse's own words in the user's language, and small argument helpers."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from coordboard import i18n
from coordboard.i18n import QT_TRANSLATE_NOOP

CTX = "cli"

# what `sub` is in every add_parser(sub): the subparsers of the coordboard command
Subparsers = argparse._SubParsersAction


def t(text: str, **params: Any) -> str:
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


def translate_argparse() -> None:
    """argparse looks its texts up through the module-level gettext alias `argparse._`."""
    argparse._ = lambda text: i18n.translate("argparse", text)  # type: ignore[attr-defined]


def db_arg(parser: argparse.ArgumentParser, required: bool = True) -> None:
    """The command's own --db (the main parser's --db applies to the GUI)."""
    parser.add_argument(
        "--db",
        required=required,
        default=argparse.SUPPRESS,
        help=t(QT_TRANSLATE_NOOP("cli", "database file or PostgreSQL URL")),
    )


def read_password(prompt: str) -> str:
    """From standard input when it is not a terminal (scripts), else asked for twice."""
    if sys.stdin is not None and not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(prompt)
    if getpass.getpass(t(QT_TRANSLATE_NOOP("cli", "Repeat the password: "))) != first:
        raise Failure(t(QT_TRANSLATE_NOOP("cli", "The passwords do not match.")))
    return first


def number(n: int) -> str:
    """Thousands grouped the way the interface language writes them (1.000.000 in Vietnamese)."""
    grouped = f"{n:,}"
    return grouped.replace(",", ".") if i18n.language() == "vi" else grouped


def existing_file(name: str) -> Path:
    """A file the command reads; a typo must not go on to create an empty database."""
    path = Path(name)
    if not path.is_file():
        raise Failure(t(QT_TRANSLATE_NOOP("cli", "No such file: {path}"), path=path))
    return path


def require_existing_database(target: str) -> None:
    """A SQLite --db must exist already: reading commands never create a database."""
    from coordboard import db as dbmod

    path = dbmod.sqlite_path(dbmod.to_url(target))
    if path is not None:
        existing_file(str(path))
