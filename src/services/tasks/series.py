"""Recurring duties: a task with a recurring deadline becomes one task per occurrence, linked by
a series (rules/recurrence.py says when the occurrences fall)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from coordboard.errors import ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Plan, TaskSeries
from coordboard.rules import recurrence
from coordboard.services.tasks.types import TaskInput


def _occurrences(
    s: Session, data: TaskInput
) -> tuple[recurrence.Recurrence, list[recurrence.Occurrence]]:
    """The recurrence of `data` and its occurrences from the assigned date to
    `recurrence_until` (by default the end of the plan's period, else of the assigned year);
    refused when none falls in between."""
    rec = recurrence.parse_recurrence(data.recurrence_kind, data.recurrence_points)
    until = data.recurrence_until or date(_last_year(s, data), 12, 31)
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


def _last_year(s: Session, data: TaskInput) -> int:
    if data.plan_id is None:
        return data.assigned_date.year
    return s.get_one(Plan, data.plan_id).year_to


def new_series(s: Session, data: TaskInput) -> tuple[int, list[tuple[str, date]]]:
    """Creates the series of a recurring task: its id and (period key, due date) per
    occurrence."""
    rec, found = _occurrences(s, data)
    series = TaskSeries(kind=rec.kind, points=recurrence.format_points(rec))
    s.add(series)
    s.flush()
    return series.id, [(o.period_key, o.due) for o in found]
