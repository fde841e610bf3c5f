"""Reminder letters: who is chased (only each agency's own overdue and due-soon tasks, days
counted right), the letters' ND 30 form, register numbers only when issued, all-or-nothing
writing, and the refusals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document as open_docx
from openpyxl import load_workbook

from coordboard.errors import PermissionDenied, ValidationError
from coordboard.services import register
from coordboard.services.reports import reminders
from coordboard.services.reports.reminders import staging
from services.documents.nd30 import assert_nd30
from services.documents.report_sample import AS_OF, TITLES, build_sample

REPLY_BY = date(2026, 7, 14)


@pytest.fixture
def sample(db, secretariat, world):
    return build_sample(db, secretariat, world)


def cell_rows(path: Path) -> list[list[str]]:
    """The rows of the letter's data tables (header rows included)."""
    docx = open_docx(str(path))
    return [[c.text for c in row.cells] for t in docx.tables[1:-1] for row in t.rows]


def test_each_agency_is_chased_for_its_own_tasks_only(db, secretariat, world, sample):
    found = reminders.reminder_candidates(db, secretariat, world.province, AS_OF)
    by_name = {
        c.agency_name: (
            [(t.title, t.days_overdue) for t in c.overdue],
            [t.title for t in c.due_soon],
        )
        for c in found
    }
    # by hand: as of 30/06/2026 (the other board's overdue task is not this board's)
    assert by_name == {
        "Sở Giáo dục và Đào tạo": ([(TITLES["conclusion"], 61), (TITLES["overdue"], 46)], []),
        "Công an tỉnh": ([(TITLES["extended"], 30)], [TITLES["due_soon"]]),
        "Sở Y tế": ([(TITLES["done_after"], 15)], []),
    }
    assert [c.agency_name for c in found] == [
        "Sở Giáo dục và Đào tạo",
        "Công an tỉnh",
        "Sở Y tế",
    ]  # most overdue first


def test_issued_letters_are_numbered_and_say_the_right_tasks(
    db, secretariat, world, sample, tmp_path
):
    out = tmp_path / "letters"  # created when missing
    summary = reminders.write_letters(db, secretariat, world.province, out, REPLY_BY, as_of=AS_OF)
    assert [(f.agency_name, f.reference, f.overdue, f.due_soon) for f in summary.letters] == [
        ("Sở Giáo dục và Đào tạo", "01/BĐH", 2, 0),
        ("Công an tỉnh", "02/BĐH", 1, 1),
        ("Sở Y tế", "03/BĐH", 1, 0),
    ]
    entries = register.register_entries(db, secretariat, world.province, 2026)
    assert [(e.type_code, e.reference, e.issued_on) for e in entries] == [
        ("", "01/BĐH", AS_OF),
        ("", "02/BĐH", AS_OF),
        ("", "03/BĐH", AS_OF),
    ]
    assert entries[1].summary.startswith("V/v đôn đốc thực hiện nhiệm vụ - Công an tỉnh")
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f.file_name for f in summary.letters] + [summary.summary_file.name]
    )

    police = out / summary.letters[1].file_name
    facts = assert_nd30(
        police,
        kind_title="",
        number_pattern=r"^Số: 02/BĐH$",
        signature_titles=("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"),
        recipients=("Như trên", "Trưởng ban (để báo cáo)", "Lưu: VT"),
    )
    assert "Số: 02/BĐH" in facts.header_left
    assert "V/v đôn đốc thực hiện\nnhiệm vụ quá hạn, sắp đến hạn" in facts.header_left
    assert "Vĩnh Long, ngày 30 tháng 6 năm 2026" in facts.header_right
    body = facts.body_text
    assert "Kính gửi: Công an tỉnh" in body
    assert "Công an tỉnh còn 1 nhiệm vụ quá hạn chưa hoàn thành và 1 nhiệm vụ sắp đến hạn" in body
    assert "trước ngày 14/07/2026" in body and body.endswith("quan tâm, thực hiện./.")
    assert facts.signatures == [["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Trần Thị Bích"]]
    rows = cell_rows(police)
    assert rows == [
        ["STT", "Nhiệm vụ", "Văn bản giao", "Thời hạn", "Số ngày quá hạn", "Cập nhật gần nhất"],
        [
            "1",
            TITLES["extended"],
            "Kế hoạch số 12/KH-BĐH",
            "31/05/2026\n(gia hạn từ 30/04/2026)",
            "30",
            "Chưa có báo cáo",
        ],
        ["STT", "Nhiệm vụ", "Văn bản giao", "Thời hạn", "Số ngày còn lại", "Cập nhật gần nhất"],
        ["1", TITLES["due_soon"], "Kế hoạch số 12/KH-BĐH", "03/07/2026", "3", "Chưa có báo cáo"],
    ]
    education = cell_rows(out / summary.letters[0].file_name)
    assert [r[1] for r in education[1:]] == [TITLES["conclusion"], TITLES["overdue"]]
    assert [r[4] for r in education[1:]] == ["61", "46"]
    assert education[2][5] == "10/04/2026: Đang xây dựng dự thảo quy chế"  # as of 30/06
    assert education[1][2].startswith("Kết luận họp Ban Điều hành quý I năm 2026 ngày 20/03/2026")

    ws = load_workbook(summary.summary_file).active
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    assert [v[:6] for v in values] == [
        [1, "Sở Giáo dục và Đào tạo", "01/BĐH", 2, 0, 2],
        [2, "Công an tỉnh", "02/BĐH", 1, 1, 2],
        [3, "Sở Y tế", "03/BĐH", 1, 0, 1],
        [None, "Tổng cộng", None, 4, 1, 5],
    ]
    assert values[0][7] == summary.letters[0].file_name


def test_drafts_take_no_number_and_a_chosen_agency_gets_one_letter(
    db, secretariat, world, sample, tmp_path, assert_unchanged
):
    tmp_path = tmp_path / "drafts"
    tmp_path.mkdir()
    with assert_unchanged():
        summary = reminders.write_letters(
            db,
            secretariat,
            world.province,
            tmp_path,
            REPLY_BY,
            agency_ids=[world.agencies["CAT"]],
            draft=True,
            as_of=AS_OF,
        )
    (letter,) = summary.letters
    assert (letter.agency_name, letter.number, letter.reference) == ("Công an tỉnh", None, "")
    facts = assert_nd30(
        tmp_path / letter.file_name, kind_title="", draft=True, number_pattern=r"^Số: +/BĐH$"
    )
    assert "Vĩnh Long, ngày     tháng     năm 20.." in facts.header_right
    # a second run never overwrites the first one's files
    again = reminders.write_letters(
        db,
        secretariat,
        world.province,
        tmp_path,
        REPLY_BY,
        agency_ids=[world.agencies["CAT"]],
        draft=True,
        as_of=AS_OF,
    )
    assert again.letters[0].file_name == letter.file_name.replace(".docx", " (2).docx")


def test_refusals_write_nothing_and_take_no_number(
    db, secretariat, focal_point, world, sample, tmp_path, assert_unchanged, monkeypatch
):
    out = tmp_path / "out"
    out.mkdir()
    cases = [
        (
            lambda: reminders.write_letters(
                db, secretariat, world.province, out, AS_OF, as_of=AS_OF
            ),
            ValidationError,
            "must be after",
        ),
        (
            lambda: reminders.write_letters(
                db,
                secretariat,
                world.province,
                out,
                REPLY_BY,
                agency_ids=[world.agencies["STP"]],
                as_of=AS_OF,
            ),
            ValidationError,
            "Sở Tư pháp has no overdue or due-soon task",
        ),
        (
            lambda: reminders.write_letters(
                db, focal_point, world.province, out, REPLY_BY, as_of=AS_OF
            ),
            PermissionDenied,
            "Only the secretariat",
        ),
        (
            lambda: reminders.write_letters(
                db, secretariat, world.other, out, REPLY_BY, as_of=AS_OF
            ),
            PermissionDenied,
            "may not view",
        ),
        (
            lambda: reminders.write_letters(
                db, secretariat, world.province, out, REPLY_BY, as_of=AS_OF, cancelled=lambda: True
            ),
            reminders.LettersCancelled,
            "cancelled",
        ),
    ]
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    cases.append(
        (
            lambda: reminders.write_letters(
                db, secretariat, world.province, blocker / "letters", REPLY_BY, as_of=AS_OF
            ),
            ValidationError,
            "Cannot create the folder",
        )
    )
    for call, error, quoted in cases:
        with assert_unchanged(), pytest.raises(error) as exc:
            call()
        assert quoted in str(exc.value)
    assert list(out.iterdir()) == []

    # the disk fills up while the summary is written: no letter stays, no number is kept
    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(staging, "write_summary_xlsx", full_disk)
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        reminders.write_letters(db, secretariat, world.province, out, REPLY_BY, as_of=AS_OF)
    assert "No space left on device" in str(exc.value)
    assert list(out.iterdir()) == []
    new_folder = tmp_path / "new"
    with assert_unchanged(), pytest.raises(ValidationError):
        reminders.write_letters(db, secretariat, world.province, new_folder, REPLY_BY, as_of=AS_OF)
    assert not new_folder.exists()


def test_nobody_to_chase_writes_nothing(db, secretariat, world, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    summary = reminders.write_letters(
        db, secretariat, world.province, tmp_path, REPLY_BY, as_of=AS_OF
    )
    assert summary.letters == () and summary.summary_file is None
    assert list(tmp_path.iterdir()) == []
