"""The numbers of the report asked for, in a few sentences under the form: what the document's
tables will say (tasks by status class, the completion rate, meetings, extensions, what falls due
next period), so the secretary sees them before writing the file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from coordboard.services import reports
from coordboard.ui.common.widgets import format_date


class ReportNumbers(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Choose a board and a period, then show the numbers."))
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.setMinimumHeight(90)
        self.setAlignment(Qt.AlignTop | Qt.AlignLeft)

    def show_counting(self) -> None:
        self.setText(self.tr("Counting…"))

    def show_data(self, data: reports.ReportData) -> None:
        self.setText(self.numbers_text(data))

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
