"""Thông báo kết luận (the conclusion notice, TB) of a meeting: the chair's conclusions, each
task with its lead agency, its co-operating agencies and its deadline."""

from __future__ import annotations

from coordboard.services.documents.formats import vn_date_words
from coordboard.services.documents.meeting_data import MeetingDetail
from coordboard.services.documents.meeting_parts import (
    conclusion_blocks,
    count_text,
    header,
    meeting_ref,
    para,
    recipients,
    role_in_board,
    short_board,
    signature,
    signer,
    title_lines,
)
from coordboard.services.documents.model import Document


def _chair_phrase(detail: MeetingDetail) -> str:
    chair = signer(detail)
    if chair is None:
        return "đồng chí chủ trì"
    role = role_in_board(chair.board_role, short_board(detail)) if chair.kind == "member" else ""
    parts = [p for p in (chair.title, role) if p]
    return f"đồng chí {chair.name}" + (f", {', '.join(parts)}" if parts else "")


def build_notice(detail: MeetingDetail) -> Document:
    """Thông báo kết luận: the chair's conclusions, each task with its lead agency, its
    co-operating agencies and its deadline; sent to every agency the conclusions name."""
    m = detail.meeting
    ref = meeting_ref(detail)
    chair = signer(detail)
    chair_name = f"đồng chí {chair.name}" if chair else "đồng chí chủ trì"
    q = detail.quorum
    where = f", tại {m.place}" if m.place else ""
    if m.mode == "hybrid":
        where += ", theo hình thức trực tiếp kết hợp trực tuyến"
    elif m.mode == "online":
        where = ", theo hình thức trực tuyến"
    attending = (
        f"Tham dự có {q.attending}/{q.members} thành viên {short_board(detail)}"
        + (f" và {count_text(q.guests_present)} đại biểu khách mời" if q.guests_present else "")
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
        para(
            f"{vn_date_words(m.day).capitalize()}{where}, "
            f"{_chair_phrase(detail)} đã chủ trì {ref}. {attending}"
        ),
        para(f"{heard} và ý kiến các thành viên, {chair_name} kết luận như sau:"),
        *conclusion_blocks(detail),
        para(
            f"{detail.letterhead.board_name} thông báo để các cơ quan, đơn vị biết, thực hiện.",
            keep_with_next=True,
        ),
    ]
    title = f"Ý kiến kết luận của {_chair_phrase(detail)} tại {ref}"
    return Document(
        header=header(detail, "TB", m.notice_number, m.notice_date),
        kind_title="THÔNG BÁO",
        title_lines=title_lines(title),
        body=tuple(body),
        signatures=(signature(detail),),
        recipients=recipients(detail),
        archive="VT",
    )
