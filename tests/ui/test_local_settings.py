"""ui/local_settings.py: every QSettings key declared once, typed, with its default; nothing else
in the ui reads or writes QSettings."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from coordboard.ui import local_settings

SRC = Path(__file__).resolve().parents[2] / "src"


def test_defaults_before_anything_is_saved(vi_app):
    assert local_settings.START_PROFILE.get() == ""  # this PC's own file
    assert local_settings.LAST_USERNAME.get() == ""
    assert local_settings.MAIN_GEOMETRY.get() is None


def test_values_come_back_typed(vi_app):
    local_settings.LAST_USERNAME.set("thuky")
    local_settings.TASKS_SPLITTER.set(QByteArray(b"\x00\x01state"))
    QSettings().sync()
    assert local_settings.LAST_USERNAME.get() == "thuky"
    state = local_settings.TASKS_SPLITTER.get()
    assert isinstance(state, QByteArray) and bytes(state) == b"\x00\x01state"
    local_settings.TASKS_SPLITTER.set(QByteArray())
    assert local_settings.TASKS_SPLITTER.get() is None  # an empty state is no state


def test_every_key_is_declared_once():
    keys = [s.key for s in local_settings.ALL]
    assert len(keys) == len(set(keys))
    declared = {
        name
        for name, value in vars(local_settings).items()
        if isinstance(value, local_settings.Setting)
    }
    assert {s.key for s in local_settings.ALL} == {getattr(local_settings, n).key for n in declared}


def test_nothing_else_touches_qsettings():
    """Only local_settings.py reads and writes keys; app.py only says where the file is."""
    found = []
    for path in sorted((SRC / "ui").rglob("*.py")):
        if path.name == "local_settings.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [
            f"{path.relative_to(SRC)}:{node.lineno}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Name) and node.id == "QSettings"
        ]
    assert found == []
