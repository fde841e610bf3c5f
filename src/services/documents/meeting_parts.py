"""The parts the minutes, the notice and the invitation of a meeting share: the letterhead,
how the board, the meeting and the people are named, the conclusions' tasks, the online mode,
the signature and the recipients.

The fixed phrases are administrative Vietnamese by nature (they are the form, like a template),
so they are written here directly. The data is read through meeting_data's protocols.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TypeVar

from coordboard.services.documents.formats import nfc, text_width_mm, vn_short_date
from coordboard.services.documents.line_breaks import fit_lines
from coordboard.services.documents.meeting_data import Attendee, ConclusionTask, MeetingDetail
from coordboard.services.documents.model import Header, Paragraph, Run, SignatureColumn, lines_of
from coordboard.text import person_sort_key

A = TypeVar("A", bound=Attendee)

# A summary line under the document type wider than this is set on balanced lines (a last line
# holding one word looks like an accident; fonts without Times metrics run wider).
TITLE_MM = 140.0
# The first line of a body paragraph: A4 less the default margins and the first-line indent.
LINE_MM = 210 - 30 - 15 - 12.7 - 4
# The words a board's name starts with, and the short form a signature uses ("TM. BAN ĐIỀU HÀNH")
BODY_KINDS = (
    "BAN CHỈ ĐẠO",
    "BAN ĐIỀU HÀNH",
    "BAN BẢO VỆ TRẺ EM",
    "NHÓM THƯỜNG TRỰC",
    "TỔ CHỨC PHỐI HỢP LIÊN NGÀNH",
)
# a title that already names the kind of gathering ("Hội nghị tổng kết ...")
GATHERINGS = ("hội nghị", "cuộc họp", "phiên họp", "hội thảo", "buổi làm việc", "họp")


# --- small phrases ----------------------------------------------------------------------------


def para(
    text: str, *, bold: bool = False, italic: bool = False, keep_with_next: bool = False
) -> Paragraph:
    return Paragraph.of(nfc(text), bold=bold, italic=italic, keep_with_next=keep_with_next)


def labelled(label: str, text: str, *, keep_with_next: bool = False) -> Paragraph:
    """ "Địa điểm: ..." with the label in bold."""
    runs = (Run(nfc(label), bold=True),) + ((Run(nfc(text)),) if text else ())
    return Paragraph(runs, keep_with_next=keep_with_next)


def multiline(first: str, text: str) -> list[Paragraph]:
    """`first` + the text's first line, then one paragraph per further line (a line break in a
    justified paragraph would stretch the line before it)."""
    lines = lines_of(text) or ("",)
    return [para(first + lines[0])] + [para(line) for line in lines[1:]]


def title_lines(text: str) -> tuple[str, ...]:
    return tuple(fit_lines(nfc(text), TITLE_MM, 14).split("\n"))


def header(detail: MeetingDetail, type_code: str, number: int | None, day: date | None) -> Header:
    head = detail.letterhead
    return Header(
        governing_body=head.governing_body,
        issuing_body=fit_lines(head.issuing_body),
        number=head.number(number, type_code),
        place=head.place,
        date=day,
    )


def body_kind(detail: MeetingDetail) -> str:
    """ "BAN ĐIỀU HÀNH" out of "BAN ĐIỀU HÀNH CÔNG TÁC TRẺ EM TỈNH VĨNH LONG"."""
    name = detail.letterhead.issuing_body
    return next((k for k in BODY_KINDS if name.startswith(k)), name)


def short_board(detail: MeetingDetail) -> str:
    """ "Ban Điều hành" (as a board's members call it in running text)."""
    kind = body_kind(detail)
    name = detail.letterhead.board_name
    return name[: len(kind)] if name.upper().startswith(kind) else name


def gathering(detail: MeetingDetail) -> str:
    """ "Hội nghị" or "Cuộc họp": how the closing and the notice name the meeting."""
    title = detail.meeting.title.lower()
    return "Hội nghị" if title.startswith(("hội nghị", "hội thảo")) else "Cuộc họp"


def meeting_ref(detail: MeetingDetail) -> str:
    """ "Hội nghị tổng kết ..." as is; "Họp Ban Điều hành quý III" -> "cuộc họp Ban Điều hành
    quý III"; any other title -> "cuộc họp <title>"."""
    title = nfc(detail.meeting.title.strip())
    lower = title.lower()
    if lower.startswith("họp "):
        return "cuộc họp " + title[4:]
    if lower.startswith(GATHERINGS):
        return title
    return "cuộc họp " + title


def contained(part: str, whole: str) -> bool:
    return bool(part) and part.casefold() in whole.casefold()


def who(a: Attendee, *, role: bool = True, seat: str | None = None) -> str:
    """ "Nguyễn Văn An – Phó Chủ tịch Ủy ban nhân dân tỉnh, Trưởng ban" (the agency only when
    the title does not already name it; `seat` says the board role otherwise than as kept)."""
    parts = [a.title] if a.title else []
    if a.agency_name and not contained(a.agency_name, a.title):
        parts.append(a.agency_name)
    board_role = a.board_role if seat is None else seat
    if role and board_role:
        parts.append(board_role)
    return f"{a.name} – {', '.join(parts)}" if parts else a.name


def role_in_board(role: str, board: str) -> str:
    """ "Trưởng ban" -> "Trưởng Ban Điều hành"; "Ủy viên" -> "Ủy viên Ban Điều hành"."""
    words = role.split()
    for i, word in enumerate(words):
        if word.casefold() == "ban":
            return " ".join([*words[:i], board, *words[i + 1 :]])
    return f"{role} {board}" if role else ""


def count_text(n: int) -> str:
    """Counts in running text are written with two digits below 10 ("02 đồng chí")."""
    return f"{n:02d}"


def deadline_text(t: ConclusionTask) -> str:
    """The deadline decided at the meeting: a reprint of a numbered notice stays the same
    document after an extension (the tracker and the meeting page show the extended one)."""
    return f"ngày {vn_short_date(t.decided_deadline)}" if t.decided_deadline else "thường xuyên"


def task_line(t: ConclusionTask) -> str:
    """ "- Rà soát ...: Sở Y tế chủ trì, phối hợp với Công an tỉnh, Sở Tư pháp thực hiện; thời
    hạn: ngày 31/03/2026;" — a task as the minutes and the notice assign it."""
    title = nfc(t.title.strip()).rstrip(".;:")
    doers = f"{t.lead_agency_name} chủ trì"
    if t.cooperating_agency_names:
        doers += ", phối hợp với " + ", ".join(t.cooperating_agency_names)
    return f"- {title}: {doers} thực hiện; thời hạn: {deadline_text(t)}."


def conclusion_blocks(detail: MeetingDetail) -> list[Paragraph]:
    out: list[Paragraph] = []
    for n, c in enumerate(detail.conclusions, start=1):
        out += multiline(f"{n}. ", c.text)
        out += [para(task_line(t)) for t in c.tasks]
    return out


def mode_lines(detail: MeetingDetail) -> list[Paragraph]:
    m = detail.meeting
    if m.mode == "hybrid":
        mode = "trực tiếp kết hợp trực tuyến"
    elif m.mode == "online":
        mode = "trực tuyến"
    else:
        return []
    out = [labelled("Hình thức: ", mode + ".")]
    if m.online_link:
        label = "Đường dẫn trực tuyến: "
        if text_width_mm(label, 14, True) + text_width_mm(m.online_link, 14) <= LINE_MM:
            out.append(labelled(label, m.online_link))
        else:  # a long link on a justified line would stretch the label's words apart
            out.append(labelled(label.strip(), ""))
            out.append(Paragraph((Run(m.online_link),), align="left", first_line_indent=False))
    return out


def signer(detail: MeetingDetail) -> Attendee | None:
    """Who signs the notice and the invitation: the meeting's chair, else the board's head."""
    if detail.chair is not None:
        return detail.chair
    return next(
        (
            a
            for a in detail.attendees
            if a.kind == "member" and a.board_role.casefold().startswith("trưởng ban")
        ),
        None,
    )


def signature(detail: MeetingDetail) -> SignatureColumn:
    """ "TM. BAN ĐIỀU HÀNH / TRƯỞNG BAN" for the head of the board, "KT. TRƯỞNG BAN / PHÓ
    TRƯỞNG BAN ..." for a deputy, otherwise the signer's own title."""
    kind = body_kind(detail)
    head = signer(detail)
    if head is None:
        return SignatureColumn(authority=f"TM. {kind}")
    role = head.board_role.casefold()
    if role.startswith("phó trưởng ban"):
        return SignatureColumn("KT. TRƯỞNG BAN", head.board_role, head.name)
    if role.startswith("trưởng ban"):
        return SignatureColumn(f"TM. {kind}", "TRƯỞNG BAN", head.name)
    return SignatureColumn(f"TM. {kind}", head.title, head.name)


def listed(items: list[str]) -> list[Paragraph]:
    """ "- a;", "- b;", ..., "- z." — an enumeration ends with a full stop."""
    lines = [f"- {item};" for item in items]
    if lines:
        lines[-1] = lines[-1][:-1] + "."
    return [para(line) for line in lines]


def presenter(item) -> str:
    """ "Bà Trần Thị Bích, Sở Y tế"."""
    return ", ".join(x for x in (item.presenter, item.presenter_agency_name) if x)


def recipients(detail: MeetingDetail) -> tuple[str, ...]:
    """The agencies a conclusion notice goes to: every agency named as lead or co-operating in
    its conclusions' tasks, then the other attending members' agencies, without repeats."""
    seen: list[str] = []
    for c in detail.conclusions:
        for t in c.tasks:
            for name in (t.lead_agency_name, *t.cooperating_agency_names):
                if name and name not in seen:
                    seen.append(name)
    for a in detail.attendees:
        if a.kind == "member" and a.agency_name and a.agency_name not in seen:
            seen.append(a.agency_name)
    return tuple(seen)


def sorted_attendees(rows: Iterable[A]) -> list[A]:
    """Members first, in the board's order, then the guests; by name within a position."""
    return sorted(rows, key=lambda a: (a.kind != "member", a.position, person_sort_key(a.name)))
