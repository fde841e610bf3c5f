"""The ND 30/2020 document model, its formats and the DOCX renderer (checked by nd30.py)."""

from __future__ import annotations

import datetime
import io
import os

import pytest
from docx import Document as open_docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from coordboard import i18n
from coordboard.errors import DomainError
from coordboard.services.documents import (
    Document,
    Header,
    Paragraph,
    Run,
    format_date_line,
    format_number,
    render_docx,
    vn_datetime_words,
    with_end_mark,
    write_docx,
)
from services.documents import samples
from services.documents.nd30 import assert_nd30, docx_lines

MINUTES_RECIPIENTS = ("Thành viên Ban Điều hành", "Sở Y tế", "Lưu: VT, Hồ sơ")


def minutes_ok(data, **kw):
    return assert_nd30(
        data,
        kind_title="BIÊN BẢN",
        number_pattern=r"^Số: 05/BB-BĐH$",
        signature_titles=("THƯ KÝ", "CHỦ TỌA"),
        recipients=MINUTES_RECIPIENTS,
        **kw,
    )


@pytest.fixture(scope="module")
def minutes_docx():
    return render_docx(samples.minutes())


# --- formats -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "d, expected",
    [
        (datetime.date(2022, 2, 5), "Vĩnh Long, ngày 05 tháng 02 năm 2022"),
        (datetime.date(2022, 1, 26), "Vĩnh Long, ngày 26 tháng 01 năm 2022"),
        (datetime.date(2022, 3, 9), "Vĩnh Long, ngày 09 tháng 3 năm 2022"),
        (datetime.date(2022, 12, 31), "Vĩnh Long, ngày 31 tháng 12 năm 2022"),
        (None, "Vĩnh Long, ngày     tháng     năm 20.."),
    ],
)
def test_date_line_pads_days_below_10_and_months_1_and_2(d, expected):
    assert format_date_line("Vĩnh Long", d) == expected


def test_number_is_zero_padded_and_a_cong_van_has_no_type_code():
    assert format_number(5, "BB", "BĐH") == "Số: 05/BB-BĐH"
    assert format_number(12, "TB", "BĐH") == "Số: 12/TB-BĐH"
    assert format_number(478, "", "LĐTBXH-TE") == "Số: 478/LĐTBXH-TE"
    assert format_number(None, "BB", "BĐH") == "Số:      /BB-BĐH"


def test_time_words_as_minutes_write_them():
    assert (
        vn_datetime_words(datetime.datetime(2022, 1, 26, 14, 0))
        == "14 giờ 00, ngày 26 tháng 01 năm 2022"
    )
    assert (
        vn_datetime_words(datetime.datetime(2022, 5, 3, 8, 5))
        == "8 giờ 05, ngày 03 tháng 5 năm 2022"
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("biết, thực hiện.", "biết, thực hiện./."),
        ("mục cuối;", "mục cuối./."),
        ("không dấu", "không dấu./."),
        ("đã có./.", "đã có./."),
    ],
)
def test_end_mark(text, expected):
    assert with_end_mark(Paragraph.of(text)).text == expected


def test_end_mark_goes_on_the_last_paragraph_only_when_asked():
    body = (Paragraph.of("Một."), Paragraph((Run("Hai "), Run("ba.", bold=True))))
    doc = Document(header=samples.letter().header, kind_title="", body=body)
    printed = doc.body_blocks()
    assert printed[0].text == "Một." and printed[1].text == "Hai ba./."
    assert printed[1].runs[-1].bold
    assert (
        Document(header=doc.header, kind_title="", body=body, end_mark=False).body_blocks() == body
    )


def test_plain_text_is_nfc_and_in_reading_order():
    decomposed = "Ba\u0300n đi\u00ea\u0300u ha\u0300nh"  # "Bàn điều hành" decomposed
    doc = Document(
        header=Header("", decomposed, "Số: 01/TB-BĐH", "Huế", datetime.date(2023, 4, 1)),
        kind_title="Thông báo",
        body=(Paragraph.of(decomposed),),
        signatures=(samples.letter().signatures[0],),
        recipients=("Sở Y tế",),
    )
    lines = doc.plain_text().split("\n")
    assert lines[:5] == [
        "BÀN ĐIỀU HÀNH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 01/TB-BĐH",
        "Huế, ngày 01 tháng 4 năm 2023",
    ]
    assert lines[5:7] == ["THÔNG BÁO", "Bàn điều hành./."]
    assert lines[7:] == [
        "Nơi nhận:",
        "- Sở Y tế;",
        "- Lưu: VT.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Phạm Minh Đức",
    ]


# --- the DOCX --------------------------------------------------------------------------------


def test_minutes_follow_nd30_and_say_what_the_model_says(minutes_docx):
    facts = minutes_ok(minutes_docx)
    assert facts.header_left == [
        "UBND TỈNH VĨNH LONG",
        "BAN ĐIỀU HÀNH",
        "CÔNG TÁC TRẺ EM",
        "Số: 05/BB-BĐH",
    ]
    assert facts.title == ["BIÊN BẢN", "Hội nghị tổng kết công tác trẻ em năm 2021"]
    assert facts.signatures == [["THƯ KÝ", "Lê Thị Hồng"], ["CHỦ TỌA", "Nguyễn Văn Quý"]]
    assert facts.body[-1] == "Cuộc họp kết thúc vào 16 giờ 30, ngày 26 tháng 01 năm 2022./."
    attendance = facts.data_tables[0]
    assert attendance[0] == ["STT", "Họ và tên", "Chức vụ, cơ quan", "Ghi chú"]
    assert len(attendance) == 31 and attendance[30][1] == "Nguyễn Thị Ánh Tuyết 30"
    assert docx_lines(open_docx(io.BytesIO(minutes_docx))) == samples.minutes().plain_text().split(
        "\n"
    )


def test_wide_table_gets_its_own_landscape_section_and_the_rest_stays_portrait(minutes_docx):
    docx = open_docx(io.BytesIO(minutes_docx))
    orientations = [s.orientation for s in docx.sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    landscape = docx.sections[1]
    assert round(landscape.page_width.mm) == 297 and round(landscape.page_height.mm) == 210
    wide = docx.tables[2]
    assert wide.rows[0].cells[0].text == "Quý 1/2021"
    # the 8 x 30 mm columns fit the landscape text width (297 - 30 - 15 mm) unscaled
    assert round(sum(c.width.mm for c in wide.rows[0].cells)) == 240
    bold_total = [r.bold for r in wide.rows[3].cells[0].paragraphs[0].runs]
    assert bold_total == [True]


def test_table_rows_are_not_broken_across_pages(minutes_docx):
    docx = open_docx(io.BytesIO(minutes_docx))
    attendance = docx.tables[1]
    assert len(attendance.rows) == 31
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in attendance.rows)


def test_image_is_inline_at_its_width_with_an_italic_caption(minutes_docx):
    docx = open_docx(io.BytesIO(minutes_docx))
    assert [round(s.width.mm) for s in docx.inline_shapes] == [120]
    caption = next(p for p in docx.paragraphs if p.text.startswith("Biểu đồ 1."))
    assert all(r.italic for r in caption.runs)
    assert caption.paragraph_format.alignment == 1  # centre


def test_cong_van_has_the_excerpt_under_the_number_and_recipients_beside_the_signature():
    facts = assert_nd30(
        render_docx(samples.letter()),
        kind_title="",
        number_pattern=r"^Số: 07/SYT-TE$",
        signature_titles=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
        recipients=("Như trên", "Ban Điều hành (để b/c)", "Lưu: VT, TE"),
    )
    assert facts.header_left[-2:] == [
        "Số: 07/SYT-TE",
        "V/v đôn đốc thực hiện nhiệm vụ bảo vệ trẻ em quá hạn",
    ]
    assert facts.signatures == [["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Minh Đức"]]
    docx = open_docx(io.BytesIO(render_docx(samples.letter())))
    closing = docx.tables[-1].rows[0].cells
    assert closing[0].paragraphs[0].text == "Nơi nhận:"
    assert closing[1].paragraphs[0].text == "KT. GIÁM ĐỐC"
    excerpt = docx.tables[0].rows[1].cells[0].paragraphs[1]
    assert excerpt.runs[0].font.size.pt == 13 and not excerpt.runs[0].bold


def test_size_set_12():
    data = render_docx(samples.minutes(speeches=2, attendees=3, size_set=12))
    minutes_ok(data, size_set=12)
    with pytest.raises(AssertionError, match="size"):
        minutes_ok(data, size_set=13)


def test_draft_has_blank_number_and_date():
    data = render_docx(samples.minutes(speeches=1, attendees=2, draft=True))
    facts = assert_nd30(data, kind_title="BIÊN BẢN", draft=True)
    assert facts.header_left[-1] == "Số:      /BB-BĐH"
    assert facts.header_right[-1] == "Vĩnh Long, ngày     tháng     năm 20.."
    with pytest.raises(AssertionError, match="date line"):
        assert_nd30(data, kind_title="BIÊN BẢN")


def test_annex_follows_the_closing_on_a_new_page():
    doc = samples.report_with_annex()
    data = render_docx(doc)
    facts = assert_nd30(
        data,
        kind_title="BÁO CÁO",
        signature_titles=("TM. BAN ĐIỀU HÀNH",),
        recipients=("Sở Y tế", "Lưu: VT"),
    )
    assert facts.body[-1] == "Các nhiệm vụ cơ bản hoàn thành đúng hạn./."
    assert facts.annex[0] == "Danh sách thành viên tham dự"
    docx = open_docx(io.BytesIO(data))
    title = next(p for p in docx.paragraphs if p.text == "Danh sách thành viên tham dự")
    assert title.paragraph_format.page_break_before
    second = next(p for p in docx.paragraphs if p.text == "II. KẾT QUẢ THỰC HIỆN")
    assert second.paragraph_format.page_break_before
    assert docx_lines(docx) == doc.plain_text().split("\n")


# --- the checker catches what it should ---------------------------------------------------


def _mutated(data: bytes, change) -> bytes:
    docx = open_docx(io.BytesIO(data))
    change(docx)
    out = io.BytesIO()
    docx.save(out)
    return out.getvalue()


def _drop_east_asia(docx):
    run = docx.paragraphs[5].runs[0]._r
    del run.find(qn("w:rPr")).find(qn("w:rFonts")).attrib[qn("w:eastAsia")]


def _number_page_one(docx):
    docx.sections[0].different_first_page_header_footer = False


def _unpad_month(docx):
    cell = docx.tables[0].rows[1].cells[1]
    cell.paragraphs[0].runs[0].text = "Vĩnh Long, ngày 26 tháng 1 năm 2022"


def _left_align_body(docx):
    p = next(p for p in docx.paragraphs if p.text.startswith("Địa điểm"))
    p.paragraph_format.alignment = 0


def _drop_end_mark(docx):
    p = next(p for p in docx.paragraphs if p.text.startswith("Cuộc họp kết thúc"))
    p.runs[-1].text = p.runs[-1].text.replace("./.", ".")


def _border_header(docx):
    borders = docx.tables[0]._tbl.tblPr.find(qn("w:tblBorders"))
    for el in borders:
        el.set(qn("w:val"), "single")


def _recipient_not_11pt(docx):
    p = next(p for p in docx.paragraphs if p.text == "- Sở Y tế;")
    p.runs[0].font.size = docx.paragraphs[5].runs[0].font.size


@pytest.mark.parametrize(
    "change, complaint",
    [
        (_drop_east_asia, "eastAsia"),
        (_number_page_one, "page 1"),
        (_unpad_month, "zero-padded"),
        (_left_align_body, "not justified"),
        (_drop_end_mark, "./."),
        (_border_header, "header table has borders"),
        (_recipient_not_11pt, "recipient"),
    ],
)
def test_checker_reports_violations(minutes_docx, change, complaint):
    with pytest.raises(AssertionError, match=complaint.replace(".", r"\.").replace("/", "/")):
        minutes_ok(_mutated(minutes_docx, change))


# --- writing ---------------------------------------------------------------------------------


def test_write_docx_replaces_the_file_whole(tmp_path):
    target = tmp_path / "biên bản.docx"
    target.write_bytes(b"old")
    write_docx(samples.letter(), target)
    assert_nd30(target, kind_title="")
    assert os.listdir(tmp_path) == ["biên bản.docx"]


def test_unwritable_path_gives_a_domain_error_naming_it_and_leaves_nothing(tmp_path):
    i18n.load("vi")
    try:
        occupied = tmp_path / "bien-ban.docx"
        occupied.mkdir()  # a folder where the file should go
        with pytest.raises(DomainError) as err:
            write_docx(samples.letter(), occupied)
        assert str(occupied) in err.value.translated()
        assert err.value.translated().startswith("Không ghi được vào")
        assert sorted(os.listdir(tmp_path)) == ["bien-ban.docx"]
        assert os.listdir(occupied) == []
        missing = tmp_path / "no-such-folder" / "x.docx"
        with pytest.raises(DomainError, match="no-such-folder"):
            write_docx(samples.letter(), missing)
    finally:
        i18n.load("en")


def test_a_new_document_gets_the_users_usual_file_mode(tmp_path):
    mask = os.umask(0o022)
    os.umask(mask)
    target = write_docx(samples.letter(), tmp_path / "cong-van.docx")
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    target.chmod(0o640)
    write_docx(samples.letter(), target)
    assert target.stat().st_mode & 0o777 == 0o640
