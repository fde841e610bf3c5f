"""Table models of the Meetings page: the meeting list, a meeting's agenda and its participants.

Each holds the frozen rows a service returned; nothing here reads the database.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from coordboard.i18n import translate
from coordboard.services import meetings
from coordboard.services.meetings import AgendaItemInfo, AttendeeInfo, MeetingRow
from coordboard.text import person_sort_key
from coordboard.ui.common.rows_table_model import ROW_ROLE, RowsTableModel

# (background, text) of each meeting status: planned blue, held amber, approved green
STATUS_COLOURS = {
    "planned": ("#e4eef9", "#1f4e82"),
    "held": ("#fbe8c0", "#8a5300"),
    "minutes_drafted": ("#fbe8c0", "#8a5300"),
    "minutes_approved": ("#dcefd8", "#2c6a23"),
}
ATTENDANCE_ORDER = ("present", "delegated", "invited", "absent_excused", "absent")
# text colour of each attendance value
ATTENDANCE_COLOURS = {
    "invited": "#6e6e6e",
    "present": "#2c6a23",
    "delegated": "#1f4e82",
    "absent_excused": "#8a5300",
    "absent": "#9b1c14",
}


def kind_label(kind: str) -> str:
    return translate("meeting_kind", meetings.KIND_LABELS.get(kind, kind))


def mode_label(mode: str) -> str:
    return translate("meeting_mode", meetings.MODE_LABELS.get(mode, mode))


def status_label(status: str) -> str:
    return translate("meeting_status", meetings.STATUS_LABELS.get(status, status))


def attendance_label(value: str) -> str:
    return translate("attendance", meetings.ATTENDANCE_LABELS.get(value, value))


def role_label(role: str) -> str:
    return translate("meeting_role", meetings.ROLE_LABELS[role]) if role else ""


def when_text(row) -> str:
    """ "20/01/2026 08:00–11:30" (the end's date too when the meeting spans days)."""
    start, end = row.starts_at, row.ends_at
    if end.date() == start.date():
        return f"{start:%d/%m/%Y %H:%M}–{end:%H:%M}"
    return f"{start:%d/%m/%Y %H:%M} – {end:%d/%m/%Y %H:%M}"


class StyledRowsModel(RowsTableModel):
    """RowsTableModel with tool tips and styles (colours, alignment) per subclass."""

    def __init__(self, parent=None) -> None:
        super().__init__([], parent)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        if role == Qt.ToolTipRole:
            return self.tooltip(row, index.column())
        if role in (Qt.DisplayRole, ROW_ROLE):
            return super().data(index, role)
        return self.style(row, index.column(), role)

    def style(self, row: Any, column: int, role: int):
        return None

    def tooltip(self, row: Any, column: int) -> str:
        return self.text(row, column)


class MeetingTableModel(StyledRowsModel):
    WHEN, TITLE, KIND, MODE, STATUS, ATTENDING, CONCLUSIONS, TASKS, BOARD = range(9)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                (
                    self.tr("Date and time"),
                    lambda r: f"{r.starts_at:%d/%m/%Y %H:%M}",
                    lambda r: r.starts_at,
                ),
                (self.tr("Title"), lambda r: r.title, None),
                (self.tr("Kind"), lambda r: kind_label(r.kind), None),
                (self.tr("Form"), lambda r: mode_label(r.mode), None),
                (
                    self.tr("Status"),
                    lambda r: status_label(r.status),
                    lambda r: meetings.MEETING_STATUSES.index(r.status),
                ),
                (
                    self.tr("Attended"),
                    lambda r: f"{r.attending}/{r.invited}",
                    lambda r: (r.attending, r.invited),
                ),
                (self.tr("Conclusions"), lambda r: r.conclusions, lambda r: r.conclusions),
                (self.tr("Tasks"), lambda r: r.tasks, lambda r: r.tasks),
                (self.tr("Board"), lambda r: r.board_name, None),
            ]
        )
        self._brushes = {
            k: (QBrush(QColor(bg)), QBrush(QColor(fg))) for k, (bg, fg) in STATUS_COLOURS.items()
        }

    def tooltip(self, row: MeetingRow, column: int) -> str:
        if column == self.WHEN:
            return when_text(row)
        if column == self.ATTENDING:
            return self.tr("{attending} of {invited} invited members attend").format(
                attending=row.attending, invited=row.invited
            )
        return self.text(row, column)

    def style(self, row: MeetingRow, column: int, role: int):
        if column == self.STATUS and row.status in self._brushes:
            if role == Qt.BackgroundRole:
                return self._brushes[row.status][0]
            if role == Qt.ForegroundRole:
                return self._brushes[row.status][1]
        if role == Qt.TextAlignmentRole and column in (
            self.ATTENDING,
            self.CONCLUSIONS,
            self.TASKS,
        ):
            return int(Qt.AlignCenter)
        return None


class AgendaTableModel(StyledRowsModel):
    NUMBER, TITLE, PRESENTER, MINUTES, FINISHED, DOCUMENTS = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                (self.tr("No."), lambda i: i.position, lambda i: i.position),
                (self.tr("Agenda item"), lambda i: i.title, None),
                (self.tr("Presented by"), self.presenter, None),
                (
                    self.tr("Minutes"),
                    lambda i: i.planned_minutes or "",
                    lambda i: i.planned_minutes,
                ),
                (self.tr("Finished"), lambda i: "✓" if i.finished else "", lambda i: i.finished),
                (
                    self.tr("Documents"),
                    lambda i: len(i.documents) or "",
                    lambda i: len(i.documents),
                ),
            ]
        )

    @staticmethod
    def presenter(item: AgendaItemInfo) -> str:
        return " — ".join(x for x in (item.presenter, item.presenter_agency_name) if x)

    def style(self, row: AgendaItemInfo, column: int, role: int):
        if role == Qt.TextAlignmentRole and column in (
            self.NUMBER,
            self.MINUTES,
            self.FINISHED,
            self.DOCUMENTS,
        ):
            return int(Qt.AlignCenter)
        if role == Qt.ForegroundRole and column == self.FINISHED:
            return QBrush(QColor("#2c6a23"))
        return None

    def tooltip(self, row: AgendaItemInfo, column: int) -> str:
        text = self.text(row, column)
        if row.carried_from_id and column == self.TITLE:
            text += "\n" + self.tr("Carried over from an earlier meeting")
        return text


class AttendeeTableModel(StyledRowsModel):
    """Participants; a member's position shows in the name's tool tip (the form below the
    table shows it too), which leaves the table room on a 1024-pixel screen."""

    NAME, AGENCY, BOARD_ROLE, ATTENDANCE, DETAIL, MEETING_ROLE = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                (self.tr("Name"), self.name, lambda a: (a.kind != "member", a.position)),
                (self.tr("Agency"), lambda a: a.agency_name, None),
                (self.tr("Role"), self.board_role, None),
                (
                    self.tr("Attendance"),
                    lambda a: attendance_label(a.attendance),
                    lambda a: (ATTENDANCE_ORDER.index(a.attendance), person_sort_key(a.name)),
                ),
                (self.tr("Reason / delegate"), self.detail_text, None),
                (self.tr("At this meeting"), lambda a: role_label(a.meeting_role), None),
            ]
        )
        self._colours = {k: QBrush(QColor(v)) for k, v in ATTENDANCE_COLOURS.items()}
        self._bold = QFont()
        self._bold.setBold(True)

    def name(self, a: AttendeeInfo) -> str:
        return a.name

    def tooltip(self, a: AttendeeInfo, column: int) -> str:
        if column == self.NAME:
            return ", ".join(x for x in (a.name, a.title, a.agency_name) if x)
        return self.text(a, column)

    def board_role(self, a: AttendeeInfo) -> str:
        return a.board_role if a.kind == "member" else self.tr("Guest")

    def detail_text(self, a: AttendeeInfo) -> str:
        if a.attendance == "delegated":
            who = ", ".join(x for x in (a.delegate_name, a.delegate_title) if x)
            return self.tr("Delegate: {who}").format(who=who)
        return a.absence_reason

    def style(self, row: AttendeeInfo, column: int, role: int):
        if role == Qt.ForegroundRole and column == self.ATTENDANCE:
            return self._colours.get(row.attendance)
        if role == Qt.FontRole and column == self.MEETING_ROLE and row.meeting_role:
            return self._bold
        return None
