"""How long a large meeting's documents take: the minutes of a meeting with 30 participants,
10 agenda items, 20 conclusions (each with a task) and 30 opinions, recorded through the
services in a fresh demo database.

Times (median of --repeat runs): reading the meeting, building the document model, the DOCX
(target <= 0.5 s), the PDF, and the print preview until its pages are painted
(QPrintPreviewDialog, offscreen; target <= 1 s). Prints figures; no assertions.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_meeting_docs.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coordboard import db as dbmod
from coordboard.services import catalogue, demo, meetings
from coordboard.services.actor import SYSTEM
from coordboard.services.documents import meeting_docs, render_docx
from coordboard.services.meetings import (
    AgendaItemInput,
    AttendeeInput,
    ConclusionTaskInput,
    MeetingInput,
    OpinionInput,
)


def big_meeting(database) -> int:
    """25 members of the demo's province board + 5 guests, 10 items, 20 conclusions."""
    board = next(b for b in meetings.list_meetings(database, SYSTEM)).board_id
    codes = {a.code: a.id for a in catalogue.load_catalogue(database, SYSTEM).agencies}
    day = datetime(2026, 2, 10, 8, 0)
    d = meetings.create_meeting(
        database,
        SYSTEM,
        MeetingInput(
            board_id=board,
            title="Hội nghị sơ kết công tác trẻ em và phối hợp liên ngành",
            starts_at=day,
            ends_at=day.replace(hour=17),
            kind="six_month_review",
            place="Hội trường Ủy ban nhân dân tỉnh",
            mode="hybrid",
            online_link="https://hop-truc-tuyen.vinhlong.gov.vn/so-ket",
        ),
    )
    mid = d.meeting.id
    for n in range(5):
        meetings.save_attendee(
            database,
            SYSTEM,
            mid,
            AttendeeInput(
                name=f"Ông Khách Mời Số {n + 1}",
                title="Chuyên gia bảo vệ trẻ em",
                attendance="present",
            ),
        )
    d = meetings.get_meeting(database, SYSTEM, mid)
    meetings.set_attendance(
        database, SYSTEM, mid, {a.id: "present" for a in d.attendees if a.kind == "member"}
    )
    meetings.set_roles(database, SYSTEM, mid, d.attendees[0].id, d.attendees[-6].id)
    items = [
        meetings.save_agenda_item(
            database,
            SYSTEM,
            mid,
            AgendaItemInput(
                title=f"Nội dung số {n + 1}: báo cáo kết quả thực hiện nhiệm vụ của các sở, ngành",
                presenter=d.attendees[n].name,
                presenter_agency_id=d.attendees[n].agency_id,
                planned_minutes=30,
                summary="Kết quả đạt được trong kỳ.\nNhững tồn tại, hạn chế.\n"
                "Phương hướng, nhiệm vụ kỳ tới.",
            ),
        )
        for n in range(10)
    ]
    for n in range(30):
        speaker = d.attendees[n % len(d.attendees)]
        meetings.save_opinion(
            database,
            SYSTEM,
            mid,
            OpinionInput(
                text="Đề nghị tăng cường phối hợp liên ngành trong phòng, chống xâm hại trẻ em.\n"
                "Đề nghị bổ sung kinh phí cho công tác truyền thông ở cơ sở.",
                attendee_id=speaker.id,
                agenda_item_id=items[n % 10].id,
            ),
        )
    agencies = list(codes.values())
    for n in range(20):
        c = meetings.save_conclusion(
            database, SYSTEM, mid, f"Kết luận số {n + 1}: các cơ quan triển khai thực hiện."
        )
        meetings.create_conclusion_tasks(
            database,
            SYSTEM,
            c.id,
            [
                ConclusionTaskInput(
                    title=f"Nhiệm vụ số {n + 1} giao tại Hội nghị sơ kết",
                    lead_agency_id=agencies[n % len(agencies)],
                    cooperating_agency_ids=(
                        agencies[(n + 1) % len(agencies)],
                        agencies[(n + 2) % len(agencies)],
                    ),
                    working_days=10 + n,
                )
            ],
        )
    return mid


def timed(fn, repeat: int) -> tuple[float, object]:
    runs, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from coordboard.ui import printing

    with tempfile.TemporaryDirectory() as folder:
        database = dbmod.open_database(Path(folder) / "bench.sqlite")
        demo.build(database)
        mid = big_meeting(database)
        read, detail = timed(lambda: meetings.get_meeting(database, SYSTEM, mid), args.repeat)
        q = detail.quorum
        print(
            f"meeting: {q.members} members + {q.guests_present} guests, {len(detail.agenda)} "
            f"agenda items, {len(detail.opinions)} opinions, {len(detail.conclusions)} "
            f"conclusions, {sum(len(c.tasks) for c in detail.conclusions)} tasks"
        )
        model, doc = timed(lambda: meeting_docs.build_minutes(detail), args.repeat)
        docx, data = timed(lambda: render_docx(doc), args.repeat)
        export, _ = timed(
            lambda: meetings.export_meeting_document(
                database, SYSTEM, mid, "minutes", Path(folder) / "bb.docx"
            ),
            args.repeat,
        )
        pdf, pdf_data = timed(lambda: printing.render_pdf(doc), args.repeat)
        pages = pdf_data.count(b"/Type /Page\n") or pdf_data.count(b"/Type /Page")

        def preview() -> float:
            """From building the model to the preview's pages painted."""
            painted = []
            started = time.perf_counter()
            dialog = printing.preview(meeting_docs.build_minutes(detail))
            dialog.paintRequested.connect(lambda _device: painted.append(time.perf_counter()))
            dialog.show()
            while not painted:
                app.processEvents()
            dialog.close()
            dialog.deleteLater()
            app.processEvents()
            return painted[0] - started

        shown = statistics.median(preview() for _ in range(args.repeat))
        database.dispose()
    print(f"read the meeting (get_meeting)       {read * 1000:7.0f} ms")
    print(f"build the minutes (document model)   {model * 1000:7.0f} ms")
    print(
        f"minutes DOCX (render_docx)           {docx * 1000:7.0f} ms   target <= 500 ms  "
        f"({len(data) // 1024} KB)"
    )
    print(f"export to .docx (read+build+write)   {export * 1000:7.0f} ms")
    print(
        f"minutes PDF (render_pdf)             {pdf * 1000:7.0f} ms   ({pages} pages, "
        f"{len(pdf_data) // 1024} KB)"
    )
    print(f"print preview, pages painted         {shown * 1000:7.0f} ms   target <= 1000 ms")


if __name__ == "__main__":
    main()
