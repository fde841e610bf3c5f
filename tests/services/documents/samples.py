"""Sample documents for the renderer tests: minutes (long, with tables, a landscape annex table,
an image, two signature columns) and a công văn (excerpt, one signature column)."""

from __future__ import annotations

import datetime
import io

from coordboard.services.documents import (
    Column,
    Document,
    Header,
    Heading,
    Image,
    PageBreak,
    Paragraph,
    Run,
    SignatureColumn,
    Table,
    format_number,
    vn_datetime_words,
)

SPEECH = (
    "phát biểu: đề nghị các sở, ban, ngành tăng cường phối hợp liên ngành trong công tác "
    "bảo vệ, chăm sóc trẻ em; phòng, chống xâm hại, bạo lực trẻ em; bảo đảm quyền tham gia "
    "của trẻ em vào các vấn đề về trẻ em; duy trì Tổng đài 111"
)


def chart_png(width_px: int = 400, height_px: int = 250) -> bytes:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width_px / 100, height_px / 100), dpi=100)
    ax = fig.add_subplot()
    ax.bar(["Đúng hạn", "Quá hạn", "Đang làm"], [12, 3, 7], color=["#2a7", "#c33", "#37c"])
    ax.set_title("Nhiệm vụ theo trạng thái")
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()


def attendance(n: int) -> Table:
    return Table(
        columns=(
            Column("STT", 12, "center"),
            Column("Họ và tên", 52),
            Column("Chức vụ, cơ quan", 73),
            Column("Ghi chú", 28),
        ),
        rows=tuple(
            (
                str(i),
                f"Nguyễn Thị Ánh Tuyết {i}",
                "Phó Giám đốc Sở Giáo dục và Đào tạo",
                "Có mặt" if i % 4 else "Vắng (có lý do)",
            )
            for i in range(1, n + 1)
        ),
        title="Danh sách thành viên tham dự",
    )


def wide_table() -> Table:
    return Table(
        columns=tuple(Column(f"Quý {i % 4 + 1}/{2021 + i // 4}", 30, "right") for i in range(8)),
        rows=(("12",) * 8, ("3",) * 8, ("15",) * 8),
        title="Phụ lục: nhiệm vụ theo quý",
        landscape=True,
        bold_rows=frozenset({2}),
    )


def minutes(
    *, speeches: int = 20, attendees: int = 30, size_set: int = 13, draft: bool = False
) -> Document:
    body = [
        Paragraph.of(
            "Thời gian bắt đầu: " + vn_datetime_words(datetime.datetime(2022, 1, 26, 14, 0)) + "."
        ),
        Paragraph.of("Địa điểm: Hội trường Sở Y tế tỉnh Vĩnh Long, số 47 đường Lê Văn Tám."),
        Heading("I. THÀNH PHẦN THAM DỰ"),
        attendance(attendees),
        Heading("II. NỘI DUNG CUỘC HỌP"),
        Heading("1. Báo cáo kết quả thực hiện nhiệm vụ năm 2021", level=2),
        Heading("a) Ý kiến của các thành viên", level=3),
    ]
    for i in range(1, speeches + 1):
        body.append(
            Paragraph(
                (
                    Run(f"{i}. Đồng chí Trần Văn Bình, "),
                    Run("Phó Trưởng ban thường trực", bold=True),
                    Run(f" {SPEECH}."),
                )
            )
        )
    body += [
        Image(chart_png(), 120, caption="Biểu đồ 1. Nhiệm vụ theo trạng thái"),
        wide_table(),
        Paragraph.of("Cuộc họp kết thúc vào 16 giờ 30, ngày 26 tháng 01 năm 2022."),
    ]
    return Document(
        header=Header(
            "UBND tỉnh Vĩnh Long",
            "BAN ĐIỀU HÀNH\nCÔNG TÁC TRẺ EM",
            format_number(None if draft else 5, "BB", "BĐH"),
            "Vĩnh Long",
            None if draft else datetime.date(2022, 1, 26),
        ),
        kind_title="Biên bản",
        title_lines=("Hội nghị tổng kết công tác trẻ em năm 2021",),
        body=tuple(body),
        signatures=(
            SignatureColumn(position="Thư ký", name="Lê Thị Hồng"),
            SignatureColumn(position="Chủ tọa", name="Nguyễn Văn Quý"),
        ),
        recipients=("Thành viên Ban Điều hành", "Sở Y tế"),
        archive="VT, Hồ sơ",
        size_set=size_set,
    )


def letter() -> Document:
    """A công văn đôn đốc: no kind title, an excerpt under the number, one signature column."""
    tasks = Table(
        columns=(
            Column("STT", 12, "center"),
            Column("Nhiệm vụ", 80),
            Column("Thời hạn", 28, "center"),
            Column("Tình trạng", 40),
        ),
        rows=(
            ("1", "Tổ chức tập huấn kỹ năng phòng, chống xâm hại trẻ em", "30/6/2022", "Quá hạn"),
            (
                "2",
                "Báo cáo kết quả thực hiện Tháng hành động vì trẻ em",
                "20/7/2022",
                "Sắp đến hạn",
            ),
        ),
    )
    return Document(
        header=Header(
            "UBND TỈNH VĨNH LONG",
            "SỞ Y TẾ",
            format_number(7, "", "SYT-TE"),
            "Vĩnh Long",
            datetime.date(2022, 3, 5),
            excerpt="V/v đôn đốc thực hiện nhiệm vụ bảo vệ trẻ em quá hạn",
        ),
        kind_title="",
        body=(
            Paragraph.of("Kính gửi: Sở Giáo dục và Đào tạo.", align="center", indent=False),
            Paragraph.of(
                "Thực hiện Kế hoạch số 86/KH-BĐH ngày 15/02/2022 của Ban Điều hành "
                "công tác trẻ em tỉnh, Sở Y tế đề nghị Quý Sở khẩn trương hoàn thành "
                "các nhiệm vụ sau đây:"
            ),
            tasks,
            Paragraph.of("Báo cáo kết quả về Sở Y tế trước ngày 20/3/2022."),
        ),
        signatures=(
            SignatureColumn(
                authority="KT. Giám đốc", position="Phó Giám đốc", name="Phạm Minh Đức"
            ),
        ),
        recipients=("Như trên", "Ban Điều hành (để b/c)"),
        archive="VT, TE",
    )


def report_with_annex() -> Document:
    """A short report whose annex (after the signature) starts on a new page."""
    doc = letter()
    return Document(
        header=doc.header,
        kind_title="Báo cáo",
        title_lines=("Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2022",),
        body=(
            Heading("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"),
            Paragraph.of("Ban Điều hành đã ban hành Kế hoạch số 86/KH-BĐH."),
            PageBreak(),
            Heading("II. KẾT QUẢ THỰC HIỆN"),
            Paragraph.of("Các nhiệm vụ cơ bản hoàn thành đúng hạn."),
        ),
        signatures=(SignatureColumn("TM. Ban Điều hành", "Trưởng ban", "Nguyễn Văn Quý"),),
        recipients=("Sở Y tế",),
        annex=(attendance(3), wide_table()),
    )
