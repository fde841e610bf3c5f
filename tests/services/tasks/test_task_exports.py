"""Task list export: every matching task, in the list's order, page by page; cancel, limits."""

from __future__ import annotations

from datetime import date, timedelta

import openpyxl
import pytest

from coordboard.errors import DomainError, ValidationError
from coordboard.i18n import translate
from coordboard.services import tasks
from coordboard.services.tasks import ProgressInput, TaskFilter, TaskInput, TaskSort, classification
from coordboard.services.tasks import export as task_exports

TODAY = date.today()


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def new_task(
    db,
    actor,
    world,
    title: str,
    lead: str = "SYT",
    deadline: int | None = 30,
    board: int | None = None,
    coop: tuple[str, ...] = (),
) -> int:
    (task_id,) = tasks.create_task(
        db,
        actor,
        TaskInput(
            board_id=board or world.province,
            title=title,
            lead_agency_id=world.agencies[lead],
            cooperating_agency_ids=tuple(world.agencies[c] for c in coop),
            assigned_date=day(-100),
            deadline_kind="fixed" if deadline is not None else "none",
            deadline=day(deadline) if deadline is not None else None,
        ),
    )
    return task_id


def data_rows(path) -> list[tuple]:
    ws = openpyxl.load_workbook(path).active
    return list(ws.iter_rows(min_row=task_exports.HEADER_ROWS + 1, values_only=True))


def test_export_writes_the_filtered_tasks_in_the_given_order(
    db, world, secretariat, tmp_path, monkeypatch
):
    monkeypatch.setattr(task_exports, "PAGE_ROWS", 3)  # several pages
    for i in range(8):
        new_task(db, secretariat, world, f"Nhiệm vụ y tế {i}", deadline=10 * i - 35)
    new_task(db, secretariat, world, "Nhiệm vụ giáo dục", lead="SGDDT", coop=("SYT", "CAT"))
    calls = []
    path = task_exports.export_tasks_xlsx(
        db,
        secretariat,
        TaskFilter(lead_agency_id=world.agencies["SYT"]),
        TaskSort("deadline", descending=True),
        tmp_path / "tasks.xlsx",
        progress=lambda done, total: calls.append((done, total)),
    )
    rows = data_rows(path)
    assert [r[1] for r in rows] == [f"Nhiệm vụ y tế {i}" for i in reversed(range(8))]
    assert [r[0] for r in rows] == list(range(1, 9))
    assert calls == [(0, 8), (3, 8), (6, 8), (8, 8)]
    # the same query as the screen: first rows equal the list's first page
    shown = tasks.list_tasks(
        db,
        secretariat,
        TaskFilter(lead_agency_id=world.agencies["SYT"]),
        TaskSort("deadline", descending=True),
    )
    assert [r[1] for r in rows] == [r.title for r in shown]


def test_cells_hold_dates_agencies_and_the_status_class(db, world, secretariat, tmp_path):
    task_id = new_task(
        db,
        secretariat,
        world,
        "Rà soát trẻ em có hoàn cảnh đặc biệt",
        deadline=-10,
        coop=("SGDDT", "CAT"),
    )
    version = tasks.get_task(db, secretariat, task_id).version
    tasks.add_extension(
        db,
        secretariat,
        task_id,
        new_deadline=day(20),
        reason="Chờ số liệu",
        approved_by="Trưởng ban",
        approved_on=day(-11),
        expected_version=version,
    )
    path = task_exports.export_tasks_xlsx(
        db, secretariat, TaskFilter(), TaskSort(), tmp_path / "x.xlsx"
    )
    ws = openpyxl.load_workbook(path).active
    (row,) = data_rows(path)
    assert row[1] == "Rà soát trẻ em có hoàn cảnh đặc biệt"
    assert row[5] == "Sở Y tế"
    assert row[6] == "Công an tỉnh; Sở Giáo dục và Đào tạo"
    assert row[11].date() == day(-10) and row[12].date() == day(20)  # as assigned, in force
    assert ws.cell(row=4, column=12).number_format == "DD/MM/YYYY"
    assert row[2] == translate(
        "status_class", classification.CLASS_LABELS[classification.IN_PROGRESS]
    )
    assert TODAY.strftime("%d/%m/%Y") in ws["A2"].value
    assert ws.freeze_panes == "C4"


def test_export_follows_the_as_of_date(db, world, secretariat, tmp_path):
    task_id = new_task(db, secretariat, world, "Tổ chức Diễn đàn trẻ em", deadline=-5)
    version = tasks.get_task(db, secretariat, task_id).version
    tasks.add_update(
        db,
        secretariat,
        task_id,
        ProgressInput(update_date=day(-1), text="Xong", new_status="done", completed_on=day(-1)),
        expected_version=version,
    )
    late = task_exports.export_tasks_xlsx(
        db,
        secretariat,
        TaskFilter(classes=(classification.DONE_LATE,)),
        TaskSort(),
        tmp_path / "late.xlsx",
    )
    earlier = task_exports.export_tasks_xlsx(
        db,
        secretariat,
        TaskFilter(classes=(classification.OVERDUE,), as_of=day(-3)),
        TaskSort(),
        tmp_path / "earlier.xlsx",
    )
    assert [r[1] for r in data_rows(late)] == ["Tổ chức Diễn đàn trẻ em"]
    assert [r[1] for r in data_rows(earlier)] == ["Tổ chức Diễn đàn trẻ em"]  # open then


def test_a_focal_point_exports_only_what_it_may_see(
    db, world, admin, secretariat, focal_point, tmp_path
):
    new_task(db, secretariat, world, "Nhiệm vụ của Ban tỉnh")
    new_task(db, admin, world, "Nhiệm vụ của Ban khác", lead="SLDTBXH", board=world.other)
    mine = task_exports.export_tasks_xlsx(
        db, focal_point, TaskFilter(), TaskSort("title"), tmp_path / "mine.xlsx"
    )
    everything = task_exports.export_tasks_xlsx(
        db, admin, TaskFilter(), TaskSort("title"), tmp_path / "all.xlsx"
    )
    assert [r[1] for r in data_rows(mine)] == ["Nhiệm vụ của Ban tỉnh"]
    assert [r[1] for r in data_rows(everything)] == [
        "Nhiệm vụ của Ban khác",
        "Nhiệm vụ của Ban tỉnh",
    ]


def test_an_empty_list_still_writes_a_sheet_with_headings(db, world, secretariat, tmp_path):
    path = task_exports.export_tasks_xlsx(
        db,
        secretariat,
        TaskFilter(text="không có"),
        TaskSort(),
        tmp_path / "empty.xlsx",
        title="Trống",
    )
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == "Trống"
    assert ws.max_row == task_exports.HEADER_ROWS


def test_cancel_writes_nothing(db, world, secretariat, tmp_path, monkeypatch):
    monkeypatch.setattr(task_exports, "PAGE_ROWS", 2)
    for i in range(5):
        new_task(db, secretariat, world, f"Nhiệm vụ {i}")
    pages = []
    with pytest.raises(task_exports.ExportCancelled):
        task_exports.export_tasks_xlsx(
            db,
            secretariat,
            TaskFilter(),
            TaskSort(),
            tmp_path / "out.xlsx",
            progress=lambda done, total: pages.append(done),
            cancelled=lambda: len(pages) >= 2,
        )
    assert pages == [0, 2]
    assert not any(p.name.startswith("out") or p.suffix == ".part" for p in tmp_path.iterdir())


def test_a_list_longer_than_a_worksheet_is_refused(db, world, secretariat, tmp_path, monkeypatch):
    monkeypatch.setattr(task_exports, "MAX_SHEET_ROWS", 5)
    for i in range(3):
        new_task(db, secretariat, world, f"Nhiệm vụ {i}")
    with pytest.raises(ValidationError) as exc:
        task_exports.export_tasks_xlsx(
            db, secretariat, TaskFilter(), TaskSort(), tmp_path / "big.xlsx"
        )
    assert exc.value.params == {"count": 3, "limit": 2}
    assert not (tmp_path / "big.xlsx").exists()


def test_an_unwritable_folder_is_reported(db, world, secretariat, tmp_path):
    new_task(db, secretariat, world, "Nhiệm vụ")
    with pytest.raises(DomainError) as exc:
        task_exports.export_tasks_xlsx(
            db, secretariat, TaskFilter(), TaskSort(), tmp_path / "missing" / "x.xlsx"
        )
    assert exc.value.message == "Cannot write to {path}: {detail}"


def test_titles_that_look_like_formulas_stay_text_and_control_characters_go(
    db, admin, world, tmp_path
):
    from openpyxl import load_workbook

    from coordboard.services.tasks import export as task_exports

    tasks.create_task(
        db,
        admin,
        tasks.TaskInput(
            board_id=world.province,
            title='=HYPERLINK("http://x") 5 nhiệm vụ\x07',
            lead_agency_id=world.agencies["SYT"],
            assigned_date=date(2026, 1, 5),
            deadline=date(2026, 6, 30),
        ),
    )
    path = task_exports.export_tasks_xlsx(
        db, admin, tasks.TaskFilter(), tasks.TaskSort(), tmp_path / "t.xlsx"
    )
    ws = load_workbook(path).active
    titles = [row[1] for row in ws.iter_rows(values_only=True) if row and row[0] == 1]
    assert titles == ['=HYPERLINK("http://x") 5 nhiệm vụ']
    cell = next(c for row in ws.iter_rows() for c in row if c.value == titles[0])
    assert cell.data_type == "s"
