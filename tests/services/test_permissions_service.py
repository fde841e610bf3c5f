"""Permissions per role, checked by the services themselves (not only by the UI).

World: the secretariat is assigned to the province board (and so to its commune board); the
focal point belongs to Sở Y tế, which sits on the province board; the viewer has no assignment.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from coordboard.errors import PermissionDenied
from coordboard.services import auth, boards, catalogue, members
from coordboard.services.boards import BoardInput
from coordboard.services.members import MemberFilter, MembershipInput, people
from coordboard.services.members.people import PersonInput


def board_form(db, world, board_id, **changes) -> BoardInput:
    info = boards.get_board(db, world.actors["admin"], board_id)
    return replace(
        BoardInput(
            name=info.name,
            kind_id=info.kind_id,
            level_id=info.level_id,
            area=info.area,
            parent_id=info.parent_id,
            standing_agency_id=info.standing_agency_id,
            decision_number=info.decision_number,
            decision_date=info.decision_date,
            notes=info.notes,
        ),
        **changes,
    )


def _person(db, world) -> int:
    return people.create_person(db, world.actors["admin"], PersonInput(full_name="Lý Thị Oanh")).id


# Each operation changes something on a board, a person, the catalogue or the accounts; `pid` is
# a person the administrator created beforehand (as if picked in a form).
OPERATIONS = {
    "edit province board": lambda db, w, a, pid: boards.update_board(
        db, a, w.province, board_form(db, w, w.province, notes="Đã sửa")
    ),
    "edit commune board": lambda db, w, a, pid: boards.update_board(
        db, a, w.commune, board_form(db, w, w.commune, notes="Đã sửa")
    ),
    "edit other board": lambda db, w, a, pid: boards.update_board(
        db, a, w.other, board_form(db, w, w.other, notes="Đã sửa")
    ),
    "create child board": lambda db, w, a, pid: boards.create_board(
        db,
        a,
        BoardInput(
            name="Nhóm thường trực phường Thanh Đức",
            kind_id=w.kinds["standing_group"],
            level_id=w.levels["commune"],
            area="phường Thanh Đức",
            parent_id=w.province,
        ),
    ),
    "create top-level board": lambda db, w, a, pid: boards.create_board(
        db,
        a,
        BoardInput(
            name="Ban Chỉ đạo mới", kind_id=w.kinds["steering"], level_id=w.levels["province"]
        ),
    ),
    "add member": lambda db, w, a, pid: members.add_membership(
        db,
        a,
        MembershipInput(
            board_id=w.province,
            person_id=pid,
            role_id=w.roles["member"],
            start_date=date(2026, 1, 1),
        ),
    ),
    "add member to other board": lambda db, w, a, pid: members.add_membership(
        db,
        a,
        MembershipInput(
            board_id=w.other, person_id=pid, role_id=w.roles["member"], start_date=date(2026, 1, 1)
        ),
    ),
    "end membership": lambda db, w, a, pid: members.end_membership(
        db, a, w.memberships["police"], date(2026, 6, 30)
    ),
    "restaff": lambda db, w, a, pid: members.restaff(
        db, a, w.memberships["police"], successor_person_id=pid, start_date=date(2026, 1, 1)
    ),
    "edit person": lambda db, w, a, pid: people.update_person(
        db, a, w.people["police"], PersonInput(full_name="Phạm Quốc Dũng", position="Đại tá")
    ),
    "add agency": lambda db, w, a, pid: catalogue.save_agency(
        db, a, code="SXD", name="Sở Xây dựng"
    ),
    "add account": lambda db, w, a, pid: auth.create_user(
        db, a, username="moi", password="mat-khau-dai", role="viewer"
    ),
}

ALLOWED = {
    "admin": set(OPERATIONS),
    "secretariat": {
        "edit province board",
        "edit commune board",
        "create child board",
        "add member",
        "end membership",
        "restaff",
        "edit person",
        "add agency",
    },
    "focal_point": set(),
    "viewer": set(),
}

CASES = [(role, op) for role in ALLOWED for op in OPERATIONS]


@pytest.mark.parametrize(
    "role, operation", CASES, ids=[f"{r}-{o.replace(' ', '_')}" for r, o in CASES]
)
def test_who_may_change_what(db, world, role, operation, assert_unchanged):
    actor = world.actors[role]
    run = OPERATIONS[operation]
    pid = _person(db, world)
    if operation in ALLOWED[role]:
        assert run(db, world, actor, pid) is not None
        return
    with assert_unchanged(), pytest.raises(PermissionDenied):
        run(db, world, actor, pid)


def test_secretariat_cannot_move_its_board_under_a_foreign_one(
    db, world, secretariat, assert_unchanged
):
    form = board_form(db, world, world.commune, parent_id=world.other)
    with assert_unchanged(), pytest.raises(PermissionDenied):
        boards.update_board(db, secretariat, world.commune, form)


def test_what_each_role_sees(db, world):
    def seen(role):
        return {b.id: b.can_edit for b in boards.list_boards(db, world.actors[role])}

    all_boards = {world.province, world.commune, world.other}
    assert seen("admin") == dict.fromkeys(all_boards, True)
    assert seen("secretariat") == {world.province: True, world.commune: True}
    assert seen("focal_point") == {world.province: False}  # Sở Y tế sits on the province board
    assert seen("viewer") == dict.fromkeys(all_boards, False)  # no assignment: reads everything


def test_a_viewer_assigned_to_a_board_sees_it_and_its_children_only(db, world, admin):
    info = auth.create_user(
        db,
        admin,
        username="xem.tinh",
        password="mat-khau-dai",
        role="viewer",
        board_ids=(world.province,),
    )
    actor = auth.login(db, info.username, "mat-khau-dai")
    assert {b.id for b in boards.list_boards(db, actor)} == {world.province, world.commune}
    with pytest.raises(PermissionDenied):
        boards.get_board(db, actor, world.other)


def test_reading_a_board_one_may_not_see_is_denied(db, world, focal_point):
    with pytest.raises(PermissionDenied):
        boards.get_board(db, focal_point, world.other)
    with pytest.raises(PermissionDenied):
        members.list_members(db, focal_point, MemberFilter(board_id=world.commune))
    with pytest.raises(PermissionDenied):
        members.seat_history(db, focal_point, world.memberships["other_member"])
    # the member list without a board filter only shows what the account may see
    rows = members.list_members(db, focal_point)
    assert {r.board_id for r in rows} == {world.province}
    assert boards.get_board(db, focal_point, world.province).can_edit is False


def test_a_focal_point_stops_seeing_a_board_its_agency_left(db, world, admin, focal_point):
    assert [b.id for b in boards.list_boards(db, focal_point)] == [world.province]
    members.end_membership(db, admin, world.memberships["health"], date.today() - timedelta(days=1))
    assert boards.list_boards(db, focal_point) == []
