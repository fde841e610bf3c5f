"""The dashboard's three charts: tasks by sector, by lead agency and by month, each bar split by
status class; a click on a bar part opens exactly those tasks.

The figures are built in the worker that reads the numbers (`load`, with services/dashboard/
charts.py): matplotlib is imported there, on first use, never at start. The main thread only
wraps each figure in a FigureCanvasQTAgg. A chart whose numbers did not change since it was
drawn is neither built nor drawn again: a live refresh that changed nothing here draws nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from coordboard.services import dashboard
from coordboard.services.tasks import TaskFilter
from coordboard.ui.context import AppContext

CHART_HEIGHTS = {"sector": 300, "agency": 380, "monthly": 280}


def chart_sources(result: dashboard.Dashboard) -> dict[str, object]:
    """What each chart shows: a chart whose source is unchanged is neither rebuilt nor drawn."""
    return {
        "sector": result.by_sector,
        "agency": (result.by_lead_agency, result.lead_agency_total),
        "monthly": result.monthly,
    }


def load(ctx: AppContext, query: dashboard.DashboardQuery, shown: dict[str, object]):
    """In the worker: the numbers, then the figures of the charts whose numbers changed since
    `shown` (the first call imports matplotlib). Drawing a figure costs the main thread about
    0.1 s each, so a live refresh that changed nothing here draws nothing."""
    from coordboard.services.dashboard import charts

    result = dashboard.dashboard(ctx.db, ctx.actor, query)
    builders = {
        "sector": charts.sector_chart,
        "agency": charts.agency_chart,
        "monthly": charts.monthly_chart,
    }
    sources = chart_sources(result)
    figures = {
        key: build(result) for key, build in builders.items() if shown.get(key) != sources[key]
    }
    return result, figures


class ChartBox(QFrame):
    """Holds one chart canvas; the canvas is made when the first figure arrives."""

    picked = Signal(object)  # the TaskFilter of the clicked bar

    def __init__(self, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.canvas = None
        self.figure = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(2, 2, 2, 2)
        self.placeholder = QLabel(self.tr("Loading…"))
        self.placeholder.setAlignment(Qt.AlignCenter)
        self._layout.addWidget(self.placeholder)

    def show_figure(self, figure) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from coordboard.services.dashboard.charts import bar_filter

        old = self.canvas
        self.figure = figure
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.canvas.mpl_connect("pick_event", lambda event: self._picked(bar_filter(event.artist)))
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        if old is not None:
            self._layout.replaceWidget(old, self.canvas)
            old.deleteLater()
        else:
            self._layout.replaceWidget(self.placeholder, self.canvas)
            self.placeholder.deleteLater()

    def _picked(self, flt: TaskFilter | None) -> None:
        if flt is not None:
            self.picked.emit(flt)

    def _hover(self, event) -> None:
        """A hand over a bar that opens tasks."""
        from coordboard.services.dashboard.charts import bar_filter

        over = event.inaxes is not None and any(
            bar_filter(p) is not None and p.contains(event)[0] for p in event.inaxes.patches
        )
        self.canvas.setCursor(QCursor(Qt.PointingHandCursor if over else Qt.ArrowCursor))

    def clickable_bars(self) -> list:
        """(for tests) the patches a click opens tasks from"""
        from coordboard.services.dashboard.charts import bar_filter

        if self.figure is None:
            return []
        return [p for ax in self.figure.axes for p in ax.patches if bar_filter(p) is not None]


class ChartsPanel(QWidget):
    """The three charts one under the other. Signal: `picked(TaskFilter)` of a clicked bar.
    `boxes`: the ChartBox of each chart ("sector", "agency", "monthly")."""

    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes = {key: ChartBox(height) for key, height in CHART_HEIGHTS.items()}
        self._drawn: dict[str, object] = {}  # chart -> the numbers its figure shows
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in self.boxes.values():
            box.picked.connect(self.picked.emit)
            layout.addWidget(box)

    def drawn(self) -> dict[str, object]:
        """What each chart shows now, for `load` in the worker (a copy: it is read there)."""
        return dict(self._drawn)

    def show_figures(self, result: dashboard.Dashboard, figures: dict) -> None:
        """Show the figures built for `result` (those of the charts whose numbers changed)."""
        sources = chart_sources(result)
        for key, figure in figures.items():
            self.boxes[key].show_figure(figure)
            self._drawn[key] = sources[key]
