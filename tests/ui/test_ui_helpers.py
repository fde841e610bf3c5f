"""The modal-answering helper the GUI tests share: a failed check inside a handler closes the
dialog and fails the test at once, and a dialog that never opens fails it too, instead of the
test hanging until pytest-timeout."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QMessageBox

from coordboard.ui.common.form_dialog import FormDialog
from ui.ui_helpers import answer_modals


def box(text: str) -> QMessageBox:
    return QMessageBox(QMessageBox.Information, "Thông báo", text)


def test_the_handlers_answer_the_next_dialogs_in_order(qtbot):
    texts = []

    def read(dialog):
        texts.append(dialog.text())
        dialog.accept()

    seen = answer_modals(qtbot, read, read)
    first, second = box("Một"), box("Hai")
    first.exec()
    second.exec()
    assert texts == ["Một", "Hai"] and seen == [first, second]


def test_a_failed_check_closes_the_dialog_and_is_raised(qtbot):
    def check(dialog):
        dialog.saving = True  # a FormDialog that saves ignores reject(): closed all the same
        assert dialog.windowTitle() == "Kế hoạch"

    with qtbot.captureExceptions() as failures:
        answer_modals(qtbot, check)
        dialog = FormDialog("Nhiệm vụ")
        qtbot.addWidget(dialog)
        started = time.monotonic()
        dialog.exec()  # returns: the dialog was closed
    assert time.monotonic() - started < 5 and not dialog.isVisible()
    assert [type(exc) for _, exc, _ in failures] == [AssertionError]


def test_a_dialog_that_never_opens_fails_loudly(qtbot):
    with qtbot.captureExceptions() as failures:
        answer_modals(qtbot, lambda dialog: None, timeout=0.2)
        qtbot.waitUntil(lambda: bool(failures), timeout=3000)
    assert str(failures[0][1]) == "no modal dialog opened within 0.2 s"
