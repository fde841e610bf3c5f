"""The national demo's recurring duties fall on the days the recurrence rules give: a series'
tasks of a year are exactly that year's occurrences of its kind and due days, with the same
period keys as the services give them."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select

from coordboard.db import open_database
from coordboard.models import Task, TaskSeries
from coordboard.rules import recurrence
from coordboard.services.demo import national as demo_national


def test_recurring_tasks_are_the_occurrences_of_their_series(tmp_path):
    database = open_database(tmp_path / "national.sqlite")
    try:
        demo_national.build_national(
            database, seed=5, tasks_total=800, communes=4, today=date(2026, 6, 15)
        )
        with database.engine.connect() as conn:
            series = {
                r.id: r
                for r in conn.execute(select(TaskSeries.id, TaskSeries.kind, TaskSeries.points))
            }
            rows = conn.execute(
                select(Task.series_id, Task.period_key, Task.deadline, Task.deadline_kind).where(
                    Task.series_id.is_not(None)
                )
            ).all()
    finally:
        database.dispose()
    assert {r.deadline_kind for r in rows} == {"recurring"}
    made: dict[tuple[int, int], set[tuple[str, date]]] = defaultdict(set)
    for r in rows:
        made[(r.series_id, r.deadline.year)].add((r.period_key, r.deadline))
    assert set(series) == {series_id for series_id, _year in made}
    for (series_id, year), found in made.items():
        rule = recurrence.parse_recurrence(series[series_id].kind, series[series_id].points)
        expected = recurrence.occurrences(rule, date(year, 1, 1), date(year, 12, 31))
        assert found == {(o.period_key, o.due) for o in expected}
    assert {s.kind for s in series.values()} == {"yearly", "half_yearly", "quarterly"}
