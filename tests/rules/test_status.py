"""Status classes, the deadline in force and the sort rank, as pure rules (rules/status.py).

The SQL that computes the same classes for millions of rows is checked against `status_class`
in tests/services/tasks/test_status_classes_sql.py.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coordboard.rules import status as st_rules
from coordboard.rules.status import (
    CANCELLED,
    CARRIED_OVER,
    CLASS_LABELS,
    CLASSES,
    DONE_LATE,
    DONE_ON_TIME,
    DUE_SOON,
    IN_PROGRESS,
    NO_DEADLINE,
    OPEN_STATUSES,
    OVERDUE,
    SUSPENDED,
    TASK_STATUSES,
    deadline_in_force,
    sort_rank,
    status_class,
)

DEADLINE = date(2026, 6, 30)
days = st.integers(min_value=-60, max_value=60).map(lambda n: DEADLINE + timedelta(days=n))
soon_windows = st.integers(min_value=1, max_value=90)


def test_every_class_has_a_label_and_a_place_in_the_display_order():
    assert set(CLASSES) == set(CLASS_LABELS) and len(CLASSES) == len(set(CLASSES)) == 9


@pytest.mark.parametrize(
    "status, completed_on, as_of, expected",
    [
        ("done", DEADLINE, DEADLINE, DONE_ON_TIME),  # completed on the deadline day itself
        ("done", date(2026, 7, 1), date(2026, 7, 1), DONE_LATE),
        ("done", date(2026, 7, 1), DEADLINE, DUE_SOON),  # as of 30/06 it was still open
        ("done", date(2026, 7, 10), date(2026, 7, 1), OVERDUE),
        ("in_progress", None, DEADLINE, DUE_SOON),  # due today: still within the deadline
        ("in_progress", None, date(2026, 7, 1), OVERDUE),  # the day after
        ("not_started", None, date(2026, 6, 23), DUE_SOON),  # 7 days before
        ("not_started", None, date(2026, 6, 22), IN_PROGRESS),  # 8 days before
        ("suspended", None, date(2026, 7, 1), SUSPENDED),
        ("cancelled", None, date(2026, 7, 1), CANCELLED),
        ("carried_over", None, date(2026, 7, 1), CARRIED_OVER),
    ],
)
def test_the_classes_at_the_boundaries(status, completed_on, as_of, expected):
    assert status_class(status, DEADLINE, completed_on, as_of, 7) == expected


SET_APART = {"suspended": SUSPENDED, "cancelled": CANCELLED, "carried_over": CARRIED_OVER}


def near(day: date, *shifts: int):
    """Days at or beside `day` shifted by each of `shifts`: where the rules change their answer."""
    return st.sampled_from(shifts).flatmap(
        lambda s: st.integers(-1, 1).map(lambda n: day + timedelta(days=s + n))
    )


@given(st.sampled_from(TASK_STATUSES), st.one_of(st.none(), days), soon_windows, st.data())
def test_the_class_follows_the_rules_stated_case_by_case(status, deadline, soon, data):
    """Any status, deadline (or none), completion and date, against the rules as the module
    states them; the dates are drawn at random and beside each boundary (the deadline, the
    start of the due-soon window, the as-of date). A done task always has a completion date
    (the done_has_date CHECK)."""
    anchor = deadline or DEADLINE
    as_of = data.draw(st.one_of(days, near(anchor, 0, -soon)), label="as_of")
    completed_on = (
        data.draw(st.one_of(days, near(anchor, 0), near(as_of, 0)), label="completed_on")
        if status == "done"
        else None
    )
    found = status_class(status, deadline, completed_on, as_of, soon)
    if status in SET_APART:  # whatever the dates say
        assert found == SET_APART[status]
    elif deadline is None:
        assert found == NO_DEADLINE
    elif completed_on is not None and completed_on <= as_of:  # done by the as-of date
        assert found == (DONE_ON_TIME if completed_on <= deadline else DONE_LATE)
    else:  # open then, even if done later
        days_left = (deadline - as_of).days
        assert found == (
            OVERDUE if days_left < 0 else DUE_SOON if days_left <= soon else IN_PROGRESS
        )


@given(st.sampled_from(OPEN_STATUSES), days, days, soon_windows)
def test_an_open_task_only_moves_towards_overdue_as_time_passes(status, earlier, later, soon):
    earlier, later = sorted((earlier, later))
    order = (IN_PROGRESS, DUE_SOON, OVERDUE)
    before = status_class(status, DEADLINE, None, earlier, soon)
    after = status_class(status, DEADLINE, None, later, soon)
    assert order.index(before) <= order.index(after)


@given(days, days, soon_windows)
def test_a_done_task_is_judged_by_its_completion_date_once_it_is_past(completed_on, as_of, soon):
    done = status_class("done", DEADLINE, completed_on, as_of, soon)
    still_open = status_class("in_progress", DEADLINE, None, as_of, soon)
    if completed_on <= as_of:
        assert done == (DONE_ON_TIME if completed_on <= DEADLINE else DONE_LATE)
    else:
        assert done == still_open


@given(st.sampled_from(OPEN_STATUSES), days, soon_windows)
def test_the_official_in_progress_class_is_open_with_as_of_not_after_the_deadline(
    status, as_of, soon
):
    within = status_class(status, DEADLINE, None, as_of, soon) in (IN_PROGRESS, DUE_SOON)
    assert within == (as_of <= DEADLINE)


@given(st.one_of(st.none(), days), st.one_of(st.none(), days))
def test_the_deadline_in_force_is_the_later_of_deadline_and_extension(deadline, extension):
    in_force = deadline_in_force(deadline, extension)
    if deadline is None:
        assert in_force is None
    else:
        assert in_force == max(d for d in (deadline, extension) if d is not None)


def test_sort_rank_puts_open_tasks_with_a_deadline_first_and_carried_ones_last():
    ranks = [
        sort_rank("in_progress", DEADLINE),
        sort_rank("not_started", DEADLINE),
        sort_rank("not_started", None),
        sort_rank("suspended", DEADLINE),
        sort_rank("done", DEADLINE),
        sort_rank("cancelled", None),
        sort_rank("carried_over", DEADLINE),
    ]
    assert ranks == [0, 0, 1, 2, 3, 4, 5]


def test_the_models_use_the_rules_statuses_and_rank():
    from coordboard.models import tasks as task_models

    assert task_models.TASK_STATUSES is st_rules.TASK_STATUSES
    assert task_models.OPEN_STATUSES is st_rules.OPEN_STATUSES
    assert task_models.sort_rank is st_rules.sort_rank
