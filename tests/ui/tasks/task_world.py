"""The tasks of a province board in every status class, entered through the services as the
secretariat and the focal point would, and the waits the Tasks page's tests share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from coordboard.services import auth, boards, catalogue, members, plans, tasks
from coordboard.services.actor import SYSTEM
from coordboard.services.members import people
from coordboard.services.tasks import AttachmentInput, ProgressInput, TaskFilter, TaskInput
from coordboard.ui.tasks import TasksPage
from ui.ui_helpers import context_for

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


def make_page(qtbot, database, username: str) -> TasksPage:
    page = TasksPage(context_for(database, username))
    qtbot.addWidget(page)
    page.resize(1400, 850)
    return page


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


def plans_read(page, qtbot, timeout: int = 5000):
    """A board chosen in the filters: the rows and counts of the refresh, and its plans."""
    return qtbot.waitSignals(
        [page.loaded, page.counted, page.filters.plans_loaded], timeout=timeout
    )
