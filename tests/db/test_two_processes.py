"""Two app processes (two PCs) load the same task and save it at the same moment: exactly one
save lands, the other gets the conflict message; nothing is overwritten silently."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date

from coordboard.services import tasks
from coordboard.services.tasks import TaskInput

#: one PC: load the task, wait for "go" on stdin, save a new title with the loaded version
PC = textwrap.dedent("""
    import sys
    from dataclasses import replace

    from coordboard import i18n
    from coordboard.db import open_database
    from coordboard.services import auth, tasks
    from coordboard.errors import ConflictError

    i18n.load("vi")
    target, username, task_id, title = sys.argv[1:5]
    db = open_database(target)
    try:
        actor = auth.actor_for(db, username)
        detail = tasks.get_task(db, actor, int(task_id))
        print("loaded", detail.version, flush=True)
        sys.stdin.readline()
        try:
            saved = tasks.update_task(db, actor, detail.id, replace(detail.data, title=title),
                                      expected_version=detail.version)
            print("saved", saved.version, flush=True)
        except ConflictError as exc:
            print("conflict", exc.translated(), flush=True)
    finally:
        db.dispose()
""")


def test_two_processes_saving_the_same_task_get_exactly_one_conflict(db, admin, world):
    (task_id,) = tasks.create_task(
        db,
        admin,
        TaskInput(
            board_id=world.province,
            title="Tổ chức Diễn đàn trẻ em cấp tỉnh",
            lead_agency_id=world.agencies["SYT"],
            assigned_date=date(2026, 1, 5),
            deadline=date(2026, 6, 30),
        ),
    )
    version = tasks.get_task(db, admin, task_id).version
    target = db.url if db.path is None else str(db.path)
    titles = ["Máy 1: Diễn đàn trẻ em lần thứ V", "Máy 2: Diễn đàn trẻ em năm 2026"]
    pcs = [
        subprocess.Popen(
            [sys.executable, "-c", PC, target, admin.username, str(task_id), title],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        for title in titles
    ]
    try:
        for pc in pcs:  # both have the task open, at the same version
            assert pc.stdout.readline().split() == ["loaded", str(version)], pc.stderr.read()
        for pc in pcs:  # both press Save
            pc.stdin.write("go\n")
            pc.stdin.flush()
        outcomes = [pc.communicate(timeout=60)[0].strip() for pc in pcs]
    finally:
        for pc in pcs:
            if pc.poll() is None:
                pc.kill()
                pc.wait()
    saved = [i for i, out in enumerate(outcomes) if out.startswith("saved")]
    conflicts = [i for i, out in enumerate(outcomes) if out.startswith("conflict")]
    assert len(saved) == 1 and len(conflicts) == 1, outcomes
    assert (
        "Người khác vừa sửa bản ghi này" in outcomes[conflicts[0]]
    )  # the user's words, Vietnamese
    now = tasks.get_task(db, admin, task_id)
    assert now.row.title == titles[saved[0]]  # the winner's title, not a mix
    assert now.version == version + 1  # one save, one version step
