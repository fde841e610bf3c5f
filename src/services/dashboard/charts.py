"""The dashboard's charts as matplotlib figures: drawn by the Dashboard page (in a Qt canvas)
and embedded as PNG in the progress report.

Qt-free and pyplot-free (DESIGN.md): each builder returns a `matplotlib.figure.Figure` with an
Agg canvas, so a worker thread can build it and `figure_png` can render it without a window.
Importing this module imports matplotlib (about 0.6 s): import it lazily, never at start.

Every bar segment carries the Tasks-page filter that lists its tasks (`bar_filter(artist)`);
a click on it opens exactly those tasks. Labels are translated with the app's language
(tr_message); DejaVu Sans, which matplotlib ships, has every Vietnamese glyph.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import matplotlib
from matplotlib.axis import Axis
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from coordboard.i18n import QT_TRANSLATE_NOOP, tr_message, translate
from coordboard.services.dashboard import CHART_CLASSES, Dashboard, GroupRow
from coordboard.services.tasks import TaskFilter
from coordboard.services.tasks import classification as cl

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

# bar fills: the hue of the Tasks page's colour of each class (ui/tasks/task_table_model
# CLASS_COLOURS; a test checks that the hues agree), strong enough for a bar
BAR_COLOURS = {
    cl.OVERDUE: "#c0504d",
    cl.DUE_SOON: "#e8a33d",
    cl.IN_PROGRESS: "#5b8ac6",
    cl.DONE_ON_TIME: "#5e9e57",
    cl.DONE_LATE: "#a89f4f",
    cl.NO_DEADLINE: "#8c8c8c",
    cl.SUSPENDED: "#8a6aae",
    cl.CANCELLED: "#b4b4b4",
    cl.CARRIED_OVER: "#6a9aa1",
}
DUE_COLOUR = "#9aa7b4"  # the monthly chart's "due" bars: neutral, the done ones carry colour
FONT: dict[RcKeyType, Any] = {
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
}
_FILTER = "_coordboard_filter"


def class_label(status_class: str) -> str:
    return translate("status_class", cl.CLASS_LABELS[status_class])


def bar_filter(artist) -> TaskFilter | None:
    """The filter of the tasks a bar segment counts (None: not clickable)."""
    return getattr(artist, _FILTER, None)


def figure_png(fig: Figure, dpi: int = 150) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def _integer_ticks(axis: Axis) -> None:
    """Counts have no fractions: whole-number ticks on the default (MaxNLocator) locator."""
    locator = axis.get_major_locator()
    if isinstance(locator, MaxNLocator):
        locator.set_params(integer=True)


def _figure(size: tuple[float, float]) -> Figure:
    with matplotlib.rc_context(FONT):
        fig = Figure(figsize=size, dpi=100, layout="constrained")
        FigureCanvasAgg(fig)
    return fig


def _heading(fig: Figure, title: str, ncols: int) -> None:
    """The title at the figure's left edge, the legend under it (both outside the axes, so
    long Vietnamese labels never cover a bar)."""
    fig.suptitle(title, x=0.01, ha="left", fontsize=10, fontweight="bold")
    fig.axes[0].legend(
        loc="lower left",
        bbox_to_anchor=(0, 1.0),
        ncols=ncols,
        frameon=False,
        fontsize=8,
        handlelength=1.2,
        columnspacing=1.0,
        borderaxespad=0.3,
    )


def _empty(ax, title: str) -> None:
    ax.figure.suptitle(title, x=0.01, ha="left", fontsize=10, fontweight="bold")
    ax.text(
        0.5,
        0.5,
        tr_message("charts", QT_TRANSLATE_NOOP("charts", "No tasks")),
        ha="center",
        va="center",
        color="#6e6e6e",
        transform=ax.transAxes,
    )
    ax.set_axis_off()


def _stacked(
    rows: Sequence[GroupRow],
    title: str,
    size: tuple[float, float],
    classes: Sequence[str] = CHART_CLASSES,
) -> Figure:
    """Horizontal bars, one per row (first on top), stacked by status class, the total at the
    end of each bar and each segment's count inside it when it fits."""
    fig = _figure(size)
    with matplotlib.rc_context(FONT):
        ax = fig.add_subplot()
        rows = [r for r in rows if any(r.counts[c] for c in classes)]
        if not rows:
            _empty(ax, title)
            return fig
        y = list(range(len(rows)))
        left = [0] * len(rows)
        widest = max(sum(r.counts[c] for c in classes) for r in rows)
        for status_class in classes:
            widths = [r.counts[status_class] for r in rows]
            bars = ax.barh(
                y,
                widths,
                left=left,
                height=0.65,
                color=BAR_COLOURS[status_class],
                edgecolor="white",
                linewidth=0.6,
                label=class_label(status_class),
            )
            for bar, row, n in zip(bars, rows, widths):
                if n:
                    setattr(bar, _FILTER, row.class_filter(status_class))
                    bar.set_picker(True)
                    if n >= widest * 0.06:
                        ax.text(
                            bar.get_x() + bar.get_width() / 2,
                            bar.get_y() + bar.get_height() / 2,
                            str(n),
                            ha="center",
                            va="center",
                            fontsize=8,
                            color="white",
                            in_layout=False,
                        )
            left = [a + b for a, b in zip(left, widths)]
        for yi, total in zip(y, left):
            ax.text(
                total + widest * 0.01,
                yi,
                str(total),
                va="center",
                fontsize=8,
                color="#333333",
                in_layout=False,
            )  # inside the axes: the layout skips it
        no_sector = tr_message("charts", QT_TRANSLATE_NOOP("charts", "(no sector)"))
        ax.set_yticks(y, [_short(r.label or no_sector) for r in rows])
        ax.invert_yaxis()
        ax.set_xlim(0, widest * 1.08)
        _integer_ticks(ax.xaxis)
        _heading(fig, title, 3)
    return fig


def _short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def sector_chart(dashboard: Dashboard, size: tuple[float, float] = (8, 3.6)) -> Figure:
    """Tasks by sector, stacked by status class."""
    return _stacked(
        dashboard.by_sector,
        tr_message("charts", QT_TRANSLATE_NOOP("charts", "Tasks by sector")),
        size,
    )


def agency_chart(dashboard: Dashboard, size: tuple[float, float] = (8, 4.2)) -> Figure:
    """The lead agencies with most overdue tasks, stacked by status class."""
    shown, total = len(dashboard.by_lead_agency), dashboard.lead_agency_total
    title = tr_message("charts", QT_TRANSLATE_NOOP("charts", "Tasks by lead agency"))
    if total > shown:
        title = tr_message(
            "charts",
            QT_TRANSLATE_NOOP(
                "charts", "Tasks by lead agency: the {shown} with most overdue, of {total}"
            ),
            {"shown": shown, "total": total},
        )
    return _stacked(dashboard.by_lead_agency, title, size)


def monthly_chart(dashboard: Dashboard, size: tuple[float, float] = (8, 3.2)) -> Figure:
    """Month by month: the tasks that fell due, beside those of them done (on time / late)."""
    fig = _figure(size)
    title = tr_message(
        "charts", QT_TRANSLATE_NOOP("charts", "Completion by month of the deadline: due, and done")
    )
    with matplotlib.rc_context(FONT):
        ax = fig.add_subplot()
        months = dashboard.monthly
        if not any(m.due for m in months):
            _empty(ax, title)
            return fig
        x = list(range(len(months)))
        width = 0.38
        due = ax.bar(
            [i - width / 2 for i in x],
            [m.due for m in months],
            width,
            color=DUE_COLOUR,
            label=tr_message("charts", QT_TRANSLATE_NOOP("charts", "Due")),
        )
        on_time = ax.bar(
            [i + width / 2 for i in x],
            [m.done_on_time for m in months],
            width,
            color=BAR_COLOURS[cl.DONE_ON_TIME],
            label=class_label(cl.DONE_ON_TIME),
        )
        late = ax.bar(
            [i + width / 2 for i in x],
            [m.done - m.done_on_time for m in months],
            width,
            bottom=[m.done_on_time for m in months],
            color=BAR_COLOURS[cl.DONE_LATE],
            label=class_label(cl.DONE_LATE),
        )
        for m, d, a, b in zip(months, due, on_time, late):
            if m.due:
                setattr(d, _FILTER, m.due_filter)
                d.set_picker(True)
                ax.text(
                    d.get_x() + d.get_width() / 2,
                    m.due,
                    str(m.due),
                    ha="center",
                    va="bottom",
                    fontsize=7,
                    color="#333333",
                    in_layout=False,
                )
            if m.done_on_time:
                setattr(a, _FILTER, replace(m.done_filter, classes=(cl.DONE_ON_TIME,)))
                a.set_picker(True)
            if m.done - m.done_on_time:
                setattr(b, _FILTER, replace(m.done_filter, classes=(cl.DONE_LATE,)))
                b.set_picker(True)
        ax.set_xticks(
            x,
            [f"{m.month.month:02d}/{m.month.year}" for m in months],
            rotation=45 if len(months) > 8 else 0,
            ha="right" if len(months) > 8 else "center",
            fontsize=8,
        )
        _integer_ticks(ax.yaxis)
        ax.set_ylim(0, max(m.due for m in months) * 1.12)  # room for the counts on top
        _heading(fig, title, 3)
    return fig
