"""Section II of a progress report (Kết quả thực hiện): the overall numbers, each plan section
(or plan) with its tasks and their latest update, and the numbers per sector.

The data is a `reports.ReportData`, read as it is handed in (this package imports no use case);
the status classes are named through coordboard.rules.status.
"""

from __future__ import annotations

from coordboard.rules import status as cl
from coordboard.services.documents.formats import percent
from coordboard.services.documents.formats import vn_short_date as vn_date
from coordboard.services.documents.model import Block, Heading, Paragraph, Run

# the status classes as a report writes them (document content is Vietnamese by nature)
CLASS_TEXT = {
    cl.DONE_ON_TIME: "Hoàn thành đúng hạn",
    cl.DONE_LATE: "Hoàn thành quá hạn",
    cl.IN_PROGRESS: "Đang thực hiện trong hạn",
    cl.DUE_SOON: "Đang thực hiện, sắp đến hạn",
    cl.OVERDUE: "Chưa hoàn thành, quá hạn",
    cl.NO_DEADLINE: "Không xác định thời hạn",
    cl.SUSPENDED: "Tạm dừng thực hiện",
    cl.CANCELLED: "Hủy bỏ",
    cl.CARRIED_OVER: "Chuyển sang kế hoạch sau",
}


def results_section(data) -> list[Block]:
    out: list[Block] = [Heading("II. KẾT QUẢ THỰC HIỆN MỤC TIÊU, CHỈ TIÊU, NHIỆM VỤ")]
    if data.empty:
        scope = f"theo {data.subject}" if data.subject else f"của {data.board_name}"
        out.append(
            Paragraph.of(
                f"Trong kỳ báo cáo, chưa có nhiệm vụ nào {scope} được giao để theo dõi, đánh giá."
            )
        )
        return out
    c, rate = data.counts, data.rate
    out += [
        Heading("1. Kết quả chung", level=2),
        Paragraph.of(f"Tổng số nhiệm vụ theo dõi trong kỳ: {c.total} nhiệm vụ, trong đó:"),
    ]
    lines = [
        ("Hoàn thành đúng hạn", c[cl.DONE_ON_TIME]),
        ("Hoàn thành quá hạn", c[cl.DONE_LATE]),
        ("Đang thực hiện trong hạn", c.in_progress_within_deadline),
        ("Chưa hoàn thành, quá hạn", c[cl.OVERDUE]),
    ]
    for label, n in lines:
        extra = ""
        if label.startswith("Đang") and c[cl.DUE_SOON]:
            extra = f", trong đó {c[cl.DUE_SOON]} nhiệm vụ đến hạn trong {data.soon_days} ngày tới"
        out.append(Paragraph.of(f"- {label}: {n} nhiệm vụ ({percent(n, c.total)}%){extra};"))
    apart = [
        (cl.NO_DEADLINE, "không xác định thời hạn"),
        (cl.SUSPENDED, "tạm dừng"),
        (cl.CANCELLED, "hủy bỏ"),
        (cl.CARRIED_OVER, "chuyển sang kế hoạch sau"),
    ]
    apart_text = ", ".join(f"{c[k]} nhiệm vụ {label}" for k, label in apart if c[k])
    if apart_text:
        out.append(Paragraph.of(f"- Tính riêng: {apart_text}."))
    if rate.due:
        out.append(
            Paragraph.of(
                f"Tỷ lệ hoàn thành các nhiệm vụ đã đến hạn: {percent(rate.done, rate.due)}% "
                f"({rate.done}/{rate.due} nhiệm vụ), trong đó hoàn thành đúng hạn "
                f"{percent(rate.done_on_time, rate.due)}%."
            )
        )
    notes = []
    if data.extended:
        notes.append(f"{data.extended} nhiệm vụ được gia hạn")
    if data.recurring:
        notes.append(f"{data.recurring} nhiệm vụ định kỳ")
    if notes:
        out.append(Paragraph.of(f"Trong tổng số nhiệm vụ có {' và '.join(notes)}."))

    heading = (
        "2. Kết quả theo nội dung kế hoạch"
        if data.subject
        else "2. Kết quả theo kế hoạch, văn bản giao nhiệm vụ"
    )
    out.append(Heading(heading, level=2))
    for section in data.sections:
        out.append(Heading(section.title, level=3))
        if section.tasks:
            out.append(Paragraph.of(_section_counts(section.tasks)))
        out += [_task_paragraph(t) for t in section.tasks]

    out.append(Heading("3. Kết quả theo lĩnh vực", level=2))
    for g in data.by_sector:
        gc = g.counts
        done = f"đã hoàn thành {gc.done}" + (
            f" ({gc[cl.DONE_ON_TIME]} đúng hạn)" if gc.done else ""
        )
        out.append(
            Paragraph.of(
                f"- {g.name}: {gc.total} nhiệm vụ; {done}; đang thực hiện trong hạn "
                f"{gc.in_progress_within_deadline}; quá hạn {gc[cl.OVERDUE]}."
            )
        )
    out.append(Paragraph.of("(Chi tiết tại Biểu 1, Biểu 2 và Biểu 3 kèm theo.)"))
    return out


def _section_counts(lines) -> str:
    n = len(lines)
    done = sum(t.status_class in (cl.DONE_ON_TIME, cl.DONE_LATE) for t in lines)
    overdue = sum(t.status_class == cl.OVERDUE for t in lines)
    going = sum(t.status_class in (cl.IN_PROGRESS, cl.DUE_SOON) for t in lines)
    return (
        f"Số nhiệm vụ: {n}; đã hoàn thành: {done}; đang thực hiện trong hạn: {going}; "
        f"quá hạn: {overdue}."
    )


def task_status_text(t) -> str:
    """ "Hoàn thành đúng hạn (ngày 20/06/2026)", "Chưa hoàn thành, quá hạn 12 ngày"."""
    text = CLASS_TEXT.get(t.status_class, t.status_class)
    if t.status_class in (cl.DONE_ON_TIME, cl.DONE_LATE) and t.completed_on:
        text += f" (ngày {vn_date(t.completed_on)})"
    elif t.status_class == cl.OVERDUE:
        text += f" {t.days_overdue} ngày"
    elif t.status_class in (cl.IN_PROGRESS, cl.DUE_SOON) and t.percent:
        text += f" (đạt {t.percent}%)"
    return text


def _deadline_text(t) -> str:
    if t.effective_deadline is None:
        return "không xác định thời hạn"
    text = f"thời hạn {vn_date(t.deadline or t.effective_deadline)}"
    if t.extended and t.effective_deadline != t.deadline:
        text += f", gia hạn đến {vn_date(t.effective_deadline)}"
    if t.recurring:
        text += ", định kỳ"
    return text


def _task_paragraph(t) -> Paragraph:
    """ "- Title (Agency chủ trì; thời hạn ...): *status*. Cập nhật ngày ...: ..." in three runs
    (a plan of thousands of tasks renders in proportion to its runs)."""
    after = "."
    u = t.latest_update
    if u is not None and u.text:
        who = f", {u.who}" if u.who else ""
        after += f" Cập nhật ngày {vn_date(u.update_date)}{who}: {u.text.rstrip('.')}."
    return Paragraph(
        (
            Run(f"- {t.title} ({t.lead_agency_name} chủ trì; {_deadline_text(t)}): "),
            Run(task_status_text(t), italic=True),
            Run(after),
        )
    )
