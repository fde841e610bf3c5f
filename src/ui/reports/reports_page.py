"""Reports page: the progress report of a board (or one of its plans) for a period, and the
reminder letters to the agencies with overdue or due-soon tasks.

The secretary picks the board, plan, period and as-of date and shows the numbers; the
assessment (III) and proposals (V) come pre-filled from them in editable boxes, and what is in
the boxes goes into the document. Preview, DOCX, PDF and XLSX are built in workers, the files
with a progress dialog and Cancel. The letters section lists the agencies to chase, each with a
check box, and writes the chosen letters into a folder.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordboard.services import boards, plans, reports
from coordboard.services.reports import (
    AssessmentTexts,
    ReportOptions,
    ReportPeriod,
    ReportQuery,
    reminders,
)
from coordboard.ui.common.errors import show_error
from coordboard.ui.common.page import Page
from coordboard.ui.common.rows_table_model import RowsTableModel
from coordboard.ui.common.widgets import DateEdit, ItemCombo, format_date
from coordboard.ui.context import AppContext
from coordboard.ui.operations import Changes
from coordboard.ui.workers import run_task

PERIOD_KINDS = ("H1", "H2", "year", "range")
TEXT_FIELDS = ("results", "shortcomings", "causes", "proposals")


class _Relay(QObject):
    """Created on the GUI thread: a worker's progress reaches the dialog through it."""

    stage = Signal(str)
    counted = Signal(int, int)


class CandidatesModel(RowsTableModel):
    """The agencies to chase, each with a check box (all checked when loaded)."""

    def __init__(self, columns, parent=None) -> None:
        super().__init__(columns, parent)
        self.unchecked: set[int] = set()

    def set_rows(self, rows) -> None:
        self.unchecked = set()
        super().set_rows(rows)

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        return base | Qt.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if role == Qt.CheckStateRole and index.column() == 0 and index.isValid():
            row = self.rows[index.row()]
            return Qt.Unchecked if row.agency_id in self.unchecked else Qt.Checked
        return super().data(index, role)

    def setData(self, index: QModelIndex, value, role: int = Qt.EditRole) -> bool:
        if role != Qt.CheckStateRole or index.column() != 0 or not index.isValid():
            return False
        agency_id = self.rows[index.row()].agency_id
        if Qt.CheckState(value) == Qt.Checked:
            self.unchecked.discard(agency_id)
        else:
            self.unchecked.add(agency_id)
        self.dataChanged.emit(index, index, [Qt.CheckStateRole])
        return True

    def checked_ids(self) -> list[int]:
        return [r.agency_id for r in self.rows if r.agency_id not in self.unchecked]


class ReportsPage(Page):
    """Signals: `loaded` once the boards and the board's plans and letters are listed;
    `numbers_shown(ReportData)`; `previewed(Document)` when the preview opens;
    `exported(Path)` / `export_failed(exception)`; `letters_written(LetterSummary)` /
    `letters_failed(exception)`."""

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
    letters_written = Signal(object)
    letters_failed = Signal(object)

    @staticmethod
    def default_period_kind() -> str:
        """The report a board is asked for now (seed 003: before 25/5 and 20/11): the 6-month
        report in the first half of the year, the annual one after."""
        return "H1" if date.today().month <= 6 else "year"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: reports.ReportData | None = None
        self._texts_query: ReportQuery | None = None  # what the boxes' generated texts are for
        self._texts_edited = False
        self._filling = False
        self._pending = 0

        # --- the report -----------------------------------------------------------------
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
        self.children = QCheckBox(self.tr("Include the boards under it"))
        self.charts = QCheckBox(self.tr("Charts in the annex"))
        self.charts.setChecked(True)

        period_row = QHBoxLayout()
        period_row.addWidget(self.period_kind, 1)
        period_row.addWidget(self.year)
        range_row = QHBoxLayout()
        range_row.addWidget(self.range_from)
        range_row.addWidget(QLabel("–"))
        range_row.addWidget(self.range_to)
        form = QFormLayout()
        form.addRow(self.tr("Board:"), self.board)
        form.addRow(self.tr("Plan:"), self.plan)
        form.addRow(self.tr("Period:"), period_row)
        form.addRow(self.tr("From – to:"), range_row)
        form.addRow(self.statistical)  # whole rows: the field column stays narrow
        form.addRow(self.tr("Data as of:"), self.as_of)
        form.addRow(self.children)
        form.addRow(self.charts)
        self.show_button = QPushButton(self.tr("Show the numbers"))
        self.numbers = QLabel(self.tr("Choose a board and a period, then show the numbers."))
        self.numbers.setWordWrap(True)
        self.numbers.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.numbers.setMinimumHeight(90)
        self.numbers.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.show_button, 0, Qt.AlignLeft)
        left.addWidget(self.numbers, 1)

        self.texts = QTabWidget()
        self.texts.setUsesScrollButtons(False)
        self.texts.setElideMode(Qt.ElideNone)
        self.text_boxes: dict[str, QPlainTextEdit] = {}
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
            self.text_boxes[key] = box
            self.texts.addTab(box, label)
        self.reset_texts_button = QPushButton(self.tr("Write again from the numbers"))
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.docx_button = QPushButton(self.tr("Word (DOCX)…"))
        self.pdf_button = QPushButton(self.tr("PDF…"))
        self.xlsx_button = QPushButton(self.tr("Annex tables (XLSX)…"))
        heading = QLabel(self.tr("Assessment and proposals, as they will be printed:"))
        heading.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(heading)
        right.addWidget(self.texts, 1)
        right.addWidget(self.reset_texts_button, 0, Qt.AlignRight)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.preview_button, self.docx_button, self.pdf_button, self.xlsx_button):
            buttons.addWidget(b)

        report_box = QGroupBox(self.tr("Progress report"))
        grid = QGridLayout(report_box)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addLayout(buttons, 1, 0, 1, 2)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 5)

        # --- the letters ----------------------------------------------------------------
        self.candidates = CandidatesModel(
            [
                (self.tr("Agency"), lambda c: c.agency_name),
                (self.tr("Overdue"), lambda c: len(c.overdue)),
                (self.tr("Due soon"), lambda c: len(c.due_soon)),
                (
                    self.tr("Longest overdue (days)"),
                    lambda c: max((t.days_overdue for t in c.overdue), default=""),
                ),
            ],
            self,
        )
        self.candidates_view = QTableView()
        self.candidates_view.setModel(self.candidates)
        self.candidates_view.verticalHeader().hide()
        self.candidates_view.setSelectionBehavior(QTableView.SelectRows)
        header = self.candidates_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.candidates_view.setMinimumHeight(140)
        self.reply_by = DateEdit()
        self.draft = QCheckBox(self.tr("Drafts (no number yet)"))
        self.draft.setChecked(not ctx.may_edit_boards)
        self.letters_button = QPushButton(self.tr("Write the letters…"))
        self.letters_note = QLabel()
        self.letters_note.setWordWrap(True)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Report back by:")))
        controls.addWidget(self.reply_by)
        controls.addWidget(self.draft)
        controls.addStretch(1)
        controls.addWidget(self.letters_button)
        letters_box = QGroupBox(
            self.tr("Reminder letters to agencies with overdue or due-soon tasks")
        )
        letters_layout = QVBoxLayout(letters_box)
        letters_layout.addWidget(self.letters_note)
        letters_layout.addWidget(self.candidates_view, 1)
        letters_layout.addLayout(controls)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(report_box, 3)
        layout.addWidget(letters_box, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.board.currentIndexChanged.connect(self._board_changed)
        self.children.toggled.connect(self._board_changed)
        self.period_kind.currentIndexChanged.connect(self._period_kind_changed)
        self.show_button.clicked.connect(lambda: self.show_numbers())
        self.reset_texts_button.clicked.connect(self.reset_texts)
        self.preview_button.clicked.connect(self.preview)
        self.docx_button.clicked.connect(lambda: self.export(".docx"))
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        self.letters_button.clicked.connect(self.write_letters)
        self._period_kind_changed()

    # --- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.ctx

        def shown(rows) -> None:
            self.board.blockSignals(True)
            self.board.set_items([(b.id, b.name) for b in rows])
            self.board.blockSignals(False)
            self._board_changed()

        run_task(
            lambda: boards.list_boards(ctx.db, ctx.actor),
            shown,
            lambda exc: show_error(self, exc),
            owner=self,
        )

    def _board_changed(self) -> None:
        board_id, ctx = self.board.current_id(), self.ctx
        if board_id is None:
            return
        self._pending = 2

        def plans_shown(rows) -> None:
            self.plan.set_items(
                [(p.id, f"{p.code} – {p.title}" if p.code else p.title) for p in rows]
            )
            self._one_loaded()

        def letters_shown(result) -> None:
            candidates, reply_by = result
            self.candidates.set_rows(candidates)
            self.reply_by.set_value(reply_by)
            total = sum(c.total for c in candidates)
            self.letters_note.setText(
                self.tr(
                    "{agencies} agencies have {tasks} overdue or due-soon tasks today. Each checked "
                    "agency gets one letter listing its own tasks; a summary workbook lists who was "
                    "chased."
                ).format(agencies=len(candidates), tasks=total)
                if candidates
                else self.tr("No agency has an overdue or due-soon task on this board today.")
            )
            self.letters_button.setEnabled(bool(candidates))
            self._one_loaded()

        def failed(exc) -> None:
            show_error(self, exc)
            self._one_loaded()

        run_task(
            lambda: plans.list_plans(ctx.db, ctx.actor, board_id), plans_shown, failed, owner=self
        )
        children = self.children.isChecked()
        run_task(
            lambda: (
                reminders.reminder_candidates(
                    ctx.db, ctx.actor, board_id, include_child_boards=children
                ),
                reminders.default_reply_by(ctx.db, ctx.actor),
            ),
            letters_shown,
            failed,
            owner=self,
        )

    def _one_loaded(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            if self.data is None:  # the first time: the default period's numbers at once
                self.show_numbers(after=self.loaded.emit)
            else:
                self.loaded.emit()

    def _period_kind_changed(self) -> None:
        is_range = self.period_kind.currentData() == "range"
        self.year.setEnabled(not is_range)
        self.statistical.setEnabled(not is_range)
        self.range_from.setEnabled(is_range)
        self.range_to.setEnabled(is_range)

    # --- the query ----------------------------------------------------------------------------
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
            self.children.isChecked(),
        )

    def _query_or_say(self) -> ReportQuery | None:
        if self.board.current_id() is None:
            return None
        try:
            return self.query()
        except Exception as exc:  # noqa: BLE001 - a bad range: say so in place of the numbers
            show_error(self, exc)
            return None

    # --- numbers and texts ----------------------------------------------------------------------
    def show_numbers(self, after=None) -> None:
        """Count in a worker; `numbers_shown` (then `after()`, if given) when done."""
        query = self._query_or_say()
        if query is None:
            if after is not None:
                after()
            return
        ctx = self.ctx
        self.show_button.setEnabled(False)
        self.numbers.setText(self.tr("Counting…"))

        def shown(result) -> None:
            data, texts = result
            self.show_button.setEnabled(True)
            self.data = data
            self.numbers.setText(self.numbers_text(data))
            if not self._texts_edited or self._texts_query is None:
                self._fill_texts(texts, query)
            self.numbers_shown.emit(data)
            if after is not None:
                after()

        def failed(exc) -> None:
            self.show_button.setEnabled(True)
            self.numbers.setText("")
            show_error(self, exc)
            if after is not None:
                after()

        def work():
            data = reports.report_data(ctx.db, ctx.actor, query)
            return data, reports.default_texts(data)

        run_task(work, shown, failed, owner=self)

    def numbers_text(self, data: reports.ReportData) -> str:
        c, rate = data.counts, data.rate
        label = data.period.label  # "năm 2026", "6 tháng đầu năm 2026": mid-sentence forms
        lines = [
            self.tr("{period}, data as of {date}").format(
                period=label[:1].upper() + label[1:], date=format_date(data.as_of)
            )
        ]
        if data.empty:
            lines.append(self.tr("No task to report in this period: the report will say so."))
            return "\n".join(lines)
        apart = c.total - c.done - c.in_progress_within_deadline - c["overdue"]
        lines += [
            self.tr(
                "{total} tasks: {done} done ({on_time} on time, {late} late), {going} in "
                "progress within the deadline ({soon} due soon), {overdue} overdue, {apart} "
                "counted apart."
            ).format(
                total=c.total,
                done=c.done,
                on_time=c["done_on_time"],
                late=c["done_late"],
                going=c.in_progress_within_deadline,
                soon=c["due_soon"],
                overdue=c["overdue"],
                apart=apart,
            ),
            self.tr("Done of the tasks due: {rate} % ({done} of {due}).").format(
                rate=reports.percent(rate.done, rate.due), done=rate.done, due=rate.due
            ),
            self.tr(
                "{meetings} meetings held; {extended} tasks extended; {next} tasks due next period."
            ).format(meetings=len(data.meetings), extended=data.extended, next=len(data.next_due)),
        ]
        return "\n".join(lines)

    def _fill_texts(self, texts: AssessmentTexts, query: ReportQuery) -> None:
        self._filling = True
        for key, box in self.text_boxes.items():
            box.setPlainText(getattr(texts, key))
        self._filling = False
        self._texts_edited = False
        self._texts_query = query

    def _text_edited(self) -> None:
        if not self._filling:
            self._texts_edited = True

    def reset_texts(self) -> None:
        """Write the texts again from the numbers last shown (the edits are dropped)."""
        if self.data is not None:
            self._fill_texts(reports.default_texts(self.data), self.data.query)

    def current_texts(self, query: ReportQuery) -> AssessmentTexts | None:
        """The boxes' texts when the secretary edited them, or when they were written for this
        very report; otherwise None: the document writes them from its own numbers."""
        if not self._texts_edited and self._texts_query != query:
            return None
        return AssessmentTexts(**{k: box.toPlainText() for k, box in self.text_boxes.items()})

    def options(self, query: ReportQuery) -> ReportOptions:
        return ReportOptions(texts=self.current_texts(query), charts=self.charts.isChecked())

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

        def failed(exc) -> None:
            self.preview_button.setEnabled(True)
            show_error(self, exc)

        run_task(
            lambda: reports.build_document(reports.report_data(ctx.db, ctx.actor, query), options),
            built,
            failed,
            owner=self,
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
        cancel = threading.Event()
        relay = _Relay(self)
        progress = self._progress_dialog(self.tr("Progress report"), labels["data"], cancel)
        relay.stage.connect(lambda stage: progress.setLabelText(labels.get(stage, stage)))
        buttons = (self.docx_button, self.pdf_button, self.xlsx_button)
        for b in buttons:
            b.setEnabled(False)

        def finish() -> None:
            for b in buttons:
                b.setEnabled(True)
            self._close_progress(progress, relay, cancel)

        def done(written) -> None:
            finish()
            QMessageBox.information(
                self,
                self.tr("Report written"),
                self.tr("The report was saved to {path}.").format(path=written.path),
            )
            self.exported.emit(written.path)

        def failed(exc) -> None:
            finish()
            if not isinstance(exc, reports.ReportCancelled):
                show_error(self, exc)
            self.export_failed.emit(exc)

        run_task(
            lambda: reports.export_report(
                ctx.db,
                ctx.actor,
                query,
                path,
                options,
                pdf_writer=pdf_writer,
                progress=relay.stage.emit,
                cancelled=cancel.is_set,
            ),
            done,
            failed,
            owner=self,
        )

    def _progress_dialog(self, title: str, label: str, cancel: threading.Event) -> QProgressDialog:
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(cancel.set)
        return progress

    @staticmethod
    def _close_progress(progress: QProgressDialog, relay: QObject, cancel: threading.Event) -> None:
        progress.canceled.disconnect(cancel.set)
        progress.reset()
        progress.close()
        progress.deleteLater()
        relay.deleteLater()

    # --- reminder letters -------------------------------------------------------------------
    def write_letters(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the letters"), str(Path.home())
        )
        if folder:
            self.write_letters_to(Path(folder))

    def write_letters_to(self, folder: Path) -> None:
        """The checked agencies' letters into `folder`, in a worker with a progress dialog."""
        board_id, ctx = self.board.current_id(), self.ctx
        chosen = self.candidates.checked_ids()
        if board_id is None or not chosen:
            QMessageBox.information(
                self, self.tr("Reminder letters"), self.tr("Check at least one agency.")
            )
            return
        reply_by, draft = self.reply_by.value(), self.draft.isChecked()
        include_children = self.children.isChecked()
        cancel = threading.Event()
        relay = _Relay(self)
        progress = self._progress_dialog(
            self.tr("Reminder letters"), self.tr("Writing the letters…"), cancel
        )
        progress.setMaximum(len(chosen))

        def moved(done: int, total: int) -> None:
            if not progress.wasCanceled():
                progress.setValue(done)
                progress.setLabelText(
                    self.tr("Writing the letters… {done} of {total}").format(done=done, total=total)
                )

        relay.counted.connect(moved)
        self.letters_button.setEnabled(False)

        def finish() -> None:
            self.letters_button.setEnabled(True)
            self._close_progress(progress, relay, cancel)

        def done(summary) -> None:
            finish()
            names = "\n".join(f"• {f.agency_name}: {f.file_name}" for f in summary.letters)
            QMessageBox.information(
                self,
                self.tr("Reminder letters"),
                self.tr("{count} letters written in {folder}:\n{names}\nSummary: {summary}").format(
                    count=len(summary.letters),
                    folder=summary.folder,
                    names=names,
                    summary=summary.summary_file.name if summary.summary_file else "–",
                ),
            )
            self.letters_written.emit(summary)

        def failed(exc) -> None:
            finish()
            if not isinstance(exc, reminders.LettersCancelled):
                show_error(self, exc)
            self.letters_failed.emit(exc)

        run_task(
            lambda: reminders.write_letters(
                ctx.db,
                ctx.actor,
                board_id,
                folder,
                reply_by,
                agency_ids=chosen,
                draft=draft,
                include_child_boards=include_children,
                progress=relay.counted.emit,
                cancelled=cancel.is_set,
            ),
            done,
            failed,
            owner=self,
        )
