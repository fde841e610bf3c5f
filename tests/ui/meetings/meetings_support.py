"""What the Meetings page tests share: a meeting made through the service, the page loaded
with it chosen, and answering modal dialogs as they open."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from coordboard.i18n import tr_message
from coordboard.services import auth, boards, meetings
from coordboard.services.meetings import AgendaItemInput, MeetingInput
from ui.ui_helpers import context_for

TITLE = "Hội nghị sơ kết công tác trẻ em 6 tháng đầu năm"
DAY = date.today() - timedelta(days=3)  # held already: it may be approved


def vi(text: str, **params) -> str:
    """A service message as the Vietnamese user reads it (and proof it is translated)."""
    translated = tr_message("errors", text, params)
    assert translated != (text.format(**params) if params else text), f"untranslated: {text}"
    return translated


def own_board(db, username: str = "thuky") -> int:
    actor = auth.actor_for(db, username)
    return next(b.id for b in boards.list_boards(db, actor) if b.can_edit)


def make_meeting(
    db, day: date = DAY, agenda=("Báo cáo kết quả 6 tháng", "Thảo luận"), title: str = TITLE
) -> meetings.MeetingDetail:
    actor = auth.actor_for(db, "thuky")
    start = datetime.combine(day, time(8, 0))
    d = meetings.create_meeting(
        db,
        actor,
        MeetingInput(
            board_id=own_board(db),
            title=title,
            starts_at=start,
            ends_at=start.replace(hour=11),
            kind="six_month_review",
            place="Hội trường Sở Y tế",
        ),
    )
    for n, item in enumerate(agenda):
        meetings.save_agenda_item(
            db, actor, d.meeting.id, AgendaItemInput(title=item, planned_minutes=60 + 30 * n)
        )
    return meetings.get_meeting(db, actor, d.meeting.id)


def loaded_page(qtbot, db, username: str = "thuky", meeting_id: int | None = None):
    """The Meetings page with `meeting_id` chosen and read into the editor."""
    from coordboard.ui.meetings.meetings_page import MeetingsPage

    page = MeetingsPage(context_for(db, username))
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh(select_id=meeting_id)
    wait_editor(qtbot, page)
    return page


def wait_editor(qtbot, page) -> None:
    """Until the editor shows the meeting chosen in the list."""
    chosen, shown = page.current_id(), page.editor.detail
    if chosen is not None and (shown is None or shown.meeting.id != chosen):
        with qtbot.waitSignal(page.editor.loaded, timeout=5000):
            pass


def by_name(detail, name: str):
    return next(a for a in detail.attendees if a.name == name)
