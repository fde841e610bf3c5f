"""Dashboard: every number against an independent count in Python over the task rows, every
bar's and list's filter against count_tasks, visibility, the silent-agency setting and the
start-up notice."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest

from coordboard.errors import NotFound, PermissionDenied, ValidationError
from coordboard.services import auth, plans, tasks
from coordboard.services import dashboard as dash
from coordboard.services.actor import SYSTEM
from coordboard.services.tasks import ProgressInput, TaskFilter, TaskInput
from coordboard.services.tasks import classification as cl

T = date.today()
SOON = 7


def day(offset: int) -> date:
    return T + timedelta(days=offset)


@dataclass(frozen=True)
class Data:
    ids: dict[str, int]
    plan: int


def make(
    db,
    actor,
    world,
    key,
    *,
    lead,
    sector,
    assigned=-120,
    deadline=None,
    board=None,
    coop=(),
    plan=None,
    **kw,
) -> tuple[int, ...]:
    return tasks.create_task(
        db,
        actor,
        TaskInput(
            board_id=board or world.province,
            title=f"Nhiệm vụ {key}",
            lead_agency_id=world.agencies[lead],
            sector_id=world.sectors[sector],
            cooperating_agency_ids=tuple(world.agencies[c] for c in coop),
            assigned_date=day(assigned),
            plan_id=plan,
            deadline_kind=kw.pop("deadline_kind", "fixed" if deadline is not None else "none"),
            deadline=day(deadline) if deadline is not None else None,
            **kw,
        ),
    )


def report(db, actor, task_id, on, text="Đã triển khai.", **kw) -> None:
    tasks.add_update(db, actor, task_id, ProgressInput(update_date=day(on), text=text, **kw))


@pytest.fixture
def data(db, world, admin) -> Data:
    """A province board (with a plan), its commune, another board: every status class, an
    extension, a recurring duty, a cancelled and a suspended task, reports of various ages."""
    plan = plans.create_plan(
        db,
        admin,
        plans.PlanInput(
            board_id=world.province,
            title="Kế hoạch công tác trẻ em",
            year_from=day(-400).year,
            year_to=day(60).year,
            code="12/KH-BĐH",
            status="in_force",
        ),
    ).id
    ids: dict[str, int] = {}

    def one(key, **kw) -> int:
        (ids[key],) = make(db, admin, world, key, **kw)
        return ids[key]

    one("on_time", lead="SYT", sector="health", deadline=-30, plan=plan)
    report(db, admin, ids["on_time"], -35, new_status="done", completed_on=day(-35))
    one("late", lead="SGDDT", sector="education", deadline=-40, plan=plan)
    report(db, admin, ids["late"], -20, new_status="done", completed_on=day(-20))
    one("overdue", lead="CAT", sector="police", deadline=-10, coop=("SYT",), plan=plan)
    report(db, admin, ids["overdue"], -50, percent=30)
    one("due_soon", lead="SYT", sector="health", deadline=3)
    report(db, admin, ids["due_soon"], -2, percent=60)
    one("in_progress", lead="SGDDT", sector="education", deadline=60)
    one("extended", lead="SYT", sector="health", assigned=-90, deadline=-5)
    tasks.add_extension(
        db,
        admin,
        ids["extended"],
        new_deadline=day(20),
        reason="Chờ số liệu của các xã",
        approved_by="Trưởng ban",
        approved_on=day(-6),
    )
    one("cancelled", lead="TD", sector="mass_orgs", deadline=-15)
    report(db, admin, ids["cancelled"], -14, new_status="cancelled", text="Không còn phù hợp")
    one("suspended", lead="SGDDT", sector="education", deadline=-8)
    report(db, admin, ids["suspended"], -9, new_status="suspended", text="Chờ hướng dẫn")
    one("no_deadline", lead="SYT", sector="health")
    one("never_reported", lead="STP", sector="justice", deadline=90)
    series = make(
        db,
        admin,
        world,
        "monthly",
        lead="SNV",
        sector="home_affairs",
        assigned=-100,
        deadline_kind="recurring",
        recurrence_kind="monthly",
        recurrence_points="15",
        recurrence_until=day(45),
    )
    ids.update({f"monthly_{i}": task_id for i, task_id in enumerate(series)})
    first = tasks.get_task(db, admin, series[0]).row
    on = max(first.deadline - timedelta(days=1), first.assigned_date)
    tasks.add_update(
        db,
        admin,
        series[0],
        ProgressInput(
            update_date=on, text="Đã gửi báo cáo tháng.", new_status="done", completed_on=on
        ),
    )
    one("commune_overdue", lead="HLHPN", sector="mass_orgs", deadline=-3, board=world.commune)
    one("other_board", lead="SYT", sector="health", deadline=-4, board=world.other)
    return Data(ids, plan)


# --- an independent count -------------------------------------------------------------------


def expected_class(row: tasks.TaskRow, as_of: date, soon: int = SOON) -> str:
    """DOMAIN.md's rules, written again in Python over the stored fields."""
    if row.status in ("cancelled", "carried_over", "suspended"):
        return {
            "cancelled": cl.CANCELLED,
            "carried_over": cl.CARRIED_OVER,
            "suspended": cl.SUSPENDED,
        }[row.status]
    deadline = row.effective_deadline
    if deadline is None:
        return cl.NO_DEADLINE
    if row.status == "done" and row.completed_on <= as_of:
        return cl.DONE_ON_TIME if row.completed_on <= deadline else cl.DONE_LATE
    if deadline < as_of:
        return cl.OVERDUE
    return cl.DUE_SOON if deadline <= as_of + timedelta(days=soon) else cl.IN_PROGRESS


def rows_of(db, actor, flt: TaskFilter) -> list[tasks.TaskRow]:
    return tasks.list_tasks(db, actor, replace(flt, classes=()), limit=10_000)


def is_due(row, as_of, with_carried=False) -> bool:
    statuses = ("not_started", "in_progress", "done") + (("carried_over",) if with_carried else ())
    return (
        row.effective_deadline is not None
        and row.effective_deadline < as_of
        and row.status in statuses
    )


def done_by(row, as_of) -> bool:
    return row.status == "done" and row.completed_on <= as_of


def check_against_rows(db, actor, result: dash.Dashboard) -> None:
    as_of = result.as_of
    rows = rows_of(db, actor, result.scope)
    classes = {r.id: expected_class(r, as_of) for r in rows}
    assert result.counts.counts == dict(Counter(classes.values()))

    carried = result.query.plan_id is not None
    due = [r for r in rows if is_due(r, as_of, carried)]
    assert (result.rate.due, result.rate.done, result.rate.done_on_time) == (
        len(due),
        sum(done_by(r, as_of) for r in due),
        sum(done_by(r, as_of) and r.completed_on <= r.effective_deadline for r in due),
    )

    by_sector = {}
    for r in rows:
        by_sector.setdefault(r.sector_id, Counter())[classes[r.id]] += 1
    assert {g.id: dict(g.counts.counts) for g in result.by_sector} == {
        k: dict(v) for k, v in by_sector.items()
    }

    by_lead = {}
    for r in rows:
        by_lead.setdefault(r.lead_agency_id, Counter())[classes[r.id]] += 1
    ranked = sorted(
        by_lead,
        key=lambda k: (
            -by_lead[k][cl.OVERDUE],
            -by_lead[k][cl.DUE_SOON],
            -sum(by_lead[k][c] for c in dash.OPEN_CLASSES),
            -sum(by_lead[k].values()),
            k,
        ),
    )
    assert [g.id for g in result.by_lead_agency] == ranked[: dash.TOP_AGENCIES]
    assert result.lead_agency_total == len(by_lead)
    for g in result.by_lead_agency:
        assert g.counts.counts == dict(by_lead[g.id])

    for m in result.monthly:
        in_month = [
            r
            for r in due
            if (r.effective_deadline.year, r.effective_deadline.month)
            == (m.month.year, m.month.month)
        ]
        assert (m.due, m.done, m.done_on_time) == (
            len(in_month),
            sum(done_by(r, as_of) for r in in_month),
            sum(done_by(r, as_of) and r.completed_on <= r.effective_deadline for r in in_month),
        ), m.month

    overdue = sorted(
        (r for r in rows if classes[r.id] == cl.OVERDUE), key=lambda r: (r.effective_deadline, r.id)
    )
    assert [(t.row.id, t.days) for t in result.overdue] == [
        (r.id, (as_of - r.effective_deadline).days) for r in overdue
    ][: dash.LIST_LIMIT]
    soon = sorted(
        (r for r in rows if classes[r.id] == cl.DUE_SOON),
        key=lambda r: (r.effective_deadline, r.id),
    )
    assert [(t.row.id, t.days) for t in result.due_soon] == [
        (r.id, (r.effective_deadline - as_of).days) for r in soon
    ][: dash.LIST_LIMIT]

    cutoff = as_of - timedelta(days=result.silent_days)
    silent = []
    for lead in by_lead:
        mine = [r for r in rows if r.lead_agency_id == lead]
        open_n = sum(classes[r.id] in dash.OPEN_CLASSES for r in mine)
        reported = [
            r.last_update_on
            for r in mine
            if r.last_update_on is not None and r.last_update_on <= as_of
        ]
        last = max(reported, default=None)
        if open_n and (last is None or last < cutoff):
            silent.append((lead, last, open_n))
    silent.sort(key=lambda x: (x[1] is not None, x[1] or date.min, -x[2], x[0]))
    assert [
        (a.agency_id, a.last_update_on, a.open_tasks) for a in result.silent_agencies
    ] == silent[: dash.SILENT_LIMIT]
    assert result.silent_total == len(silent)


def check_filters(db, actor, result: dash.Dashboard) -> int:
    """Every bar segment, month and silent agency: its filter lists as many tasks as it says."""
    checked = 0
    for group in (*result.by_sector, *result.by_lead_agency):
        for status_class, n in group.counts.counts.items():
            assert tasks.count_tasks(db, actor, group.class_filter(status_class)) == n, (
                group.name,
                status_class,
            )
            checked += 1
    for m in result.monthly:
        assert tasks.count_tasks(db, actor, m.due_filter) == m.due, m.month
        assert tasks.count_tasks(db, actor, m.done_filter) == m.done, m.month
        checked += 2
    for a in result.silent_agencies:
        assert tasks.count_tasks(db, actor, a.filter) == a.open_tasks
    for status_class, n in result.counts.counts.items():
        assert tasks.count_tasks(db, actor, result.class_filter(status_class)) == n
    assert tasks.count_tasks(db, actor, result.due_filter) == result.rate.due
    return checked


# --- the tests ------------------------------------------------------------------------------


def test_a_province_with_its_communes_counts_as_an_independent_count_does(
    db, secretariat, world, data
):
    result = dash.dashboard(
        db, secretariat, dash.DashboardQuery(world.province, include_children=True)
    )
    # every class is there, the extension keeps "extended" within its deadline
    assert {
        cl.OVERDUE,
        cl.DUE_SOON,
        cl.IN_PROGRESS,
        cl.DONE_ON_TIME,
        cl.DONE_LATE,
        cl.NO_DEADLINE,
        cl.SUSPENDED,
        cl.CANCELLED,
    } <= set(result.counts.counts)
    assert data.ids["extended"] not in [t.row.id for t in (*result.overdue, *result.due_soon)]
    # the commune's overdue task is rolled up; the other board's task is not there
    overdue_ids = [t.row.id for t in result.overdue]
    assert data.ids["commune_overdue"] in overdue_ids
    assert data.ids["other_board"] not in overdue_ids
    # longest overdue first
    days = [t.days for t in result.overdue]
    assert days == sorted(days, reverse=True) and days[-1] == 3
    check_against_rows(db, secretariat, result)
    assert check_filters(db, secretariat, result) > 20


def test_one_board_without_its_communes_and_one_plan(db, secretariat, world, data):
    board_only = dash.dashboard(db, secretariat, dash.DashboardQuery(world.province))
    assert data.ids["commune_overdue"] not in [t.row.id for t in board_only.overdue]
    check_against_rows(db, secretariat, board_only)
    check_filters(db, secretariat, board_only)

    plan = dash.dashboard(db, secretariat, dash.DashboardQuery(world.province, plan_id=data.plan))
    assert plan.counts.total == 3  # on time, late, overdue
    assert (plan.rate.due, plan.rate.done, plan.rate.done_on_time) == (3, 2, 1)
    assert plan.monthly[0].month == date(day(-400).year, 1, 1)  # the plan's period
    check_against_rows(db, secretariat, plan)
    check_filters(db, secretariat, plan)


def test_a_past_date_counts_as_things_stood_then(db, admin, world, data):
    as_of = day(-25)  # "late" was still open then (done on day -20), its deadline passed
    result = dash.dashboard(db, admin, dash.DashboardQuery(as_of=as_of))
    assert data.ids["late"] in [t.row.id for t in result.overdue]
    assert all(u.update_date <= as_of for u in result.recent_updates)
    check_against_rows(db, admin, result)
    check_filters(db, admin, result)


def test_the_recurring_duty_counts_each_occurrence(db, admin, world, data):
    result = dash.dashboard(db, admin, dash.DashboardQuery(world.province))
    occurrences = [k for k in data.ids if k.startswith("monthly_")]
    assert len(occurrences) >= 4
    home = next(g for g in result.by_lead_agency if g.id == world.agencies["SNV"])
    assert home.counts.total == len(occurrences)
    assert home.counts[cl.DONE_ON_TIME] == 1
    assert tasks.count_tasks(db, admin, replace(home.filter, series_id=None)) == len(occurrences)


def test_recent_updates_newest_first_and_silent_agencies(db, secretariat, world, data):
    result = dash.dashboard(
        db, secretariat, dash.DashboardQuery(world.province, include_children=True)
    )
    dates = [u.update_date for u in result.recent_updates]
    assert dates == sorted(dates, reverse=True)
    assert result.recent_updates[0].task_id == data.ids["due_soon"]  # reported 2 days ago
    silent = [(a.name, a.last_update_on, a.open_tasks) for a in result.silent_agencies]
    # never reported first, then the longest silent; Sở Y tế reported two days ago
    assert silent[0][1] is None
    assert ("Công an tỉnh", day(-50), 1) in silent
    assert world.agencies["SYT"] not in [a.agency_id for a in result.silent_agencies]

    dash.set_silent_days(db, secretariat, 60)
    quieter = dash.dashboard(
        db, secretariat, dash.DashboardQuery(world.province, include_children=True)
    )
    assert quieter.silent_days == 60
    assert "Công an tỉnh" not in [a.name for a in quieter.silent_agencies]
    check_against_rows(db, secretariat, quieter)


def test_the_recent_updates_shortcut_agrees_with_reading_every_report(db, admin, world, data):
    """As of today the latest reports are found through the tasks' latest-report dates; as of
    a date long ago the plain query runs; both list the same reports for a date they share."""
    for limit in (1, 3, 5, 50):
        with db.session() as s:
            where = tasks.filter_conditions(s, admin, TaskFilter(), T, SOON)
            fast = dash.recent_updates(s, where, T, limit)
            slow = dash.recent_updates(s, where, T + timedelta(days=1), limit)
        assert [u.id for u in fast] == [u.id for u in slow]


def test_visibility(db, world, data, secretariat, focal_point, viewer, admin):
    with pytest.raises(PermissionDenied):
        dash.dashboard(db, secretariat, dash.DashboardQuery(world.other))
    mine = dash.dashboard(db, secretariat, dash.DashboardQuery())
    assert data.ids["other_board"] not in [t.row.id for t in mine.overdue]
    check_against_rows(db, secretariat, mine)
    # a focal point: its agency's boards, and elsewhere the tasks its agency leads
    focal = dash.dashboard(db, focal_point, dash.DashboardQuery())
    assert data.ids["other_board"] in [t.row.id for t in focal.overdue]
    assert data.ids["commune_overdue"] not in [t.row.id for t in focal.overdue]
    check_against_rows(db, focal_point, focal)
    check_filters(db, focal_point, focal)
    everything = dash.dashboard(db, viewer, dash.DashboardQuery())
    assert (
        everything.counts.total
        == dash.dashboard(db, admin, dash.DashboardQuery()).counts.total
        == len(rows_of(db, admin, TaskFilter()))
    )
    with pytest.raises(NotFound):
        dash.dashboard(db, admin, dash.DashboardQuery(plan_id=999_999))


def test_an_empty_board_has_an_empty_dashboard(db, admin, world):
    result = dash.dashboard(db, admin, dash.DashboardQuery(world.other))
    assert result.counts.total == 0 and result.rate.rate is None
    assert result.by_sector == result.by_lead_agency == result.overdue == ()
    assert result.silent_agencies == () and result.silent_total == 0
    assert len(result.monthly) == 12 and not any(m.due for m in result.monthly)


def test_the_silent_days_setting(db, admin, secretariat, focal_point, viewer, assert_unchanged):
    assert dash.load_silent_days(db, viewer) == dash.SILENT_DEFAULT
    with assert_unchanged():
        for actor in (focal_point, viewer):
            with pytest.raises(PermissionDenied):
                dash.set_silent_days(db, actor, 10)
        for bad in (0, 366, -1, True, "30"):
            with pytest.raises(ValidationError) as err:
                dash.set_silent_days(db, admin, bad)
            assert err.value.field == "silent_days"
    assert dash.set_silent_days(db, secretariat, 45) == 45
    assert dash.load_silent_days(db, viewer) == 45


def test_the_start_up_notice(db, world, data, admin, secretariat, focal_point, viewer):
    notice = dash.due_notice(db, focal_point)
    # Sở Y tế leads the task due in 3 days and co-operates on the overdue one
    assert (notice.overdue, notice.due_soon) == (2, 1)  # + the other board's task it leads
    assert notice.filter.agency_id == world.agencies["SYT"]
    assert tasks.count_tasks(db, focal_point, notice.filter) == 3
    board = dash.due_notice(db, secretariat)
    assert board.overdue == tasks.count_tasks(db, secretariat, TaskFilter(classes=(cl.OVERDUE,)))
    assert board.overdue >= 3 and board.due_soon == 1
    assert tasks.count_tasks(db, secretariat, board.filter) == board.overdue + board.due_soon
    # the roles that own no tasks are not nagged
    assert dash.due_notice(db, admin) is None and dash.due_notice(db, viewer) is None


def test_no_notice_when_nothing_is_due(db, world, data):
    auth.create_user(
        db,
        SYSTEM,
        username="taichinh",
        password=world.password,
        role="focal_point",
        full_name="Đầu mối Sở Tài chính",
        agency_code="STC",
    )
    finance = auth.actor_for(db, "taichinh")
    assert dash.due_notice(db, finance) is None
    make(db, world.actor("admin"), world, "finance", lead="STC", sector="finance", deadline=40)
    assert dash.due_notice(db, finance) is None  # due in 40 days: not yet
    make(db, world.actor("admin"), world, "finance_soon", lead="STC", sector="finance", deadline=2)
    notice = dash.due_notice(db, finance)
    assert (notice.overdue, notice.due_soon) == (0, 1)
