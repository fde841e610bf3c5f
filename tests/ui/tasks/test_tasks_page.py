"""Tasks page: SQL-paged table, filters and order, a focal point's landing view, progress
updates through the dialog, refusals from the service, export of the filtered list."""

from __future__ import annotations

import shutil
import threading
from dataclasses import dataclass
from datetime import date, timedelta

import openpyxl
import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from coordboard import db as dbmod
from coordboard.i18n import tr_message
from coordboard.services import auth, boards, catalogue, members, plans, tasks
from coordboard.services.actor import SYSTEM
from coordboard.services.members import people
from coordboard.services.tasks import (
    AttachmentInput,
    ProgressInput,
    TaskFilter,
    TaskInput,
    classification,
)
from coordboard.ui.tasks import task_table_model, tasks_page
from coordboard.ui.tasks import ExtensionDialog, TaskDialog, UpdateDialog
from coordboard.ui.tasks.task_table_model import CLASS, DEADLINE, TITLE, TaskTableModel
from coordboard.ui.tasks.tasks_page import TasksPage
from coordboard.ui.workers import wait_for_tasks
from ui.ui_helpers import context_for, save_and_wait

TODAY = date.today()


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


@dataclass(frozen=True)
class TaskWorld:
    province: int
    plan: int
    agencies: dict[str, int]
    ids: dict[str, int]  # key -> task id


# key, title, lead, co-operating, sector, assigned, deadline (None: none), outcome
TASKS = [
    (
        "month",
        "Tổ chức Tháng hành động vì trẻ em năm {year}",
        "SYT",
        ("SGDDT", "TD", "HLHPN", "DPTTH"),
        "health",
        -200,
        -150,
        ("done", -155),
    ),
    (
        "survey",
        "Rà soát, thống kê trẻ em có hoàn cảnh đặc biệt trên địa bàn tỉnh",
        "SYT",
        ("CAT", "SGDDT"),
        "health",
        -120,
        -20,
        ("percent", 60),
    ),
    (
        "training",
        "Tập huấn kỹ năng phòng, chống xâm hại trẻ em cho giáo viên",
        "SGDDT",
        ("SYT", "TD"),
        "education",
        -60,
        4,
        ("percent", 70),
    ),
    (
        "abuse",
        "Điều tra, xử lý nghiêm các vụ việc xâm hại trẻ em",
        "CAT",
        ("VKSND", "TAND"),
        "police",
        -90,
        60,
        ("percent", 40),
    ),
    (
        "drowning",
        "Truyền thông phòng, chống đuối nước trẻ em mùa mưa lũ",
        "DPTTH",
        ("SVHTTDL",),
        "culture",
        -150,
        -90,
        ("done", -70),
    ),
    (
        "inspect",
        "Kiểm tra việc thực hiện quyền trẻ em tại các xã, phường",
        "SYT",
        ("STP", "SNV"),
        "health",
        -100,
        -10,
        ("extend", 20),
    ),
    (
        "trusted",
        'Xây dựng mô hình "Địa chỉ tin cậy" ở cộng đồng',
        "HLHPN",
        ("SYT",),
        "mass_orgs",
        -80,
        120,
        None,
    ),
    (
        "forum",
        "Tổ chức Diễn đàn trẻ em cấp tỉnh",
        "TD",
        ("SYT", "SGDDT"),
        "mass_orgs",
        -110,
        -40,
        ("percent", 20),
    ),
    (
        "funding",
        "Bảo đảm kinh phí thực hiện Chương trình bảo vệ trẻ em",
        "STC",
        (),
        "finance",
        -130,
        None,
        None,
    ),
    (
        "legal",
        "Trợ giúp pháp lý cho trẻ em là nạn nhân của bạo lực, xâm hại",
        "STP",
        ("CAT",),
        "justice",
        -95,
        45,
        ("suspended", 0),
    ),
    (
        "nutrition",
        "Khám sàng lọc, tư vấn dinh dưỡng cho trẻ em dưới 5 tuổi",
        "SYT",
        ("HLHPN",),
        "health",
        -70,
        200,
        ("percent", 30),
    ),
    (
        "hotline",
        "Phát triển Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 tại địa phương",
        "SYT",
        ("DPTTH",),
        "health",
        -140,
        -5,
        ("percent", 80),
    ),
    (
        "injury",
        "Phòng, chống tai nạn thương tích trẻ em trong trường học",
        "SGDDT",
        ("SYT",),
        "education",
        -160,
        -30,
        ("done", -35),
    ),
    (
        "drugs",
        "Giáo dục kỹ năng sống, phòng, chống ma túy cho học sinh",
        "CAT",
        ("SGDDT", "TD"),
        "police",
        -50,
        30,
        None,
    ),
    (
        "media",
        "Đưa tin, phóng sự chuyên đề về quyền trẻ em trên sóng phát thanh, truyền hình",
        "DPTTH",
        (),
        "culture",
        -40,
        90,
        ("percent", 10),
    ),
]


def build_board(database) -> None:
    """A province board with the two accounts the tests use: the secretariat ("thuky") and
    the health department's focal point ("yte"), whose agency sits on the board."""
    cat = catalogue.load_catalogue(database, SYSTEM)
    agencies = {a.code: a.id for a in cat.agencies}
    board = boards.create_board(
        database,
        SYSTEM,
        boards.BoardInput(
            name="Ban Điều hành công tác trẻ em tỉnh Vĩnh Long",
            kind_id=next(k.id for k in cat.kinds if k.code == "executive"),
            level_id=next(lv.id for lv in cat.levels if lv.code == "province"),
            area="tỉnh Vĩnh Long",
            standing_agency_id=agencies["SYT"],
        ),
    )
    person = people.create_person(
        database,
        SYSTEM,
        people.PersonInput(
            full_name="Trần Thị Bích",
            honorific="Bà",
            position="Giám đốc Sở Y tế",
            agency_id=agencies["SYT"],
        ),
    )
    members.add_membership(
        database,
        SYSTEM,
        members.MembershipInput(
            board_id=board.id,
            person_id=person.id,
            role_id=next(r.id for r in cat.roles if r.code == "standing_deputy"),
            start_date=day(-400),
        ),
    )
    auth.create_user(
        database,
        SYSTEM,
        username="thuky",
        password="demo1234",
        role="secretariat",
        full_name="Tổ thư ký Ban Điều hành",
        board_ids=(board.id,),
    )
    auth.create_user(
        database,
        SYSTEM,
        username="yte",
        password="demo1234",
        role="focal_point",
        full_name="Đầu mối Sở Y tế",
        agency_code="SYT",
    )


def build_tasks(database) -> TaskWorld:
    """A plan of the province board with tasks in every status class, entered through the
    services as the secretariat and the focal point would."""
    build_board(database)
    secretariat = auth.actor_for(database, "thuky")
    health = auth.actor_for(database, "yte")
    cat = catalogue.load_catalogue(database, SYSTEM)
    agencies = {a.code: a.id for a in cat.agencies}
    sectors = {s.code: s.id for s in cat.sectors}
    province = boards.list_boards(database, secretariat)[0].id
    plan = plans.create_plan(
        database,
        secretariat,
        plans.PlanInput(
            board_id=province,
            title=f"Kế hoạch thực hiện công tác trẻ em năm {TODAY.year}",
            year_from=TODAY.year,
            year_to=TODAY.year,
            code="125/KH-BĐH",
            issue_date=day(-210),
            status="in_force",
        ),
    )
    section = plans.save_section(
        database, secretariat, plan.id, number="II", title="Phòng, chống xâm hại trẻ em"
    )
    ids: dict[str, int] = {}
    for key, title, lead, coop, sector, assigned, deadline, outcome in TASKS:
        (task_id,) = tasks.create_task(
            database,
            secretariat,
            TaskInput(
                board_id=province,
                plan_id=plan.id,
                section_id=section.id if key in ("abuse", "training", "legal") else None,
                title=title.format(year=TODAY.year),
                lead_agency_id=agencies[lead],
                cooperating_agency_ids=tuple(agencies[c] for c in coop),
                sector_id=sectors[sector],
                assigned_date=day(assigned),
                deadline_kind="none" if deadline is None else "fixed",
                deadline=None if deadline is None else day(deadline),
                source_kind="plan",
                source_number="125/KH-BĐH",
                source_date=day(-210),
                source_issuer="Ban Điều hành",
                expected_output="Báo cáo kết quả",
            ),
        )
        ids[key] = task_id
        if outcome is None:
            continue
        kind, value = outcome
        version = tasks.get_task(database, secretariat, task_id).version
        if kind == "done":
            tasks.add_update(
                database,
                secretariat,
                task_id,
                ProgressInput(
                    update_date=day(value),
                    text="Đã hoàn thành, có báo cáo kết quả.",
                    new_status="done",
                    completed_on=day(value),
                ),
                expected_version=version,
            )
        elif kind == "percent":
            tasks.add_update(
                database,
                secretariat,
                task_id,
                ProgressInput(
                    update_date=day(-3), text="Đang triển khai tại các xã, phường.", percent=value
                ),
                expected_version=version,
            )
        elif kind == "suspended":
            tasks.add_update(
                database,
                secretariat,
                task_id,
                ProgressInput(
                    update_date=day(-2),
                    text="Tạm dừng chờ hướng dẫn của Bộ Tư pháp.",
                    new_status="suspended",
                ),
                expected_version=version,
            )
        elif kind == "extend":
            tasks.add_extension(
                database,
                secretariat,
                task_id,
                new_deadline=day(value),
                reason="Chờ kết quả khảo sát của các xã",
                approved_by="Phó Chủ tịch UBND tỉnh",
                approved_on=day(-12),
                expected_version=version,
            )
    # the health department reports on its own task, with a file
    version = tasks.get_task(database, health, ids["survey"]).version
    tasks.add_update(
        database,
        health,
        ids["survey"],
        ProgressInput(
            update_date=day(-1),
            text="Đã tổng hợp số liệu của 80/102 xã, phường.",
            percent=75,
            attachments=(AttachmentInput("bao-cao-ra-soat.xlsx", b"PK\x03\x04 demo"),),
        ),
        expected_version=version,
    )
    return TaskWorld(province, plan.id, agencies, ids)


@pytest.fixture(scope="session")
def tasks_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("tasks") / "tasks.sqlite"
    database = dbmod.open_database(path)
    try:
        world = build_tasks(database)
    finally:
        database.dispose()
    return path, world


@pytest.fixture
def tasks_db(tasks_template, tmp_path):
    source, world = tasks_template
    path = tmp_path / "tasks.sqlite"
    shutil.copyfile(source, path)
    database = dbmod.open_database(path)
    yield database, world
    database.dispose()


def make_page(qtbot, database, username: str) -> TasksPage:
    page = TasksPage(context_for(database, username))
    qtbot.addWidget(page)
    page.resize(1400, 850)
    return page


@pytest.fixture
def secretariat_page(vi_app, qtbot, tasks_db):
    database, world = tasks_db
    page = make_page(qtbot, database, "thuky")
    page.show()
    qtbot.waitExposed(page)
    with refreshed(page, qtbot):
        page.refresh()
    return page, world


def refreshed(page, qtbot, timeout: int = 5000):
    """Waits for both halves of a refresh: the first page of rows (`loaded`, selection restored)
    and the totals (`counted`); each comes from its own worker, in either order."""
    return qtbot.waitSignals([page.loaded, page.counted], timeout=timeout)


def reselected(page, qtbot, timeout: int = 5000):
    """After a save: the rows of the refresh arrive, then the saved task's details."""
    return qtbot.waitSignals([page.loaded, page.detail_loaded], timeout=timeout)


def titles(page) -> list[str]:
    return [r.title for r in page.model.rows]


def select(page, qtbot, task_id: int) -> None:
    with qtbot.waitSignal(page.detail_loaded, timeout=5000):
        assert page.select_task(task_id)


def when_modal(handler, tries: int = 1000) -> list:
    """Call `handler(dialog)` once a modal dialog opens: the page opens its dialogs after a
    worker read the task, and a form's conflict dialog after a worker read the other version.
    Returns the dialogs handled (check it after the action that opens one)."""
    seen: list = []

    def poll(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None:
            seen.append(widget)
            handler(widget)
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(tries))
    return seen


def plans_read(page, qtbot, timeout: int = 5000):
    """A board chosen in the filters: the rows and counts of the refresh, and its plans."""
    return qtbot.waitSignals(
        [page.loaded, page.counted, page.filters.plans_loaded], timeout=timeout
    )


# --- the model ------------------------------------------------------------------------------


def test_model_passes_the_qt_model_tester(vi_app, qtbot, tasks_db, qtmodeltester):
    database, _world = tasks_db
    model = TaskTableModel(database, auth.actor_for(database, "thuky"))
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.set_filter(TaskFilter())
    assert model.rowCount() == len(TASKS)
    qtmodeltester.check(model)


def add_monthly_series(database, world) -> int:
    """More than a page of tasks: a monthly report for 22 years; returns the total."""
    secretariat = auth.actor_for(database, "thuky")
    created = tasks.create_task(
        database,
        secretariat,
        TaskInput(
            board_id=world.province,
            title="Báo cáo tháng về tình hình trẻ em",
            lead_agency_id=world.agencies["SYT"],
            assigned_date=date(TODAY.year, 1, 1),
            deadline_kind="recurring",
            recurrence_kind="monthly",
            recurrence_points="25",
            recurrence_until=date(TODAY.year + 22, 12, 31),
        ),
    )
    total = tasks.count_tasks(database, secretariat, TaskFilter())
    assert len(created) > 250 and 200 < total < 400
    return total


@pytest.fixture
def list_calls(monkeypatch):
    """Records (offset, limit, thread) of every page the model reads; `hook(call_no)` may
    delay or fail a call (it runs in the worker)."""
    calls, hooks = [], {}
    real = tasks.list_tasks

    def spy(*args, **kwargs):
        calls.append((kwargs.get("offset"), kwargs.get("limit"), threading.current_thread()))
        hook = hooks.get(len(calls))
        if hook is not None:
            hook()
        return real(*args, **kwargs)

    monkeypatch.setattr(task_table_model.tasks, "list_tasks", spy)
    return calls, hooks


@pytest.fixture
def roomy_pool():
    """A worker held by a test must not hold the only thread of the pool."""
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(max(threads, 3))
    yield
    wait_for_tasks(10_000)
    pool.setMaxThreadCount(threads)


def pages(calls) -> list[tuple[int, int]]:
    return [(offset, limit) for offset, limit, _thread in calls]


def settle(qtbot) -> None:
    """Every worker done and its result delivered."""
    assert wait_for_tasks(10_000)
    QApplication.processEvents()


def test_the_model_reads_one_page_and_more_only_when_asked(vi_app, qtbot, tasks_db, list_calls):
    database, world = tasks_db
    total = add_monthly_series(database, world)
    calls, _hooks = list_calls
    model = TaskTableModel(database, auth.actor_for(database, "thuky"))
    assert model.rowCount() == 0 and not model.canFetchMore()  # nothing read yet
    with qtbot.waitSignal(model.page_loaded, timeout=5000) as first:
        model.set_filter(TaskFilter())
    assert first.args == [0]
    assert model.rowCount() == 200 and model.canFetchMore()
    assert pages(calls) == [(0, 200)]
    with qtbot.waitSignal(model.page_loaded, timeout=5000) as second:
        model.fetchMore()
    assert second.args == [200]
    assert model.rowCount() == total  # the second page was the last
    assert pages(calls) == [(0, 200), (200, 200)] and not model.canFetchMore()
    model.fetchMore()  # nothing more to read: no query
    settle(qtbot)
    assert pages(calls) == [(0, 200), (200, 200)]
    assert len({r.id for r in model.rows}) == total
    # a new order starts again from the first page
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.sort(DEADLINE, Qt.DescendingOrder)
    assert model.rowCount() == 200 and pages(calls)[-1] == (0, 200)


def test_the_first_page_is_read_in_a_worker(vi_app, qtbot, tasks_db, list_calls):
    database, _world = tasks_db
    calls, _hooks = list_calls
    model = TaskTableModel(database, auth.actor_for(database, "thuky"))
    states = []
    model.loading_changed.connect(states.append)
    model.set_filter(TaskFilter())
    # set_filter returned before anything was read into the model
    assert model.rowCount() == 0 and model.loading and not model.canFetchMore()
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        pass
    assert model.rowCount() == len(TASKS) and not model.loading
    assert states == [True, False]
    assert len(calls) == 1 and calls[0][2] is not threading.main_thread()


def test_the_page_shows_loading_and_keeps_the_old_rows_until_the_new_ones_arrive(
    secretariat_page, qtbot, list_calls, roomy_pool
):
    page, world = secretariat_page
    select(page, qtbot, world.ids["training"])
    calls, hooks = list_calls
    gate = threading.Event()
    hooks[1] = lambda: gate.wait(5)  # the next first page takes its time
    before = titles(page)
    loaded = []
    page.loaded.connect(lambda: loaded.append(True))
    page.filters.lead.set_current_id(world.agencies["SGDDT"])  # refreshes at once
    assert page.model.loading and not loaded
    assert page.count.text() in ("Đang tải…", "Loading…")
    assert titles(page) == before  # no blank table while the query runs
    assert page.current_row().id == world.ids["training"]  # and the selection stays
    with refreshed(page, qtbot):
        gate.set()
    assert loaded == [True]
    assert sorted(titles(page)) == sorted(
        [
            "Tập huấn kỹ năng phòng, chống xâm hại trẻ em cho giáo viên",
            "Phòng, chống tai nạn thương tích trẻ em trong trường học",
        ]
    )
    assert page.current_row().id == world.ids["training"]  # selected again among the new rows
    assert page.count.text() in ("2 nhiệm vụ", "2 tasks")
    assert calls[0][2] is not threading.main_thread()


def test_a_slow_stale_page_does_not_overwrite_a_newer_filter(
    vi_app, qtbot, tasks_db, list_calls, roomy_pool
):
    database, world = tasks_db
    calls, hooks = list_calls
    started, gate = threading.Event(), threading.Event()
    hooks[1] = lambda: (started.set(), gate.wait(5))
    model = TaskTableModel(database, auth.actor_for(database, "thuky"))
    seen = []
    model.page_loaded.connect(seen.append)
    try:
        model.set_filter(TaskFilter())  # every task: slow
        assert started.wait(5)
        with qtbot.waitSignal(model.page_loaded, timeout=5000):
            model.set_filter(TaskFilter(lead_agency_id=world.agencies["SGDDT"]))  # fast
        newer = {r.id for r in model.rows}
        assert newer == {world.ids["training"], world.ids["injury"]}
        gate.set()  # the stale answer arrives now
        settle(qtbot)
        assert {r.id for r in model.rows} == newer and seen == [0]
        assert not model.loading and len(calls) == 2
    finally:
        gate.set()


def test_fetch_more_twice_quickly_reads_the_next_page_once(vi_app, qtbot, tasks_db, list_calls):
    database, world = tasks_db
    total = add_monthly_series(database, world)
    calls, hooks = list_calls
    model = TaskTableModel(database, auth.actor_for(database, "thuky"))
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.set_filter(TaskFilter())
    gate = threading.Event()
    hooks[2] = lambda: gate.wait(5)
    model.fetchMore()
    assert model.fetching and not model.canFetchMore()  # the view asks no more meanwhile
    model.fetchMore()
    assert model.rowCount() == 200  # nothing inserted before the worker answered
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        gate.set()
    settle(qtbot)
    assert pages(calls) == [(0, 200), (200, 200)]
    assert model.rowCount() == total and len({r.id for r in model.rows}) == total
    assert not model.fetching and not model.canFetchMore()


def test_a_next_page_of_an_older_filter_is_dropped(vi_app, qtbot, tasks_db, list_calls, roomy_pool):
    database, world = tasks_db
    add_monthly_series(database, world)
    calls, hooks = list_calls
    model = TaskTableModel(database, auth.actor_for(database, "thuky"))
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.set_filter(TaskFilter())
    started, gate = threading.Event(), threading.Event()
    hooks[2] = lambda: (started.set(), gate.wait(5))
    try:
        model.fetchMore()
        assert started.wait(5)  # the next page is being read (a worker still queued skips it)
        with qtbot.waitSignal(model.page_loaded, timeout=5000):
            model.set_filter(TaskFilter(lead_agency_id=world.agencies["SGDDT"]))
    finally:
        gate.set()
    settle(qtbot)
    assert pages(calls) == [(0, 200), (200, 200), (0, 200)]
    assert {r.id for r in model.rows} == {world.ids["training"], world.ids["injury"]}
    assert not model.fetching and not model.canFetchMore()


def test_errors_reach_load_failed(vi_app, qtbot, tasks_db, list_calls):
    database, world = tasks_db
    add_monthly_series(database, world)
    _calls, hooks = list_calls

    def lost():
        raise ConnectionError("server closed the connection")

    hooks[1] = lost
    model = TaskTableModel(database, auth.actor_for(database, "thuky"))
    with qtbot.waitSignal(model.load_failed, timeout=5000) as failed:
        model.set_filter(TaskFilter())
    assert isinstance(failed.args[0], ConnectionError)
    assert model.rowCount() == 0 and not model.loading and not model.canFetchMore()
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.reload()  # the server is back
    assert model.rowCount() == 200
    hooks[3] = lost  # a next page fails: the rows read so far stay
    with qtbot.waitSignal(model.load_failed, timeout=5000):
        model.fetchMore()
    assert model.rowCount() == 200 and not model.fetching and not model.canFetchMore()


def test_the_page_reports_a_failed_first_page(secretariat_page, qtbot, list_calls, monkeypatch):
    page, world = secretariat_page
    select(page, qtbot, world.ids["forum"])
    _calls, hooks = list_calls

    def lost():
        raise ConnectionError("server closed the connection")

    hooks[1] = lost
    shown = []
    monkeypatch.setattr(tasks_page, "show_error", lambda _parent, exc: shown.append(exc))
    with qtbot.waitSignal(page.model.load_failed, timeout=5000):
        page.refresh()
    assert len(shown) == 1 and isinstance(shown[0], ConnectionError)
    assert page.model.rowCount() == 0 and page.current_row() is None
    assert page.details.toPlainText() == ""
    assert page.count.text() not in ("Đang tải…", "Loading…")


def test_the_view_pulls_pages_as_the_user_scrolls(secretariat_page, qtbot, tasks_db):
    page, world = secretariat_page
    database, _ = tasks_db
    add_monthly_series(database, world)
    page.show()
    with refreshed(page, qtbot):
        page.refresh()
    assert page.model.rowCount() == 200
    total = page.total
    assert total > 250
    assert page.count.text() == f"{total} nhiệm vụ" or page.count.text() == f"{total} tasks"
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 200, timeout=5000)
    assert page.model.rowCount() <= total


def test_rows_carry_the_class_colour_and_the_extended_deadline(secretariat_page):
    page, world = secretariat_page
    model = page.model
    inspect = model.row_of(world.ids["inspect"])
    text = model.index(inspect, DEADLINE).data()
    assert text.startswith(day(20).strftime("%d/%m/%Y")) and text != day(20).strftime("%d/%m/%Y")
    assert (
        model.index(inspect, DEADLINE).data(Qt.ToolTipRole).endswith(day(-10).strftime("%d/%m/%Y"))
    )
    overdue = model.row_of(world.ids["survey"])
    done = model.row_of(world.ids["month"])
    red = model.index(overdue, TITLE).data(Qt.BackgroundRole).color()
    green = model.index(done, TITLE).data(Qt.BackgroundRole).color()
    assert red.red() > red.green() and green.green() > green.red()
    # dark text on a light background, whatever the system palette
    assert model.index(overdue, TITLE).data(Qt.ForegroundRole).color().lightness() < 80
    assert red.lightness() > 180 and green.lightness() > 180


# --- filters and order ----------------------------------------------------------------------


def test_default_order_is_overdue_first(secretariat_page):
    page, _world = secretariat_page
    classes = [r.status_class for r in page.model.rows]
    assert classes[:3] == [classification.OVERDUE] * 3
    assert classes[3] == classification.DUE_SOON
    overdue = [
        r.effective_deadline for r in page.model.rows if r.status_class == classification.OVERDUE
    ]
    assert overdue == sorted(overdue)


def test_filters_change_the_rows_shown(secretariat_page, qtbot):
    page, world = secretariat_page
    everything = set(titles(page))
    assert len(everything) == len(TASKS)
    with refreshed(page, qtbot):
        page.filters.lead.set_current_id(world.agencies["SGDDT"])
    assert sorted(titles(page)) == sorted(
        [
            "Tập huấn kỹ năng phòng, chống xâm hại trẻ em cho giáo viên",
            "Phòng, chống tai nạn thương tích trẻ em trong trường học",
        ]
    )
    assert page.count.text() in ("2 nhiệm vụ", "2 tasks")
    with refreshed(page, qtbot):
        page.filters.lead.set_current_id(None)
    with refreshed(page, qtbot):
        page.filters.cooperating.set_current_id(world.agencies["TD"])
    # Tỉnh đoàn co-operates on these; it leads the forum, which is not among them
    assert {r.id for r in page.model.rows} == {world.ids[k] for k in ("month", "training", "drugs")}
    with refreshed(page, qtbot):
        page.filters.cooperating.set_current_id(None)
    # the search ignores accents; every word must match
    with refreshed(page, qtbot):  # after the search box's pause
        qtbot.keyClicks(page.filters.search, "tre em xam hai")
    assert set(titles(page)) == {
        "Tập huấn kỹ năng phòng, chống xâm hại trẻ em cho giáo viên",
        "Điều tra, xử lý nghiêm các vụ việc xâm hại trẻ em",
        "Trợ giúp pháp lý cho trẻ em là nạn nhân của bạo lực, xâm hại",
    }
    with refreshed(page, qtbot):
        page.filters.search.clear()
        page.refresh()
    # the class chips filter, and keep counting every class
    with refreshed(page, qtbot):
        qtbot.mouseClick(page.filters.class_chips.chips[classification.OVERDUE], Qt.LeftButton)
    assert {r.id for r in page.model.rows} == {world.ids[k] for k in ("survey", "forum", "hotline")}
    assert page.class_counts[classification.OVERDUE] == 3
    assert page.class_counts[classification.DONE_ON_TIME] == 2
    assert page.class_counts[classification.DONE_LATE] == 1
    with refreshed(page, qtbot):
        qtbot.mouseClick(page.filters.class_chips.chips[classification.DUE_SOON], Qt.LeftButton)
    assert {r.id for r in page.model.rows} == {
        world.ids[k] for k in ("survey", "forum", "hotline", "training")
    }
    with refreshed(page, qtbot):
        qtbot.mouseClick(page.filters.class_chips.all_chip, Qt.LeftButton)
    assert set(titles(page)) == everything
    # deadline range: the deadline in force counts (an extension moves a task)
    with refreshed(page, qtbot):
        page.filters.deadline_from.set_value(day(0))
    with refreshed(page, qtbot):
        page.filters.deadline_to.set_value(day(60))
    assert {r.id for r in page.model.rows} == {
        world.ids[k] for k in ("training", "abuse", "inspect", "drugs", "legal")
    }


def test_as_of_a_past_date_reclassifies(secretariat_page, qtbot):
    page, world = secretariat_page
    with refreshed(page, qtbot):
        page.filters.as_of.set_value(day(-60))
    row = page.model.rows[page.model.row_of(world.ids["survey"])]
    assert row.status_class == classification.IN_PROGRESS  # its deadline was 40 days ahead
    drowning = page.model.rows[page.model.row_of(world.ids["drowning"])]
    assert drowning.status_class == classification.DONE_LATE


def test_sorting_by_deadline_reorders_from_sql(secretariat_page, qtbot):
    page, _world = secretariat_page
    header = page.table.horizontalHeader()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=_section_centre(header, DEADLINE))
    deadlines = [r.effective_deadline for r in page.model.rows]
    dated = [d for d in deadlines if d is not None]
    assert page.model.order == tasks.TaskSort("deadline", False)
    assert dated == sorted(dated) and len(dated) == len(TASKS) - 1
    assert dated[0] == day(-150)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=_section_centre(header, DEADLINE))
    dated = [r.effective_deadline for r in page.model.rows if r.effective_deadline]
    assert dated == sorted(dated, reverse=True)
    # titles sort in SQL on the folded title
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.table.sortByColumn(TITLE, Qt.AscendingOrder)
    assert titles(page)[0].startswith("Bảo đảm kinh phí")


def test_an_unsortable_column_keeps_the_current_order(secretariat_page, qtbot):
    from coordboard.ui.tasks.task_table_model import COOPERATING

    page, _world = secretariat_page
    before = titles(page)
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=_section_centre(header, COOPERATING))
    assert titles(page) == before
    assert header.sortIndicatorSection() == CLASS


def _section_centre(header, column):
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    return QPoint(x, header.height() // 2)


def test_open_filtered_shows_what_another_page_asked_for(secretariat_page, qtbot):
    page, world = secretariat_page
    with plans_read(page, qtbot):
        page.open_filtered(
            TaskFilter(
                board_id=world.province,
                plan_id=world.plan,
                classes=(classification.DONE_ON_TIME, classification.DONE_LATE),
            )
        )
    assert {r.id for r in page.model.rows} == {
        world.ids[k] for k in ("month", "drowning", "injury")
    }
    assert page.filters.board.current_id() == world.province
    assert page.filters.plan.current_id() == world.plan
    assert page.filters.class_chips.chips[classification.DONE_LATE].isChecked()
    assert not page.filters.class_chips.all_chip.isChecked()


# --- a focal point --------------------------------------------------------------------------


def test_a_focal_point_lands_on_its_agency_overdue_first(vi_app, qtbot, tasks_db):
    database, world = tasks_db
    page = make_page(qtbot, database, "yte")
    with refreshed(page, qtbot):
        page.show_my_agency()
    health = world.agencies["SYT"]
    rows = page.model.rows
    mine = {world.ids[k] for k, _t, lead, coop, *_ in TASKS if lead == "SYT" or "SYT" in coop}
    assert {r.id for r in rows} == mine
    assert all(r.lead_agency_id == health or "Sở Y tế" in r.cooperating for r in rows)
    assert [r.status_class for r in rows[:2]] == [classification.OVERDUE] * 2
    assert not page.filters.scope.isHidden() and page.filters.scope.isChecked()
    assert page.model.order == tasks.TaskSort("status")
    # the scope toggle widens the view to the boards the focal point reads
    with refreshed(page, qtbot):
        page.filters.scope.click()
    assert len(page.model.rows) == len(TASKS)


def test_the_focal_point_default_filter_is_its_agency(vi_app, qtbot, tasks_db):
    database, world = tasks_db
    page = make_page(qtbot, database, "yte")
    assert page.current_filter().agency_id == world.agencies["SYT"]
    assert page.current_sort() == tasks.TaskSort("status")


def test_a_focal_point_adds_an_update_that_appears_in_the_history(
    vi_app, qtbot, tasks_db, tmp_path
):
    database, world = tasks_db
    page = make_page(qtbot, database, "yte")
    with refreshed(page, qtbot):
        page.show_my_agency()
    select(page, qtbot, world.ids["hotline"])
    assert page.update_button.isEnabled() and not page.edit_button.isEnabled()
    report = tmp_path / "bien-ban-kiem-tra.pdf"
    report.write_bytes(b"%PDF-1.4 demo")

    def fill(dialog):
        assert isinstance(dialog, UpdateDialog)
        assert dialog.status.isVisibleTo(dialog)  # the lead agency changes the progress
        dialog.text.setPlainText("Đã kết nối Tổng đài 111 với 45 xã, phường.")
        dialog.percent.setValue(90)
        dialog.add_file(report)
        dialog.save()

    seen = when_modal(fill)
    with reselected(page, qtbot):
        qtbot.mouseClick(page.update_button, Qt.LeftButton)
    assert len(seen) == 1
    history = page.details.toPlainText()
    assert "Đã kết nối Tổng đài 111 với 45 xã, phường." in history
    assert "Đầu mối Sở Y tế (Sở Y tế)" in history
    assert "bien-ban-kiem-tra.pdf" in history
    assert page.current_row().percent == 90
    detail = tasks.get_task(database, page.ctx.actor, world.ids["hotline"])
    attachment = detail.updates[0].attachments[0]
    # "save as…" writes the stored bytes
    target = tmp_path / "copy.pdf"
    with qtbot.waitSignal(page.details.attachment_saved, timeout=5000):
        page.details.save_attachment(attachment.id, target)
    assert target.read_bytes() == b"%PDF-1.4 demo"


def test_a_focal_point_cannot_change_another_agencys_task(vi_app, qtbot, tasks_db):
    database, world = tasks_db
    page = make_page(qtbot, database, "yte")
    with refreshed(page, qtbot):
        page.refresh()  # the scope is on: its agency's tasks
    with refreshed(page, qtbot):
        page.filters.scope.click()  # every task of its boards
    select(page, qtbot, world.ids["abuse"])  # the police lead; the health department is not in it
    before = page.detail.updates
    assert page.update_button.isEnabled()  # a hint only: the service decides
    seen = {}

    def fill(dialog):
        assert isinstance(dialog, UpdateDialog)
        assert not dialog.status.isVisibleTo(dialog)
        dialog.text.setPlainText("Sở Y tế đề nghị bổ sung số liệu.")
        save_and_wait(qtbot, dialog)
        seen["banner"] = dialog.banner.text()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    when_modal(fill)
    qtbot.mouseClick(page.update_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "open" in seen, timeout=5000)
    assert seen["banner"] == tr_message(
        "errors", "Your agency neither leads nor co-operates on this task."
    )
    assert seen["open"]
    assert tasks.get_task(database, page.ctx.actor, world.ids["abuse"]).updates == before
    # and the full edit of a task is the secretariat's: refused for the focal point too
    detail = tasks.get_task(database, page.ctx.actor, world.ids["hotline"])
    dialog = TaskDialog(page.ctx, detail, parent=page)
    qtbot.addWidget(dialog)
    dialog.title.setPlainText("Đổi tên nhiệm vụ")
    save_and_wait(qtbot, dialog)
    assert dialog.banner.text() == tr_message(
        "errors", "Only the secretariat of this board may create or change its tasks."
    )


# --- the secretariat's forms ----------------------------------------------------------------


def test_new_task_from_the_page_is_selected_after_saving(secretariat_page, qtbot):
    page, world = secretariat_page
    with plans_read(page, qtbot):
        page.filters.board.set_current_id(world.province)
    with refreshed(page, qtbot):
        page.filters.plan.set_current_id(world.plan)

    def fill(dialog):
        assert isinstance(dialog, TaskDialog)
        qtbot.waitUntil(lambda: not dialog.places.loading, timeout=5000)
        assert dialog.board.current_id() == world.province
        assert dialog.plan.current_id() == world.plan
        dialog.title.setPlainText("Tổ chức hội nghị sơ kết công tác trẻ em 6 tháng")
        save_and_wait(qtbot, dialog)  # no lead agency yet: refused, the field is marked
        assert dialog.isVisible()
        assert dialog.lead.property("invalid") is True
        dialog.lead.set_current_id(world.agencies["SYT"])
        lead_item = next(
            dialog.cooperating.item(i)
            for i in range(dialog.cooperating.count())
            if dialog.cooperating.item(i).data(Qt.UserRole) == world.agencies["SYT"]
        )
        assert lead_item.isHidden()  # the lead is not offered as co-operating
        dialog.set_cooperating([world.agencies["SGDDT"], world.agencies["CAT"]])
        dialog.deadline.set_value(day(25))
        dialog.save()

    seen = when_modal(fill)
    with reselected(page, qtbot):
        page.new_item()
    assert len(seen) == 1
    row = page.current_row()
    assert row.title == "Tổ chức hội nghị sơ kết công tác trẻ em 6 tháng"
    assert row.cooperating == ("Công an tỉnh", "Sở Giáo dục và Đào tạo")
    assert row.effective_deadline == day(25)


def test_a_recurring_task_creates_one_task_per_due_date(secretariat_page, qtbot, tasks_db):
    page, world = secretariat_page
    database, _ = tasks_db
    dialog = TaskDialog(page.ctx, board_id=world.province, plan_id=world.plan, parent=page)
    qtbot.addWidget(dialog)
    dialog.title.setPlainText("Báo cáo quý về công tác trẻ em")
    dialog.lead.set_current_id(world.agencies["SYT"])
    dialog.assigned.set_value(date(TODAY.year, 1, 2))
    dialog.deadline_kind.setCurrentIndex(dialog.deadline_kind.findData("recurring"))
    dialog.deadlines.recurrence_kind.setCurrentIndex(dialog.deadlines.recurrence_kind.findData("quarterly"))
    dialog.deadlines.recurrence_points.setText("15/4")  # a quarter has months 1 to 3
    save_and_wait(qtbot, dialog)
    assert dialog.deadlines.recurrence_points.property("invalid") is True
    assert dialog.banner.isVisibleTo(dialog)
    dialog.deadlines.recurrence_points.setText("15/3")
    save_and_wait(qtbot, dialog)
    assert len(dialog.saved_ids) == 4
    rows = tasks.list_tasks(
        database, page.ctx.actor, TaskFilter(text="bao cao quy"), tasks.TaskSort("deadline")
    )
    assert [r.deadline for r in rows] == [date(TODAY.year, m, 15) for m in (3, 6, 9, 12)]


def test_editing_a_task_someone_else_changed_offers_to_reload(secretariat_page, qtbot, tasks_db):
    from coordboard.ui.common.conflict_dialog import ConflictDialog

    page, world = secretariat_page
    database, _ = tasks_db
    detail = tasks.get_task(database, page.ctx.actor, world.ids["forum"])
    dialog = TaskDialog(page.ctx, detail, parent=page)
    qtbot.addWidget(dialog)
    # another PC saves the task meanwhile
    other = tasks.get_task(database, page.ctx.actor, world.ids["forum"])
    tasks.update_task(
        database,
        page.ctx.actor,
        other.id,
        tasks.TaskInput(**{**other.data.__dict__, "title": "Diễn đàn trẻ em 2026"}),
        expected_version=other.version,
    )
    asked = []

    def load_theirs(conflict):  # both versions are shown; the user loads theirs
        assert isinstance(conflict, ConflictDialog)
        asked.append([row.label for row in conflict.rows])
        conflict.reload_button.click()

    when_modal(load_theirs)
    dialog.title.setPlainText("Tổ chức Diễn đàn trẻ em cấp tỉnh lần thứ V")
    save_and_wait(qtbot, dialog)
    assert asked == [["Tên nhiệm vụ"]] and dialog.saved is None
    assert dialog.title.toPlainText() == "Diễn đàn trẻ em 2026"  # reloaded as it now is
    dialog.title.setPlainText("Tổ chức Diễn đàn trẻ em cấp tỉnh lần thứ V")
    save_and_wait(qtbot, dialog)
    assert dialog.saved.row.title == "Tổ chức Diễn đàn trẻ em cấp tỉnh lần thứ V"


def test_extension_through_the_dialog_marks_the_deadline(secretariat_page, qtbot):
    page, world = secretariat_page
    select(page, qtbot, world.ids["forum"])

    def fill(dialog):
        assert isinstance(dialog, ExtensionDialog)
        dialog.new_deadline.set_value(day(45))
        save_and_wait(qtbot, dialog)  # no reason
        assert dialog.reason.property("invalid") is True
        dialog.reason.setPlainText("Chờ ý kiến của Bộ Y tế về nội dung diễn đàn")
        dialog.approved_by.setText("Trưởng ban")
        dialog.save()

    seen = when_modal(fill)
    with reselected(page, qtbot):
        qtbot.mouseClick(page.extend_button, Qt.LeftButton)
    assert len(seen) == 1
    row = page.current_row()
    assert row.effective_deadline == day(45) and row.deadline == day(-40)
    assert row.status_class == classification.IN_PROGRESS
    deadline = page.model.index(page.model.row_of(row.id), DEADLINE).data()
    assert deadline.startswith(day(45).strftime("%d/%m/%Y")) and len(deadline) > 10
    assert "Chờ ý kiến của Bộ Y tế" in page.details.toPlainText()


def test_delete_asks_then_removes(secretariat_page, qtbot, monkeypatch):
    page, world = secretariat_page
    select(page, qtbot, world.ids["drugs"])  # no progress history yet
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    with refreshed(page, qtbot):
        qtbot.mouseClick(page.delete_button, Qt.LeftButton)
    assert page.model.row_of(world.ids["drugs"]) is None
    assert page.total == len(TASKS) - 1


def test_a_task_with_progress_history_is_not_deleted_and_the_user_is_told(
    secretariat_page, qtbot, monkeypatch
):
    page, world = secretariat_page
    select(page, qtbot, world.ids["media"])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    with refreshed(page, qtbot):  # refused on a worker: said, then the list read again
        qtbot.mouseClick(page.delete_button, Qt.LeftButton)
    assert shown == ["Nhiệm vụ đã có lịch sử cập nhật tiến độ; hãy hủy nhiệm vụ thay vì xóa."]
    assert page.model.row_of(world.ids["media"]) is not None


# --- export ---------------------------------------------------------------------------------


def test_export_writes_the_filtered_list_in_the_shown_order(
    secretariat_page, qtbot, tmp_path, monkeypatch
):
    page, world = secretariat_page
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    with refreshed(page, qtbot):
        page.filters.cooperating.set_current_id(world.agencies["SYT"])
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.table.sortByColumn(DEADLINE, Qt.AscendingOrder)
    shown = titles(page)
    with qtbot.waitSignal(page.exported, timeout=10000) as blocker:
        page.export_to(tmp_path / "nhiem-vu")
    written = blocker.args[0]
    assert written == tmp_path / "nhiem-vu.xlsx"
    ws = openpyxl.load_workbook(written).active
    data = list(ws.iter_rows(min_row=4, values_only=True))
    assert [row[1] for row in data] == shown
    assert len(data) == 4
    assert all("Sở Y tế" in row[6] for row in data)
    assert page.export_button.isEnabled()


def test_export_can_be_cancelled_and_leaves_no_file(secretariat_page, qtbot, tmp_path, monkeypatch):
    import threading

    from PySide6.QtWidgets import QProgressDialog

    from coordboard.services.tasks import export as task_exports

    page, _world = secretariat_page
    monkeypatch.setattr(task_exports, "PAGE_ROWS", 2)
    folder = tmp_path / "exports"
    folder.mkdir()
    gate = threading.Event()
    real = tasks.list_tasks

    def held(*args, **kwargs):  # the first page waits until the user has pressed Cancel
        gate.wait(5)
        return real(*args, **kwargs)

    monkeypatch.setattr(tasks, "list_tasks", held)
    with qtbot.waitSignal(page.export_failed, timeout=10000) as blocker:
        page.export_to(folder / "huy.xlsx")
        page.findChild(QProgressDialog).canceled.emit()  # what its Cancel button sends
        gate.set()
    assert isinstance(blocker.args[0], task_exports.ExportCancelled)
    assert list(folder.iterdir()) == []  # neither the file nor a temporary one
    assert page.export_button.isEnabled()


def test_a_relative_deadline_is_counted_in_working_days(secretariat_page, qtbot, tasks_db):
    page, world = secretariat_page
    dialog = TaskDialog(page.ctx, board_id=world.province, parent=page)
    qtbot.addWidget(dialog)
    dialog.title.setPlainText("Báo cáo kết quả xác minh vụ việc")
    dialog.lead.set_current_id(world.agencies["CAT"])
    dialog.assigned.set_value(date(2026, 4, 24))
    dialog.deadline_kind.setCurrentIndex(dialog.deadline_kind.findData("relative"))
    assert dialog.deadlines.relative_row.isVisibleTo(dialog) and not dialog.deadline.isVisibleTo(dialog)
    dialog.deadlines.relative_base.set_value(date(2026, 4, 24))  # a Friday before 30/4 and 1/5
    dialog.deadlines.relative_days.setValue(5)
    save_and_wait(qtbot, dialog)
    (task_id,) = dialog.saved_ids
    detail = tasks.get_task(tasks_db[0], page.ctx.actor, task_id)
    assert detail.data.deadline_kind == "relative" and detail.data.relative_days == 5
    # Mon 27/4 makes up for Giỗ Tổ on Sunday 26/4; Thu 30/4 and Fri 1/5 are holidays:
    # Tue 28, Wed 29, Mon 4, Tue 5, Wed 6
    assert detail.row.deadline == date(2026, 5, 6)
