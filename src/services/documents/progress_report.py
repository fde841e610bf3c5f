"""Báo cáo kết quả thực hiện (progress report) on the shared ND 30/2020 document model.

I. direction and coordination (meetings and their conclusions); II. results (overall, per plan
section or plan, per sector, each task with its latest update); III. assessment (the edited
texts); IV. next period's tasks; V. proposals; then the annex from a new page: the tables of
services/report_tables.py and the dashboard's charts as pictures (160 dpi at their printed
width). The number stays blank: a report gets its number when the chair signs it.
"""

from __future__ import annotations

from coordboard.services.documents.formats import vn_short_date as vn_date
from coordboard.services.documents.line_breaks import fit_lines
from coordboard.services.documents.model import (
    Block,
    Column,
    Document,
    Header,
    Heading,
    Image,
    Paragraph,
    Run,
    SignatureColumn,
    Table,
)
from coordboard.services.reports.tables import APART_NOTE, AnnexTable, annex_tables, cell_text
from coordboard.services.tasks import classification as cl

ROMAN = ("I", "II", "III", "IV", "V")
CHART_WIDTH_MM = 160
CHART_DPI = 160  # above the 150 dpi asked for: pixel rounding never takes it under
TABLE_SIZE = 12  # the annex tables: the smallest size ND 30 allows, for their many columns
#: the words that name a meeting's kind in its title ("Hội nghị sơ kết 6 tháng đầu năm")
KIND_WORDS = {
    "regular": "định kỳ",
    "six_month_review": "sơ kết",
    "annual_review": "tổng kết",
    "ad_hoc": "đột xuất",
    "thematic": "chuyên đề",
}
#: tasks listed one by one in IV (the others are counted; Biểu 3 lists every overdue one)
LISTED_OPEN = 50


def build_report(data, texts, charts: bool = True) -> Document:
    """`data`: reports.ReportData; `texts`: reports.AssessmentTexts (III and V)."""
    head = data.letterhead
    title = [f"Kết quả thực hiện nhiệm vụ {data.period.label}"]
    if data.subject:
        title.append(f"theo {data.subject}")
    body: list[Block] = [_opening(data)]
    body += _direction(data)
    body += _results(data)
    body += _assessment(texts)
    body += _next_period(data)
    body += [Heading("V. KIẾN NGHỊ, ĐỀ XUẤT"), *_paragraphs(texts.proposals)]
    reported_to = f" kính báo cáo {data.governing}" if data.governing else ""
    body.append(
        Paragraph.of(
            f"Trên đây là báo cáo kết quả thực hiện nhiệm vụ {data.period.label}"
            f" của {data.board_name}{reported_to}."
        )
    )
    recipients = [f"{data.governing} (để báo cáo)"] if data.governing else []
    recipients.append(f"Thành viên {data.board_name}")
    return Document(
        header=Header(
            governing_body=head.governing_body,
            issuing_body=fit_lines(head.issuing_body),
            number=head.number(None, "BC"),
            place=head.place,
            date=data.as_of,
        ),
        kind_title="BÁO CÁO",
        title_lines=tuple(title),
        body=tuple(body),
        signatures=(
            SignatureColumn(data.signer.authority, data.signer.position, data.signer.name),
        ),
        recipients=tuple(recipients),
        archive="VT",
        annex=() if data.empty else _annex(data, charts),
    )


def _paragraphs(text: str) -> list[Paragraph]:
    return [Paragraph.of(line.strip()) for line in (text or "").split("\n") if line.strip()]


def _opening(data) -> Paragraph:
    basis = ""
    if data.subject:
        issued = f" ngày {vn_date(data.plan_issue_date)}" if data.plan_issue_date else ""
        basis = f"Thực hiện {data.subject}{issued} của {data.board_name}, "
    if data.as_of < data.period.end:
        window = f"số liệu từ ngày {vn_date(data.period.start)} đến ngày {vn_date(data.as_of)}"
    else:
        window = f"số liệu từ ngày {vn_date(data.period.start)} đến ngày {vn_date(data.period.end)}"
    who = data.board_name if not basis else data.board_name[:1].lower() + data.board_name[1:]
    text = (
        f"{basis}{who} báo cáo kết quả thực hiện nhiệm vụ {data.period.label} ({window}) như sau:"
    )
    return Paragraph.of(text[:1].upper() + text[1:])


# --- I. direction and coordination ------------------------------------------------------------


def _direction(data) -> list[Block]:
    out: list[Block] = [Heading("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")]
    if not data.meetings:
        out.append(Paragraph.of(f"Trong kỳ báo cáo, {data.board_name} chưa tổ chức cuộc họp nào."))
    else:
        out.append(
            Paragraph.of(
                f"Trong kỳ báo cáo, {data.board_name} đã tổ chức {len(data.meetings)} cuộc họp:"
            )
        )
    for n, m in enumerate(data.meetings, start=1):
        from coordboard.services.reports import MEETING_KIND_TEXT

        where = f" tại {m.place}" if m.place else ""
        kind = MEETING_KIND_TEXT.get(m.kind, "họp")
        # "(họp định kỳ)" only when the title does not say it already
        said = KIND_WORDS.get(m.kind, "họp")
        kind = "" if said in m.title.lower() else f" ({kind})"
        out.append(
            Paragraph(
                (
                    Run(f"{n}. {m.title}", bold=True),
                    Run(f"{kind}, ngày {vn_date(m.day)}{where}."),
                )
            )
        )
        if not m.conclusions:
            out.append(Paragraph.of("Cuộc họp chưa ghi nhận kết luận."))
            continue
        out.append(Paragraph.of("Kết luận của chủ trì cuộc họp:"))
        for c in m.conclusions:
            stand = ""
            if c.tasks:
                stand = f" (giao {c.tasks} nhiệm vụ: đã hoàn thành {c.done}, quá hạn {c.overdue})"
            text = " ".join(c.text.split())
            out.append(Paragraph.of(f"- {text.rstrip('.;')}{stand};"))
    if data.reminders_sent:
        out.append(
            Paragraph.of(
                f"Ban đã ban hành {data.reminders_sent} công văn đôn đốc các "
                "cơ quan thực hiện nhiệm vụ quá hạn, sắp đến hạn."
            )
        )
    return out


# --- II. results ------------------------------------------------------------------------------


def _results(data) -> list[Block]:
    out: list[Block] = [Heading("II. KẾT QUẢ THỰC HIỆN MỤC TIÊU, CHỈ TIÊU, NHIỆM VỤ")]
    if data.empty:
        scope = f"theo {data.subject}" if data.subject else f"của {data.board_name}"
        out.append(
            Paragraph.of(
                f"Trong kỳ báo cáo, chưa có nhiệm vụ nào {scope} được giao để theo dõi, đánh giá."
            )
        )
        return out
    from coordboard.services.reports import percent

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
    from coordboard.services.reports import CLASS_TEXT

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


# --- III, IV ----------------------------------------------------------------------------------


def _assessment(texts) -> list[Block]:
    out: list[Block] = [Heading("III. ĐÁNH GIÁ CHUNG"), Heading("1. Kết quả đạt được", level=2)]
    out += _paragraphs(texts.results)
    out.append(Heading("2. Tồn tại, hạn chế", level=2))
    out += _paragraphs(texts.shortcomings)
    out.append(Heading("3. Nguyên nhân", level=2))
    out += _paragraphs(texts.causes)
    return out


def _next_period(data) -> list[Block]:
    out: list[Block] = [Heading("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI")]
    c = data.counts
    if data.open_tasks:
        going = data.open_tasks - c[cl.OVERDUE]
        text = (
            f"1. Tiếp tục chỉ đạo thực hiện {data.open_tasks} nhiệm vụ chưa hoàn thành, "
            f"trong đó {going} nhiệm vụ đang thực hiện"
        )
        if c[cl.OVERDUE]:
            text += f" và {c[cl.OVERDUE]} nhiệm vụ quá hạn cần tập trung hoàn thành ngay:"
            out.append(Paragraph.of(text))
            for t in data.overdue[:LISTED_OPEN]:
                out.append(
                    Paragraph.of(
                        f"- {t.title} ({t.lead_agency_name} chủ trì; quá hạn "
                        f"{t.days_overdue} ngày);"
                    )
                )
            if len(data.overdue) > LISTED_OPEN:
                out.append(
                    Paragraph.of(
                        f"- và {len(data.overdue) - LISTED_OPEN} nhiệm vụ quá hạn khác (Biểu 3)."
                    )
                )
        else:
            out.append(Paragraph.of(text + "."))
    label = data.next_period.label
    number = "2." if data.open_tasks else "1."
    if data.next_due:
        out.append(Paragraph.of(f"{number} Các nhiệm vụ đến hạn trong kỳ tới ({label}):"))
        for t in data.next_due[:LISTED_OPEN]:
            recurring = ", định kỳ" if t.recurring else ""
            out.append(
                Paragraph.of(
                    f"- {t.title} ({t.lead_agency_name} chủ trì; thời hạn "
                    f"{vn_date(t.effective_deadline)}{recurring});"
                )
            )
        if len(data.next_due) > LISTED_OPEN:
            out.append(Paragraph.of(f"- và {len(data.next_due) - LISTED_OPEN} nhiệm vụ khác."))
    else:
        out.append(
            Paragraph.of(
                f"{number} Chưa có nhiệm vụ nào được giao với thời hạn trong kỳ tới ({label})."
            )
        )
    return out


# --- the annex --------------------------------------------------------------------------------


def _annex(data, charts: bool) -> tuple[Block, ...]:
    out: list[Block] = [
        Paragraph.of("PHỤ LỤC", bold=True, align="center", indent=False),
        Paragraph.of(
            f"(Kèm theo Báo cáo kết quả thực hiện nhiệm vụ {data.period.label} của "
            f"{data.board_name})",
            italic=True,
            align="center",
            indent=False,
        ),
    ]
    by_sector, by_agency, overdue = annex_tables(data)
    out += doc_table(by_sector)
    out += doc_table(by_agency)
    out.append(Paragraph.of(APART_NOTE, italic=True, indent=False, size=12))
    out += doc_table(overdue)
    if charts:
        out += chart_blocks(data)
    return tuple(out)


def doc_table(table: AnnexTable) -> list[Block]:
    if not table.rows:
        return [
            Paragraph.of(table.title, bold=True, align="center", indent=False),
            Paragraph.of(table.empty_text, indent=False, align="center"),
        ]
    return [
        Table(
            columns=tuple(Column(c.title, c.width_mm, c.align) for c in table.columns),
            rows=tuple(tuple(cell_text(v) for v in row) for row in table.rows),
            title=table.title,
            size=TABLE_SIZE,
            bold_rows=table.bold_rows,
            landscape=table.landscape,
        )
    ]


def chart_blocks(data) -> list[Block]:
    """The dashboard's three charts (services/charts.py), drawn for the report's numbers."""
    from coordboard.services.dashboard import CHART_CLASSES, charts

    source = chart_source(data)
    stacked = [CHART_LEGEND[c] for c in CHART_CLASSES]
    width = CHART_WIDTH_MM / 25.4  # drawn at the printed size: 9 pt labels print at 9 pt
    figures = (
        (
            charts.sector_chart(source, (width, _bars_height(source.by_sector))),
            stacked,
            "Tình hình thực hiện nhiệm vụ theo lĩnh vực",
        ),
        (
            charts.agency_chart(source, (width, _bars_height(source.by_lead_agency))),
            stacked,
            "Tình hình thực hiện nhiệm vụ theo cơ quan chủ trì",
        ),
        (
            charts.monthly_chart(source, (width, 2.8)),
            MONTHLY_LEGEND,
            "Nhiệm vụ đến hạn và đã hoàn thành theo tháng",
        ),
    )
    out: list[Block] = [Paragraph.of("BIỂU ĐỒ", bold=True, align="center", indent=False)]
    for n, (figure, legend, caption) in enumerate(figures, start=1):
        _in_vietnamese(figure, legend)
        out.append(
            Image(
                charts.figure_png(figure, dpi=CHART_DPI),
                CHART_WIDTH_MM,
                caption=f"Biểu đồ {n}. {caption}",
            )
        )
    return out


def _bars_height(rows) -> float:
    """Inches: room for the legend and axis, and a quarter inch a bar."""
    return min(max(1.0 + 0.26 * len(rows), 2.2), 5.0)


CHART_LEGEND = {
    cl.OVERDUE: "Quá hạn",
    cl.DUE_SOON: "Sắp đến hạn",
    cl.IN_PROGRESS: "Đang thực hiện trong hạn",
    cl.DONE_ON_TIME: "Hoàn thành đúng hạn",
    cl.DONE_LATE: "Hoàn thành quá hạn",
}
MONTHLY_LEGEND = ("Đến hạn", "Hoàn thành đúng hạn", "Hoàn thành quá hạn")


def _in_vietnamese(figure, legend) -> None:
    """The dashboard's figures speak the interface's language; a report is Vietnamese whatever
    it is: the caption under the picture replaces the title, the legend is said again."""
    if getattr(figure, "_suptitle", None) is not None:
        figure._suptitle.set_text("")
    for ax in figure.axes:
        for loc in ("left", "center", "right"):
            ax.set_title("", loc=loc)
        box = ax.get_legend()
        if box is not None:
            for text, label in zip(box.get_texts(), legend):
                text.set_text(label)


def chart_source(data):
    """The report's numbers in the shape the dashboard's chart builders read (a Dashboard's
    by_sector, by_lead_agency, lead_agency_total and monthly); each bar's filter lists the
    same tasks on the Tasks page."""
    from dataclasses import replace
    from datetime import timedelta
    from types import SimpleNamespace

    from coordboard.services.dashboard import TOP_AGENCIES, GroupRow, MonthRow
    from coordboard.services.tasks import TaskFilter

    q = data.query
    scope = TaskFilter(
        board_id=q.board_id,
        include_child_boards=q.include_child_boards,
        plan_id=q.plan_id,
        as_of=data.as_of,
    )
    sectors = tuple(
        GroupRow(
            g.id, g.name, g.counts, replace(scope, sector_id=g.id) if g.id is not None else None
        )
        for g in data.by_sector
    )
    agencies = tuple(
        GroupRow(g.id, g.name, g.counts, replace(scope, lead_agency_id=g.id), g.short_name)
        for g in data.by_agency[:TOP_AGENCIES]
    )
    months = []
    for m in data.monthly:
        following = (m.month.replace(day=28) + timedelta(days=4)).replace(day=1)
        window = replace(
            scope,
            deadline_from=max(m.month, data.period.start),
            deadline_to=min(following - timedelta(days=1), data.as_of),
        )
        months.append(
            MonthRow(
                m.month,
                m.due,
                m.done,
                m.done_on_time,
                replace(window, classes=(cl.OVERDUE, cl.DONE_ON_TIME, cl.DONE_LATE)),
                replace(window, classes=(cl.DONE_ON_TIME, cl.DONE_LATE)),
            )
        )
    return SimpleNamespace(
        by_sector=sectors,
        by_lead_agency=agencies,
        lead_agency_total=len(data.by_agency),
        monthly=tuple(months),
    )
