"""The demo's plans and tasks, shaped on the seed documents.

- Plan A follows seed 001: a province's implementation plan whose "Tổ chức thực hiện" assigns
  duties to each department, with a "sector plans by 20/9" deadline and a yearly report
  "before 01/12" (the standing agency for child affairs is now the Department of Health).
- Plan B follows seed 003: the year's ten priority lines, and the 6-month / annual reports due
  before 25/5 and 20/11.
- Each commune board has a small plan of its own.

The duties' texts, lead agencies, deadlines and outcomes are the tables of demo.plan_data.

Dates are placed around the day the demo is built, so every status class is present on that
day: done on time, done late, in progress, due soon, overdue, no deadline, suspended, cancelled,
an extended deadline, a recurring duty and a relative deadline in working days.
"""

from __future__ import annotations

from datetime import date, timedelta

from coordboard.services import catalogue, plans, tasks
from coordboard.services.actor import Actor
from coordboard.services.demo.plan_data import COMMUNE_TASKS, PLAN_A, PLAN_B, RECENT_REPORTS
from coordboard.services.tasks import ProgressInput, TaskInput

D = timedelta(days=1)


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
