"""Command line: `coordboard export` writes a meeting's minutes, conclusion notice or
invitation (.docx or .pdf), or meetings as an iCalendar file.

    coordboard export minutes --db FILE --meeting ID --out bien-ban.docx
    coordboard export ics --db FILE --board ID --out lich-hop.ics

A .docx or .ics needs no Qt beyond QtCore (translations); a .pdf is drawn with QtGui
(coordboard.ui.printing), never QtWidgets. The file is written whole or not at all.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coordboard.cli.common import Subparsers, UsageError, db_arg, require_existing_database, t
from coordboard.i18n import QT_TRANSLATE_NOOP

DOCUMENTS = ("minutes", "notice", "invitation")


def add_parser(sub: Subparsers) -> None:
    export = sub.add_parser(
        "export",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "write a meeting's minutes, conclusion notice or invitation (.docx or .pdf), or "
                "meetings as a calendar file (.ics)",
            )
        ),
    )
    export.add_argument(
        "what",
        choices=(*DOCUMENTS, "ics"),
        help=t(
            QT_TRANSLATE_NOOP(
                "cli", "minutes, notice (conclusion notice), invitation, or ics (calendar)"
            )
        ),
    )
    db_arg(export)
    export.add_argument(
        "--meeting",
        type=int,
        metavar="ID",
        help=t(QT_TRANSLATE_NOOP("cli", "the meeting's number (shown on the Meetings page)")),
    )
    export.add_argument(
        "--board",
        type=int,
        metavar="ID",
        help=t(QT_TRANSLATE_NOOP("cli", "ics only: every planned meeting of this board")),
    )
    export.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli", "the file to write: .docx or .pdf for a document, .ics for a calendar"
            )
        ),
    )
    export.set_defaults(handler=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from coordboard import db as dbmod
    from coordboard.services.actor import SYSTEM

    out = Path(args.out)
    if args.what == "ics":
        if (args.meeting is None) == (args.board is None):
            raise UsageError(
                t(QT_TRANSLATE_NOOP("cli", "export ics needs either --meeting or --board."))
            )
        if out.suffix.lower() != ".ics":
            raise UsageError(
                t(
                    QT_TRANSLATE_NOOP("cli", "A calendar is written to an .ics file, not {name}."),
                    name=out.name,
                )
            )
    else:
        if args.meeting is None:
            raise UsageError(
                t(QT_TRANSLATE_NOOP("cli", "export {what} needs --meeting."), what=args.what)
            )
        if args.board is not None:
            raise UsageError(t(QT_TRANSLATE_NOOP("cli", "--board applies only to export ics.")))
    require_existing_database(args.db)
    database = dbmod.open_database(args.db)
    try:
        if args.what == "ics":
            written = _write_ics(database, SYSTEM, args, out)
        else:
            from coordboard.services import meetings

            pdf_writer = None
            if out.suffix.lower() == ".pdf":
                from coordboard.ui.printing import write_pdf  # QtGui, PDF only

                pdf_writer = write_pdf
            written = meetings.export_meeting_document(
                database, SYSTEM, args.meeting, args.what, out, pdf_writer
            )
    finally:
        database.dispose()
    print(t(QT_TRANSLATE_NOOP("cli", "Written: {path}"), path=written))
    return 0


def _write_ics(database, actor, args, out: Path) -> Path:
    from coordboard.services.documents.files import write_bytes_atomic
    from coordboard.services.meetings import calendar_export

    if args.meeting is not None:
        data = calendar_export.meeting_ics(database, actor, args.meeting)
    else:
        data = calendar_export.board_ics(database, actor, args.board)
    return write_bytes_atomic(out, data)
