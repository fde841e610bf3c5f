"""The progress report (Báo cáo kết quả thực hiện) of a board, or of one plan, for a period.

`report_data` counts everything in SQL, through the Tasks page's filter (`tasks._where`) and the
status classes of services/classification.py, so the report, the dashboard and the task list
agree; `default_texts` writes the assessment (III) and proposals (V) from those numbers, for the
secretary to edit; documents/progress_report.py lays it out in ND 30/2020 form.

Which tasks a period's report counts: those assigned by the end of the period (and by the as-of
date), except the ones already finished before the period began (an earlier report told them)
and the occurrences of recurring duties that fall due after the period (they belong to a later
report). Status classes are taken as of the as-of date: a task completed after it was still open
then.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import and_, extract, func, not_, or_, select
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import DomainError, NotFound, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import OPEN_STATUSES, Agency, Board, Meeting, Plan, RegisteredDocument, Task
from coordboard.rules.report_period import ReportPeriod
from coordboard.rules.report_period import parse_date as parse_date  # the face re-exports it
from coordboard.services import permissions, plans, register, tasks
from coordboard.services.actor import Actor
from coordboard.services.documents.formats import vn_short_date as vn_date
from coordboard.services.reports.task_lines import (
    ExtensionLine as ExtensionLine,
)
from coordboard.services.reports.task_lines import (
    Signer,
    TaskLine,
    signer,
    task_lines,
)
from coordboard.services.reports.task_lines import (
    UpdateLine as UpdateLine,
)
from coordboard.services.reports.task_lines import (
    source_text as source_text,
)
from coordboard.services.reports.texts import AssessmentTexts, default_texts
from coordboard.services.reports.texts import percent as percent
from coordboard.services.tasks import TaskFilter
from coordboard.services.tasks import classification as cl
from coordboard.services.tasks.classification import ClassCounts, CompletionRate
from coordboard.services.uow import UnitOfWork
from coordboard.text import clean_text, vi_sort_key

HELD_STATUSES = ("held", "minutes_drafted", "minutes_approved")
# the status classes as a report writes them (document content is Vietnamese by nature)
CLASS_TEXT = {
    cl.DONE_ON_TIME: "Hoàn thành đúng hạn",
    cl.DONE_LATE: "Hoàn thành quá hạn",
    cl.IN_PROGRESS: "Đang thực hiện trong hạn",
    cl.DUE_SOON: "Đang thực hiện, sắp đến hạn",
    cl.OVERDUE: "Chưa hoàn thành, quá hạn",
    cl.NO_DEADLINE: "Không xác định thời hạn",
    cl.SUSPENDED: "Tạm dừng thực hiện",
    cl.CANCELLED: "Hủy bỏ",
    cl.CARRIED_OVER: "Chuyển sang kế hoạch sau",
}
MEETING_KIND_TEXT = {
    "regular": "họp định kỳ",
    "six_month_review": "hội nghị sơ kết 6 tháng",
    "annual_review": "hội nghị tổng kết năm",
    "ad_hoc": "họp đột xuất",
    "thematic": "họp chuyên đề",
}


# --- what the report says ---------------------------------------------------------------------


@dataclass(frozen=True)
class ReportQuery:
    board_id: int
    period: ReportPeriod
    plan_id: int | None = None
    as_of: date | None = None  # None: today, or the period's end when that is earlier
    include_child_boards: bool = False


@dataclass(frozen=True)
class GroupLine:
    """One row of an annex table: a sector or a lead agency and its tasks per class."""

    id: int | None
    name: str
    short_name: str
    counts: ClassCounts

    @property
    def label(self) -> str:
        return self.short_name or self.name


@dataclass(frozen=True)
class SectionLine:
    """A heading of section II (a plan section, a plan, or "other tasks") and its tasks."""

    title: str
    depth: int  # 0 for a top-level heading
    tasks: tuple[TaskLine, ...]


@dataclass(frozen=True)
class ConclusionLine:
    text: str
    tasks: int
    done: int
    overdue: int


@dataclass(frozen=True)
class MeetingLine:
    id: int
    title: str
    kind: str
    day: date
    place: str
    conclusions: tuple[ConclusionLine, ...]


@dataclass(frozen=True)
class MonthLine:
    """Tasks due in a month of the period (by the as-of date) and how many were done."""

    month: date
    due: int
    done: int
    done_on_time: int


@dataclass(frozen=True)
class ReportData:
    query: ReportQuery
    period: ReportPeriod
    next_period: ReportPeriod
    as_of: date
    soon_days: int
    letterhead: register.Letterhead
    board_name: str
    board_area: str
    governing: str  # "UBND tỉnh Vĩnh Long", for "kính báo cáo" and the recipients
    standing_agency: str
    plan_code: str
    plan_title: str
    plan_issue_date: date | None
    counts: ClassCounts
    rate: CompletionRate
    by_sector: tuple[GroupLine, ...]
    by_agency: tuple[GroupLine, ...]  # every lead agency, most overdue first
    monthly: tuple[MonthLine, ...]
    sections: tuple[SectionLine, ...]
    overdue: tuple[TaskLine, ...]  # longest overdue first
    open_tasks: int  # open as of the date (with or without a deadline)
    next_due: tuple[TaskLine, ...]  # open, falling due in the next period
    meetings: tuple[MeetingLine, ...]
    reminders_sent: int  # reminder letters registered in the period
    extended: int  # tasks in the report whose deadline was extended
    recurring: int  # occurrences of recurring duties in the report
    overdue_without_update: int  # overdue tasks with no report in the period
    signer: Signer

    @property
    def total(self) -> int:
        return self.counts.total

    @property
    def empty(self) -> bool:
        return self.counts.total == 0

    @property
    def subject(self) -> str:
        """ "Kế hoạch số 45/KH-BĐH" or the plan's title; "" for a whole board's report."""
        if not self.plan_title:
            return ""
        return f"Kế hoạch số {self.plan_code}" if self.plan_code else self.plan_title


@dataclass(frozen=True)
class ReportOptions:
    texts: AssessmentTexts | None = None  # None: default_texts(data)
    charts: bool = True


# --- gathering the data -----------------------------------------------------------------------


def effective_as_of(period: ReportPeriod, as_of: date | None) -> date:
    return as_of if as_of is not None else min(date.today(), period.end)


def report_data(db: Database, actor: Actor, query: ReportQuery) -> ReportData:
    period = query.period
    as_of = effective_as_of(period, query.as_of)
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        board = s.get(Board, query.board_id)
        if board is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The board no longer exists."))
        permissions.require_view_board(s, actor, board.id)
        plan = _plan(s, query)
        if as_of < period.start:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The as-of date {as_of} is before the period starts ({start})."
                ),
                field="as_of",
                as_of=vn_date(as_of),
                start=vn_date(period.start),
            )
        soon = tasks.soon_days(s)
        base = TaskFilter(
            board_id=board.id,
            include_child_boards=query.include_child_boards,
            plan_id=query.plan_id,
            as_of=as_of,
        )
        visible = tasks.filter_conditions(s, actor, base, as_of, soon)
        where = [*visible, *period_condition(period, as_of)]

        counts = ClassCounts(as_of, dict(s.execute(cl.counts_query(where, as_of, soon)).all()))
        due, done, on_time = s.execute(
            cl.rate_query(where, as_of, count_carried=query.plan_id is not None)
        ).one()
        lines = task_lines(s, where, as_of, soon, with_updates=True, since=period.start)
        next_period = period.following()
        next_due = task_lines(
            s,
            [
                *visible,
                cl.class_condition((cl.OVERDUE, cl.DUE_SOON, cl.IN_PROGRESS), as_of, soon),
                Task.effective_deadline > period.end,
                Task.effective_deadline <= next_period.end,
            ],
            as_of,
            soon,
        )
        head = register.letterhead_in(s, board.id)
        standing = s.get(Agency, board.standing_agency_id) if board.standing_agency_id else None
        return ReportData(
            query=query,
            period=period,
            next_period=next_period,
            as_of=as_of,
            soon_days=soon,
            letterhead=head,
            board_name=board.name,
            board_area=board.area,
            governing=_governing(s, board),
            standing_agency=standing.name if standing else "",
            plan_code=plan.code if plan else "",
            plan_title=plan.title if plan else "",
            plan_issue_date=plan.issue_date if plan else None,
            counts=counts,
            rate=CompletionRate(int(due), int(done), int(on_time)),
            by_sector=_by_sector(s, where, as_of, soon),
            by_agency=_by_agency(s, where, as_of, soon),
            monthly=_monthly(s, where, period, as_of, query.plan_id is not None),
            sections=_sections(s, query, lines),
            overdue=tuple(
                sorted(
                    (t for t in lines if t.status_class == cl.OVERDUE),
                    key=lambda t: (-t.days_overdue, vi_sort_key(t.title)),
                )
            ),
            open_tasks=sum(counts[c] for c in (cl.OVERDUE, cl.DUE_SOON, cl.IN_PROGRESS))
            + sum(
                1 for t in lines if t.status_class == cl.NO_DEADLINE and t.status in OPEN_STATUSES
            ),
            next_due=tuple(next_due),
            meetings=_meetings(s, board.id, period, as_of, soon),
            reminders_sent=_reminders_sent(s, board.id, period, as_of),
            extended=sum(1 for t in lines if t.extended),
            recurring=sum(1 for t in lines if t.recurring),
            overdue_without_update=sum(
                1
                for t in lines
                if t.status_class == cl.OVERDUE
                and (t.latest_update is None or t.latest_update.update_date < period.start)
            ),
            signer=signer(s, board, as_of, deputy=False),
        )


def period_condition(period: ReportPeriod, as_of: date) -> list:
    """The tasks a period's report counts (see the module's docstring)."""
    return [
        Task.assigned_date <= min(period.end, as_of),
        not_(and_(Task.status == "done", Task.completed_on < period.start)),
        or_(
            Task.series_id.is_(None),
            Task.effective_deadline.is_(None),
            Task.effective_deadline <= period.end,
        ),
    ]


def _plan(s: Session, query: ReportQuery) -> Plan | None:
    if query.plan_id is None:
        return None
    plan = s.get(Plan, query.plan_id)
    if plan is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The plan no longer exists."))
    if plan.board_id != query.board_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The plan does not belong to this board."), field="plan"
        )
    starts = date(plan.year_from, 1, 1)
    if plan.issue_date is not None and plan.issue_date < starts:
        starts = plan.issue_date
    as_of = effective_as_of(query.period, query.as_of)
    if as_of < starts:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The as-of date {as_of} is before the plan starts ({start})."
            ),
            field="as_of",
            as_of=vn_date(as_of),
            start=vn_date(starts),
        )
    return plan


def _governing(s: Session, board: Board) -> str:
    """Who the board reports to: the parent board, else the People's Committee of its area."""
    if board.parent_id is not None:
        parent = s.get(Board, board.parent_id)
        if parent is not None:
            return parent.name
    if board.governing_body:
        return board.governing_body
    return f"Ủy ban nhân dân {board.area}" if board.area else ""


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


def _by_sector(s: Session, where: list, as_of: date, soon: int) -> tuple[GroupLine, ...]:
    groups = _grouped(s, where, Task.sector_id, as_of, soon)
    from coordboard.models import Sector

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


def _by_agency(s: Session, where: list, as_of: date, soon: int) -> tuple[GroupLine, ...]:
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


def _monthly(
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


def _sections(s: Session, query: ReportQuery, lines: list[TaskLine]) -> tuple[SectionLine, ...]:
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


def _meetings(
    s: Session, board_id: int, period: ReportPeriod, as_of: date, soon: int
) -> tuple[MeetingLine, ...]:
    """The board's meetings held in the period (by the as-of date) and their conclusions, each
    with how many tasks it gave and how they stand."""
    from coordboard.models import Conclusion

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


def _reminders_sent(s: Session, board_id: int, period: ReportPeriod, as_of: date) -> int:
    from coordboard.services.reports.reminders import EXCERPT

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


# --- writing the report -------------------------------------------------------------------------

REPORT_SUFFIXES = (".docx", ".pdf", ".xlsx")


class ReportCancelled(DomainError):
    """The user pressed Cancel; nothing was written."""


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    data: ReportData


def export_report(
    db: Database,
    actor: Actor,
    query: ReportQuery,
    path: str | Path,
    options: ReportOptions = ReportOptions(),
    pdf_writer: Callable[[object, Path], object] | None = None,
    progress: Callable[[str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> WrittenReport:
    """Write the report to `path`, by its suffix: .docx (the document), .pdf (the same document
    through `pdf_writer(document, path)`, which the ui or cli supplies: printing needs Qt), or
    .xlsx (the annex tables). `progress(stage)` names each stage as it starts ("data",
    "charts" or "document", "write"); `cancelled()` is asked before each stage and stops the
    export with ReportCancelled. Nothing is written when anything fails."""

    def step(stage: str) -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled(
                QT_TRANSLATE_NOOP("errors", "The report was cancelled; no file was written.")
            )
        if progress is not None:
            progress(stage)

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", 'The report can be written as .docx, .pdf or .xlsx, not "{name}".'
            ),
            field="out",
            name=path.name,
        )
    if suffix == ".pdf" and pdf_writer is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Writing a PDF needs the printing part of the application."
            ),
            field="out",
        )
    check_folder(path.parent)
    step("data")
    data = report_data(db, actor, query)
    if suffix == ".xlsx":
        step("write")
        from coordboard.services.reports.tables import write_xlsx

        return WrittenReport(write_xlsx(data, path), data)
    document = build_document(data, options, step)
    step("write")
    if suffix == ".pdf":
        pdf_writer(document, path)
        return WrittenReport(path, data)
    from coordboard.services.documents import write_docx

    return WrittenReport(write_docx(document, path), data)


def build_document(
    data: ReportData,
    options: ReportOptions = ReportOptions(),
    progress: Callable[[str], None] | None = None,
):
    from coordboard.services.documents.progress_report import build_report

    texts = options.texts if options.texts is not None else default_texts(data)
    _step(progress, "charts" if options.charts and not data.empty else "document")
    return build_report(data, texts, charts=options.charts)


def _step(progress: Callable[[str], None] | None, stage: str) -> None:
    if progress is not None:
        progress(stage)


def check_folder(folder: Path) -> None:
    """Refuse at once a folder that does not exist or cannot be written (tried, not guessed:
    permissions, a read-only share and a full disk all show here)."""
    import os
    import tempfile

    folder = Path(folder) if str(folder) else Path(".")
    if not folder.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The folder {path} does not exist."),
            field="out",
            path=str(folder),
        )
    try:
        fd, probe = tempfile.mkstemp(prefix=".coordboard-", suffix=".probe", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Cannot write in the folder {path}: {detail}"),
            field="out",
            path=str(folder),
            detail=exc.strerror or str(exc),
        ) from exc
