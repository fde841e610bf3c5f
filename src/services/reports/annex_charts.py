"""The dashboard's three charts drawn for a progress report's annex, from the report's numbers.

The report hands the pictures to services/documents/progress_report.py, which lays them out
(documents draw nothing and import no use case). Importing this module imports matplotlib
(through services/dashboard/charts.py): export.py imports it only when a report has charts.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from types import SimpleNamespace

from coordboard.rules import status as cl
from coordboard.services.dashboard import CHART_CLASSES, TOP_AGENCIES, GroupRow, MonthRow, charts
from coordboard.services.documents.progress_report import CHART_DPI, CHART_WIDTH_MM, ChartPicture
from coordboard.services.reports.model import ReportData
from coordboard.services.tasks import TaskFilter

CHART_LEGEND = {
    cl.OVERDUE: "Quá hạn",
    cl.DUE_SOON: "Sắp đến hạn",
    cl.IN_PROGRESS: "Đang thực hiện trong hạn",
    cl.DONE_ON_TIME: "Hoàn thành đúng hạn",
    cl.DONE_LATE: "Hoàn thành quá hạn",
}
MONTHLY_LEGEND = ("Đến hạn", "Hoàn thành đúng hạn", "Hoàn thành quá hạn")


def report_charts(data: ReportData) -> tuple[ChartPicture, ...]:
    """The sector, lead-agency and monthly charts, drawn at the printed size (9 pt labels print
    at 9 pt) and in Vietnamese whatever the interface's language."""
    source = chart_source(data)
    stacked = [CHART_LEGEND[c] for c in CHART_CLASSES]
    width = CHART_WIDTH_MM / 25.4
    figures = (
        (
            charts.sector_chart(source, (width, _bars_height(source.by_sector))),
            stacked,
            "Tình hình thực hiện nhiệm vụ theo lĩnh vực",
        ),
        (
            charts.agency_chart(source, (width, _bars_height(source.by_lead_agency))),
            stacked,
            "Tình hình thực hiện nhiệm vụ theo cơ quan chủ trì",
        ),
        (
            charts.monthly_chart(source, (width, 2.8)),
            MONTHLY_LEGEND,
            "Nhiệm vụ đến hạn và đã hoàn thành theo tháng",
        ),
    )
    pictures = []
    for figure, legend, caption in figures:
        _in_vietnamese(figure, legend)
        pictures.append(ChartPicture(charts.figure_png(figure, dpi=CHART_DPI), caption))
    return tuple(pictures)


def _bars_height(rows) -> float:
    """Inches: room for the legend and axis, and a quarter inch a bar."""
    return min(max(1.0 + 0.26 * len(rows), 2.2), 5.0)


def _in_vietnamese(figure, legend) -> None:
    """The dashboard's figures speak the interface's language; a report is Vietnamese whatever
    it is: the caption under the picture replaces the title, the legend is said again."""
    if getattr(figure, "_suptitle", None) is not None:
        figure._suptitle.set_text("")
    for ax in figure.axes:
        for loc in ("left", "center", "right"):
            ax.set_title("", loc=loc)
        box = ax.get_legend()
        if box is not None:
            for text, label in zip(box.get_texts(), legend):
                text.set_text(label)


def chart_source(data):
    """The report's numbers in the shape the dashboard's chart builders read (a Dashboard's
    by_sector, by_lead_agency, lead_agency_total and monthly); each bar's filter lists the
    same tasks on the Tasks page."""
    q = data.query
    scope = TaskFilter(
        board_id=q.board_id,
        include_child_boards=q.include_child_boards,
        plan_id=q.plan_id,
        as_of=data.as_of,
    )
    sectors = tuple(
        GroupRow(
            g.id, g.name, g.counts, replace(scope, sector_id=g.id) if g.id is not None else None
        )
        for g in data.by_sector
    )
    agencies = tuple(
        GroupRow(g.id, g.name, g.counts, replace(scope, lead_agency_id=g.id), g.short_name)
        for g in data.by_agency[:TOP_AGENCIES]
    )
    months = []
    for m in data.monthly:
        following = (m.month.replace(day=28) + timedelta(days=4)).replace(day=1)
        window = replace(
            scope,
            deadline_from=max(m.month, data.period.start),
            deadline_to=min(following - timedelta(days=1), data.as_of),
        )
        months.append(
            MonthRow(
                m.month,
                m.due,
                m.done,
                m.done_on_time,
                replace(window, classes=(cl.OVERDUE, cl.DONE_ON_TIME, cl.DONE_LATE)),
                replace(window, classes=(cl.DONE_ON_TIME, cl.DONE_LATE)),
            )
        )
    return SimpleNamespace(
        by_sector=sectors,
        by_lead_agency=agencies,
        lead_agency_total=len(data.by_agency),
        monthly=tuple(months),
    )
