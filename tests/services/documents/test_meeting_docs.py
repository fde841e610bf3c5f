"""The minutes, the conclusion notice and the invitation of a meeting recorded through the
services: ND 30/2020 form (checked by nd30.assert_nd30), what each says (attendance,
opinions per agenda item, conclusions with their tasks, the closing line) and the offered
file name. Writing them to files is a meetings use case, tested in
tests/services/meetings/test_meeting_document_export.py."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from coordboard.services import meetings
from coordboard.services.documents import meeting_docs, render_docx
from services.documents.meeting_sample import LINK, TITLE, recorded_meeting
from services.documents.nd30 import assert_nd30

MINUTES_SIGNATURES = ("THƯ KÝ", "CHỦ TỌA")
# the agencies named in the conclusions' tasks, then the other attending members' agencies
RECIPIENTS = (
    "Sở Y tế",
    "Công an tỉnh",
    "Sở Giáo dục và Đào tạo",
    "Hội Liên hiệp Phụ nữ tỉnh",
    "Ủy ban nhân dân tỉnh",
)

# the chair's conclusions, each task with its lead agency, co-operating agencies and deadline,
# as the minutes and the notice both print them
CONCLUSIONS = [
    "1. Giao Sở Y tế chủ trì rà soát trẻ em có hoàn cảnh đặc biệt.",
    "- Rà soát trẻ em có hoàn cảnh đặc biệt: Sở Y tế chủ trì, phối hợp với Công an tỉnh, Sở Giáo "
    "dục và Đào tạo thực hiện; thời hạn: ngày 31/03/2026.",
    # ten working days from Tue 20/01/2026
    "- Báo cáo kết quả rà soát: Sở Y tế chủ trì thực hiện; thời hạn: ngày 03/02/2026.",
    "2. Đẩy mạnh truyền thông về Tổng đài 111.",
    "- Truyền thông về Tổng đài điện thoại quốc gia 111: Hội Liên hiệp Phụ nữ tỉnh chủ trì thực "
    "hiện; thời hạn: thường xuyên.",
    "3. Thống nhất thông qua dự thảo Kế hoạch năm 2026;",
    "Tổ thư ký hoàn thiện, trình ban hành.",  # a conclusion's second line
]


def minutes_facts(detail, **kwargs):
    return assert_nd30(
        render_docx(meeting_docs.build_minutes(detail)),
        kind_title="BIÊN BẢN",
        signature_titles=MINUTES_SIGNATURES,
        **kwargs,
    )


def test_approved_minutes_follow_nd30_with_their_number_and_the_meeting_day(db, secretariat, world):
    detail = recorded_meeting(db, secretariat, world, approve=True)
    assert meetings.recipients(detail) == RECIPIENTS
    # the minutes go to the members and to the agencies the conclusions name
    facts = minutes_facts(
        detail,
        number_pattern=r"^Số: 01/BB-BĐH$",
        recipients=("Thành viên Ban Điều hành", *RECIPIENTS[:4], "Lưu: VT, Hồ sơ"),
    )
    assert facts.header_left == [
        "UBND TỈNH VĨNH LONG",
        "BAN ĐIỀU HÀNH",
        "CÔNG TÁC TRẺ EM",
        "TỈNH VĨNH LONG",
        "Số: 01/BB-BĐH",
    ]
    assert facts.header_right[-1] == "Vĩnh Long, ngày 20 tháng 01 năm 2026"
    # a long summary is set on balanced lines, broken where a reader expects it
    assert facts.title == [
        "BIÊN BẢN",
        "Hội nghị tổng kết công tác trẻ em năm 2025",
        "và triển khai nhiệm vụ năm 2026",
    ]
    assert facts.signatures == [["THƯ KÝ", "Trần Thị Bích"], ["CHỦ TỌA", "Nguyễn Văn An"]]
    assert facts.recipients[-1] == "- Lưu: VT, Hồ sơ."


def test_draft_minutes_leave_the_number_blank(db, secretariat, world):
    detail = recorded_meeting(db, secretariat, world)
    assert detail.meeting.minutes_number is None
    facts = minutes_facts(detail, number_pattern=r"^Số: +/BB-BĐH$")
    assert facts.header_left[-1] == "Số:      /BB-BĐH"
    # a draft is still dated the meeting day
    assert facts.header_right[-1] == "Vĩnh Long, ngày 20 tháng 01 năm 2026"


def test_the_minutes_record_attendance_opinions_conclusions_and_the_end(db, secretariat, world):
    detail = recorded_meeting(db, secretariat, world, approve=True)
    body = minutes_facts(detail).body
    expected_in_order = [
        "Thời gian bắt đầu: 8 giờ 00, ngày 20 tháng 01 năm 2026.",
        "Địa điểm: Hội trường Sở Y tế tỉnh Vĩnh Long.",
        "Hình thức: trực tiếp kết hợp trực tuyến.",
        f"Đường dẫn trực tuyến: {LINK}",
        "Thành phần tham dự:",
        "Thành viên Ban Điều hành dự họp: 3/4 đồng chí (01 đồng chí cử người dự thay), gồm:",
        "- Đồng chí Nguyễn Văn An – Phó Chủ tịch Ủy ban nhân dân tỉnh, Trưởng ban;",
        "- Đồng chí Trần Thị Bích – Giám đốc Sở Y tế, Phó Trưởng ban thường trực;",
        "- Đồng chí Ngô Văn Tư – Trưởng phòng Cảnh sát hình sự, Công an tỉnh (dự thay đồng chí "
        "Phạm Quốc Dũng, Ủy viên).",
        "Vắng có lý do: 01 đồng chí, gồm:",
        "- Đồng chí Lê Minh Cường – Phó Giám đốc Sở Giáo dục và Đào tạo, Ủy viên (lý do: đi "
        "công tác tại Bộ Giáo dục và Đào tạo).",
        "Khách mời: 02 đại biểu, gồm:",
        "- Bà Trương Thị Hoa – Chuyên gia bảo vệ trẻ em;",
        "- Ông Đặng Quốc Huy – Phó Chủ tịch Hội Bảo vệ quyền trẻ em tỉnh.",
        "Chủ trì (chủ tọa): đồng chí Nguyễn Văn An – Phó Chủ tịch Ủy ban nhân dân tỉnh, Trưởng "
        "Ban Điều hành.",
        "Thư ký (người ghi biên bản): đồng chí Trần Thị Bích – Giám đốc Sở Y tế, Phó Trưởng Ban "
        "Điều hành thường trực.",
        "Nội dung:",
        "1. Báo cáo tổng kết công tác trẻ em năm 2025",
        "Trình bày: Bà Trần Thị Bích, Sở Y tế.",
        "Năm 2025 hoàn thành 18/20 chỉ tiêu của Kế hoạch.",
        "Tỷ lệ xã, phường phù hợp với trẻ em đạt 82%.",
        "Ý kiến phát biểu:",
        "- Đồng chí Ngô Văn Tư, Công an tỉnh: Đề nghị tăng cường phối hợp xử lý vụ việc xâm hại "
        "trẻ em.",
        "Cần cập nhật số liệu vụ việc hằng tháng.",  # the opinion's second line
        "2. Dự thảo Kế hoạch công tác trẻ em năm 2026",
        "Trình bày: Bà Trần Thị Bích, Sở Y tế.",
        "Ý kiến phát biểu:",
        "- Bà Trương Thị Hoa: Đề nghị bổ sung hỗ trợ tâm lý cho trẻ em bị ảnh hưởng sau thiên tai.",
        "3. Thảo luận chung",
        "Ý kiến phát biểu:",
        "- Bà Hồ Thị Vân, Hội Liên hiệp Phụ nữ tỉnh: Thống nhất với dự thảo kế hoạch.",
        "Kết luận của chủ trì:",
        *CONCLUSIONS,
        "Hội nghị kết thúc vào 11 giờ 30 cùng ngày./.",
    ]
    assert body == expected_in_order
    assert all(unicodedata.is_normalized("NFC", line) for line in body)


def test_a_meeting_ending_another_day_closes_with_the_full_date(db, secretariat, world):
    detail = recorded_meeting(db, secretariat, world, ends_at=datetime(2026, 1, 21, 11, 0))
    facts = minutes_facts(detail)
    assert facts.body[-1] == "Hội nghị kết thúc vào 11 giờ 00, ngày 21 tháng 01 năm 2026./."
    # the closing line stays on the page of the signatures
    (closing,) = [p for p in facts.docx.paragraphs if p.text == facts.body[-1]]
    assert closing.paragraph_format.keep_with_next


def test_the_conclusion_notice(db, secretariat, world):
    detail = recorded_meeting(db, secretariat, world, approve=True, notice=True)
    facts = assert_nd30(
        render_docx(meeting_docs.build_notice(detail)),
        kind_title="THÔNG BÁO",
        number_pattern=r"^Số: 01/TB-BĐH$",
        signature_titles=("TM. BAN ĐIỀU HÀNH", "TRƯỞNG BAN"),
        recipients=(*RECIPIENTS, "Lưu: VT"),
    )
    assert facts.header_right[-1] == "Vĩnh Long, ngày 22 tháng 01 năm 2026"
    assert facts.title == [
        "THÔNG BÁO",
        "Ý kiến kết luận của đồng chí Nguyễn Văn An,",
        "Phó Chủ tịch Ủy ban nhân dân tỉnh, Trưởng Ban Điều hành",
        "tại Hội nghị tổng kết công tác trẻ em năm 2025",
        "và triển khai nhiệm vụ năm 2026",
    ]
    body = facts.body
    assert body[0] == (
        "Ngày 20 tháng 01 năm 2026, tại Hội trường Sở Y tế tỉnh Vĩnh Long, theo hình thức trực "
        "tiếp kết hợp trực tuyến, đồng chí Nguyễn Văn An, Phó Chủ tịch Ủy ban nhân dân tỉnh, "
        f"Trưởng Ban Điều hành đã chủ trì {TITLE}. Tham dự có 3/4 thành viên Ban Điều hành và "
        "02 đại biểu khách mời."
    )
    assert body[1] == (
        "Sau khi nghe Sở Y tế báo cáo và ý kiến các thành viên, đồng chí Nguyễn "
        "Văn An kết luận như sau:"
    )
    assert body[2:-1] == CONCLUSIONS
    assert body[-1] == (
        "Ban Điều hành công tác trẻ em tỉnh Vĩnh Long thông báo để các cơ quan, "
        "đơn vị biết, thực hiện./."
    )
    assert facts.signatures == [["TM. BAN ĐIỀU HÀNH", "TRƯỞNG BAN", "Nguyễn Văn An"]]


def test_a_notice_not_yet_issued_is_a_draft(db, secretariat, world):
    detail = recorded_meeting(db, secretariat, world)
    facts = assert_nd30(
        render_docx(meeting_docs.build_notice(detail)),
        kind_title="THÔNG BÁO",
        number_pattern=r"^Số: +/TB-BĐH$",
        draft=True,
    )
    assert re.match(r"^Vĩnh Long, ngày\s+tháng\s+năm", facts.header_right[-1])


def test_the_invitation(db, secretariat, world):
    detail = recorded_meeting(db, secretariat, world, invitation=True)
    facts = assert_nd30(
        render_docx(meeting_docs.build_invitation(detail)),
        kind_title="GIẤY MỜI",
        number_pattern=r"^Số: 01/GM-BĐH$",
        signature_titles=("TM. BAN ĐIỀU HÀNH", "TRƯỞNG BAN"),
        recipients=(
            "Ủy ban nhân dân tỉnh",
            "Sở Y tế",
            "Sở Giáo dục và Đào tạo",
            "Công an tỉnh",
            "Lưu: VT",
        ),
    )
    assert facts.header_right[-1] == "Vĩnh Long, ngày 12 tháng 01 năm 2026"
    assert facts.title == [
        "GIẤY MỜI",
        "Dự Hội nghị tổng kết công tác trẻ em năm 2025",
        "và triển khai nhiệm vụ năm 2026",
    ]
    assert facts.body == [
        "Ban Điều hành công tác trẻ em tỉnh Vĩnh Long trân trọng kính mời:",
        "- Đồng chí Nguyễn Văn An – Phó Chủ tịch Ủy ban nhân dân tỉnh, Trưởng ban;",
        "- Đồng chí Trần Thị Bích – Giám đốc Sở Y tế, Phó Trưởng ban thường trực;",
        "- Đồng chí Lê Minh Cường – Phó Giám đốc Sở Giáo dục và Đào tạo, Ủy viên;",
        "- Đồng chí Phạm Quốc Dũng – Phó Giám đốc Công an tỉnh, Ủy viên;",
        "- Bà Trương Thị Hoa – Chuyên gia bảo vệ trẻ em;",
        "- Ông Đặng Quốc Huy – Phó Chủ tịch Hội Bảo vệ quyền trẻ em tỉnh.",
        f"Tới dự {TITLE}.",
        "Thời gian: 8 giờ 00, thứ Ba, ngày 20 tháng 01 năm 2026 (dự kiến kết thúc lúc 11 giờ 30).",
        "Địa điểm: Hội trường Sở Y tế tỉnh Vĩnh Long.",
        "Hình thức: trực tiếp kết hợp trực tuyến.",
        f"Đường dẫn trực tuyến: {LINK}",
        "Mục đích: Đánh giá kết quả công tác trẻ em năm 2025; triển khai nhiệm vụ năm 2026.",
        "Nội dung:",
        "1. Báo cáo tổng kết công tác trẻ em năm 2025 (trình bày: Bà Trần Thị Bích, Sở Y tế; 30 "
        "phút);",
        "2. Dự thảo Kế hoạch công tác trẻ em năm 2026 (trình bày: Bà Trần Thị Bích, Sở Y tế; 45 "
        "phút).",
        "Rất mong các đồng chí, các vị đại biểu tham dự đúng thời gian./.",
    ]
    assert facts.signatures == [["TM. BAN ĐIỀU HÀNH", "TRƯỞNG BAN", "Nguyễn Văn An"]]


def test_a_long_online_link_gets_a_line_of_its_own(db, secretariat, world):
    from dataclasses import replace

    detail = recorded_meeting(db, secretariat, world)
    link = "https://hop-truc-tuyen.vinhlong.gov.vn/ban-dieu-hanh/hoi-nghi-tong-ket-2025?phong=1"
    meetings.update_meeting(
        db, secretariat, detail.meeting.id, replace(detail.meeting.as_input(), online_link=link)
    )
    detail = meetings.get_meeting(db, secretariat, detail.meeting.id)
    body = minutes_facts(detail).body
    at = body.index("Đường dẫn trực tuyến:")  # justified, it would stretch the label apart
    assert body[at + 1] == link


def test_the_offered_file_name_keeps_vietnamese_and_drops_what_windows_refuses(
    db, secretariat, world
):
    detail = recorded_meeting(db, secretariat, world)
    name = meeting_docs.document_file_name(detail, "notice", ".pdf")
    assert name == f"Thông báo kết luận - {TITLE} 20-01-2026.pdf"
    assert not set('<>:"/\\|?*') & set(name)
