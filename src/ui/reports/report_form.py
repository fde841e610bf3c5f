"""The report asked for: the board (with the boards under it or not), one of its plans or every
task, the period (a half year, the year, or any range, optionally the statistical data period of
Decree 09/2019), the as-of date, and whether the annex gets charts.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from coordboard.services import plans
from coordboard.services.reports import ReportPeriod, ReportQuery
from coordboard.ui.common.widgets import DateEdit, ItemCombo, plan_label

PERIOD_KINDS = ("H1", "H2", "year", "range")


class ReportForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = ItemCombo()
        self.plan = ItemCombo(none_label=self.tr("Every task of the board"))
        self.period_kind = QComboBox()
        self.period_kind.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.period_kind.setMinimumContentsLength(10)
        for key, label in zip(
            PERIOD_KINDS,
            (
                self.tr("First half year"),
                self.tr("Second half year"),
                self.tr("Full year"),
                self.tr("Date range"),
            ),
        ):
            self.period_kind.addItem(label, key)
        self.year = QSpinBox()
        self.year.setRange(plans.MIN_YEAR, plans.MAX_YEAR)
        today = date.today()
        self.year.setValue(today.year)
        self.period_kind.setCurrentIndex(self.period_kind.findData(self.default_period_kind()))
        self.range_from = DateEdit()
        self.range_to = DateEdit()
        self.range_from.set_value(date(today.year, 1, 1))
        self.statistical = QCheckBox(self.tr("Statistical data period (Decree 09/2019)"))
        self.statistical.setToolTip(
            self.tr("From 15/12 of the previous year to 14/6 (6 months) or 14/12 (the year)")
        )
        self.as_of = DateEdit(optional=True)
        self.as_of.setToolTip(self.tr("Empty: today, or the period's last day if earlier"))
        self.child_boards = QCheckBox(self.tr("Include the boards under it"))
        self.charts = QCheckBox(self.tr("Charts in the annex"))
        self.charts.setChecked(True)

        period_row = QHBoxLayout()
        period_row.addWidget(self.period_kind, 1)
        period_row.addWidget(self.year)
        range_row = QHBoxLayout()
        range_row.addWidget(self.range_from)
        range_row.addWidget(QLabel("–"))
        range_row.addWidget(self.range_to)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Board:"), self.board)
        form.addRow(self.tr("Plan:"), self.plan)
        form.addRow(self.tr("Period:"), period_row)
        form.addRow(self.tr("From – to:"), range_row)
        form.addRow(self.statistical)  # whole rows: the field column stays narrow
        form.addRow(self.tr("Data as of:"), self.as_of)
        form.addRow(self.child_boards)
        form.addRow(self.charts)
        self.period_kind.currentIndexChanged.connect(self._period_kind_changed)
        self._period_kind_changed()

    @staticmethod
    def default_period_kind() -> str:
        """The report a board is asked for now (seed 003: before 25/5 and 20/11): the 6-month
        report in the first half of the year, the annual one after."""
        return "H1" if date.today().month <= 6 else "year"

    def _period_kind_changed(self) -> None:
        is_range = self.period_kind.currentData() == "range"
        self.year.setEnabled(not is_range)
        self.statistical.setEnabled(not is_range)
        self.range_from.setEnabled(is_range)
        self.range_to.setEnabled(is_range)

    def set_plans(self, rows: list[plans.PlanInfo]) -> None:
        self.plan.set_items([(p.id, plan_label(p.code, p.title)) for p in rows])

    def period(self) -> ReportPeriod:
        kind, year = self.period_kind.currentData(), self.year.value()
        statistical = self.statistical.isChecked()
        if kind == "H1":
            return ReportPeriod.half(year, 1, statistical)
        if kind == "H2":
            return ReportPeriod.half(year, 2, statistical)
        if kind == "year":
            return ReportPeriod.full_year(year, statistical)
        return ReportPeriod.between(self.range_from.value(), self.range_to.value())

    def query(self) -> ReportQuery:
        """The report asked for (a ValidationError for a range that ends before it starts)."""
        return ReportQuery(
            self.board.current_id(),
            self.period(),
            self.plan.current_id(),
            self.as_of.value(),
            self.child_boards.isChecked(),
        )
