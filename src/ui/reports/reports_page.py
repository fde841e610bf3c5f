"""Reports page: the progress report of a board (or one of its plans) for a period, and the
reminder letters to the agencies with overdue or due-soon tasks.

The secretary picks the board, plan, period and as-of date (report_form) and shows the numbers
(report_numbers); the assessment (III) and proposals (V) come pre-filled from them in editable
boxes (assessment_editor), and what is in the boxes goes into the document. Preview, DOCX, PDF
and XLSX are built in workers, the files with a progress dialog and Cancel (ui/common/progress_job). The
letters (letters_panel) list the agencies to chase, each with a check box, and write the chosen
letters into a folder. Every read runs through ui/operations.py; a newer read of the same kind
drops the answer of an older one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coordboard.services import boards, plans, reports
from coordboard.services.reports import ReportOptions, ReportQuery, reminders
from coordboard.ui import operations
from coordboard.ui.common.errors import show_error
from coordboard.ui.common.page import Page
from coordboard.ui.common.progress_job import ProgressJob
from coordboard.ui.context import AppContext
from coordboard.ui.operations import Changes
from coordboard.ui.reports.assessment_editor import AssessmentEditor
from coordboard.ui.reports.letters_panel import LettersPanel
from coordboard.ui.reports.report_form import ReportForm
from coordboard.ui.reports.report_numbers import ReportNumbers


class ReportsPage(Page):
    """Signals: `loaded` once the boards and the board's plans and letters are listed;
    `numbers_shown(ReportData)`; `previewed(Document)` when the preview opens;
    `exported(Path)` / `export_failed(exception)`. The letters have their own
    (LettersPanel)."""

    watches = (
        Changes.TASKS
        | Changes.PLANS
        | Changes.MEETINGS
        | Changes.BOARDS
        | Changes.REGISTER
        | Changes.CALENDAR
    )

    loaded = Signal()
    numbers_shown = Signal(object)
    previewed = Signal(object)
    exported = Signal(object)
    export_failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: reports.ReportData | None = None
        self._pending = 0

        # --- the report -----------------------------------------------------------------
        self.form = ReportForm()
        self.show_button = QPushButton(self.tr("Show the numbers"))
        self.numbers = ReportNumbers()
        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addWidget(self.show_button, 0, Qt.AlignLeft)
        left.addWidget(self.numbers, 1)
        self.assessment = AssessmentEditor()
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.docx_button = QPushButton(self.tr("Word (DOCX)…"))
        self.pdf_button = QPushButton(self.tr("PDF…"))
        self.xlsx_button = QPushButton(self.tr("Annex tables (XLSX)…"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.preview_button, self.docx_button, self.pdf_button, self.xlsx_button):
            buttons.addWidget(b)
        report_box = QGroupBox(self.tr("Progress report"))
        grid = QGridLayout(report_box)
        grid.addLayout(left, 0, 0)
        grid.addWidget(self.assessment, 0, 1)
        grid.addLayout(buttons, 1, 0, 1, 2)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 5)

        # --- the letters ----------------------------------------------------------------
        self.letters = LettersPanel(ctx, self.form)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(report_box, 3)
        layout.addWidget(self.letters, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.form.board.currentIndexChanged.connect(self._board_changed)
        self.form.child_boards.toggled.connect(self._board_changed)
        self.show_button.clicked.connect(lambda: self.show_numbers())
        self.preview_button.clicked.connect(self.preview)
        self.docx_button.clicked.connect(lambda: self.export(".docx"))
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export(".xlsx"))

    # --- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.ctx

        def shown(rows: list[boards.BoardInfo]) -> None:
            self.form.board.blockSignals(True)
            self.form.board.set_items([(b.id, b.name) for b in rows])
            self.form.board.blockSignals(False)
            self._board_changed()

        operations.query(self, lambda: boards.list_boards(ctx.db, ctx.actor), shown, key="boards")

    def _board_changed(self) -> None:
        """The board's plans and the agencies to chase, read in two workers; `loaded` once
        both are shown (an older board's answers still on their way are dropped)."""
        board_id, ctx = self.form.board.current_id(), self.ctx
        if board_id is None:
            return
        self._pending = 2
        children = self.form.child_boards.isChecked()

        def plans_shown(rows: list[plans.PlanInfo]) -> None:
            self.form.set_plans(rows)
            self._one_loaded()

        def letters_shown(result) -> None:
            self.letters.show_candidates(*result, scope=(board_id, children))
            self._one_loaded()

        def failed(exc: BaseException) -> None:
            show_error(self, exc)
            self._one_loaded()

        operations.query(
            self,
            lambda: plans.list_plans(ctx.db, ctx.actor, board_id),
            plans_shown,
            failed,
            key="plans",
        )
        operations.query(
            self,
            lambda: (
                reminders.reminder_candidates(
                    ctx.db, ctx.actor, board_id, include_child_boards=children
                ),
                reminders.default_reply_by(ctx.db, ctx.actor),
            ),
            letters_shown,
            failed,
            key="letters",
        )

    def _one_loaded(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            if self.data is None:  # the first time: the default period's numbers at once
                self.show_numbers(after=self.loaded.emit)
            else:
                self.loaded.emit()

    # --- the query ----------------------------------------------------------------------------
    def _query_or_say(self) -> ReportQuery | None:
        if self.form.board.current_id() is None:
            return None
        try:
            return self.form.query()
        except Exception as exc:  # noqa: BLE001 - a bad range: say so in place of the numbers
            show_error(self, exc)
            return None

    def options(self, query: ReportQuery) -> ReportOptions:
        return ReportOptions(
            texts=self.assessment.current_texts(query), charts=self.form.charts.isChecked()
        )

    # --- numbers ------------------------------------------------------------------------------
    def show_numbers(self, after=None) -> None:
        """Count in a worker; `numbers_shown` (then `after()`, if given) when done. Counting
        again drops the answer of a count still on its way."""
        query = self._query_or_say()
        if query is None:
            if after is not None:
                after()
            return
        ctx = self.ctx
        self.show_button.setEnabled(False)
        self.numbers.show_counting()

        def shown(result) -> None:
            data, texts = result
            self.show_button.setEnabled(True)
            self.data = data
            self.numbers.show_data(data)
            self.assessment.numbers_shown(data, texts)
            self.numbers_shown.emit(data)
            if after is not None:
                after()

        def failed(exc: BaseException) -> None:
            self.show_button.setEnabled(True)
            self.numbers.setText("")
            show_error(self, exc)
            if after is not None:
                after()

        def work():
            data = reports.report_data(ctx.db, ctx.actor, query)
            return data, reports.default_texts(data)

        operations.query(self, work, shown, failed, key="numbers")

    # --- preview and files ------------------------------------------------------------------
    def preview(self) -> None:
        query = self._query_or_say()
        if query is None:
            return
        ctx, options = self.ctx, self.options(query)
        self.preview_button.setEnabled(False)

        def built(document) -> None:
            self.preview_button.setEnabled(True)
            from coordboard.ui import printing

            dialog = printing.preview(document, self)
            dialog.setAttribute(Qt.WA_DeleteOnClose)
            self.previewed.emit(document)
            dialog.open()

        def failed(exc: BaseException) -> None:
            self.preview_button.setEnabled(True)
            show_error(self, exc)

        operations.query(
            self,
            lambda: reports.build_document(reports.report_data(ctx.db, ctx.actor, query), options),
            built,
            failed,
        )

    def export(self, suffix: str) -> None:
        query = self._query_or_say()
        if query is None:
            return
        filters = {
            ".docx": self.tr("Word document (*.docx)"),
            ".pdf": self.tr("PDF (*.pdf)"),
            ".xlsx": self.tr("Excel workbook (*.xlsx)"),
        }
        default = Path.home() / self.tr("report-{period}{suffix}").format(
            period=query.period.key.replace("/", "-").replace(":", "_"), suffix=suffix
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(default), filters[suffix]
        )
        if name:
            path = Path(name)
            self.export_to(path if path.suffix.lower() == suffix else path.with_suffix(suffix))

    def export_to(self, path: Path) -> None:
        """Write the report (by the file's suffix) in a worker, with a progress dialog and
        Cancel; `exported` or `export_failed` tells the end."""
        query = self._query_or_say()
        if query is None:
            return
        ctx, options = self.ctx, self.options(query)
        pdf_writer = None
        if path.suffix.lower() == ".pdf":
            from coordboard.ui.printing import write_pdf as pdf_writer
        labels = {
            "data": self.tr("Counting the tasks…"),
            "charts": self.tr("Drawing the charts…"),
            "document": self.tr("Laying out the report…"),
            "write": self.tr("Writing {name}…").format(name=path.name),
        }
        job = ProgressJob(
            self,
            self.tr("Progress report"),
            labels["data"],
            [self.docx_button, self.pdf_button, self.xlsx_button],
        )
        job.stage.connect(lambda stage: job.dialog.setLabelText(labels.get(stage, stage)))

        def done(written: reports.WrittenReport) -> None:
            job.close()
            QMessageBox.information(
                self,
                self.tr("Report written"),
                self.tr("The report was saved to {path}.").format(path=written.path),
            )
            self.exported.emit(written.path)

        def failed(exc: BaseException) -> None:
            job.close()
            if not isinstance(exc, reports.ReportCancelled):
                show_error(self, exc)
            self.export_failed.emit(exc)

        operations.query(
            self,
            lambda: reports.export_report(
                ctx.db,
                ctx.actor,
                query,
                path,
                options,
                pdf_writer=pdf_writer,
                progress=job.stage.emit,
                cancelled=job.cancel.is_set,
            ),
            done,
            failed,
        )
