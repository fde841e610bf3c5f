"""Giấy mời (the invitation, GM) to a meeting: who is invited, when, where (and the online
link), the agenda with its presenters and durations."""

from __future__ import annotations

from coordboard.services.documents.formats import (
    vn_date_words,
    vn_datetime_words,
    vn_time_words,
)
from coordboard.services.documents.meeting_data import Attendee, MeetingDetail
from coordboard.services.documents.meeting_parts import (
    gathering,
    header,
    labelled,
    listed,
    meeting_ref,
    mode_lines,
    multiline,
    para,
    presenter,
    short_board,
    signature,
    sorted_attendees,
    title_lines,
    who,
)
from coordboard.services.documents.model import Document

WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


def _invitee(a: Attendee) -> str:
    return f"{'Đồng chí ' if a.kind == 'member' else ''}{who(a)}"


def build_invitation(detail: MeetingDetail) -> Document:
    """Giấy mời: who is invited, when, where (and the online link), the agenda with its
    presenters and durations."""
    m = detail.meeting
    invited = list(sorted_attendees(detail.attendees))
    body: list = [para(f"{detail.letterhead.board_name} trân trọng kính mời:", keep_with_next=True)]
    body += listed([_invitee(a) for a in invited] or [f"Các thành viên {short_board(detail)}"])
    body.append(para(f"Tới dự {meeting_ref(detail)}."))
    end = (
        vn_time_words(m.ends_at)
        if m.ends_at.date() == m.starts_at.date()
        else vn_datetime_words(m.ends_at)
    )
    body.append(labelled("Thời gian: ", f"{_when(detail)} (dự kiến kết thúc lúc {end})."))
    body.append(labelled("Địa điểm: ", (m.place or "…") + "."))
    body += mode_lines(detail)
    if m.purpose:
        body += multiline("Mục đích: ", m.purpose)
    if detail.agenda:
        body.append(labelled("Nội dung:", "", keep_with_next=True))
        for n, item in enumerate(detail.agenda, start=1):
            extra = []
            if presenter(item):
                extra.append(f"trình bày: {presenter(item)}")
            if item.planned_minutes:
                extra.append(f"{item.planned_minutes} phút")
            last = n == len(detail.agenda)
            body.append(
                para(
                    f"{n}. {item.title}"
                    + (f" ({'; '.join(extra)})" if extra else "")
                    + ("." if last else ";")
                )
            )
    if any(item.documents for item in detail.agenda):
        body.append(para(f"Tài liệu {gathering(detail).lower()} gửi kèm theo Giấy mời này."))
    body.append(
        para("Rất mong các đồng chí, các vị đại biểu tham dự đúng thời gian.", keep_with_next=True)
    )
    agencies: list[str] = []
    for a in invited:
        if a.agency_name and a.agency_name not in agencies:
            agencies.append(a.agency_name)
    return Document(
        header=header(detail, "GM", m.invitation_number, m.invitation_date),
        kind_title="GIẤY MỜI",
        title_lines=title_lines(f"Dự {meeting_ref(detail)}"),
        body=tuple(body),
        signatures=(signature(detail),),
        recipients=tuple(agencies),
        archive="VT",
    )


def _when(detail: MeetingDetail) -> str:
    start = detail.meeting.starts_at
    return f"{vn_time_words(start)}, {WEEKDAYS[start.weekday()]}, {vn_date_words(start.date())}"
