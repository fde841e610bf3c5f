"""The arrows of DESIGN.md, checked on the source: ui -> services -> rules/models, never back.

- models/, services/, rules/ and db/ import neither Qt nor the ui package, not even lazily
  inside a function (the command line and the services' tests run them without a display);
  rules/ imports no SQLAlchemy either, and nothing above it but the errors, i18n and text
  modules; models/ and db/ import no services;
- the ui imports neither SQLAlchemy nor the models: it reaches the database through the services;
- every import counts: `import a.b`, `from a import b`, relative imports (resolved against the
  importing module's package) and `importlib.import_module("a.b")` / `__import__("a.b")`;
- no module imports or calls another module's private name (`from x import _y`, `x._y(...)`);
- no module outside the migrations is over 500 lines, and one over 400 says in its docstring
  why it stays whole (a paragraph starting "Why one module:").

ruff's banned-import rule (pyproject.toml, src/ui/ruff.toml) says the same while editing.
"""

from __future__ import annotations

import ast
import warnings
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
QT = ("PySide6", "shiboken6", "matplotlib.pyplot")
HARD_LIMIT, SOFT_LIMIT = 500, 400
WHY_WHOLE = "Why one module:"


def module_name(path: Path, src: Path = SRC) -> str:
    parts = list(path.relative_to(src).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(["coordboard", *parts])


def sources(*folders: str) -> list[Path]:
    """Every module of coordboard under the given folders of src/ (all of src/ when none)."""
    roots = [SRC / f for f in folders] or [SRC]
    found = []
    for root in roots:
        found += [root] if root.suffix == ".py" else sorted(root.rglob("*.py"))
    return [p for p in found if "migrations" not in p.relative_to(SRC).parts[:1]]


@dataclass(frozen=True)
class Imported:
    line: int
    module: str  # absolute dotted name
    names: tuple[str, ...] = ()  # for `from module import names`


def package_of(path: Path, src: Path = SRC) -> str:
    name = module_name(path, src)
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


def absolute(node: ast.ImportFrom, package: str) -> str:
    if not node.level:
        return node.module or ""
    base = package.split(".")
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def imports(path: Path, src: Path = SRC) -> list[Imported]:
    """Every import of a module, relative ones resolved, importlib ones included."""
    package = package_of(path, src)
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [Imported(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = absolute(node, package)
            names = tuple(alias.name for alias in node.names)
            found.append(Imported(node.lineno, module, names))
            # `from a import b` may import the module a.b
            found += [Imported(node.lineno, f"{module}.{n}") for n in names if n != "*"]
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and (
                (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
                or (
                    isinstance(node.func, ast.Name)
                    and node.func.id in ("import_module", "__import__")
                )
            )
        ):
            found.append(Imported(node.lineno, node.args[0].value))
    return found


def under(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def offending(paths: list[Path], banned: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(SRC)}:{imp.line} imports {imp.module}"
        for path in paths
        for imp in imports(path)
        if under(imp.module, *banned)
    ]


@pytest.mark.parametrize("layer", ["models", "services", "rules", "db"])
def test_lower_layers_do_not_import_qt_or_the_ui(layer):
    assert (
        offending(sources(layer), (*QT, "coordboard.ui", "coordboard.cli", "coordboard.app")) == []
    )


def test_rules_import_no_sqlalchemy_and_nothing_above_them():
    allowed = ("coordboard.rules", "coordboard.errors", "coordboard.i18n", "coordboard.text")
    found = [
        f"{path.relative_to(SRC)}:{imp.line} imports {imp.module}"
        for path in sources("rules")
        for imp in imports(path)
        if under(imp.module, "sqlalchemy", *QT)
        or (under(imp.module, "coordboard") and not under(imp.module, *allowed))
    ]
    assert found == []


def test_models_import_no_services():
    assert offending(sources("models"), ("coordboard.services", "coordboard.db")) == []


def test_the_database_layer_imports_no_services():
    """db/ sits below the services (they open units of work on it), never the other way."""
    assert offending(sources("db"), ("coordboard.services",)) == []


def test_the_ui_reaches_the_database_only_through_the_services():
    assert offending(sources("ui"), ("sqlalchemy", "coordboard.models")) == []


def test_the_checker_sees_relative_and_importlib_imports(tmp_path):
    """The checker itself: a relative import and an importlib call are resolved and caught."""
    fake = tmp_path / "services" / "tasks" / "queries.py"
    fake.parent.mkdir(parents=True)
    fake.write_text(
        "from ...ui import main_window\n"
        "from . import _private\n"
        "import importlib\n"
        "importlib.import_module('PySide6.QtWidgets')\n"
        "__import__('coordboard.ui.tasks')\n",
        encoding="utf-8",
    )
    found = {i.module for i in imports(fake, tmp_path)}
    assert {
        "coordboard.ui",
        "coordboard.ui.main_window",
        "PySide6.QtWidgets",
        "coordboard.ui.tasks",
    } <= found
    assert "coordboard.services.tasks._private" in found


# --- private names ------------------------------------------------------------------------------


def _bound_modules(tree: ast.AST, path: Path, known: set[str]) -> dict[str, str]:
    """Local names that stand for coordboard modules in a file: name -> module."""
    bound = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in known:
                    bound[alias.asname or alias.name.split(".")[0]] = (
                        alias.name if alias.asname else alias.name.split(".")[0]
                    )
        elif isinstance(node, ast.ImportFrom):
            for imp in imports_of_from(node, path):
                module, name, local = imp
                if f"{module}.{name}" in known:
                    bound[local] = f"{module}.{name}"
    return bound


def imports_of_from(node: ast.ImportFrom, path: Path) -> list[tuple[str, str, str]]:
    module = absolute(node, package_of(path))
    return [(module, a.name, a.asname or a.name) for a in node.names]


def test_no_private_name_is_imported_or_used_across_modules():
    paths = sources()
    known = {module_name(p) for p in paths}
    found = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        here = module_name(path)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                for module, name, _local in imports_of_from(node, path):
                    if name.startswith("_") and not name.startswith("__") and module != here:
                        found.append(
                            f"{path.relative_to(SRC)}:{node.lineno} imports {module}.{name}"
                        )
        bound = _bound_modules(tree, path, known)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in bound
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and bound[node.value.id] != here
            ):
                found.append(
                    f"{path.relative_to(SRC)}:{node.lineno} uses {bound[node.value.id]}.{node.attr}"
                )
    assert found == []


# --- sizes --------------------------------------------------------------------------------------


def _length(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_no_module_is_over_the_limit_and_big_ones_say_why_they_stay_whole():
    lengths = {p: _length(p) for p in sources()}
    too_big = [f"{p.relative_to(SRC)}: {n} lines" for p, n in lengths.items() if n > HARD_LIMIT]
    assert too_big == [], f"split these by job (limit {HARD_LIMIT} lines)"
    big = {p: n for p, n in lengths.items() if n > SOFT_LIMIT}
    unexplained = [
        f"{p.relative_to(SRC)}: {n} lines"
        for p, n in big.items()
        if WHY_WHOLE not in (ast.get_docstring(ast.parse(p.read_text(encoding="utf-8"))) or "")
    ]
    assert unexplained == [], f"over {SOFT_LIMIT} lines without a '{WHY_WHOLE}' paragraph"
    if big:
        warnings.warn(
            "modules over {} lines: {}".format(
                SOFT_LIMIT, ", ".join(f"{p.relative_to(SRC)} ({n})" for p, n in sorted(big.items()))
            ),
            stacklevel=1,
        )


def test_every_package_is_listed_in_pyproject():
    """A package left out of [tool.setuptools] packages would be missing from a wheel (the
    editable install used here finds it anyway)."""
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    packages = {module_name(init) for init in SRC.rglob("__init__.py")}
    assert packages - listed == set()
    assert {p for p in listed if p != "coordboard.resources"} - packages == set()
