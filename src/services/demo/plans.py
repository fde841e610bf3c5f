"""The demo's plans and tasks, shaped on the seed documents.

- Plan A follows seed 001: a province's implementation plan whose "Tổ chức thực hiện" assigns
  duties to each department, with a "sector plans by 20/9" deadline and a yearly report
  "before 01/12" (the standing agency for child affairs is now the Department of Health).
- Plan B follows seed 003: the year's ten priority lines, and the 6-month / annual reports due
  before 25/5 and 20/11.
- Each commune board has a small plan of its own.

Dates are placed around the day the demo is built, so every status class is present on that
day: done on time, done late, in progress, due soon, overdue, no deadline, suspended, cancelled,
an extended deadline, a recurring duty and a relative deadline in working days.
"""

from __future__ import annotations

from datetime import date, timedelta

from coordboard.services import plans, tasks
from coordboard.services.actor import Actor
from coordboard.services.tasks import ProgressInput, TaskInput

D = timedelta(days=1)

# (section number, section title, [(title, lead, co-operating, deadline spec, outcome)])
# deadline spec: ("on", month, day, year offset) | ("rel", days from build day) | None
# outcome: ("done", days after deadline) | ("progress", percent, note) | ("late", note) |
#          ("extended", days to add, reason) | ("suspended", note) | ("cancelled", note) | None
PLAN_A = [
    (
        "1",
        "Sở Y tế (cơ quan thường trực)",
        [
            (
                "Tổng hợp kế hoạch cụ thể của các sở, ngành, địa phương thực hiện Kế hoạch",
                "SYT",
                (),
                ("on", 9, 20, -1),
                ("done", 5),
            ),
            (
                "Nâng cao hiệu quả phối hợp liên ngành của Ban Điều hành; tập huấn, truyền thông nâng "
                "cao năng lực thực thi pháp luật về trẻ em cho cán bộ từ tỉnh đến cơ sở",
                "SYT",
                ("SGDDT", "CAT", "HLHPN", "TD"),
                ("on", 11, 30, -1),
                ("done", 12),
            ),
            (
                "Tập huấn giảng viên nòng cốt về hỗ trợ, can thiệp đối với trẻ em bị xâm hại theo "
                "Nghị định số 56/2017/NĐ-CP",
                "SYT",
                ("STP",),
                ("on", 10, 31, -1),
                ("done", -11),
            ),
            (
                "Vận động nguồn lực xã hội qua Quỹ Bảo trợ trẻ em; tổ chức Diễn đàn trẻ em cấp tỉnh",
                "SYT",
                ("TD", "MTTQ"),
                ("rel", 40),
                (
                    "progress",
                    60,
                    "Đã tổ chức Diễn đàn trẻ em cấp tỉnh; đang vận động nguồn lực đợt 2",
                ),
            ),
            (
                "Tham mưu UBND tỉnh Kế hoạch triển khai Đề án vận động nguồn lực hỗ trợ chăm sóc trẻ "
                "em vùng đồng bào dân tộc thiểu số",
                "SYT",
                ("SDTTG", "STC"),
                ("rel", -25),
                ("late", "Chờ Sở Tài chính thẩm định nguồn kinh phí thực hiện Đề án"),
            ),
        ],
    ),
    (
        "2",
        "Sở Giáo dục và Đào tạo",
        [
            (
                "Chỉ đạo các cơ sở giáo dục thực hiện đồng bộ các biện pháp bảo vệ trẻ em trong nhà "
                "trường; giáo dục kỹ năng phòng, chống bạo lực, xâm hại cho học sinh",
                "SGDDT",
                ("SYT", "CAT"),
                ("on", 12, 31, -1),
                ("done", -3),
            ),
            (
                "Thanh tra, kiểm tra việc chấp hành pháp luật tại các trường mầm non, nhóm trẻ độc lập",
                "SGDDT",
                ("CAT",),
                ("rel", -30),
                (
                    "extended",
                    50,
                    "Mở rộng kiểm tra các nhóm trẻ độc lập tư thục theo chỉ đạo của Bộ",
                ),
            ),
        ],
    ),
    (
        "3",
        "Sở Y tế (lĩnh vực y tế)",
        [
            (
                "Hướng dẫn y tế cơ sở cung cấp dịch vụ chăm sóc, hỗ trợ khẩn cấp cho trẻ em bị xâm "
                "hại tình dục, bạo lực",
                "SYT",
                ("BHXH",),
                ("rel", 5),
                ("progress", 85, "Đã ban hành hướng dẫn; đang tập huấn cho trạm y tế xã"),
            ),
        ],
    ),
    (
        "4",
        "Công an tỉnh, Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh",
        [
            (
                "Tăng cường điều tra, truy tố, xét xử nghiêm minh các hành vi bạo lực, xâm hại trẻ em",
                "CAT",
                ("VKSND", "TAND"),
                None,
                ("progress", 0, "Thực hiện thường xuyên; 12 vụ việc đã khởi tố trong kỳ"),
            ),
        ],
    ),
    (
        "5",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội",
        [
            (
                "Tuyên truyền, vận động hội viên, đoàn viên thực hiện chính sách, pháp luật về trẻ em; "
                "phát hiện, can thiệp các hành vi xâm hại trẻ em",
                "MTTQ",
                ("HLHPN", "TD", "HND", "LDLD", "HCCB"),
                ("rel", 120),
                ("progress", 35, ""),
            ),
        ],
    ),
    (
        "6",
        "Ủy ban nhân dân các xã, phường",
        [
            (
                "Bố trí người làm công tác bảo vệ trẻ em ở 100% xã, phường",
                "SNV",
                ("UBND-T",),
                ("rel", -60),
                ("late", "Còn 13 xã chưa bố trí được công chức kiêm nhiệm"),
            ),
        ],
    ),
]

# seed 003: the year's ten priority lines
PLAN_B = [
    (
        "Xây dựng, ban hành kế hoạch của tỉnh; tổng kết 10 năm thực hiện Chỉ thị số 20-CT/TW",
        "SYT",
        ("SNV",),
        ("rel", -100),
        ("done", -5),
    ),
    (
        "Thực hiện trách nhiệm người đứng đầu; phối hợp phòng ngừa, xử lý xâm hại trẻ em, "
        "phòng, chống đuối nước",
        "CAT",
        ("SGDDT", "SYT"),
        ("rel", -40),
        ("done", 10),
    ),
    (
        "Truyền thông về quyền trẻ em và Tổng đài điện thoại quốc gia bảo vệ trẻ em 111",
        "SVHTTDL",
        ("DPTTH", "SYT"),
        ("rel", 3),
        ("progress", 80, "Đã phát 24 chương trình trên sóng phát thanh, truyền hình"),
    ),
    (
        "Bố trí nhân lực, củng cố hệ thống dịch vụ bảo vệ trẻ em",
        "SNV",
        ("SYT",),
        ("rel", -15),
        ("late", "Chưa có chỉ tiêu biên chế bổ sung"),
    ),
    (
        "Phát triển mạng lưới xã hội bảo vệ trẻ em; tập huấn cho thành viên các ban cấp xã",
        "HLHPN",
        ("TD", "MTTQ"),
        ("rel", 60),
        ("progress", 40, "Đã tập huấn 3/8 cụm xã"),
    ),
    (
        "Bố trí ngân sách địa phương; hỗ trợ trẻ em mồ côi, trẻ em có hoàn cảnh đặc biệt",
        "STC",
        ("SYT",),
        ("rel", 30),
        None,
    ),
    (
        "Kiểm tra, thanh tra các cơ sở trợ giúp xã hội và quỹ từ thiện có hoạt động vì trẻ em",
        "SYT",
        ("CAT", "STP"),
        ("rel", 20),
        (
            "suspended",
            "Tạm dừng theo chỉ đạo của UBND tỉnh, chờ sắp xếp lại các cơ sở trợ giúp xã hội",
        ),
    ),
    (
        "Tổ chức Tháng hành động vì trẻ em",
        "SVHTTDL",
        ("SGDDT", "SYT", "TD"),
        ("rel", -120),
        ("done", -2),
    ),
    (
        "Đánh giá xã, phường phù hợp với trẻ em theo bộ tiêu chí cũ",
        "SYT",
        ("MTTQ",),
        ("rel", 45),
        ("cancelled", "Bộ tiêu chí mới thay thế; đánh giá theo bộ tiêu chí mới"),
    ),
    (
        "Thu thập chỉ tiêu thống kê về trẻ em theo Thông tư số 13/2021/TT-BLĐTBXH; cập nhật phần "
        "mềm quản lý thông tin trẻ em",
        "SYT",
        ("CAT", "SGDDT"),
        ("work", -10, 15),
        ("progress", 50, ""),
    ),
]

COMMUNE_TASKS = [
    (
        "Rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt trên địa bàn",
        "VHXH",
        ("CA", "TYT"),
        ("rel", -20),
        ("done", -4),
    ),
    (
        "Tổ chức các hoạt động Tháng hành động vì trẻ em",
        "DTN",
        ("HPN", "TH"),
        ("rel", 45),
        ("progress", 20, ""),
    ),
    (
        "Phòng, chống đuối nước cho trẻ em mùa mưa lũ",
        "UBND",
        ("CA", "DTN"),
        ("rel", -8),
        ("late", "Chưa có kinh phí làm biển cảnh báo"),
    ),
]

# (lead agency, days before the build day, note): fresh progress notes
RECENT_REPORTS = [
    ("SYT", 1, "Đã họp với các đơn vị phối hợp; tiến độ bảo đảm theo kế hoạch."),
    ("SGDDT", 4, "Đã kiểm tra thêm 6 nhóm trẻ độc lập; tổng hợp gửi Tổ thư ký trong tuần."),
    ("CAT", 9, "Đã khởi tố thêm 2 vụ việc; phối hợp Viện kiểm sát hướng dẫn thu thập chứng cứ."),
]


def build_plans(
    db,
    *,
    province_id: int,
    communes: list[tuple[int, str]],
    agencies: dict[str, int],
    secretariat: Actor,
    focal: dict[str, Actor],
    today: date,
) -> None:
    """Create the demo's plans; `communes` is (board id, agency code prefix)."""
    year = today.year
    ctx = _Builder(db, agencies, secretariat, focal, today)

    plan_a = plans.create_plan(
        db,
        secretariat,
        plans.PlanInput(
            board_id=province_id,
            code="86/KH-BĐH",
            year_from=year - 1,
            year_to=year,
            issue_date=date(year - 1, 8, 20),
            status="in_force",
            title="Kế hoạch thực hiện kết luận của Thủ tướng Chính phủ về công tác bảo vệ trẻ em "
            f"giai đoạn {year - 1}–{year}",
            basis="Thông báo số 324/TB-VPCP ngày 29/8/2018 của Văn phòng Chính phủ; Quyết định số "
            "1506/QĐ-LĐTĐ ngày 31/10/2018 của Bộ Lao động - Thương binh và Xã hội",
            purpose="Bảo đảm triển khai kịp thời, hiệu quả kết luận của Thủ tướng Chính phủ về công "
            "tác bảo vệ trẻ em; xác định cụ thể nội dung công việc và trách nhiệm của các cơ "
            "quan, ban ngành từ tỉnh tới cơ sở.",
            funding="Ngân sách Nhà nước; nguồn xã hội hóa.",
        ),
    )
    plans.save_section(db, secretariat, plan_a.id, number="I", title="Mục đích, yêu cầu")
    plans.save_section(db, secretariat, plan_a.id, number="II", title="Nội dung")
    plans.save_section(db, secretariat, plan_a.id, number="III", title="Kinh phí")
    org = plans.save_section(db, secretariat, plan_a.id, number="IV", title="Tổ chức thực hiện")
    start_a = date(year - 1, 8, 20)
    for number, title, duties in PLAN_A:
        section = plans.save_section(
            db, secretariat, plan_a.id, number=number, title=title, parent_id=org.id
        )
        for duty in duties:
            ctx.task(province_id, plan_a.id, section.id, start_a, *duty)
    # "định kỳ hằng năm báo cáo kết quả ... trước ngày 01/12"
    ids = tasks.create_task(
        db,
        secretariat,
        TaskInput(
            board_id=province_id,
            plan_id=plan_a.id,
            section_id=org.id,
            assigned_date=start_a,
            title="Báo cáo kết quả thực hiện Kế hoạch hằng năm gửi UBND tỉnh",
            lead_agency_id=agencies["SYT"],
            deadline_kind="recurring",
            recurrence_kind="yearly",
            recurrence_points="01/12",
            sector_id=ctx.sector_of("SYT"),
        ),
    )
    ctx.finish_past_occurrences(ids)

    start_b = min(date(year, 2, 28), today - 150 * D)
    plan_b = plans.create_plan(
        db,
        secretariat,
        plans.PlanInput(
            board_id=province_id,
            code="15/KH-BĐH",
            year_from=year,
            year_to=year,
            issue_date=start_b,
            status="in_force",
            title=f"Kế hoạch thực hiện nhiệm vụ trọng tâm công tác trẻ em năm {year}",
            basis="Luật Trẻ em; Nghị quyết số 121/2020/QH14; Chỉ thị số 36/CT-TTg; hướng dẫn nhiệm "
            "vụ trọng tâm công tác trẻ em của Bộ",
            purpose="Bảo đảm thực hiện quyền trẻ em, phòng ngừa và xử lý kịp thời các vụ việc xâm "
            "hại trẻ em; nâng cao hiệu quả phối hợp liên ngành.",
            funding="Ngân sách tỉnh bố trí trong dự toán năm; nguồn vận động hợp pháp.",
        ),
    )
    lines = plans.save_section(db, secretariat, plan_b.id, number="II", title="Nhiệm vụ trọng tâm")
    for duty in PLAN_B:
        ctx.task(province_id, plan_b.id, lines.id, start_b, *duty)
    reports = plans.save_section(db, secretariat, plan_b.id, number="III", title="Chế độ báo cáo")
    ids = tasks.create_task(
        db,
        secretariat,
        TaskInput(
            board_id=province_id,
            plan_id=plan_b.id,
            section_id=reports.id,
            assigned_date=start_b,
            title="Báo cáo kết quả công tác trẻ em 6 tháng và năm",
            lead_agency_id=agencies["SYT"],
            deadline_kind="recurring",
            recurrence_kind="half_yearly",
            recurrence_points="25/5; 20/11",
            sector_id=ctx.sector_of("SYT"),
            source_kind="document",
            source_number="478/LĐTBXH-TE",
            source_date=date(2022, 2, 28),
            source_issuer="Bộ Lao động - Thương binh và Xã hội",
        ),
    )
    ctx.finish_past_occurrences(ids)

    for board_id, prefix in communes:
        plan = plans.create_plan(
            db,
            secretariat,
            plans.PlanInput(
                board_id=board_id,
                code="05/KH-BBVTE",
                year_from=year,
                year_to=year,
                issue_date=start_b,
                status="in_force",
                title=f"Kế hoạch bảo vệ, chăm sóc trẻ em năm {year}",
            ),
        )
        for title, lead, coop, spec, outcome in COMMUNE_TASKS:
            ctx.task(
                board_id,
                plan.id,
                None,
                start_b,
                title,
                f"{prefix}-{lead}",
                tuple(f"{prefix}-{c}" for c in coop),
                spec,
                outcome,
            )
    ctx.recent_reports()


class _Builder:
    def __init__(self, db, agencies, secretariat, focal, today) -> None:
        self.db, self.agencies, self.secretariat = db, agencies, secretariat
        self.focal, self.today = focal, today
        self.open_led: dict[str, list[int]] = {}  # lead agency code -> its unfinished tasks
        from coordboard.services import catalogue

        cat = catalogue.load_catalogue(db, secretariat)
        self._sector = {a.id: a.sector_id for a in cat.agencies}

    def sector_of(self, code: str) -> int | None:
        return self._sector.get(self.agencies[code])

    def actor_for(self, code: str) -> Actor:
        return self.focal.get(code, self.secretariat)

    def _deadline(self, spec, start: date) -> tuple[str, dict]:
        if spec is None:
            return "none", {}
        if spec[0] == "on":
            _, month, day, offset = spec
            return "fixed", {"deadline": date(self.today.year + offset, month, day)}
        if spec[0] == "work":  # within N working days of a day
            return "relative", {"relative_base": self.today + spec[1] * D, "relative_days": spec[2]}
        return "fixed", {"deadline": self.today + spec[1] * D}

    def task(self, board_id, plan_id, section_id, start, title, lead, coop, spec, outcome) -> int:
        kind, fields = self._deadline(spec, start)
        deadline = fields.get("deadline") or fields.get("relative_base")
        assigned = min(start, deadline - 20 * D) if deadline else start
        (task_id,) = tasks.create_task(
            self.db,
            self.secretariat,
            TaskInput(
                board_id=board_id,
                plan_id=plan_id,
                section_id=section_id,
                title=title,
                lead_agency_id=self.agencies[lead],
                sector_id=self.sector_of(lead),
                cooperating_agency_ids=tuple(self.agencies[c] for c in coop),
                assigned_date=assigned,
                deadline_kind=kind,
                **fields,
            ),
        )
        self._outcome(task_id, lead, coop, deadline, assigned, outcome)
        if outcome is None or outcome[0] in ("progress", "late", "extended"):
            self.open_led.setdefault(lead, []).append(task_id)
        return task_id

    def recent_reports(self) -> None:
        """The departments with a focal point reported in the last days, so the dashboard's
        latest reports are recent and those agencies are not among the silent ones."""
        for code, days_ago, text in RECENT_REPORTS:
            for task_id in self.open_led.get(code, [])[:1]:
                tasks.add_update(
                    self.db,
                    self.actor_for(code),
                    task_id,
                    ProgressInput(update_date=self.today - days_ago * D, text=text),
                )

    def _outcome(self, task_id, lead, coop, deadline, assigned, outcome) -> None:
        if outcome is None:
            return
        who = self.actor_for(lead)
        mid = min(self.today, assigned + (self.today - assigned) / 2)
        kind = outcome[0]
        if coop:  # a co-operating agency reports its part
            tasks.add_update(
                self.db,
                self.actor_for(coop[0]),
                task_id,
                ProgressInput(
                    update_date=mid, text="Đã cử cán bộ phối hợp và gửi số liệu của ngành."
                ),
            )
        if kind == "done":
            on = min(self.today - D, deadline + outcome[1] * D)
            tasks.add_update(
                self.db,
                who,
                task_id,
                ProgressInput(
                    update_date=on,
                    text="Đã hoàn thành; báo cáo kết quả gửi Tổ thư ký.",
                    new_status="done",
                    completed_on=on,
                ),
            )
        elif kind == "progress":
            tasks.add_update(
                self.db,
                who,
                task_id,
                ProgressInput(
                    update_date=mid,
                    text=outcome[2] or "Đang triển khai theo kế hoạch.",
                    percent=outcome[1] or None,
                    new_status="in_progress",
                ),
            )
        elif kind == "late":
            tasks.add_update(
                self.db,
                who,
                task_id,
                ProgressInput(
                    update_date=mid, text=outcome[1], percent=50, new_status="in_progress"
                ),
            )
        elif kind == "extended":
            tasks.add_update(
                self.db,
                who,
                task_id,
                ProgressInput(update_date=mid, text="Đã kiểm tra 9/15 cơ sở.", percent=60),
            )
            tasks.add_extension(
                self.db,
                self.secretariat,
                task_id,
                new_deadline=deadline + outcome[1] * D,
                reason=outcome[2],
                approved_by="Phó Chủ tịch UBND tỉnh, Trưởng Ban Điều hành",
                approved_on=min(self.today, deadline - 2 * D),
            )
        elif kind in ("suspended", "cancelled"):
            tasks.add_update(
                self.db,
                self.secretariat,
                task_id,
                ProgressInput(update_date=mid, text=outcome[1], new_status=kind),
            )

    def finish_past_occurrences(self, ids) -> None:
        """Occurrences whose date is more than 10 days past were reported two days early."""
        for task_id in ids:
            detail = tasks.get_task(self.db, self.secretariat, task_id)
            due = detail.row.deadline
            if due is not None and due < self.today - 10 * D:
                on = max(detail.data.assigned_date, due - 2 * D)
                tasks.add_update(
                    self.db,
                    self.actor_for("SYT"),
                    task_id,
                    ProgressInput(
                        update_date=on,
                        text="Đã gửi báo cáo đúng hạn.",
                        new_status="done",
                        completed_on=on,
                    ),
                )
