"""Charts: the bars say what the dashboard says, each clickable segment carries the filter of its
tasks, Vietnamese labels render without a missing glyph, PNG at the asked resolution."""

from __future__ import annotations

import io
import warnings
from datetime import date, timedelta

import pytest
from matplotlib.patches import Rectangle
from PIL import Image

from coordboard import i18n
from coordboard.services.dashboard import (
    CHART_CLASSES,
    Dashboard,
    DashboardQuery,
    GroupRow,
    MonthRow,
    charts,
)
from coordboard.services.tasks import TaskFilter
from coordboard.services.tasks import classification as cl
from coordboard.services.tasks.classification import ClassCounts, CompletionRate

AS_OF = date(2026, 11, 23)
SCOPE = TaskFilter(board_id=1, include_child_boards=True, as_of=AS_OF)


def group(i: int, name: str, counts: dict[str, int], key: str) -> GroupRow:
    flt = TaskFilter(**{**SCOPE.__dict__, key: i})
    return GroupRow(i, name, ClassCounts(AS_OF, counts), flt, short_name="")


def month(m: int, due: int, done: int, on_time: int) -> MonthRow:
    start = date(2026, m, 1)
    window = TaskFilter(
        **{**SCOPE.__dict__, "deadline_from": start, "deadline_to": start + timedelta(days=27)}
    )
    return MonthRow(
        start,
        due,
        done,
        on_time,
        TaskFilter(**{**window.__dict__, "classes": (cl.OVERDUE, cl.DONE_ON_TIME, cl.DONE_LATE)}),
        TaskFilter(**{**window.__dict__, "classes": (cl.DONE_ON_TIME, cl.DONE_LATE)}),
    )


def make_dashboard(sectors=(), agencies=(), months=(), agency_total=None) -> Dashboard:
    total: dict[str, int] = {}
    for g in sectors:
        for c, n in g.counts.counts.items():
            total[c] = total.get(c, 0) + n
    return Dashboard(
        query=DashboardQuery(1, True),
        as_of=AS_OF,
        scope=SCOPE,
        soon_days=7,
        silent_days=30,
        counts=ClassCounts(AS_OF, total),
        rate=CompletionRate(0, 0, 0),
        by_sector=tuple(sectors),
        by_lead_agency=tuple(agencies),
        lead_agency_total=agency_total if agency_total is not None else len(agencies),
        monthly=tuple(months),
        overdue=(),
        due_soon=(),
        recent_updates=(),
        silent_agencies=(),
        silent_total=0,
    )


SECTORS = [
    group(
        1,
        "Y tế",
        {
            cl.OVERDUE: 2,
            cl.DUE_SOON: 1,
            cl.IN_PROGRESS: 3,
            cl.DONE_ON_TIME: 4,
            cl.DONE_LATE: 2,
            cl.CANCELLED: 1,
        },
        "sector_id",
    ),
    group(2, "Giáo dục và đào tạo", {cl.IN_PROGRESS: 1, cl.DONE_ON_TIME: 1}, "sector_id"),
    group(3, "Mặt trận và các đoàn thể", {cl.NO_DEADLINE: 2}, "sector_id"),  # nothing charted
]


@pytest.fixture(autouse=True)
def vietnamese():
    i18n.load("vi")
    yield
    i18n.load("en")


def clickable(fig) -> list[Rectangle]:
    return [p for ax in fig.axes for p in ax.patches if charts.bar_filter(p) is not None]


def test_sector_bars_are_the_counts_stacked_by_class_with_their_filters():
    fig = charts.sector_chart(make_dashboard(SECTORS))
    assert fig.get_suptitle() == "Nhiệm vụ theo lĩnh vực"
    ax = fig.axes[0]
    segments = {
        (charts.bar_filter(p).sector_id, charts.bar_filter(p).classes): p for p in clickable(fig)
    }
    expected = {
        (g.id, (c,)): g.counts[c] for g in SECTORS[:2] for c in CHART_CLASSES if g.counts[c]
    }
    assert {k: p.get_width() for k, p in segments.items()} == expected
    for (sector, (status_class,)), patch in segments.items():
        assert charts.bar_filter(patch) == next(g for g in SECTORS if g.id == sector).class_filter(
            status_class
        )
        assert patch.get_facecolor()[:3] == pytest.approx(
            tuple(int(charts.BAR_COLOURS[status_class][i : i + 2], 16) / 255 for i in (1, 3, 5))
        )
    # overdue is drawn first, at the left of the bar; the total at its end
    health = {c[0]: p for (s, c), p in segments.items() if s == 1}
    assert health[cl.OVERDUE].get_x() == 0
    assert health[cl.DUE_SOON].get_x() == 2
    texts = {t.get_text() for t in ax.texts}
    assert {"12", "2"} <= texts  # the charted total of "Y tế" (cancelled is not charted)
    # a sector with nothing in the charted classes takes no row
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Y tế", "Giáo dục và đào tạo"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "Quá hạn",
        "Sắp đến hạn",
        "Đang thực hiện trong hạn",
        "Hoàn thành đúng hạn",
        "Hoàn thành quá hạn",
    ]


def test_agency_chart_says_how_many_agencies_it_leaves_out():
    agencies = [
        group(10 + i, f"Ủy ban nhân dân xã số {i}", {cl.OVERDUE: 12 - i}, "lead_agency_id")
        for i in range(12)
    ]
    fig = charts.agency_chart(make_dashboard(agencies=agencies, agency_total=40))
    title = fig.get_suptitle()
    assert title == "Nhiệm vụ theo cơ quan chủ trì (12/40 cơ quan quá hạn nhiều nhất)"
    assert [charts.bar_filter(p).lead_agency_id for p in clickable(fig)] == [g.id for g in agencies]
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels[0] == "Ủy ban nhân dân xã số 0"  # most overdue on top (y axis inverted)
    assert fig.axes[0].yaxis_inverted()


def test_monthly_bars_due_beside_done_on_time_and_late():
    months = [month(9, 4, 3, 2), month(10, 0, 0, 0), month(11, 5, 1, 1)]
    fig = charts.monthly_chart(make_dashboard(SECTORS, months=months))
    bars = clickable(fig)
    due = [p for p in bars if charts.bar_filter(p).classes == months[0].due_filter.classes]
    assert [p.get_height() for p in due] == [4, 5]
    on_time = [p for p in bars if charts.bar_filter(p).classes == (cl.DONE_ON_TIME,)]
    late = [p for p in bars if charts.bar_filter(p).classes == (cl.DONE_LATE,)]
    assert [p.get_height() for p in on_time] == [2, 1]
    assert [(p.get_y(), p.get_height()) for p in late] == [(2, 1)]  # on top of on time
    assert charts.bar_filter(late[0]).deadline_from == date(2026, 9, 1)
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == [
        "09/2026",
        "10/2026",
        "11/2026",
    ]


def test_an_empty_dashboard_says_so_and_offers_nothing_to_click():
    empty = make_dashboard()
    for build in (charts.sector_chart, charts.agency_chart, charts.monthly_chart):
        fig = build(empty)
        assert clickable(fig) == []
        assert [t.get_text() for t in fig.axes[0].texts] == ["Không có nhiệm vụ"]


def test_png_at_150_dpi_with_every_vietnamese_glyph():
    fig = charts.sector_chart(make_dashboard(SECTORS), size=(6, 3))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" would raise
        png = charts.figure_png(fig)
    assert png.startswith(b"\x89PNG")
    image = Image.open(io.BytesIO(png))
    assert image.size == (900, 450)
    assert image.info["dpi"] == pytest.approx((150, 150), abs=0.1)


def test_tasks_without_a_sector_have_a_named_bar_that_opens_nothing():
    """No Tasks-page filter lists "tasks without a sector", so their bar is not clickable."""
    unsorted = GroupRow(None, "", ClassCounts(AS_OF, {cl.OVERDUE: 3}), None)
    fig = charts.sector_chart(make_dashboard([*SECTORS[:1], unsorted]))
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["Y tế", "(chưa xác định lĩnh vực)"]
    assert {charts.bar_filter(p).sector_id for p in clickable(fig)} == {1}
    second = [
        p
        for p in fig.axes[0].patches
        if abs(p.get_y() + p.get_height() / 2 - 1) < 0.01 and p.get_width()
    ]
    assert [(p.get_width(), charts.bar_filter(p)) for p in second] == [(3, None)]
