"""`coordboard report` and `coordboard remind`: the files they write, what they print, and the
bad inputs they refuse with one line on stderr, writing nothing."""

from __future__ import annotations

import subprocess
import sys

import pytest
from openpyxl import load_workbook

from cli.cli_helpers import cli, one_line
from coordboard.services import plans, register
from services.documents.nd30 import assert_nd30
from services.documents.report_sample import build_sample

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # the commands open a file


@pytest.fixture
def sample_db(db, secretariat, world):
    sample = build_sample(db, secretariat, world)
    return str(db.path), sample


def report_args(path, world, sample, out, *extra):
    return (
        "report",
        "--db",
        path,
        "--board",
        str(world.province),
        "--plan",
        str(sample.plan_id),
        "--period",
        "2026-H1",
        "--as-of",
        "30/06/2026",
        "--out",
        str(out),
        *extra,
    )


def test_report_docx_prints_the_numbers(sample_db, world, tmp_path, capsys):
    path, sample = sample_db
    out = tmp_path / "bao-cao.docx"
    assert cli(*report_args(path, world, sample, out)) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Written: {out}",
        "6 tháng đầu năm 2026, as of 30/06/2026: 11 tasks; 3 done (2 on time), 2 in progress "
        "within the deadline, 3 overdue.",
    ]
    facts = assert_nd30(out, kind_title="BÁO CÁO", number_pattern=r"^Số: +/BC-BĐH$")
    assert "Tổng số nhiệm vụ theo dõi trong kỳ: 11 nhiệm vụ, trong đó:" in facts.body
    assert len(facts.docx.inline_shapes) == 3


def test_report_xlsx_pdf_and_a_period_as_dates(sample_db, world, tmp_path, capsys, qapp):
    path, sample = sample_db
    xlsx = tmp_path / "phu-luc.xlsx"
    assert cli(*report_args(path, world, sample, xlsx)) == 0
    assert load_workbook(xlsx).sheetnames == [
        "Theo lĩnh vực",
        "Theo cơ quan chủ trì",
        "Nhiệm vụ quá hạn",
    ]
    pdf = tmp_path / "bao-cao.pdf"
    assert cli(*report_args(path, world, sample, pdf, "--no-charts")) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    docx = tmp_path / "quy.docx"
    assert (
        cli(
            "report",
            "--db",
            path,
            "--board",
            str(world.province),
            "--period",
            "01/01/2026:31/03/2026",
            "--as-of",
            "2026-03-31",
            "--out",
            str(docx),
            "--user",
            "xem",
        )
        == 0
    )
    assert "từ ngày 01/01/2026 đến ngày 31/03/2026, as of 31/03/2026" in capsys.readouterr().out


def test_a_plan_without_tasks_gives_a_short_report(db, secretariat, world, tmp_path, capsys):
    plan = plans.create_plan(
        db,
        secretariat,
        plans.PlanInput(
            board_id=world.province,
            title="Kế hoạch truyền thông năm 2026",
            year_from=2026,
            year_to=2026,
            code="20/KH-BĐH",
        ),
    )
    out = tmp_path / "rong.docx"
    assert (
        cli(
            "report",
            "--db",
            str(db.path),
            "--board",
            str(world.province),
            "--plan",
            str(plan.id),
            "--period",
            "2026",
            "--as-of",
            "31/10/2026",
            "--out",
            str(out),
        )
        == 0
    )
    assert "0 tasks" in capsys.readouterr().out
    assert "chưa có nhiệm vụ nào theo Kế hoạch số 20/KH-BĐH" in assert_nd30(out).body_text


@pytest.mark.parametrize(
    "args, code, message",
    [
        (
            ("--period", "30/06/2026:01/01/2026"),
            1,
            "Kỳ báo cáo kết thúc (01/01/2026) trước khi bắt đầu (30/06/2026).",
        ),
        (("--period", "2026-Q1"), 1, 'Không hiểu kỳ báo cáo "2026-Q1"'),
        (
            ("--as-of", "31/12/2024", "--period", "01/12/2024:31/12/2024"),
            1,
            "Ngày chốt số liệu 31/12/2024 trước ngày bắt đầu thực hiện kế hoạch (01/01/2025).",
        ),
        (("--as-of", "hôm qua"), 1, 'Không hiểu ngày "hôm qua"'),
        (
            ("--board", "OTHER", "--plan", "NONE", "--user", "thuky"),
            1,
            "Tài khoản của bạn không được xem ban này.",
        ),
        (("--out", "MISSING/bao-cao.docx"), 1, "Thư mục"),
        (("--out", "bao-cao.odt"), 2, "không ghi ra bao-cao.odt"),
    ],
)
def test_bad_report_input_writes_nothing(sample_db, world, tmp_path, capsys, args, code, message):
    path, sample = sample_db
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    options = {
        "--period": "2026-H1",
        "--as-of": "30/06/2026",
        "--board": str(world.province),
        "--plan": str(sample.plan_id),
        "--out": str(out_dir / "bao-cao.docx"),
    }
    extra = []
    for key, value in zip(args[::2], args[1::2]):
        value = {
            "OTHER": str(world.other),
            "MISSING/bao-cao.docx": str(tmp_path / "missing" / "bao-cao.docx"),
            "bao-cao.odt": str(out_dir / "bao-cao.odt"),
        }.get(value, value)
        if value == "NONE":
            options.pop(key)
        elif key in options:
            options[key] = value
        else:
            extra += [key, value]
    argv = ["report", "--db", path, *(x for kv in options.items() for x in kv), *extra]
    assert cli(*argv, lang="vi") == code
    assert message in one_line(capsys.readouterr().err)
    assert list(out_dir.iterdir()) == []
    assert not (tmp_path / "missing").exists()


def test_remind_writes_one_letter_per_agency_and_a_summary(
    sample_db, world, db, tmp_path, capsys, secretariat
):
    path, _ = sample_db
    out = tmp_path / "cong-van"
    assert (
        cli(
            "remind",
            "--db",
            path,
            "--board",
            str(world.province),
            "--out",
            str(out),
            "--reply-by",
            "15/12/2099",
        )
        == 0
    )
    lines = capsys.readouterr().out.splitlines()
    # as of any day after 20/11/2026 every open task of the sample is overdue (by hand:
    # Sở Y tế 3, Công an tỉnh 2, Sở Giáo dục và Đào tạo 2 with the meeting's task)
    assert [line.split(" -> ")[0] for line in lines[:3]] == [
        "  01/BĐH  Sở Y tế: 3 overdue, 0 due soon",
        "  02/BĐH  Công an tỉnh: 2 overdue, 0 due soon",
        "  03/BĐH  Sở Giáo dục và Đào tạo: 2 overdue, 0 due soon",
    ]
    assert lines[3].startswith(f"3 letters written in {out}; summary: Tổng hợp công văn đôn đốc")
    assert len(list(out.glob("*.docx"))) == 3 and len(list(out.glob("*.xlsx"))) == 1
    facts = assert_nd30(
        out / "02 - Công văn đôn đốc - Công an tỉnh.docx",
        kind_title="",
        number_pattern=r"^Số: 02/BĐH$",
    )
    assert "trước ngày 15/12/2099" in facts.body_text
    assert len(register.register_entries(db, secretariat, world.province)) == 3


def test_remind_drafts_and_refusals(sample_db, world, db, tmp_path, capsys, secretariat):
    path, _ = sample_db
    board = ("--db", path, "--board", str(world.province))
    drafts = tmp_path / "du-thao"
    assert (
        cli(
            "remind",
            *board,
            "--out",
            str(drafts),
            "--draft",
            "--agency",
            str(world.agencies["CAT"]),
            "--reply-by",
            "2099-12-15",
        )
        == 0
    )
    assert capsys.readouterr().out.splitlines()[0].startswith("  draft  Công an tỉnh: 2 overdue")
    assert register.register_entries(db, secretariat, world.province) == []
    refused = tmp_path / "refused"
    for args, message in (
        (("--reply-by", "01/01/2020"), "Hạn báo cáo 01/01/2020 phải sau ngày"),
        (("--reply-by", "15/13/2099"), 'Không hiểu ngày "15/13/2099"'),
        (("--agency", str(world.agencies["STP"])), "Sở Tư pháp không có nhiệm vụ quá hạn"),
        (("--user", "daumoi"), "Chỉ Tổ thư ký của Ban mới được ban hành công văn"),
    ):
        assert cli("remind", *board, "--out", str(refused), *args, lang="vi") == 1
        assert message in one_line(capsys.readouterr().err)
        assert not refused.exists()
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert cli("remind", *board, "--out", str(blocker / "x"), lang="vi") == 1
    assert "Không tạo được thư mục" in one_line(capsys.readouterr().err)
    assert register.register_entries(db, secretariat, world.province) == []


def test_a_docx_report_in_a_real_process_imports_neither_qtgui_nor_qtwidgets(
    sample_db, world, tmp_path
):
    path, sample = sample_db
    out = tmp_path / "bao-cao.docx"
    argv = ["--lang", "vi", *report_args(path, world, sample, out)]
    code = (
        "import sys; from coordboard.cli import main; "
        f"rc = main({argv!r}); "
        "loaded = [m for m in ('PySide6.QtGui', 'PySide6.QtWidgets') if m in sys.modules]; "
        "print(loaded); sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"Đã ghi: {out}",
        "6 tháng đầu năm 2026, số liệu đến ngày 30/06/2026: 11 nhiệm vụ; hoàn thành 3 (2 đúng "
        "hạn), đang thực hiện trong hạn 2, quá hạn 3.",
        "[]",
    ]
