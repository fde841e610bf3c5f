"""The side panel of the Tasks page: the selected task's facts, the rights the reader has on
it, its extensions and its dated progress history, with links that save its attachments.

The panel shows what it is given (`show_detail`); the page reads the task. Saving an attachment
reads the file from the database and writes it on a worker.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QFileDialog, QTextBrowser, QWidget

from coordboard.i18n import translate
from coordboard.services import tasks
from coordboard.services.documents.files import write_bytes_atomic
from coordboard.services.tasks import TaskDetail, TaskRow
from coordboard.ui import operations
from coordboard.ui.common.widgets import file_size, format_date, plan_label
from coordboard.ui.context import AppContext
from coordboard.ui.tasks.number_text import format_number
from coordboard.ui.tasks.task_table_model import CLASS_COLOURS, class_label, status_label


class TaskDetailPanel(QTextBrowser):
    """`deadline_of(row)`: the deadline as the table writes it. Signals:
    `attachment_saved(path)` once an attachment was written."""

    attachment_saved = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        deadline_of: Callable[[TaskRow], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deadline_of = deadline_of
        self.detail: TaskDetail | None = None
        self.setObjectName("taskDetails")
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._link_clicked)
        self.setPlaceholderText(self.tr("Select a task to see its details and progress history."))

    def show_detail(self, detail: TaskDetail | None) -> None:
        """Show a task (None: nothing selected, an empty panel)."""
        self.detail = detail
        if detail is None:
            self.clear()
        else:
            self.setHtml(self.detail_html(detail))

    def detail_html(self, d: TaskDetail) -> str:
        r, data = d.row, d.data
        e = html.escape
        bg, fg = CLASS_COLOURS.get(r.status_class, ("#ffffff", "#333333"))
        status = f"{status_label(r.status)}, {r.percent} %"
        if r.completed_on:
            status += " — " + self.tr("completed on {date}").format(
                date=format_date(r.completed_on)
            )
        facts: list[tuple[str, str]] = []

        def fact(label: str, value: str | None) -> None:
            if value:
                facts.append((label, e(value)))

        source = translate("task_source", tasks.SOURCE_LABELS.get(data.source_kind, ""))
        if data.source_number:
            source += f": {data.source_number}"
            if data.source_date:
                source += " " + self.tr("of {date}").format(date=format_date(data.source_date))
        if data.source_issuer:
            source += f" ({data.source_issuer})"
        fact(self.tr("Board"), r.board_name)
        if d.plan_title:
            fact(self.tr("Plan"), plan_label(r.plan_code, d.plan_title))
        fact(self.tr("Section"), d.section_label)
        fact(self.tr("Comes from"), source)
        fact(self.tr("Sector"), r.sector_name)
        fact(self.tr("Lead agency"), r.lead_agency_name)
        fact(self.tr("Co-operating agencies"), "; ".join(r.cooperating))
        fact(self.tr("Responsible"), data.responsible_person)
        fact(self.tr("Assigned on"), format_date(r.assigned_date))
        fact(self.tr("Deadline"), self._deadline_text(d))
        if d.extensions:
            lines = [
                self.tr("{old} → {new}: {reason} (approved by {who} on {on})").format(
                    old=format_date(x.old_deadline),
                    new=format_date(x.new_deadline),
                    reason=x.reason,
                    who=x.approved_by,
                    on=format_date(x.approved_on),
                )
                for x in d.extensions
            ]
            facts.append((self.tr("Extensions"), "<br>".join(e(line) for line in lines)))
        fact(self.tr("Expected output"), data.expected_output)
        if data.target_value is not None or d.achieved_value is not None:
            fact(
                self.tr("Target / achieved"),
                "{t} / {a} {unit}".format(
                    t=format_number(data.target_value) or "—",
                    a=format_number(d.achieved_value) or "—",
                    unit=data.target_unit,
                ).strip(),
            )
        fact(self.tr("Status note"), d.status_note)
        fact(self.tr("Description"), data.description)
        rights = (
            self.tr("You may edit this task.")
            if d.can_edit
            else self.tr("You may update its status and progress.")
            if d.can_update_progress
            else self.tr("You may add notes to its history.")
            if d.can_add_update
            else self.tr("You may read this task.")
        )
        history, no_updates = self.tr("Progress history"), self.tr("No updates yet.")
        attachment = self.tr("Attachment:")
        rows = "".join(
            f"<tr><td style='color:#555; padding:2px 8px 2px 0' valign='top'>"
            f"{e(label)}</td><td style='padding:2px 0'>{value}</td></tr>"
            for label, value in facts
        )
        parts = [
            f"<p style='font-size:12pt'><b>{e(r.title)}</b></p>",
            f"<p><span style='background:{bg}; color:{fg}'>&nbsp;<b>"
            f"{e(class_label(r.status_class))}</b>&nbsp;</span> &nbsp;{e(status)}</p>",
            f"<table cellspacing='0'>{rows}</table>",
            f"<p style='color:#555'><i>{e(rights)}</i></p>",
            f"<h3>{e(history)}</h3>",
        ]
        if not d.updates:
            parts.append(f"<p style='color:#555'>{e(no_updates)}</p>")
        for u in d.updates:
            who = u.author_name + (f" ({u.agency_name})" if u.agency_name else "")
            head = f"<b>{e(format_date(u.update_date))}</b> — {e(who)}"
            lines = []
            if u.new_status:
                lines.append(
                    e(
                        self.tr("Status: {old} → {new}").format(
                            old=status_label(u.old_status or ""), new=status_label(u.new_status)
                        )
                    )
                )
            if u.percent is not None:
                lines.append(e(self.tr("Progress: {n} %").format(n=u.percent)))
            if u.text:
                lines.append(e(u.text).replace("\n", "<br>"))
            for a in u.attachments:
                lines.append(
                    f"{e(attachment)} <a href='attachment:{a.id}'>"
                    f"{e(a.filename)}</a> <span style='color:#555'>"
                    f"({e(file_size(a.size))})</span>"
                )
            parts.append(f"<p>{head}<br>{'<br>'.join(lines)}</p>")
        return "".join(parts)

    def _deadline_text(self, d: TaskDetail) -> str:
        r, data = d.row, d.data
        if r.effective_deadline is None:
            return self.tr("none")
        text = self.deadline_of(r)
        if d.series_kind:
            text += " — " + self.tr("recurring ({points}), period {period}").format(
                points=d.series_points, period=r.period_key
            )
        elif data.deadline_kind == "relative" and data.relative_base and data.relative_days:
            text += " — " + self.tr("{n} working days after {date}").format(
                n=data.relative_days, date=format_date(data.relative_base)
            )
        if r.extended:
            text += " — " + self.tr("as assigned: {date}").format(date=format_date(r.deadline))
        return text

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "attachment":
            try:
                attachment_id = int(url.path())
            except ValueError:
                return
            self.save_attachment_as(attachment_id)

    def save_attachment_as(self, attachment_id: int) -> None:
        name = next(
            (
                a.filename
                for u in (self.detail.updates if self.detail else ())
                for a in u.attachments
                if a.id == attachment_id
            ),
            "",
        )
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the attachment as"), str(Path.home() / name)
        )
        if target:
            self.save_attachment(attachment_id, Path(target))

    def save_attachment(self, attachment_id: int, path: Path) -> None:
        """Reads the file from the database and writes it, in a worker."""
        ctx = self.ctx

        def work() -> Path:
            _name, content = tasks.attachment_content(ctx.db, ctx.actor, attachment_id)
            return write_bytes_atomic(path, content)  # "Cannot write to …" when it cannot

        operations.query(self, work, self.attachment_saved.emit)
