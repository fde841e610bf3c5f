"""`coordboard export`: a meeting's documents (.docx, .pdf) and calendars (.ics) from the
command line; one-line errors with exit code 1, usage errors with 2, no file left on failure,
and no QtGui/QtWidgets for a .docx."""

from __future__ import annotations

import subprocess
import sys

import pytest
from icalendar import Calendar

from cli.cli_helpers import cli, one_line
from services.documents.meeting_sample import TITLE, recorded_meeting
from services.documents.nd30 import assert_nd30

SQLITE = pytest.mark.parametrize("backend", ["sqlite"])  # the command opens a file


@pytest.fixture
def meeting(db, secretariat, world):
    """(database file, meeting id) of a recorded, approved meeting with an issued notice."""
    detail = recorded_meeting(db, secretariat, world, approve=True, notice=True)
    return str(db.path), detail.meeting.id


@SQLITE
def test_export_minutes_docx(meeting, tmp_path, capsys):
    path, mid = meeting
    out = tmp_path / "bien-ban.docx"
    assert cli("export", "minutes", "--db", path, "--meeting", str(mid), "--out", str(out)) == 0
    assert capsys.readouterr().out.strip() == f"Written: {out}"
    facts = assert_nd30(
        out,
        kind_title="BIÊN BẢN",
        number_pattern=r"^Số: 01/BB-BĐH$",
        signature_titles=("THƯ KÝ", "CHỦ TỌA"),
    )
    assert " ".join(facts.title[1:]) == TITLE
    assert facts.recipients[-1] == "- Lưu: VT, Hồ sơ."


@SQLITE
def test_export_notice_and_invitation(meeting, tmp_path):
    path, mid = meeting
    for kind, title in (("notice", "THÔNG BÁO"), ("invitation", "GIẤY MỜI")):
        out = tmp_path / f"{kind}.docx"
        assert cli("export", kind, "--db", path, "--meeting", str(mid), "--out", str(out)) == 0
        assert assert_nd30(out, kind_title=title, draft=True).title[0] == title


@SQLITE
def test_a_docx_in_a_real_process_imports_neither_qtgui_nor_qtwidgets(meeting, tmp_path):
    path, mid = meeting
    out = tmp_path / "bien-ban.docx"
    code = (
        "import sys; from coordboard.cli import main; "
        f"rc = main(['--lang', 'vi', 'export', 'minutes', '--db', {path!r}, '--meeting', "
        f"'{mid}', '--out', {str(out)!r}]); "
        "loaded = [m for m in ('PySide6.QtGui', 'PySide6.QtWidgets') if m in sys.modules]; "
        "print(loaded); sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"Đã ghi: {out}", "[]"]
    assert out.stat().st_size > 0


@SQLITE
def test_export_pdf(meeting, tmp_path, qapp):
    path, mid = meeting
    out = tmp_path / "thong-bao.pdf"
    assert cli("export", "notice", "--db", path, "--meeting", str(mid), "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")


@SQLITE
def test_export_ics_for_a_meeting_and_for_a_board(meeting, world, tmp_path):
    path, mid = meeting
    out = tmp_path / "hop.ics"
    assert cli("export", "ics", "--db", path, "--meeting", str(mid), "--out", str(out)) == 0
    (event,) = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == TITLE
    board = tmp_path / "lich.ics"
    assert (
        cli("export", "ics", "--db", path, "--board", str(world.province), "--out", str(board)) == 0
    )
    # the recorded meeting is no longer planned
    assert list(Calendar.from_ical(board.read_bytes()).walk("VEVENT")) == []


@SQLITE
def test_failures_are_one_line_and_leave_no_file(meeting, tmp_path, capsys):
    path, mid = meeting
    folder = tmp_path / "out"
    folder.mkdir()
    cases = [
        (
            ["minutes", "--meeting", str(mid), "--out", str(folder / "bb.odt")],
            1,
            "Save the document as a .docx or .pdf file, not bb.odt.",
        ),
        (
            ["minutes", "--meeting", str(mid), "--out", str(folder / "missing" / "bb.docx")],
            1,
            f"Cannot write to {folder / 'missing' / 'bb.docx'}: ",
        ),
        (
            ["minutes", "--meeting", "9999", "--out", str(folder / "bb.docx")],
            1,
            "The meeting no longer exists.",
        ),
        (["minutes", "--out", str(folder / "bb.docx")], 2, "export minutes needs --meeting."),
        (["ics", "--out", str(folder / "x.ics")], 2, "needs either --meeting or --board"),
        (
            ["ics", "--meeting", str(mid), "--out", str(folder / "x.txt")],
            2,
            "A calendar is written to an .ics file, not x.txt.",
        ),
        (
            ["ics", "--meeting", str(mid), "--out", str(folder / "missing" / "x.ics")],
            1,
            f"Cannot write to {folder / 'missing' / 'x.ics'}: ",
        ),
    ]
    for args, code, message in cases:
        assert cli("export", args[0], "--db", path, *args[1:]) == code, args
        assert message in one_line(capsys.readouterr().err), args
    assert list(folder.iterdir()) == []


def test_a_missing_database_file_is_not_created(tmp_path, capsys):
    missing = tmp_path / "khong-co.sqlite"
    assert (
        cli(
            "export",
            "minutes",
            "--db",
            str(missing),
            "--meeting",
            "1",
            "--out",
            str(tmp_path / "bb.docx"),
        )
        == 1
    )
    assert "No such file" in one_line(capsys.readouterr().err)
    assert list(tmp_path.iterdir()) == []
