"""Công văn đôn đốc: a letter to one agency listing its overdue and due-soon tasks and asking
for their completion and a report by a date (ND 30/2020, a công văn: no type code, an excerpt
"V/v ..." under the number, "Kính gửi:" before the body).

`letter` is a `reminders.LetterData`, read as it is handed in: this package imports no use case.
"""

from __future__ import annotations

from coordboard.services.documents.formats import SMALLEST_TABLE_SIZE
from coordboard.services.documents.formats import vn_short_date as vn_date
from coordboard.services.documents.line_breaks import fit_lines
from coordboard.services.documents.model import (
    Block,
    Column,
    Document,
    Header,
    Heading,
    Paragraph,
    SignatureColumn,
    Table,
)
from coordboard.services.documents.report_annex import latest_update_text

# how a reminder letter's excerpt (trích yếu) begins; the register's summary of each letter
# starts the same, which is how a progress report counts the letters sent in its period
EXCERPT = "V/v đôn đốc thực hiện nhiệm vụ"
COLUMNS_MM = (11, 50, 30, 24, 16, 34)  # 165 mm: the text width of A4 with 30/15 mm margins


def excerpt(overdue: int, due_soon: int) -> str:
    """ "V/v đôn đốc thực hiện\\nnhiệm vụ quá hạn, sắp đến hạn" (what the letter is about)."""
    which = ", ".join(w for n, w in ((overdue, "quá hạn"), (due_soon, "sắp đến hạn")) if n)
    first, last = EXCERPT.rsplit(" nhiệm vụ", 1)
    # two lines that fit the header's left column (56-58 mm at 13 pt)
    return f"{first}\nnhiệm vụ{last} {which}".rstrip()


def build_letter(letter) -> Document:
    """`letter`: reminders.LetterData."""
    head = letter.letterhead
    agency, board = letter.agency_name, letter.board_name
    overdue, soon = letter.overdue, letter.due_soon
    counts = []
    if overdue:
        counts.append(f"{len(overdue)} nhiệm vụ quá hạn chưa hoàn thành")
    if soon:
        counts.append(f"{len(soon)} nhiệm vụ sắp đến hạn (trong {letter.soon_days} ngày tới)")
    body: list[Block] = [
        Paragraph.of(f"Kính gửi: {agency}", align="center", indent=False),
        Paragraph.of(
            f"Theo dõi tình hình thực hiện các nhiệm vụ do {board} giao, tính đến ngày "
            f"{vn_date(letter.as_of)}, {agency} còn {' và '.join(counts)}, cụ thể "
            "như sau:"
        ),
    ]
    n = 1
    if overdue:
        body += [
            Heading(f"{n}. Nhiệm vụ quá hạn chưa hoàn thành", level=2),
            _table(overdue, "Số ngày quá hạn", lambda t: str(t.days_overdue)),
        ]
        n += 1
    if soon:
        body += [
            Heading(f"{n}. Nhiệm vụ sắp đến hạn", level=2),
            _table(
                soon, "Số ngày còn lại", lambda t: str((t.effective_deadline - letter.as_of).days)
            ),
        ]
    via = f" (qua {letter.standing_agency})" if letter.standing_agency not in ("", agency) else ""
    body += [
        Paragraph.of(
            f"Để bảo đảm tiến độ thực hiện nhiệm vụ, {board} đề nghị {agency} khẩn "
            f"trương chỉ đạo hoàn thành các nhiệm vụ nêu trên; báo cáo kết quả thực "
            f"hiện (kèm tài liệu minh chứng) về {board}{via} trước ngày "
            f"{vn_date(letter.reply_by)}."
        ),
        Paragraph.of(
            f"Trường hợp không thể hoàn thành đúng thời hạn, đề nghị {agency} báo cáo "
            "rõ lý do và đề xuất thời hạn hoàn thành để tổng hợp, báo cáo Trưởng ban "
            "xem xét, quyết định."
        ),
        Paragraph.of(f"Đề nghị {agency} quan tâm, thực hiện."),
    ]
    s = letter.signer
    return Document(
        header=Header(
            governing_body=head.governing_body,
            issuing_body=fit_lines(head.issuing_body),
            number=head.number(letter.number, ""),
            place=head.place,
            date=letter.issued_on,
            excerpt=excerpt(len(overdue), len(soon)),
        ),
        kind_title="",
        body=tuple(body),
        signatures=(SignatureColumn(s.authority, s.position, s.name),),
        recipients=("Như trên", "Trưởng ban (để báo cáo)"),
        archive="VT",
    )


def _table(lines, days_title: str, days) -> Table:
    titles = ("STT", "Nhiệm vụ", "Văn bản giao", "Thời hạn", days_title, "Cập nhật gần nhất")
    aligns = ("center", "left", "left", "center", "center", "left")
    rows = []
    for i, t in enumerate(lines, start=1):
        deadline = vn_date(t.effective_deadline)
        if t.deadline and t.effective_deadline != t.deadline:
            deadline += f"\n(gia hạn từ {vn_date(t.deadline)})"
        rows.append((str(i), t.title, t.source, deadline, days(t), latest_update_text(t, 120)))
    return Table(
        columns=tuple(Column(title, w, a) for title, w, a in zip(titles, COLUMNS_MM, aligns)),
        rows=tuple(rows),
        size=SMALLEST_TABLE_SIZE,
    )
