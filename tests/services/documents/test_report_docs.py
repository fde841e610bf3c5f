"""The progress report and its annex as files: ND 30/2020 form, the parts I-V in order, the
annex tables' numbers (by hand, documents/report_sample.py), the charts as inline pictures of
at least 150 dpi, the secretary's edited texts, the XLSX annex, and the PDF."""

from __future__ import annotations

import unicodedata
from datetime import datetime

import pytest
from docx import Document as open_docx
from docx.enum.section import WD_ORIENT
from openpyxl import load_workbook

from coordboard.services import plans, reports
from coordboard.services.reports import AssessmentTexts, ReportOptions, ReportQuery
from services.documents.nd30 import assert_nd30, docx_lines
from services.documents.report_sample import AS_OF, H1, PLAN_CODE, TITLES, build_sample

PARTS = (
    "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
    "II. KẾT QUẢ THỰC HIỆN MỤC TIÊU, CHỈ TIÊU, NHIỆM VỤ",
    "III. ĐÁNH GIÁ CHUNG",
    "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
    "V. KIẾN NGHỊ, ĐỀ XUẤT",
)
# Biểu 1 by hand: sector, total, on time, late, in progress within deadline, overdue, apart
BY_SECTOR = [
    ["1", "Y tế", "6", "2", "0", "1", "1", "2"],
    ["2", "Giáo dục và đào tạo", "3", "0", "1", "0", "1", "1"],
    ["3", "Công an", "2", "0", "0", "1", "1", "0"],
    ["", "Tổng cộng", "11", "2", "1", "2", "3", "3"],
]
pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # the files do not depend on it


@pytest.fixture
def sample(db, secretariat, world):
    return build_sample(db, secretariat, world)


def annex_tables(docx) -> list[list[list[str]]]:
    """The bordered data tables (the header and signature tables are borderless)."""
    return [
        [[c.text for c in row.cells] for row in t.rows]
        for t in docx.tables
        if t.style is not None and t.style.name == "Table Grid"
    ]


def query(world, sample) -> ReportQuery:
    return ReportQuery(world.province, H1, sample.plan_id, AS_OF)


def test_the_report_is_an_nd30_document_with_its_five_parts(
    db, secretariat, world, sample, tmp_path
):
    written = reports.export_report(db, secretariat, query(world, sample), tmp_path / "bc.docx")
    facts = assert_nd30(
        written.path,
        kind_title="BÁO CÁO",
        number_pattern=r"^Số: +/BC-BĐH$",
        signature_titles=("TM. BAN ĐIỀU HÀNH", "TRƯỞNG BAN"),
        recipients=(
            "Ủy ban nhân dân tỉnh Vĩnh Long (để báo cáo)",
            "Thành viên Ban Điều hành công tác trẻ em tỉnh Vĩnh Long",
            "Lưu: VT",
        ),
    )
    assert facts.title == [
        "BÁO CÁO",
        "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026",
        f"theo Kế hoạch số {PLAN_CODE}",
    ]
    assert "Vĩnh Long, ngày 30 tháng 6 năm 2026" in facts.header_right
    body = facts.body
    positions = [body.index(part) for part in PARTS]
    assert positions == sorted(positions)
    text = facts.body_text
    assert "(số liệu từ ngày 01/01/2026 đến ngày 30/06/2026)" in text
    # I: the meeting held in the period and its conclusion's task
    assert "1. Họp Ban Điều hành quý I năm 2026 (họp định kỳ), ngày 20/03/2026" in text
    assert "(giao 1 nhiệm vụ: đã hoàn thành 0, quá hạn 1)" in text
    assert "Họp chuyên đề chưa tổ chức" not in text
    # II: the overall numbers, each task with its latest update as of 30/06
    assert "Tổng số nhiệm vụ theo dõi trong kỳ: 11 nhiệm vụ, trong đó:" in text
    assert "- Chưa hoàn thành, quá hạn: 3 nhiệm vụ (27,3%);" in text
    assert "Tỷ lệ hoàn thành các nhiệm vụ đã đến hạn: 50% (3/6 nhiệm vụ)" in text
    line = next(t for t in body if t.startswith(f"- {TITLES['overdue']}"))
    assert line == (
        f"- {TITLES['overdue']} (Sở Giáo dục và Đào tạo chủ trì; thời hạn "
        "15/05/2026): Chưa hoàn thành, quá hạn 46 ngày. Cập nhật ngày 10/04/2026, "
        "Tổ thư ký: Đang xây dựng dự thảo quy chế."
    )
    assert any(
        t.startswith(
            f"- {TITLES['extended']} (Công an tỉnh chủ trì; thời hạn "
            "30/04/2026, gia hạn đến 31/05/2026)"
        )
        for t in body
    )
    assert not any(TITLES[k] in text for k in ("done_before", "other_board", "conclusion"))
    # IV: the recurring duty's next occurrence falls due in the next period
    assert "Các nhiệm vụ đến hạn trong kỳ tới (6 tháng cuối năm 2026):" in text
    assert f"- {TITLES['recurring']} (Sở Y tế chủ trì; thời hạn 20/11/2026, định kỳ);" in text
    assert body[-1].endswith("kính báo cáo Ủy ban nhân dân tỉnh Vĩnh Long./.")

    # the annex: Biểu 1-3 after "Nơi nhận", the overdue list on a landscape page
    sector_table, agency_table, overdue_table = annex_tables(facts.docx)
    assert sector_table[1:] == BY_SECTOR
    assert [r[1] for r in agency_table[1:]] == [
        "Công an tỉnh",
        "Sở Giáo dục và Đào tạo",
        "Sở Y tế",
        "Tổng cộng",
    ]
    assert overdue_table[0] == [
        "STT",
        "Nhiệm vụ",
        "Cơ quan chủ trì",
        "Văn bản giao",
        "Thời hạn giao",
        "Gia hạn",
        "Số ngày quá hạn",
        "Cập nhật gần nhất",
    ]
    assert overdue_table[1:] == [
        [
            "1",
            TITLES["overdue"],
            "Sở Giáo dục và Đào tạo",
            f"Kế hoạch số {PLAN_CODE}",
            "15/05/2026",
            "",
            "46",
            "10/04/2026: Đang xây dựng dự thảo quy chế",
        ],
        [
            "2",
            TITLES["extended"],
            "Công an tỉnh",
            f"Kế hoạch số {PLAN_CODE}",
            "30/04/2026",
            "30/04/2026 → 31/05/2026 (Chờ kết quả giám định)",
            "30",
            "Chưa có báo cáo",
        ],
        [
            "3",
            TITLES["done_after"],
            "Sở Y tế",
            f"Kế hoạch số {PLAN_CODE}",
            "15/06/2026",
            "",
            "15",
            "Chưa có báo cáo",
        ],
    ]
    assert any(s.orientation == WD_ORIENT.LANDSCAPE for s in facts.docx.sections)
    assert "PHỤ LỤC" in facts.annex and "BIỂU ĐỒ" in facts.annex


def test_the_charts_are_inline_pictures_of_at_least_150_dpi(
    db, secretariat, world, sample, tmp_path
):
    written = reports.export_report(db, secretariat, query(world, sample), tmp_path / "bc.docx")
    docx = open_docx(str(written.path))
    shapes = docx.inline_shapes
    assert len(shapes) == 3
    for shape in shapes:
        image = docx.part.related_parts[
            shape._inline.graphic.graphicData.pic.blipFill.blip.embed
        ].image
        assert image.content_type == "image/png"
        assert image.px_width / shape.width.inches >= 150  # as printed
        assert image.horz_dpi >= 150
    lines = docx_lines(docx)
    assert [t for t in lines if t.startswith("Biểu đồ ")] == [
        "Biểu đồ 1. Tình hình thực hiện nhiệm vụ theo lĩnh vực",
        "Biểu đồ 2. Tình hình thực hiện nhiệm vụ theo cơ quan chủ trì",
        "Biểu đồ 3. Nhiệm vụ đến hạn và đã hoàn thành theo tháng",
    ]
    without = reports.export_report(
        db,
        secretariat,
        query(world, sample),
        tmp_path / "no-charts.docx",
        ReportOptions(charts=False),
    )
    assert len(open_docx(str(without.path)).inline_shapes) == 0


def test_the_secretarys_edited_texts_replace_the_generated_ones(
    db, secretariat, world, sample, tmp_path
):
    texts = AssessmentTexts(
        results="Các sở, ngành đã tích cực triển khai Kế hoạch.",
        shortcomings="Tiến độ một số nhiệm vụ còn chậm.",
        causes="Nguyên nhân khách quan: thiếu kinh phí.\n"
        "Nguyên nhân chủ quan: phối hợp chưa chặt chẽ.",
        proposals="Đề nghị UBND tỉnh bổ sung kinh phí năm 2026.",
    )
    written = reports.export_report(
        db,
        secretariat,
        query(world, sample),
        tmp_path / "bc.docx",
        ReportOptions(texts=texts, charts=False),
    )
    body = assert_nd30(written.path, kind_title="BÁO CÁO").body
    at = body.index("III. ĐÁNH GIÁ CHUNG")
    assert body[at : at + 9] == [
        "III. ĐÁNH GIÁ CHUNG",
        "1. Kết quả đạt được",
        texts.results,
        "2. Tồn tại, hạn chế",
        texts.shortcomings,
        "3. Nguyên nhân",
        "Nguyên nhân khách quan: thiếu kinh phí.",
        "Nguyên nhân chủ quan: phối hợp chưa chặt chẽ.",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
    ]
    assert texts.proposals in body
    assert not any("đã chỉ đạo, theo dõi thực hiện" in t for t in body)


def test_the_annex_tables_as_a_workbook(db, secretariat, world, sample, tmp_path):
    written = reports.export_report(db, secretariat, query(world, sample), tmp_path / "pl.xlsx")
    wb = load_workbook(written.path)
    assert wb.sheetnames == ["Theo lĩnh vực", "Theo cơ quan chủ trì", "Nhiệm vụ quá hạn"]
    sectors = [[c.value for c in row] for row in wb["Theo lĩnh vực"].iter_rows(min_row=4)]
    assert sectors == [[int(v) if v.isdigit() else (v or None) for v in row] for row in BY_SECTOR]
    assert wb["Theo lĩnh vực"]["A1"].value.startswith("Biểu 1. Tình hình thực hiện nhiệm vụ")
    overdue = [[c.value for c in row] for row in wb["Nhiệm vụ quá hạn"].iter_rows(min_row=4)]
    assert [(r[1], r[4], r[6]) for r in overdue] == [
        (TITLES["overdue"], datetime(2026, 5, 15), 46),
        (TITLES["extended"], datetime(2026, 4, 30), 30),
        (TITLES["done_after"], datetime(2026, 6, 15), 15),
    ]
    assert wb["Nhiệm vụ quá hạn"].cell(row=4, column=5).number_format == "DD/MM/YYYY"


def test_a_plan_without_tasks_is_a_short_nd30_report(db, secretariat, world, tmp_path):
    plan = plans.create_plan(
        db,
        secretariat,
        plans.PlanInput(
            board_id=world.province,
            title="Kế hoạch truyền thông năm 2026",
            year_from=2026,
            year_to=2026,
            code="20/KH-BĐH",
        ),
    )
    written = reports.export_report(
        db, secretariat, ReportQuery(world.province, H1, plan.id, AS_OF), tmp_path / "bc.docx"
    )
    facts = assert_nd30(written.path, kind_title="BÁO CÁO")
    assert annex_tables(facts.docx) == [] and facts.annex == []
    assert (
        "Trong kỳ báo cáo, chưa có nhiệm vụ nào theo Kế hoạch số 20/KH-BĐH được giao để "
        "theo dõi, đánh giá." in facts.body
    )
    assert len(facts.docx.inline_shapes) == 0


def _squeezed(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


def test_the_pdf_says_what_the_docx_says(db, secretariat, world, sample, tmp_path, qapp):
    from pypdf import PdfReader

    from coordboard.ui.printing import write_pdf

    q = query(world, sample)
    docx = reports.export_report(db, secretariat, q, tmp_path / "bc.docx").path
    pdf = reports.export_report(db, secretariat, q, tmp_path / "bc.pdf", pdf_writer=write_pdf)
    assert pdf.path.read_bytes().startswith(b"%PDF")
    reader = PdfReader(str(pdf.path))
    pages = []
    for number, page in enumerate(reader.pages, start=1):
        page_text = page.extract_text().lstrip()
        if number > 1:  # the page number at the top of pages 2, 3, ...
            assert page_text.startswith(str(number)), f"page {number} is not numbered"
            page_text = page_text[len(str(number)) :]
        pages.append(_squeezed(page_text))
    text = "".join(pages)
    for line in docx_lines(open_docx(str(docx))):
        if line.strip() and not line.startswith("Số:"):
            assert _squeezed(line) in text, line
    assert len(reader.pages) >= 4
