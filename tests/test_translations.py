"""Every user-visible source string has a Vietnamese translation, and the shipped .qm has it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coordboard import i18n

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "coordboard_vi.ts"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


def _lupdate() -> str:
    exe = Path(sys.executable).parent / "pyside6-lupdate"
    return str(exe) if exe.exists() else (shutil.which("pyside6-lupdate") or "")


def test_every_source_string_is_translated(tmp_path):
    lupdate = _lupdate()
    if not lupdate:
        pytest.fail("pyside6-lupdate (PySide6-Essentials) is missing")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            lupdate,
            "-extensions",
            "py",
            "-no-obsolete",
            "-silent",
            str(ROOT / "src"),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    extracted = set(_messages(fresh))
    assert len(extracted) > 200
    shipped = _messages(TS)
    missing = sorted(extracted - set(shipped))
    assert not missing, f"run pyside6-lupdate and translate: {missing[:10]}"
    unfinished = sorted(
        key
        for key in extracted
        if shipped[key].find("translation").get("type") in ("unfinished", "vanished")
        or not "".join(shipped[key].find("translation").itertext()).strip()
    )
    assert not unfinished, unfinished[:10]


def test_shipped_qm_matches_the_ts():
    assert i18n.load("vi") == "vi"
    try:
        for (context, source), message in _messages(TS).items():
            if message.get("numerus") == "yes":
                continue
            expected = message.findtext("translation")
            assert i18n.translate(context, source) == expected, (context, source)
    finally:
        i18n.load("en")


def test_placeholders_survive_translation():
    """A translation that drops or renames {name} (or argparse's %(name)s, %s) would break the
    message at run time."""
    import re

    placeholder = re.compile(r"\{\w+\}|%\(\w+\)[sr]|%[sr]|%n")
    for (context, source), message in _messages(TS).items():
        text = "".join(message.find("translation").itertext())
        assert sorted(placeholder.findall(text)) == sorted(placeholder.findall(source)), (
            context,
            source,
            text,
        )


def test_command_line_errors_are_vietnamese(capsys):
    from coordboard import cli

    try:
        assert cli.main(["demo"]) == 2
    except SystemExit as exc:  # argparse exits by itself on bad usage
        assert exc.code == 2
    finally:
        i18n.load("en")
    err = capsys.readouterr().err
    assert "cách dùng: coordboard demo" in err
    assert "lỗi: thiếu các tham số bắt buộc: --db" in err
