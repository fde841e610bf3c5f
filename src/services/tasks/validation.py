"""A task's input checked and normalised before it is written: text cleaned, lengths within
the columns, the board, agencies, sector, plan and section existing and belonging together,
and the deadline worked out from its kind (a relative deadline counted in working days)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from coordboard.errors import ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import (
    DEADLINE_KINDS,
    SOURCE_KINDS,
    Agency,
    Board,
    Plan,
    PlanSection,
    Sector,
    Task,
)
from coordboard.services import workdays
from coordboard.services.tasks.types import TaskInput
from coordboard.services.uow import check_length
from coordboard.text import clean, clean_text


def _check_agency(s: Session, agency_id: int, field_name: str) -> None:
    if s.get(Agency, agency_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The chosen agency no longer exists."), field=field_name
        )


def validated(s: Session, data: TaskInput, *, creating: bool) -> TaskInput:
    """`data` checked and normalised; `creating`: a recurring deadline is being set up (an edit
    keeps the date of its occurrence)."""
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


def validated_input(s: Session, data: TaskInput) -> TaskInput:
    """A new task's input checked and normalised, for services that create tasks inside their
    own unit of work (a meeting's conclusions)."""
    return validated(s, data, creating=True)
