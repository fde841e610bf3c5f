"""The progress dialog of a long job on a worker (a report file, a batch of letters, the task
list to Excel, a meeting's document), with Cancel where the job can stop.

Made on the GUI thread: the worker reports through the job's signals (`stage(name)`,
`counted(done, total)`), which reach the dialog on the main thread, and polls `cancel.is_set`
between steps; the service then stops and leaves nothing half written. The buttons that start
such a job are disabled while it runs. `close()` once the job is settled, whatever the outcome.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class ProgressJob(QObject):
    """`count_text(done, total)`: the label while `counted` reports, when the job counts;
    `cancellable=False`: a job that cannot stop shows no Cancel button."""

    stage = Signal(str)
    counted = Signal(int, int)

    def __init__(
        self,
        owner: QWidget,
        title: str,
        label: str,
        buttons: Sequence[QWidget] = (),
        *,
        count_text: Callable[[int, int], str] | None = None,
        cancellable: bool = True,
    ) -> None:
        super().__init__(owner)
        self.buttons = tuple(buttons)
        for button in self.buttons:
            button.setEnabled(False)
        self.cancel = threading.Event()
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, owner)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self.cancel.set)
        self.count_text = count_text
        self.counted.connect(self._moved)

    def _moved(self, done: int, total: int) -> None:
        if self.dialog.wasCanceled():
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        if self.count_text is not None:
            self.dialog.setLabelText(self.count_text(done, total))

    def close(self) -> None:
        for button in self.buttons:
            button.setEnabled(True)
        self.dialog.canceled.disconnect(self.cancel.set)
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()
