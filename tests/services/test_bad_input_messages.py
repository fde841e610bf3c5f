"""Each bad input of the issue is refused with a Vietnamese message that names what was typed."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest

from coordboard import i18n
from coordboard.db import open_database
from coordboard.errors import DomainError
from coordboard.services import auth, boards, catalogue, members
from coordboard.services.boards import BoardInput
from coordboard.services.members import MembershipInput, people
from coordboard.services.members.people import PersonInput

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # messages do not depend on it


@pytest.fixture(autouse=True)
def vietnamese():
    assert i18n.load("vi") == "vi", "the Vietnamese translation (.qm) is not shipped"
    yield
    i18n.load("en")


def _province_form(db, w, **changes) -> BoardInput:
    b = boards.get_board(db, w.actors["admin"], w.province)
    return BoardInput(
        name=changes.get("name", b.name),
        kind_id=b.kind_id,
        level_id=b.level_id,
        area=b.area,
        parent_id=changes.get("parent_id", b.parent_id),
        standing_agency_id=b.standing_agency_id,
    )


def _refused_file(tmp: Path, content: bytes) -> None:
    path = tmp / "x.sqlite"
    path.write_bytes(content)
    open_database(path)


# (what the user did, how, a text the message must quote)
CASES = {
    "empty agency name": (
        lambda db, w, a, tmp: catalogue.save_agency(db, a, code="X", name=" "),
        None,
    ),
    "duplicate agency": (
        lambda db, w, a, tmp: catalogue.save_agency(db, a, code="X", name="sở y tế"),
        "Sở Y tế",
    ),
    "duplicate board": (
        lambda db, w, a, tmp: boards.create_board(db, a, _province_form(db, w)),
        "Ban Điều hành công tác trẻ em tỉnh Vĩnh Long",
    ),
    "membership ends before it starts": (
        lambda db, w, a, tmp: members.add_membership(
            db,
            a,
            MembershipInput(
                board_id=w.province,
                person_id=w.people["commune_chair"],
                role_id=w.roles["member"],
                start_date=date(2026, 3, 1),
                end_date=date(2026, 2, 1),
            ),
        ),
        "01/02/2026",
    ),
    "two chairs": (
        lambda db, w, a, tmp: members.add_membership(
            db,
            a,
            MembershipInput(
                board_id=w.province,
                person_id=w.people["commune_chair"],
                role_id=w.roles["chair"],
                start_date=date(2026, 3, 1),
            ),
        ),
        "Nguyễn Văn An",
    ),
    "not an e-mail": (
        lambda db, w, a, tmp: people.create_person(
            db, a, PersonInput(full_name="Lê Văn Tám", email="tam@yte")
        ),
        "tam@yte",
    ),
    "phone with letters": (
        lambda db, w, a, tmp: people.create_person(
            db, a, PersonInput(full_name="Lê Văn Tám", phone="0912 abc 678")
        ),
        "0912 abc 678",
    ),
    "own ancestor": (
        lambda db, w, a, tmp: boards.update_board(
            db, a, w.province, _province_form(db, w, parent_id=w.commune)
        ),
        None,
    ),
    "wrong password": (lambda db, w, a, tmp: auth.login(db, "quantri", "sai"), None),
    "focal point edits a board": (
        lambda db, w, a, tmp: boards.update_board(
            db, w.actors["focal_point"], w.province, _province_form(db, w)
        ),
        None,
    ),
    "not a database": (lambda db, w, a, tmp: _refused_file(tmp, b"hello"), "x.sqlite"),
    "corrupt database": (
        lambda db, w, a, tmp: _refused_file(tmp, b"SQLite format 3\x00" + b"!" * 5000),
        "x.sqlite",
    ),
}


def looks_vietnamese(text: str) -> bool:
    """Has a letter only Vietnamese uses here (đ, ơ, ư, ă or a tone mark)."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "đ" in decomposed or any(
        m in decomposed for m in "\u031b\u0306\u0300\u0301\u0303\u0309\u0323"
    )


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_gets_a_vietnamese_message(db, world, admin, tmp_path, case):
    action, quoted = CASES[case]
    with pytest.raises(DomainError) as exc:
        action(db, world, admin, tmp_path)
    english = str(exc.value)
    shown = exc.value.translated()
    assert shown != english, f"not translated: {english}"
    assert looks_vietnamese(shown.replace(quoted or "", ""))
    assert "{" not in shown  # every placeholder filled
    if quoted:
        assert quoted in shown
