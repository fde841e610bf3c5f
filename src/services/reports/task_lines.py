"""Tasks as a report or a reminder letter cites them: source document, deadline and extensions,
status class and the latest update as of a date; and who signs for a board."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from coordboard.models import (
    Agency,
    Board,
    BoardKind,
    BoardRole,
    Meeting,
    Membership,
    Person,
    Plan,
    Task,
    TaskExtension,
    TaskUpdate,
)
from coordboard.services import tasks
from coordboard.services.documents.formats import vn_short_date as vn_date
from coordboard.services.tasks import classification as cl
from coordboard.text import clean_text


@dataclass(frozen=True)
class UpdateLine:
    update_date: date
    who: str
    text: str


@dataclass(frozen=True)
class ExtensionLine:
    old_deadline: date
    new_deadline: date
    reason: str
    approved_by: str


@dataclass(frozen=True)
class TaskLine:
    """One task as a report or a reminder letter cites it."""

    id: int
    title: str
    board_name: str
    lead_agency_id: int
    lead_agency_name: str
    sector_name: str
    plan_id: int | None
    section_id: int | None
    source_kind: str
    source: str  # "Kế hoạch số 45/KH-BĐH", "Thông báo số 05/TB-BĐH", ...
    deadline: date | None  # as assigned
    effective_deadline: date | None  # after extensions
    status: str
    status_class: str
    percent: int
    completed_on: date | None
    recurring: bool
    days_overdue: int  # as of the as-of date; 0 unless overdue
    latest_update: UpdateLine | None = None
    extensions: tuple[ExtensionLine, ...] = ()

    @property
    def extended(self) -> bool:
        return bool(self.extensions) or self.deadline != self.effective_deadline


@dataclass(frozen=True)
class Signer:
    authority: str  # "TM. BAN ĐIỀU HÀNH", "KT. TRƯỞNG BAN"
    position: str  # "TRƯỞNG BAN"
    name: str


STATUS_TEXT = {
    "not_started": "chưa triển khai",
    "in_progress": "đang thực hiện",
    "done": "hoàn thành",
    "cancelled": "hủy bỏ",
    "suspended": "tạm dừng",
    "carried_over": "chuyển sang kế hoạch sau",
}


def signer(s: Session, board: Board, on: date, *, deputy: bool) -> Signer:
    """Who signs for the board on a day: the chair ("TM. BAN ĐIỀU HÀNH / TRƯỞNG BAN"), or with
    `deputy` the standing deputy on the chair's behalf ("KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN THƯỜNG
    TRỰC") when the board has one."""
    kind = s.scalar(select(BoardKind.name).where(BoardKind.id == board.kind_id)) or "Ban"
    body = kind.removesuffix(" cấp xã").upper()
    holders = {
        code: (role, name)
        for code, role, name in s.execute(
            select(BoardRole.code, BoardRole.name, Person.full_name)
            .join(Membership, Membership.role_id == BoardRole.id)
            .join(Person, Person.id == Membership.person_id)
            .where(
                Membership.board_id == board.id,
                BoardRole.code.in_(("chair", "standing_deputy")),
                Membership.start_date <= on,
                or_(Membership.end_date.is_(None), Membership.end_date >= on),
            )
            .order_by(Membership.start_date)
        ).all()
    }
    chair_role = holders.get("chair", ("Trưởng ban", ""))[0]
    if deputy and "standing_deputy" in holders:
        role, name = holders["standing_deputy"]
        return Signer(f"KT. {chair_role.upper()}", role.upper(), name)
    role, name = holders.get("chair", ("Trưởng ban", ""))
    return Signer(f"TM. {body}", role.upper(), name)


def source_text(
    kind: str,
    number: str,
    issued: date | None,
    issuer: str,
    plan_code: str,
    plan_title: str,
    meeting_title: str,
    meeting_day: date | None,
) -> str:
    """Where a task comes from, as a letter cites it."""
    if kind == "plan":
        if plan_code:
            return f"Kế hoạch số {plan_code}"
        return f"Kế hoạch {plan_title}".strip() if plan_title else "Kế hoạch"
    if kind == "meeting":
        if number:
            return f"Thông báo số {number}" + (f" ngày {vn_date(issued)}" if issued else "")
        if meeting_title:
            return f"Kết luận {meeting_title[:1].lower()}{meeting_title[1:]}" + (
                f" ngày {vn_date(meeting_day)}" if meeting_day else ""
            )
        return "Kết luận cuộc họp"
    text = f"Văn bản số {number}" if number else "Văn bản chỉ đạo"
    if issued:
        text += f" ngày {vn_date(issued)}"
    if issuer:
        text += f" của {issuer}"
    return text


def task_lines(
    s: Session,
    where: list,
    as_of: date,
    soon: int,
    *,
    with_updates: bool = True,
    since: date | None = None,
    order=None,
) -> list[TaskLine]:
    """The tasks matching `where` with their source, latest update (by the as-of date) and
    extensions; ordered like a plan (plan, section, position) unless `order` says otherwise."""
    query = (
        tasks.row_query(as_of, soon)
        .add_columns(
            Task.source_kind,
            Task.source_number,
            Task.source_date,
            Task.source_issuer,
            Task.series_id,
            func.coalesce(Plan.title, "").label("plan_title"),
            func.coalesce(Meeting.title, "").label("meeting_title"),
            Meeting.starts_at.label("meeting_at"),
        )
        .outerjoin(Meeting, Meeting.id == Task.meeting_id)
        .where(*where)
    )
    query = query.order_by(
        *(order if order is not None else (Task.plan_id, Task.section_id, Task.position, Task.id))
    )
    rows = s.execute(query).all()
    if not rows:
        return []
    ids_query = select(Task.id).select_from(Task).where(*where)
    updates = _latest_updates(s, ids_query, as_of) if with_updates else {}
    extensions = _extensions(s, ids_query)
    lines = []
    for r in rows:
        overdue = r.status_class == cl.OVERDUE
        lines.append(
            TaskLine(
                id=r.id,
                title=r.title,
                board_name=r.board_name,
                lead_agency_id=r.lead_agency_id,
                lead_agency_name=r.lead_agency_name,
                sector_name=r.sector_name,
                plan_id=r.plan_id,
                section_id=r.section_id,
                source_kind=r.source_kind,
                source=source_text(
                    r.source_kind,
                    r.source_number,
                    r.source_date,
                    r.source_issuer,
                    r.plan_code,
                    r.plan_title,
                    r.meeting_title,
                    r.meeting_at.date() if r.meeting_at else None,
                ),
                deadline=r.deadline,
                effective_deadline=r.effective_deadline,
                status=r.status,
                status_class=r.status_class,
                percent=r.percent,
                completed_on=r.completed_on,
                recurring=r.series_id is not None,
                days_overdue=(as_of - r.effective_deadline).days if overdue else 0,
                latest_update=updates.get(r.id),
                extensions=extensions.get(r.id, ()),
            )
        )
    return lines


def _latest_updates(s: Session, ids_query, as_of: date) -> dict[int, UpdateLine]:
    rank = (
        func.row_number()
        .over(
            partition_by=TaskUpdate.task_id,
            order_by=(TaskUpdate.update_date.desc(), TaskUpdate.id.desc()),
        )
        .label("rank")
    )
    inner = (
        select(
            TaskUpdate.task_id,
            TaskUpdate.update_date,
            TaskUpdate.text,
            TaskUpdate.percent,
            TaskUpdate.new_status,
            func.coalesce(Agency.name, TaskUpdate.author_name).label("who"),
            rank,
        )
        .outerjoin(Agency, Agency.id == TaskUpdate.agency_id)
        .where(TaskUpdate.task_id.in_(ids_query), TaskUpdate.update_date <= as_of)
        .subquery()
    )
    found = {}
    for r in s.execute(select(inner).where(inner.c.rank == 1)).all():
        found[r.task_id] = UpdateLine(
            r.update_date, r.who or "", _update_text(r.text, r.percent, r.new_status)
        )
    return found


def _update_text(text: str, percent: int | None, new_status: str | None) -> str:
    """The update's own words; a bare status or progress change said in words."""
    said = clean_text(text or "").replace("\n", " ").rstrip(" .;")
    if said:
        return said
    parts = []
    if new_status:
        parts.append(f"chuyển trạng thái: {STATUS_TEXT.get(new_status, new_status)}")
    if percent is not None and new_status != "done":
        parts.append(f"tiến độ {percent}%")
    return "; ".join(parts)


def _extensions(s: Session, ids_query) -> dict[int, tuple[ExtensionLine, ...]]:
    found: dict[int, list[ExtensionLine]] = {}
    for e in s.execute(
        select(
            TaskExtension.task_id,
            TaskExtension.old_deadline,
            TaskExtension.new_deadline,
            TaskExtension.reason,
            TaskExtension.approved_by,
        )
        .where(TaskExtension.task_id.in_(ids_query))
        .order_by(TaskExtension.task_id, TaskExtension.new_deadline)
    ).all():
        found.setdefault(e.task_id, []).append(
            ExtensionLine(e.old_deadline, e.new_deadline, e.reason, e.approved_by)
        )
    return {k: tuple(v) for k, v in found.items()}
