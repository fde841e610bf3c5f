"""The tiles at the top of the dashboard: how many tasks are in each charted status class, and
the completion rate of the tasks due; under them, the classes counted apart (no deadline,
suspended, cancelled, carried over). A click on a tile opens its tasks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from coordboard.services import dashboard
from coordboard.services.tasks import classification as cl
from coordboard.ui.tasks import CLASS_COLOURS, class_label

# the tiles: the charted classes, then the completion rate
TILE_CLASSES = dashboard.CHART_CLASSES


class Tile(QFrame):
    """A count with its caption; a click opens its tasks."""

    clicked = Signal()

    def __init__(
        self, name: str, background: str, foreground: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(
            f"QFrame#{name} {{ background: {background}; border-radius: 4px;"
            f" border: 1px solid {foreground}40; }}"
            f"QLabel {{ color: {foreground}; background: transparent; }}"
        )
        self.setCursor(QCursor(Qt.PointingHandCursor))
        self.number = QLabel("–")
        self.number.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.setMinimumWidth(96)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class CountTiles(QWidget):
    """Signals: `class_clicked(status class)`, `rate_clicked()`. `tiles`: the tile of each
    charted class."""

    class_clicked = Signal(str)
    rate_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: dict[str, Tile] = {}
        row = QHBoxLayout()
        row.setSpacing(6)
        for key in TILE_CLASSES:
            background, foreground = CLASS_COLOURS[key]
            tile = Tile(f"tile_{key}", background, foreground)
            tile.caption.setText(class_label(key))
            tile.clicked.connect(lambda k=key: self.class_clicked.emit(k))
            self.tiles[key] = tile
            row.addWidget(tile)
        self.rate_tile = Tile("tile_rate", "#f4f6f8", "#1f1f1f")
        self.rate_tile.caption.setText(self.tr("completed of the tasks due"))
        self.rate_tile.clicked.connect(self.rate_clicked.emit)
        row.addWidget(self.rate_tile)
        self.apart = QLabel()  # no deadline, suspended, cancelled, carried over
        self.apart.setObjectName("dashboardApart")
        self.apart.setWordWrap(True)
        self.apart.setStyleSheet("color: #505050;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.apart)

    def show_counts(self, result: dashboard.Dashboard) -> None:
        counts = result.counts
        for key, tile in self.tiles.items():
            tile.number.setText(str(counts[key]))
        rate = result.rate.rate
        self.rate_tile.number.setText(f"{rate * 100:.0f} %" if rate is not None else "–")
        self.rate_tile.caption.setText(
            self.tr("completed of the {due} tasks due ({done})").format(
                due=result.rate.due, done=result.rate.done
            )
        )
        apart = [
            f"{class_label(c)}: {counts[c]}"
            for c in (cl.NO_DEADLINE, cl.SUSPENDED, cl.CANCELLED, cl.CARRIED_OVER)
            if counts[c]
        ]
        self.apart.setText(
            self.tr("Counted apart — {list}").format(list="; ".join(apart)) if apart else ""
        )
        self.apart.setVisible(bool(apart))
