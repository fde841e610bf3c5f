"""The window: the GUI (no command), and `coordboard screenshot`, which renders one page of the
main window offscreen. Qt is imported only when one of them runs."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from coordboard.cli.common import Subparsers, UsageError, db_arg, t
from coordboard.i18n import QT_TRANSLATE_NOOP

PAGES = ("dashboard", "boards", "members", "meetings", "plans", "tasks", "reports", "settings")


def add_parser(sub: Subparsers) -> None:
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
    shot.set_defaults(handler=cmd_screenshot)


def cmd_screenshot(args: argparse.Namespace) -> int:
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
