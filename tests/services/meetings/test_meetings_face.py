"""The meetings service's public face (services/meetings/__init__.py): callers reach every use
case through it, and importing it stays light."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
from pathlib import Path

from coordboard.services import meetings

# helpers the modules of the package share with each other: public within the package only
INTERNAL = {
    "agency_names",
    "conclusion_tasks",
    "drop_stale_invitations",
    "editable_meeting",
    "find_meeting",
    "invite_board_members",
    "meeting_detail",
    "reorder",
    "require_edit",
}


def test_every_use_case_and_data_type_of_the_package_is_on_the_face():
    assert len(meetings.__all__) == len(set(meetings.__all__))
    assert [n for n in meetings.__all__ if not hasattr(meetings, n)] == []
    folder = Path(meetings.__file__).parent
    missing = []
    for path in sorted(folder.glob("*.py")):
        if path.stem in ("__init__", "calendar_export"):
            continue
        module = importlib.import_module(f"{meetings.__name__}.{path.stem}")
        for name, value in vars(module).items():
            defined_here = getattr(value, "__module__", None) == module.__name__
            if (
                defined_here
                and (inspect.isfunction(value) or inspect.isclass(value))
                and not name.startswith("_")
                and name not in INTERNAL
                and name not in meetings.__all__
            ):
                missing.append(f"{path.stem}.{name}")
    assert missing == []


def test_importing_the_face_loads_neither_icalendar_nor_the_calendar_export():
    code = (
        "import sys, coordboard.services.meetings; "
        "print('icalendar' in sys.modules, "
        "'coordboard.services.meetings.calendar_export' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
