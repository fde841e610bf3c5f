"""Regressions found reviewing meetings, reports, letters and the shared server: each test
failed before its fix."""

from __future__ import annotations

import threading
import time
from datetime import date

from coordboard.db import open_database
from coordboard.services import meetings, register
from coordboard.services.uow import UnitOfWork
from services.meetings.test_meetings_service import held_meeting


def test_a_number_taken_on_another_pc_meanwhile_is_waited_for_not_an_error(db, secretariat, world):
    """PC 1 is taking a TB number (e.g. writing letters: the transaction stays open while they
    render); PC 2 issues a conclusion notice of the same board meanwhile. PC 2 waits and gets
    the next number instead of a 'breaks a database rule: duplicate key' message."""
    m = held_meeting(db, secretariat, world)
    other = open_database(db.url if db.path is None else db.path)
    outcome: dict = {}

    def second_pc():
        try:
            outcome["notice"] = meetings.issue_document_number(
                other, secretariat, m.meeting.id, "notice", date(2026, 2, 1)
            ).meeting.notice_number
        except Exception as exc:  # noqa: BLE001 - compared below
            outcome["notice"] = exc

    try:
        with UnitOfWork(db, secretariat) as uow:
            first = register.issue_number(
                uow.session, secretariat, world.province, "TB", date(2026, 2, 1), "Thông báo khác"
            )
            pc2 = threading.Thread(target=second_pc)
            pc2.start()
            time.sleep(1.0)  # PC 2 is now waiting on the register (or about to)
            uow.commit()
        pc2.join(30)
    finally:
        other.dispose()
    assert (first, outcome["notice"]) == (1, 2)
    assert [
        e.reference
        for e in register.register_entries(db, secretariat, world.province)
        if e.type_code == "TB"
    ] == ["01/TB-BĐH", "02/TB-BĐH"]


def test_the_period_after_a_quarter_is_the_next_quarter():
    """Section IV ("kỳ tới") of a quarterly report named 01/04-29/06 and left out the tasks
    due on 30/06; after Q4 it ran to 02/04."""
    from coordboard.rules.report_period import ReportPeriod

    def after(text: str) -> tuple[date, date]:
        following = ReportPeriod.parse(text).following()
        return following.start, following.end

    assert after("01/01/2026:31/03/2026") == (date(2026, 4, 1), date(2026, 6, 30))
    assert after("01/10/2026:31/12/2026") == (date(2027, 1, 1), date(2027, 3, 31))
    assert after("01/12/2027:29/02/2028") == (date(2028, 3, 1), date(2028, 5, 31))
    assert after("01/02/2026:28/02/2026") == (date(2026, 3, 1), date(2026, 3, 31))
    # not whole months: as many days again
    assert after("10/01/2026:20/01/2026") == (date(2026, 1, 21), date(2026, 1, 31))
