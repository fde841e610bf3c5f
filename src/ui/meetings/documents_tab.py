"""Documents tab: the minutes, the conclusion notice and the invitation of the meeting —
print preview, DOCX and PDF files, their numbers in the board's register — and the meeting (or
the board's planned meetings) as a calendar file.

Building and writing run in a worker behind a progress dialog (laying out a document takes a
few hundred milliseconds); a written file can then be opened with the system's program.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coordboard.services import meetings
from coordboard.services.documents import files, meeting_docs
from coordboard.services.meetings import MeetingDetail, MeetingInfo, calendar_export
from coordboard.ui import operations, printing
from coordboard.ui.common.errors import show_error
from coordboard.ui.common.form_dialog import FormDialog
from coordboard.ui.common.progress_job import ProgressJob
from coordboard.ui.common.widgets import DateEdit, format_date
from coordboard.ui.context import AppContext
from coordboard.ui.meetings.meeting_editor import MeetingEditor, button
from coordboard.ui.operations import Changes


class IssueNumberDialog(FormDialog):
    """Give the notice or the invitation its number in the register, dated `issued on`."""

    def __init__(
        self, ctx: AppContext, meeting: MeetingInfo, kind: str, parent: QWidget | None = None
    ) -> None:
        title = (
            self.tr("Number the conclusion notice")
            if kind == "notice"
            else self.tr("Number the invitation")
        )
        super().__init__(title, parent, 460)
        self.ctx, self.meeting, self.kind = ctx, meeting, kind
        intro = QLabel(
            self.tr("The next number of this year's register is taken; it is never given again.")
        )
        intro.setWordWrap(True)
        self.issued_on = DateEdit()
        self.issued_on.setObjectName("issuedOn")
        self.issued_on.set_value(
            max(date.today(), meeting.day) if kind == "notice" else min(date.today(), meeting.day)
        )
        form = QFormLayout()
        form.addRow(self.tr("Dated"), self.issued_on)
        self.body.addWidget(intro)
        self.body.addLayout(form)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Issue the number"))
        self.fields = {"issued_on": self.issued_on}

    def save(self) -> None:
        ctx, m, kind, issued_on = self.ctx, self.meeting, self.kind, self.issued_on.value()
        self.attempt(
            lambda: meetings.issue_document_number(
                ctx.db, ctx.actor, m.id, kind, issued_on, expected_version=m.version
            ),
            Changes.MEETINGS | Changes.REGISTER,
        )


class DocumentsTab(QWidget):
    """Signals: `exported(Path)` after a file was written; `previewing(object)` with the
    preview dialog about to open (tests close it); `failed(exception)`."""

    exported = Signal(object)
    previewing = Signal(object)
    failed = Signal(object)

    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__()
        self.editor = editor
        self._busy = False
        names = {
            "minutes": self.tr("Minutes"),
            "notice": self.tr("Conclusion notice"),
            "invitation": self.tr("Invitation"),
        }
        self.numbers: dict[str, QLabel] = {}
        self.action_buttons = []
        self.issue_buttons = {}
        box = QGroupBox(self.tr("Documents of the meeting"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        for row, kind in enumerate(meeting_docs.KINDS):
            grid.addWidget(QLabel(f"<b>{html.escape(names[kind])}</b>"), row, 0)
            number = QLabel()
            number.setObjectName(f"number_{kind}")
            number.setWordWrap(True)
            self.numbers[kind] = number
            grid.addWidget(number, row, 1)
            for column, (text, slot, name) in enumerate(
                (
                    (self.tr("Preview"), lambda k=kind: self.preview(k), "preview"),
                    (self.tr("Export DOCX…"), lambda k=kind: self.export(k, ".docx"), "docx"),
                    (self.tr("Export PDF…"), lambda k=kind: self.export(k, ".pdf"), "pdf"),
                ),
                2,
            ):
                b = button(text, slot, f"{name}_{kind}")
                self.action_buttons.append(b)
                grid.addWidget(b, row, column)
            if kind != "minutes":
                issue = button(
                    self.tr("Issue number…"), lambda k=kind: self.issue(k), f"issue_{kind}"
                )
                self.issue_buttons[kind] = issue
                grid.addWidget(issue, row, 5)
        note = QLabel(
            self.tr(
                "The minutes get their number when they are approved. Documents "
                "without a number are drafts: the number is left blank."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")

        self.ics_meeting = button(
            self.tr("This meeting (.ics)…"), self.export_meeting_ics, "icsMeeting"
        )
        self.ics_board = button(
            self.tr("All planned meetings of the board (.ics)…"), self.export_board_ics, "icsBoard"
        )
        calendar = QGroupBox(self.tr("Export to calendar"))
        calendar_row = QHBoxLayout(calendar)
        calendar_row.addWidget(self.ics_meeting)
        calendar_row.addWidget(self.ics_board)
        calendar_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(note)
        layout.addWidget(calendar)
        layout.addStretch(1)

    # --- showing ----------------------------------------------------------------------------
    def forget(self) -> None:
        for label in self.numbers.values():
            label.clear()

    def show_detail(self, d: MeetingDetail) -> None:
        m, head = d.meeting, d.letterhead
        numbered = {
            "minutes": (m.minutes_number, None),
            "notice": (m.notice_number, m.notice_date),
            "invitation": (m.invitation_number, m.invitation_date),
        }
        for kind, (number, day) in numbered.items():
            if number:
                text = head.number(number, meetings.DOCUMENT_KINDS[kind])
                if day:
                    text += " " + self.tr("of {date}").format(date=format_date(day))
            else:
                text = self.tr("draft, not numbered")
            self.numbers[kind].setText(text)
        for kind, b in self.issue_buttons.items():
            b.setEnabled(m.can_edit and numbered[kind][0] is None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        shown = self.editor.detail is not None and not self._busy
        for b in (*self.action_buttons, self.ics_meeting, self.ics_board):
            b.setEnabled(shown)

    # --- work in a worker, behind a progress dialog -------------------------------------------
    def _in_worker(self, label: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._busy = True
        self._update_buttons()
        job = ProgressJob(self, self.tr("Please wait"), label, cancellable=False)

        def finish() -> None:
            self._busy = False
            job.close()
            self._update_buttons()

        def ok(result) -> None:
            finish()
            done(result)

        def bad(exc: BaseException) -> None:
            finish()
            show_error(self, exc)
            self.failed.emit(exc)

        operations.query(self, work, ok, bad)

    # --- documents --------------------------------------------------------------------------
    def preview(self, kind: str) -> None:
        """The document is built in a worker; the preview dialog, which lays out and paints the
        pages, opens on the main thread (Qt's print preview is a widget)."""
        ctx, meeting_id = self.editor.ctx, self.editor.meeting_id

        def work():
            return meeting_docs.build(meetings.get_meeting(ctx.db, ctx.actor, meeting_id), kind)

        def show(doc) -> None:
            dialog = printing.preview(doc, self)
            dialog.setWindowTitle(self.tr("Print preview"))
            dialog.resize(900, 760)
            self.previewing.emit(dialog)
            dialog.exec()
            dialog.deleteLater()

        self._in_worker(self.tr("Preparing the preview…"), work, show)

    def export(self, kind: str, suffix: str) -> None:
        d = self.editor.detail
        if d is None:
            return
        start = Path.home() / meeting_docs.document_file_name(d, kind, suffix)
        pattern = (
            self.tr("Word document (*.docx)")
            if suffix == ".docx"
            else self.tr("PDF document (*.pdf)")
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the document"), str(start), pattern
        )
        if name:
            path = Path(name)
            self.export_to(
                kind, path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
            )

    def export_to(self, kind: str, path: Path) -> None:
        ctx, meeting_id = self.editor.ctx, self.editor.meeting_id
        self._in_worker(
            self.tr("Writing {name}…").format(name=Path(path).name),
            lambda: meetings.export_meeting_document(
                ctx.db, ctx.actor, meeting_id, kind, path, printing.write_pdf
            ),
            self._written,
        )

    def _written(self, path: Path) -> None:
        self.editor.notice(self.tr("Saved to {path}.").format(path=path))
        self.exported.emit(path)
        answer = QMessageBox.question(
            self,
            self.tr("Exported"),
            self.tr("The document was saved to {path}. Open it now?").format(path=path),
            QMessageBox.Yes | QMessageBox.No,
            QMessageBox.Yes,
        )
        if answer == QMessageBox.Yes:
            from coordboard.ui.printing import open_with_default_app

            open_with_default_app(path)

    def issue(self, kind: str) -> None:
        d = self.editor.detail
        if d is not None:
            self.editor.after_dialog(IssueNumberDialog(self.editor.ctx, d.meeting, kind, self))

    # --- calendar ---------------------------------------------------------------------------
    def _ics_path(self, stem: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to calendar"),
            str(Path.home() / f"{stem}.ics"),
            self.tr("Calendar file (*.ics)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")

    def export_meeting_ics(self) -> None:
        d = self.editor.detail
        if d is None:
            return
        stem = f"{d.meeting.title} {d.meeting.day:%d-%m-%Y}"
        path = self._ics_path("".join("-" if ch in '<>:"/\\|?*' else ch for ch in stem)[:150])
        if path is not None:
            self.write_ics(path, board=False)

    def export_board_ics(self) -> None:
        d = self.editor.detail
        path = self._ics_path(self.tr("planned meetings")) if d else None
        if path is not None:
            self.write_ics(path, board=True)

    def write_ics(self, path: Path, board: bool) -> None:
        ctx, d = self.editor.ctx, self.editor.detail

        def work() -> Path:
            data = (
                calendar_export.board_ics(ctx.db, ctx.actor, d.meeting.board_id)
                if board
                else calendar_export.meeting_ics(ctx.db, ctx.actor, d.meeting.id)
            )
            return files.write_bytes_atomic(path, data)

        def done(written: Path) -> None:
            self.editor.notice(
                self.tr(
                    "Calendar saved to {path}; open it with Outlook, "
                    "Thunderbird or a phone's calendar."
                ).format(path=written)
            )
            self.exported.emit(written)

        self._in_worker(self.tr("Writing {name}…").format(name=path.name), work, done)
