"""Biên bản (minutes, Mẫu 1.9 of Phụ lục III of ND 30/2020) of a meeting: when and where,
who attended and who did not, each agenda item with its opinions, the chair's conclusions."""

from __future__ import annotations

from collections.abc import Sequence

from coordboard.services.documents.formats import vn_datetime_words, vn_time_words
from coordboard.services.documents.meeting_data import Attendee, MeetingDetail, Opinion
from coordboard.services.documents.meeting_parts import (
    conclusion_blocks,
    contained,
    count_text,
    gathering,
    header,
    labelled,
    listed,
    mode_lines,
    multiline,
    para,
    presenter,
    recipients,
    role_in_board,
    short_board,
    title_lines,
    who,
)
from coordboard.services.documents.model import Document, Heading, SignatureColumn, lines_of


def build_minutes(detail: MeetingDetail) -> Document:
    """Biên bản (Mẫu 1.9): numbered once approved, blank number while a draft; dated the
    meeting day; signed by the secretary (left) and the chair (right)."""
    m = detail.meeting
    body: list = [
        labelled("Thời gian bắt đầu: ", vn_datetime_words(m.starts_at) + "."),
        labelled("Địa điểm: ", (m.place or "") + "."),
        *mode_lines(detail),
    ]
    body += _attendance_blocks(detail)
    chair, secretary = detail.chair, detail.secretary
    body.append(labelled("Chủ trì (chủ tọa): ", _presiding(detail, chair)))
    body.append(labelled("Thư ký (người ghi biên bản): ", _presiding(detail, secretary)))
    body.append(Heading("Nội dung:"))
    body += _content_blocks(detail)
    if detail.conclusions:
        body.append(Heading("Kết luận của chủ trì:"))
        body += conclusion_blocks(detail)
    body.append(para(_closing_line(detail), keep_with_next=True))  # with the signatures
    return Document(
        header=header(detail, "BB", m.minutes_number, m.day),
        kind_title="BIÊN BẢN",
        title_lines=title_lines(m.title),
        body=tuple(body),
        signatures=(
            SignatureColumn(position="THƯ KÝ", name=secretary.name if secretary else ""),
            SignatureColumn(position="CHỦ TỌA", name=chair.name if chair else ""),
        ),
        recipients=(f"Thành viên {short_board(detail)}", *_named_agencies(detail)),
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
    return [n for n in recipients(detail) if n in named]


def _presiding(detail: MeetingDetail, a: Attendee | None) -> str:
    """The chair or the secretary with the full name of their seat on the board."""
    if a is None:
        return "…"
    seat = None
    if a.kind == "member" and a.board_role:
        seat = role_in_board(a.board_role, short_board(detail))
    return f"{_comrade(a)}{who(a, seat=seat)}."


def _closing_line(detail: MeetingDetail) -> str:
    m = detail.meeting
    if m.ends_at.date() == m.starts_at.date():
        end = f"{vn_time_words(m.ends_at)} cùng ngày"
    else:
        end = vn_datetime_words(m.ends_at)
    return f"{gathering(detail)} kết thúc vào {end}."


def _attendance_blocks(detail: MeetingDetail) -> list:
    members = [a for a in detail.attendees if a.kind == "member"]
    guests = [a for a in detail.attendees if a.kind == "guest" and a.attending]
    q = detail.quorum
    board = short_board(detail)
    out: list = [Heading("Thành phần tham dự:")]
    line = f"Thành viên {board} dự họp: {q.attending}/{q.members} đồng chí"
    if q.delegated:
        line += f" ({count_text(q.delegated)} đồng chí cử người dự thay)"
    out.append(para(line + (", gồm:" if q.attending else ".")))
    out += listed(
        [f"Đồng chí {who(a)}" for a in members if a.attendance == "present"]
        + [_delegate(a) for a in members if a.attendance == "delegated"]
    )
    excused = [a for a in members if a.attendance == "absent_excused"]
    if excused:
        out.append(para(f"Vắng có lý do: {count_text(len(excused))} đồng chí, gồm:"))
        out += listed([f"Đồng chí {who(a)} (lý do: {_reason(a.absence_reason)})" for a in excused])
    absent = [a for a in members if a.attendance == "absent"]
    if absent:
        out.append(para(f"Vắng: {count_text(len(absent))} đồng chí, gồm:"))
        out += listed(
            [
                f"Đồng chí {who(a)}"
                + (f" (lý do: {_reason(a.absence_reason)})" if a.absence_reason else "")
                for a in absent
            ]
        )
    if guests:
        out.append(para(f"Khách mời: {count_text(len(guests))} đại biểu, gồm:"))
        out += listed([who(a, role=False) for a in guests])
    return out


def _speaker(detail: MeetingDetail, o: Opinion) -> str:
    """ "Đồng chí Ngô Văn Tư, Công an tỉnh" (a guest as entered; the agency when known)."""
    a = next((x for x in detail.attendees if x.id == o.attendee_id), None)
    name = o.speaker
    prefix = "Đồng chí " if a is not None and a.kind == "member" else ""
    agency = o.agency_name
    if agency and not contained(agency, name):
        return f"{prefix}{name}, {agency}"
    return f"{prefix}{name}"


def _opinion_blocks(detail: MeetingDetail, opinions: Sequence[Opinion]) -> list:
    if not opinions:
        return []
    out: list = [para("Ý kiến phát biểu:", italic=True, keep_with_next=True)]
    for o in opinions:
        out += multiline(f"- {_speaker(detail, o)}: ", o.text)
    return out


def _content_blocks(detail: MeetingDetail) -> list:
    out: list = []
    for n, item in enumerate(detail.agenda, start=1):
        out.append(Heading(f"{n}. {item.title}", level=2))
        if presenter(item):
            out.append(labelled("Trình bày: ", presenter(item) + "."))
        out += [para(line) for line in lines_of(item.summary)]
        out += _opinion_blocks(detail, detail.opinions_on(item.id))
    loose = detail.opinions_on(None)
    if loose:
        if detail.agenda:
            out.append(Heading(f"{len(detail.agenda) + 1}. Thảo luận chung", level=2))
        out += _opinion_blocks(detail, loose)
    if not out:
        out.append(para("…"))
    return out


def _comrade(a: Attendee) -> str:
    """Members are "đồng chí"; a guest is named as entered ("Bà Trương Thị Hoa")."""
    return "đồng chí " if a.kind == "member" else ""


def _delegate(a: Attendee) -> str:
    parts = [a.delegate_title] if a.delegate_title else []
    if a.agency_name and not contained(a.agency_name, a.delegate_title):
        parts.append(a.agency_name)
    named = f"{a.delegate_name} – {', '.join(parts)}" if parts else a.delegate_name
    role = f", {a.board_role}" if a.board_role else ""
    return f"Đồng chí {named} (dự thay đồng chí {a.name}{role})"


def _reason(text: str) -> str:
    """ "Đi công tác." -> "đi công tác" (inside brackets, mid-sentence)."""
    text = text.strip().rstrip(".;")
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text
