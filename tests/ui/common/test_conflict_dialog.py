"""No lost update: two PCs edit the same row; the second save shows both versions and lets the
user load the other version or save their own changes on top of it. Nothing is overwritten
silently: what the user did not change keeps the other person's value."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from coordboard.db import open_database
from coordboard.services import boards, catalogue, members, plans, tasks
from coordboard.services.members import MemberFilter, people
from coordboard.services.tasks import ProgressInput, TaskInput
from coordboard.ui.boards.board_dialog import BoardDialog
from coordboard.ui.common.conflict_dialog import ConflictDialog
from coordboard.ui.common.form_dialog import same
from coordboard.ui.context import AppContext
from coordboard.ui.members.membership_dialogs import MembershipDialog
from coordboard.ui.plans.plan_dialogs import PlanDialog, SectionDialog
from coordboard.ui.tasks import TaskDialog
from ui.ui_helpers import save_and_wait, when_modal

ASSIGNED, DEADLINE, LATER = date(2026, 1, 5), date(2026, 6, 30), date(2026, 9, 15)


@pytest.fixture
def other_pc(db):
    """A second connection to the same database, as another PC has."""
    other = open_database(db.url if db.path is None else db.path)
    yield other
    other.dispose()


@pytest.fixture
def ctx(vi_app, db, admin):
    return AppContext(db, admin, catalogue.load_catalogue(db, admin))


def answer(button: str, seen: list) -> None:
    """When the conflict dialog opens: note what it shows, then click `button`."""

    def click(dialog: ConflictDialog) -> None:
        seen.append(
            {
                row.name: tuple(dialog.model.text(row, column) for column in (0, 1, 2, 3))
                for row in dialog.rows
            }
        )
        seen.append(dialog.view.isVisibleTo(dialog))
        getattr(dialog, button).click()

    when_modal(ConflictDialog, click)  # opens once the save and the re-read ran on workers


def no_false_differences(dialog) -> None:
    """Right after loading, the form holds exactly the record: nothing counts as changed."""
    loaded, typed = dialog.record_values(dialog.loaded_record()), dialog.form_values()
    assert {name for name in loaded if not same(loaded[name], typed[name])} == set()


def _task(db, admin, world) -> int:
    (task_id,) = tasks.create_task(
        db,
        admin,
        TaskInput(
            board_id=world.province,
            title="Tổ chức Diễn đàn trẻ em cấp tỉnh",
            lead_agency_id=world.agencies["SYT"],
            assigned_date=ASSIGNED,
            deadline=DEADLINE,
            cooperating_agency_ids=(world.agencies["SGDDT"],),
            target_value=95.0,
            target_unit="% xã",
        ),
    )
    return task_id


def _theirs_on_the_other_pc(other_pc, admin, task_id, **changes) -> tasks.TaskDetail:
    detail = tasks.get_task(other_pc, admin, task_id)
    return tasks.update_task(
        other_pc, admin, task_id, replace(detail.data, **changes), expected_version=detail.version
    )


def test_second_save_shows_both_versions_and_reapplies_only_what_the_user_changed(
    ctx, qtbot, db, other_pc, admin, world
):
    task_id = _task(db, admin, world)
    dialog = TaskDialog(ctx, tasks.get_task(db, admin, task_id))
    qtbot.addWidget(dialog)
    no_false_differences(dialog)
    theirs = _theirs_on_the_other_pc(
        other_pc,
        admin,
        task_id,
        title="Diễn đàn trẻ em tỉnh Vĩnh Long năm 2026",
        responsible_person="Phòng Bảo trợ xã hội và Trẻ em",
    )
    dialog.title.setPlainText("Tổ chức Diễn đàn trẻ em cấp tỉnh lần thứ V")
    dialog.deadline.set_value(LATER)
    seen: list = []
    answer("reapply_button", seen)
    save_and_wait(qtbot, dialog)

    shown, table_visible = seen
    assert table_visible
    assert shown == {
        "title": (
            "Tên nhiệm vụ",
            "Diễn đàn trẻ em tỉnh Vĩnh Long năm 2026 ●",
            "Tổ chức Diễn đàn trẻ em cấp tỉnh lần thứ V ●",
            "Tổ chức Diễn đàn trẻ em cấp tỉnh lần thứ V",
        ),
        "responsible_person": (
            shown["responsible_person"][0],
            "Phòng Bảo trợ xã hội và Trẻ em ●",
            "—",
            "Phòng Bảo trợ xã hội và Trẻ em",
        ),
        "deadline": (shown["deadline"][0], "30/06/2026", "15/09/2026 ●", "15/09/2026"),
    }
    assert dialog.result() == TaskDialog.Accepted
    now = tasks.get_task(db, admin, task_id)
    assert now.version == theirs.version + 1  # saved with the new version, once
    assert now.row.title == "Tổ chức Diễn đàn trẻ em cấp tỉnh lần thứ V"  # both changed: mine
    assert now.data.deadline == LATER  # only I changed it
    assert now.data.responsible_person == "Phòng Bảo trợ xã hội và Trẻ em"  # only they did
    assert now.data.target_value == 95.0 and now.data.cooperating_agency_ids == (
        world.agencies["SGDDT"],
    )


def test_reload_shows_their_version_in_the_form_and_discards_mine(
    ctx, qtbot, db, other_pc, admin, world
):
    task_id = _task(db, admin, world)
    dialog = TaskDialog(ctx, tasks.get_task(db, admin, task_id))
    qtbot.addWidget(dialog)
    theirs = _theirs_on_the_other_pc(other_pc, admin, task_id, title="Diễn đàn trẻ em 2026")
    dialog.title.setPlainText("Tên tôi gõ")
    seen: list = []
    answer("reload_button", seen)
    save_and_wait(qtbot, dialog)
    assert list(seen[0]) == ["title"]
    assert dialog.result() != TaskDialog.Accepted and dialog.saved is None
    assert dialog.title.toPlainText() == "Diễn đàn trẻ em 2026"
    assert dialog.detail.version == theirs.version  # the form now carries the new version
    assert "thay đổi của bạn đã được bỏ" in dialog.banner.text()
    assert tasks.get_task(db, admin, task_id).row.title == "Diễn đàn trẻ em 2026"
    dialog.deadline.set_value(LATER)  # the user goes on from their version
    save_and_wait(qtbot, dialog)
    assert dialog.result() == TaskDialog.Accepted
    now = tasks.get_task(db, admin, task_id)
    assert (now.row.title, now.data.deadline) == ("Diễn đàn trẻ em 2026", LATER)


def test_back_to_the_form_changes_nothing(ctx, qtbot, db, other_pc, admin, world):
    task_id = _task(db, admin, world)
    dialog = TaskDialog(ctx, tasks.get_task(db, admin, task_id))
    qtbot.addWidget(dialog)
    theirs = _theirs_on_the_other_pc(other_pc, admin, task_id, title="Diễn đàn trẻ em 2026")
    dialog.title.setPlainText("Tên tôi gõ")
    answer("back_button", [])
    save_and_wait(qtbot, dialog)
    assert dialog.title.toPlainText() == "Tên tôi gõ"  # what was typed is kept
    assert dialog.detail.version == theirs.version - 1  # still the old version
    assert "Chưa lưu" in dialog.banner.text()
    assert tasks.get_task(db, admin, task_id).version == theirs.version


def test_a_change_elsewhere_on_the_task_is_not_a_field_conflict(
    ctx, qtbot, db, other_pc, admin, world
):
    """The lead agency reported progress meanwhile (a new version, no field of this form)."""
    task_id = _task(db, admin, world)
    dialog = TaskDialog(ctx, tasks.get_task(db, admin, task_id))
    qtbot.addWidget(dialog)
    tasks.add_update(
        other_pc,
        admin,
        task_id,
        ProgressInput(update_date=date(2026, 2, 1), text="Đã xây dựng kế hoạch", percent=30),
        expected_version=tasks.get_task(other_pc, admin, task_id).version,
    )
    dialog.deadline.set_value(LATER)
    seen: list = []
    answer("reapply_button", seen)
    save_and_wait(qtbot, dialog)
    assert seen[0] == {
        "deadline": (seen[0]["deadline"][0], "30/06/2026", "15/09/2026 ●", "15/09/2026")
    }
    now = tasks.get_task(db, admin, task_id)
    assert now.data.deadline == LATER and now.row.percent == 30  # both kept


# --- the other edit forms -------------------------------------------------------------------


def _board_case(ctx, db, other_pc, admin, world):
    dialog = BoardDialog(ctx, boards.get_board(db, admin, world.province))

    def theirs():
        b = boards.get_board(other_pc, admin, world.province)
        boards.update_board(
            other_pc,
            admin,
            b.id,
            boards.BoardInput(
                name=b.name,
                kind_id=b.kind_id,
                level_id=b.level_id,
                area=b.area,
                parent_id=b.parent_id,
                standing_agency_id=b.standing_agency_id,
                decision_number="2001/QĐ-UBND",
                decision_date=b.decision_date,
                active=b.active,
                notes=b.notes,
            ),
            expected_version=b.version,
        )

    def mine():
        dialog.notes.setPlainText("Họp thường kỳ 6 tháng một lần")

    def saved():
        b = boards.get_board(db, admin, world.province)
        return b.decision_number, b.notes

    return (
        dialog,
        theirs,
        mine,
        saved,
        ("2001/QĐ-UBND", "Họp thường kỳ 6 tháng một lần"),
        {"decision_number", "notes"},
    )


def _plan_case(ctx, db, other_pc, admin, world):
    plan = plans.create_plan(
        db,
        admin,
        plans.PlanInput(
            board_id=world.province,
            title="Kế hoạch thực hiện công tác trẻ em năm 2026",
            year_from=2026,
            year_to=2026,
            code="10/KH-BĐH",
        ),
    )
    dialog = PlanDialog(ctx, world.province, "Ban", plans.get_plan(db, admin, plan.id))

    def theirs():
        p = plans.get_plan(other_pc, admin, plan.id)
        plans.update_plan(
            other_pc,
            admin,
            p.id,
            plans.PlanInput(
                board_id=p.board_id,
                title=p.title,
                year_from=p.year_from,
                year_to=p.year_to,
                code="12/KH-BĐH",
                issue_date=p.issue_date,
                basis=p.basis,
                purpose=p.purpose,
                funding=p.funding,
                status=p.status,
            ),
            expected_version=p.version,
        )

    def mine():
        dialog.funding.setPlainText("Ngân sách tỉnh")

    def saved():
        p = plans.get_plan(db, admin, plan.id)
        return p.code, p.funding

    return dialog, theirs, mine, saved, ("12/KH-BĐH", "Ngân sách tỉnh"), {"code", "funding"}


def _section_case(ctx, db, other_pc, admin, world):
    plan = plans.create_plan(
        db,
        admin,
        plans.PlanInput(
            board_id=world.province, title="Kế hoạch năm 2026", year_from=2026, year_to=2026
        ),
    )
    section = plans.save_section(db, admin, plan.id, title="Nội dung", number="II")
    tree = plans.plan_tree(db, admin, plan.id)
    dialog = SectionDialog(ctx, plans.get_plan(db, admin, plan.id), list(tree.sections), section)

    def theirs():
        plans.save_section(
            other_pc,
            admin,
            plan.id,
            title="Nội dung",
            number="III",
            section_id=section.id,
            expected_version=section.version,
        )

    def mine():
        dialog.title.setText("Nhiệm vụ và giải pháp")

    def saved():
        s = next(s for s in plans.plan_tree(db, admin, plan.id).sections if s.id == section.id)
        return s.number, s.title

    return dialog, theirs, mine, saved, ("III", "Nhiệm vụ và giải pháp"), {"number", "title"}


def _membership_case(ctx, db, other_pc, admin, world):
    rows = members.list_members(db, admin, MemberFilter(board_id=world.province))
    row = next(r for r in rows if r.id == world.memberships["education"])
    person = people.get_person(db, admin, row.person_id)
    dialog = MembershipDialog(ctx, world.province, "Ban", row, person)

    def theirs():  # another PC corrects the person's phone number
        p = people.get_person(other_pc, admin, row.person_id)
        people.update_person(
            other_pc,
            admin,
            p.id,
            people.PersonInput(
                full_name=p.full_name,
                honorific=p.honorific,
                position=p.position,
                agency_id=p.agency_id,
                phone="0270 3822 111",
                email=p.email,
                notes=p.notes,
            ),
            expected_version=p.version,
        )

    def mine():
        dialog.duty.setText("Phụ trách giáo dục kỹ năng")

    def saved():
        r = next(
            r
            for r in members.list_members(db, admin, MemberFilter(board_id=world.province))
            if r.id == row.id
        )
        return r.phone, r.board_position

    return (
        dialog,
        theirs,
        mine,
        saved,
        ("0270 3822 111", "Phụ trách giáo dục kỹ năng"),
        {"person.phone", "board_position"},
    )


@pytest.mark.parametrize(
    "case",
    [_board_case, _plan_case, _section_case, _membership_case],
    ids=["board", "plan", "section", "membership"],
)
def test_every_edit_form_shows_both_versions_and_keeps_both_changes(
    case, ctx, qtbot, db, other_pc, admin, world
):
    dialog, theirs, mine, saved, expected, differing = case(ctx, db, other_pc, admin, world)
    qtbot.addWidget(dialog)
    no_false_differences(dialog)
    theirs()
    mine()
    seen: list = []
    answer("reapply_button", seen)
    save_and_wait(qtbot, dialog)
    assert set(seen[0]) == differing
    assert dialog.result() == QDialog.Accepted, dialog.banner.text()
    assert saved() == expected
