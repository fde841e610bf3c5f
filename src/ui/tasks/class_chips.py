"""The status-class chips of the Tasks page: they count the tasks of each class and are also the
status-class filter (check several to combine them, "All" for none).

The row wraps (a flow layout): the Vietnamese class names are long, and the row must fit a
1024-pixel screen. The filter bar puts its agency scope and "Clear filters" at its end.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from coordboard.services.tasks import classification
from coordboard.ui.common.flow_layout import FlowLayout
from coordboard.ui.tasks.number_text import format_count
from coordboard.ui.tasks.task_table_model import CLASS_COLOURS, class_label

# the classes counted apart from the others: their chip takes room only when it holds something
COUNTED_APART = (
    classification.NO_DEADLINE,
    classification.SUSPENDED,
    classification.CANCELLED,
    classification.CARRIED_OVER,
)


def chip_style(background: str, foreground: str) -> str:
    return (
        f"QToolButton {{ background: {background}; color: {foreground}; "
        f"border: 1px solid #c4c4c4; border-radius: 10px; padding: 3px 10px; }}"
        f"QToolButton:checked {{ border: 2px solid {foreground}; padding: 2px 9px; }}"
    )


class ClassChips(QWidget):
    """Signals: `changed` when the user checks or unchecks a chip (not on `set_classes`)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self, spacing=6)
        self.chips: dict[str, QToolButton] = {}
        label = QLabel(self.tr("Status:"))
        self.flow.addWidget(label)
        self.all_chip = QToolButton()
        self.all_chip.setObjectName("chip_all")
        self.all_chip.setCheckable(True)
        self.all_chip.setChecked(True)
        self.all_chip.setStyleSheet(chip_style("#ffffff", "#333333"))
        self.all_chip.clicked.connect(self._all_chip_clicked)
        self.flow.addWidget(self.all_chip)
        for key in classification.CLASSES:
            chip = QToolButton()
            chip.setObjectName(f"chip_{key}")
            chip.setCheckable(True)
            chip.setToolTip(self.tr("Show only these tasks; choose several to combine them"))
            chip.setStyleSheet(chip_style(*CLASS_COLOURS[key]))
            chip.toggled.connect(lambda _on: self._chip_toggled())
            self.chips[key] = chip
            self.flow.addWidget(chip)
        label.setFixedHeight(self.all_chip.sizeHint().height())  # centred on the chips
        self.show_counts(None)

    def add_widget(self, widget: QWidget) -> None:
        """Another control at the end of the row, wrapping with the chips."""
        self.flow.addWidget(widget)

    def classes(self) -> tuple[str, ...]:
        """The checked classes; () for all."""
        return tuple(key for key, chip in self.chips.items() if chip.isChecked())

    def set_classes(self, classes: tuple[str, ...]) -> None:
        for key, chip in self.chips.items():
            was_blocked = chip.blockSignals(True)
            chip.setChecked(key in classes)
            chip.blockSignals(was_blocked)
        self.all_chip.setChecked(not classes)

    def show_counts(self, counts: classification.ClassCounts | None) -> None:
        """The number of tasks of each class (None: not counted yet, only the names)."""
        self.all_chip.setText(
            self.tr("All: {n}").format(n=format_count(counts.total)) if counts else self.tr("All")
        )
        for key, chip in self.chips.items():
            n = counts[key] if counts else 0
            chip.setText(f"{class_label(key)}: {format_count(n)}" if counts else class_label(key))
            empty = key in COUNTED_APART and counts is not None and n == 0
            chip.setVisible(not (empty and not chip.isChecked()))

    def _chip_toggled(self) -> None:
        self.all_chip.setChecked(not self.classes())
        self.changed.emit()

    def _all_chip_clicked(self) -> None:
        self.set_classes(())
        self.changed.emit()
