"""Small widgets every form uses: optional dates, an error banner, combos over catalogue items,
text boxes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

DATE_FORMAT = "dd/MM/yyyy"
_NONE = QDate(1900, 1, 1)


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class DateEdit(QDateEdit):
    """A dd/MM/yyyy date field with a calendar; optional ones can be left empty."""

    def __init__(self, parent: QWidget | None = None, optional: bool = False) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.optional = optional
        if optional:
            self.setMinimumDate(_NONE)
            self.setSpecialValueText(" ")  # the minimum shows as empty
        self.set_value(None if optional else date.today())

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        if self.optional and self.value() is None and self.calendarWidget() is not None:
            # an empty field would open its calendar in January 1900: show this month instead
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())

    def keyPressEvent(self, event) -> None:
        if (
            self.optional
            and event.key() in (Qt.Key_Delete, Qt.Key_Backspace)
            and self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.set_value(None)  # Delete on the whole date empties an optional field
            return
        super().keyPressEvent(event)

    def value(self) -> date | None:
        current = self.date()
        if self.optional and current == _NONE:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(_NONE if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))


class ErrorBanner(QLabel):
    """The message of a refused save, shown in the form itself (not a pop-up)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.setStyleSheet(
            "QLabel { color: #a4000f; background: #fde7e9; border: 1px solid #f1707b;"
            " border-radius: 3px; padding: 6px; }"
        )
        self.setObjectName("errorBanner")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class ItemCombo(QComboBox):
    """A combo over (id, label) pairs; `none_label` adds an empty first choice."""

    def __init__(self, parent: QWidget | None = None, none_label: str | None = None) -> None:
        super().__init__(parent)
        self.none_label = none_label
        self.setMinimumContentsLength(12)
        self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)

    def set_items(self, items: list[tuple[int, str]], keep: bool = True) -> None:
        current = self.current_id() if keep else None
        was_blocked = self.blockSignals(True)
        self.clear()
        if self.none_label is not None:
            self.addItem(self.none_label, None)
        for item_id, label in items:
            self.addItem(label, item_id)
        self.blockSignals(was_blocked)  # a caller that blocked signals keeps them blocked
        self.set_current_id(current)

    def current_id(self) -> int | None:
        return self.currentData()

    def set_current_id(self, item_id: int | None) -> None:
        index = (
            self.findData(item_id)
            if item_id is not None
            else (0 if self.none_label is not None else -1)
        )
        self.setCurrentIndex(max(index, 0) if self.count() else -1)


def plan_label(code: str, title: str) -> str:
    """A plan as the lists and combos name it: "15/KH-BĐH — Kế hoạch …", or its title alone."""
    return f"{code} — {title}" if code else title


def file_size(n: int) -> str:
    """A file's size as the attachment lists show it: 512 B, 38 KB, 2.4 MB."""
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / 1048576:.1f} MB"


def text_box(lines: int = 3, placeholder: str = "", *, height: int | None = None) -> QPlainTextEdit:
    """A plain-text box of `lines` lines (or `height` pixels) where Tab moves on to the next
    field instead of typing a tab."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(
        height if height is not None else box.fontMetrics().lineSpacing() * lines + 14
    )
    return box


def mark_invalid(widget: QWidget | None, invalid: bool) -> None:
    if widget is not None:
        widget.setProperty("invalid", invalid)
        widget.setStyleSheet("border: 1px solid #d13438;" if invalid else "")


def row_table(model, name: str) -> QTableView:
    """A read-only table of whole rows, one chosen at a time."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    return table
