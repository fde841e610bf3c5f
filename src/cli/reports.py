"""Command line: the progress report and the reminder letters.

    coordboard report --db FILE --board ID [--plan ID] --period 2026-H1|2026|FROM:TO
                      [--as-of DATE] --out bao-cao.docx|.pdf|.xlsx
    coordboard remind --db FILE --board ID --out FOLDER [--reply-by DATE] [--draft]

A .docx or .xlsx needs no Qt beyond QtCore (translations); a .pdf is drawn with QtGui
(coordboard.ui.printing), never QtWidgets. Every input is checked before anything is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coordboard.cli.common import Subparsers, UsageError, db_arg, require_existing_database, t
from coordboard.i18n import QT_TRANSLATE_NOOP


def add_parser(sub: Subparsers) -> None:
    report = sub.add_parser(
        "report",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "write a board's progress report for a period (.docx, .pdf, or the annex "
                "tables as .xlsx)",
            )
        ),
    )
    db_arg(report)
    _board_args(report)
    report.set_defaults(handler=cmd_report)
    report.add_argument(
        "--plan",
        type=int,
        metavar="ID",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli", "report on this plan of the board only (default: every task of the board)"
            )
        ),
    )
    report.add_argument(
        "--period",
        required=True,
        metavar="PERIOD",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "2026-H1 (first half year), 2026-H2, 2026 (the year), or FROM:TO with dates "
                "as dd/mm/yyyy",
            )
        ),
    )
    report.add_argument(
        "--statistical",
        action="store_true",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "use the statistical data period (Decree 09/2019): from 15/12 of the previous "
                "year to 14/6 or 14/12",
            )
        ),
    )
    report.add_argument(
        "--as-of",
        metavar="DATE",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "count the tasks' status as of this date (default: today, or the period's end "
                "if earlier)",
            )
        ),
    )
    report.add_argument(
        "--children",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("cli", "include the tasks of the boards under this one")),
    )
    report.add_argument(
        "--no-charts",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("cli", "leave the charts out of the annex")),
    )
    report.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli", "the file to write: .docx or .pdf for the report, .xlsx for its annex tables"
            )
        ),
    )

    remind = sub.add_parser(
        "remind",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "write reminder letters to the agencies with overdue or due-soon tasks, one "
                ".docx each, and a summary .xlsx",
            )
        ),
    )
    db_arg(remind)
    _board_args(remind)
    remind.add_argument(
        "--out",
        required=True,
        metavar="FOLDER",
        help=t(
            QT_TRANSLATE_NOOP("cli", "the folder to write the letters into (created if missing)")
        ),
    )
    remind.add_argument(
        "--reply-by",
        metavar="DATE",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "the date the agencies must report back by (default: 10 working days from today)",
            )
        ),
    )
    remind.add_argument(
        "--agency",
        type=int,
        action="append",
        metavar="ID",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "write only to this agency (repeat for several; default: "
                "every agency with overdue or due-soon tasks)",
            )
        ),
    )
    remind.add_argument(
        "--draft",
        action="store_true",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli",
                "drafts: leave the number and date blank and take no number from the register",
            )
        ),
    )
    remind.add_argument(
        "--children",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("cli", "include the tasks of the boards under this one")),
    )
    remind.set_defaults(handler=cmd_remind)


def _board_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--board",
        type=int,
        required=True,
        metavar="ID",
        help=t(QT_TRANSLATE_NOOP("cli", "the board's number (shown on the Boards page)")),
    )
    parser.add_argument(
        "--user",
        metavar="USERNAME",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli", "act as this account, with its rights (default: the local administrator)"
            )
        ),
    )


def _open(args):
    """The database (never created by a typo in --db) and who acts."""
    from coordboard import db as dbmod
    from coordboard.services import auth
    from coordboard.services.actor import SYSTEM

    require_existing_database(args.db)
    database = dbmod.open_database(args.db)
    try:
        actor = auth.actor_for(database, args.user) if args.user else SYSTEM
    except BaseException:
        database.dispose()
        raise
    return database, actor


def cmd_report(args: argparse.Namespace) -> int:
    from coordboard.services import reports
    from coordboard.services.documents.formats import vn_short_date

    out = Path(args.out)
    if out.suffix.lower() not in reports.REPORT_SUFFIXES:
        raise UsageError(
            t(
                QT_TRANSLATE_NOOP(
                    "cli", "The report is written to a .docx, .pdf or .xlsx file, not {name}."
                ),
                name=out.name,
            )
        )
    # the inputs first: a bad period or date stops here, before the database is opened
    period = reports.ReportPeriod.parse(args.period, statistical=args.statistical)
    as_of = reports.parse_date(args.as_of) if args.as_of else None
    reports.check_folder(out.parent)
    pdf_writer = None
    if out.suffix.lower() == ".pdf":
        from coordboard.ui.printing import write_pdf  # QtGui, only for a PDF

        pdf_writer = write_pdf
    database, actor = _open(args)
    try:
        written = reports.export_report(
            database,
            actor,
            reports.ReportQuery(args.board, period, args.plan, as_of, args.children),
            out,
            reports.ReportOptions(charts=not args.no_charts),
            pdf_writer=pdf_writer,
        )
    finally:
        database.dispose()
    data = written.data
    c = data.counts
    print(t(QT_TRANSLATE_NOOP("cli", "Written: {path}"), path=written.path))
    print(
        t(
            QT_TRANSLATE_NOOP(
                "cli",
                "{period}, as of {date}: {total} tasks; {done} done ({on_time} on time), "
                "{going} in progress within the deadline, {overdue} overdue.",
            ),
            period=data.period.label,
            date=vn_short_date(data.as_of),
            total=c.total,
            done=c.done,
            on_time=c["done_on_time"],
            going=c.in_progress_within_deadline,
            overdue=c["overdue"],
        )
    )
    return 0


def cmd_remind(args: argparse.Namespace) -> int:
    from coordboard.services import reports
    from coordboard.services.reports import reminders

    reply_by = reports.parse_date(args.reply_by, "reply_by") if args.reply_by else None
    database, actor = _open(args)
    try:
        if reply_by is None:
            reply_by = reminders.default_reply_by(database, actor)
        summary = reminders.write_letters(
            database,
            actor,
            args.board,
            Path(args.out),
            reply_by,
            agency_ids=args.agency,
            draft=args.draft,
            include_child_boards=args.children,
        )
    finally:
        database.dispose()
    if not summary.letters:
        print(
            t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "No agency has an overdue or due-soon task on this board; no letter was "
                    "written.",
                )
            )
        )
        return 0
    for letter in summary.letters:
        number = letter.reference or t(QT_TRANSLATE_NOOP("cli", "draft"))
        print(
            t(
                QT_TRANSLATE_NOOP(
                    "cli", "  {number}  {agency}: {overdue} overdue, {soon} due soon -> {file}"
                ),
                number=number,
                agency=letter.agency_name,
                overdue=letter.overdue,
                soon=letter.due_soon,
                file=letter.file_name,
            )
        )
    print(
        t(
            QT_TRANSLATE_NOOP("cli", "{count} letters written in {folder}; summary: {file}"),
            count=len(summary.letters),
            folder=summary.folder,
            file=summary.summary_file.name,
        )
    )
    return 0
