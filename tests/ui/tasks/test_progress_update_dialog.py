"""The progress update form: when another PC recorded progress on the task meanwhile it offers
to take the task as it now is (read on a worker), keeps what was typed, and saves on top; an
attached file that cannot be read is refused in the banner."""

from __future__ import annotations

import errno
import os
import threading

from PySide6.QtWidgets import QMessageBox

from coordboard.i18n import tr_message
from coordboard.services import tasks
from coordboard.services.tasks import AttachmentInput, ProgressInput
from coordboard.ui.tasks import UpdateDialog
from ui.tasks.task_world import day
from ui.ui_helpers import save_and_wait

TYPED = "Đã tổ chức họp trù bị với Tỉnh đoàn."


def update_dialog(page, qtbot, task_id: int) -> UpdateDialog:
    """The progress update form, opened on the task as it is now."""
    ctx = page.ctx
    dialog = UpdateDialog(ctx, tasks.get_task(ctx.db, ctx.actor, task_id), parent=page)
    qtbot.addWidget(dialog)
    return dialog


def test_an_update_of_a_task_changed_meanwhile_takes_the_new_version(
    secretariat_page, qtbot, tasks_db, monkeypatch
):
    page, world = secretariat_page
    database, _ = tasks_db
    actor = page.ctx.actor
    dialog = update_dialog(page, qtbot, world.ids["forum"])
    opened = dialog.detail
    tasks.add_update(  # another PC, meanwhile
        database,
        actor,
        opened.id,
        ProgressInput(update_date=day(0), text="Đã gửi giấy mời các sở.", percent=30),
        expected_version=opened.version,
    )
    now = tasks.get_task(database, actor, opened.id)
    answers = [QMessageBox.No, QMessageBox.Yes]
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[1])
        return answers[len(asked) - 1]

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.text.setPlainText(TYPED)
    with qtbot.waitSignal(dialog.save_finished, timeout=5000) as declined:
        dialog.save()
    assert declined.args == [False] and len(asked) == 1
    assert dialog.detail.version == opened.version  # not reloaded: the user said no
    with qtbot.waitSignal(dialog.save_finished, timeout=5000) as reloaded:
        dialog.save()  # the same conflict again; this time the user takes the new version
    assert reloaded.args == [False] and len(asked) == 2 and dialog.saved is None
    assert dialog.detail.version == now.version
    assert dialog.text.toPlainText() == TYPED  # what was typed stays
    assert dialog.banner.text() == dialog.tr(
        "The task was reloaded as it is now. Check it and save again."
    )
    save_and_wait(qtbot, dialog)
    assert dialog.saved is not None
    history = tasks.get_task(database, actor, opened.id).updates
    assert [u.text for u in history[:2]] == [TYPED, "Đã gửi giấy mời các sở."]


def test_a_file_gone_since_it_was_attached_is_refused_in_the_banner(
    secretariat_page, qtbot, tasks_db, tmp_path, monkeypatch
):
    """The attached files are read inside the attempt, on a worker: one that cannot be read any
    more is refused like any other field, and the form stays open with what was typed."""
    page, world = secretariat_page
    database, _ = tasks_db
    actor = page.ctx.actor
    dialog = update_dialog(page, qtbot, world.ids["forum"])
    before = dialog.detail
    dialog.show()
    report = tmp_path / "bao-cao.pdf"
    report.write_bytes(b"%PDF-1.4 demo")
    dialog.add_file(report)
    report.unlink()  # moved away before Save
    dialog.text.setPlainText(TYPED)
    save_and_wait(qtbot, dialog)
    assert dialog.banner.text() == tr_message(
        "errors",
        "The file {name} cannot be read: {reason}",
        {"name": "bao-cao.pdf", "reason": os.strerror(errno.ENOENT)},
    )
    assert dialog.banner.text().startswith("Không đọc được tệp bao-cao.pdf")
    assert dialog.files.property("invalid") is True
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.text.toPlainText() == TYPED and dialog.files.count() == 1
    assert tasks.get_task(database, actor, before.id).updates == before.updates
    # the file is back: saved, and read on the worker (a big file does not freeze the window)
    readers = []
    real = AttachmentInput.from_path
    monkeypatch.setattr(
        AttachmentInput,
        "from_path",
        lambda path: readers.append(threading.current_thread()) or real(path),
    )
    report.write_bytes(b"%PDF-1.4 demo")
    save_and_wait(qtbot, dialog)
    assert dialog.saved is not None and not dialog.isVisible()
    assert readers and threading.main_thread() not in readers
    saved = tasks.get_task(database, actor, before.id).updates[0]
    assert saved.text == TYPED
    assert [a.filename for a in saved.attachments] == ["bao-cao.pdf"]
