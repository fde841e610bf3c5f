"""The start-up notice: after sign-in, what is overdue or due soon for the user (their agency's
tasks, or their boards'), with a button that opens exactly those tasks. The window counts in a
worker and shows the notice only when something is due.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from coordboard.services import dashboard


class DueNoticeDialog(QDialog):
    """Not modal: the window behind it works as usual. Signal: `open_tasks(TaskFilter)`."""

    open_tasks = Signal(object)

    def __init__(
        self, notice: dashboard.DueNotice, agency: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dueNotice")
        self.setWindowTitle(self.tr("What is due"))
        self.setModal(False)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.notice = notice
        whose = self.tr("your agency's tasks") if agency else self.tr("your boards' tasks")
        lines = []
        if notice.overdue:
            lines.append(self.tr("<b style='color:#9b1c14'>%n overdue</b>", "", notice.overdue))
        if notice.due_soon:
            lines.append(
                self.tr(
                    "<b style='color:#8a5300'>%n due within {days} days</b>", "", notice.due_soon
                ).format(days=notice.soon_days)
            )
        text = QLabel(
            self.tr("Among {whose}: {counts}.").format(
                whose=whose, counts=self.tr(" and ").join(lines)
            )
        )
        text.setObjectName("dueNoticeText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.RichText)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            self.tr("Show these tasks"), QDialogButtonBox.AcceptRole
        )
        self.open_button.setObjectName("dueNoticeOpen")
        buttons.addButton(QDialogButtonBox.Close).setText(self.tr("Close"))
        buttons.accepted.connect(self._open)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def _open(self) -> None:
        self.open_tasks.emit(self.notice.filter)
        self.accept()
