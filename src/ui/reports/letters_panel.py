"""Reminder letters (công văn đôn đốc) to the agencies with overdue or due-soon tasks on the
board chosen in the report form: the agencies to chase, each with a check box, the date to
report back by, and the letters of the checked agencies written into a folder — on a worker,
with a progress dialog and Cancel. Unless they are drafts, the letters take their numbers from
the board's register.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordboard.services.reports import reminders
from coordboard.ui import operations
from coordboard.ui.common.errors import show_error
from coordboard.ui.common.progress_job import ProgressJob
from coordboard.ui.common.rows_table_model import RowsTableModel
from coordboard.ui.common.widgets import DateEdit
from coordboard.ui.context import AppContext
from coordboard.ui.operations import Changes
from coordboard.ui.reports.report_form import ReportForm


class CandidatesModel(RowsTableModel):
    """The agencies to chase, each with a check box (all checked when first loaded)."""

    def __init__(self, columns, parent=None) -> None:
        super().__init__(columns, parent)
        self.unchecked: set[int] = set()

    def set_rows(self, rows, keep_unchecked: bool = False) -> None:
        """`keep_unchecked`: the same board read again: what the user unticked stays unticked."""
        listed = {r.agency_id for r in rows}
        self.unchecked = self.unchecked & listed if keep_unchecked else set()
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


class LettersPanel(QGroupBox):
    """Signals: `letters_written(LetterSummary)` / `letters_failed(exception)`."""

    letters_written = Signal(object)
    letters_failed = Signal(object)

    def __init__(self, ctx: AppContext, form: ReportForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Reminder letters to agencies with overdue or due-soon tasks"))
        self.ctx, self.form = ctx, form
        self._scope: object = None  # what the candidates shown are of (show_candidates)
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
        self.view = QTableView()
        self.view.setModel(self.candidates)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QTableView.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.view.setMinimumHeight(140)
        self.reply_by = DateEdit()
        self.draft = QCheckBox(self.tr("Drafts (no number yet)"))
        self.draft.setChecked(not ctx.may_edit_boards)
        self.write_button = QPushButton(self.tr("Write the letters…"))
        self.write_button.clicked.connect(self.write_letters)
        self.note = QLabel()
        self.note.setWordWrap(True)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Report back by:")))
        controls.addWidget(self.reply_by)
        controls.addWidget(self.draft)
        controls.addStretch(1)
        controls.addWidget(self.write_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addLayout(controls)

    def show_candidates(
        self, candidates: list[reminders.ReminderCandidate], reply_by: date, scope: object = None
    ) -> None:
        """`scope`: what the candidates are of (the board, with its sub-boards or not). Read
        again for the same scope (a refresh), the agencies unticked and the date chosen stay."""
        same = scope is not None and scope == self._scope
        self._scope = scope
        self.candidates.set_rows(candidates, keep_unchecked=same)
        if not same:
            self.reply_by.set_value(reply_by)
        total = sum(c.total for c in candidates)
        self.note.setText(
            self.tr(
                "{agencies} agencies have {tasks} overdue or due-soon tasks today. Each checked "
                "agency gets one letter listing its own tasks; a summary workbook lists who was "
                "chased."
            ).format(agencies=len(candidates), tasks=total)
            if candidates
            else self.tr("No agency has an overdue or due-soon task on this board today.")
        )
        self.write_button.setEnabled(bool(candidates))

    def write_letters(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the letters"), str(Path.home())
        )
        if folder:
            self.write_letters_to(Path(folder))

    def write_letters_to(self, folder: Path) -> None:
        """The checked agencies' letters into `folder`, in a worker with a progress dialog."""
        board_id, ctx = self.form.board.current_id(), self.ctx
        chosen = self.candidates.checked_ids()
        if board_id is None or not chosen:
            QMessageBox.information(
                self, self.tr("Reminder letters"), self.tr("Check at least one agency.")
            )
            return
        reply_by, draft = self.reply_by.value(), self.draft.isChecked()
        include_children = self.form.child_boards.isChecked()
        job = ProgressJob(
            self,
            self.tr("Reminder letters"),
            self.tr("Writing the letters…"),
            [self.write_button],
            count_text=lambda done, total: self.tr("Writing the letters… {done} of {total}").format(
                done=done, total=total
            ),
        )
        job.dialog.setMaximum(len(chosen))

        def done(summary: reminders.LetterSummary) -> None:
            job.close()
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

        def failed(exc: BaseException) -> None:
            job.close()
            if not isinstance(exc, reminders.LettersCancelled):
                show_error(self, exc)
            self.letters_failed.emit(exc)

        operations.save(
            self,
            lambda: reminders.write_letters(
                ctx.db,
                ctx.actor,
                board_id,
                folder,
                reply_by,
                agency_ids=chosen,
                draft=draft,
                include_child_boards=include_children,
                progress=job.counted.emit,
                cancelled=job.cancel.is_set,
            ),
            done,
            failed,
            changes=Changes.NOTHING if draft else Changes.REGISTER,
        )
