"""Boards: the tree, validation (names, ancestry, dates), editable standing agency, locking."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from coordboard.errors import ConflictError, NotFound, ValidationError
from coordboard.models import Board
from coordboard.services import boards
from coordboard.services.boards import BoardInput
from coordboard.services.uow import UnitOfWork


def as_input(info: boards.BoardInfo, **changes) -> BoardInput:
    """The form a user would submit after opening the board's edit dialog."""
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
            active=info.active,
            notes=info.notes,
        ),
        **changes,
    )


def test_tree_lists_parents_before_children_with_member_counts(db, admin, world):
    listed = boards.list_boards(db, admin)
    assert [b.id for b in listed] == [world.other, world.province, world.commune]
    province = next(b for b in listed if b.id == world.province)
    assert province.member_count == 4
    assert province.standing_agency_name == "Sở Y tế"
    assert (province.kind_name, province.level_name) == ("Ban Điều hành", "Cấp tỉnh")
    commune = next(b for b in listed if b.id == world.commune)
    assert commune.parent_name == province.name
    # on a day before anyone was appointed, the board had no members
    earlier = boards.list_boards(db, admin, on=date(2025, 1, 1))
    assert all(b.member_count == 0 for b in earlier)


def test_create_board_cleans_the_input(db, admin, world):
    info = boards.create_board(
        db,
        admin,
        BoardInput(
            name="  Ban Bảo vệ trẻ em   phường Thanh Đức ",
            kind_id=world.kinds["commune_board"],
            level_id=world.levels["commune"],
            area=" phường  Thanh Đức",
            parent_id=world.province,
            decision_number=" 12/QĐ-UBND ",
            decision_date=date(2025, 9, 1),
        ),
    )
    got = boards.get_board(db, admin, info.id)
    assert got.name == "Ban Bảo vệ trẻ em phường Thanh Đức"
    assert got.area == "phường Thanh Đức"
    assert got.decision_number == "12/QĐ-UBND"
    assert got.parent_id == world.province and got.version == 1


@pytest.mark.parametrize("name", ["", "  ", "\u00a0"], ids=["empty", "spaces", "nbsp"])
def test_board_name_must_not_be_empty(db, admin, world, assert_unchanged, name):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        boards.create_board(
            db,
            admin,
            BoardInput(
                name=name, kind_id=world.kinds["steering"], level_id=world.levels["province"]
            ),
        )
    assert exc.value.field == "name"


@pytest.mark.parametrize(
    "name, area",
    [
        ("Ban Điều hành công tác trẻ em tỉnh Vĩnh Long", "tỉnh Vĩnh Long"),
        ("ban điều hành công tác trẻ em tỉnh vĩnh long", "tỉnh Vĩnh Long"),
        ("BAN DIEU HANH CONG TAC TRE EM TINH VINH LONG", " tỉnh  Vĩnh Long "),
        ("Ban Điều hành công tác trẻ em tỉnh Vĩnh Long", "Tỉnh Vĩnh Long"),
    ],
    ids=["same", "lower-case", "no-accents", "area-capitalised"],
)
def test_same_board_name_in_the_same_area_is_refused(
    db, admin, world, assert_unchanged, name, area
):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        boards.create_board(
            db,
            admin,
            BoardInput(
                name=name,
                kind_id=world.kinds["executive"],
                level_id=world.levels["province"],
                area=area,
            ),
        )
    assert exc.value.field == "name"


def test_same_board_name_in_another_area_is_fine(db, admin, world):
    info = boards.create_board(
        db,
        admin,
        BoardInput(
            name="Ban Điều hành công tác trẻ em tỉnh Vĩnh Long",
            kind_id=world.kinds["executive"],
            level_id=world.levels["province"],
            area="tỉnh Trà Vinh (cũ)",
        ),
    )
    assert info.id not in (world.province, world.commune, world.other)


def test_renaming_onto_another_board_is_refused(db, admin, world, assert_unchanged):
    other = boards.get_board(db, admin, world.other)
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        boards.update_board(
            db,
            admin,
            world.other,
            as_input(
                other,
                name="Ban điều hành công tác trẻ em tỉnh Vĩnh Long",
                kind_id=world.kinds["executive"],
            ),
        )
    assert exc.value.field == "name"


def test_a_board_cannot_be_its_own_parent(db, admin, world, assert_unchanged):
    province = boards.get_board(db, admin, world.province)
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        boards.update_board(db, admin, world.province, as_input(province, parent_id=world.province))
    assert exc.value.field == "parent"


def test_a_board_cannot_move_under_its_child_or_grandchild(db, admin, world, assert_unchanged):
    group = boards.create_board(
        db,
        admin,
        BoardInput(
            name="Tổ công tác ấp Phước Thới",
            kind_id=world.kinds["interagency"],
            level_id=world.levels["commune"],
            area="ấp Phước Thới",
            parent_id=world.commune,
        ),
    )
    province = boards.get_board(db, admin, world.province)
    for descendant in (world.commune, group.id):
        with assert_unchanged(), pytest.raises(ValidationError) as exc:
            boards.update_board(db, admin, world.province, as_input(province, parent_id=descendant))
        assert exc.value.field == "parent"
    assert boards.get_board(db, admin, world.province).parent_id is None


def test_a_board_may_move_under_an_unrelated_board(db, admin, world):
    commune = boards.get_board(db, admin, world.commune)
    moved = boards.update_board(
        db,
        admin,
        world.commune,
        as_input(commune, parent_id=world.other),
        expected_version=commune.version,
    )
    assert moved.parent_id == world.other


@pytest.mark.parametrize(
    "change, field",
    [
        ({"kind_id": 10_000}, "kind"),
        ({"level_id": 10_000}, "level"),
        ({"standing_agency_id": 10_000}, "standing_agency"),
        ({"parent_id": 10_000}, "parent"),
        ({"decision_date": date.today() + timedelta(days=1)}, "decision_date"),
    ],
)
def test_other_bad_board_input(db, admin, world, assert_unchanged, change, field):
    base = BoardInput(
        name="Ban Chỉ đạo mới",
        kind_id=world.kinds["steering"],
        level_id=world.levels["province"],
        area="tỉnh Vĩnh Long",
    )
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        boards.create_board(db, admin, replace(base, **change))
    assert exc.value.field == field


def test_the_standing_agency_is_editable(db, admin, world):
    """Child affairs moved from Sở LĐTBXH to Sở Y tế in 2025: the app must follow such moves."""
    province = boards.get_board(db, admin, world.province)
    updated = boards.update_board(
        db,
        admin,
        world.province,
        as_input(province, standing_agency_id=world.agencies["SLDTBXH"]),
        expected_version=province.version,
    )
    assert updated.standing_agency_name == "Sở Lao động - Thương binh và Xã hội"
    again = boards.get_board(db, admin, world.province)
    assert again.standing_agency_id == world.agencies["SLDTBXH"]
    assert again.version == province.version + 1


def test_stale_board_edit_is_a_conflict_and_the_other_change_is_kept(db, admin, secretariat, world):
    seen = boards.get_board(db, admin, world.province)  # both users open the edit dialog
    boards.update_board(
        db,
        secretariat,
        world.province,
        as_input(seen, notes="Họp quý IV"),
        expected_version=seen.version,
    )
    with pytest.raises(ConflictError):
        boards.update_board(
            db,
            admin,
            world.province,
            as_input(seen, name="Ban Điều hành (đổi tên)"),
            expected_version=seen.version,
        )
    now = boards.get_board(db, admin, world.province)
    assert (now.name, now.notes) == (seen.name, "Họp quý IV")
    assert now.version == seen.version + 1


def test_two_sessions_racing_on_one_row_get_a_conflict(db, admin, secretariat, world, count_rows):
    """Both load version 1; the first save wins, the second is refused (StaleDataError)."""
    audit_before = count_rows("audit_log")
    with UnitOfWork(db, admin) as first, UnitOfWork(db, secretariat) as second:
        mine = first.session.get(Board, world.province)
        theirs = second.session.get(Board, world.province)
        assert mine.version == theirs.version
        theirs.notes = "Ghi chú của thư ký"
        second.commit()
        mine.notes = "Ghi chú của quản trị"
        with pytest.raises(ConflictError) as exc:
            first.commit()
    assert "Someone else changed this record" in exc.value.message
    board = boards.get_board(db, admin, world.province)
    assert board.notes == "Ghi chú của thư ký"
    assert count_rows("audit_log") == audit_before + 1  # only the winner's change is audited


def test_unknown_board(db, admin):
    with pytest.raises(NotFound):
        boards.get_board(db, admin, 10_000)
