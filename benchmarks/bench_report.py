"""Progress report and reminder letters at the scale of a busy plan: one board, one plan of
2,000 tasks (every status class, progress updates, extensions, recurring duties) on top of the
demo database.

Times, each the median of --repeat runs (the first run of a process is shown apart: it imports
matplotlib and python-docx):
- `reports.report_data` (all the SQL);
- the three charts (services/charts.py, 160 dpi at their printed size);
- building the document and rendering it to DOCX;
- `reports.export_report` to .docx end to end (the figure the issue asks for: <= 3 s), and to
  .xlsx (the annex tables);
- `reminders.write_letters` for every agency (drafts, then issued with register numbers).

    .venv/bin/python benchmarks/bench_report.py [--tasks 2000] [--repeat 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

TARGET_S = 3.0
AS_OF = date(2026, 11, 20)


def build(path: Path, n_tasks: int, seed: int = 7) -> tuple[int, int]:
    """The demo database plus a plan of `n_tasks` tasks; (board id, plan id)."""
    from sqlalchemy import select

    from coordboard import db as dbmod
    from coordboard.models import (
        Agency,
        Board,
        Plan,
        PlanSection,
        Task,
        TaskExtension,
        TaskSeries,
        TaskUpdate,
    )
    from coordboard.models.tasks import sort_rank
    from coordboard.services import demo
    from coordboard.text import fold

    database = dbmod.open_database(path)
    demo.build(database)
    rnd = random.Random(seed)
    with database.session() as s:
        board = s.scalar(select(Board).where(Board.parent_id.is_(None)))
        agencies = [
            (a.id, a.sector_id)
            for a in s.scalars(select(Agency).where(Agency.active, Agency.code.not_like("%-%")))
        ][:20]
        plan = Plan(
            board_id=board.id,
            code="99/KH-BĐH",
            title="Kế hoạch công tác trẻ em năm 2026 (benchmark)",
            title_folded="ke hoach benchmark",
            year_from=2026,
            year_to=2026,
            issue_date=date(2026, 1, 5),
            status="in_force",
        )
        s.add(plan)
        s.flush()
        sections = []
        for i in range(1, 9):
            sec = PlanSection(
                plan_id=plan.id,
                number=str(i),
                title=f"Nội dung {i}: nhóm nhiệm vụ về bảo vệ, chăm sóc trẻ em",
                position=i,
            )
            s.add(sec)
            sections.append(sec)
        series = TaskSeries(kind="half_yearly", points="25/05; 20/11")
        s.add(series)
        s.flush()
        for i in range(n_tasks):
            lead, sector = rnd.choice(agencies)
            assigned = date(2026, 1, 5) + timedelta(days=rnd.randrange(0, 150))
            deadline = assigned + timedelta(days=rnd.randrange(20, 330))
            roll = rnd.random()
            status, completed, percent = "in_progress", None, rnd.randrange(0, 95, 5)
            if roll < 0.55 and deadline < AS_OF + timedelta(days=30):
                status = "done"
                completed = min(deadline + timedelta(days=rnd.randrange(-25, 20)), AS_OF)
                completed = max(completed, assigned)
                percent = 100
            elif roll < 0.57:
                status = "cancelled"
            elif roll < 0.58:
                status = "suspended"
            t = Task(
                board_id=board.id,
                plan_id=plan.id,
                section_id=rnd.choice(sections).id,
                position=i,
                title=f"Nhiệm vụ số {i + 1}: triển khai các hoạt động bảo vệ "
                f"trẻ em tại địa phương, đợt {i % 7 + 1}",
                lead_agency_id=lead,
                sector_id=sector,
                assigned_date=assigned,
                deadline_kind="fixed",
                deadline=None if i % 97 == 0 else deadline,
                status=status,
                completed_on=completed,
                percent=percent,
                source_kind="plan",
                series_id=series.id if i % 150 == 0 else None,
            )
            t.title_folded = fold(t.title)
            t.effective_deadline = t.deadline
            if t.deadline and status in ("in_progress", "not_started") and i % 20 == 0:
                t.effective_deadline = t.deadline + timedelta(days=30)
            t.sort_rank = sort_rank(status, t.effective_deadline)
            s.add(t)
            s.flush()
            if t.effective_deadline != t.deadline:
                s.add(
                    TaskExtension(
                        task_id=t.id,
                        old_deadline=t.deadline,
                        new_deadline=t.effective_deadline,
                        reason="Chờ kinh phí",
                        approved_by="Trưởng ban",
                        approved_on=t.deadline,
                    )
                )
            if rnd.random() < 0.7:
                day = min(assigned + timedelta(days=rnd.randrange(5, 200)), AS_OF)
                s.add(
                    TaskUpdate(
                        task_id=t.id,
                        update_date=day,
                        author_name="Tổ thư ký",
                        text="Đã triển khai theo kế hoạch; đang tổng hợp kết quả.",
                        percent=percent,
                    )
                )
                t.last_update_on = day
        s.commit()
        ids = board.id, plan.id
    database.dispose()
    return ids


def median_of(fn, repeat: int) -> tuple[float, float, object]:
    """(first run s, median of the following runs s, last result)."""
    samples, result = [], None
    for _ in range(repeat + 1):
        start = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - start)
    return samples[0], statistics.median(samples[1:]), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the database and outputs in this folder")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-report-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"report-{args.tasks}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    board_id, plan_id = build(path, args.tasks)
    print(f"built {path} ({args.tasks:,} tasks) in {time.perf_counter() - start:.1f} s")

    from coordboard import db as dbmod
    from coordboard import i18n
    from coordboard.services import reports
    from coordboard.services.actor import SYSTEM
    from coordboard.services.documents import render_docx
    from coordboard.services.reports import annex_charts, reminders

    i18n.load("vi")
    database = dbmod.open_database(path)
    query = reports.ReportQuery(board_id, reports.ReportPeriod.parse("2026"), plan_id, AS_OF)
    rows = []

    first, med, data = median_of(lambda: reports.report_data(database, SYSTEM, query), args.repeat)
    rows.append(("report_data (SQL)", first, med))
    print(
        f"  {data.total:,} tasks counted; {len(data.overdue)} overdue; "
        f"{len(data.by_agency)} lead agencies; {len(data.sections)} sections"
    )
    first, med, _ = median_of(lambda: annex_charts.report_charts(data), args.repeat)
    rows.append(("3 charts at 160 dpi", first, med))
    texts = reports.default_texts(data)
    options = reports.ReportOptions(texts)
    first, med, doc = median_of(lambda: reports.build_document(data, options), args.repeat)
    rows.append(("build the document (charts included)", first, med))
    first, med, content = median_of(lambda: render_docx(doc), args.repeat)
    rows.append(("render DOCX", first, med))
    print(f"  DOCX {len(content) / 1024:.0f} KB, {len(doc.body)} body blocks")

    out = folder / "bao-cao.docx"
    first, med, _ = median_of(
        lambda: reports.export_report(database, SYSTEM, query, out), args.repeat
    )
    rows.append(("export_report .docx, 3 charts (end to end)", first, med))
    docx_total = med
    first, med, _ = median_of(
        lambda: reports.export_report(database, SYSTEM, query, folder / "phu-luc.xlsx"), args.repeat
    )
    rows.append(("export_report .xlsx (annex tables)", first, med))

    candidates = reminders.reminder_candidates(database, SYSTEM, board_id, AS_OF)
    chased = sum(c.total for c in candidates)

    def letters(draft: bool):
        target = Path(tempfile.mkdtemp(dir=folder, prefix="cong-van-"))
        try:
            return reminders.write_letters(
                database,
                SYSTEM,
                board_id,
                target,
                AS_OF + timedelta(days=14),
                draft=draft,
                as_of=AS_OF,
            )
        finally:
            if not args.keep:
                shutil.rmtree(target, ignore_errors=True)

    first, med, summary = median_of(lambda: letters(True), args.repeat)
    rows.append(
        (f"letters, all {len(summary.letters)} agencies ({chased} tasks), drafts", first, med)
    )
    first, med, _ = median_of(lambda: letters(False), args.repeat)
    rows.append(("letters, all agencies, issued (register numbers)", first, med))
    database.dispose()

    print(f"\n| step ({args.tasks:,} tasks) | first run s | median s |")
    print("|---|---:|---:|")
    for label, f, m in rows:
        print(f"| {label} | {f:.2f} | {m:.2f} |")
    verdict = "OK" if docx_total <= TARGET_S else "OVER"
    print(
        f"\nprogress report with 3 charts: {docx_total:.2f} s (target <= {TARGET_S:.0f} s): "
        f"{verdict}"
    )
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
