"""`coordboard demo`: a database filled with fictional data, one province (small) or the
whole country (national, with a progress line per stage)."""

from __future__ import annotations

import argparse
from pathlib import Path

from coordboard import i18n
from coordboard.cli.common import Failure, Subparsers, UsageError, db_arg, number, t
from coordboard.i18n import QT_TRANSLATE_NOOP


def add_parser(sub: Subparsers) -> None:
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
    demo.set_defaults(handler=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from coordboard import db as dbmod
    from coordboard.services import demo
    from coordboard.services.actor import ROLE_LABELS

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
    for acc in accounts:
        role = i18n.translate("roles", ROLE_LABELS[acc.role])
        extra = f" — {acc.agency}" if acc.agency else ""
        print(f"  {acc.username:<10} {acc.password:<10} {role}{extra}")
    return 0


def _build_national(database, args: argparse.Namespace) -> list:
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
                done=number(done),
                total=number(total),
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
            provinces=number(summary.provinces),
            communes=number(summary.communes),
            agencies=number(summary.agencies),
            plans=number(summary.plans),
            tasks=number(summary.tasks),
            updates=number(summary.updates),
            extensions=number(summary.extensions),
            years=f"{summary.years[0]}–{summary.years[-1]}",
            seconds=f"{summary.seconds:.0f}",
        )
    )
    return list(summary.accounts)


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
