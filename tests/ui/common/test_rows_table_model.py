"""RowsTableModel: the selected row stays selected through a sort and through a refresh, and the
model passes Qt's model tester before and after each."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from coordboard.ui.common.rows_table_model import ROW_ROLE, RowsTableModel


@dataclass(frozen=True)
class Row:
    id: int
    title: str
    order: int


ROWS = [Row(1, "Họp thường kỳ quý I", 3), Row(2, "Ánh sáng", 1), Row(3, "Bàn giao", 2)]


def view_over(qtbot, rows=ROWS):
    model = RowsTableModel(
        [("Tiêu đề", lambda r: r.title), ("Thứ tự", lambda r: r.order, lambda r: r.order)]
    )
    model.set_rows(rows)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    return model, view


def select(view, row: int) -> None:
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0),
        QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows,
    )


def selected(view):
    return [view.model().data(i, ROW_ROLE).id for i in view.selectionModel().selectedRows()]


def current(view):
    return view.model().data(view.currentIndex(), ROW_ROLE).id


def test_the_selection_follows_its_row_through_every_sort(qtbot, qtmodeltester):
    model, view = view_over(qtbot)
    qtmodeltester.check(model)
    select(view, model.row_of(3))
    for column, order in [(0, Qt.AscendingOrder), (1, Qt.DescendingOrder), (1, Qt.AscendingOrder)]:
        model.sort(column, order)
        qtmodeltester.check(model)
        assert selected(view) == [3] and current(view) == 3
    assert [r.id for r in model.rows] == [2, 3, 1]  # by the order column
    model.sort(0, Qt.AscendingOrder)
    assert [r.title for r in model.rows] == ["Ánh sáng", "Bàn giao", "Họp thường kỳ quý I"]


def test_a_refresh_keeps_the_selected_row_and_the_sort(qtbot, qtmodeltester):
    model, view = view_over(qtbot)
    model.sort(1, Qt.AscendingOrder)
    select(view, model.row_of(1))
    renamed = Row(1, "Họp thường kỳ quý II", 3)
    model.set_rows([Row(4, "Chuyên đề", 0), ROWS[2], renamed])  # 2 went away, 4 came
    qtmodeltester.check(model)
    assert [r.id for r in model.rows] == [4, 3, 1]  # still by the order column
    assert selected(view) == [1] and current(view) == 1
    assert model.data(model.index(model.row_of(1), 0)) == "Họp thường kỳ quý II"


def test_a_refresh_without_the_selected_row_selects_nothing(qtbot, qtmodeltester):
    model, view = view_over(qtbot)
    select(view, model.row_of(2))
    model.set_rows([ROWS[0], ROWS[2]])
    qtmodeltester.check(model)
    assert selected(view) == []
    assert [r.id for r in model.rows] == [1, 3]


def test_rows_without_ids_are_replaced(qtbot, qtmodeltester):
    @dataclass(frozen=True)
    class Plain:
        name: str

    model = RowsTableModel([("Tên", lambda r: r.name)])
    model.set_rows([Plain("b"), Plain("a")])
    model.sort(0)
    model.set_rows([Plain("d"), Plain("c")])
    qtmodeltester.check(model)
    assert [r.name for r in model.rows] == ["c", "d"]  # the sort the view chose still holds
