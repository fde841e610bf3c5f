"""A navigation entry whose page is not built yet says so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        note = QLabel(self.tr("This part of coordboard is not built yet. It will come in a later "
                              "version; nothing here is lost or hidden."))
        note.setWordWrap(True)
        for widget in (heading, note):
            widget.setAlignment(Qt.AlignLeft | Qt.AlignTop)
            layout.addWidget(widget)
        layout.addStretch(1)

    def refresh(self) -> None:
        pass
