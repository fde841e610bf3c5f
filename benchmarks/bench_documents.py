"""How long one large ND 30/2020 document takes to render, to DOCX and to PDF.

The document: header, title, a 30-row attendance table, 10 sections with 20 numbered
paragraphs each (200 paragraphs), 2 charts, a landscape annex table, two signature columns
and the recipients. Prints the median of --repeat runs in milliseconds, and the page count.

    .venv/bin/python benchmarks/bench_documents.py [--repeat 5] [--out DIR]

--out DIR also writes the DOCX and the PDF there, to look at.
"""

from __future__ import annotations

import argparse
import datetime
import io
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coordboard.services.documents import (
    Column,
    Document,
    Header,
    Heading,
    Image,
    Paragraph,
    Run,
    SignatureColumn,
    Table,
    format_number,
    render_docx,
)

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def chart(title: str) -> bytes:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6, 3.2), dpi=150)
    ax = fig.add_subplot()
    ax.bar(["Đúng hạn", "Quá hạn", "Trong hạn", "Chưa hoàn thành"], [42, 7, 18, 5])
    ax.set_title(title)
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()


def large_document() -> Document:
    body: list = [
        Paragraph.of("Thời gian: 8 giờ 00, ngày 15 tháng 12 năm 2025."),
        Paragraph.of("Địa điểm: Hội trường Ủy ban nhân dân tỉnh Vĩnh Long."),
        Table(
            columns=(
                Column("STT", 12, "center"),
                Column("Họ và tên", 50),
                Column("Chức vụ, cơ quan", 75),
                Column("Ghi chú", 28),
            ),
            rows=tuple(
                (
                    str(i),
                    f"Trần Thị Thu Hương {i}",
                    "Phó Giám đốc Sở Giáo dục và Đào tạo",
                    "Có mặt" if i % 5 else "Vắng (có lý do)",
                )
                for i in range(1, 31)
            ),
            title="Thành phần tham dự",
        ),
    ]
    for s, roman in enumerate(ROMAN, start=1):
        body.append(Heading(f"{roman}. NỘI DUNG THỨ {s}: KẾT QUẢ THỰC HIỆN NHIỆM VỤ"))
        for n in range(1, 21):
            body.append(
                Paragraph(
                    (
                        Run(f"{n}. "),
                        Run("Sở Lao động - Thương binh và Xã hội", bold=True),
                        Run(
                            " chủ trì, phối hợp với các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân "
                            "dân các xã, phường tổ chức truyền thông về phòng, chống xâm hại trẻ em; "
                            "kiện toàn Ban bảo vệ trẻ em cấp xã; báo cáo kết quả trước ngày 20/11."
                        ),
                    )
                )
            )
        if s in (3, 7):
            body.append(
                Image(
                    chart(f"Nhiệm vụ phần {roman}"),
                    140,
                    caption=f"Biểu đồ {1 if s == 3 else 2}. Nhiệm vụ theo trạng thái",
                )
            )
    body.append(
        Table(
            columns=tuple(Column(f"Quý {q}", 30, "right") for q in range(1, 9)),
            rows=tuple(tuple(str(r * q) for q in range(1, 9)) for r in range(1, 13)),
            title="Phụ lục: số nhiệm vụ theo quý",
            landscape=True,
        )
    )
    body.append(Paragraph.of("Hội nghị kết thúc vào 11 giờ 30 cùng ngày."))
    return Document(
        header=Header(
            "UBND TỈNH VĨNH LONG",
            "BAN ĐIỀU HÀNH\nCÔNG TÁC TRẺ EM",
            format_number(12, "BB", "BĐH"),
            "Vĩnh Long",
            datetime.date(2025, 12, 15),
        ),
        kind_title="BIÊN BẢN",
        title_lines=("Hội nghị tổng kết công tác trẻ em năm 2025",),
        body=tuple(body),
        signatures=(
            SignatureColumn(position="THƯ KÝ", name="Lê Thị Hồng"),
            SignatureColumn(position="CHỦ TỌA", name="Nguyễn Văn Quý"),
        ),
        recipients=("Thành viên Ban Điều hành", "UBND tỉnh (để b/c)"),
        archive="VT, Hồ sơ",
    )


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)

    start = time.perf_counter()
    doc = large_document()
    print(f"build model (2 charts): {(time.perf_counter() - start) * 1000:.0f} ms")
    ms, docx = timed(lambda: render_docx(doc), args.repeat)
    print(f"DOCX: {ms:.0f} ms, {len(docx) // 1024} KiB")

    from coordboard.ui import printing

    start = time.perf_counter()
    printing.ensure_gui_application()
    print(f"Qt start: {(time.perf_counter() - start) * 1000:.0f} ms")
    ms, pdf = timed(lambda: printing.render_pdf(doc), args.repeat)
    pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page")
    print(f"PDF: {ms:.0f} ms, {len(pdf) // 1024} KiB, {pages} pages")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "bench.docx").write_bytes(docx)
        (args.out / "bench.pdf").write_bytes(pdf)
        print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
