"""The chosen plan as a tree: the plan, its numbered sections nested as they are in the
document, and under each section its own tasks (lead agency, deadline, status class, progress).

The tree is a QStandardItemModel rebuilt for each plan read (a plan has tens of rows, not
thousands): the page keeps the selection through a refresh by asking `show_tree` to select the
(kind, id) that was current. Rows carry their kind and id in the first column
(`KIND_ROLE`, `ID_ROLE`).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTreeView, QWidget

from coordboard.i18n import translate
from coordboard.services import plans, tasks
from coordboard.services.tasks import classification
from coordboard.ui.common.widgets import format_date, plan_label

KIND_ROLE = Qt.UserRole + 1
ID_ROLE = Qt.UserRole + 2
PLAN, SECTION, TASK = "plan", "section", "task"
TITLE, LEAD, DEADLINE, STATUS, PERCENT = range(5)
# the lead-agency column: its width, and how far it gives way on a narrow screen
LEAD_WIDTH, LEAD_MIN_WIDTH = 190, 110
# the room the titles are given first, before the lead-agency column has its full width
TITLE_ROOM = 240

# text and background of each status class (the Tasks page's colours, kept readable)
CLASS_COLOURS = {
    classification.OVERDUE: ("#a4000f", "#fde7e9"),
    classification.DUE_SOON: ("#8a3700", "#fff1d6"),
    classification.IN_PROGRESS: ("#0f548c", "#e8f1fb"),
    classification.DONE_ON_TIME: ("#0e700e", "#e5f3e5"),
    classification.DONE_LATE: ("#6b5200", "#f7f0d6"),
    classification.NO_DEADLINE: ("#505050", None),
    classification.SUSPENDED: ("#505050", None),
    classification.CANCELLED: ("#707070", None),
    classification.CARRIED_OVER: ("#5c2e91", None),
}

# (kind, id) of a row of the tree
Item = tuple[str, int]


def class_label(status_class: str) -> str:
    return translate("status_class", classification.CLASS_LABELS.get(status_class, status_class))


def plan_status_label(status: str) -> str:
    return translate("plan_status", plans.STATUS_LABELS.get(status, status))


class PlanTreeView(QTreeView):
    """The tree of one plan; `model()` is its QStandardItemModel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planTree")
        self.items = QStandardItemModel(0, 5, self)
        self.items.setHorizontalHeaderLabels(
            [
                self.tr("Section / task"),
                self.tr("Lead agency"),
                self.tr("Deadline"),
                self.tr("Status"),
                "%",
            ]
        )
        self.setModel(self.items)
        self.setEditTriggers(QTreeView.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.ElideRight)
        self.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.Stretch)
        header.setSectionResizeMode(LEAD, QHeaderView.Interactive)
        for column in (DEADLINE, STATUS, PERCENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.setColumnWidth(LEAD, LEAD_WIDTH)
        header.sectionResized.connect(self._contents_sized)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_lead()

    def _contents_sized(self, column: int, _old: int, _new: int) -> None:
        if column in (DEADLINE, STATUS, PERCENT):
            self._fit_lead()

    def _fit_lead(self) -> None:
        """The lead-agency column gives way on a narrow screen (a 1024-pixel window leaves the
        tree about 530 pixels), so the titles keep room; it has its full width back when wider.
        Fitted again when the tree is resized and when the columns sized to their contents
        change (a plan loaded into a tree already shown)."""
        header = self.header()
        others = sum(header.sectionSize(c) for c in (DEADLINE, STATUS, PERCENT))
        room = self.viewport().width() - others - TITLE_ROOM
        width = max(LEAD_MIN_WIDTH, min(LEAD_WIDTH, room))
        if header.sectionSize(LEAD) != width:
            self.setColumnWidth(LEAD, width)

    # --- what is selected -------------------------------------------------------------------
    def current_item(self) -> Item | None:
        """(kind, id) of the current row: ("plan"|"section"|"task", id)."""
        index = self.currentIndex()
        if not index.isValid():
            return None
        first = index.siblingAtColumn(0)
        return first.data(KIND_ROLE), first.data(ID_ROLE)

    def item_index(self, kind: str, item_id: int) -> QModelIndex:
        """The index of a plan, section or task (invalid if not shown)."""
        matches = self.items.match(
            self.items.index(0, 0), ID_ROLE, item_id, -1, Qt.MatchExactly | Qt.MatchRecursive
        )
        return next((m for m in matches if m.data(KIND_ROLE) == kind), QModelIndex())

    # --- filling ----------------------------------------------------------------------------
    def clear_tree(self) -> None:
        self.items.removeRows(0, self.items.rowCount())

    def show_tree(self, tree: plans.PlanTree, select_item: Item | None) -> None:
        """Rebuild the rows for `tree` and make `select_item` (or else the plan) current."""
        self.clear_tree()
        plan = tree.plan
        heading = plan_label(plan.code, plan.title)
        root = self._items(
            PLAN, plan.id, [heading, "", plan.period, plan_status_label(plan.status), ""], bold=True
        )
        self.items.invisibleRootItem().appendRow(root)
        found: dict[Item, QStandardItem] = {(PLAN, plan.id): root[0]}
        section_rows = {
            s.id: self._items(SECTION, s.id, [s.label, "", "", "", ""], bold=True)
            for s in tree.sections
        }
        loose = []
        for t in tree.tasks:  # a section's own tasks come before its subsections
            row = self._task_items(t)
            found[(TASK, t.id)] = row[0]
            if t.section_id in section_rows:
                section_rows[t.section_id][0].appendRow(row)
            else:
                loose.append(row)
        for s in tree.sections:
            parent = section_rows.get(s.parent_id, root)
            parent[0].appendRow(section_rows[s.id])
            found[(SECTION, s.id)] = section_rows[s.id][0]
        for row in loose:  # tasks of the plan outside any section
            root[0].appendRow(row)
        for (kind, _), item in found.items():
            if kind != TASK:  # headings have nothing in the other columns: let them run on
                index = item.index()
                self.setFirstColumnSpanned(index.row(), index.parent(), True)
        self.expandAll()
        target = found.get(select_item) if select_item else None
        self.selectionModel().setCurrentIndex(
            (target or root[0]).index(),
            QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows,
        )
        if target is not None:
            self.scrollTo(target.index())

    def _items(
        self, kind: str, item_id: int, texts: list[str], bold: bool = False
    ) -> list[QStandardItem]:
        row = [QStandardItem(text) for text in texts]
        row[0].setData(kind, KIND_ROLE)
        row[0].setData(item_id, ID_ROLE)
        row[0].setToolTip(texts[0])
        if bold:
            font = QFont()
            font.setBold(True)
            for item in row:
                item.setFont(font)
        return row

    def _task_items(self, t: tasks.TaskRow) -> list[QStandardItem]:
        deadline = format_date(t.effective_deadline)
        if t.extended:
            deadline += " *"
        row = self._items(
            TASK,
            t.id,
            [t.title, t.lead_agency_name, deadline, class_label(t.status_class), f"{t.percent}%"],
        )
        tip = t.title
        if t.cooperating:
            tip += "\n" + self.tr("Co-operating: {agencies}").format(
                agencies=", ".join(t.cooperating)
            )
        row[TITLE].setToolTip(tip)
        if t.extended:
            row[DEADLINE].setToolTip(
                self.tr("Extended from {date}").format(date=format_date(t.deadline))
            )
        row[PERCENT].setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        fg, bg = CLASS_COLOURS.get(t.status_class, ("#505050", None))
        row[STATUS].setForeground(QBrush(QColor(fg)))
        if bg:
            row[STATUS].setBackground(QBrush(QColor(bg)))
        if t.status_class in (classification.CANCELLED, classification.CARRIED_OVER):
            for item in row:
                item.setForeground(QBrush(QColor(fg)))
        return row
