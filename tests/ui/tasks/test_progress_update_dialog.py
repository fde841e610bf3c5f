"""The progress update form when another PC recorded progress on the task meanwhile: it offers
to take the task as it now is (read on a worker), keeps what was typed, and saves on top."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from coordboard.services import tasks
from coordboard.services.tasks import ProgressInput
from coordboard.ui.tasks import UpdateDialog
from ui.tasks.task_world import day
from ui.ui_helpers import save_and_wait

TYPED = "Đã tổ chức họp trù bị với Tỉnh đoàn."


def test_an_update_of_a_task_changed_meanwhile_takes_the_new_version(
    secretariat_page, qtbot, tasks_db, monkeypatch
):
    page, world = secretariat_page
    database, _ = tasks_db
    actor = page.ctx.actor
    opened = tasks.get_task(database, actor, world.ids["forum"])
    dialog = UpdateDialog(page.ctx, opened, parent=page)
    qtbot.addWidget(dialog)
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
