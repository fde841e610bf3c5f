"""Memberships: dates, unique seats, re-staffing (kiện toàn) with history, search and order."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from coordboard.errors import ConflictError, ValidationError
from coordboard.services import catalogue, members
from coordboard.services.members import MemberFilter, MembershipInput, people
from coordboard.services.members.people import PersonInput

START = date(2025, 8, 15)  # the world's province board was staffed on this day


def new_person(db, actor, name: str, agency_id: int | None = None) -> int:
    return people.create_person(db, actor, PersonInput(full_name=name, agency_id=agency_id)).id


def names(rows) -> list[str]:
    return [r.full_name for r in rows]


def test_add_member_represents_own_agency_by_default(db, admin, world):
    pid = new_person(db, admin, "Huỳnh Thị Mai", world.agencies["HLHPN"])
    row = members.add_membership(
        db,
        admin,
        MembershipInput(
            board_id=world.province,
            person_id=pid,
            role_id=world.roles["member"],
            start_date=date(2026, 1, 5),
            decision_number=" 20/QĐ-UBND ",
        ),
    )
    assert (row.agency_name, row.role_name, row.decision_number) == (
        "Hội Liên hiệp Phụ nữ tỉnh",
        "Ủy viên",
        "20/QĐ-UBND",
    )
    assert row.sector_name == "Mặt trận và các đoàn thể"
    assert "Huỳnh Thị Mai" in names(members.members_on(db, admin, world.province, date(2026, 1, 5)))
    assert "Huỳnh Thị Mai" not in names(
        members.members_on(db, admin, world.province, date(2026, 1, 4))
    )


def test_add_member_with_a_new_person_in_one_step(db, admin, world):
    row = members.add_membership(
        db,
        admin,
        MembershipInput(
            board_id=world.province,
            person_id=None,
            role_id=world.roles["member"],
            start_date=date(2026, 1, 5),
        ),
        new_person=PersonInput(
            full_name="Châu Văn Lộc", honorific="Ông", agency_id=world.agencies["TD"]
        ),
    )
    assert (row.full_name, row.agency_name) == ("Châu Văn Lộc", "Tỉnh đoàn")


def test_a_bad_new_person_writes_neither_person_nor_membership(db, admin, world, assert_unchanged):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        members.add_membership(
            db,
            admin,
            MembershipInput(
                board_id=world.province,
                person_id=None,
                role_id=world.roles["member"],
                start_date=date(2026, 1, 5),
            ),
            new_person=PersonInput(full_name="Châu Văn Lộc", email="loc@"),
        )
    assert exc.value.field == "email"


def test_a_valid_new_person_is_not_kept_when_the_membership_is_refused(
    db, admin, world, assert_unchanged
):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        members.add_membership(
            db,
            admin,
            MembershipInput(
                board_id=world.province,
                person_id=None,
                role_id=world.roles["chair"],
                start_date=date(2026, 1, 5),
            ),
            new_person=PersonInput(full_name="Châu Văn Lộc"),
        )
    assert exc.value.field == "role"


def test_a_membership_cannot_end_before_it_starts(db, admin, world, assert_unchanged):
    pid = new_person(db, admin, "Huỳnh Thị Mai")
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        members.add_membership(
            db,
            admin,
            MembershipInput(
                board_id=world.province,
                person_id=pid,
                role_id=world.roles["member"],
                start_date=date(2026, 3, 1),
                end_date=date(2026, 2, 28),
            ),
        )
    assert exc.value.field == "end_date"
    assert exc.value.params == {"end": "28/02/2026", "start": "01/03/2026"}


def test_ending_a_membership_before_its_start_is_refused(db, admin, world, assert_unchanged):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        members.end_membership(db, admin, world.memberships["police"], START - timedelta(days=1))
    assert exc.value.field == "end_date"


def test_correcting_a_membership_to_end_before_it_starts_is_refused(
    db, admin, world, assert_unchanged
):
    row = next(
        r
        for r in members.members_on(db, admin, world.province, START)
        if r.id == world.memberships["police"]
    )
    data = MembershipInput(
        board_id=row.board_id,
        person_id=row.person_id,
        role_id=row.role_id,
        start_date=row.start_date,
        agency_id=row.agency_id,
        end_date=row.start_date - timedelta(days=1),
    )
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        members.update_membership(db, admin, row.id, data, expected_version=row.version)
    assert exc.value.field == "end_date"


@pytest.mark.parametrize(
    "start, end",
    [
        (START, None),  # same day, both open
        (date(2026, 6, 1), None),  # later, while the chair is in office
        (date(2025, 1, 1), date(2025, 8, 15)),  # ends on the day the chair started
        (date(2025, 10, 1), date(2025, 10, 31)),  # a month inside the chair's term
    ],
    ids=["same-day", "later-open", "ends-on-first-day", "inside"],
)
def test_two_chairs_of_one_board_on_overlapping_dates_are_refused(
    db, admin, world, assert_unchanged, start, end
):
    pid = new_person(db, admin, "Đinh Công Trí", world.agencies["UBND-T"])
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        members.add_membership(
            db,
            admin,
            MembershipInput(
                board_id=world.province,
                person_id=pid,
                role_id=world.roles["chair"],
                start_date=start,
                end_date=end,
            ),
        )
    assert exc.value.field == "role"
    assert exc.value.params["name"] == "Nguyễn Văn An"


def test_the_standing_deputy_seat_is_unique_too(db, admin, world, assert_unchanged):
    pid = new_person(db, admin, "Đinh Công Trí")
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        members.add_membership(
            db,
            admin,
            MembershipInput(
                board_id=world.province,
                person_id=pid,
                role_id=world.roles["standing_deputy"],
                start_date=date(2026, 1, 1),
            ),
        )
    assert exc.value.field == "role"


def test_a_chair_before_the_current_one_is_fine_and_deputies_may_be_many(db, admin, world):
    earlier = new_person(db, admin, "Đinh Công Trí")
    members.add_membership(
        db,
        admin,
        MembershipInput(
            board_id=world.province,
            person_id=earlier,
            role_id=world.roles["chair"],
            start_date=date(2024, 1, 1),
            end_date=START - timedelta(days=1),
        ),
    )
    for name in ("Bùi Văn Hải", "Ngô Thị Yến"):
        members.add_membership(
            db,
            admin,
            MembershipInput(
                board_id=world.province,
                person_id=new_person(db, admin, name),
                role_id=world.roles["deputy"],
                start_date=date(2026, 1, 1),
            ),
        )
    assert names(members.members_on(db, admin, world.province, date(2025, 1, 1))) == [
        "Đinh Công Trí"
    ]


def test_a_chair_of_another_board_does_not_clash(db, admin, world):
    """The province and the commune board each have their own chair."""
    row = members.add_membership(
        db,
        admin,
        MembershipInput(
            board_id=world.other,
            person_id=new_person(db, admin, "Đinh Công Trí"),
            role_id=world.roles["chair"],
            start_date=START,
        ),
    )
    assert row.role_name == "Trưởng ban"


def test_the_same_person_twice_on_a_board_at_once_is_refused(db, admin, world, assert_unchanged):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        members.add_membership(
            db,
            admin,
            MembershipInput(
                board_id=world.province,
                person_id=world.people["education"],
                role_id=world.roles["deputy"],
                start_date=date(2026, 1, 1),
            ),
        )
    assert exc.value.field == "person"


def test_a_decision_dated_in_the_future_is_refused(db, admin, world, assert_unchanged):
    pid = new_person(db, admin, "Đinh Công Trí")
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        members.add_membership(
            db,
            admin,
            MembershipInput(
                board_id=world.province,
                person_id=pid,
                role_id=world.roles["member"],
                start_date=date.today(),
                decision_date=date.today() + timedelta(days=2),
            ),
        )
    assert exc.value.field == "decision_date"


def test_a_membership_cannot_move_to_another_board(db, admin, world, assert_unchanged):
    row = next(
        r
        for r in members.members_on(db, admin, world.province, START)
        if r.id == world.memberships["police"]
    )
    data = MembershipInput(
        board_id=world.other,
        person_id=row.person_id,
        role_id=row.role_id,
        start_date=row.start_date,
    )
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        members.update_membership(db, admin, row.id, data)
    assert exc.value.field == "board"


def test_end_membership_keeps_the_history(db, admin, world):
    ended = members.end_membership(
        db, admin, world.memberships["police"], date(2026, 5, 31), reason=" Chuyển công tác "
    )
    assert (ended.end_date, ended.end_reason) == (date(2026, 5, 31), "Chuyển công tác")
    assert "Phạm Quốc Dũng" in names(
        members.members_on(db, admin, world.province, date(2026, 5, 31))
    )
    assert "Phạm Quốc Dũng" not in names(
        members.members_on(db, admin, world.province, date(2026, 6, 1))
    )
    everyone = members.list_members(db, admin, MemberFilter(board_id=world.province))
    assert "Phạm Quốc Dũng" in names(everyone)


# --- re-staffing ----------------------------------------------------------------------------


def test_restaffing_the_chair(db, admin, world):
    change = date(2026, 1, 1)
    successor = new_person(db, admin, "Trương Hoàng Phúc", world.agencies["UBND-T"])
    new = members.restaff(
        db,
        admin,
        world.memberships["chair"],
        successor_person_id=successor,
        start_date=change,
        decision_number="412/QĐ-UBND",
        decision_date=date(2025, 12, 26),
        reason="Nghỉ hưu theo chế độ",
    )
    assert (new.full_name, new.role_name, new.start_date) == (
        "Trương Hoàng Phúc",
        "Trưởng ban",
        change,
    )
    assert new.replaces_id == world.memberships["chair"]
    assert new.agency_name == "Ủy ban nhân dân tỉnh"

    def chair_on(day):
        return [
            r.full_name
            for r in members.members_on(db, admin, world.province, day)
            if r.role_id == world.roles["chair"]
        ]

    assert chair_on(change - timedelta(days=1)) == ["Nguyễn Văn An"]
    assert chair_on(change) == ["Trương Hoàng Phúc"]
    assert len(members.members_on(db, admin, world.province, change)) == 4

    history = members.seat_history(db, admin, new.id)
    assert [r.full_name for r in history] == ["Nguyễn Văn An", "Trương Hoàng Phúc"]
    old = history[0]
    assert old.end_date == change - timedelta(days=1)
    assert old.end_reason == "Nghỉ hưu theo chế độ"
    assert old.start_date == START  # history is not overwritten


def test_seat_history_over_two_restaffings_from_any_link(db, admin, world):
    second = members.restaff(
        db,
        admin,
        world.memberships["police"],
        successor_person_id=new_person(db, admin, "Lâm Quang Vinh"),
        start_date=date(2026, 1, 1),
    )
    third = members.restaff(
        db,
        admin,
        second.id,
        successor_person_id=new_person(db, admin, "Tạ Minh Khoa"),
        start_date=date(2026, 7, 1),
        decision_number="700/QĐ-UBND",
    )
    expected = ["Phạm Quốc Dũng", "Lâm Quang Vinh", "Tạ Minh Khoa"]
    for link in (world.memberships["police"], second.id, third.id):
        history = members.seat_history(db, admin, link)
        assert [r.full_name for r in history] == expected
    ends = [r.end_date for r in members.seat_history(db, admin, third.id)]
    assert ends == [date(2025, 12, 31), date(2026, 6, 30), None]
    # without a reason the decision number explains why the seat changed hands
    assert members.seat_history(db, admin, third.id)[1].end_reason == "700/QĐ-UBND"


def test_restaffing_must_start_after_the_holder(db, admin, world, assert_unchanged):
    successor = new_person(db, admin, "Trương Hoàng Phúc")
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        members.restaff(
            db, admin, world.memberships["chair"], successor_person_id=successor, start_date=START
        )
    assert exc.value.field == "start_date"


def test_restaffing_with_someone_already_on_the_board_changes_nothing(
    db, admin, world, assert_unchanged
):
    """The holder's end date is flushed before the successor is checked: it must roll back."""
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        members.restaff(
            db,
            admin,
            world.memberships["chair"],
            successor_person_id=world.people["education"],
            start_date=date(2026, 4, 1),
        )
    assert exc.value.field == "person"


def test_restaffing_a_seat_that_ended_long_ago_is_refused(db, admin, world, assert_unchanged):
    members.end_membership(db, admin, world.memberships["police"], date(2025, 12, 31))
    successor = new_person(db, admin, "Lâm Quang Vinh")
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        members.restaff(
            db,
            admin,
            world.memberships["police"],
            successor_person_id=successor,
            start_date=date(2026, 3, 1),
        )
    assert exc.value.field == "start_date"


def test_stale_restaffing_is_a_conflict(db, admin, secretariat, world):
    seen = next(
        r
        for r in members.members_on(db, admin, world.province, START)
        if r.id == world.memberships["police"]
    )
    members.end_membership(
        db, secretariat, seen.id, date(2026, 12, 31), expected_version=seen.version
    )
    with pytest.raises(ConflictError):
        members.restaff(
            db,
            admin,
            seen.id,
            successor_person_id=new_person(db, admin, "Lâm Quang Vinh"),
            start_date=date(2026, 2, 1),
            expected_version=seen.version,
        )
    history = members.seat_history(db, admin, seen.id)
    assert [(r.full_name, r.end_date) for r in history] == [("Phạm Quốc Dũng", date(2026, 12, 31))]


# --- search and order -----------------------------------------------------------------------


@pytest.fixture
def youth_union(db, admin, world):
    """Members from the Youth Union (found by agency name) and a few Nguyễns."""
    mass = world.sectors["mass_orgs"]
    agency = catalogue.save_agency(
        db,
        admin,
        code="DTN-T",
        sector_id=mass,
        name="Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Vĩnh Long",
    ).id
    rows = {}
    for name, agency_id in [
        ("Ngô Thị Yến", agency),
        ("Đỗ Văn Đạt", agency),
        ("Nguyễn Thị Ánh", world.agencies["HLHPN"]),
        ("Nguyễn Hữu Ân", world.agencies["HND"]),
        ("Bùi Minh Anh", world.agencies["LDLD"]),
        ("Dương Thanh Dung", world.agencies["STP"]),
    ]:
        rows[name] = members.add_membership(
            db,
            admin,
            MembershipInput(
                board_id=world.province,
                person_id=new_person(db, admin, name, agency_id),
                role_id=world.roles["member"],
                start_date=date(2026, 1, 1),
            ),
        )
    return rows


@pytest.mark.parametrize(
    "text", ["doan thanh nien", "Đoàn Thanh niên", "ĐOÀN THANH NIÊN", "thanh nien cong san"]
)
def test_search_members_by_agency_without_accents(db, admin, world, youth_union, text):
    found = members.list_members(db, admin, MemberFilter(board_id=world.province, text=text))
    assert names(found) == ["Đỗ Văn Đạt", "Ngô Thị Yến"]  # given names: Đạt < Yến


def test_search_members_by_person_without_accents(db, admin, world, youth_union):
    found = members.list_members(db, admin, MemberFilter(board_id=world.province, text="nguyen"))
    # chair first (role rank), then members by given name: Ánh < Ân (a < ă < â)
    assert names(found) == ["Nguyễn Văn An", "Nguyễn Thị Ánh", "Nguyễn Hữu Ân"]
    assert names(members.list_members(db, admin, MemberFilter(text="nguyen huu an"))) == [
        "Nguyễn Hữu Ân"
    ]
    assert members.list_members(db, admin, MemberFilter(text="nguyễn xyz")) == []


def test_members_sorted_by_role_then_given_name_in_vietnamese_order(db, admin, world, youth_union):
    rows = members.members_on(db, admin, world.province, date(2026, 1, 1))
    assert names(rows) == [
        "Nguyễn Văn An",  # Trưởng ban
        "Trần Thị Bích",  # Phó Trưởng ban thường trực
        # Ủy viên, by given name: Anh < Ánh < Ân < Cường < Dung < Dũng < Đạt < Yến
        "Bùi Minh Anh",
        "Nguyễn Thị Ánh",
        "Nguyễn Hữu Ân",
        "Lê Minh Cường",
        "Dương Thanh Dung",
        "Phạm Quốc Dũng",
        "Đỗ Văn Đạt",
        "Ngô Thị Yến",
    ]
    ranks = [r.role_rank for r in rows]
    assert ranks == sorted(ranks)


def test_filters_by_agency_sector_and_role(db, admin, world, youth_union):
    mass = world.sectors["mass_orgs"]
    by_sector = members.list_members(
        db, admin, MemberFilter(board_id=world.province, sector_id=mass)
    )
    assert set(names(by_sector)) == {
        "Ngô Thị Yến",
        "Đỗ Văn Đạt",
        "Nguyễn Thị Ánh",
        "Nguyễn Hữu Ân",
        "Bùi Minh Anh",
    }
    by_agency = members.list_members(db, admin, MemberFilter(agency_id=world.agencies["STP"]))
    assert names(by_agency) == ["Dương Thanh Dung"]
    chairs = members.list_members(db, admin, MemberFilter(role_id=world.roles["chair"]))
    assert names(chairs) == [
        "Võ Thị Hạnh",
        "Nguyễn Văn An",
    ]  # by board name: "Ban Bảo…" < "Ban Điều…"


def test_a_stale_membership_correction_is_a_conflict(db, admin, secretariat, world):
    row = next(
        r
        for r in members.members_on(db, admin, world.province, START)
        if r.id == world.memberships["education"]
    )
    data = MembershipInput(
        board_id=row.board_id,
        person_id=row.person_id,
        role_id=row.role_id,
        start_date=row.start_date,
        agency_id=row.agency_id,
        decision_number="1835/QĐ-UBND ngày 15/8/2025",
    )
    members.update_membership(db, secretariat, row.id, data, expected_version=row.version)
    with pytest.raises(ConflictError):
        members.update_membership(
            db, admin, row.id, replace(data, decision_number="typo"), expected_version=row.version
        )
    again = members.seat_history(db, admin, row.id)[0]
    assert again.decision_number == "1835/QĐ-UBND ngày 15/8/2025"
