"""Reading one task: its row, its input as a form would show it, its history (updates with
their attachments, extensions), its series and plan, and what the reader may do with it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.models import (
    Agency,
    Plan,
    PlanSection,
    Task,
    TaskAttachment,
    TaskExtension,
    TaskSeries,
    TaskUpdate,
    task_cooperators,
)
from coordboard.services import workdays
from coordboard.services.actor import Actor
from coordboard.services.tasks.access import load_task, require_view, rights
from coordboard.services.tasks.queries import read_rows, row_query
from coordboard.services.tasks.types import (
    AttachmentInfo,
    ExtensionInfo,
    TaskDetail,
    TaskInput,
    UpdateInfo,
)
from coordboard.services.uow import UnitOfWork


def input_of(s: Session, t: Task, coop: tuple[int, ...]) -> TaskInput:
    """The input that would create `t` as it stands (with co-operators `coop`): what the edit
    form starts from, and what copying a plan to the next year changes."""
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


def detail(s: Session, actor: Actor, task_id: int) -> TaskDetail:
    """The task as the detail pane shows it, as of today (the caller's unit of work)."""
    task = load_task(s, task_id)
    require_view(s, actor, task)
    as_of = date.today()
    soon = workdays.due_soon_days(s)
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
        series = s.get_one(TaskSeries, task.series_id)
        series_kind, series_points = series.kind, series.points
    plan_title = section_label = ""
    if task.plan_id is not None:
        plan_title = s.scalar(select(Plan.title).where(Plan.id == task.plan_id)) or ""
    if task.section_id is not None:
        sec = s.get_one(PlanSection, task.section_id)
        section_label = f"{sec.number}. {sec.title}" if sec.number else sec.title
    edit, progress, note = rights(s, actor, task)
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
        return detail(uow.session, actor, task_id)
