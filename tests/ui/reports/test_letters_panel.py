"""Reminder letters on the Reports page: the agencies to chase, each with a check box; the
letters of the checked agencies only, written on a worker; numbered letters announce the
register's change."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coordboard.services.reports import reminders
from coordboard.ui import operations
from coordboard.ui.operations import Changes


def test_letters_for_the_checked_agencies_only(qtbot, page, tmp_path, qtmodeltester):
    heard = []
    operations.hub().changed.connect(lambda changes, origin: heard.append(changes))
    qtmodeltester.check(page.letters.candidates)
    rows = page.letters.candidates.rows
    expected = reminders.reminder_candidates(
        page.ctx.db, page.ctx.actor, page.form.board.current_id()
    )
    assert [r.agency_name for r in rows] == [c.agency_name for c in expected]
    assert len(rows) >= 2
    skipped = rows[1]
    page.letters.candidates.setData(
        page.letters.candidates.index(1, 0), Qt.Unchecked.value, Qt.CheckStateRole
    )
    assert (
        page.letters.candidates.data(page.letters.candidates.index(1, 0), Qt.CheckStateRole)
        == Qt.Unchecked
    )
    page.letters.draft.setChecked(True)
    folder = tmp_path / "cong-van"
    with qtbot.waitSignal(page.letters.letters_written, timeout=30_000) as written:
        page.letters.write_letters_to(folder)
    summary = written.args[0]
    assert [f.agency_name for f in summary.letters] == [
        r.agency_name for r in rows if r is not skipped
    ]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f.file_name for f in summary.letters] + [summary.summary_file.name]
    )
    assert not any(skipped.agency_name in p.name for p in folder.iterdir())
    assert page.informed[-1].startswith(f"Đã ghi {len(summary.letters)} công văn vào")
    assert page.letters.write_button.isEnabled()
    assert heard == []  # drafts take no number from the register


def test_numbered_letters_announce_the_registers_change(qtbot, page, tmp_path):
    heard = []
    operations.hub().changed.connect(lambda changes, origin: heard.append((changes, origin)))
    assert not page.letters.draft.isChecked()  # the secretariat numbers its letters
    for row in range(1, page.letters.candidates.rowCount()):  # one letter is enough
        index = page.letters.candidates.index(row, 0)
        page.letters.candidates.setData(index, Qt.Unchecked.value, Qt.CheckStateRole)
    with qtbot.waitSignal(page.letters.letters_written, timeout=30_000) as written:
        page.letters.write_letters_to(tmp_path / "so")
    (letter,) = written.args[0].letters
    assert letter.agency_name == page.letters.candidates.rows[0].agency_name
    assert heard == [(Changes.REGISTER, page.letters)]


def test_a_refresh_keeps_the_agencies_unticked_and_the_date_chosen(qtbot, page):
    """The page is read again when a save elsewhere changes tasks: the secretary's choices
    for the same board stay; another board starts afresh."""
    from datetime import timedelta

    letters = page.letters
    skipped = letters.candidates.rows[1].agency_id
    letters.candidates.setData(
        letters.candidates.index(1, 0), Qt.Unchecked.value, Qt.CheckStateRole
    )
    chosen = letters.reply_by.value() + timedelta(days=9)
    letters.reply_by.set_value(chosen)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    assert skipped not in letters.candidates.checked_ids()
    assert len(letters.candidates.checked_ids()) == len(letters.candidates.rows) - 1
    assert letters.reply_by.value() == chosen
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.form.child_boards.setChecked(not page.form.child_boards.isChecked())
    assert letters.candidates.checked_ids() == [r.agency_id for r in letters.candidates.rows]
    assert letters.reply_by.value() != chosen
