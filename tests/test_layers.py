"""The arrows of DESIGN.md: ui -> services -> models, never back. Models and services import
neither Qt nor the ui package, not even lazily inside a function (the command line and the
services' tests run them without a display)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
FORBIDDEN = ("PySide6", "shiboken6", "coordboard.ui", "matplotlib.pyplot")


def _imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


@pytest.mark.parametrize("layer", ["models", "services"])
def test_lower_layers_do_not_import_qt_or_the_ui(layer):
    offending = [
        f"{path.relative_to(SRC)}:{line} imports {name}"
        for path in sorted((SRC / layer).rglob("*.py"))
        for line, name in _imports(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)
    ]
    assert offending == []
