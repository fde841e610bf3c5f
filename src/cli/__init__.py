"""Command line: the GUI by default, plus headless administration commands.

One module per command group; each defines its subcommand(s) in `add_parser(sub)` (which sets
the `handler` that runs them) and the command functions, so adding a command touches one
module. `common` holds what they share.

Commands that open no window import neither QtGui nor QtWidgets (translations use QtCore only):
the group modules import what a command needs when it runs.
Exit codes: 0 ok, 1 a domain error (one line on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys

from coordboard import __version__, i18n
from coordboard.cli import database, demo, export, gui, reports, server, users
from coordboard.cli.common import Failure, UsageError, t, translate_argparse
from coordboard.errors import DomainError
from coordboard.i18n import QT_TRANSLATE_NOOP

__all__ = ["build_parser", "main"]

# in the order `coordboard --help` lists them
GROUPS = (demo, database, users, server, gui, export, reports)


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
    for group in GROUPS:
        group.add_parser(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = None
    if "--lang" in argv:  # translations must be loaded before the help texts are built
        i = argv.index("--lang")
        lang = argv[i + 1] if i + 1 < len(argv) else None
    i18n.load(lang)
    translate_argparse()
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            return gui.run_gui(args.db)
        return args.handler(args)
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
