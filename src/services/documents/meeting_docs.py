"""The three documents a meeting produces, as ND 30/2020 documents: the minutes (Biên bản,
Mẫu 1.9 of Phụ lục III), the conclusion notice (Thông báo kết luận, TB) and the invitation
(Giấy mời, GM).

The builders turn a `meetings.MeetingDetail` into a `Document`; the renderers (DOCX here,
preview and PDF in coordboard.ui.printing, handed in by the caller) draw it. The fixed phrases are administrative
Vietnamese by nature (they are the form, like a template), so they are written here directly.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from coordboard.db import Database
from coordboard.errors import ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.services import meetings
from coordboard.services.actor import Actor
from coordboard.services.documents import (
    Document,
    Header,
    Heading,
    Paragraph,
    Run,
    SignatureColumn,
    nfc,
    text_width_mm,
    vn_date_words,
    vn_datetime_words,
    vn_short_date,
    vn_time_words,
    write_docx,
)
from coordboard.services.documents.line_breaks import fit_lines
from coordboard.services.meetings import AttendeeInfo, ConclusionTask, MeetingDetail

KINDS = ("minutes", "notice", "invitation")
# A summary line under the document type wider than this is set on balanced lines (a last line
# holding one word looks like an accident; fonts without Times metrics run wider).
TITLE_MM = 140.0
# The first line of a body paragraph: A4 less the default margins and the first-line indent.
LINE_MM = 210 - 30 - 15 - 12.7 - 4
WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
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


def _lines(text: str) -> list[str]:
    return [t.strip() for t in nfc(text).split("\n") if t.strip()]


def _p(
    text: str, *, bold: bool = False, italic: bool = False, keep_with_next: bool = False
) -> Paragraph:
    return Paragraph.of(nfc(text), bold=bold, italic=italic, keep_with_next=keep_with_next)


def _labelled(label: str, text: str, *, keep_with_next: bool = False) -> Paragraph:
    """ "Địa điểm: ..." with the label in bold."""
    runs = (Run(nfc(label), bold=True),) + ((Run(nfc(text)),) if text else ())
    return Paragraph(runs, keep_with_next=keep_with_next)


def _multiline(first: str, text: str) -> list[Paragraph]:
    """`first` + the text's first line, then one paragraph per further line (a line break in a
    justified paragraph would stretch the line before it)."""
    lines = _lines(text) or [""]
    return [_p(first + lines[0])] + [_p(line) for line in lines[1:]]


def _title(text: str) -> tuple[str, ...]:
    return tuple(fit_lines(nfc(text), TITLE_MM, 14).split("\n"))


def _header(detail: MeetingDetail, type_code: str, number: int | None, day: date | None) -> Header:
    head = detail.letterhead
    return Header(
        governing_body=head.governing_body,
        issuing_body=fit_lines(head.issuing_body),
        number=head.number(number, type_code),
        place=head.place,
        date=day,
    )


def _body_kind(detail: MeetingDetail) -> str:
    """ "BAN ĐIỀU HÀNH" out of "BAN ĐIỀU HÀNH CÔNG TÁC TRẺ EM TỈNH VĨNH LONG"."""
    name = detail.letterhead.issuing_body
    return next((k for k in BODY_KINDS if name.startswith(k)), name)


def _short_board(detail: MeetingDetail) -> str:
    """ "Ban Điều hành" (as a board's members call it in running text)."""
    kind = _body_kind(detail)
    name = detail.letterhead.board_name
    return name[: len(kind)] if name.upper().startswith(kind) else name


def _gathering(detail: MeetingDetail) -> str:
    """ "Hội nghị" or "Cuộc họp": how the closing and the notice name the meeting."""
    title = detail.meeting.title.lower()
    return "Hội nghị" if title.startswith(("hội nghị", "hội thảo")) else "Cuộc họp"


def _meeting_ref(detail: MeetingDetail) -> str:
    """ "Hội nghị tổng kết ..." as is; "Họp Ban Điều hành quý III" -> "cuộc họp Ban Điều hành
    quý III"; any other title -> "cuộc họp <title>"."""
    title = nfc(detail.meeting.title.strip())
    lower = title.lower()
    if lower.startswith("họp "):
        return "cuộc họp " + title[4:]
    if lower.startswith(GATHERINGS):
        return title
    return "cuộc họp " + title


def _contained(part: str, whole: str) -> bool:
    return bool(part) and part.casefold() in whole.casefold()


def _who(a: AttendeeInfo, *, role: bool = True) -> str:
    """ "Nguyễn Văn An – Phó Chủ tịch Ủy ban nhân dân tỉnh, Trưởng ban" (the agency only when
    the title does not already name it)."""
    parts = [a.title] if a.title else []
    if a.agency_name and not _contained(a.agency_name, a.title):
        parts.append(a.agency_name)
    if role and a.board_role:
        parts.append(a.board_role)
    return f"{a.name} – {', '.join(parts)}" if parts else a.name


def _comrade(a: AttendeeInfo) -> str:
    """Members are "đồng chí"; a guest is named as entered ("Bà Trương Thị Hoa")."""
    return "đồng chí " if a.kind == "member" else ""


def _delegate(a: AttendeeInfo) -> str:
    parts = [a.delegate_title] if a.delegate_title else []
    if a.agency_name and not _contained(a.agency_name, a.delegate_title):
        parts.append(a.agency_name)
    who = f"{a.delegate_name} – {', '.join(parts)}" if parts else a.delegate_name
    role = f", {a.board_role}" if a.board_role else ""
    return f"Đồng chí {who} (dự thay đồng chí {a.name}{role})"


def _role_in_board(role: str, board: str) -> str:
    """ "Trưởng ban" -> "Trưởng Ban Điều hành"; "Ủy viên" -> "Ủy viên Ban Điều hành"."""
    words = role.split()
    for i, word in enumerate(words):
        if word.casefold() == "ban":
            return " ".join([*words[:i], board, *words[i + 1 :]])
    return f"{role} {board}" if role else ""


def _count(n: int) -> str:
    """Counts in running text are written with two digits below 10 ("02 đồng chí")."""
    return f"{n:02d}"


def _reason(text: str) -> str:
    """ "Đi công tác." -> "đi công tác" (inside brackets, mid-sentence)."""
    text = text.strip().rstrip(".;")
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _deadline(t: ConclusionTask) -> str:
    """The deadline decided at the meeting: a reprint of a numbered notice stays the same
    document after an extension (the tracker and the meeting page show the extended one)."""
    return f"ngày {vn_short_date(t.decided_deadline)}" if t.decided_deadline else "thường xuyên"


def task_line(t: ConclusionTask) -> str:
    """ "- Rà soát ...: Sở Y tế chủ trì, phối hợp với Công an tỉnh, Sở Tư pháp thực hiện; thời
    hạn: ngày 31/03/2026;" — a task as the minutes and the notice assign it."""
    title = nfc(t.title.strip()).rstrip(".;:")
    who = f"{t.lead_agency_name} chủ trì"
    if t.cooperating_agency_names:
        who += ", phối hợp với " + ", ".join(t.cooperating_agency_names)
    return f"- {title}: {who} thực hiện; thời hạn: {_deadline(t)}."


def _conclusion_blocks(detail: MeetingDetail) -> list[Paragraph]:
    out: list[Paragraph] = []
    for n, c in enumerate(detail.conclusions, start=1):
        out += _multiline(f"{n}. ", c.text)
        out += [_p(task_line(t)) for t in c.tasks]
    return out


def _when(detail: MeetingDetail) -> str:
    start = detail.meeting.starts_at
    return f"{vn_time_words(start)}, {WEEKDAYS[start.weekday()]}, {vn_date_words(start.date())}"


def _mode_lines(detail: MeetingDetail) -> list[Paragraph]:
    m = detail.meeting
    if m.mode == "hybrid":
        mode = "trực tiếp kết hợp trực tuyến"
    elif m.mode == "online":
        mode = "trực tuyến"
    else:
        return []
    out = [_labelled("Hình thức: ", mode + ".")]
    if m.online_link:
        label = "Đường dẫn trực tuyến: "
        if text_width_mm(label, 14, True) + text_width_mm(m.online_link, 14) <= LINE_MM:
            out.append(_labelled(label, m.online_link))
        else:  # a long link on a justified line would stretch the label's words apart
            out.append(_labelled(label.strip(), ""))
            out.append(Paragraph((Run(m.online_link),), align="left", first_line_indent=False))
    return out


def _signer(detail: MeetingDetail) -> AttendeeInfo | None:
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


def _signature(detail: MeetingDetail) -> SignatureColumn:
    """ "TM. BAN ĐIỀU HÀNH / TRƯỞNG BAN" for the head of the board, "KT. TRƯỞNG BAN / PHÓ
    TRƯỞNG BAN ..." for a deputy, otherwise the signer's own title."""
    kind = _body_kind(detail)
    signer = _signer(detail)
    if signer is None:
        return SignatureColumn(authority=f"TM. {kind}")
    role = signer.board_role.casefold()
    if role.startswith("phó trưởng ban"):
        return SignatureColumn("KT. TRƯỞNG BAN", signer.board_role, signer.name)
    if role.startswith("trưởng ban"):
        return SignatureColumn(f"TM. {kind}", "TRƯỞNG BAN", signer.name)
    return SignatureColumn(f"TM. {kind}", signer.title, signer.name)


# --- the minutes ------------------------------------------------------------------------------


def build_minutes(detail: MeetingDetail) -> Document:
    """Biên bản (Mẫu 1.9): numbered once approved, blank number while a draft; dated the
    meeting day; signed by the secretary (left) and the chair (right)."""
    m = detail.meeting
    body: list = [
        _labelled("Thời gian bắt đầu: ", vn_datetime_words(m.starts_at) + "."),
        _labelled("Địa điểm: ", (m.place or "") + "."),
        *_mode_lines(detail),
    ]
    body += _attendance_blocks(detail)
    chair, secretary = detail.chair, detail.secretary
    body.append(_labelled("Chủ trì (chủ tọa): ", _presiding(detail, chair)))
    body.append(_labelled("Thư ký (người ghi biên bản): ", _presiding(detail, secretary)))
    body.append(Heading("Nội dung:"))
    body += _content_blocks(detail)
    if detail.conclusions:
        body.append(Heading("Kết luận của chủ trì:"))
        body += _conclusion_blocks(detail)
    body.append(_p(_closing_line(detail), keep_with_next=True))  # with the signatures
    return Document(
        header=_header(detail, "BB", m.minutes_number, m.day),
        kind_title="BIÊN BẢN",
        title_lines=_title(m.title),
        body=tuple(body),
        signatures=(
            SignatureColumn(position="THƯ KÝ", name=secretary.name if secretary else ""),
            SignatureColumn(position="CHỦ TỌA", name=chair.name if chair else ""),
        ),
        recipients=(f"Thành viên {_short_board(detail)}", *_named_agencies(detail)),
        archive="VT, Hồ sơ",
    )


def _named_agencies(detail: MeetingDetail) -> list[str]:
    """The lead and co-operating agencies of the conclusions' tasks, in order of mention."""
    named = {
        n
        for c in detail.conclusions
        for t in c.tasks
        for n in (t.lead_agency_name, *t.cooperating_agency_names)
    }
    return [n for n in meetings.recipients(detail) if n in named]


def _presiding(detail: MeetingDetail, a: AttendeeInfo | None) -> str:
    """The chair or the secretary with the full name of their seat on the board."""
    if a is None:
        return "…"
    if a.kind == "member" and a.board_role:
        a = replace(a, board_role=_role_in_board(a.board_role, _short_board(detail)))
    return f"{_comrade(a)}{_who(a)}."


def _closing_line(detail: MeetingDetail) -> str:
    m = detail.meeting
    if m.ends_at.date() == m.starts_at.date():
        end = f"{vn_time_words(m.ends_at)} cùng ngày"
    else:
        end = vn_datetime_words(m.ends_at)
    return f"{_gathering(detail)} kết thúc vào {end}."


def _listed(items: list[str]) -> list[Paragraph]:
    """ "- a;", "- b;", ..., "- z." — an enumeration ends with a full stop."""
    lines = [f"- {item};" for item in items]
    if lines:
        lines[-1] = lines[-1][:-1] + "."
    return [_p(line) for line in lines]


def _attendance_blocks(detail: MeetingDetail) -> list:
    members = [a for a in detail.attendees if a.kind == "member"]
    guests = [a for a in detail.attendees if a.kind == "guest" and a.attending]
    q = detail.quorum
    board = _short_board(detail)
    out: list = [Heading("Thành phần tham dự:")]
    line = f"Thành viên {board} dự họp: {q.attending}/{q.members} đồng chí"
    if q.delegated:
        line += f" ({_count(q.delegated)} đồng chí cử người dự thay)"
    out.append(_p(line + (", gồm:" if q.attending else ".")))
    out += _listed(
        [f"Đồng chí {_who(a)}" for a in members if a.attendance == "present"]
        + [_delegate(a) for a in members if a.attendance == "delegated"]
    )
    excused = [a for a in members if a.attendance == "absent_excused"]
    if excused:
        out.append(_p(f"Vắng có lý do: {_count(len(excused))} đồng chí, gồm:"))
        out += _listed(
            [f"Đồng chí {_who(a)} (lý do: {_reason(a.absence_reason)})" for a in excused]
        )
    absent = [a for a in members if a.attendance == "absent"]
    if absent:
        out.append(_p(f"Vắng: {_count(len(absent))} đồng chí, gồm:"))
        out += _listed(
            [
                f"Đồng chí {_who(a)}"
                + (f" (lý do: {_reason(a.absence_reason)})" if a.absence_reason else "")
                for a in absent
            ]
        )
    if guests:
        out.append(_p(f"Khách mời: {_count(len(guests))} đại biểu, gồm:"))
        out += _listed([_who(a, role=False) for a in guests])
    return out


def _speaker(detail: MeetingDetail, o) -> str:
    """ "Đồng chí Ngô Văn Tư, Công an tỉnh" (a guest as entered; the agency when known)."""
    a = next((x for x in detail.attendees if x.id == o.attendee_id), None)
    name = o.speaker
    prefix = "Đồng chí " if a is not None and a.kind == "member" else ""
    agency = o.agency_name
    if agency and not _contained(agency, name):
        return f"{prefix}{name}, {agency}"
    return f"{prefix}{name}"


def _presenter(item) -> str:
    """ "Bà Trần Thị Bích, Sở Y tế"."""
    return ", ".join(x for x in (item.presenter, item.presenter_agency_name) if x)


def _opinion_blocks(detail: MeetingDetail, opinions) -> list:
    if not opinions:
        return []
    out: list = [_p("Ý kiến phát biểu:", italic=True, keep_with_next=True)]
    for o in opinions:
        out += _multiline(f"- {_speaker(detail, o)}: ", o.text)
    return out


def _content_blocks(detail: MeetingDetail) -> list:
    out: list = []
    for n, item in enumerate(detail.agenda, start=1):
        out.append(Heading(f"{n}. {item.title}", level=2))
        if _presenter(item):
            out.append(_labelled("Trình bày: ", _presenter(item) + "."))
        out += [_p(line) for line in _lines(item.summary)]
        out += _opinion_blocks(detail, detail.opinions_on(item.id))
    loose = detail.opinions_on(None)
    if loose:
        if detail.agenda:
            out.append(Heading(f"{len(detail.agenda) + 1}. Thảo luận chung", level=2))
        out += _opinion_blocks(detail, loose)
    if not out:
        out.append(_p("…"))
    return out


# --- the conclusion notice --------------------------------------------------------------------


def _chair_phrase(detail: MeetingDetail) -> str:
    chair = _signer(detail)
    if chair is None:
        return "đồng chí chủ trì"
    role = _role_in_board(chair.board_role, _short_board(detail)) if chair.kind == "member" else ""
    parts = [p for p in (chair.title, role) if p]
    return f"đồng chí {chair.name}" + (f", {', '.join(parts)}" if parts else "")


def build_notice(detail: MeetingDetail) -> Document:
    """Thông báo kết luận: the chair's conclusions, each task with its lead agency, its
    co-operating agencies and its deadline; sent to every agency the conclusions name."""
    m = detail.meeting
    ref = _meeting_ref(detail)
    chair = _signer(detail)
    chair_name = f"đồng chí {chair.name}" if chair else "đồng chí chủ trì"
    q = detail.quorum
    where = f", tại {m.place}" if m.place else ""
    if m.mode == "hybrid":
        where += ", theo hình thức trực tiếp kết hợp trực tuyến"
    elif m.mode == "online":
        where = ", theo hình thức trực tuyến"
    attending = (
        f"Tham dự có {q.attending}/{q.members} thành viên {_short_board(detail)}"
        + (f" và {_count(q.guests_present)} đại biểu khách mời" if q.guests_present else "")
        + "."
    )
    presenters = []
    for item in detail.agenda:
        name = item.presenter_agency_name or item.presenter
        if name and name not in presenters:
            presenters.append(name)
    heard = (
        f"Sau khi nghe {', '.join(presenters[:2])} báo cáo"
        if presenters
        else "Sau khi nghe báo cáo"
    )
    body: list = [
        _p(
            f"{vn_date_words(m.day).capitalize()}{where}, "
            f"{_chair_phrase(detail)} đã chủ trì {ref}. {attending}"
        ),
        _p(f"{heard} và ý kiến các thành viên, {chair_name} kết luận như sau:"),
        *_conclusion_blocks(detail),
        _p(
            f"{detail.letterhead.board_name} thông báo để các cơ quan, đơn vị biết, thực hiện.",
            keep_with_next=True,
        ),
    ]
    title = f"Ý kiến kết luận của {_chair_phrase(detail)} tại {ref}"
    return Document(
        header=_header(detail, "TB", m.notice_number, m.notice_date),
        kind_title="THÔNG BÁO",
        title_lines=_title(title),
        body=tuple(body),
        signatures=(_signature(detail),),
        recipients=meetings.recipients(detail),
        archive="VT",
    )


# --- the invitation ---------------------------------------------------------------------------


def _invitee(a: AttendeeInfo) -> str:
    return f"{'Đồng chí ' if a.kind == 'member' else ''}{_who(a)}"


def build_invitation(detail: MeetingDetail) -> Document:
    """Giấy mời: who is invited, when, where (and the online link), the agenda with its
    presenters and durations."""
    m = detail.meeting
    invited = list(meetings.sorted_attendees(detail.attendees))
    body: list = [_p(f"{detail.letterhead.board_name} trân trọng kính mời:", keep_with_next=True)]
    body += _listed([_invitee(a) for a in invited] or [f"Các thành viên {_short_board(detail)}"])
    body.append(_p(f"Tới dự {_meeting_ref(detail)}."))
    end = (
        vn_time_words(m.ends_at)
        if m.ends_at.date() == m.starts_at.date()
        else vn_datetime_words(m.ends_at)
    )
    body.append(_labelled("Thời gian: ", f"{_when(detail)} (dự kiến kết thúc lúc {end})."))
    body.append(_labelled("Địa điểm: ", (m.place or "…") + "."))
    body += _mode_lines(detail)
    if m.purpose:
        body += _multiline("Mục đích: ", m.purpose)
    if detail.agenda:
        body.append(_labelled("Nội dung:", "", keep_with_next=True))
        for n, item in enumerate(detail.agenda, start=1):
            extra = []
            if _presenter(item):
                extra.append(f"trình bày: {_presenter(item)}")
            if item.planned_minutes:
                extra.append(f"{item.planned_minutes} phút")
            last = n == len(detail.agenda)
            body.append(
                _p(
                    f"{n}. {item.title}"
                    + (f" ({'; '.join(extra)})" if extra else "")
                    + ("." if last else ";")
                )
            )
    if any(item.documents for item in detail.agenda):
        body.append(_p(f"Tài liệu {_gathering(detail).lower()} gửi kèm theo Giấy mời này."))
    body.append(
        _p("Rất mong các đồng chí, các vị đại biểu tham dự đúng thời gian.", keep_with_next=True)
    )
    agencies: list[str] = []
    for a in invited:
        if a.agency_name and a.agency_name not in agencies:
            agencies.append(a.agency_name)
    return Document(
        header=_header(detail, "GM", m.invitation_number, m.invitation_date),
        kind_title="GIẤY MỜI",
        title_lines=_title(f"Dự {_meeting_ref(detail)}"),
        body=tuple(body),
        signatures=(_signature(detail),),
        recipients=tuple(agencies),
        archive="VT",
    )


# --- export -----------------------------------------------------------------------------------

BUILDERS = {"minutes": build_minutes, "notice": build_notice, "invitation": build_invitation}


def build(detail: MeetingDetail, kind: str) -> Document:
    try:
        return BUILDERS[kind](detail)
    except KeyError:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown document type.")) from None


def export_meeting_document(
    db: Database,
    actor: Actor,
    meeting_id: int,
    kind: str,
    path: str | os.PathLike,
    pdf_writer: Callable[[Document, Path], object] | None = None,
) -> Path:
    """Write the minutes, the notice or the invitation of a meeting to a .docx file, or to a
    .pdf through `pdf_writer(document, path)`, which the ui or the command line supplies
    (printing needs Qt; services do not import it). Nothing is left behind when writing fails."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Save the document as a .docx or .pdf file, not {name}."),
            name=path.name,
        )
    if kind not in BUILDERS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown document type."))
    if suffix == ".pdf" and pdf_writer is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Writing a PDF needs the printing part of the application."
            ),
            field="out",
        )
    doc = build(meetings.get_meeting(db, actor, meeting_id), kind)
    if suffix == ".docx":
        return write_docx(doc, path)
    return Path(pdf_writer(doc, path) or path)


def document_file_name(detail: MeetingDetail, kind: str, suffix: str = ".docx") -> str:
    """A file name a save dialog can offer: "Bien ban - Hoi nghi tong ket ... 20-01-2026.docx"
    keeps Vietnamese letters (file systems take them) but no characters Windows refuses."""
    label = {"minutes": "Biên bản", "notice": "Thông báo kết luận", "invitation": "Giấy mời"}[kind]
    day = detail.meeting.day.strftime("%d-%m-%Y")
    name = f"{label} - {detail.meeting.title} {day}"
    name = "".join("-" if ch in '<>:"/\\|?*' else ch for ch in name)
    return nfc(name.strip()[:150]) + suffix


__all__ = [
    "KINDS",
    "build",
    "build_invitation",
    "build_minutes",
    "build_notice",
    "document_file_name",
    "export_meeting_document",
    "task_line",
]
