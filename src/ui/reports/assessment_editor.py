"""The assessment (III: results, weaknesses, causes) and the proposals (V) of the report, in
editable boxes: written from the numbers when they are shown, and what is in the boxes goes into
the document.

Texts the secretary has not edited follow the numbers: shown again for another report, they are
written again. Edited texts stay until "Write again from the numbers". A document made for a
report other than the one the untouched texts were written for writes its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget

from coordboard.services import reports
from coordboard.services.reports import AssessmentTexts, ReportQuery

TEXT_FIELDS = ("results", "shortcomings", "causes", "proposals")


class AssessmentEditor(QWidget):
    """`boxes`: the text box of each field of AssessmentTexts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: reports.ReportData | None = None  # the numbers last shown
        self._texts_query: ReportQuery | None = None  # what the boxes' generated texts are for
        self._texts_edited = False
        self._filling = False
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.ElideNone)
        self.boxes: dict[str, QPlainTextEdit] = {}
        for key, label in zip(
            TEXT_FIELDS,
            (self.tr("Results"), self.tr("Weaknesses"), self.tr("Causes"), self.tr("Proposals")),
        ):
            box = QPlainTextEdit()
            box.setPlaceholderText(
                self.tr(
                    "Written from the numbers when they are shown; edit freely. One paragraph a "
                    "line."
                )
            )
            box.textChanged.connect(self._text_edited)
            self.boxes[key] = box
            self.tabs.addTab(box, label)
        self.reset_button = QPushButton(self.tr("Write again from the numbers"))
        self.reset_button.clicked.connect(self.reset_texts)
        heading = QLabel(self.tr("Assessment and proposals, as they will be printed:"))
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.reset_button, 0, Qt.AlignRight)

    def numbers_shown(self, data: reports.ReportData, texts: AssessmentTexts) -> None:
        """New numbers: their texts replace the boxes' unless the secretary edited them."""
        self.data = data
        if not self._texts_edited or self._texts_query is None:
            self._fill(texts, data.query)

    def reset_texts(self) -> None:
        """Write the texts again from the numbers last shown (the edits are dropped)."""
        if self.data is not None:
            self._fill(reports.default_texts(self.data), self.data.query)

    def current_texts(self, query: ReportQuery) -> AssessmentTexts | None:
        """The boxes' texts when the secretary edited them, or when they were written for this
        very report; otherwise None: the document writes them from its own numbers."""
        if not self._texts_edited and self._texts_query != query:
            return None
        return AssessmentTexts(**{k: box.toPlainText() for k, box in self.boxes.items()})

    def _fill(self, texts: AssessmentTexts, query: ReportQuery) -> None:
        self._filling = True
        for key, box in self.boxes.items():
            box.setPlainText(getattr(texts, key))
        self._filling = False
        self._texts_edited = False
        self._texts_query = query

    def _text_edited(self) -> None:
        if not self._filling:
            self._texts_edited = True
