"""The national demo (`coordboard demo --scale national`): a national-shaped database, small.

Built once per backend with 5,000 tasks and 40 communes (the 34 provinces stay), then checked
the way the services would see it: every status class occurs, the derived columns agree with a
recomputation from the raw columns, the class counts agree with an independent count in Python,
and a database that holds boards is refused.
"""

from __future__ import annotations

import functools
import itertools
import subprocess
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coordboard.cli import main
from coordboard.db import open_database
from coordboard.errors import ValidationError
from coordboard.models import Board, Task, TaskExtension, TaskUpdate, User, task_cooperators
from coordboard.models.tasks import sort_rank
from coordboard.services import auth, boards, catalogue, tasks
from coordboard.services.actor import SYSTEM
from coordboard.services.demo import national as demo_national
from coordboard.services.tasks import classification
from coordboard.services.workdays import WorkCalendar
from coordboard.text import fold

TASKS, COMMUNES = 5_000, 40
SOON = classification.DEFAULT_SOON_DAYS


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def national(request, tmp_path_factory):
    """(database, summary): one national-shaped database per backend for the whole module."""
    server = None
    if request.param == "sqlite":
        target = str(tmp_path_factory.mktemp("national") / "national.sqlite")
    else:
        server = request.getfixturevalue("pg_server")
        target = server.create_database("national_demo")
    database = open_database(target)
    try:
        summary = demo_national.build_national(
            database, seed=3, tasks_total=TASKS, communes=COMMUNES
        )
        yield database, summary
    finally:
        database.dispose()
        if server is not None:
            server.drop_database("national_demo")


def _rows(database, *columns, where=()):
    with database.engine.connect() as conn:
        return conn.execute(select(*columns).where(*where)).all()


def _python_class(status: str, deadline: date | None, completed: date | None, as_of: date) -> str:
    """DOMAIN.md's rules, written again without the SQL expression."""
    if status in ("cancelled", "carried_over", "suspended"):
        return status
    if deadline is None:
        return "no_deadline"
    if status == "done" and completed <= as_of:
        return "done_on_time" if completed <= deadline else "done_late"
    if as_of > deadline:
        return "overdue"
    return "due_soon" if (deadline - as_of).days <= SOON else "in_progress"


PAST = date(date.today().year - 1, 5, 20)  # five days before the half-yearly reports are due


def test_the_shape_and_the_accounts(national):
    database, summary = national
    assert (summary.provinces, summary.communes, summary.tasks) == (34, COMMUNES, TASKS)
    assert summary.years == tuple(range(date.today().year - 2, date.today().year + 1))
    assert summary.plans == (34 + COMMUNES) * 3
    assert summary.updates >= TASKS and summary.extensions > 0 and summary.series > 0
    provinces = _rows(database, Board.area, where=[Board.parent_id.is_(None)])
    assert {"thành phố Hà Nội", "tỉnh Lào Cai", "thành phố Hồ Chí Minh"} <= {
        a for (a,) in provinces
    }
    communes = _rows(database, Board.area, where=[Board.parent_id.is_not(None)])
    assert len({a for (a,) in communes}) == COMMUNES
    assert all(a.startswith(("xã ", "phường ")) for (a,) in communes)
    roles = {u.username: (u.role, u.agency_name) for u in auth.list_users(database, SYSTEM)}
    assert roles["admin"] == ("admin", "")
    assert roles["yte"] == ("focal_point", "Sở Y tế tỉnh Vĩnh Long")
    assert roles["congan"][0] == "focal_point" and roles["congan"][1].startswith("Công an ")
    # every task has one lead agency, and co-operators other than the lead
    coop = _rows(
        database,
        task_cooperators.c.task_id,
        Task.lead_agency_id,
        task_cooperators.c.agency_id,
        where=[Task.id == task_cooperators.c.task_id],
    )
    assert coop and all(lead != agency for _, lead, agency in coop)
    per_task = Counter(task_id for task_id, _, _ in coop)
    assert max(per_task.values()) <= 3


@pytest.mark.parametrize("as_of", [date.today(), PAST], ids=["today", "past"])
def test_every_status_class_occurs(national, as_of):
    database, _ = national
    counts = tasks.class_counts(database, SYSTEM, tasks.TaskFilter(as_of=as_of))
    assert {c for c in classification.CLASSES if counts[c] == 0} == set()
    assert counts.total == TASKS


@pytest.mark.parametrize("as_of", [date.today(), PAST], ids=["today", "past"])
def test_class_counts_equal_an_independent_count(national, as_of):
    database, _ = national
    rows = _rows(database, Task.status, Task.effective_deadline, Task.completed_on)
    expected = Counter(_python_class(*row, as_of) for row in rows)
    counts = tasks.class_counts(database, SYSTEM, tasks.TaskFilter(as_of=as_of))
    assert counts.counts == dict(expected)
    assert tasks.count_tasks(database, SYSTEM) == len(rows) == TASKS
    overdue = tasks.count_tasks(
        database, SYSTEM, tasks.TaskFilter(as_of=as_of, classes=(classification.OVERDUE,))
    )
    assert overdue == expected["overdue"]


def test_derived_columns_agree_with_a_recomputation(national):
    database, _ = national
    columns = list(Task.__table__.c)
    tasks_by_id = {r.id: r for r in _rows(database, *columns)}
    extensions: dict[int, list] = {}
    for e in _rows(
        database,
        TaskExtension.task_id,
        TaskExtension.old_deadline,
        TaskExtension.new_deadline,
        TaskExtension.approved_on,
    ):
        extensions.setdefault(e.task_id, []).append(e)
    updates: dict[int, list[date]] = {}
    for task_id, day in _rows(database, TaskUpdate.task_id, TaskUpdate.update_date):
        updates.setdefault(task_id, []).append(day)
    calendar = WorkCalendar()
    today = date.today()
    for t in tasks_by_id.values():
        assert t.title_folded == fold(t.title)
        chain = sorted(extensions.get(t.id, []), key=lambda e: e.new_deadline)
        if chain:
            assert chain[0].old_deadline == t.deadline
            assert all(a.new_deadline == b.old_deadline for a, b in itertools.pairwise(chain))
            assert all(e.approved_on <= today for e in chain)
            if t.status == "done":  # extended while it was unfinished
                assert t.completed_on >= chain[-1].approved_on
        assert t.effective_deadline == (chain[-1].new_deadline if chain else t.deadline)
        assert t.sort_rank == sort_rank(t.status, t.effective_deadline)
        assert t.deadline is None or t.deadline >= t.assigned_date
        if t.status == "done":
            assert t.percent == 100 and t.assigned_date <= t.completed_on <= today
        else:
            assert t.completed_on is None and 0 <= t.percent < 100
        if t.status == "not_started":
            assert t.percent == 0
        if t.deadline_kind == "relative":
            assert t.deadline == calendar.add_working_days(t.relative_base, t.relative_days)
        if t.deadline_kind == "recurring":
            assert t.series_id is not None and t.period_key
        if t.deadline_kind == "none":
            assert t.deadline is None and t.effective_deadline is None
        own = max(updates.get(t.id, []), default=None)
        if t.carried_from_id is None:
            assert t.last_update_on == own
        else:  # a carried-over task keeps where its predecessor stood
            old = tasks_by_id[t.carried_from_id]
            assert old.status == "carried_over"
            assert t.last_update_on == max(filter(None, (own, old.last_update_on)), default=None)
        assert all(t.assigned_date <= day <= today for day in updates.get(t.id, []))


def test_a_database_with_boards_is_refused(national):
    database, _ = national
    before = _rows(database, func.count(Task.id))
    with pytest.raises(ValidationError) as refused:
        demo_national.build_national(database, tasks_total=10, communes=1)
    assert "new, empty database" in refused.value.message
    assert _rows(database, func.count(Task.id)) == before
    assert len(_rows(database, User.id)) == len(demo_national.ACCOUNTS)


def test_new_rows_get_fresh_ids_after_the_build(fresh_target):
    """Rows went in with explicit ids: PostgreSQL's sequences must have been moved past them."""
    database = open_database(fresh_target)
    try:
        demo_national.build_national(database, tasks_total=300, communes=2)
        province = _rows(database, Board.id, where=[Board.parent_id.is_(None)])[0]
        agency = catalogue.save_agency(database, SYSTEM, code="MOI", name="Cơ quan mới")
        board = boards.create_board(
            database,
            SYSTEM,
            boards.BoardInput(name="Ban mới", kind_id=1, level_id=1, area="tỉnh Mới"),
        )
        (task_id,) = tasks.create_task(
            database,
            SYSTEM,
            tasks.TaskInput(
                board_id=province.id,
                title="Nhiệm vụ mới",
                lead_agency_id=agency.id,
                assigned_date=date.today(),
                deadline=date.today() + timedelta(days=3),
            ),
        )
        detail = tasks.add_extension(
            database,
            SYSTEM,
            task_id,
            new_deadline=date.today() + timedelta(days=9),
            reason="Chờ số liệu",
            approved_by="Trưởng ban",
            approved_on=date.today(),
        )
        assert detail.row.effective_deadline == date.today() + timedelta(days=9)
        assert board.id > province.id and task_id > 300
    finally:
        database.dispose()


# --- the command line -----------------------------------------------------------------------


@pytest.fixture
def few_communes(monkeypatch):
    """The command line builds 3,321 communes; the tests make do with ten."""
    monkeypatch.setattr(
        demo_national,
        "build_national",
        functools.partial(demo_national.build_national, communes=10),
    )


def test_cli_builds_the_national_demo_with_progress_and_a_summary(tmp_path, capsys, few_communes):
    path = tmp_path / "national.sqlite"
    assert (
        main(["--lang", "en", "demo", "--scale", "national", "--tasks", "1500", "--db", str(path)])
        == 0
    )
    out = capsys.readouterr().out
    assert "tasks: 1,500 of 1,500" in out
    assert "34 province boards, 10 commune boards" in out and "1,500 tasks" in out
    assert f"Demo database created: {path}" in out
    assert any(line.split()[:2] == ["yte", "demo1234"] for line in out.splitlines())
    # the same command again: the database holds data now
    assert main(["--lang", "en", "demo", "--scale", "national", "--db", str(path)]) == 1
    assert "already holds data" in capsys.readouterr().err


def test_cli_tasks_needs_the_national_scale(tmp_path, capsys):
    assert main(["--lang", "en", "demo", "--tasks", "100", "--db", str(tmp_path / "x.sqlite")]) == 2
    assert "--tasks applies only to --scale national" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite").exists()


def test_the_national_demo_command_stays_headless(tmp_path):
    path = tmp_path / "national.sqlite"
    code = (
        "import functools, sys\n"
        "from coordboard.services.demo import national as demo_national\n"
        "demo_national.build_national = functools.partial(demo_national.build_national, "
        "communes=3)\n"
        "from coordboard.cli import main\n"
        f"code = main(['--lang', 'en', 'demo', '--scale', 'national', '--tasks', '300', "
        f"'--db', {str(path)!r}])\n"
        "print(code, 'PySide6.QtWidgets' in sys.modules, 'PySide6.QtGui' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "0 False False"
    assert Path(path).exists()
