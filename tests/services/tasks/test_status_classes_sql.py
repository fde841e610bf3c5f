"""The status classes in SQL agree with the plain-Python rules, on a real database.

Random batches of tasks (every status; done before and after the as-of date; no deadline;
deadlines around the as-of date and the edge of the due-soon window) are inserted in a
transaction that is rolled back afterwards. For random as-of dates and windows, every task's
CASE value (`class_expression`) equals `rules.status.status_class`, each class filter
(`class_condition`) selects exactly the tasks of that class, a filter on several classes selects
their union, and the counts (`counts_query`) are the oracle's counts.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, literal, or_, select, union_all

from coordboard.models import Task
from coordboard.rules.status import CLASSES, TASK_STATUSES, sort_rank, status_class
from coordboard.services.tasks import classification as cl

BATCH = 200
FIRST_ID = 10_000_000
SPREAD = 14  # task dates and as-of dates fall within this many days of one anchor day


def random_tasks(rng: random.Random, anchor: date, board: int, lead: int) -> list[dict]:
    rows = []
    for i in range(BATCH):
        status = rng.choice(TASK_STATUSES)
        in_force = None if rng.random() < 0.15 else anchor + timedelta(rng.randint(-SPREAD, SPREAD))
        completed = anchor + timedelta(rng.randint(-SPREAD, SPREAD)) if status == "done" else None
        rows.append(
            {
                "id": FIRST_ID + i,
                "board_id": board,
                "lead_agency_id": lead,
                "title": f"Nhiệm vụ {i}",
                "title_folded": f"nhiem vu {i}",
                "assigned_date": anchor - timedelta(days=3 * SPREAD),
                "deadline_kind": "fixed" if in_force else "none",
                "deadline": in_force,
                "effective_deadline": in_force,
                "status": status,
                "sort_rank": sort_rank(status, in_force),
                "percent": 100 if status == "done" else 0,
                "completed_on": completed,
            }
        )
    return rows


anchors = st.dates(min_value=date(2001, 1, 1), max_value=date(2098, 12, 31))
probes = st.lists(
    st.tuples(
        st.integers(min_value=-SPREAD - 2, max_value=SPREAD + 2),  # as-of: anchor + this
        st.integers(min_value=1, max_value=SPREAD),  # due-soon window
        st.sets(st.sampled_from(CLASSES), min_size=2, max_size=4),  # a multi-class filter
    ),
    min_size=3,
    max_size=4,
)


@settings(
    max_examples=8,
    deadline=None,
    # no shrinking: each try writes a batch, and the message already names the wrong tasks
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(anchor=anchors, seed=st.integers(min_value=0, max_value=2**32), probes=probes)
def test_sql_classes_agree_with_the_rules(db, world, anchor, seed, probes):
    rows = random_tasks(random.Random(seed), anchor, world.province, world.agencies["SYT"])
    mine = Task.id >= FIRST_ID
    with db.engine.connect() as conn:
        conn.execute(insert(Task), rows)
        try:
            for offset, soon, several in probes:
                as_of = anchor + timedelta(days=offset)
                oracle = {
                    r["id"]: status_class(
                        r["status"], r["effective_deadline"], r["completed_on"], as_of, soon
                    )
                    for r in rows
                }
                case = dict(
                    conn.execute(
                        select(Task.id, cl.class_expression(as_of, soon)).where(mine)
                    ).all()
                )
                wrong = {i: (case[i], c) for i, c in oracle.items() if case[i] != c}
                assert not wrong, f"as of {as_of}, soon {soon}: (SQL, rules) {wrong}"
                # each filter as a WHERE clause of its own, all in one round trip
                filters = {cls: (cls,) for cls in CLASSES} | {"several": tuple(several)}
                picked: dict[str, set[int]] = {name: set() for name in filters}
                for name, task_id in conn.execute(
                    union_all(
                        *(
                            select(literal(name), Task.id).where(
                                mine, cl.class_condition(classes, as_of, soon)
                            )
                            for name, classes in filters.items()
                        )
                    )
                ):
                    picked[name].add(task_id)
                for name, classes in filters.items():
                    expected = {i for i, c in oracle.items() if c in classes}
                    assert picked[name] == expected, (classes, as_of, soon)
                counts = dict(conn.execute(cl.counts_query([mine], as_of, soon)).all())
                assert counts == Counter(oracle.values())
        finally:
            conn.rollback()


def test_the_case_and_the_filter_come_from_one_table_of_conditions():
    """The CASE tests the table's conditions in CASE_ORDER, the last class being its ELSE."""
    as_of = date(2026, 6, 30)
    conditions = cl.class_conditions(as_of, 7)
    assert set(conditions) == set(CLASSES) == set(cl.CASE_ORDER)
    expression = cl.class_expression(as_of, 7)
    # (the CASE wraps each condition in parentheses)
    tested = [(condition.element, result.value) for condition, result in expression.whens]
    assert [cls for _, cls in tested] == list(cl.CASE_ORDER[:-1])
    assert all(condition.compare(conditions[cls]) for condition, cls in tested)
    assert expression.else_.value == cl.CASE_ORDER[-1]
    several = cl.class_condition((cl.OVERDUE, cl.DUE_SOON), as_of, 7)
    assert several.compare(or_(conditions[cl.OVERDUE], conditions[cl.DUE_SOON]))
