"""Plans (kế hoạch) of a board: numbered sections and the tasks under them.

The secretariat of a board creates and edits its plans; everyone who sees the board reads them.
Copying a plan to the next year carries its unfinished tasks over: the new task remembers the
old one (`carried_from_id`) and the old one is marked "carried over", so a task is counted once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import NotFound, PermissionDenied, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import (
    OPEN_STATUSES,
    PLAN_STATUSES,
    Board,
    Plan,
    PlanSection,
    Task,
    TaskSeries,
    task_cooperators,
)
from coordboard.models.base import utcnow
from coordboard.services import permissions, tasks
from coordboard.services.actor import Actor
from coordboard.services.uow import UnitOfWork, any_row, check_length, check_version
from coordboard.text import clean, clean_text, fold

STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("plan_status", "Draft"),
    "in_force": QT_TRANSLATE_NOOP("plan_status", "In force"),
    "closed": QT_TRANSLATE_NOOP("plan_status", "Closed"),
}
MIN_YEAR, MAX_YEAR = 2000, 2100


@dataclass(frozen=True)
class PlanInput:
    board_id: int
    title: str
    year_from: int
    year_to: int
    code: str = ""
    issue_date: date | None = None
    basis: str = ""
    purpose: str = ""
    funding: str = ""
    status: str = "draft"


@dataclass(frozen=True)
class PlanInfo:
    id: int
    version: int
    board_id: int
    board_name: str
    code: str
    title: str
    year_from: int
    year_to: int
    issue_date: date | None
    basis: str
    purpose: str
    funding: str
    status: str
    copied_from_id: int | None
    task_count: int
    can_edit: bool

    @property
    def period(self) -> str:
        return (
            str(self.year_from)
            if self.year_from == self.year_to
            else f"{self.year_from}–{self.year_to}"
        )

    def as_input(self) -> PlanInput:
        return PlanInput(
            board_id=self.board_id,
            title=self.title,
            year_from=self.year_from,
            year_to=self.year_to,
            code=self.code,
            issue_date=self.issue_date,
            basis=self.basis,
            purpose=self.purpose,
            funding=self.funding,
            status=self.status,
        )


@dataclass(frozen=True)
class SectionInfo:
    id: int
    version: int
    plan_id: int
    parent_id: int | None
    number: str
    title: str
    position: int

    @property
    def label(self) -> str:
        return f"{self.number}. {self.title}" if self.number else self.title


@dataclass(frozen=True)
class PlanTree:
    """A plan's sections (in order, parents before children) and its tasks' rows."""

    plan: PlanInfo
    sections: tuple[SectionInfo, ...]
    tasks: tuple[tasks.TaskRow, ...]  # ordered by section and position


def _get(s: Session, plan_id: int) -> Plan:
    plan = s.get(Plan, plan_id)
    if plan is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The plan no longer exists."))
    return plan


def _require_edit(s: Session, actor: Actor, board_id: int) -> None:
    if not permissions.may_edit_board(s, actor, board_id):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "Only the secretariat of this board may change its plans.")
        )


def _info(s: Session, actor: Actor, plan: Plan, task_count: int | None = None) -> PlanInfo:
    if task_count is None:
        task_count = s.scalar(select(func.count()).select_from(Task).where(Task.plan_id == plan.id))
    board_name = s.scalar(select(Board.name).where(Board.id == plan.board_id))
    return PlanInfo(
        plan.id,
        plan.version,
        plan.board_id,
        board_name,
        plan.code,
        plan.title,
        plan.year_from,
        plan.year_to,
        plan.issue_date,
        plan.basis,
        plan.purpose,
        plan.funding,
        plan.status,
        plan.copied_from_id,
        task_count,
        permissions.may_edit_board(s, actor, plan.board_id),
    )


def list_plans(db: Database, actor: Actor, board_id: int | None = None) -> list[PlanInfo]:
    """Plans of one board (or of every visible board), newest period first."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        query = select(Plan)
        if board_id is not None:
            permissions.require_view_board(s, actor, board_id)
            query = query.where(Plan.board_id == board_id)
        else:
            visible = permissions.visible_board_ids(s, actor)
            if visible is not None:
                query = query.where(Plan.board_id.in_(sorted(visible)))
        plans = s.scalars(query.order_by(Plan.year_from.desc(), Plan.id.desc())).all()
        counts = (
            dict(
                s.execute(
                    select(Task.plan_id, func.count())
                    .where(Task.plan_id.in_([p.id for p in plans]))
                    .group_by(Task.plan_id)
                ).all()
            )
            if plans
            else {}
        )
        return [_info(s, actor, p, counts.get(p.id, 0)) for p in plans]


def get_plan(db: Database, actor: Actor, plan_id: int) -> PlanInfo:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        plan = _get(s, plan_id)
        permissions.require_view_board(s, actor, plan.board_id)
        return _info(s, actor, plan)


def section_infos(s: Session, plan_id: int) -> list[SectionInfo]:
    rows = s.scalars(
        select(PlanSection)
        .where(PlanSection.plan_id == plan_id)
        .order_by(PlanSection.position, PlanSection.id)
    ).all()
    by_parent: dict[int | None, list[PlanSection]] = {}
    for r in rows:
        by_parent.setdefault(r.parent_id, []).append(r)
    ordered: list[SectionInfo] = []

    def walk(parent: int | None) -> None:
        for r in by_parent.get(parent, []):
            ordered.append(
                SectionInfo(r.id, r.version, r.plan_id, r.parent_id, r.number, r.title, r.position)
            )
            walk(r.id)

    walk(None)
    return ordered


def plan_tree(db: Database, actor: Actor, plan_id: int, as_of: date | None = None) -> PlanTree:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        plan = _get(s, plan_id)
        permissions.require_view_board(s, actor, plan.board_id)
        info = _info(s, actor, plan)
    rows = tasks.list_tasks(
        db,
        actor,
        tasks.TaskFilter(plan_id=plan_id, as_of=as_of),
        tasks.TaskSort("plan"),
        limit=100_000,
    )
    with UnitOfWork(db, actor) as uow:
        sections = section_infos(uow.session, plan_id)
    return PlanTree(info, tuple(sections), tuple(rows))


def _validated(s: Session, data: PlanInput) -> PlanInput:
    data = replace(
        data,
        title=clean(data.title),
        code=clean(data.code),
        basis=clean_text(data.basis),
        purpose=clean_text(data.purpose),
        funding=clean_text(data.funding),
    )
    if not data.title:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the plan's title."), field="title")
    check_length(data.title, Plan.__table__.c.title, "title")
    check_length(data.code, Plan.__table__.c.code, "code")
    if s.get(Board, data.board_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The chosen board no longer exists."), field="board"
        )
    for year in (data.year_from, data.year_to):
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The plan's years must lie between {low} and {high}."),
                field="years",
                low=MIN_YEAR,
                high=MAX_YEAR,
            )
    if data.year_to < data.year_from:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The plan's last year is before its first year."),
            field="years",
        )
    if data.status not in PLAN_STATUSES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown plan status."), field="status")
    if data.issue_date is not None and data.issue_date.year > data.year_to:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The plan is issued after its period ends."),
            field="issue_date",
        )
    return data


def _check_code_free(s: Session, data: PlanInput, plan_id: int | None) -> None:
    if not data.code:
        return
    # compared in Python: SQLite's lower() folds ASCII only, and every code has "Đ" ("KH-BĐH")
    codes = s.scalars(
        select(Plan.code).where(Plan.board_id == data.board_id, Plan.id != (plan_id or 0))
    )
    if any(code.casefold() == data.code.casefold() for code in codes):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This board already has a plan numbered {code}."),
            field="code",
            code=data.code,
        )


def _apply(plan: Plan, data: PlanInput) -> None:
    for name in (
        "board_id",
        "title",
        "year_from",
        "year_to",
        "code",
        "issue_date",
        "basis",
        "purpose",
        "funding",
        "status",
    ):
        setattr(plan, name, getattr(data, name))
    plan.title_folded = fold(data.title)


def create_plan(db: Database, actor: Actor, data: PlanInput) -> PlanInfo:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        _require_edit(s, actor, data.board_id)
        data = _validated(s, data)
        _check_code_free(s, data, None)
        plan = Plan()
        _apply(plan, data)
        s.add(plan)
        s.flush()
        uow.commit()
        return _info(s, actor, plan)


def update_plan(
    db: Database, actor: Actor, plan_id: int, data: PlanInput, expected_version: int | None = None
) -> PlanInfo:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        plan = _get(s, plan_id)
        check_version(plan.version, expected_version)
        _require_edit(s, actor, plan.board_id)
        if data.board_id != plan.board_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A plan cannot move to another board."), field="board"
            )
        data = _validated(s, data)
        _check_code_free(s, data, plan_id)
        _apply(plan, data)
        s.flush()
        uow.commit()
        return _info(s, actor, plan)


def delete_plan(
    db: Database, actor: Actor, plan_id: int, expected_version: int | None = None
) -> None:
    """Only an empty plan may be deleted: tasks carry history that must not vanish."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        plan = _get(s, plan_id)
        check_version(plan.version, expected_version)
        _require_edit(s, actor, plan.board_id)
        if any_row(s, Task.plan_id == plan_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The plan still has tasks; delete or move them first.")
            )
        if any_row(s, Plan.copied_from_id == plan_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A later plan was copied from this one; it cannot be deleted."
                )
            )
        # children before parents, one at a time: the unit of work does not know the nesting
        # and the database cascades a parent's delete to its children
        for info in reversed(section_infos(s, plan_id)):
            s.delete(s.get(PlanSection, info.id))
            s.flush()
        s.delete(plan)
        uow.commit()


# --- sections -------------------------------------------------------------------------------


def save_section(
    db: Database,
    actor: Actor,
    plan_id: int,
    *,
    title: str,
    number: str = "",
    parent_id: int | None = None,
    section_id: int | None = None,
    expected_version: int | None = None,
) -> SectionInfo:
    """Add a section at the end of its parent, or rename/renumber an existing one."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        plan = _get(s, plan_id)
        _require_edit(s, actor, plan.board_id)
        title, number = clean(title), clean(number)
        if not title:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Enter the section's title."), field="title"
            )
        check_length(title, PlanSection.__table__.c.title, "title")
        check_length(number, PlanSection.__table__.c.number, "number")
        if parent_id is not None:
            parent = s.get(PlanSection, parent_id)
            if parent is None or parent.plan_id != plan_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The parent section is not part of this plan."),
                    field="parent",
                )
        if section_id is None:
            last = s.scalar(
                select(func.max(PlanSection.position)).where(
                    PlanSection.plan_id == plan_id,
                    PlanSection.parent_id.is_(None)
                    if parent_id is None
                    else PlanSection.parent_id == parent_id,
                )
            )
            section = PlanSection(plan_id=plan_id, parent_id=parent_id, position=(last or 0) + 1)
            s.add(section)
        else:
            section = s.get(PlanSection, section_id)
            if section is None or section.plan_id != plan_id:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "The section no longer exists."))
            check_version(section.version, expected_version)
            if parent_id is not None and _is_within(s, parent_id, section_id):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "A section cannot be placed inside itself."),
                    field="parent",
                )
            section.parent_id = parent_id
        section.title, section.number = title, number
        s.flush()
        uow.commit()
        return SectionInfo(
            section.id,
            section.version,
            plan_id,
            section.parent_id,
            section.number,
            section.title,
            section.position,
        )


def _is_within(s: Session, candidate: int, section_id: int) -> bool:
    current: int | None = candidate
    while current is not None:
        if current == section_id:
            return True
        current = s.scalar(select(PlanSection.parent_id).where(PlanSection.id == current))
    return False


def delete_section(
    db: Database, actor: Actor, section_id: int, expected_version: int | None = None
) -> None:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        section = s.get(PlanSection, section_id)
        if section is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The section no longer exists."))
        check_version(section.version, expected_version)
        plan = _get(s, section.plan_id)
        _require_edit(s, actor, plan.board_id)
        if any_row(s, PlanSection.parent_id == section_id) or any_row(
            s, Task.section_id == section_id
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The section is not empty; move or delete its tasks and subsections first.",
                )
            )
        s.delete(section)
        uow.commit()


# --- copying to the next year ---------------------------------------------------------------


@dataclass(frozen=True)
class CopyResult:
    plan: PlanInfo
    carried_over: int  # unfinished tasks moved into the new plan
    recurring: int  # new occurrences of recurring duties
    left_done: int  # finished or cancelled tasks that stay in the old plan


def copy_to_next_year(
    db: Database, actor: Actor, plan_id: int, *, code: str = "", title: str | None = None
) -> CopyResult:
    """A new draft plan for the following period, with the same sections; unfinished tasks
    carry over with their deadline (what was overdue stays overdue until the secretariat
    extends it; the old ones become "carried over"), recurring duties get the new period's
    occurrences. One transaction: all of it, or nothing."""
    from coordboard.rules import recurrence

    with UnitOfWork(db, actor) as uow:
        s = uow.session
        old = _get(s, plan_id)
        _require_edit(s, actor, old.board_id)
        copied = s.scalar(select(Plan.code).where(Plan.copied_from_id == plan_id).limit(1))
        if copied is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "This plan was already copied to the next year ({code})."
                ),
                code=copied or "—",
            )
        span = old.year_to - old.year_from + 1
        data = _validated(
            s,
            PlanInput(
                board_id=old.board_id,
                title=title if title is not None else old.title,
                year_from=old.year_from + span,
                year_to=old.year_to + span,
                code=code,
                basis=old.basis,
                purpose=old.purpose,
                funding=old.funding,
                status="draft",
            ),
        )
        _check_code_free(s, data, None)
        new = Plan(copied_from_id=old.id)
        _apply(new, data)
        s.add(new)
        s.flush()
        section_map: dict[int, int] = {}
        for sec in section_infos(s, old.id):
            copy = PlanSection(
                plan_id=new.id,
                number=sec.number,
                title=sec.title,
                position=sec.position,
                parent_id=section_map.get(sec.parent_id) if sec.parent_id else None,
            )
            s.add(copy)
            s.flush()
            section_map[sec.id] = copy.id
        start, end = date(new.year_from, 1, 1), date(new.year_to, 12, 31)
        carried = recurring = left = 0
        seen_series: set[int] = set()
        old_tasks = s.scalars(
            select(Task)
            .where(Task.plan_id == old.id)
            .order_by(Task.section_id, Task.position, Task.id)
        ).all()
        for t in old_tasks:
            coop = tuple(
                s.scalars(
                    select(task_cooperators.c.agency_id).where(task_cooperators.c.task_id == t.id)
                )
            )
            base = tasks.input_of(s, t, coop)
            base = replace(base, plan_id=new.id, section_id=section_map.get(t.section_id))
            if t.series_id is not None and t.series_id not in seen_series:
                seen_series.add(t.series_id)
                series = s.get(TaskSeries, t.series_id)
                rec = recurrence.parse_recurrence(series.kind, series.points)
                for occ in recurrence.occurrences(rec, start, end):
                    tasks.insert_tasks(
                        s,
                        replace(base, assigned_date=start, deadline=occ.due),
                        series_id=series.id,
                        period_key=occ.period_key,
                    )
                    recurring += 1
            if t.status in (*OPEN_STATUSES, "suspended"):
                deadline = t.effective_deadline
                (new_id,) = tasks.insert_tasks(
                    s,
                    replace(base, deadline=deadline, deadline_kind="fixed" if deadline else "none"),
                    carried_from_id=t.id,
                    period_key=t.period_key,
                )
                carried_task = s.get(Task, new_id)  # it goes on where it stood
                carried_task.status, carried_task.percent = t.status, t.percent
                carried_task.status_note = t.status_note
                carried_task.achieved_value = t.achieved_value
                carried_task.last_update_on = t.last_update_on
                t.status = "carried_over"
                t.status_note = new.code or new.title
                t.updated_at = utcnow()
                carried += 1
            else:
                left += 1
        s.flush()
        uow.commit()
        return CopyResult(_info(s, actor, new), carried, recurring, left)
