"""Rules found missing in review: each test failed before its fix."""

from __future__ import annotations

from datetime import date

import pytest

from coordboard.errors import ConflictError, PermissionDenied, ValidationError
from coordboard.services import auth, boards, catalogue, members
from coordboard.services.members import people
from coordboard.services.members.people import PersonInput


def account(db, admin, username):
    return next(u for u in auth.list_users(db, admin) if u.username == username)


def board_input(info: boards.BoardInfo, **changes) -> boards.BoardInput:
    values = {
        "name": info.name,
        "kind_id": info.kind_id,
        "level_id": info.level_id,
        "area": info.area,
        "parent_id": info.parent_id,
        "standing_agency_id": info.standing_agency_id,
        "decision_number": info.decision_number,
        "decision_date": info.decision_date,
        "active": info.active,
        "notes": info.notes,
    }
    values.update(changes)
    return boards.BoardInput(**values)


# --- an account changed while signed in --------------------------------------------------


def test_a_disabled_account_loses_its_rights_mid_session(
    db, world, admin, secretariat, assert_unchanged
):
    user = account(db, admin, "thuky")
    auth.update_user(
        db,
        admin,
        user.id,
        full_name=user.full_name,
        role=user.role,
        agency_id=None,
        board_ids=user.board_ids,
        active=False,
    )
    province = boards.get_board(db, admin, world.province)
    with assert_unchanged():
        with pytest.raises(PermissionDenied) as exc:
            boards.update_board(db, secretariat, world.province, board_input(province, notes="x"))
        assert exc.value.message == "Your account has been disabled. Ask the administrator."
        with pytest.raises(PermissionDenied):
            boards.list_boards(db, secretariat)


def test_a_demoted_administrator_must_sign_in_again(db, world, admin, secretariat):
    me = account(db, admin, "quantri")
    other = account(db, admin, "thuky")
    auth.update_user(
        db, admin, other.id, full_name="", role="admin", agency_id=None, board_ids=(), active=True
    )
    auth.update_user(
        db, admin, me.id, full_name="", role="viewer", agency_id=None, board_ids=(), active=True
    )
    with pytest.raises(PermissionDenied) as exc:
        people.create_person(db, admin, PersonInput(full_name="Lê Văn Tám"))
    assert exc.value.message == "The administrator changed your account's rights. Sign in again."
    viewer_now = auth.login(db, "quantri", world.password)
    with pytest.raises(PermissionDenied):
        people.create_person(db, viewer_now, PersonInput(full_name="Lê Văn Tám"))


# --- memberships --------------------------------------------------------------------------


def test_ending_the_old_chair_later_cannot_create_two_chairs(db, world, admin, assert_unchanged):
    successor = people.create_person(db, admin, PersonInput(full_name="Trương Hoàng Phúc")).id
    members.restaff(
        db,
        admin,
        world.memberships["chair"],
        successor_person_id=successor,
        start_date=date(2026, 6, 1),
    )
    old = members.seat_history(db, admin, world.memberships["chair"])[0]
    with assert_unchanged():
        with pytest.raises(ValidationError) as exc:
            members.end_membership(
                db, admin, old.id, date(2026, 12, 31), expected_version=old.version
            )
        assert exc.value.field == "role"
    chairs = [
        r
        for r in members.members_on(db, admin, world.province, date(2026, 7, 1))
        if r.role_id == world.roles["chair"]
    ]
    assert [r.full_name for r in chairs] == ["Trương Hoàng Phúc"]


def test_a_seat_cannot_be_restaffed_twice_from_the_same_holder(db, world, admin, assert_unchanged):
    first = people.create_person(db, admin, PersonInput(full_name="Lê Thị Ba")).id
    second = people.create_person(db, admin, PersonInput(full_name="Đỗ Văn Tư")).id
    members.restaff(
        db,
        admin,
        world.memberships["police"],
        successor_person_id=first,
        start_date=date(2026, 3, 1),
    )
    with assert_unchanged():
        with pytest.raises(ValidationError) as exc:
            members.restaff(
                db,
                admin,
                world.memberships["police"],
                successor_person_id=second,
                start_date=date(2026, 5, 1),
            )
        assert exc.value.params["name"] == "Lê Thị Ba"
    history = members.seat_history(db, admin, world.memberships["police"])
    assert [r.full_name for r in history] == ["Phạm Quốc Dũng", "Lê Thị Ba"]


# --- lengths the database enforces (PostgreSQL) ------------------------------------------


def test_text_longer_than_its_column_is_refused_on_every_backend(
    db, world, admin, assert_unchanged
):
    long_email = "a" * 60 + "@" + ("b" * 60 + ".") * 3 + "gov.vn"  # valid, 250 characters
    from coordboard.text import is_valid_email

    assert is_valid_email(long_email)
    with assert_unchanged():
        with pytest.raises(ValidationError) as exc:
            people.create_person(db, admin, PersonInput(full_name="Lê Văn Dài", email=long_email))
        assert (exc.value.field, exc.value.params["limit"]) == ("email", 200)
        province = boards.get_board(db, admin, world.province)
        with pytest.raises(ValidationError) as exc:
            boards.update_board(db, admin, world.province, board_input(province, notes="x" * 2500))
        assert exc.value.field == "notes"


# --- catalogue and accounts ---------------------------------------------------------------


def test_editing_a_sector_keeps_its_order_and_checks_its_version(db, world, admin):
    health = next(s for s in catalogue.load_catalogue(db, admin).sectors if s.code == "health")
    saved = catalogue.save_sector(
        db,
        admin,
        code=health.code,
        name="Y tế và dân số",
        sort_order=health.sort_order,
        sector_id=health.id,
        expected_version=health.version,
    )
    assert (saved.sort_order, saved.name) == (health.sort_order, "Y tế và dân số")
    with pytest.raises(ConflictError):
        catalogue.save_sector(
            db,
            admin,
            code=health.code,
            name="Y tế",
            sector_id=health.id,
            expected_version=health.version,
        )


def test_a_stale_board_assignment_is_a_conflict_not_a_silent_overwrite(db, world, admin):
    viewer = account(db, admin, "xem")
    auth.update_user(
        db,
        admin,
        viewer.id,
        full_name="",
        role="viewer",
        agency_id=None,
        board_ids=(world.province,),
        active=True,
        expected_version=viewer.version,
    )
    with pytest.raises(ConflictError):
        auth.update_user(
            db,
            admin,
            viewer.id,
            full_name="",
            role="viewer",
            agency_id=None,
            board_ids=(world.other,),
            active=True,
            expected_version=viewer.version,
        )
    assert account(db, admin, "xem").board_ids == (world.province,)


def test_a_weak_new_password_saves_nothing_else(db, world, admin, assert_unchanged):
    viewer = account(db, admin, "xem")
    with assert_unchanged(), pytest.raises(ValidationError):
        auth.update_user(
            db,
            admin,
            viewer.id,
            full_name="Đổi tên",
            role="secretariat",
            agency_id=None,
            board_ids=(),
            active=True,
            new_password="ngan",
        )


def test_an_account_created_disabled_cannot_sign_in(db, world, admin):
    from coordboard.errors import AuthenticationError

    auth.create_user(
        db, admin, username="tamkhoa", password="mat-khau-dai", role="viewer", active=False
    )
    with pytest.raises(AuthenticationError):
        auth.login(db, "tamkhoa", "mat-khau-dai")


# --- people lookup ------------------------------------------------------------------------


def test_a_focal_point_finds_only_the_people_of_its_boards(db, world, admin, focal_point):
    everyone = {p.full_name for p in people.find_people(db, admin)}
    seen = {p.full_name for p in people.find_people(db, focal_point)}
    assert "Hoàng Thị Lan" in everyone  # sits only on the board nobody is assigned to
    assert "Hoàng Thị Lan" not in seen and "Trần Thị Bích" in seen
    with pytest.raises(Exception) as exc:
        people.get_person(db, focal_point, world.people["other_member"])
    assert type(exc.value).__name__ == "NotFound"


def test_find_people_with_a_limit_is_stable_and_ordered(db, world, admin):
    for i in range(30):
        people.create_person(db, admin, PersonInput(full_name=f"Nguyễn Văn Thử {chr(65 + i % 26)}"))
    first = people.find_people(db, admin, "nguyen", limit=5)
    again = people.find_people(db, admin, "nguyen", limit=5)
    assert [p.id for p in first] == [p.id for p in again]
    folded_all = sorted(p.full_name for p in people.find_people(db, admin, "nguyen", limit=500))
    assert len(folded_all) >= 31
