"""ui/operations.py: the one road from the ui to the services.

- callbacks run on the main thread, the work on a worker;
- a newer query of the same owner and key drops the older one's answer;
- a save announces what it changed, with the widget that saved;
- a failure without an error callback is shown, never lost;
- nothing in the ui package calls a database service function directly in a method (the
  source walk below); tests/ui/conftest.py also fails any test in which ui code reaches the
  database on the GUI thread.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import threading
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from coordboard.errors import ValidationError
from coordboard.ui import operations
from coordboard.ui.operations import Changes

SRC = Path(__file__).resolve().parents[2] / "src"
UI = SRC / "ui"
DATABASE_PARAMETERS = {"db", "database", "engine"}
# methods that run on a worker by contract: FormDialog.on_conflict queries fetch_current through
# ui/operations.py; AppContext.load is called by the sign-in's worker
RUN_ON_A_WORKER = {"fetch_current", "AppContext.load"}


def test_work_runs_on_a_worker_and_the_answer_on_the_main_thread(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    seen = {}

    def work():
        seen["work"] = threading.current_thread()
        return 42

    def done(value):
        seen["done"] = (threading.current_thread(), value)

    operations.query(owner, work, done)
    qtbot.waitUntil(lambda: "done" in seen)
    assert seen["work"] is not threading.main_thread()
    assert seen["done"] == (threading.main_thread(), 42)


def test_a_newer_query_with_the_same_key_drops_the_older_answer(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    release = threading.Event()
    answers = []

    def slow():
        release.wait(5)
        return "old"

    operations.query(owner, slow, answers.append, key="detail")
    operations.query(owner, lambda: "new", answers.append, key="detail")
    qtbot.waitUntil(lambda: answers == ["new"])
    release.set()
    operations.query(owner, lambda: "other key", answers.append, key="list")
    qtbot.waitUntil(lambda: len(answers) == 2)
    assert answers == ["new", "other key"]  # "old" arrived after "new" was asked: dropped


def test_a_save_announces_its_changes_with_the_saving_widget(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    heard, done = [], []
    operations.hub().changed.connect(lambda changes, origin: heard.append((changes, origin)))
    operations.save(owner, lambda: "saved", done.append, changes=Changes.TASKS | Changes.PLANS)
    qtbot.waitUntil(lambda: done == ["saved"])
    assert heard == [(Changes.TASKS | Changes.PLANS, owner)]


def test_a_failed_save_announces_nothing_and_reaches_the_error_callback(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    heard, errors = [], []
    operations.hub().changed.connect(lambda changes, origin: heard.append(changes))

    def refuse():
        raise ValidationError("The title is required.")

    operations.save(owner, refuse, on_error=errors.append, changes=Changes.TASKS)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValidationError) and heard == []


def test_a_failure_without_an_error_callback_is_shown(qtbot, monkeypatch):
    owner = QWidget()
    qtbot.addWidget(owner)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))

    def refuse():
        raise ValidationError("The title is required.")

    operations.query(owner, refuse)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["The title is required."]


# --- the source walk ----------------------------------------------------------------------------


def _module_of(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(["coordboard", *parts])


def _bound_names(tree: ast.AST) -> dict[str, object]:
    """Local name -> the coordboard.services / coordboard.db object it stands for."""
    bound: dict[str, object] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or node.level or not node.module:
            continue
        if not (
            node.module.startswith("coordboard.services")
            or node.module.startswith("coordboard.db")
            or node.module == "coordboard"
        ):
            continue
        module = importlib.import_module(node.module)
        for alias in node.names:
            target = getattr(module, alias.name, None)
            if target is None:
                try:
                    target = importlib.import_module(f"{node.module}.{alias.name}")
                except ImportError:
                    continue
            name = getattr(target, "__name__", "")
            if inspect.ismodule(target) and not (
                name.startswith("coordboard.services") or name == "coordboard.db"
            ):
                continue
            bound[alias.asname or alias.name] = target
    return bound


def _touches_database(fn: object) -> bool:
    if not callable(fn) or inspect.isclass(fn):
        return False
    try:
        parameters = list(inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        return False
    return bool(parameters) and parameters[0] in DATABASE_PARAMETERS


def _resolve(call: ast.Call, bound: dict[str, object]) -> object | None:
    func = call.func
    if isinstance(func, ast.Name):
        return bound.get(func.id)
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        holder = bound.get(func.value.id)
        if inspect.ismodule(holder):
            return getattr(holder, func.attr, None)
    return None


def _direct_calls_in_methods(tree: ast.AST):
    """Calls written directly in a method's body: not inside a lambda or a nested function,
    which is how work is handed to a worker."""
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for method in (n for n in cls.body if isinstance(n, ast.FunctionDef)):
            stack = list(ast.iter_child_nodes(method))
            while stack:
                node = stack.pop()
                if isinstance(node, (ast.Lambda, ast.FunctionDef, ast.AsyncFunctionDef)):
                    continue
                if isinstance(node, ast.Call):
                    yield cls.name, method.name, node
                stack.extend(ast.iter_child_nodes(node))


def direct_database_calls(root: Path, src: Path = SRC) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        bound = _bound_names(tree)
        for cls, method, call in _direct_calls_in_methods(tree):
            if method in RUN_ON_A_WORKER or f"{cls}.{method}" in RUN_ON_A_WORKER:
                continue
            fn = _resolve(call, bound)
            if fn is not None and _touches_database(fn):
                found.append(
                    f"{path.relative_to(src)}:{call.lineno} {cls}.{method} calls "
                    f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__name__', '?')}"
                )
    return found


def test_no_method_of_the_ui_calls_a_database_service_directly():
    assert direct_database_calls(UI) == []


def test_the_walk_finds_a_direct_call(tmp_path):
    """The walk itself: a service call in a method body is found, one in a lambda is not."""
    sample = tmp_path / "ui" / "sample_page.py"
    sample.parent.mkdir()
    sample.write_text(
        "from coordboard.services import tasks\n"
        "class SamplePage:\n"
        "    def refresh(self):\n"
        "        rows = tasks.list_tasks(self.db, self.actor)\n"
        "        run(lambda: tasks.count_tasks(self.db, self.actor))\n",
        encoding="utf-8",
    )
    found = direct_database_calls(tmp_path / "ui", tmp_path)
    assert len(found) == 1
    assert found[0].startswith("ui/sample_page.py:4 SamplePage.refresh calls coordboard.services")
    assert found[0].endswith(".list_tasks")
