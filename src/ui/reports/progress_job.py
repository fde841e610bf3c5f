"""The progress dialog of a long job on a worker (a report file, a batch of letters), with
Cancel.

Made on the GUI thread: the worker reports through the job's signals (`stage(name)`,
`counted(done, total)`), which reach the dialog on the main thread, and polls `cancel.is_set`
between steps; the service then stops and leaves nothing half written. The buttons that start
such a job are disabled while it runs. `close()` once the job is settled, whatever the outcome.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class ProgressJob(QObject):
    stage = Signal(str)
    counted = Signal(int, int)

    def __init__(
        self, owner: QWidget, title: str, label: str, buttons: Sequence[QWidget] = ()
    ) -> None:
        super().__init__(owner)
        self.buttons = tuple(buttons)
        for button in self.buttons:
            button.setEnabled(False)
        self.cancel = threading.Event()
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, owner)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self.cancel.set)

    def close(self) -> None:
        for button in self.buttons:
            button.setEnabled(True)
        self.dialog.canceled.disconnect(self.cancel.set)
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()
