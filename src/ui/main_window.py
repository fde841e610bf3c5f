"""The main window: a navigation list on the left, one page per entry on the right."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from coordboard import __version__
from coordboard.i18n import translate
from coordboard.services import catalogue, dashboard
from coordboard.services.actor import FOCAL_POINT, ROLE_LABELS
from coordboard.ui import local_settings, operations
from coordboard.ui.boards.boards_page import BoardsPage
from coordboard.ui.common.page import Page
from coordboard.ui.context import AppContext
from coordboard.ui.dashboard.dashboard_page import DashboardPage, DueNoticeDialog
from coordboard.ui.live_refresh import LiveRefresh
from coordboard.ui.meetings.meetings_page import MeetingsPage
from coordboard.ui.members.members_page import MembersPage
from coordboard.ui.operations import Changes
from coordboard.ui.plans.plans_page import PlansPage
from coordboard.ui.reports.reports_page import ReportsPage
from coordboard.ui.settings.settings_page import SettingsPage
from coordboard.ui.tasks import TasksPage

PAGE_KEYS = ("dashboard", "boards", "members", "meetings", "plans", "tasks", "reports", "settings")


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("coordboard — Coordination boards for child protection"))
        titles = {
            "dashboard": self.tr("Dashboard"),
            "boards": self.tr("Boards"),
            "members": self.tr("Members"),
            "meetings": self.tr("Meetings"),
            "plans": self.tr("Plans"),
            "tasks": self.tr("Tasks"),
            "reports": self.tr("Reports"),
            "settings": self.tr("Settings"),
        }
        self.dashboard_page = DashboardPage(ctx)
        self.boards_page = BoardsPage(ctx)
        self.members_page = MembersPage(ctx)
        self.plans_page = PlansPage(ctx)
        self.meetings_page = MeetingsPage(ctx)
        self.tasks_page = TasksPage(ctx)
        self.reports_page = ReportsPage(ctx)
        self.settings_page = SettingsPage(ctx)
        self.pages: dict[str, Page] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; }"
            "QListWidget#navigation::item { padding: 7px 10px; }"
        )
        self.stack = QStackedWidget()
        for key in PAGE_KEYS:
            page = {
                "dashboard": self.dashboard_page,
                "boards": self.boards_page,
                "members": self.members_page,
                "meetings": self.meetings_page,
                "plans": self.plans_page,
                "tasks": self.tasks_page,
                "reports": self.reports_page,
                "settings": self.settings_page,
            }[key]
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(titles[key])
            item.setData(Qt.UserRole, key)
            self.nav.addItem(item)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        # as wide as the longest entry in the current language (Vietnamese labels are long)
        self.nav.setFixedWidth(max(self.nav.sizeHintForColumn(0), 120) + 36)
        self.nav.currentRowChanged.connect(self._page_changed)
        self.boards_page.show_members.connect(self.open_members_of)
        self.boards_page.loaded.connect(self._boards_loaded)
        self.plans_page.open_tasks.connect(self.open_tasks)
        self.dashboard_page.open_tasks.connect(self.open_tasks)
        self.due_notice: DueNoticeDialog | None = None
        self._noticed = False
        self.meetings_page.open_task.connect(self.open_task)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        role = translate("roles", ROLE_LABELS.get(ctx.actor.role, ctx.actor.role))
        who = ctx.actor.full_name or ctx.actor.username
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("Signed in: {who} ({role})").format(who=who, role=role))
        )
        self.statusBar().addPermanentWidget(QLabel(where))
        self._make_actions()
        self._restore_geometry()
        self.boards_page.refresh()
        if ctx.actor.role == FOCAL_POINT and ctx.actor.agency_id is not None:
            # a department head lands on its agency's tasks, overdue first
            self.tasks_page.show_my_agency()
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(PAGE_KEYS.index("tasks"))
            self.nav.blockSignals(False)
            self.stack.setCurrentWidget(self.tasks_page)
        else:  # the secretariat, administrators and viewers land on the dashboard
            self.nav.setCurrentRow(PAGE_KEYS.index("dashboard"))
        # live refresh: another PC's changes appear on the open page within a second or two
        self._live_pending = False
        self.live = LiveRefresh(ctx.db, self)
        self.live.changed.connect(self._live_changed)
        self.live.ticked.connect(self._apply_live_refresh)
        self.live.connection_lost.connect(self._connection_lost)
        self.live.connection_restored.connect(self._connection_restored)
        self.live.start()
        operations.hub().changed.connect(self._saved)

    def _make_actions(self) -> None:
        def action(text: str, shortcut, slot) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(action(self.tr("New"), QKeySequence.New, self._new_item))
        file_menu.addAction(action(self.tr("Search"), QKeySequence.Find, self._focus_search))
        file_menu.addAction(action(self.tr("Refresh"), QKeySequence.Refresh, self.refresh_current))
        file_menu.addSeparator()
        file_menu.addAction(action(self.tr("Quit"), QKeySequence.Quit, self.close))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(action(self.tr("About coordboard"), QKeySequence(), self._about))

    def current_page(self) -> Page:
        return self.stack.currentWidget()

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGE_KEYS.index(key))

    def _page_changed(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self.refresh_current()

    def refresh_current(self) -> None:
        self.current_page().refresh()

    def _saved(self, changes: Changes, origin: QObject | None) -> None:
        """A save changed records: the page shown refreshes if it shows such records, unless
        the save came from the page itself (it refreshes after its own dialogs, selecting what
        was saved); the other pages refresh when they are shown. A changed catalogue is read
        again for every page's pickers."""
        if changes & Changes.CATALOGUE:
            ctx = self.ctx
            operations.query(
                self,
                lambda: catalogue.load_catalogue(ctx.db, ctx.actor),
                self._catalogue_loaded,
                key="catalogue",
            )
        page = self.current_page()
        if changes & page.watches and not _inside(origin, page):
            page.refresh()

    def _catalogue_loaded(self, cat: catalogue.Catalogue) -> None:
        self.ctx.cat = cat
        for page in self.pages.values():
            page.catalogue_changed()

    def _live_changed(self) -> None:
        self._live_pending = True
        self._apply_live_refresh()

    def _apply_live_refresh(self) -> None:
        """Refresh the open page, unless a dialog is open (its form is left alone: the page is
        refreshed on a tick after it closes). Pages keep their selection on refresh()."""
        if not self._live_pending or QApplication.activeModalWidget() is not None:
            return
        self._live_pending = False
        self.refresh_current()

    def _connection_lost(self, detail: str) -> None:
        self.statusBar().showMessage(
            self.tr("Connection to the database lost; trying again… ({detail})").format(
                detail=detail
            )
        )

    def _connection_restored(self) -> None:
        self.statusBar().showMessage(self.tr("Connection to the database restored."), 10_000)

    def _new_item(self) -> None:
        self.current_page().new_item()

    def _focus_search(self) -> None:
        self.current_page().focus_search()

    def _boards_loaded(self) -> None:
        first_time = not self.members_page.board_names
        self.tasks_page.set_boards([(b.id, b.name) for b in self.boards_page.boards.values()])
        self.dashboard_page.set_boards(list(self.boards_page.boards.values()))
        self.members_page.set_boards([(b.id, b.name) for b in self.boards_page.boards.values()])
        if first_time and self.boards_page.boards and self.members_page.board.current_id() is None:
            # open on the user's main board rather than on every board at once
            self.members_page.board.set_current_id(next(iter(self.boards_page.boards)))

    def open_members_of(self, board_id: int) -> None:
        self.members_page.board.blockSignals(True)
        self.members_page.board.set_current_id(board_id)
        self.members_page.board.blockSignals(False)
        self.show_page("members")

    def open_tasks(self, flt, select_id: int | None = None) -> None:
        """Show the Tasks page filtered as another page asks (a plan, a dashboard bar...)."""
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(PAGE_KEYS.index("tasks"))
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(self.tasks_page)
        self.tasks_page.open_filtered(flt, select_id=select_id)

    # --- the start-up notice ------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._noticed:  # once, after the window first shows
            self._noticed = True
            QTimer.singleShot(0, self._check_due)

    def _check_due(self) -> None:
        """What is overdue or due soon for the user, counted in a worker; a small non-modal
        notice only when something is."""
        ctx = self.ctx
        operations.query(
            self,
            lambda: dashboard.due_notice(ctx.db, ctx.actor),
            self._show_due_notice,
            lambda _exc: None,  # a notice that cannot be counted is no news
        )

    def _show_due_notice(self, notice) -> None:
        if notice is None or not self.isVisible():
            # nothing to tell, or the window closed while counting: a notice over no window
            # would keep the application running
            return
        self.due_notice = DueNoticeDialog(
            notice, agency=self.ctx.actor.role == FOCAL_POINT, parent=self
        )
        self.due_notice.open_tasks.connect(self.open_tasks)
        self.due_notice.finished.connect(self._due_notice_closed)
        self.due_notice.show()

    def _due_notice_closed(self, _result: int) -> None:
        self.due_notice = None  # it deletes itself on close

    def open_task(self, board_id: int, task_id: int, title: str) -> None:
        """Show one task on the Tasks page (a meeting's conclusion task): its board's tasks
        searched by its title, the task selected with its details."""
        from coordboard.services.tasks import TaskFilter

        self.open_tasks(TaskFilter(board_id=board_id, text=title), select_id=task_id)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About coordboard"),
            self.tr(
                "coordboard {version}\nCoordination boards for child protection: members, meetings, "
                "plans and tasks."
            ).format(version=__version__),
        )

    # --- persistence ------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = local_settings.MAIN_GEOMETRY.get()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event) -> None:
        self.live.stop()
        local_settings.MAIN_GEOMETRY.set(self.saveGeometry())
        for page in self.pages.values():
            page.save_state()
        super().closeEvent(event)


def _inside(origin: QObject | None, page: QObject) -> bool:
    """Whether `origin` is the page or lies within it, a dialog the page opened included
    (QWidget.isAncestorOf stops at a window: a dialog is one)."""
    while origin is not None:
        if origin is page:
            return True
        origin = origin.parent()
    return False
