"""The grouped counts and lists of a progress report, each one SQL query over the report's
tasks (`where`, from data.py): by sector, by lead agency, by month, section II's headings,
the meetings held in the period with their conclusions, and the reminder letters sent."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from coordboard.models import Agency, Conclusion, Meeting, Plan, RegisteredDocument, Sector, Task
from coordboard.rules.report_period import ReportPeriod
from coordboard.services import plans
from coordboard.services.documents.reminder_letter import EXCERPT
from coordboard.services.reports.model import (
    ConclusionLine,
    GroupLine,
    MeetingLine,
    MonthLine,
    ReportQuery,
    SectionLine,
)
from coordboard.services.reports.task_lines import TaskLine
from coordboard.services.tasks import classification as cl
from coordboard.services.tasks.classification import ClassCounts
from coordboard.text import clean_text, vi_sort_key

HELD_STATUSES = ("held", "minutes_drafted", "minutes_approved")


def _grouped(s: Session, where: list, key, as_of: date, soon: int) -> dict[int | None, dict]:
    """{group key: {class: count}}, counted in SQL (the CASE computed once, in a subquery)."""
    inner = (
        select(key.label("key"), cl.class_expression(as_of, soon).label("cls"))
        .where(*where)
        .subquery()
    )
    found: dict[int | None, dict[str, int]] = {}
    for k, cls, n in s.execute(
        select(inner.c.key, inner.c.cls, func.count()).group_by(inner.c.key, inner.c.cls)
    ).all():
        found.setdefault(k, {})[cls] = int(n)
    return found


def by_sector(s: Session, where: list, as_of: date, soon: int) -> tuple[GroupLine, ...]:
    groups = _grouped(s, where, Task.sector_id, as_of, soon)
    known = {
        r.id: r
        for r in s.execute(
            select(Sector.id, Sector.name, Sector.sort_order).where(
                Sector.id.in_([k for k in groups if k is not None])
            )
        )
    }
    rows = [
        GroupLine(
            k,
            known[k].name if k is not None else "Chưa xác định lĩnh vực",
            "",
            ClassCounts(as_of, counts),
        )
        for k, counts in groups.items()
    ]
    return tuple(
        sorted(
            rows,
            key=lambda g: (
                g.id is None,
                known[g.id].sort_order if g.id is not None else 0,
                vi_sort_key(g.name),
            ),
        )
    )


def by_agency(s: Session, where: list, as_of: date, soon: int) -> tuple[GroupLine, ...]:
    groups = _grouped(s, where, Task.lead_agency_id, as_of, soon)
    names = {
        r.id: r
        for r in s.execute(
            select(Agency.id, Agency.name, Agency.short_name).where(Agency.id.in_(list(groups)))
        )
    }
    rows = [
        GroupLine(k, names[k].name, names[k].short_name, ClassCounts(as_of, counts))
        for k, counts in groups.items()
    ]
    return tuple(sorted(rows, key=lambda g: (-g.counts[cl.OVERDUE], vi_sort_key(g.name))))


def monthly(
    s: Session, where: list, period: ReportPeriod, as_of: date, count_carried: bool
) -> tuple[MonthLine, ...]:
    """Per month of the period up to the as-of date: tasks due then, and done by the date."""
    last = min(period.end, as_of)
    first_month = period.start.replace(day=1)
    year = extract("year", Task.effective_deadline)
    month = extract("month", Task.effective_deadline)
    counted = cl.rate_query(
        [*where, Task.effective_deadline >= period.start, Task.effective_deadline <= last],
        as_of,
        count_carried,
    )
    found = {
        (int(y), int(m)): (int(due), int(done), int(on_time))
        for due, done, on_time, y, m in s.execute(
            counted.add_columns(year, month).group_by(year, month)
        ).all()
    }
    rows = []
    current = first_month
    while current <= last:
        due, done, on_time = found.get((current.year, current.month), (0, 0, 0))
        rows.append(MonthLine(current, due, done, on_time))
        current = (current.replace(day=28) + timedelta(days=4)).replace(day=1)
    return tuple(rows)


def sections(s: Session, query: ReportQuery, lines: list[TaskLine]) -> tuple[SectionLine, ...]:
    """Section II's headings: the plan's sections (in the plan's order, nested), or for a whole
    board each plan, then meeting conclusions, then other documents' tasks."""
    out: list[SectionLine] = []
    if query.plan_id is not None:
        infos = plans.section_infos(s, query.plan_id)
        depth: dict[int, int] = {}
        for sec in infos:
            depth[sec.id] = depth[sec.parent_id] + 1 if sec.parent_id in depth else 0
        by_section: dict[int | None, list[TaskLine]] = {}
        for t in lines:
            by_section.setdefault(t.section_id, []).append(t)
        wanted = _sections_with_tasks(infos, by_section)
        for sec in infos:
            if sec.id in wanted:
                out.append(SectionLine(sec.label, depth[sec.id], tuple(by_section.get(sec.id, ()))))
        if by_section.get(None):
            out.append(SectionLine("Nhiệm vụ khác", 0, tuple(by_section[None])))
        return tuple(out)
    by_plan: dict[int, list[TaskLine]] = {}
    meeting_tasks, other = [], []
    for t in lines:
        if t.plan_id is not None:
            by_plan.setdefault(t.plan_id, []).append(t)
        elif t.source_kind == "meeting":
            meeting_tasks.append(t)
        else:
            other.append(t)
    if by_plan:
        found = s.execute(
            select(Plan.id, Plan.code, Plan.title, Plan.year_from)
            .where(Plan.id.in_(list(by_plan)))
            .order_by(Plan.year_from, Plan.id)
        ).all()
        for p in found:
            title = f"Kế hoạch số {p.code}: {p.title}" if p.code else f"Kế hoạch: {p.title}"
            out.append(SectionLine(title, 0, tuple(by_plan[p.id])))
    if meeting_tasks:
        out.append(SectionLine("Nhiệm vụ theo kết luận các cuộc họp", 0, tuple(meeting_tasks)))
    if other:
        out.append(SectionLine("Nhiệm vụ theo văn bản chỉ đạo khác", 0, tuple(other)))
    return tuple(out)


def _sections_with_tasks(infos, by_section) -> set[int]:
    """The sections holding tasks in the report, and their ancestors (for the headings)."""
    parent = {sec.id: sec.parent_id for sec in infos}
    wanted: set[int] = set()
    for section_id in by_section:
        while section_id is not None and section_id not in wanted:
            wanted.add(section_id)
            section_id = parent.get(section_id)
    return wanted


def held_meetings(
    s: Session, board_id: int, period: ReportPeriod, as_of: date, soon: int
) -> tuple[MeetingLine, ...]:
    """The board's meetings held in the period (by the as-of date) and their conclusions, each
    with how many tasks it gave and how they stand."""
    last = min(period.end, as_of)
    found = s.execute(
        select(Meeting.id, Meeting.title, Meeting.kind, Meeting.starts_at, Meeting.place)
        .where(
            Meeting.board_id == board_id,
            Meeting.status.in_(HELD_STATUSES),
            Meeting.starts_at >= datetime.combine(period.start, datetime.min.time()),
            Meeting.starts_at < datetime.combine(last + timedelta(days=1), datetime.min.time()),
        )
        .order_by(Meeting.starts_at, Meeting.id)
    ).all()
    if not found:
        return ()
    conclusions = s.execute(
        select(Conclusion.id, Conclusion.meeting_id, Conclusion.text)
        .where(Conclusion.meeting_id.in_([m.id for m in found]))
        .order_by(Conclusion.meeting_id, Conclusion.position, Conclusion.id)
    ).all()
    klass = cl.class_expression(as_of, soon)
    stats: dict[int, dict[str, int]] = {}
    if conclusions:
        for cid, cls, n in s.execute(
            select(Task.conclusion_id, klass, func.count())
            .where(Task.conclusion_id.in_([c.id for c in conclusions]))
            .group_by(Task.conclusion_id, klass)
        ).all():
            stats.setdefault(cid, {})[cls] = n
    per_meeting: dict[int, list[ConclusionLine]] = {}
    for c in conclusions:
        counts = stats.get(c.id, {})
        per_meeting.setdefault(c.meeting_id, []).append(
            ConclusionLine(
                clean_text(c.text),
                sum(counts.values()),
                counts.get(cl.DONE_ON_TIME, 0) + counts.get(cl.DONE_LATE, 0),
                counts.get(cl.OVERDUE, 0),
            )
        )
    return tuple(
        MeetingLine(
            m.id, m.title, m.kind, m.starts_at.date(), m.place, tuple(per_meeting.get(m.id, ()))
        )
        for m in found
    )


def reminders_sent(s: Session, board_id: int, period: ReportPeriod, as_of: date) -> int:
    return (
        s.scalar(
            select(func.count())
            .select_from(RegisteredDocument)
            .where(
                RegisteredDocument.board_id == board_id,
                RegisteredDocument.type_code == "",
                RegisteredDocument.issued_on >= period.start,
                RegisteredDocument.issued_on <= min(period.end, as_of),
                RegisteredDocument.summary.startswith(EXCERPT),
            )
        )
        or 0
    )
