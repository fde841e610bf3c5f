"""Báo cáo kết quả thực hiện (progress report) on the shared ND 30/2020 document model.

I. direction and coordination (meetings and their conclusions); II. results
(report_results.py); III. assessment (the edited texts); IV. next period's tasks; V. proposals;
then the annex from a new page: the tables of report_annex.py and the dashboard's charts as
pictures, drawn by the caller at CHART_WIDTH_MM and CHART_DPI. The number stays blank: a report
gets its number when the chair signs it.

Builders take data: `data` is a `reports.ReportData` and `texts` its `AssessmentTexts`, read as
they are handed in; this package imports no use case.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coordboard.rules import status as cl
from coordboard.services.documents.formats import SMALLEST_TABLE_SIZE
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
from coordboard.services.documents.report_annex import (
    APART_NOTE,
    AnnexTable,
    annex_tables,
    cell_text,
)
from coordboard.services.documents.report_results import results_section

ROMAN = ("I", "II", "III", "IV", "V")
CHART_WIDTH_MM = 160
CHART_DPI = 160  # above the 150 dpi asked for: pixel rounding never takes it under
MEETING_KIND_TEXT = {
    "regular": "họp định kỳ",
    "six_month_review": "hội nghị sơ kết 6 tháng",
    "annual_review": "hội nghị tổng kết năm",
    "ad_hoc": "họp đột xuất",
    "thematic": "họp chuyên đề",
}
# the words that name a meeting's kind in its title ("Hội nghị sơ kết 6 tháng đầu năm")
KIND_WORDS = {
    "regular": "định kỳ",
    "six_month_review": "sơ kết",
    "annual_review": "tổng kết",
    "ad_hoc": "đột xuất",
    "thematic": "chuyên đề",
}
# tasks listed one by one in IV (the others are counted; Biểu 3 lists every overdue one)
LISTED_OPEN = 50


@dataclass(frozen=True)
class ChartPicture:
    """One chart of the annex, drawn CHART_WIDTH_MM wide at CHART_DPI: the PNG and what it
    shows ("Tình hình thực hiện nhiệm vụ theo lĩnh vực"; the builder numbers it)."""

    png: bytes
    caption: str


def build_report(data, texts, charts: Sequence[ChartPicture] = ()) -> Document:
    """`data`: reports.ReportData; `texts`: reports.AssessmentTexts (III and V); `charts`: the
    annex's pictures, in order (none: an annex of tables only)."""
    head = data.letterhead
    title = [f"Kết quả thực hiện nhiệm vụ {data.period.label}"]
    if data.subject:
        title.append(f"theo {data.subject}")
    body: list[Block] = [_opening(data)]
    body += _direction(data)
    body += results_section(data)
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


def _annex(data, charts: Sequence[ChartPicture]) -> tuple[Block, ...]:
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
        out += chart_blocks(charts)
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
            size=SMALLEST_TABLE_SIZE,  # the annexes have many columns
            bold_rows=table.bold_rows,
            landscape=table.landscape,
        )
    ]


def chart_blocks(charts: Sequence[ChartPicture]) -> list[Block]:
    """The charts under a heading, numbered, at their printed width."""
    out: list[Block] = [Paragraph.of("BIỂU ĐỒ", bold=True, align="center", indent=False)]
    for n, chart in enumerate(charts, start=1):
        out.append(Image(chart.png, CHART_WIDTH_MM, caption=f"Biểu đồ {n}. {chart.caption}"))
    return out
