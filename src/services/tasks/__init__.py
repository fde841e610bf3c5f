"""Delegated tasks: who leads, who co-operates, by when, and how far it has come.

Permissions (DESIGN.md): the secretariat (and administrators) create and edit tasks of the
boards they edit; an agency's focal point changes the status and progress of tasks its agency
leads and adds updates to tasks where its agency co-operates; viewers read.

Lists are paged in SQL (`list_tasks(offset, limit)`), counted in SQL (`count_tasks`,
`class_counts`) and never load every row: the task table holds up to millions of them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import delete, func, insert, or_, select, union_all
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session, aliased

from coordboard.db import Database
from coordboard.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import (
    DEADLINE_KINDS,
    OPEN_STATUSES,
    SOURCE_KINDS,
    Agency,
    AuditEntry,
    Board,
    Plan,
    PlanSection,
    Sector,
    Task,
    TaskAttachment,
    TaskExtension,
    TaskSeries,
    TaskUpdate,
    task_cooperators,
)
from coordboard.models.base import utcnow
from coordboard.models.tasks import sort_rank
from coordboard.services import permissions
from coordboard.services.actor import FOCAL_POINT, Actor
from coordboard.services.tasks import classification
from coordboard.services.uow import UnitOfWork, any_row, check_length, check_version
from coordboard.text import clean, clean_text, fold

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
PAGE_SIZE = 200

STATUS_LABELS = {
    "not_started": QT_TRANSLATE_NOOP("task_status", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("task_status", "In progress"),
    "done": QT_TRANSLATE_NOOP("task_status", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("task_status", "Cancelled"),
    "suspended": QT_TRANSLATE_NOOP("task_status", "Suspended"),
    "carried_over": QT_TRANSLATE_NOOP("task_status", "Carried over"),
}
#: statuses a user may set (carried over is set only by copying a plan)
SETTABLE_STATUSES = ("not_started", "in_progress", "done", "suspended", "cancelled")
SOURCE_LABELS = {
    "plan": QT_TRANSLATE_NOOP("task_source", "Plan"),
    "meeting": QT_TRANSLATE_NOOP("task_source", "Meeting conclusion"),
    "document": QT_TRANSLATE_NOOP("task_source", "Document"),
}


# --- data that crosses the service boundary -------------------------------------------------


@dataclass(frozen=True)
class TaskInput:
    board_id: int
    title: str
    lead_agency_id: int | None
    assigned_date: date
    plan_id: int | None = None
    section_id: int | None = None
    description: str = ""
    source_kind: str = "plan"
    source_number: str = ""
    source_date: date | None = None
    source_issuer: str = ""
    sector_id: int | None = None
    cooperating_agency_ids: tuple[int, ...] = ()
    responsible_person: str = ""
    deadline_kind: str = "fixed"  # none | fixed | recurring | relative
    deadline: date | None = None  # fixed
    relative_base: date | None = None  # relative: within `relative_days` working days of base
    relative_days: int | None = None
    recurrence_kind: str = ""  # recurring: yearly | half_yearly | quarterly | monthly
    recurrence_points: str = ""  # "01/12", "25/5; 20/11"
    recurrence_until: date | None = None  # default: the end of the plan's period
    expected_output: str = ""
    target_value: float | None = None
    target_unit: str = ""
    meeting_id: int | None = None


@dataclass(frozen=True)
class TaskFilter:
    board_id: int | None = None
    include_child_boards: bool = False
    plan_id: int | None = None
    section_id: int | None = None
    sector_id: int | None = None
    lead_agency_id: int | None = None
    cooperating_agency_id: int | None = None
    agency_id: int | None = None  # leads or co-operates: "my agency's tasks"
    classes: tuple[str, ...] = ()  # status classes (classification.CLASSES)
    deadline_from: date | None = None
    deadline_to: date | None = None
    text: str = ""  # diacritics-insensitive, on the title
    series_id: int | None = None
    as_of: date | None = None  # None: today


SORT_KEYS = (
    "status",
    "deadline",
    "title",
    "board",
    "lead_agency",
    "sector",
    "assigned",
    "percent",
    "updated",
    "plan",
)


@dataclass(frozen=True)
class TaskSort:
    key: str = "status"
    descending: bool = False


@dataclass(frozen=True)
class TaskRow:
    id: int
    version: int
    board_id: int
    board_name: str
    plan_id: int | None
    plan_code: str
    title: str
    sector_id: int | None
    sector_name: str
    lead_agency_id: int
    lead_agency_name: str
    assigned_date: date
    deadline: date | None
    effective_deadline: date | None
    status: str
    status_class: str
    percent: int
    completed_on: date | None
    last_update_on: date | None
    period_key: str
    carried_from_id: int | None
    cooperating: tuple[str, ...] = ()
    section_id: int | None = None  # the plan section it sits under

    @property
    def extended(self) -> bool:
        return self.effective_deadline != self.deadline


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    size: int
    sha256: str


@dataclass(frozen=True)
class UpdateInfo:
    id: int
    update_date: date
    author_name: str
    agency_id: int | None
    agency_name: str
    text: str
    percent: int | None
    old_status: str | None
    new_status: str | None
    attachments: tuple[AttachmentInfo, ...] = ()


@dataclass(frozen=True)
class ExtensionInfo:
    id: int
    old_deadline: date
    new_deadline: date
    reason: str
    approved_by: str
    approved_on: date


@dataclass(frozen=True)
class TaskDetail:
    row: TaskRow
    data: TaskInput
    status_note: str
    achieved_value: float | None
    series_kind: str
    series_points: str
    plan_title: str
    section_label: str
    cooperating_agency_ids: tuple[int, ...]
    updates: tuple[UpdateInfo, ...]
    extensions: tuple[ExtensionInfo, ...]
    can_edit: bool  # the secretariat's full edit
    can_update_progress: bool  # status, percent, completion (lead agency or secretariat)
    can_add_update: bool  # a dated note (lead or co-operating agency, secretariat)

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def version(self) -> int:
        return self.row.version


@dataclass(frozen=True)
class AttachmentInput:
    filename: str
    content: bytes

    @classmethod
    def from_path(cls, path: str | Path) -> AttachmentInput:
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise _too_big(path.name, size)
            return cls(path.name, path.read_bytes())
        except OSError as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The file {name} cannot be read: {reason}"),
                field="attachment",
                name=path.name,
                reason=exc.strerror or str(exc),
            ) from exc


@dataclass(frozen=True)
class ProgressInput:
    update_date: date
    text: str = ""
    percent: int | None = None
    new_status: str | None = None  # None: unchanged
    completed_on: date | None = None
    achieved_value: float | None = None
    attachments: tuple[AttachmentInput, ...] = field(default_factory=tuple)


def _too_big(name: str, size: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors", "The file {name} is {size} MB; attachments may be at most {limit} MB."
        ),
        field="attachment",
        name=name,
        size=f"{size / 1048576:.1f}",
        limit=MAX_ATTACHMENT_BYTES // 1048576,
    )


# --- visibility and the row query -----------------------------------------------------------


def _cooperates(agency_id: int):
    """`tasks.id IN (the agency's co-operations)`, not a correlated EXISTS, which both engines
    would probe once per task."""
    return Task.id.in_(
        select(task_cooperators.c.task_id).where(task_cooperators.c.agency_id == agency_id)
    )


_OWN = Task.__table__.alias("own")


def _task_ids_in(*, boards: tuple[int, ...] = (), agency_id: int | None = None):
    """`tasks.id IN (tasks of these boards UNION ALL tasks the agency leads UNION ALL tasks it
    co-operates on)`: one IN over small index lookups, never an OR. OR-ed conditions made
    PostgreSQL scan every task (a focal point's first page: 1.7 s at a million tasks) and
    SQLite probe the co-operators per task (4 s); this form takes milliseconds on both."""
    parts = []
    if boards:
        parts.append(select(_OWN.c.id).where(_OWN.c.board_id.in_(boards)))
    if agency_id is not None:
        parts.append(select(_OWN.c.id).where(_OWN.c.lead_agency_id == agency_id))
        parts.append(
            select(task_cooperators.c.task_id).where(task_cooperators.c.agency_id == agency_id)
        )
    return Task.id.in_(union_all(*parts))


def visible_condition(s: Session, actor: Actor):
    """None when the actor sees every task; else a WHERE clause."""
    boards = permissions.visible_board_ids(s, actor)
    if boards is None:
        return None
    if actor.role == FOCAL_POINT and actor.agency_id is not None:
        return _task_ids_in(boards=tuple(sorted(boards)), agency_id=actor.agency_id)
    return Task.board_id.in_(sorted(boards)) if boards else Task.id.is_(None)


def filter_conditions(
    s: Session, actor: Actor, flt: TaskFilter, as_of: date, soon_days: int
) -> list:
    where = []
    visible = visible_condition(s, actor)
    if visible is not None:
        where.append(visible)
    if flt.board_id is not None:
        if flt.include_child_boards:
            ids = permissions.descendants(s, {flt.board_id})
            where.append(Task.board_id.in_(sorted(ids)))
        else:
            where.append(Task.board_id == flt.board_id)
    if flt.plan_id is not None:
        where.append(Task.plan_id == flt.plan_id)
    if flt.section_id is not None:
        where.append(Task.section_id == flt.section_id)
    if flt.sector_id is not None:
        where.append(Task.sector_id == flt.sector_id)
    if flt.lead_agency_id is not None:
        where.append(Task.lead_agency_id == flt.lead_agency_id)
    if flt.cooperating_agency_id is not None:
        where.append(_cooperates(flt.cooperating_agency_id))
    if flt.agency_id is not None:
        where.append(_task_ids_in(agency_id=flt.agency_id))
    if flt.series_id is not None:
        where.append(Task.series_id == flt.series_id)
    if flt.classes:
        where.append(classification.class_condition(tuple(flt.classes), as_of, soon_days))
    if flt.deadline_from is not None:
        where.append(Task.effective_deadline >= flt.deadline_from)
    if flt.deadline_to is not None:
        where.append(Task.effective_deadline <= flt.deadline_to)
    for word in fold(flt.text).split():
        where.append(Task.title_folded.contains(word, autoescape=True))
    return where


def soon_days(s: Session) -> int:
    try:
        from coordboard.services import workdays
    except ImportError:  # pragma: no cover - during development only
        return classification.DEFAULT_SOON_DAYS
    return workdays.due_soon_days(s)


_LEAD = aliased(Agency, name="lead")


def order_by(sort: TaskSort) -> list:
    key = sort.key if sort.key in SORT_KEYS else "status"
    columns = {
        "status": [Task.sort_rank, Task.effective_deadline],
        "deadline": [Task.effective_deadline],
        "title": [Task.title_folded],
        "board": [Board.name_folded, Task.sort_rank, Task.effective_deadline],
        "lead_agency": [_LEAD.name_folded, Task.sort_rank, Task.effective_deadline],
        "sector": [Sector.name_folded, Task.sort_rank, Task.effective_deadline],
        "assigned": [Task.assigned_date],
        "percent": [Task.percent],
        "updated": [Task.last_update_on],
        "plan": [Task.plan_id, Task.section_id, Task.position],
    }[key] + [Task.id]
    return [c.desc() for c in columns] if sort.descending else columns


def _row_columns(as_of: date, soon_days: int):
    return (
        Task.id,
        Task.version,
        Task.board_id,
        Board.name.label("board_name"),
        Task.plan_id,
        func.coalesce(Plan.code, "").label("plan_code"),
        Task.title,
        Task.sector_id,
        func.coalesce(Sector.name, "").label("sector_name"),
        Task.lead_agency_id,
        _LEAD.name.label("lead_agency_name"),
        Task.assigned_date,
        Task.deadline,
        Task.effective_deadline,
        Task.status,
        classification.class_expression(as_of, soon_days).label("status_class"),
        Task.percent,
        Task.completed_on,
        Task.last_update_on,
        Task.period_key,
        Task.carried_from_id,
        Task.section_id,
    )


def row_query(as_of: date, soon_days: int):
    return (
        select(*_row_columns(as_of, soon_days))
        .select_from(Task)
        .join(Board, Task.board_id == Board.id)
        .join(_LEAD, Task.lead_agency_id == _LEAD.id)
        .outerjoin(Sector, Task.sector_id == Sector.id)
        .outerjoin(Plan, Task.plan_id == Plan.id)
    )


def _cooperating_names(s: Session, task_ids: list[int]) -> dict[int, tuple[str, ...]]:
    if not task_ids:
        return {}
    names: dict[int, list[str]] = {}
    for task_id, name in s.execute(
        select(task_cooperators.c.task_id, Agency.name)
        .join(Agency, Agency.id == task_cooperators.c.agency_id)
        .where(task_cooperators.c.task_id.in_(task_ids))
        .order_by(task_cooperators.c.task_id, Agency.name_folded)
    ):
        names.setdefault(task_id, []).append(name)
    return {k: tuple(v) for k, v in names.items()}


def read_rows(s: Session, query) -> list[TaskRow]:
    result = s.execute(query).all()
    coop = _cooperating_names(s, [r.id for r in result])
    return [TaskRow(**r._asdict(), cooperating=coop.get(r.id, ())) for r in result]


def list_tasks(
    db: Database,
    actor: Actor,
    flt: TaskFilter = TaskFilter(),
    sort: TaskSort = TaskSort(),
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> list[TaskRow]:
    """One page of the filtered, sorted task list."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        as_of = flt.as_of or date.today()
        soon = soon_days(s)
        query = (
            row_query(as_of, soon)
            .where(*filter_conditions(s, actor, flt, as_of, soon))
            .order_by(*order_by(sort))
            .offset(offset)
            .limit(limit)
        )
        return read_rows(s, query)


def count_tasks(db: Database, actor: Actor, flt: TaskFilter = TaskFilter()) -> int:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        as_of = flt.as_of or date.today()
        where = filter_conditions(s, actor, flt, as_of, soon_days(s))
        return s.scalar(select(func.count()).select_from(Task).where(*where))


def class_counts(
    db: Database, actor: Actor, flt: TaskFilter = TaskFilter()
) -> classification.ClassCounts:
    """How many tasks fall in each status class as of `flt.as_of` (classes filter ignored)."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        as_of = flt.as_of or date.today()
        soon = soon_days(s)
        flt_all = replace(flt, classes=())
        where = filter_conditions(s, actor, flt_all, as_of, soon)
        counts = dict(s.execute(classification.counts_query(where, as_of, soon)).all())
        return classification.ClassCounts(as_of, counts)


def completion_rate(
    db: Database, actor: Actor, flt: TaskFilter = TaskFilter()
) -> classification.CompletionRate:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        as_of = flt.as_of or date.today()
        flt_all = replace(flt, classes=())
        where = filter_conditions(s, actor, flt_all, as_of, soon_days(s))
        due, done, on_time = s.execute(
            classification.rate_query(where, as_of, count_carried=flt.plan_id is not None)
        ).one()
        return classification.CompletionRate(int(due), int(done), int(on_time))


# --- permissions ------------------------------------------------------------------------------


def _can_edit(s: Session, actor: Actor, task: Task) -> bool:
    return permissions.may_edit_board(s, actor, task.board_id)


def _is_cooperating(s: Session, task_id: int, agency_id: int | None) -> bool:
    if agency_id is None:
        return False
    return any_row(
        s, task_cooperators.c.task_id == task_id, task_cooperators.c.agency_id == agency_id
    )


def _rights(s: Session, actor: Actor, task: Task) -> tuple[bool, bool, bool]:
    """(edit, progress, add update) for this actor on this task."""
    if _can_edit(s, actor, task):
        return True, True, True
    if actor.role == FOCAL_POINT and actor.agency_id is not None:
        if task.lead_agency_id == actor.agency_id:
            return False, True, True
        if _is_cooperating(s, task.id, actor.agency_id):
            return False, False, True
    return False, False, False


def _require_edit(s: Session, actor: Actor, board_id: int) -> None:
    if not permissions.may_edit_board(s, actor, board_id):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors", "Only the secretariat of this board may create or change its tasks."
            )
        )


def _require_view(s: Session, actor: Actor, task: Task) -> None:
    visible = permissions.visible_board_ids(s, actor)
    if visible is None or task.board_id in visible:
        return
    if actor.role == FOCAL_POINT and (
        task.lead_agency_id == actor.agency_id or _is_cooperating(s, task.id, actor.agency_id)
    ):
        return
    raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "You may not view this task."))


# --- reading one task -----------------------------------------------------------------------


def _get(s: Session, task_id: int) -> Task:
    task = s.get(Task, task_id)
    if task is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The task no longer exists."))
    return task


def input_of(s: Session, t: Task, coop: tuple[int, ...]) -> TaskInput:
    return TaskInput(
        board_id=t.board_id,
        title=t.title,
        lead_agency_id=t.lead_agency_id,
        assigned_date=t.assigned_date,
        plan_id=t.plan_id,
        section_id=t.section_id,
        description=t.description,
        source_kind=t.source_kind,
        source_number=t.source_number,
        source_date=t.source_date,
        source_issuer=t.source_issuer,
        sector_id=t.sector_id,
        cooperating_agency_ids=coop,
        responsible_person=t.responsible_person,
        deadline_kind=t.deadline_kind,
        deadline=t.deadline,
        relative_base=t.relative_base,
        relative_days=t.relative_days,
        expected_output=t.expected_output,
        target_value=t.target_value,
        target_unit=t.target_unit,
        meeting_id=t.meeting_id,
    )


def _detail(s: Session, actor: Actor, task_id: int) -> TaskDetail:
    task = _get(s, task_id)
    _require_view(s, actor, task)
    as_of = date.today()
    soon = soon_days(s)
    row = read_rows(s, row_query(as_of, soon).where(Task.id == task_id))[0]
    coop = tuple(
        s.scalars(
            select(task_cooperators.c.agency_id)
            .join(Agency, Agency.id == task_cooperators.c.agency_id)
            .where(task_cooperators.c.task_id == task_id)
            .order_by(Agency.name_folded)
        )
    )
    updates = []
    rows = s.execute(
        select(TaskUpdate, Agency.name)
        .outerjoin(Agency, Agency.id == TaskUpdate.agency_id)
        .where(TaskUpdate.task_id == task_id)
        .order_by(TaskUpdate.update_date.desc(), TaskUpdate.id.desc())
    ).all()
    files: dict[int, list[AttachmentInfo]] = {}
    if rows:
        for a in s.execute(
            select(
                TaskAttachment.id,
                TaskAttachment.update_id,
                TaskAttachment.filename,
                TaskAttachment.size,
                TaskAttachment.sha256,
            )
            .where(TaskAttachment.update_id.in_([u.id for u, _ in rows]))
            .order_by(TaskAttachment.id)
        ):
            files.setdefault(a.update_id, []).append(
                AttachmentInfo(a.id, a.filename, a.size, a.sha256)
            )
    for u, agency_name in rows:
        updates.append(
            UpdateInfo(
                u.id,
                u.update_date,
                u.author_name,
                u.agency_id,
                agency_name or "",
                u.text,
                u.percent,
                u.old_status,
                u.new_status,
                tuple(files.get(u.id, ())),
            )
        )
    extensions = tuple(
        ExtensionInfo(e.id, e.old_deadline, e.new_deadline, e.reason, e.approved_by, e.approved_on)
        for e in s.scalars(
            select(TaskExtension)
            .where(TaskExtension.task_id == task_id)
            .order_by(TaskExtension.new_deadline)
        )
    )
    series_kind = series_points = ""
    if task.series_id is not None:
        series = s.get(TaskSeries, task.series_id)
        series_kind, series_points = series.kind, series.points
    plan_title = section_label = ""
    if task.plan_id is not None:
        plan_title = s.scalar(select(Plan.title).where(Plan.id == task.plan_id)) or ""
    if task.section_id is not None:
        sec = s.get(PlanSection, task.section_id)
        section_label = f"{sec.number}. {sec.title}" if sec.number else sec.title
    edit, progress, note = _rights(s, actor, task)
    return TaskDetail(
        row=row,
        data=input_of(s, task, coop),
        status_note=task.status_note,
        achieved_value=task.achieved_value,
        series_kind=series_kind,
        series_points=series_points,
        plan_title=plan_title,
        section_label=section_label,
        cooperating_agency_ids=coop,
        updates=tuple(updates),
        extensions=extensions,
        can_edit=edit,
        can_update_progress=progress,
        can_add_update=note,
    )


def get_task(db: Database, actor: Actor, task_id: int) -> TaskDetail:
    with UnitOfWork(db, actor) as uow:
        return _detail(uow.session, actor, task_id)


# --- creating and editing -------------------------------------------------------------------


def _check_agency(s: Session, agency_id: int, field_name: str) -> None:
    if s.get(Agency, agency_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The chosen agency no longer exists."), field=field_name
        )


def _plan_years(s: Session, data: TaskInput) -> tuple[int, int] | None:
    if data.plan_id is None:
        return None
    plan = s.get(Plan, data.plan_id)
    return plan.year_from, plan.year_to


def _validated(s: Session, data: TaskInput, *, creating: bool) -> TaskInput:
    data = replace(
        data,
        title=clean(data.title),
        description=clean_text(data.description),
        source_number=clean(data.source_number),
        source_issuer=clean(data.source_issuer),
        responsible_person=clean(data.responsible_person),
        expected_output=clean(data.expected_output),
        target_unit=clean(data.target_unit),
        recurrence_points=clean(data.recurrence_points),
        cooperating_agency_ids=tuple(dict.fromkeys(data.cooperating_agency_ids)),
    )
    if not data.title:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the task's title."), field="title")
    check_length(data.title, Task.__table__.c.title, "title")
    check_length(data.source_number, Task.__table__.c.source_number, "source_number")
    check_length(data.source_issuer, Task.__table__.c.source_issuer, "source_issuer")
    check_length(data.responsible_person, Task.__table__.c.responsible_person, "responsible_person")
    check_length(data.expected_output, Task.__table__.c.expected_output, "expected_output")
    check_length(data.target_unit, Task.__table__.c.target_unit, "target_unit")
    if s.get(Board, data.board_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The chosen board no longer exists."), field="board"
        )
    if data.lead_agency_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Choose the lead agency (chủ trì): every task has exactly one."
            ),
            field="lead_agency",
        )
    _check_agency(s, data.lead_agency_id, "lead_agency")
    if data.lead_agency_id in data.cooperating_agency_ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The lead agency cannot also be listed as a co-operating agency."
            ),
            field="cooperating",
        )
    for agency_id in data.cooperating_agency_ids:
        _check_agency(s, agency_id, "cooperating")
    if data.sector_id is not None and s.get(Sector, data.sector_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The chosen sector no longer exists."), field="sector"
        )
    if data.plan_id is not None:
        plan = s.get(Plan, data.plan_id)
        if plan is None or plan.board_id != data.board_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The plan does not belong to the task's board."),
                field="plan",
            )
    if data.section_id is not None:
        section = s.get(PlanSection, data.section_id)
        if section is None or section.plan_id != data.plan_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The section does not belong to the task's plan."),
                field="section",
            )
    if data.source_kind not in SOURCE_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown source of the task."), field="source"
        )
    if data.source_kind == "document" and not data.source_number:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the number of the document the task comes from."),
            field="source_number",
        )
    if data.target_value is not None and data.target_value < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The target cannot be negative."), field="target"
        )
    kind = data.deadline_kind
    if kind not in DEADLINE_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown kind of deadline."), field="deadline"
        )
    if kind == "fixed":
        if data.deadline is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", 'Enter the deadline, or choose "no deadline".'),
                field="deadline",
            )
        _deadline_after_assigned(data.deadline, data.assigned_date)
    elif kind == "relative":
        if data.relative_base is None or not data.relative_days or data.relative_days < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A relative deadline needs a start date and a number of working days "
                    "(at least 1).",
                ),
                field="deadline",
            )
        if data.relative_days > 365:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "At most 365 working days."), field="deadline"
            )
        from coordboard.services import workdays

        due = workdays.load_calendar(s).add_working_days(data.relative_base, data.relative_days)
        _deadline_after_assigned(due, data.assigned_date)
        data = replace(data, deadline=due)
    elif kind == "recurring":
        if not creating:  # an occurrence keeps its own date; the series is set when created
            if data.deadline is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Enter the deadline."), field="deadline"
                )
            _deadline_after_assigned(data.deadline, data.assigned_date)
    else:
        data = replace(data, deadline=None)
    return data


def _deadline_after_assigned(deadline: date, assigned: date) -> None:
    if deadline < assigned:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The deadline {deadline} is before the assigned date {assigned}."
            ),
            field="deadline",
            deadline=deadline.strftime("%d/%m/%Y"),
            assigned=assigned.strftime("%d/%m/%Y"),
        )


def _apply(task: Task, data: TaskInput) -> None:
    for name in (
        "board_id",
        "title",
        "lead_agency_id",
        "assigned_date",
        "plan_id",
        "section_id",
        "description",
        "source_kind",
        "source_number",
        "source_date",
        "source_issuer",
        "sector_id",
        "responsible_person",
        "deadline_kind",
        "relative_base",
        "relative_days",
        "expected_output",
        "target_value",
        "target_unit",
        "meeting_id",
    ):
        setattr(task, name, getattr(data, name))
    task.title_folded = fold(data.title)
    task.deadline = data.deadline
    task.effective_deadline = data.deadline
    task.sort_rank = sort_rank(task.status, task.effective_deadline)


def _settle_deadline(s: Session, task: Task) -> None:
    """The deadline that counts: the later of the assigned deadline and the latest approved
    extension (a task without a deadline has none, whatever was extended before)."""
    extended = s.scalar(
        select(func.max(TaskExtension.new_deadline)).where(TaskExtension.task_id == task.id)
    )
    if task.deadline is not None and extended is not None and extended > task.deadline:
        task.effective_deadline = extended
    else:
        task.effective_deadline = task.deadline
    task.sort_rank = sort_rank(task.status, task.effective_deadline)


def _audit_cooperators(s: Session, actor: Actor, task_id: int, new_ids: tuple[int, ...]) -> None:
    """The co-operating agencies live in a link table the audit hook does not see."""
    old_ids = tuple(
        s.scalars(
            select(task_cooperators.c.agency_id)
            .where(task_cooperators.c.task_id == task_id)
            .order_by(task_cooperators.c.agency_id)
        )
    )
    if sorted(old_ids) != sorted(new_ids):
        s.add(
            AuditEntry(
                user_id=actor.user_id,
                username=actor.username,
                action="update",
                entity="tasks",
                entity_id=task_id,
                field="cooperating_agencies",
                old_value=",".join(map(str, sorted(old_ids))),
                new_value=",".join(map(str, sorted(new_ids))),
            )
        )


def _set_cooperators(s: Session, task_id: int, agency_ids: tuple[int, ...]) -> None:
    s.execute(delete(task_cooperators).where(task_cooperators.c.task_id == task_id))
    if agency_ids:
        s.execute(
            insert(task_cooperators), [{"task_id": task_id, "agency_id": a} for a in agency_ids]
        )


def _next_position(s: Session, data: TaskInput) -> int:
    if data.plan_id is None:
        return 0
    last = s.scalar(
        select(func.max(Task.position)).where(
            Task.plan_id == data.plan_id,
            Task.section_id.is_(None)
            if data.section_id is None
            else Task.section_id == data.section_id,
        )
    )
    return (last or 0) + 1


def _occurrences(s: Session, data: TaskInput):
    from coordboard.rules import recurrence

    rec = recurrence.parse_recurrence(data.recurrence_kind, data.recurrence_points)
    years = _plan_years(s, data)
    until = data.recurrence_until or date((years[1] if years else data.assigned_date.year), 12, 31)
    found = recurrence.occurrences(rec, data.assigned_date, until)
    if not found:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The recurrence has no due date between {start} and {end}."
            ),
            field="recurrence",
            start=data.assigned_date.strftime("%d/%m/%Y"),
            end=until.strftime("%d/%m/%Y"),
        )
    return rec, found


def create_task(db: Database, actor: Actor, data: TaskInput) -> tuple[int, ...]:
    """Create a task, or one task per occurrence of a recurring deadline; returns the ids."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        _require_edit(s, actor, data.board_id)
        data = _validated(s, data, creating=True)
        ids = insert_tasks(s, data)
        uow.commit()
        return ids


def validated_input(s: Session, data: TaskInput) -> TaskInput:
    """A new task's input checked and normalised, for services that create tasks inside their
    own unit of work (a meeting's conclusions)."""
    return _validated(s, data, creating=True)


def insert_tasks(s: Session, data: TaskInput, **extra) -> tuple[int, ...]:
    """Insert validated input (the task, or its occurrences) in the caller's session; `extra`
    sets further columns. Returns the ids."""
    occurrences = [("", data.deadline)]
    series_id = None
    if data.deadline_kind == "recurring" and "series_id" not in extra:
        from coordboard.rules import recurrence

        rec, found = _occurrences(s, data)
        series = TaskSeries(kind=rec.kind, points=recurrence.format_points(rec))
        s.add(series)
        s.flush()
        series_id = series.id
        occurrences = [(o.period_key, o.due) for o in found]
    ids = []
    position = _next_position(s, data)
    for period_key, due in occurrences:
        task = Task(
            status="not_started",
            percent=0,
            position=position,
            series_id=series_id,
            period_key=period_key,
        )
        for name, value in extra.items():
            setattr(task, name, value)
        _apply(task, replace(data, deadline=due))
        task.effective_deadline = extra.get("effective_deadline", due)
        task.sort_rank = sort_rank(task.status, task.effective_deadline)
        s.add(task)
        s.flush()
        _set_cooperators(s, task.id, data.cooperating_agency_ids)
        ids.append(task.id)
        position += 1
    return tuple(ids)


def update_task(
    db: Database, actor: Actor, task_id: int, data: TaskInput, expected_version: int | None = None
) -> TaskDetail:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        task = _get(s, task_id)
        check_version(task.version, expected_version)
        _require_edit(s, actor, task.board_id)
        _require_edit(s, actor, data.board_id)
        if task.series_id is not None:  # an occurrence stays one, with its own date
            data = replace(data, deadline_kind="recurring")
        elif data.deadline_kind == "recurring":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A recurring deadline is chosen when the task is created; enter a "
                    "fixed date here.",
                ),
                field="deadline",
            )
        data = _validated(s, data, creating=False)
        if data.deadline_kind == "relative" == task.deadline_kind and (
            data.relative_base,
            data.relative_days,
        ) == (task.relative_base, task.relative_days):
            # the same rule keeps its date, even if the calendar changed since it was computed
            data = replace(data, deadline=task.deadline)
        if task.completed_on is not None and data.assigned_date > task.completed_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The assigned date cannot be after the completion date."
                ),
                field="assigned_date",
            )
        with s.no_autoflush:  # one UPDATE of the row, so one step of its version per save
            _apply(task, data)
            _settle_deadline(s, task)
            task.updated_at = utcnow()  # the version bumps even if only co-operators changed
        # the version-checked UPDATE goes first: a save by another PC at the same moment waits
        # for this row and then fails here as a conflict, before either touches the co-operators
        s.flush()
        _audit_cooperators(s, actor, task.id, data.cooperating_agency_ids)
        _set_cooperators(s, task.id, data.cooperating_agency_ids)
        s.flush()
        uow.commit()
        return _detail(s, actor, task_id)


def delete_task(
    db: Database, actor: Actor, task_id: int, expected_version: int | None = None
) -> None:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        task = _get(s, task_id)
        check_version(task.version, expected_version)
        _require_edit(s, actor, task.board_id)
        if any_row(s, Task.carried_from_id == task_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "This task was carried over to a later plan; delete that one first."
                )
            )
        if any_row(s, TaskUpdate.task_id == task_id) or any_row(
            s, TaskExtension.task_id == task_id
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The task has a progress history; cancel it instead of deleting it."
                )
            )
        if task.carried_from_id is not None:  # the duty goes back to the plan it came from
            origin = s.get(Task, task.carried_from_id)
            if origin is not None and origin.status == "carried_over":
                origin.status, origin.status_note = task.status, ""
                origin.sort_rank = sort_rank(origin.status, origin.effective_deadline)
                origin.updated_at = utcnow()
        _audit_cooperators(s, actor, task_id, ())
        _set_cooperators(s, task_id, ())
        s.delete(task)
        uow.commit()


# --- progress -------------------------------------------------------------------------------


def add_update(
    db: Database,
    actor: Actor,
    task_id: int,
    data: ProgressInput,
    expected_version: int | None = None,
) -> TaskDetail:
    """Record a dated progress update; the lead agency (or the secretariat) may also change the
    status, percent, completion date and achieved value. Co-operating agencies add notes.

    Without `expected_version` the update is a note added to whatever the task is now: when
    another PC saved the task at the same moment, it is tried again on the fresh row, so two
    agencies reporting at once both land. With it, a change meanwhile is a conflict."""
    attempts = 1 if expected_version is not None else 3
    for attempt in range(attempts):
        try:
            return _add_update_once(db, actor, task_id, data, expected_version)
        except ConflictError:
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


def _add_update_once(
    db: Database, actor: Actor, task_id: int, data: ProgressInput, expected_version: int | None
) -> TaskDetail:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        task = _get(s, task_id)
        _require_view(s, actor, task)
        edit, progress, note = _rights(s, actor, task)
        changes_progress = (
            data.new_status is not None
            or data.percent is not None
            or data.achieved_value is not None
        )
        if not note or (changes_progress and not progress):
            if note:
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Only the lead agency may change this task's status or progress; "
                        "a co-operating agency adds updates.",
                    )
                )
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors", "Your agency neither leads nor co-operates on this task."
                )
            )
        check_version(task.version, expected_version)
        text = clean_text(data.text)
        today = date.today()
        if data.update_date > today:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "An update cannot be dated in the future."),
                field="update_date",
            )
        if data.percent is not None and not 0 <= data.percent <= 100:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The percentage must be between 0 and 100."),
                field="percent",
            )
        if data.achieved_value is not None and data.achieved_value < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The achieved value cannot be negative."),
                field="achieved",
            )
        new_status = data.new_status if data.new_status != task.status else None
        if new_status is not None and new_status not in SETTABLE_STATUSES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Unknown task status."), field="status"
            )
        if task.status == "carried_over":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "This task was carried over to a later plan; update it there."
                )
            )
        if (
            not text
            and new_status is None
            and data.percent is None
            and not data.attachments
            and data.achieved_value is None
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Write what was done, or change the status or progress."
                ),
                field="text",
            )
        if new_status in ("cancelled", "suspended") and not edit:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors", "Only the board's secretariat may cancel or suspend a task."
                )
            )
        if new_status in ("cancelled", "suspended") and not text:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Say why the task is cancelled or suspended."),
                field="text",
            )
        completed_on = task.completed_on
        if new_status == "done":
            completed_on = data.completed_on
            if completed_on is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Enter the date the task was completed."),
                    field="completed_on",
                )
            if completed_on > today:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The completion date cannot be in the future."),
                    field="completed_on",
                )
            if completed_on < task.assigned_date:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The completion date is before the task was assigned."
                    ),
                    field="completed_on",
                )
        elif new_status is not None:
            completed_on = None
        check_length(text, TaskUpdate.__table__.c.text, "text")
        for a in data.attachments:
            if len(a.content) > MAX_ATTACHMENT_BYTES:
                raise _too_big(a.filename, len(a.content))
            if not clean(a.filename):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The file has no name."), field="attachment"
                )
        update = TaskUpdate(
            task_id=task.id,
            update_date=data.update_date,
            author_id=actor.user_id,
            author_name=actor.full_name or actor.username,
            agency_id=actor.agency_id if actor.role == FOCAL_POINT else None,
            text=text,
            percent=data.percent,
            old_status=task.status if new_status else None,
            new_status=new_status,
        )
        s.add(update)
        s.flush()
        for a in data.attachments:
            s.add(
                TaskAttachment(
                    update_id=update.id,
                    filename=clean(a.filename)[:255],
                    size=len(a.content),
                    sha256=hashlib.sha256(a.content).hexdigest(),
                    content=a.content,
                )
            )
        if progress and changes_progress:
            if new_status is not None:
                task.status = new_status
                task.completed_on = completed_on
                if new_status == "done":
                    task.percent = 100
                if new_status in ("cancelled", "suspended") or task.status_note:
                    task.status_note = text
            if data.percent is not None and task.status != "done":
                task.percent = data.percent
                if data.percent > 0 and task.status == "not_started" and new_status is None:
                    task.status = "in_progress"
            if data.achieved_value is not None:
                task.achieved_value = data.achieved_value
            task.sort_rank = sort_rank(task.status, task.effective_deadline)
            if task.last_update_on is None or data.update_date > task.last_update_on:
                task.last_update_on = data.update_date
            task.updated_at = utcnow()
        else:
            # a note leaves the task as it is: only the date of its latest report moves, without
            # a new version, so notes from several agencies at once never conflict
            s.execute(
                sql_update(Task)
                .where(
                    Task.id == task.id,
                    or_(Task.last_update_on.is_(None), Task.last_update_on < data.update_date),
                )
                .values(last_update_on=data.update_date)
                .execution_options(synchronize_session=False)
            )
        s.flush()
        uow.commit()
        return _detail(s, actor, task_id)


def add_extension(
    db: Database,
    actor: Actor,
    task_id: int,
    *,
    new_deadline: date,
    reason: str,
    approved_by: str,
    approved_on: date,
    expected_version: int | None = None,
) -> TaskDetail:
    """Gia hạn: move the deadline later; the old date, reason and approver are kept."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        task = _get(s, task_id)
        check_version(task.version, expected_version)
        _require_edit(s, actor, task.board_id)
        reason, approved_by = clean_text(reason), clean(approved_by)
        current = task.effective_deadline
        if task.status not in (*OPEN_STATUSES, "suspended"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Only an unfinished task can be given more time."),
                field="new_deadline",
            )
        if current is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A task without a deadline cannot be extended; set a deadline instead.",
                ),
                field="new_deadline",
            )
        if new_deadline <= current:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The new deadline must be later than the current one ({current})."
                ),
                field="new_deadline",
                current=current.strftime("%d/%m/%Y"),
            )
        if not reason:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Give the reason for the extension."), field="reason"
            )
        if not approved_by:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Say who approved the extension."), field="approved_by"
            )
        if approved_on > date.today():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The approval date cannot be in the future."),
                field="approved_on",
            )
        check_length(reason, TaskExtension.__table__.c.reason, "reason")
        check_length(approved_by, TaskExtension.__table__.c.approved_by, "approved_by")
        s.add(
            TaskExtension(
                task_id=task.id,
                old_deadline=current,
                new_deadline=new_deadline,
                reason=reason,
                approved_by=approved_by,
                approved_on=approved_on,
                entered_by_id=actor.user_id,
            )
        )
        task.effective_deadline = new_deadline
        task.sort_rank = sort_rank(task.status, task.effective_deadline)
        s.flush()
        uow.commit()
        return _detail(s, actor, task_id)


def attachment_content(db: Database, actor: Actor, attachment_id: int) -> tuple[str, bytes]:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        row = s.execute(
            select(TaskAttachment.filename, TaskAttachment.content, TaskUpdate.task_id)
            .join(TaskUpdate, TaskUpdate.id == TaskAttachment.update_id)
            .where(TaskAttachment.id == attachment_id)
        ).first()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The attachment no longer exists."))
        _require_view(s, actor, _get(s, row.task_id))
        return row.filename, bytes(row.content)
